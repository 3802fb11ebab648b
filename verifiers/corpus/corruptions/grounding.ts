/**
 * Corruptions of where an argument value comes from (rules/grounding.ts): a value stated
 * nowhere; a number with another magnitude (x100) or one digit changed; a date whose day and
 * month are swapped (its digits are all said, apart); a relative date once the system prompt no
 * longer states today; and for every kind of implied value (core/plan.ts DERIVATION_KINDS) the
 * three ways a recorded derivation goes wrong: the user does not say the words the plan records,
 * the value is not the one the words give (the plan and the call agree on a wrong date for "next
 * Monday"), or the user's words name another value than the one sent (in a second-language
 * dialogue, the language's words for another day, and English words, which read as nothing there).
 */
import { DERIVATION_KINDS, type Derivation, type DerivationKind, type PlannedCall } from '../../../core/plan.js';
import type { Message } from '../../../core/record.js';
import { enumWays } from '../../../core/derive/enum-words.js';
import { datePhrasesIn, isLang } from '../../../core/derive/lang/read.js';
import { flagPhrases, flagValueOf } from '../../../core/derive/said-words.js';
import { callMessages, changeArgs, propsOf, type Assistant, type Corruption } from '../corruption.js';
import type { CorpusEntry, Obj } from '../entry.js';
import { READER_CORRUPTIONS } from './grounding-reader.js';

const UNGROUNDED: Corruption = {
  name: 'ungrounded value',
  expected: 'grounding.value',
  // A number out of the parameter's range (7919 as a latitude) breaks its schema too.
  also: ['plan.arguments', 'category.dependent-chain', 'category.clarification-invented', 'consistency.echo', 'category.parallel-coverage', 'args.schema'],
  apply: (e) =>
    changeArgs(e, (args, params) => {
      const props = propsOf(params);
      const k = Object.keys(args).find((x) => typeof args[x] === 'string' && props[x] && !props[x].pattern && !props[x].format && !props[x].enum);
      if (k) return { ...args, [k]: 'Zanzibar Quayside' };
      const n = Object.keys(args).find((x) => typeof args[x] === 'number');
      return n ? { ...args, [n]: 7919 } : undefined;
    }),
};

const has = (e: CorpusEntry, kind: DerivationKind): boolean => e.plan.calls.some((c) => Object.values(c.derivations ?? {}).some((d) => d.kind === kind));

/** The entry with the plan's calls as `f` makes them (the call and its index). */
function withPlanCalls(e: CorpusEntry, f: (c: PlannedCall, i: number) => PlannedCall): CorpusEntry {
  return { ...e, plan: { ...e.plan, calls: e.plan.calls.map(f) } };
}

/** The plan with the words of its derivations of `kind` replaced by other words of that kind, which the user does not say. */
function unsaid(e: CorpusEntry, kind: DerivationKind): CorpusEntry | undefined {
  const text = e.record.messages.filter((m) => m.role === 'user').map((m) => m.content).join(' ');
  let changed = false;
  const next = withPlanCalls(e, (c) => {
    if (!c.derivations) return c;
    const derivations = Object.fromEntries(
      Object.entries(c.derivations).map(([k, d]) => {
        const other = d.kind === kind ? otherWords(d, k, choicesOf(e, c.name, k), languageOf(e), e.plan.world.today) : undefined;
        if (other === undefined || text.includes(other)) return [k, d];
        changed = true;
        return [k, { ...d, said: other }];
      }),
    );
    return { ...c, derivations };
  });
  return changed ? next : undefined;
}

/** A value of the same shape that the words do not give: a day later, another code, one more. */
function wrongValue(v: unknown, d: Derivation, e: CorpusEntry, choices: readonly unknown[]): unknown {
  if (d.kind === 'nested' && d.parts && v !== null && typeof v === 'object') {
    // The first implied part changed, the rest kept.
    const [k, part] = Object.entries(d.parts)[0];
    const copy: Record<string, unknown> = Array.isArray(v) ? { ...v } : { ...(v as Obj) };
    copy[k] = wrongValue(copy[k], part, e, []);
    return Array.isArray(v) ? Object.values(copy) : copy;
  }
  if (typeof v === 'boolean') return !v;
  if (d.kind === 'enum-words') return choices.find((x) => x !== v);
  // A coordinate a degree off: another place than the centre named.
  if (d.kind === 'city-coordinates') return typeof v === 'number' ? v + 1 : typeof v === 'string' ? String(Number(v) + 1) : undefined;
  if (typeof v === 'number') return Math.round((v + 1) * 100) / 100;
  if (typeof v !== 'string') return undefined;
  const date = /^(\d{4}-\d{2}-\d{2})(.*)$/.exec(v);
  if (date) return `${new Date(Date.parse(`${date[1]}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)}${date[2]}`;
  if (d.kind === 'previous-result') {
    // Another item of the same list: in the result, but not the one the words pick.
    const text = e.record.messages.filter((m) => m.role === 'tool').map((m) => m.content).join(' ');
    const other = d.from ? [...text.matchAll(new RegExp(`"${d.from.split('.').pop()}":"([^"]+)"`, 'g'))].map((m) => m[1]).find((x) => x !== v) : undefined;
    return other ?? `${v}0`;
  }
  const other = OTHER_CODES[d.kind]?.find((x) => x !== v);
  return other ?? `${v.slice(0, -1)}${v.endsWith('9') ? '8' : '9'}`;
}

/** Real codes of each kind, to put a wrong one in place of the implied one. */
const OTHER_CODES: Partial<Record<DerivationKind, readonly string[]>> = {
  'city-airport': ['MAD', 'BCN'], 'city-timezone': ['Europe/Madrid', 'Europe/Rome'], 'city-currency': ['GBP', 'USD'], 'currency-code': ['GBP', 'USD'],
  'city-country': ['ES', 'FR'], 'country-code': ['ES', 'FR'], 'state-code': ['TX', 'UT'], 'language-code': ['fi', 'sv'], 'company-ticker': ['INTC', 'ORCL'],
  'cloud-region': ['us-east-1', 'eu-west-1'],
};

/** The plan and the record's calls with every value implied by `kind` changed to a wrong one. */
function wrongValues(e: CorpusEntry, kind: DerivationKind): CorpusEntry | undefined {
  const changed = new Map<number, Obj>();
  const next = withPlanCalls(e, (c, i) => {
    const args: Obj = { ...c.arguments };
    for (const [k, d] of Object.entries(c.derivations ?? {})) if (d.kind === kind) args[k] = wrongValue(args[k], d, e, choicesOf(e, c.name, k)) ?? args[k];
    if (JSON.stringify(args) === JSON.stringify(c.arguments)) return c;
    changed.set(i, args);
    return { ...c, arguments: args };
  });
  if (changed.size === 0) return undefined;
  // The record's calls are the plan's, in order (the corpus entries are well formed).
  const messages = structuredClone([...e.record.messages]) as Message[];
  let i = 0;
  for (const mi of callMessages(messages)) {
    const a = messages[mi] as Assistant;
    messages[mi] = {
      ...a,
      tool_calls: a.tool_calls!.map((c) => {
        const args = changed.get(i++);
        return args ? { ...c, function: { ...c.function, arguments: JSON.stringify(args) } } : c;
      }),
    };
  }
  return { ...next, record: { ...next.record, messages } };
}

const CITY_KINDS: ReadonlySet<DerivationKind> = new Set(['city-airport', 'city-timezone', 'city-currency', 'city-country', 'city-coordinates']);
/** The enum of parameter `key` of tool `name` in the record's tools, or none. */
function choicesOf(e: CorpusEntry, name: string, key: string): readonly unknown[] {
  const params = e.record.tools.find((t) => t.function.name === name)?.function.parameters as Obj | undefined;
  const choices = params && propsOf(params)[key]?.enum;
  return Array.isArray(choices) ? choices : [];
}

/** Another day in the words of second language `lang`: nine days on from today ("dentro de nueve días"). */
function otherDayIn(lang: string, today: string): string | undefined {
  if (!isLang(lang)) return undefined;
  const later = new Date(Date.parse(`${today}T00:00:00Z`) + 9 * 86_400_000).toISOString().slice(0, 10);
  return datePhrasesIn(lang, later, today, true)[0]?.text;
}

/**
 * Other words of the same kind, naming another value (`key` and `choices`: the parameter and its
 * enum); in a second-language record (`lang`), another day in that language.
 */
function otherWords(d: Derivation, key: string, choices: readonly unknown[], lang?: string, today?: string): string | undefined {
  if (d.kind === 'relative-date' && lang !== undefined && today !== undefined) return otherDayIn(lang, today);
  if (d.kind === 'flag-words') {
    // A phrase of the other list: the words now say the opposite of the value sent.
    const value = flagValueOf(key, d.said);
    const w = flagPhrases(key);
    return (value ? w.no : w.yes).find((p) => flagValueOf(key, p) === !value);
  }
  if (d.kind === 'enum-words') return choices.flatMap((c) => enumWays(String(c))).find((w) => w !== d.said) ?? 'in random order';
  if (d.kind === 'relative-date') return d.said.replace(/^.*?(?= at |$)/, 'in 9 days');
  if (CITY_KINDS.has(d.kind)) return d.said === 'Madrid' ? 'Seville' : 'Madrid';
  if (d.kind === 'unit-conversion') return d.said.replace(/^[\d.]+/, (n) => String(Number(n) + 2));
  if (d.kind === 'user-profile') return d.said === 'in my city' ? 'in my country' : 'in my city';
  if (d.kind === 'cloud-region') return d.said === 'Singapore' ? 'Ireland' : 'Singapore';
  if (d.kind === 'game-app') return d.said === 'Dota 2' ? 'Portal 2' : 'Dota 2';
  const other: Partial<Record<DerivationKind, string>> = {
    'country-code': 'Spain', 'state-code': 'Utah', 'language-code': 'Finnish', 'currency-code': 'pounds sterling', 'company-ticker': 'Intel', 'spelled-number': 'seventeen', 'previous-result': 'the second one',
  };
  return other[d.kind];
}

/** The dialogue's language a record's meta states (a second-language dialogue), or undefined. */
const languageOf = (e: CorpusEntry): string | undefined => (e.record.meta.plan as { language?: string } | undefined)?.language;

/**
 * The user's words for every value implied by `kind` replaced, in the user's messages and the
 * plan, by words naming another value: in the dialogue's language, or in English (`english`).
 */
function saidOtherwise(e: CorpusEntry, kind: DerivationKind, english = false): CorpusEntry | undefined {
  const swaps = new Map<string, string>();
  for (const c of e.plan.calls) {
    for (const [k, d] of Object.entries(c.derivations ?? {})) {
      const lang = english ? undefined : languageOf(e);
      const other = d.kind === kind ? otherWords(d, k, choicesOf(e, c.name, k), lang, e.plan.world.today) : undefined;
      if (other) swaps.set(d.said, other);
    }
  }
  if (swaps.size === 0) return undefined;
  const messages = e.record.messages.map((m) => {
    if (m.role !== 'user') return m;
    let content = m.content;
    for (const [from, to] of swaps) content = content.split(from).join(to);
    return { ...m, content };
  });
  if (JSON.stringify(messages) === JSON.stringify(e.record.messages)) return undefined;
  const plan = withPlanCalls(e, (c) =>
    c.derivations ? { ...c, derivations: Object.fromEntries(Object.entries(c.derivations).map(([k, d]) => [k, d.kind === kind ? { ...d, said: swaps.get(d.said) ?? d.said } : d])) } : c,
  ).plan;
  return { ...e, record: { ...e.record, messages }, plan };
}

/** A follow-up carries an earlier turn's value without saying so (its words may go unsaid); a nested value's words are its parts'. */
const SAID_OR_CARRIED: ReadonlySet<DerivationKind> = new Set(['previous-turn', 'nested']);

const IMPLIED: readonly Corruption[] = DERIVATION_KINDS.flatMap((kind): Corruption[] => [
  ...(SAID_OR_CARRIED.has(kind)
    ? []
    : [{ name: `implied ${kind} whose recorded words are not said`, expected: 'grounding.value', apply: (e: CorpusEntry) => (has(e, kind) ? unsaid(e, kind) : undefined) } satisfies Corruption]),
  {
    name: `implied ${kind} that does not follow`,
    expected: 'grounding.value',
    also: ['consistency.echo', 'consistency.filter', 'consistency.place', 'category.dependent-chain'],
    apply: (e) => (has(e, kind) ? wrongValues(e, kind) : undefined),
  },
  ...(SAID_OR_CARRIED.has(kind) ? [] : [{ name: `implied ${kind} said another way`, expected: 'grounding.value', apply: (e: CorpusEntry) => (has(e, kind) ? saidOtherwise(e, kind) : undefined) } satisfies Corruption]),
]);

/** An English phrase in a second-language dialogue reads as nothing there, whatever it would give in English. */
const ENGLISH_IN_LANGUAGE: Corruption = {
  name: 'implied relative-date said in English in a second-language dialogue',
  expected: 'grounding.value',
  apply: (e) => (languageOf(e) !== undefined && has(e, 'relative-date') ? saidOtherwise(e, 'relative-date', true) : undefined),
};

export const GROUNDING_CORRUPTIONS: readonly Corruption[] = [UNGROUNDED, ...READER_CORRUPTIONS, ...IMPLIED, ENGLISH_IN_LANGUAGE];
