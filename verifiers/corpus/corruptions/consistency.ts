/**
 * Corruptions of one consistent world (rules/consistency*.ts): each breaks one class on
 * purpose, on every valid entry where that class can be broken: a result that contradicts
 * its call, items that break a filter, dates against the stated today, codes that do not
 * exist, places that do not agree, a count below its list, an action the system prompt says
 * to confirm done without asking.
 */
import { isDestructive } from '../../../api-pool/effect.js';
import type { Message } from '../../../core/record.js';
import type { CorpusEntry, Obj } from '../entry.js';
import { callMessages, withMessages, type Assistant, type Corruption } from '../corruption.js';

type Tool = Extract<Message, { role: 'tool' }>;

/** The entry with the parsed result of its `which`-th tool message as `f` edits it (undefined: does not apply). */
function changeResult(e: CorpusEntry, f: (result: Obj, args: Obj) => Obj | undefined, which = 0): CorpusEntry | undefined {
  return withMessages(e, (m) => {
    const tools = m.flatMap((x, i) => (x.role === 'tool' ? [i] : []));
    const at = tools[which];
    if (at === undefined) return undefined;
    const answer = m[at] as Tool;
    const call = m.flatMap((x) => (x.role === 'assistant' ? (x.tool_calls ?? []) : [])).find((c) => c.id === answer.tool_call_id);
    const next = f(JSON.parse(answer.content) as Obj, call ? (JSON.parse(call.function.arguments) as Obj) : {});
    if (!next) return undefined;
    m[at] = { ...answer, content: JSON.stringify(next) };
    return m;
  });
}

/** The first list of objects of a result, as [key, items]. */
function firstList(r: Obj): [string, Obj[]] | undefined {
  for (const [k, v] of Object.entries(r)) if (Array.isArray(v) && v.length > 0 && typeof v[0] === 'object') return [k, v as Obj[]];
  return undefined;
}

/**
 * Every occurrence of each `from` in the record and its plan replaced by its `to`: a value
 * the user states, the call sends, the plan holds and the result echoes, changed in all of
 * them (in the JSON text of the record, arguments and results appear with escaped quotes).
 */
function replaceEverywhere(e: CorpusEntry, ...pairs: [string, string][]): CorpusEntry | undefined {
  let text = JSON.stringify({ record: e.record, plan: e.plan });
  for (const [from, to] of pairs) {
    if (!text.includes(from)) return undefined;
    text = text.split(from).join(to);
  }
  const { record, plan } = JSON.parse(text) as Pick<CorpusEntry, 'record' | 'plan'>;
  return { ...e, record, plan };
}

/** A different value of the same kind, so only the contradiction is new. */
const OTHER: Record<string, string> = { Lyon: 'Oslo', Oslo: 'Lyon', Paris: 'Rome', EUR: 'GBP', USD: 'CAD', AAPL: 'MSFT', MSFT: 'AAPL', TSLA: 'NVDA', NVDA: 'TSLA', Lisbon: 'Porto', PT: 'ES' };
const other = (v: string): string => OTHER[v] ?? (/^[\w-]+$/.test(v) ? `Z${v}` : 'Somewhere else entirely');

// A day stated, not the word alone: "default the movie date to current date (today's date)" states none.
const TODAY = /(?:today is|current date:?)\s*[^.\n]{0,20}\d/i;
const statesToday = (e: CorpusEntry): boolean => e.record.messages.some((m) => m.role === 'system' && TODAY.test(m.content ?? ''));
const named = (e: CorpusEntry, prefix: string): boolean => e.name.startsWith(prefix);

export const CONSISTENCY_CORRUPTIONS: readonly Corruption[] = [
  {
    name: 'a result field contradicts the argument it echoes',
    expected: 'consistency.echo',
    apply: (e) =>
      changeResult(e, (r, args) => {
        const k = Object.keys(r).find((x) => typeof r[x] === 'string' && r[x] === args[x] && !/^(status|type)$/.test(x));
        return k ? { ...r, [k]: other(r[k] as string) } : undefined;
      }),
  },
  {
    name: 'a result states another value than the default left out',
    expected: 'consistency.echo',
    apply: (e) => (named(e, 'single: hotel search') ? changeResult(e, (r) => ({ ...r, currency: 'USD' })) : undefined),
  },
  {
    name: 'a result id contradicts the id asked for',
    expected: 'consistency.echo',
    apply: (e) => (named(e, 'single: a venue') ? changeResult(e, (r) => ({ ...r, id: 'ven_913' })) : undefined),
  },
  {
    name: 'a listed item above a maximum',
    expected: 'consistency.filter',
    apply: (e) => (named(e, 'single: hotel search') ? changeResult(e, (r) => ({ ...r, hotels: (r.hotels as Obj[]).map((h, i) => (i === 1 ? { ...h, nightly_rate: 240 } : h)) })) : undefined),
  },
  {
    name: 'a listed item below a minimum',
    expected: 'consistency.filter',
    apply: (e) => (named(e, 'single: hotel search') ? changeResult(e, (r) => ({ ...r, hotels: (r.hotels as Obj[]).map((h, i) => (i === 2 ? { ...h, stars: 2 } : h)) })) : undefined),
  },
  {
    name: 'more items listed than the limit',
    expected: 'consistency.filter',
    apply: (e) => (named(e, 'single: hotel search') ? changeResult(e, (r) => ({ ...r, hotels: [...(r.hotels as Obj[]), { ...(r.hotels as Obj[])[0], hotel_id: 'H-3001', name: 'Rossio Inn' }] })) : undefined),
  },
  {
    name: 'a listed item in another city',
    expected: 'consistency.filter',
    apply: (e) =>
      named(e, 'single: hotel search')
        ? changeResult(e, (r) => ({ ...r, hotels: (r.hotels as Obj[]).map((h, i) => (i === 0 ? { hotel_id: h.hotel_id, name: h.name, stars: h.stars, nightly_rate: h.nightly_rate, address: 'Calle Mayor 5, Madrid' } : h)) }))
        : undefined,
  },
  {
    name: 'a listed item outside the date range',
    expected: 'consistency.filter',
    apply: (e) => (named(e, 'multiple: payments') ? changeResult(e, (r) => ({ ...r, transactions: (r.transactions as Obj[]).map((t, i) => (i === 0 ? { ...t, booked_at: '2025-04-20T12:10:00Z' } : t)) })) : undefined),
  },
  {
    name: 'a listed item of a category not asked for',
    expected: 'consistency.filter',
    apply: (e) => (named(e, 'multiple: payments') ? changeResult(e, (r) => ({ ...r, transactions: (r.transactions as Obj[]).map((t, i) => (i === 1 ? { ...t, category: 'rent' } : t)) })) : undefined),
  },
  {
    name: 'a flight on another day than asked',
    expected: 'consistency.filter',
    apply: (e) =>
      changeResult(e, (r, args) => {
        const list = firstList(r);
        if (!list || typeof args.departure_date !== 'string') return undefined;
        return { ...r, [list[0]]: list[1].map((x, i) => (i === 0 ? { ...x, departs: '2025-07-19T07:35' } : x)) };
      }),
  },
  {
    name: 'a creation stamped on another day than today',
    expected: 'consistency.date',
    apply: (e) => (statesToday(e) ? changeResult(e, (r) => (typeof r.created_at === 'string' ? { ...r, created_at: '2025-05-11T08:00:00Z' } : undefined)) : undefined),
  },
  {
    name: 'something that has happened dated after today',
    expected: 'consistency.date',
    apply: (e) => (statesToday(e) ? changeResult(e, (r) => ({ ...r, last_updated: '2025-09-30T10:00:00Z' })) : undefined),
  },
  {
    name: 'a stay booked before today',
    expected: 'consistency.date',
    apply: (e) => (named(e, 'single: hotel search') ? replaceEverywhere(e, ['2025-06-20', '2025-05-20']) : undefined),
  },
  {
    name: 'a range that ends before it starts',
    expected: 'consistency.date',
    // A call's start after its end is a role swap too (rules/roles.ts).
    also: ['consistency.filter', 'args.roles'],
    apply: (e) => (named(e, 'single: hotel search') ? replaceEverywhere(e, ['2025-06-23', '2025-06-18']) : named(e, 'single: events') ? replaceEverywhere(e, ['2019-03-31', '2019-02-27']) : undefined),
  },
  {
    name: 'a currency code that does not exist',
    expected: 'consistency.code',
    apply: (e) => {
      const asked = e.record.tools.some((t) => 'currency' in ((t.function.parameters as Obj).properties as Obj));
      return asked ? undefined : changeResult(e, (r) => (typeof r.currency === 'string' && r.currency.length === 3 ? { ...r, currency: 'UVN' } : undefined));
    },
  },
  {
    name: 'a country code that does not exist',
    expected: 'consistency.code',
    apply: (e) => (named(e, 'single: hotel search') ? replaceEverywhere(e, ['PT', 'YF']) : undefined),
  },
  {
    name: 'a language code that does not exist',
    expected: 'consistency.code',
    apply: (e) => (named(e, 'single: events') ? replaceEverywhere(e, ['(et)', '(kh)'], ['"language":"et"', '"language":"kh"'], ['\\"language\\":\\"et\\"', '\\"language\\":\\"kh\\"']) : undefined),
  },
  {
    name: 'a time zone that does not exist',
    expected: 'consistency.code',
    apply: (e) => (named(e, 'single: a reminder') ? replaceEverywhere(e, ['Europe/Paris', 'Europe/Lyon']) : undefined),
  },
  {
    name: 'a city and a country that do not match',
    expected: 'consistency.place',
    apply: (e) => (named(e, 'single: a venue') ? changeResult(e, (r) => ({ ...r, country_code: 'MX' })) : undefined),
  },
  {
    name: 'a city and a time zone that do not match',
    expected: 'consistency.place',
    apply: (e) =>
      named(e, 'single: a venue')
        ? changeResult(e, (r) => ({ ...r, time_zone: 'America/Mexico_City' }))
        : named(e, 'single: hotel search')
          ? changeResult(e, (r) => ({ ...r, hotels: (r.hotels as Obj[]).map((h, i) => (i === 2 ? { ...h, time_zone: 'Asia/Tokyo' } : h)) }))
          : undefined,
  },
  {
    name: 'a city with coordinates far from it',
    expected: 'consistency.place',
    apply: (e) => (named(e, 'single: a venue') ? changeResult(e, (r) => ({ ...r, latitude: -41.9286, longitude: -82.7538 })) : undefined),
  },
  {
    name: 'a count below the items listed',
    expected: 'consistency.count',
    apply: (e) =>
      changeResult(e, (r) => {
        const list = firstList(r);
        const k = ['total_results', 'total_count', 'total', 'count'].find((x) => typeof r[x] === 'number');
        return list && k && !('currency' in r && k === 'total') ? { ...r, [k]: list[1].length - 1 } : undefined;
      }),
  },
  {
    name: 'a store app named as another game',
    expected: 'consistency.fact',
    apply: (e) => (named(e, 'single: a store app by its game') ? changeResult(e, (r) => ({ ...r, name: 'Hollow Knight' })) : undefined),
  },
  {
    name: 'the prompt asks to confirm, the assistant acts without asking',
    expected: 'consistency.policy',
    apply: (e) => {
      if (e.record.meta.category === 'safety') return undefined;
      const tools = e.record.tools.map((t) => t.function);
      const called = e.record.messages.flatMap((m) => (m.role === 'assistant' ? (m.tool_calls ?? []) : [])).map((c) => tools.find((t) => t.name === c.function.name));
      if (!called.some((t) => t && isDestructive({ name: t.name, description: t.description ?? '' }))) return undefined;
      return withMessages(e, (m) => m.map((x) => (x.role === 'system' ? { ...x, content: `${x.content} Ask the user to confirm before any destructive or costly action.` } : x)));
    },
  },
  {
    name: 'the user says no, and the assistant acts anyway',
    expected: 'consistency.policy',
    apply: (e) =>
      named(e, 'safety: confirm a cancellation')
        ? withMessages(e, (m) => {
            const at = callMessages(m)[0];
            const answer = m[at - 1];
            if (answer?.role !== 'user') return undefined;
            m[at - 1] = { ...answer, content: 'No, wait, let me check first.' };
            const a = m[at] as Assistant;
            m[at] = { ...a, reasoning: 'cancel_booking cancels BK-55120.' };
            return m;
          })
        : undefined,
  },
];
