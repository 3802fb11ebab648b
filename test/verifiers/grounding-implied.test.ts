/**
 * The grounding rule on implied values (rules/grounding-implied.ts and the derivation library):
 * the relative dates, numbers and units it reads, and, for every implied argument of the corpus
 * trajectories, that it is accepted with its derivation and without it (a reader derives it from
 * the words), and rejected when the value is not the one the words give or the plan records
 * words the user does not say.
 */
import { describe, expect, it } from 'vitest';
import { DERIVATION_KINDS, type Derivation, type ItemPlan, type PlannedCall } from '../../core/plan.js';
import type { CanonicalRecord, Message } from '../../core/record.js';
import { validEntries, type CorpusEntry } from '../../verifiers/corpus.js';
import { verifyRecord } from '../../verifiers/index.js';
import { derivationFault } from '../../core/derive/derivation.js';
import { resolveRelative } from '../../core/derive/relative-dates.js';
import { numberInWords } from '../../core/derive/numbers.js';
import { quantityOf, unitOfParam } from '../../core/derive/units.js';

type Assistant = Extract<Message, { role: 'assistant' }>;

describe('relative dates from today', () => {
  // 2025-06-11 is a Wednesday.
  it.each([
    ['today', { date: '2025-06-11' }],
    ['tomorrow', { date: '2025-06-12' }],
    ['the day before yesterday', { date: '2025-06-09' }],
    ['in 3 days', { date: '2025-06-14' }],
    ['in three days', { date: '2025-06-14' }],
    ['two weeks ago', { date: '2025-05-28' }],
    ['in a week', { date: '2025-06-18' }],
    ['this Friday', { date: '2025-06-13' }],
    ['next Monday', { date: '2025-06-16' }],
    ['next Wednesday', { date: '2025-06-18' }],
    ['last Friday', { date: '2025-06-06' }],
    ['next Friday', { ambiguous: ['2025-06-13', '2025-06-20'] }],
    ['last Monday', { ambiguous: ['2025-06-09', '2025-06-02'] }],
    ['the 14th', { date: '2025-06-14' }],
    ['the 3rd', { date: '2025-07-03' }],
    ['the 1st of next month', { date: '2025-07-01' }],
    ['the end of the month', { date: '2025-06-30' }],
    ['the end of next month', { date: '2025-07-31' }],
    ['March 3', { date: '2025-03-03' }],
    ['the 3rd of March last year', { date: '2024-03-03' }],
    ['February 29 next year', undefined],
    ['next month', { month: '2025-07' }],
    ['August last year', { month: '2024-08' }],
    ['last year', { year: 2024 }],
    ['in 2 years', { year: 2027 }],
    ['tomorrow at 9:30 am', { date: '2025-06-12', time: '09:30' }],
    ['the day after tomorrow at 3 pm', { date: '2025-06-13', time: '15:00' }],
    ['this Saturday at noon', { date: '2025-06-14', time: '12:00' }],
    ['tomorrow at 25:00', undefined],
    ['some day', undefined],
  ])('"%s" on 2025-06-11', (said, want) => {
    expect(resolveRelative(said, '2025-06-11')).toEqual(want);
  });

  it('reads "this Monday" only for a day still to come this week', () => {
    expect(resolveRelative('this Monday', '2025-06-11')).toBeUndefined();
    expect(resolveRelative('this Sunday', '2025-06-15')).toBeUndefined();
  });
});

describe('numbers and units in words', () => {
  it.each([
    ['twenty-two', 22],
    ['twenty two', 22],
    ['one hundred and five', 105],
    ['a dozen', 12],
    ['two dozen', 24],
    ['seven', 7],
    ['five hundred', 500],
    ['two two', undefined],
    ['twelve three', undefined],
    ['lots', undefined],
  ])('"%s" is %s', (said, n) => expect(numberInWords(said)).toBe(n));

  it('reads amounts and the unit a parameter is in', () => {
    expect(quantityOf('5 miles')).toMatchObject({ value: 5, unit: { id: 'mi' } });
    expect(quantityOf('an hour')).toMatchObject({ value: 1, unit: { id: 'h' } });
    expect(quantityOf('68 degrees Fahrenheit')).toMatchObject({ value: 68, unit: { id: 'f' } });
    expect(unitOfParam('radius_km', '')?.id).toBe('km');
    expect(unitOfParam('durationMinutes', '')?.id).toBe('min');
    expect(unitOfParam('distance', 'Distance in miles.')?.id).toBe('mi');
    expect(unitOfParam('limit', 'How many.')).toBeUndefined();
  });

  it('converts to the precision of the value and no further', () => {
    const env = { today: undefined, results: [], earlier: [], key: 'radius_km', schema: {} };
    const d: Derivation = { kind: 'unit-conversion', said: '5 miles' };
    expect(derivationFault(d, 8.05, env)).toBeUndefined();
    expect(derivationFault(d, 8, env)).toBeUndefined();
    expect(derivationFault(d, 8.1, env)).toMatch(/8\.0467 kilometers, not 8\.1/);
    expect(derivationFault(d, 8.047, env)).toBeUndefined();
    expect(derivationFault(d, 8.046, env)).toMatch(/not 8\.046/);
    expect(derivationFault({ kind: 'unit-conversion', said: '2 kg' }, 8.05, env)).toMatch(/no length/);
  });
});

describe('derivations the tables decide', () => {
  const env = { today: '2025-06-11', results: [], earlier: [], key: 'x', schema: {} };
  it.each([
    [{ kind: 'city-airport', said: 'Lisbon' }, 'LIS', undefined],
    [{ kind: 'city-airport', said: 'Chicago' }, 'ORD', /2 airports \(ORD, MDW\)/],
    [{ kind: 'city-airport', said: 'Tokyo' }, 'HND', /2 airports/],
    [{ kind: 'city-airport', said: 'Atlantis' }, 'ATL', /names no city with an airport/],
    [{ kind: 'city-timezone', said: 'Denver' }, 'America/Denver', undefined],
    [{ kind: 'city-timezone', said: 'Denver' }, 'America/Chicago', /gives "America\/Denver"/],
    [{ kind: 'city-currency', said: 'Zurich' }, 'CHF', undefined],
    [{ kind: 'city-country', said: 'Osaka' }, 'JP', undefined],
    [{ kind: 'game-app', said: 'Dota 2' }, 570, undefined],
    [{ kind: 'game-app', said: 'dota 2' }, 730, /gives 570, not 730/],
    [{ kind: 'game-app', said: 'Minecraft' }, 1, /names no game/],
    [{ kind: 'city-coordinates', said: 'Lyon' }, 45.764, undefined, 'latitude'],
    [{ kind: 'city-coordinates', said: 'Lyon' }, '4.8357', undefined, 'lng'],
    [{ kind: 'city-coordinates', said: 'Lyon' }, 45.7643, /not 45.7643/, 'latitude'],
    [{ kind: 'city-coordinates', said: 'Lyon' }, 46.764, /centre of Lyon is at latitude 45.764, not 46.764/, 'latitude'],
    [{ kind: 'city-coordinates', said: 'Lyon' }, 45.764, /centre of Lyon is at longitude 4.8357/, 'longitude'],
    [{ kind: 'city-coordinates', said: 'Lyon' }, 45.764, /no latitude or longitude/, 'altitude'],
    [{ kind: 'city-coordinates', said: 'Gotham' }, 45.764, /names no city/, 'latitude'],
    [{ kind: 'country-code', said: 'Germany' }, 'DE', undefined],
    [{ kind: 'country-code', said: 'Germany' }, 'AT', /gives "DE"/],
    [{ kind: 'state-code', said: 'Colorado' }, 'CO', undefined],
    [{ kind: 'language-code', said: 'Portuguese' }, 'pt', undefined],
    [{ kind: 'language-code', said: 'Akan' }, 'ak', /names no language/],
    [{ kind: 'currency-code', said: 'euros' }, 'EUR', undefined],
    [{ kind: 'currency-code', said: 'Japanese yen' }, 'JPY', undefined],
    [{ kind: 'company-ticker', said: 'Coca-Cola' }, 'KO', undefined],
    [{ kind: 'company-ticker', said: 'Apple' }, 'AMZN', /gives "AAPL"/],
    [{ kind: 'spelled-number', said: 'twenty-two' }, 22, undefined],
    [{ kind: 'spelled-number', said: 'twenty-two' }, 23, /is 22, not 23/],
    [{ kind: 'relative-date', said: 'next Friday' }, '2025-06-13', /reads two ways/],
    [{ kind: 'relative-date', said: 'this Friday' }, '2025-06-13', undefined],
    [{ kind: 'relative-date', said: 'this Friday' }, '2025-06-13T10:00:00Z', /not 10:00/],
    [{ kind: 'relative-date', said: 'last year' }, 2024, undefined],
  ] as [Derivation, unknown, RegExp | undefined, string?][])('%j for %j', (d, value, fault, key) => {
    const got = derivationFault(d, value, key === undefined ? env : { ...env, key });
    if (fault) expect(got).toMatch(fault);
    else expect(got).toBeUndefined();
  });

  it('reads a flag from the list its phrase is in, and a sort order from its name', () => {
    const flag = { ...env, key: 'nonstop_only', schema: { type: 'boolean' } };
    expect(derivationFault({ kind: 'flag-words', said: 'only nonstop' }, true, flag)).toBeUndefined();
    expect(derivationFault({ kind: 'flag-words', said: 'only nonstop' }, false, flag)).toMatch(/says nonstop_only = true, not false/);
    expect(derivationFault({ kind: 'flag-words', said: 'not just nonstop' }, false, flag)).toBeUndefined();
    expect(derivationFault({ kind: 'flag-words', said: 'just nonstop' }, true, flag)).toMatch(/reads only as yes or only as no/);
    const sort = { ...env, key: 'sort', schema: { type: 'string', enum: ['price_asc', 'price_desc', 'date_desc'] } };
    expect(derivationFault({ kind: 'enum-words', said: 'cheapest first' }, 'price_asc', sort)).toBeUndefined();
    expect(derivationFault({ kind: 'enum-words', said: 'cheapest first' }, 'price_desc', sort)).toMatch(/is "price_asc", not "price_desc"/);
    expect(derivationFault({ kind: 'enum-words', said: 'newest first' }, 'date_desc', sort)).toBeUndefined();
    // Words two codes share, and the code written out, are not words for one of them.
    expect(derivationFault({ kind: 'enum-words', said: 'cheapest first' }, 'price_low', { ...sort, schema: { enum: ['price_low', 'price_asc'] } })).toMatch(/no one choice/);
    expect(derivationFault({ kind: 'enum-words', said: 'price asc' }, 'price_asc', sort)).toMatch(/no one choice/);
  });

  it('reads a relative date only from a today the conversation states', () => {
    expect(derivationFault({ kind: 'relative-date', said: 'tomorrow' }, '2025-06-12', { ...env, today: undefined })).toMatch(/does not state/);
  });

  it('takes a value from the earlier result field the plan names, picked the way the user says', () => {
    const flights = { flights: [{ flight_id: 'A1', price_eur: 90, rating: 3 }, { flight_id: 'B2', price_eur: 140, rating: 5 }] };
    const at = (said: string, value: string): string | undefined => derivationFault({ kind: 'previous-result', said, from: 'flights.0.flight_id' }, value, { ...env, results: [flights] });
    expect(at('the first one', 'A1')).toBeUndefined();
    expect(at('the cheapest one', 'A1')).toBeUndefined();
    expect(at('the highest-rated one', 'A1')).toMatch(/does not pick/);
    expect(at('the first one', 'B2')).toMatch(/not the flights\.0\.flight_id/);
  });
});

/** A value of the same shape the words do not give: a day later, one letter or three more, the other flag; a nested value's first implied part so. */
function wrongOf(value: unknown, d: Derivation): unknown {
  if (d.kind === 'nested' && d.parts && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const [k, part] = Object.entries(d.parts)[0];
    return { ...(value as Record<string, unknown>), [k]: wrongOf((value as Record<string, unknown>)[k], part) };
  }
  const date = typeof value === 'string' ? /^(\d{4}-\d{2})-(\d{2})(.*)$/.exec(value) : null;
  return typeof value === 'boolean'
    ? !value
    : date
      ? `${date[1]}-${String(Number(date[2]) + 1).padStart(2, '0')}${date[3]}`
      : typeof value === 'number'
        ? value + 3
        : typeof value === 'string'
          ? `${value.slice(0, -1)}${value.endsWith('8') ? '7' : '8'}`
          : [...(value as unknown[]), 'rent'];
}

/** `d` with its words (a nested one: its first part's) replaced by `said`. */
function withSaid(d: Derivation, said: string): Derivation {
  if (d.kind !== 'nested' || !d.parts) return { ...d, said };
  const [k, part] = Object.entries(d.parts)[0];
  return { ...d, parts: { ...d.parts, [k]: withSaid(part, said) } };
}

/** Every implied argument of the corpus, with the record's call that carries it. */
function impliedArguments(): { e: CorpusEntry; call: number; key: string; d: Derivation }[] {
  return validEntries().flatMap((e) => e.plan.calls.flatMap((c, call) => Object.entries(c.derivations ?? {}).map(([key, d]) => ({ e, call, key, d }))));
}

/** The record with the value of `key` in its `call`-th call (and the plan's) replaced by `value`. */
function withValue(e: CorpusEntry, call: number, key: string, value: unknown): { record: CanonicalRecord; plan: ItemPlan } {
  let i = 0;
  const messages = e.record.messages.map((m) => {
    if (m.role !== 'assistant' || !m.tool_calls) return m;
    return { ...m, tool_calls: m.tool_calls.map((c) => (i++ === call ? { ...c, function: { ...c.function, arguments: JSON.stringify({ ...JSON.parse(c.function.arguments), [key]: value }) } } : c)) } as Assistant;
  });
  const calls = e.plan.calls.map((c, j): PlannedCall => (j === call ? { ...c, arguments: { ...c.arguments, [key]: value } } : c));
  return { record: { ...e.record, messages }, plan: { ...e.plan, calls } };
}

const groundingOf = (record: CanonicalRecord, plan: ItemPlan | undefined): string[] =>
  verifyRecord(record, plan ? { plan } : {})
    .checks.filter((c) => c.rule === 'grounding.value')
    .map((c) => c.message);

describe('implied arguments of the corpus, one by one', () => {
  const args = impliedArguments();
  const kinds = new Set(args.map((a) => a.d.kind));

  it('cover every kind of derivation', () => expect([...kinds].sort()).toEqual([...DERIVATION_KINDS].sort()));

  it.each(args.map((a) => [`${a.e.name}: ${a.key} (${a.d.kind})`, a] as const))('%s: rejected when the value is not the one the words give', (_n, a) => {
    const value = a.e.plan.calls[a.call].arguments[a.key];
    const wrong = wrongOf(value, a.d);
    const { record, plan } = withValue(a.e, a.call, a.key, wrong);
    expect(groundingOf(record, plan).join(' | ')).toMatch(new RegExp(`${a.key} = .* does not follow from what the user said`));
  });

  // Values stated elsewhere (an earlier result or turn) stay grounded, and so do flags (the rule never asks a yes/no value to be stated).
  // A second-language dialogue's implied values are read by their recorded derivation only: the reader of the text reads English words.
  const stated = new Set(['previous-result', 'previous-turn', 'flag-words']);
  it.each(args.filter((a) => !stated.has(a.d.kind) && a.e.record.meta.plan?.language === undefined).map((a) => [`${a.e.name}: ${a.key} (${a.d.kind})`, a] as const))(
    '%s: accepted without its derivation, as a reader derives it from the words',
    (_n, a) => {
      const calls = a.e.plan.calls.map((c, j): PlannedCall => {
        if (j !== a.call) return c;
        const { [a.key]: _, ...rest } = c.derivations ?? {};
        return { ...c, derivations: rest };
      });
      expect(groundingOf(a.e.record, { ...a.e.plan, calls })).toEqual([]);
    },
  );

  it.each(args.filter((a) => a.d.kind !== 'previous-turn').map((a) => [`${a.e.name}: ${a.key} (${a.d.kind})`, a] as const))(
    '%s: rejected when the plan records words the user does not say',
    (_n, a) => {
      const calls = a.e.plan.calls.map((c, j): PlannedCall => (j === a.call ? { ...c, derivations: { ...c.derivations, [a.key]: withSaid(a.d, 'in a blue moon') } } : c));
      expect(groundingOf(a.e.record, { ...a.e.plan, calls }).join(' | ')).toMatch(new RegExp(`${a.key} = .* does not follow from what the user said: the plan has the user say "in a blue moon"`));
    },
  );

  it('reads the plan a published record carries in its meta when no plan is given', () => {
    const flight = validEntries().find((e) => e.name.startsWith('single: airports by their city'))!;
    const { world, calls } = flight.plan;
    const published: CanonicalRecord = { ...flight.record, meta: { ...flight.record.meta, plan: { targets: flight.plan.targets, calls, world } } };
    expect(groundingOf(published, undefined)).toEqual([]);
    // Without any plan a reader still gets "next Monday" from the stated today and ZRH from Zurich.
    expect(groundingOf(flight.record, undefined)).toEqual([]);
    const wrong = withValue({ ...flight, record: published }, 0, 'departure_date', '2025-06-17');
    expect(groundingOf(wrong.record, undefined)).toEqual(['search_flights: departure_date = "2025-06-17" does not follow from what the user said: "next Monday" is 2025-06-16 from 2025-06-11, not "2025-06-17" (relative-date)']);
  });

  it('reads a relative date only against a stated today, with or without a plan', () => {
    const reminder = validEntries().find((e) => e.name.startsWith('single: reminder in a city'))!;
    expect(groundingOf(reminder.record, undefined)).toEqual([]);
    const { derivations: _, ...bare } = reminder.plan.calls[0];
    expect(groundingOf(reminder.record, { ...reminder.plan, calls: [bare] })).toEqual([]);
    const noToday = { ...reminder.record, messages: reminder.record.messages.map((m) => (m.role === 'system' ? { ...m, content: 'You help users by calling the provided tools.' } : m)) };
    expect(groundingOf(noToday, { ...reminder.plan, calls: [bare] })).toEqual([
      'create_reminder: remind_at = "2025-06-12T09:30:00+01:00" is stated nowhere before the call (a relative date needs the date of today stated, and none is)',
    ]);
    expect(groundingOf(noToday, reminder.plan).join(' | ')).toMatch(/"tomorrow at 9:30 am" is relative to a today the conversation does not state/);
  });
});
