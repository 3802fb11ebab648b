/**
 * One call's reading (read.ts) in sentences: a list as its count and its best few, a lookup
 * as the facts asked about what was asked, a change as what was done with the reference to
 * keep, a failure as what was wrong and what to do. `sentences` words a call answered alone;
 * `part` words it in one sentence beside others (parallel calls, a chain's first step).
 */
import type { Pick } from '../text.js';
import { clause, phrase } from './fact-words.js';
import { waitingStatus, type Fact } from './fact.js';
import type { Item, ListReading } from './list-reading.js';
import type { Reading } from './read.js';
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

// Wording banks: only the picked one is built. `c` is a count ("3 hotels"), `q` what it is about (" in Perth").
type Line<A> = readonly ((a: A) => string)[];
interface Counted {
  readonly c: string;
  readonly q: string;
  readonly n: number;
}
const COUNT_TOTAL: Line<Counted> = [
  (a) => `There are ${a.c}${a.q}; this page lists ${a.n}.`,
  (a) => `${cap(a.c)} match${a.q}, and I got the first ${a.n === 1 ? 'one' : a.n} back.`,
  (a) => `The search${a.q} has ${a.c} in all.`,
];
const COUNT: Line<Counted> = [
  (a) => `I found ${a.c}${a.q}.`,
  (a) => `There ${a.n === 1 ? 'is' : 'are'} ${a.c}${a.q}.`,
  (a) => `${cap(a.c)} came back${a.q}.`,
  (a) => `The search${a.q} returned ${a.c}.`,
  (a) => `${cap(a.c)}${a.q}.`,
  (a) => `Your search${a.q} turned up ${a.c}.`,
  (a) => (a.q ? `Looking${a.q}, I see ${a.c}.` : `I see ${a.c}.`),
  (a) => `I've got ${a.c}${a.q}.`,
];

/** The count sentence of a list. */
function countLine(r: Reading, l: ListReading, pick: Pick): string {
  const q = about(r);
  const n = l.shown;
  if (l.total !== undefined) return pick(COUNT_TOTAL)({ c: count(l.total, l.one, l.many), q, n });
  return pick(COUNT)({ c: count(n, l.one, l.many), q, n });
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
  const then = others.length === 0 ? [] : [pick(THEN)(others)];
  if (l.shown === 1 && l.total === undefined) return [pick(ONLY)(one)];
  if (l.order === 'listed' && style.bullets && l.items.length > 1) return [`The first ${l.items.length}:\n${l.items.map((it) => `- ${sayItem(it, lead, n)}`).join('\n')}`];
  return [pick(BEST[l.order])({ one, by: l.by ?? '' }), ...then];
}

const THEN: Line<readonly string[]> = [
  (o) => `After that come${o.length === 1 ? 's' : ''} ${joinAnd(o)}.`,
  (o) => `Next: ${joinAnd(o)}.`,
  (o) => `The others are ${joinAnd(o)}.`,
  (o) => `${cap(joinAnd(o))} follow${o.length === 1 ? 's' : ''}.`,
];
const ONLY: Line<string> = [(o) => `It's ${o}.`, (o) => `That's ${o}.`, (o) => `The one result is ${o}.`];
const BEST: Readonly<Record<ListReading['order'], Line<{ readonly one: string; readonly by: string }>>> = {
  cheapest: [(a) => `The cheapest is ${a.one}.`, (a) => `${cap(a.one)} is the cheapest.`, (a) => `Lowest price: ${a.one}.`],
  nearest: [(a) => `The nearest is ${a.one}.`, (a) => `Closest to you: ${a.one}.`, (a) => `${cap(a.one)} is the nearest.`],
  top: [(a) => `The best rated is ${a.one}.`, (a) => `Top rated: ${a.one}.`, (a) => `${cap(a.one)} has the best rating.`],
  sorted: [(a) => `Sorted by ${a.by}, the first is ${a.one}.`, (a) => `By ${a.by}, ${a.one} comes first.`, (a) => `First by ${a.by}: ${a.one}.`],
  listed: [(a) => `The first is ${a.one}.`, (a) => `First up: ${a.one}.`, (a) => `${cap(a.one)} is at the top.`, (a) => `Top of the list: ${a.one}.`],
};

/** Up to `n` facts of a reading, the status apart (said as "is pending"). */
function split(facts: readonly Fact[], n: number): { status?: Fact; rest: Fact[] } {
  // Only a status that leads (the entity's own) is said first; a side state stays among the facts.
  const status = facts[0]?.role === 'status' ? facts[0] : undefined;
  const rest = facts.filter((f) => f !== status).slice(0, status ? n - 1 : n);
  return { ...(status ? { status } : {}), rest };
}

/** "Refund WXJ0Z2R6 is pending" / "GOOGL's market state is post". */
function statusOf(who: string, status: Fact): string {
  if (HAS.test(status.value)) return `${who} has ${status.value}`;
  return status.adjective ? `${who} is ${status.value}` : `the ${status.label} for ${who} is ${status.value}`;
}

/** Statuses said with "has": "it has departed", not "it is departed". */
const HAS = /^(departed|arrived|landed|left|started|ended|finished|expired|lapsed|failed|shipped|begun|closed down)$/;

const isPlural = (words: string): boolean => {
  const w = words.split(' ').pop() ?? '';
  return /s$/.test(w) && singularOf(w) !== w;
};

/** "all 4 went through", "both went through", "3 of the 4 went through", "neither went through". */
export function batchWords(b: NonNullable<Reading['batch']>): string {
  const why = b.error && b.ok < b.total ? ` (the error was “${b.error}”)` : '';
  const who = b.failed ? `, ${b.failed} among them` : '';
  if (b.total === 1) return b.ok === 1 ? 'the request went through' : `the request${b.failed ? ` for ${b.failed}` : ''} did not go through${why}`;
  if (b.ok === b.total) return b.total === 2 ? 'both requests went through' : `all ${spelled(b.total)} requests went through`;
  if (b.ok === 0) return b.total === 2 ? `neither request went through${why}` : `none of the ${spelled(b.total)} requests went through${why}`;
  return `${spelled(b.ok)} of the ${spelled(b.total)} requests went through and ${spelled(b.total - b.ok)} failed${who}${why}`;
}

const REJECTED: Line<{ readonly tried: string; readonly why: string }> = [(a) => `${a.tried}, but ${a.why}.`, (a) => `That didn't work: ${a.why}.`, (a) => `${cap(a.why)}, I'm afraid.`];

/** A change the service turned down: what was tried, and that it did not take. */
function rejectedLines(r: Reading, style: Style): string[] {
  const verb = r.verb === 'apply' ? 'apply for' : r.verb;
  const tried = `I tried to ${verb} the ${r.object}${about(r)}`;
  const why = r.batch ? batchWords(r.batch) : 'it was not accepted';
  const { rest } = split(r.facts.filter((f) => f.role !== 'bool' || f.num !== 0), 2);
  const more = rest.length > 0 ? ` ${cap(joinAnd(rest.map((f) => clause(f))))}.` : '';
  return [`${style.pick(REJECTED)({ tried, why })}${more}`];
}

const BATCH_DONE: Line<{ readonly pp: string; readonly obj: string }> = [(a) => `I've ${a.pp} the ${a.obj}`, (a) => `${cap(a.pp)} the ${a.obj}`, (a) => `I sent the ${a.obj} requests`];
interface Made {
  readonly r: Reading;
  readonly ref: Fact;
  readonly pp: string;
  readonly q: string;
  readonly obj: string;
  readonly be: string;
  /** Said with the reference when it reads after "is" ("pending"). */
  readonly status: Fact | undefined;
}
const MADE: Line<Made> = [
  (a) => `${cap(a.status ? statusOf(`${a.r.made} ${a.ref.value}`, a.status) : `${a.r.made} ${a.ref.value} has been ${a.pp}${a.q}`)}.`,
  (a) => `I've ${a.pp} ${a.obj}${a.q}. The ${a.ref.label} is ${a.ref.value}${a.status ? `, and it is ${a.status.value}` : ''}.`,
  (a) => `${cap(a.pp)}${a.q}: your ${a.r.made} reference is ${a.ref.value}${a.status ? `, currently ${a.status.value}` : ''}.`,
  (a) => `${cap(a.obj)} ${a.be} ${a.pp}${a.q}, reference ${a.ref.value}${a.status ? `; it is ${a.status.value}` : ''}.`,
];
const DONE: Line<{ readonly pp: string; readonly q: string; readonly obj: string; readonly be: string }> = [
  (a) => `I've ${a.pp} ${a.obj}${a.q}.`,
  (a) => `${cap(a.obj)}${a.q} ${a.be} now ${a.pp}.`,
  (a) => `${cap(a.pp)} ${a.obj}${a.q}.`,
];

/** An act not carried out yet: where it stands, never "booked" or "sent". */
interface Waiting {
  readonly r: Reading;
  readonly ref: Fact;
  readonly q: string;
  readonly status: Fact;
}
const WAITING_MADE: Line<Waiting> = [
  (a) => `${cap(statusOf(`${a.r.made} ${a.ref.value}`, a.status))}.`,
  (a) => `The ${a.r.object}${a.q} is not final yet: it is ${a.status.value}. The ${a.ref.label} is ${a.ref.value}.`,
  (a) => `The request for the ${a.r.object}${a.q} is in (reference ${a.ref.value}); for now it is ${a.status.value}.`,
];
const WAITING_DONE: Line<{ readonly obj: string; readonly q: string; readonly status: Fact }> = [
  (a) => `The ${a.obj}${a.q} is ${a.status.value} for now.`,
  (a) => `Not final yet: the ${a.obj}${a.q} is ${a.status.value}.`,
];

function doneLines(r: Reading, style: Style): string[] {
  const { pick } = style;
  if (r.rejected) return rejectedLines(r, style);
  const waiting = r.batch ? undefined : waitingStatus(r.facts);
  if (waiting) {
    const { rest } = split(r.facts, style.facts);
    const q = about(r);
    const head = r.reference
      ? pick(WAITING_MADE)({ r, ref: r.reference, q, status: waiting })
      : pick(WAITING_DONE)({ obj: r.object, q, status: waiting });
    return rest.length > 0 ? [head, `${cap(joinAnd(rest.map((f) => clause(f))))}.`] : [head];
  }
  const pp = pastOf(r.verb);
  if (r.batch) return [`${pick(BATCH_DONE)({ pp, obj: r.object })}${about(r)}: ${batchWords(r.batch)}.`];
  const { status, rest } = split(r.facts, style.facts);
  const q = about(r);
  const obj = `the ${r.object}`;
  const be = isPlural(r.object) ? 'are' : 'is';
  const out: string[] = [];
  let statusSaid = false;
  if (r.reference) {
    const adj = status?.adjective === true;
    statusSaid = adj;
    out.push(pick(MADE)({ r, ref: r.reference, pp, q, obj, be, status: adj ? status : undefined }));
  } else {
    out.push(pick(DONE)({ pp, q, obj, be }));
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
    const tail = nps.length > 0 ? `${pick(TAIL)}${joinAnd(nps)}` : '';
    // "The triage level is consult GP", not "the symptom's triage level".
    const line = !s && !status.adjective ? `the ${status.label} is ${status.value}` : statusOf(head, status);
    // A bare value keeps its case ("pi_7xp3 is pending"); our own words take a capital.
    return [`${s && !s.place && !s.ours && line.startsWith(s.np) ? line : cap(line)}${tail}.`];
  }
  if (rest.length === 0) return [pick(BARE)(r.noun)];
  return [pick(LOOKUP)({ r, rest, nps })];
}

const TAIL = [', with ', '; '];
const BARE: Line<string> = [(n) => `The ${n} came back without details.`, (n) => `There's nothing to report on the ${n}.`];
interface Looked {
  readonly r: Reading;
  readonly rest: readonly Fact[];
  readonly nps: readonly string[];
}
/** "For X, the a is b, and the c is d." and its relatives. */
function clauses(a: Looked, lead: string, join: string): string {
  const [c1, ...cs] = a.rest.map((f) => clause(f));
  return `${lead ? `${lead}, ${c1}` : cap(c1)}${cs.length > 0 ? `${join}${joinAnd(cs)}` : ''}.`;
}
const LOOKUP: Line<Looked> = [
  (a) => (a.r.subject ? `${a.r.subject.ours ? cap(a.r.subject.np) : a.r.subject.np}: ${joinAnd(a.nps)}.` : `${cap(joinAnd(a.nps))}.`),
  (a) => clauses(a, a.r.subject ? `${a.r.subject.place ? 'In' : 'For'} ${a.r.subject.np}` : '', a.r.subject ? ', and ' : '; '),
  (a) => {
    const s = a.r.subject;
    return s?.named ? `${s.np} shows ${joinAnd(a.nps)}.` : `The ${a.r.noun}${s ? ` ${s.place ? 'in' : 'for'} ${s.np}` : ''} shows ${joinAnd(a.nps)}.`;
  },
  (a) => {
    const [c1, ...cs] = a.rest.map((f) => clause(f));
    return `${cap(c1)}.${cs.length > 0 ? ` ${cap(joinAnd(cs))}.` : ''}`;
  },
];

const FAILED: Line<{ readonly noun: string; readonly why: string; readonly fix: string }> = [
  (a) => `That didn't work: ${a.why}. Could you ${a.fix}?`,
  (a) => `I couldn't get the ${a.noun}: ${a.why}. Can you ${a.fix}?`,
  (a) => `The request failed because ${a.why}. If you ${a.fix}, I'll try again.`,
  (a) => `No luck, ${a.why}. Could you ${a.fix}?`,
  (a) => `Sorry, ${a.why}, so nothing came back. Would you ${a.fix}?`,
];

function failedLines(r: Reading, style: Style): string[] {
  const f = r.failure ?? { why: 'the service returned an error', fix: 'try again' };
  return [style.pick(FAILED)({ noun: r.noun, why: f.why, fix: f.fix })];
}

const NONE_FOUND: Line<{ readonly many: string; readonly q: string }> = [
  (a) => `I didn't find any ${a.many}${a.q}.`,
  (a) => `No ${a.many} came back${a.q}.`,
  (a) => `Nothing matched${a.q}: the search returned no ${a.many}.`,
  (a) => `There are no ${a.many}${a.q} right now.`,
];
const RETRY = ['Want me to try with other criteria?', 'We could widen the search if you like.', 'I can search again with different details.'];

function listLines(r: Reading, style: Style): string[] {
  const l = r.list as ListReading;
  if (l.shown === 0) {
    const q = about(r);
    return [style.pick(NONE_FOUND)({ many: l.many, q }), style.pick(RETRY)];
  }
  // The fact is about the whole answer (a quote's valid_until beside its options): "it is valid until Sunday", not "the valid until is valid until Sunday".
  const extra = r.facts.slice(0, 1).map((f) => `${cap(clause(f, r.subject?.ours ? r.subject.np : 'it'))}.`);
  return [countLine(r, l, style.pick), ...extra, ...bestLines(l, style)];
}

const VALUE: Line<string> = [(v) => `It comes to ${v}.`, (v) => `The answer is ${v}.`, (v) => `The result: ${v}.`];

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
      return [style.pick(VALUE)(r.value ?? '')];
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
