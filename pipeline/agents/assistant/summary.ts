/**
 * One call's reading (read.ts) in sentences: a list as its count and its best few, a lookup
 * as the facts asked about what was asked, a change as what was done with the reference to
 * keep, a failure as what was wrong and what to do. `sentences` words a call answered alone;
 * `part` words it in one sentence beside others (parallel calls, a chain's first step).
 */
import type { Pick } from '../text.js';
import { clause, phrase, type Fact } from './facts.js';
import type { Item, ListReading, Reading } from './read.js';
import { capFirst as cap, count, joinAnd, pastOf, singularOf, spelled } from './words.js';

export interface Style {
  /** Facts to say about one thing (2 to 4). */
  readonly facts: number;
  /** Several items or parts as a bulleted list. */
  readonly bullets: boolean;
  readonly pick: Pick;
}

/** An item: "Station Lodge at $435.07 (4 stars)", "Cold Chain (updated last Tuesday)". */
export function sayItem(it: Item, lead: 'price' | 'plain', n: number): string {
  const facts = it.facts.slice(0, n);
  if (it.name === '') return facts.length > 0 ? `one with ${joinAnd(facts.map(phrase))}` : 'one with no details';
  if (lead === 'price' && facts[0]?.role === 'money') {
    const rest = facts.slice(1).map(phrase);
    return `${it.name} at ${facts[0].value}${rest.length > 0 ? ` (${rest.join(', ')})` : ''}`;
  }
  return facts.length > 0 ? `${it.name} (${facts.map(phrase).join(', ')})` : it.name;
}

/** " for “cold chain”", " in Perth", or nothing. */
function about(r: Reading): string {
  if (!r.subject) return '';
  return r.subject.place ? ` in ${r.subject.np}` : ` for ${r.subject.np}`;
}

/** The count sentence of a list. */
function countLine(r: Reading, l: ListReading, pick: Pick): string {
  const q = about(r);
  const n = l.shown;
  const c = count(n, l.one, l.many);
  if (l.total !== undefined) {
    const t = count(l.total, l.one, l.many);
    return pick([
      `There are ${t}${q}; this page lists ${n}.`,
      `${cap(t)} match${q}, and I got the first ${n === 1 ? 'one' : n} back.`,
      `The search${q} has ${t} in all. Here ${n === 1 ? 'is the first' : `are ${n} of them`}.`,
    ]);
  }
  return pick([
    `I found ${c}${q}.`,
    `There ${n === 1 ? 'is' : 'are'} ${c}${q}.`,
    `${cap(c)} came back${q}.`,
    `The search${q} returned ${c}.`,
    `${cap(c)}${q}.`,
  ]);
}

/** The best item(s) of a list in one or two sentences, by the order the request cares about. */
function bestLines(l: ListReading, style: Style): string[] {
  const { pick } = style;
  const [first, ...rest] = l.items;
  if (!first) return [];
  const n = Math.max(1, style.facts - 1);
  const lead = l.order === 'cheapest' ? 'price' : 'plain';
  const one = sayItem(first, lead, n);
  const others = rest.map((it) => sayItem(it, lead, 1));
  const then = others.length === 0 ? [] : [pick([`After that come ${joinAnd(others)}.`, `Next: ${joinAnd(others)}.`, `The others are ${joinAnd(others)}.`, `${cap(joinAnd(others))} follow${others.length === 1 ? 's' : ''}.`])];
  if (l.shown === 1) return [pick([`It's ${one}.`, `That's ${one}.`, `The one result is ${one}.`])];
  switch (l.order) {
    case 'cheapest':
      return [pick([`The cheapest is ${one}.`, `${cap(one)} is the cheapest.`, `Lowest price: ${one}.`]), ...then];
    case 'nearest':
      return [pick([`The nearest is ${one}.`, `Closest to you: ${one}.`, `${cap(one)} is the nearest.`]), ...then];
    case 'top':
      return [pick([`The best rated is ${one}.`, `Top rated: ${one}.`, `${cap(one)} has the best rating.`]), ...then];
    case 'sorted':
      return [pick([`Sorted by ${l.by}, the first is ${one}.`, `By ${l.by}, ${one} comes first.`, `First by ${l.by}: ${one}.`]), ...then];
    default:
      if (style.bullets && l.items.length > 1) return [`The first ${l.items.length}:\n${l.items.map((it) => `- ${sayItem(it, lead, n)}`).join('\n')}`];
      return [pick([`The first is ${one}.`, `First up: ${one}.`, `${cap(one)} is at the top.`, `Top of the list: ${one}.`]), ...then];
  }
}

/** Up to `n` facts of a reading, the status apart (said as "is pending"). */
function split(facts: readonly Fact[], n: number): { status?: Fact; rest: Fact[] } {
  const status = facts.find((f) => f.role === 'status');
  const rest = facts.filter((f) => f !== status).slice(0, status ? n - 1 : n);
  return { ...(status ? { status } : {}), rest };
}

/** "Refund WXJ0Z2R6 is pending" / "GOOGL's market state is post". */
function statusOf(who: string, status: Fact): string {
  if (HAS.test(status.value)) return `${who} has ${status.value}`;
  return status.adjective ? `${who} is ${status.value}` : `${who}'s ${status.label} is ${status.value}`;
}

/** Statuses said with "has": "it has departed", not "it is departed". */
const HAS = /^(departed|arrived|landed|left|started|ended|finished|expired|lapsed|failed|shipped|begun|closed down)$/;

const isPlural = (words: string): boolean => {
  const w = words.split(' ').pop() ?? '';
  return /s$/.test(w) && singularOf(w) !== w;
};

/** "all 4 went through", "3 of the 4 went through", "none of the 2 went through". */
export function batchWords(b: NonNullable<Reading['batch']>): string {
  const why = b.error && b.ok < b.total ? ` (the error was “${b.error}”)` : '';
  const who = b.failed ? `, ${b.failed} among them` : '';
  if (b.total === 1) return b.ok === 1 ? 'the request went through' : `the request${b.failed ? ` for ${b.failed}` : ''} did not go through${why}`;
  if (b.ok === b.total) return `all ${spelled(b.total)} requests went through`;
  if (b.ok === 0) return `none of the ${spelled(b.total)} requests went through${why}`;
  return `${spelled(b.ok)} of the ${spelled(b.total)} requests went through and ${spelled(b.total - b.ok)} failed${who}${why}`;
}

/** A change the service turned down: what was tried, and that it did not take. */
function rejectedLines(r: Reading, style: Style): string[] {
  const verb = r.verb === 'apply' ? 'apply for' : r.verb;
  const tried = `I tried to ${verb} the ${r.object}${about(r)}`;
  const why = r.batch ? batchWords(r.batch) : 'it was not accepted';
  const { rest } = split(r.facts.filter((f) => f.role !== 'bool' || f.num !== 0), 2);
  const more = rest.length > 0 ? ` ${cap(joinAnd(rest.map((f) => clause(f))))}.` : '';
  return [`${style.pick([`${tried}, but ${why}.`, `That didn't work: ${why}.`, `${cap(why)}, I'm afraid.`])}${more}`];
}

function doneLines(r: Reading, style: Style): string[] {
  const { pick } = style;
  if (r.rejected) return rejectedLines(r, style);
  const pp = pastOf(r.verb);
  if (r.batch) return [`${pick([`I've ${pp} the ${r.object}`, `${cap(pp)} the ${r.object}`, `I sent the ${r.object} requests`])}${about(r)}: ${batchWords(r.batch)}.`];
  const { status, rest } = split(r.facts, style.facts);
  const q = about(r);
  const obj = `the ${r.object}`;
  const be = isPlural(r.object) ? 'are' : 'is';
  const out: string[] = [];
  let statusSaid = false;
  if (r.reference) {
    const ref = r.reference.value;
    const made = `${r.made} ${ref}`;
    const adj = status?.adjective === true;
    statusSaid = adj;
    out.push(
      pick([
        `${cap(adj && status ? statusOf(made, status) : `${made} has been ${pp}`)}${q && !adj ? q : ''}.`,
        `I've ${pp} ${obj}${q}. The ${r.reference.label} is ${ref}${adj && status ? `, and it is ${status.value}` : ''}.`,
        `${cap(pp)}${q}: your ${r.made} reference is ${ref}${adj && status ? `, currently ${status.value}` : ''}.`,
        `${cap(obj)} ${be} ${pp}${q}, reference ${ref}${adj && status ? `; it is ${status.value}` : ''}.`,
      ]),
    );
  } else {
    out.push(pick([`I've ${pp} ${obj}${q}.`, `${cap(obj)}${q} ${be} now ${pp}.`, `${cap(pp)} ${obj}${q}.`]));
  }
  const clauses = [...(status && !statusSaid ? [clause(status)] : []), ...rest.map((f) => clause(f))];
  if (clauses.length > 0) out.push(`${cap(joinAnd(clauses))}.`);
  return out;
}

function lookupLines(r: Reading, style: Style): string[] {
  const { pick } = style;
  const { status, rest } = split(r.facts, style.facts);
  if (r.batch) return [`${cap(batchWords(r.batch))}.`, ...(rest.length > 0 ? [`The first shows ${joinAnd(rest.map(phrase))}.`] : [])];
  const s = r.subject;
  const nps = rest.map(phrase);
  if (status) {
    const head = s && !s.place ? s.np : `the ${r.noun}${s?.place ? ` in ${s.np}` : ''}`;
    const tail = nps.length > 0 ? pick([`, with ${joinAnd(nps)}`, `; ${joinAnd(nps)}`]) : '';
    const line = statusOf(head, status);
    return [`${s && !s.place && !s.ours ? line : cap(line)}${tail}.`];
  }
  if (rest.length === 0) return [pick([`The ${r.noun} came back without details.`, `There's nothing to report on the ${r.noun}.`])];
  const [c1, ...cs] = rest.map((f) => clause(f));
  const forWho = s ? (s.place ? `In ${s.np}` : `For ${s.np}`) : '';
  const what = s ? (s.ours ? cap(s.np) : s.np) : '';
  return [
    pick([
      what ? `${what}: ${joinAnd(nps)}.` : `${cap(joinAnd(nps))}.`,
      forWho ? `${forWho}, ${c1}${cs.length > 0 ? `, and ${joinAnd(cs)}` : ''}.` : `${cap(c1)}${cs.length > 0 ? `; ${joinAnd(cs)}` : ''}.`,
      `The ${r.noun}${s ? ` ${s.place ? `in ${s.np}` : `for ${s.np}`}` : ''} shows ${joinAnd(nps)}.`,
      `${cap(c1)}.${cs.length > 0 ? ` ${cap(joinAnd(cs))}.` : ''}`,
    ]),
  ];
}

function failedLines(r: Reading, style: Style): string[] {
  const f = r.failure ?? { why: 'the service returned an error', fix: 'try again' };
  return [
    style.pick([
      `That didn't work: ${f.why}. Could you ${f.fix}?`,
      `I couldn't get the ${r.noun}: ${f.why}. Can you ${f.fix}?`,
      `The request failed because ${f.why}. If you ${f.fix}, I'll try again.`,
      `No luck, ${f.why}. Could you ${f.fix}?`,
      `Sorry, ${f.why}, so nothing came back. Would you ${f.fix}?`,
    ]),
  ];
}

function listLines(r: Reading, style: Style): string[] {
  const l = r.list as ListReading;
  if (l.shown === 0) {
    const q = about(r);
    return [
      style.pick([
        `I didn't find any ${l.many}${q}.`,
        `No ${l.many} came back${q}.`,
        `Nothing matched${q}: the search returned no ${l.many}.`,
        `There are no ${l.many}${q} right now.`,
      ]),
      style.pick(['Want me to try with other criteria?', 'We could widen the search if you like.', 'I can search again with different details.']),
    ];
  }
  const extra = r.facts.slice(0, 1).map((f) => `${cap(clause(f))}.`);
  return [countLine(r, l, style.pick), ...extra, ...bestLines(l, style)];
}

/** A call answered alone, in sentences. */
export function sentences(r: Reading, style: Style): string[] {
  switch (r.kind) {
    case 'failed':
      return failedLines(r, style);
    case 'list':
      return listLines(r, style);
    case 'done':
      return doneLines(r, style);
    case 'value':
      return [style.pick([`It comes to ${r.value}.`, `The answer is ${r.value}.`, `The result: ${r.value}.`])];
    default:
      return lookupLines(r, style);
  }
}

/** A call beside others, in one clause without a final stop: "3 hotels, the cheapest Station Lodge at $435.07". */
export function part(r: Reading, style: Style): string {
  switch (r.kind) {
    case 'failed':
      return `it failed, since ${(r.failure ?? { why: 'the service returned an error' }).why}`;
    case 'list': {
      const l = r.list as ListReading;
      if (l.shown === 0) return `no ${l.many}`;
      const c = count(l.total ?? l.shown, l.one, l.many);
      const first = l.items[0];
      const best = first ? sayItem(first, l.order === 'cheapest' ? 'price' : 'plain', 1) : '';
      const word = l.order === 'cheapest' ? 'the cheapest' : l.order === 'nearest' ? 'the nearest' : l.order === 'top' ? 'the best rated' : l.shown === 1 && l.total === undefined ? 'namely' : 'first';
      return best ? `${c}, ${word} ${best}` : c;
    }
    case 'done': {
      if (r.batch) return batchWords(r.batch);
      if (r.rejected) return 'not accepted';
      const { status, rest } = split(r.facts, 2);
      const pp = pastOf(r.verb);
      const more = rest.length > 0 ? ` (${rest.map(phrase).join(', ')})` : '';
      const who = r.reference ? `${r.made} ${r.reference.value}` : '';
      if (status) return `${who ? statusOf(who, status) : status.adjective ? `${pp} and ${status.value}` : `${pp}, ${status.label} ${status.value}`}${more}`;
      return `${who ? `${who} ${pp}` : pp}${more}`;
    }
    case 'value':
      return `${r.value}`;
    default: {
      if (r.batch) return batchWords(r.batch);
      const { status, rest } = split(r.facts, Math.min(style.facts, 3));
      const nps = rest.map(phrase);
      if (status) return `${phrase(status)}${nps.length > 0 ? `, with ${joinAnd(nps)}` : ''}`;
      return nps.length > 0 ? joinAnd(nps) : 'nothing to report';
    }
  }
}
