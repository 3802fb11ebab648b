/**
 * A result reports the state its call asked for under another name (requested-state.ts), and
 * what the tools stamp as the moment they acted moves forward through a dialogue on its today
 * (clock.ts): on hand-made APIs, 20 calls each, and on a whole offline job read by the quality
 * checker's classes 18 and 19. Reverting either generator rule fails these.
 */
import { describe, expect, it } from 'vitest';
import { SEED_DOMAINS } from '../../../api-pool/seeds/index.js';
import { makePool } from '../../../api-pool/types.js';
import { itemSeed } from '../../../core/rng.js';
import { planItem, simulateOffline } from '../../../pipeline/generate.js';
import { recordView } from '../../../scripts/quality/record-view.js';
import { requestedState } from '../../../scripts/quality/detectors/requested-state.js';
import { timeOrder } from '../../../scripts/quality/detectors/time-order.js';
import { callMoment } from '../../../pipeline/agents/tool/clock.js';
import { offlineToolResult } from '../../../pipeline/agents/tool/offline.js';
import { DATE_TIME, INT, STR, api, results, worldOn } from '../../helpers/tool-api.js';

type Obj = Record<string, unknown>;
const TODAY = '2025-06-02';
const MODES = ['armed_away', 'armed_home', 'armed_night', 'armed_vacation', 'disarmed'];

const alarm = api(
  'arm_home_alarm',
  { panel_id: STR, mode: { type: 'string', enum: MODES } },
  { panel_id: STR, state: { type: 'string', enum: ['arming', ...MODES, 'triggered'] }, previous_state: { type: 'string', enum: MODES }, exit_delay_seconds: INT },
);
const lock = api('set_smart_lock_state', { lock_id: STR, action: { type: 'string', enum: ['lock', 'unlock'] } }, { lock_id: STR, state: { type: 'string', enum: ['locked', 'unlocked', 'jammed'] } });
const playback = api('control_music_playback', { device_id: STR, action: { type: 'string', enum: ['play', 'pause', 'next'] } }, { device_id: STR, is_playing: { type: 'boolean' }, progress_ms: INT });
const lockFlag = api('set_smart_lock', { lock_id: STR, action: { type: 'string', enum: ['lock', 'unlock'] } }, { lock_id: STR, locked: { type: 'boolean' } });
const invite = api(
  'respond_to_invitation',
  { event_id: STR, response: { type: 'string', enum: ['accepted', 'declined', 'tentative'] } },
  { event_id: STR, status: { type: 'string', enum: ['accepted', 'declined', 'tentative', 'needs_action'] } },
);
// One value in common is not a shared vocabulary: the fan's mode says nothing of the heating's.
const thermostat = api('set_thermostat', { device_id: STR, fan_mode: { type: 'string', enum: ['auto', 'on', 'circulate'] } }, { device_id: STR, hvac_mode: { type: 'string', enum: ['heat', 'cool', 'auto', 'off'] } });

describe('the asked state under another name', () => {
  it.each([
    ['mode -> state (the whole vocabulary)', alarm, { panel_id: 'P1', mode: 'armed_night' }, 'state', 'armed_night'],
    ['mode -> state, disarmed', alarm, { panel_id: 'P1', mode: 'disarmed' }, 'state', 'disarmed'],
    ['action -> the state it leaves (lock -> locked)', lock, { lock_id: 'L1', action: 'lock' }, 'state', 'locked'],
    ['action -> the state it leaves (unlock -> unlocked)', lock, { lock_id: 'L1', action: 'unlock' }, 'state', 'unlocked'],
    ['response -> status', invite, { event_id: 'E1', response: 'declined' }, 'status', 'declined'],
    ['action -> a flag (pause -> is_playing false)', playback, { device_id: 'S1', action: 'pause' }, 'is_playing', false],
    ['action -> a flag (play -> is_playing true)', playback, { device_id: 'S1', action: 'play' }, 'is_playing', true],
    ['action -> a flag (lock -> locked true)', lockFlag, { lock_id: 'L1', action: 'lock' }, 'locked', true],
  ] as const)('%s', (_what, a, args, key, want) => {
    for (const r of results(a, args)) expect(r[key]).toBe(want);
  });

  it('leaves a field about another moment and a field of another vocabulary as drawn', () => {
    const prev = new Set(results(alarm, { panel_id: 'P1', mode: 'armed_night' }, 40).map((r) => r.previous_state));
    expect(prev.size).toBeGreaterThan(1);
    const hvac = new Set(results(thermostat, { device_id: 'T1', fan_mode: 'circulate' }, 40).map((r) => r.hvac_mode));
    expect(hvac.size).toBeGreaterThan(1);
    // An action that says nothing of the flag (next) leaves it as drawn.
    expect(new Set(results(playback, { device_id: 'S1', action: 'next' }, 40).map((r) => r.is_playing)).size).toBe(2);
  });
});

describe('the item clock', () => {
  const world = worldOn(TODAY);
  const places = [
    { turn: 0, step: 0 },
    { turn: 0, step: 1 },
    { turn: 0, step: 3 },
    { turn: 1, step: 0 },
    { turn: 2, step: 2 },
    { turn: 7, step: 3 },
  ];

  it('moves forward through the turns and steps of a dialogue and stays on its today, in working hours', () => {
    const ms = places.map((p) => callMoment(world, p));
    for (const m of ms) expect(m).toMatch(/^2025-06-02T(0[89]|1[0-7]):[0-5]\d:00Z$/);
    for (let i = 1; i < ms.length; i++) expect(Date.parse(ms[i])).toBeGreaterThan(Date.parse(ms[i - 1]));
  });

  it('is the moment a tool stamps: three deletions in three turns are stamped in order, each at its call', () => {
    const del = api('delete_social_post', { post_id: STR }, { post_id: STR, deleted: { type: 'boolean' }, deleted_at: DATE_TIME });
    const stamps = ['P-1', 'P-2', 'P-3'].map((id, turn) => (offlineToolResult(del, { post_id: id }, world, undefined, callMoment(world, { turn })) as Obj).deleted_at);
    expect(stamps).toEqual([0, 1, 2].map((turn) => callMoment(world, { turn })));
  });
});

describe('whole offline dialogues (seed pool), read by the quality classes 18 and 19', () => {
  const seeds = makePool(SEED_DOMAINS.flatMap((d) => d.apis));
  const facts = { canned: new Set<string>() };

  it.each(['multi-turn', 'dependent', 'parallel', 'single'] as const)('%s: no stamp runs backwards or off today, no state contradicts the asked one', (category) => {
    let stamped = 0;
    const defects: string[] = [];
    for (let i = 0; i < 300; i++) {
      const plan = planItem(i, itemSeed(23, i), category, seeds);
      const view = recordView(simulateOffline(plan, seeds, { id: `c-${i}`, split: plan.split, noiseRate: 0 }));
      for (const d of [timeOrder, requestedState]) {
        const f = d.check(view, facts);
        if (f && d === timeOrder) stamped++;
        if (f?.defect) defects.push(`${view.id} ${d.key}: ${f.defect}`);
      }
    }
    expect(defects).toEqual([]);
    if (category === 'multi-turn') expect(stamped).toBeGreaterThan(20);
  });
});
