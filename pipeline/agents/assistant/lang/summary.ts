/**
 * One call's reading (assistant/read.ts) in a second language's sentences: a list as its count
 * and its best few, a lookup as the facts asked about, a change as what was done with the
 * reference to keep, a failure as what was wrong and what to check. The same shapes as the
 * English answer (assistant/summary.ts); only facts the language can name are said.
 */
import type { ApiSpec } from '../../../../api-pool/types.js';
import type { Pick } from '../../text.js';
import { labelOf } from '../../user/speaker.js';
import { nounFor, sameThing } from '../../user/lang/nouns.js';
import { np, pp, counted } from '../../user/lang/morph.js';
import type { Asking } from '../../user/lang/topic.js';
import type { Noun, Verb } from '../../user/lang/types.js';
import type { Fact } from '../fact.js';
import type { Item, ListReading } from '../list-reading.js';
import type { Reading } from '../read.js';
import { bareDate, sayDate, singularOf, type Today } from '../words.js';
import { factIn, quotedIfEnglish, type Ctx, type Said } from './facts.js';
import { number, readWhen } from './format.js';

/** What the sentences of one call are written with. */
export interface SceneIn {
  readonly c: Ctx;
  readonly api: ApiSpec | undefined;
  readonly asking: Asking | undefined;
  readonly verb: Verb | undefined;
  readonly today: Today;
  readonly pick: Pick;
  /** Facts to say about one thing (2 to 4). */
  readonly facts: number;
  readonly bullets: boolean;
}

/** The call's arguments and result, for a failure said by what was wrong with which value. */
export interface CallIn {
  readonly args: Readonly<Record<string, unknown>>;
  readonly result: unknown;
}

const said = (s: SceneIn, facts: readonly Fact[]): Said[] => facts.map((f) => factIn(s.c, f)).filter((x): x is Said => x !== undefined);

/** What the call was about: " en Lyon", " para el pedido 8812", or "". */
function subjectOf(r: Reading, s: SceneIn): { readonly np: string; readonly place: boolean; readonly noun?: Noun; readonly value?: string } | undefined {
  const sub = r.subject;
  if (!sub) return undefined;
  const text = sub.np.replace(/[“”]/g, '"');
  if (!sub.ours) return { np: text, place: sub.place };
  // "policy SHN565": its words in the language, then the value.
  const sp = text.lastIndexOf(' ');
  const noun = sp > 0 ? nounFor(s.c.lang, text.slice(0, sp), s.c.domain) : undefined;
  const value = text.slice(sp + 1);
  return noun ? { np: `${np(s.c.lang, noun, 'def', false, 'acc')} ${value}`, place: false, noun, value } : { np: value, place: false };
}
const about = (r: Reading, s: SceneIn): string => {
  const sub = subjectOf(r, s);
  return sub ? s.c.g.about(sub.np, sub.place) : '';
};

/** The tool's object with its article ("la póliza de seguro"), after the verb's preposition. */
function objectNp(s: SceneIn): string | undefined {
  const a = s.asking;
  return a && pp(s.c.lang, s.verb?.prep ?? '', a.noun, 'def', a.plural, 'acc');
}

/** The noun a list's items are: the list's own word, else what the tool searches, else results. */
function itemsNoun(l: ListReading, s: SceneIn): Noun | undefined {
  const countable = (n: Noun | undefined): Noun | undefined => (n && n.singularOnly !== true && n.pluralOnly !== true ? n : undefined);
  const own = countable(nounFor(s.c.lang, singularOf(l.many), s.c.domain));
  if (own && !/^(entries|results)$/.test(l.many)) return own;
  return (s.asking?.search ? countable(s.asking.noun) : undefined) ?? own ?? nounFor(s.c.lang, 'result');
}

/** An item's name: as the result has it, but an identifier after English words ("player 9OFPU7X0") after the language's noun, or alone. */
function nameOf(name: string, s: SceneIn): string {
  const m = /^([a-z]+(?: [a-z]+)*) (\S*\d\S*)$/.exec(name);
  // English words ("A year of home energy savings", "fuel system") are a title quoted, not the answer's own words.
  if (!m) return quotedIfEnglish(name);
  const noun = nounFor(s.c.lang, m[1], s.c.domain);
  return noun ? `${noun.sg} ${m[2]}` : m[2];
}

function sayItem(item: Item, cheapest: boolean, n: number, s: SceneIn): string {
  const it = { name: nameOf(item.name, s), facts: item.facts };
  const facts = said(s, it.facts).slice(0, n);
  if (it.name === '') return facts.length > 0 ? s.c.g.unnamed(s.c.g.and(facts.map((f) => f.phrase))) : '';
  const money = cheapest && it.facts[0]?.role === 'money' ? factIn(s.c, it.facts[0]) : undefined;
  if (money) return s.c.g.priced(it.name, money.phrase.slice(money.phrase.indexOf(': ') + 2), facts.slice(1).map((f) => f.phrase).join(', '));
  return facts.length > 0 ? `${it.name} (${facts.map((f) => f.phrase).join(', ')})` : it.name;
}

function listLines(r: Reading, s: SceneIn): string[] {
  const { g } = s.c;
  const { pick } = s;
  const l = r.list as ListReading;
  const noun = itemsNoun(l, s);
  const q = about(r, s);
  if (!noun) return [pick(g.value)(number(l.shown, s.c.seps, 0))];
  if (l.shown === 0) return [pick(g.none)(noun.pl, q), pick(g.retry)];
  const total = l.total ?? l.shown;
  const c = counted(s.c.lang, number(total, s.c.seps, 0), noun);
  const out = [l.total !== undefined ? pick(g.countTotal)(c, q, number(l.shown, s.c.seps, 0)) : pick(g.count)(c, q)];
  const extra = said(s, r.facts.slice(0, 1));
  if (extra.length > 0) out.push(`${g.cap(extra[0].clause)}.`);
  const cheapest = l.order === 'cheapest';
  const items = l.items.map((it, i) => sayItem(it, cheapest, i === 0 ? Math.max(1, s.facts - 1) : 1, s)).filter((x) => x !== '');
  if (items.length === 0) return out;
  if (l.shown === 1 && l.total === undefined) return [...out, pick(g.only)(items[0])];
  if (l.order === 'listed' && s.bullets && items.length > 1) return [...out, `${g.firstN(items.length)}\n${items.map((x) => `- ${x}`).join('\n')}`];
  const order = l.order === 'sorted' ? 'listed' : l.order;
  out.push(pick(g.best[order])(items[0], ''));
  if (items.length > 1) out.push(pick(g.then)(g.and(items.slice(1)), items.length - 1));
  return out;
}

function lookupLines(r: Reading, s: SceneIn): string[] {
  const { g } = s.c;
  if (r.batch) {
    const rest = said(s, r.facts).slice(0, 2);
    return [`${g.cap(g.batch(r.batch.ok, r.batch.total))}.`, ...(rest.length > 0 ? [`${g.cap(g.and(rest.map((f) => f.clause)))}.`] : [])];
  }
  const facts = said(s, r.facts).slice(0, s.facts);
  const sub = subjectOf(r, s);
  if (facts.length === 0) return [s.pick(g.bare)(sub?.np ?? (s.asking ? np(s.c.lang, s.asking.noun, 'def', s.asking.plural, 'nom') : ''))];
  const [first, ...rest] = facts.map((f) => f.clause);
  return [s.pick(g.lookup)(sub ? g.lead(sub.np, sub.place) : '', first, g.and(rest))];
}

function doneLines(r: Reading, s: SceneIn): string[] {
  const { g } = s.c;
  const { pick } = s;
  const sub = subjectOf(r, s);
  // The thing done by its id: "la solicitud 8812", not "la solicitud de la solicitud 8812".
  const same = sub?.noun && s.asking && !s.asking.plural && sameThing(s.c.lang, s.asking.noun, sub.noun);
  const obj = same ? `${objectNp(s)} ${sub.value}` : objectNp(s);
  const q = same ? '' : about(r, s);
  if (!obj || !s.verb) return [pick(g.value)(r.reference?.value ?? '')];
  if (r.rejected) return [pick(g.rejected)(s.verb.inf, obj, q, r.batch ? g.batch(r.batch.ok, r.batch.total) : g.notAccepted)];
  if (r.batch) return [`${g.cap(pick(g.done)(s.verb.done, obj, q).replace(/\.$/, ''))}: ${g.batch(r.batch.ok, r.batch.total)}.`];
  const out = [r.reference ? pick(g.made)(s.verb.done, obj, q, r.reference.value) : pick(g.done)(s.verb.done, obj, q)];
  const facts = said(s, r.facts).slice(0, s.facts);
  if (facts.length > 0) out.push(`${g.cap(g.and(facts.map((f) => f.clause)))}.`);
  return out;
}

/** Why the call failed and what to check, from the error's code and parameter. */
export function failureIn(s: SceneIn, call: CallIn): { readonly why: string; readonly fix: string } {
  const { g, lang } = s.c;
  const result = call.result;
  const e = result && typeof result === 'object' ? (result as Record<string, unknown>).error : undefined;
  const err = e && typeof e === 'object' ? (e as Record<string, unknown>) : undefined;
  const param = typeof err?.param === 'string' ? err.param : undefined;
  const label = param ? nounFor(lang, labelOf(param), s.c.domain) : undefined;
  const raw = param !== undefined ? call.args[param] : undefined;
  let value = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : undefined;
  if (typeof raw === 'string' && /^\d{4}-\d\d-\d\d/.test(raw)) {
    const w = readWhen(bareDate(sayDate(raw, s.today, /T\d/.test(raw)) ?? ''));
    value = w ? g.when(w, s.c.year).bare : undefined;
  }
  const code = String(err?.code ?? '');
  const thing = s.asking?.noun;
  if (/NOT_FOUND/i.test(code) || err?.status === 404) return g.notFound(thing && np(lang, thing, 'no'), label && np(lang, label, 'def', false, 'dat'), value, label && np(lang, label, 'def'));
  if (/INVALID|BAD_REQUEST/i.test(code) || err?.status === 400) return g.invalid(label?.sg, label && np(lang, label, 'def'), value);
  if (/UNAVAILABLE/i.test(code) || err?.status === 503) return g.unavailable;
  return g.otherError;
}

/** A call answered alone, in sentences. */
export function sentencesIn(r: Reading, s: SceneIn, call: CallIn): string[] {
  switch (r.kind) {
    case 'failed': {
      const f = failureIn(s, call);
      return [s.pick(s.c.g.failed)(f.why, f.fix)];
    }
    case 'list':
      return listLines(r, s);
    case 'done':
      return doneLines(r, s);
    case 'value':
      return [s.pick(s.c.g.value)(r.value !== undefined && /^-?[\d,]+(\.\d+)?$/.test(r.value) ? number(Number(r.value.replace(/,/g, '')), s.c.seps) : (r.value ?? ''))];
    default:
      return lookupLines(r, s);
  }
}

/** A call beside others, in one clause: "3 hoteles, la opción más barata ...", "ha fallado, porque ...". */
export function partIn(r: Reading, s: SceneIn, call: CallIn): string {
  const { g } = s.c;
  switch (r.kind) {
    case 'failed':
      return g.partFailed(failureIn(s, call).why);
    case 'list': {
      const l = r.list as ListReading;
      const noun = itemsNoun(l, s);
      if (!noun) return number(l.shown, s.c.seps, 0);
      if (l.shown === 0) return np(s.c.lang, noun, 'no');
      const c = counted(s.c.lang, number(l.total ?? l.shown, s.c.seps, 0), noun);
      const first = l.items[0] ? sayItem(l.items[0], l.order === 'cheapest', 1, s) : '';
      return g.partList(c, first || undefined, l.order === 'cheapest');
    }
    case 'done':
      // A change turned down (accepted: false) is said as such, never as done.
      return r.batch ? g.batch(r.batch.ok, r.batch.total) : r.rejected ? g.notAccepted : g.partDone(r.reference?.value);
    case 'value':
      return r.value ?? '';
    default: {
      if (r.batch) return g.batch(r.batch.ok, r.batch.total);
      const facts = said(s, r.facts).slice(0, Math.min(s.facts, 3));
      return facts.length > 0 ? g.and(facts.map((f) => f.clause)) : g.partNothing;
    }
  }
}
