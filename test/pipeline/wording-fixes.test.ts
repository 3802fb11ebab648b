/**
 * Wording a reader stumbles on, found by reading records of 2026-12-01 and fixed as a class:
 * a unit said twice ("113 miles km"), an amount nobody says ("154199 feet"), a field's unit in
 * "the same distance km", "not found" for a value that is no identifier, flags and fields named
 * by a state, a plural or an action said with a frame that does not fit them ("as open now",
 * "as sms reminders", "choosing images as the append").
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_TOOLS } from '../../api-pool/builtin-tools.js';
import { flagPhrases, flagValueOf } from '../../core/derive/said-words.js';
import { clauseOf } from '../../pipeline/agents/user/clauses.js';
import { labelTemplates } from '../../pipeline/agents/user/strings.js';
import { nounOf } from '../../pipeline/planning/implied.js';
import { unitPhrase } from '../../pipeline/planning/implied-words.js';

const first = <T>(xs: readonly T[]): T => xs[0];
const second = <T>(xs: readonly T[]): T => xs[1 % xs.length];

describe('units', () => {
  const workout = BUILTIN_TOOLS.find((a) => a.name === 'log_workout')!;

  it('says a converted amount with its own unit only', () => {
    const call = { name: 'log_workout', arguments: { distance_km: 181.9 }, derivations: { distance_km: { kind: 'unit-conversion' as const, said: '113 miles' } } };
    expect(clauseOf(workout, 'distance_km', 181.9, first, call)).toBe('covering 113 miles');
    expect(clauseOf(workout, 'distance_km', 181.9, second, call)).toBe('over 113 miles');
    // Stated as it is, the template's unit stays.
    expect(clauseOf(workout, 'distance_km', 18.9, first)).toBe('covering 18.9 km');
  });

  it('says a large length in a larger unit, or not at all, never in tens of thousands of feet', () => {
    const r = () => 0.9;
    expect(unitPhrase('radius_m', '', 1000, r)).toBe('3281 feet');
    const big = unitPhrase('radius_m', '', 47_000, r);
    expect(big === undefined || /miles$/.test(big)).toBe(true);
    expect(unitPhrase('radius_m', '', 16_093, r)).toMatch(/^10 miles$/);
    expect(unitPhrase('weight_g', '', 100_000, r) ?? '').not.toMatch(/ounces/);
  });

  it('names the thing, not its unit, in "the same ..."', () => {
    expect(nounOf('distance_km')).toBe('distance');
    expect(nounOf('duration_minutes')).toBe('duration');
    expect(nounOf('account_id')).toBe('account');
  });
});

describe('flags and fields by what they are', () => {
  it('a state is a filter on the things asked for, read back both ways', () => {
    const w = flagPhrases('open_now');
    expect(w.yes).toContain('that are open now');
    expect(w.no).toContain('whether open now or not');
    expect(flagValueOf('open_now', 'that are open now')).toBe(true);
    expect(flagValueOf('open_now', 'whether open now or not')).toBe(false);
  });

  it('a plural is something that comes with it', () => {
    const w = flagPhrases('sms_reminders');
    expect(w.yes).toContain('with sms reminders');
    expect(w.no).toContain('without sms reminders');
    expect(flagValueOf('sms_reminders', 'without sms reminders')).toBe(false);
    // A verb in the third person is no plural noun.
    expect(flagPhrases('needs_loaner').yes).not.toContain('with needs loaner');
    // A flag named by what it does is said of it: "and it needs loaner" / "and it doesn't need loaner".
    expect(flagPhrases('needs_loaner')).toEqual({ yes: ['and it needs loaner'], no: ["and it doesn't need loaner"] });
    expect(flagValueOf('needs_loaner', "and it doesn't need loaner")).toBe(false);
  });

  it('a field named by an action is said as done', () => {
    expect(labelTemplates('append', undefined)).toContain('with {v} appended');
    expect(labelTemplates('apply_to', undefined)).toContain('applying it to {v}');
    expect(labelTemplates('unit_color', undefined).join(' ')).toMatch(/as the unit color/);
  });
});

describe('planned tool errors', () => {
  it('only an identifier the service hands out is "not found" or "not valid"; a call about a real code, a choice or a text meets the service unavailable', async () => {
    const { makePool } = await import('../../api-pool/types.js');
    const { heldOutTools, planItem } = await import('../../pipeline/generate.js');
    const { errorSubject, offlineToolResult } = await import('../../pipeline/agents/tool/offline.js');
    const { itemSeed } = await import('../../core/rng.js');
    const { FIXED_WORLD } = await import('../../core/plan.js');
    const pool = makePool(BUILTIN_TOOLS);
    const heldOut = heldOutTools(pool, 0.1, 1);
    const kinds = { 'not-found': 0, 'invalid-input': 0, unavailable: 0 };
    for (let idx = 0; idx < 3000; idx++) {
      const plan = planItem(idx, itemSeed(4, idx), 'single', pool, { split: 'train', heldOut, distractors: 3 });
      for (const c of plan.calls) {
        if (!c.error) continue;
        kinds[c.error]++;
        const api = pool.byName.get(c.name)!;
        const subject = errorSubject(api, c.arguments)!;
        const param = api.parameters.properties[subject] as { enum?: unknown[] };
        if (c.error !== 'unavailable') {
          expect(subject, c.name).toMatch(/(^|_)(id|code|number|ref|reference|symbol|sku)$/i);
          expect(subject, c.name).not.toMatch(/^(currency|country|language|airport|area|carrier|zip|postal)_code$|phone_number$/);
          expect(param.enum, c.name).toBeUndefined();
        }
        const result = offlineToolResult(api, c.arguments, FIXED_WORLD, c.error) as { error: Record<string, unknown> };
        expect(result.error.code).toBe(c.error === 'unavailable' ? 'UNAVAILABLE' : c.error === 'not-found' ? 'NOT_FOUND' : 'INVALID_ARGUMENT');
        if (c.error === 'unavailable') expect(result.error.param).toBeUndefined();
      }
    }
    expect(kinds['not-found']).toBeGreaterThan(0);
    expect(kinds['invalid-input']).toBeGreaterThan(0);
    expect(kinds.unavailable).toBeGreaterThan(0);
  });

  it('says a service that is down as down, with nothing to correct', async () => {
    const { readResult } = await import('../../pipeline/agents/assistant/read.js');
    const r = readResult({ name: 'get_live_scores', args: { sport: 'basketball' }, failed: true } as never, { error: { code: 'UNAVAILABLE', status: 503, message: 'The service is temporarily unavailable.' } }, { today: '2025-06-02' } as never, '');
    expect(r.failure).toEqual({ why: expect.stringMatching(/service is not available right now/), fix: 'try again in a few minutes' });
  });
});

describe('numbers in second-language answers', () => {
  it('reads a four-digit number as one number ("2024", not "202" then "4")', async () => {
    const { readNumber, number, sepsOf } = await import('../../pipeline/agents/assistant/lang/format.js');
    expect(readNumber('2024')).toEqual({ n: 2024, rest: '' });
    expect(readNumber('12345 km')).toEqual({ n: 12345, rest: ' km' });
    expect(readNumber('1,224.88')).toEqual({ n: 1224.88, rest: '' });
    expect(readNumber('2,500 people')).toEqual({ n: 2500, rest: ' people' });
    expect(number(readNumber('1978')!.n, sepsOf('fr', 'FR'))).toBe('1978');
  });
});
