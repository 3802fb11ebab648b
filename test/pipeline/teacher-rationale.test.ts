/**
 * The offline teacher's rationales: the deciding reason in the user's own words, values from
 * earlier results named with their source, a distractor named only when it is a real near-miss
 * (never a twin), short, and not one template over a job.
 */
import { describe, expect, it } from 'vitest';
import { builtinPool } from '../../api-pool/index.js';
import { makePool, type ApiSpec } from '../../api-pool/types.js';
import { FIXED_WORLD, type ItemPlan, type PlannedCall } from '../../core/plan.js';
import { evidenceOf, trivialStep } from '../../pipeline/agents/teacher/evidence.js';
import { nearMissOf } from '../../pipeline/agents/teacher/near-miss.js';
import { sayEvidence } from '../../pipeline/agents/teacher/wording.js';
import { offlineTeacher, type StepContext } from '../../pipeline/agents/teacher/offline.js';

const pool = builtinPool();
const api = (name: string): ApiSpec => pool.byName.get(name) as ApiSpec;

function planOf(tools: readonly string[], calls: readonly PlannedCall[], seed: number, extra: Partial<ItemPlan> = {}): ItemPlan {
  return { world: FIXED_WORLD, idx: 0, seed, category: 'single', difficulty: 1, split: 'train', tools, targets: calls.map((c) => c.name), calls, domains: ['test'], turns: 1, ...extra };
}

/** The rationale of step `step` of turn `turn`, for a hand-made plan and what the user said. */
function explain(plan: ItemPlan, said: readonly string[], opts: { step?: number; turn?: number; context?: StepContext; mode?: 'all' | 'nontrivial' | 'none'; shown?: readonly ApiSpec[] } = {}): string | undefined {
  const all = plan.calls.map((c) => ({ name: c.name, args: { ...c.arguments } }));
  const turn = opts.turn ?? 0;
  const step = all.filter((_, i) => (plan.calls[i].turn ?? 0) === turn && (plan.calls[i].step ?? 0) === (opts.step ?? 0));
  const teacher = offlineTeacher(plan, opts.shown ?? plan.tools.map(api), said, opts.mode ?? 'all');
  return teacher.explain(step, all, opts.context ?? 'first', turn);
}

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;
const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);

describe('the evidence for a value', () => {
  it('quotes the words that make a stated value a reason, not a label or an id', () => {
    const text = 'I need running shoes under 300, ship to order AB12CD; date from 2025-06-01 please';
    const ev = evidenceOf({ name: 'x', args: { query: 'running shoes', max_price: 300, order_id: 'AB12CD', date_from: '2025-06-01', gift: true } }, text);
    expect(ev.map((e) => [e.key, e.kind, 'quote' in e ? e.quote : undefined])).toEqual([
      ['query', 'stated', undefined],
      ['max_price', 'stated', 'under 300'],
      ['order_id', 'stated', undefined],
      ['date_from', 'stated', undefined],
      ['gift', 'phrased', undefined],
    ]);
  });

  it('tells implied values and values from results from stated ones', () => {
    const ev = evidenceOf(
      { name: 'x', args: { date: '2025-06-06', id: 'F1', city: 'Oslo' }, derived: { date: { kind: 'relative-date', said: 'next Friday' } }, from: { id: { tool: 'search', field: 'the id' } } },
      'next Friday in oslo',
    );
    expect(ev.map((e) => e.kind)).toEqual(['derived', 'result', 'stated']);
  });

  it('says an object implied in parts by its first part with words (a window of relative dates), never by empty words', () => {
    const window = { earliest_date: '2025-09-10', latest_date: '2025-09-18' };
    const how = { kind: 'nested', said: '', parts: { earliest_date: { kind: 'relative-date', said: 'the 10th of next month' }, latest_date: { kind: 'relative-date', said: 'the 18th' } } } as const;
    const [ev] = evidenceOf({ name: 'x', args: { window }, derived: { window: how } }, 'between the 10th of next month and the 18th');
    expect(ev).toMatchObject({ kind: 'derived', key: 'earliest_date', value: '2025-09-10', how: { said: 'the 10th of next month' } });
    const rooms = { kind: 'nested', said: '', parts: { 1: { kind: 'nested', said: '', parts: { adults: { kind: 'spelled-number', said: 'three' } } } } } as const;
    const [room] = evidenceOf({ name: 'x', args: { rooms: [{ adults: 2 }, { adults: 3 }] }, derived: { rooms } }, 'two rooms, 2 adults and three adults');
    expect(room).toMatchObject({ kind: 'derived', key: 'adults', value: 3 });
    for (let i = 0; i < 40; i++) {
      const said = sayEvidence({ kind: 'derived', key: 'window', value: window, how: { kind: 'nested', said: '' } }, (xs) => xs[i % xs.length]);
      expect(said ?? '').not.toContain('""');
    }
  });

  it('counts a step trivial only with no near-miss, nothing implied or taken from a result, and every value said', () => {
    const said = 'weather in oslo, 3 days';
    expect(trivialStep([{ name: 'a', args: { city: 'Oslo', days: 3 } }], false, said)).toBe(true);
    expect(trivialStep([{ name: 'a', args: { city: 'Oslo', days: 3 } }], true, said)).toBe(false);
    expect(trivialStep([{ name: 'a', args: { city: 'Bergen' } }], false, said)).toBe(false);
    expect(trivialStep([{ name: 'a', args: { city: 'Oslo' }, derived: { city: { kind: 'city-country', said: 'here' } } }], false, said)).toBe(false);
    expect(trivialStep([{ name: 'a', args: { city: 'Oslo' }, from: { city: { tool: 'b', field: 'the city' } } }], false, said)).toBe(false);
  });
});

describe('near-misses', () => {
  it('finds a tool sharing the object or the action, with the difference that decides', () => {
    const weather = nearMissOf([{ api: api('get_current_weather'), args: { city: 'Oslo' } }], ['get_current_weather', 'get_weather_forecast', 'get_stock_quote'].map(api));
    expect(weather?.other.name).toBe('get_weather_forecast');
    expect(weather?.diff.kind).toBe('object');
    const order = nearMissOf([{ api: api('track_order'), args: { order_id: 'A1' } }], ['track_order', 'place_order', 'send_sms'].map(api));
    expect(order?.other.name).toBe('place_order');
    expect(order?.diff.kind).toBe('action');
  });

  it('finds none among unrelated tools, nor in a twin, nor in a tool the dialogue calls', () => {
    expect(nearMissOf([{ api: api('get_stock_quote'), args: { symbol: 'AAPL' } }], ['get_stock_quote', 'send_sms', 'calculate_bmi'].map(api))).toBeUndefined();
    const base = api('get_current_weather');
    const twins = makePool([
      { ...base, name: 'get_tv_season_in_aud', description: 'Get a TV season with its price in AUD.' },
      { ...base, name: 'get_tv_season_in_cad', description: 'Get a TV season with its price in CAD.' },
    ]);
    const [aud, cad] = twins.list;
    expect(nearMissOf([{ api: aud, args: { city: 'Oslo' } }], [aud, cad])).toBeUndefined();
    const used = new Set(['get_weather_forecast']);
    expect(nearMissOf([{ api: base, args: { city: 'Oslo' } }], [base, api('get_weather_forecast')], used)).toBeUndefined();
  });
});

describe('the offline teacher', () => {
  const weather: PlannedCall = { name: 'get_current_weather', arguments: { city: 'Oslo', units: 'metric' } };

  it('names the chosen tool, a near-miss only when there is one, and stays under 50 words', () => {
    let namedNear = 0;
    for (const seed of SEEDS) {
      const plain = explain(planOf(['send_sms', 'get_current_weather', 'get_stock_quote', 'calculate_bmi'], [weather], seed), ['What is the weather in Oslo right now, in metric?']) as string;
      expect(plain).toContain('get_current_weather');
      for (const other of ['send_sms', 'get_stock_quote', 'calculate_bmi']) expect(plain).not.toContain(other);
      const near = explain(planOf(['get_weather_forecast', 'get_current_weather', 'get_stock_quote'], [weather], seed), ['What is the weather in Oslo right now, in metric?']) as string;
      expect(near).not.toContain('get_stock_quote');
      if (near.includes('get_weather_forecast')) namedNear++;
      expect(wordCount(near)).toBeLessThanOrEqual(50);
    }
    expect(namedNear).toBe(SEEDS.length);
  });

  it("quotes the user's words for implied values", () => {
    const call = {
      name: 'search_flights',
      arguments: { origin: 'LYS', destination: 'LIS', departure_date: '2025-06-06', passengers: 2 },
      derivations: { departure_date: { kind: 'relative-date', said: 'next Friday' }, destination: { kind: 'city-airport', said: 'Lisbon' } },
    } as PlannedCall;
    for (const seed of SEEDS) {
      const r = explain(planOf(['search_flights', 'book_hotel'], [call], seed), ['Any flights from LYS to Lisbon next Friday for 2 people?']) as string;
      expect(r).toContain('search_flights');
      expect(r).toMatch(/"next Friday"|"Lisbon"/);
      expect(wordCount(r)).toBeLessThanOrEqual(50);
    }
  });

  it('says which earlier result a value comes from', () => {
    const calls: PlannedCall[] = [
      { name: 'place_order', arguments: { items: [{ sku: 'A1', quantity: 1 }], shipping_address: '1 Main St' } },
      { name: 'track_order', arguments: { order_id: 'ORD-7' }, step: 1, dependsOn: { order_id: { call: 0, field: 'order_id' } } },
    ];
    for (const seed of SEEDS) {
      const r = explain(planOf(['place_order', 'track_order', 'send_email'], calls, seed, { category: 'dependent' }), ['Order one A1 to 1 Main St, then track it.'], { step: 1, context: 'dependent' }) as string;
      expect(r).toContain('track_order');
      expect(r).toMatch(/place_order/);
      expect(r).toMatch(/order_id|order id/);
    }
  });

  it('says why one tool is called several times at once', () => {
    const calls: PlannedCall[] = ['Oslo', 'Rome', 'Lima'].map((city) => ({ name: 'get_current_weather', arguments: { city } }));
    for (const seed of SEEDS) {
      const r = explain(planOf(['get_current_weather', 'send_sms'], calls, seed, { category: 'parallel' }), ['Weather in Oslo, Rome and Lima?']) as string;
      expect(r).toContain('get_current_weather');
      for (const city of ['Oslo', 'Rome', 'Lima']) expect(r).toContain(city);
    }
  });

  it('leaves out what the mode says: none writes none, nontrivial skips trivial steps only', () => {
    const said = ['What is the weather in Oslo right now, in metric?'];
    const plainTools = ['send_sms', 'get_current_weather', 'get_stock_quote'];
    expect(explain(planOf(plainTools, [weather], 3), said, { mode: 'none' })).toBeUndefined();
    expect(explain(planOf(plainTools, [weather], 3), said, { mode: 'nontrivial' })).toBeUndefined();
    // A near-miss shown, or a value not said verbatim, makes the step worth explaining.
    expect(explain(planOf(['get_weather_forecast', ...plainTools], [weather], 3), said, { mode: 'nontrivial' })).toContain('get_current_weather');
    expect(explain(planOf(plainTools, [weather], 3), ['Weather where I am, metric please'], { mode: 'nontrivial' })).toContain('get_current_weather');
  });
});
