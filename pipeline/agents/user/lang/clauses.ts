/**
 * A call's arguments as the clauses of a second-language request: each said by its sayer
 * (say.ts) in one of the language's templates, fields of an options object as details of their
 * own, changes as "el título a ...", pairs together ("en 48.85, 2.35"), values the plan has the
 * user name by a city or a company in those words, values the plan has the user imply in the
 * language's own words (say-implied.ts: "el próximo lunes", "tres noches", "de mi cuenta"),
 * and the rest in a natural order (what,
 * where, when, how many, options, text, flags). Without `pick` the same walk is a dry run that
 * says whether every argument can be said (the language choice uses it), consuming no draws.
 */
import type { ApiSpec } from '../../../../api-pool/types.js';
import type { Derivation, PlannedCall } from '../../../../core/plan.js';
import type { Rng } from '../../../../core/rng.js';
import type { Schema } from '../../../values/schema.js';
import { snake } from '../../../values/kinds.js';
import type { Pick } from '../../text.js';
import type { UserGrammar } from './grammar.js';
import { andWord, before, counted, pp } from './morph.js';
import { keptSaid } from './plan-words.js';
import { RANK, type Say } from './say-kind.js';
import { dayTemplate, valueTemplate, type ImpliedWords } from './say-implied.js';
import { sayerOf } from './say.js';
import type { Case, Det, Lang } from './types.js';

type Obj = Record<string, unknown>;

/** Picks among templates, or takes the first one in a dry run. */
type Choose = <T>(items: readonly T[]) => T;
const first: Choose = (items) => items[0];

const N_SLOT = /\{N:([^:}]*):([a-z]+)(?::([a-z,]+))?\}/g;

/** The case a German count takes after the preposition before it ("mit 3 Zimmern", "für 3 Gäste"). */
const countCase = (tpl: string): Case => (/\b(mit|von|zu|bei|aus|nach|seit)\b/.test(tpl.slice(0, tpl.indexOf('{#}'))) ? 'dat' : 'acc');

/** A template filled in: the value, the field's noun with its preposition and determiner, a count, a code's name. */
function fill(lang: Lang, tpl: string, text: string, say: Say, raw: unknown): string | undefined {
  if (!say.noun && (tpl.includes('{N:') || tpl.includes('{#}'))) return undefined;
  const many = Array.isArray(raw) && raw.length > 1;
  let out = tpl;
  if (say.noun) {
    const n = say.noun;
    out = out.replace(N_SLOT, (_m, prep: string, det: string, flags?: string) => {
      const f = flags ?? '';
      const c: Case = f.includes('dat') ? 'dat' : f.includes('nom') ? 'nom' : 'acc';
      return pp(lang, prep, n, det as Det, many || f.includes('pl'), c);
    });
    if (out.includes('{#}')) out = out.replace('{#}', () => counted(lang, text, n, countCase(tpl)));
  }
  if (say.code) out = out.replace('{K}', say.code);
  // French "de" and "que" elide before a value that starts with a vowel ("d'Oslo").
  const m = lang === 'fr' ? /\b(de|que) \{v\}/.exec(out) : null;
  if (m) return out.slice(0, m.index) + before(lang, m[1], text) + out.slice(m.index + m[0].length);
  // Italian articles elide before a number read with a vowel ("l'8/3", "dall'11/5", "all'8%").
  if (lang === 'it' && /^(8|11)(\D|$)/.test(text)) out = out.replace(/\b(il|dal|al|del|nel) \{v\}/, (_m, a: string) => `${a === 'il' ? 'l' : `${a}l`}'{v}`);
  // Portuguese cities said with their article ("no Porto", "do Rio de Janeiro").
  if (lang === 'pt' && PT_ARTICLE_CITIES.has(text)) out = out.replace(/\b(em|de|a|por|para) \{v\}/, (_m, p: string) => `${PT_CITY_FUSE[p] ?? p} {v}`);
  return out.replace('{v}', () => text);
}

/** Cities Portuguese names with the article (masculine), and how a preposition fuses with it. */
const PT_ARTICLE_CITIES: ReadonlySet<string> = new Set(['Porto', 'Rio de Janeiro', 'Cairo', 'Recife']);
const PT_CITY_FUSE: Readonly<Record<string, string>> = { em: 'no', de: 'do', a: 'ao', por: 'pelo', para: 'para o' };

/**
 * Whether each argument of `args` (but `skip`) has a way to be said: a sayer, and for a plain
 * value a wording of it and a clause to put it in. No template is filled (so a few values that
 * pass may still fail when said); a free-text field (a title, a message body) fails here, which
 * keeps most items the language cannot write from being written halfway first.
 */
export function maySay(api: ApiSpec, args: Readonly<Obj>, lang: Lang, g: UserGrammar, skip?: ReadonlySet<string>, schema: Schema = api.parameters as Schema, parent = ''): boolean {
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  for (const k in args) {
    if (skip?.has(k) || PAIRED.test(k)) continue;
    const say = sayerOf(api, k, props[k], parent, lang, g);
    if (!say) return false;
    const v = args[k];
    if (say.fields || say.changes) {
      if (!v || typeof v !== 'object' || Array.isArray(v) || !maySay(api, v as Obj, lang, g, undefined, props[k] ?? {}, parent === '' ? k : `${parent}.${k}`)) return false;
    } else if (!say.flag && (say.value(v) ?? say.or?.value(v)) === undefined) return false;
    else if (!say.flag && !g.clauses[say.value(v) === undefined ? (say.or?.key ?? say.key) : say.key]) return false;
  }
  return true;
}
/** Keys said in a pair (coordinates, a name, a car), which partsOf says together. */
const PAIRED = /^(lat|latitude|lon|lng|long|longitude|first_name|given_name|firstname|last_name|surname|family_name|lastname|make|model)$/;

/** One argument as a clause, or undefined when it cannot be said. */
function clauseOf(lang: Lang, g: UserGrammar, say: Say, v: unknown, choose: Choose): string | undefined {
  if (say.flag) return typeof v === 'boolean' ? choose(v ? say.flag.yes : say.flag.no) : undefined;
  let key = say.key;
  let text = say.value(v);
  if (text === undefined && say.or) {
    key = say.or.key;
    text = say.or.value(v);
  }
  const tpls = g.clauses[key];
  if (text === undefined || !tpls || tpls.length === 0) return undefined;
  const usable = say.noun ? tpls : tpls.filter((t) => !t.includes('{N:') && !t.includes('{#}'));
  return usable.length === 0 ? undefined : fill(lang, choose(usable), text, say, v);
}

/** Pairs said as one clause: [first key, second key, clause key]. */
const PAIRS: readonly (readonly [RegExp, RegExp, string])[] = [
  [/^(lat|latitude)$/, /^(lon|lng|long|longitude)$/, 'coords'],
  [/^(first_name|given_name|firstname)$/, /^(last_name|surname|family_name|lastname)$/, 'person'],
  [/^make$/, /^model$/, 'car'],
];

/** Words the plan has the user say for a value: a name said as the value is (`ref` false), or a reference to an earlier one. */
export interface Words {
  readonly text: string;
  readonly ref: boolean;
}

/**
 * Implied values in the language's words: which words the writer of the turns has the user say
 * for a top-level key (given its clause and value), and what it learns once they are said.
 */
export interface Implier {
  readonly words: (key: string, say: Say, v: unknown) => ImpliedWords | undefined;
  readonly said: (key: string, d: Derivation) => void;
}

/** How a month or a year said relative to today is led in, on its own ("para el mes que viene"). */
const PERIOD_LEAD: Readonly<Record<Lang, string>> = { es: 'para', fr: 'pour', de: 'für', pt: 'para', it: 'per' };

/** The clause of an implied value in the language's words, or undefined when no template of its clause takes them. */
function impliedClause(lang: Lang, g: UserGrammar, say: Say, w: ImpliedWords, v: unknown, choose: Choose): string | undefined {
  const text = w.derivation.said;
  switch (w.placing) {
    case 'alone': return text;
    case 'period': return `${PERIOD_LEAD[lang]} ${text}`;
    case 'value': {
      const tpls = (g.clauses[say.key] ?? []).map((t) => valueTemplate(lang, w.derivation.kind, t, text));
      return clauseOf(lang, { ...g, clauses: { ...g.clauses, [say.key]: tpls } }, { ...say, value: () => text, or: undefined }, v, choose);
    }
    default: {
      const shape = w.placing;
      const tpls = (g.clauses[say.key] ?? []).map((t) => dayTemplate(lang, t, shape, text)).filter((t): t is string => t !== undefined && (say.noun !== undefined || !t.includes('{N:')));
      return tpls.length === 0 ? undefined : fill(lang, choose(tpls), text, say, v);
    }
  }
}

interface Part {
  readonly rank: number;
  readonly text: string;
}

/**
 * The clauses of `args` (but `skip`) of `api` under `parent`, or undefined when one cannot be
 * said. `words` gives the words the plan has the user say for a top-level key instead of its
 * value (a company for its ticker, "el primero" for a value of the last result).
 */
function partsOf(api: ApiSpec, args: Readonly<Obj>, schema: Schema, parent: string, lang: Lang, g: UserGrammar, choose: Choose, skip?: ReadonlySet<string>, words?: (key: string) => Words | undefined, implier?: Implier): Part[] | undefined {
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  const out: Part[] = [];
  const done = new Set<string>();
  const keys = Object.keys(args).filter((k) => !skip?.has(k));
  for (const [ra, rb, key] of PAIRS) {
    const a = keys.find((k) => ra.test(snake(k)));
    const b = keys.find((k) => rb.test(snake(k)));
    if (!a || !b || words?.(a) !== undefined || words?.(b) !== undefined) continue;
    const tpls = g.clauses[key];
    if (!tpls) return undefined;
    out.push({ rank: key === 'person' ? RANK.people : key === 'car' ? RANK.what : RANK.place, text: choose(tpls).replace('{v}', () => `${args[a]}${key === 'coords' ? ',' : ''} ${args[b]}`) });
    done.add(a).add(b);
  }
  for (const k of keys) {
    if (done.has(k)) continue;
    const say = sayerOf(api, k, props[k], parent, lang, g);
    if (!say) return undefined;
    const v = args[k];
    const said = words?.(k);
    if (said?.ref) {
      // A value of an earlier result or turn, by what it is: "para el primero", "con la misma cuenta".
      out.push({ rank: say.rank, text: choose(g.refLead).replace('{r}', () => said.text) });
      continue;
    }
    if (said !== undefined) {
      const tpls = g.clauses[say.key];
      if (!tpls) return undefined;
      const plain = tpls.filter((x) => !x.includes('{#}'));
      const t = fill(lang, choose(plain.length > 0 ? plain : tpls), said.text, say, v);
      if (t === undefined) return undefined;
      out.push({ rank: say.rank, text: t });
      continue;
    }
    const imp = implier?.words(k, say, v);
    const it = imp && impliedClause(lang, g, say, imp, v, choose);
    if (imp && it !== undefined) {
      implier?.said(k, imp.derivation);
      out.push({ rank: say.rank, text: it });
      continue;
    }
    if (say.fields || say.changes) {
      if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
      const path = parent === '' ? k : `${parent}.${k}`;
      const inner = partsOf(api, v as Obj, props[k] ?? {}, path, lang, g, choose);
      if (!inner) return undefined;
      if (say.fields) {
        for (const p of inner) out.push({ rank: RANK.option, text: p.text });
        continue;
      }
      const changed = changesOf(api, v as Obj, props[k] ?? {}, path, lang, g, choose);
      const tpls = g.clauses.changes;
      if (changed === undefined || !tpls) return undefined;
      out.push({ rank: RANK.what, text: choose(tpls).replace('{v}', () => changed) });
      continue;
    }
    const t = clauseOf(lang, g, say, v, choose);
    if (t === undefined) return undefined;
    out.push({ rank: say.rank, text: t });
  }
  return out;
}

/** An update's fields: "el título a "X" y la ubicación a "Y"" (a yes/no field by its phrase). */
function changesOf(api: ApiSpec, o: Obj, schema: Schema, path: string, lang: Lang, g: UserGrammar, choose: Choose): string | undefined {
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  const tpls = g.clauses.change;
  if (!tpls) return undefined;
  const parts: string[] = [];
  for (const f of Object.keys(o)) {
    const say = sayerOf(api, f, props[f], path, lang, g);
    if (!say || say.fields || say.changes) return undefined;
    if (say.flag) {
      const t = clauseOf(lang, g, say, o[f], choose);
      if (t === undefined) return undefined;
      parts.push(t);
      continue;
    }
    const text = say.value(o[f]) ?? say.or?.value(o[f]);
    const t = text === undefined || !say.noun ? undefined : fill(lang, choose(tpls), text, say, o[f]);
    if (t === undefined) return undefined;
    parts.push(t);
  }
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} ${andWord(lang, parts[parts.length - 1])} ${parts[parts.length - 1]}`;
}

/**
 * The clauses of a call's arguments (but `skip`) in order, with some variation when `rng`
 * is given; undefined when the language cannot say one of them. Without `pick`, a dry run.
 */
export function clausesIn(api: ApiSpec, args: Readonly<Obj>, lang: Lang, g: UserGrammar, pick?: Pick, rng?: Rng, skip?: ReadonlySet<string>, call?: PlannedCall, refs?: (key: string) => string | undefined, implier?: Implier): string[] | undefined {
  const choose: Choose = pick ?? first;
  const words = (key: string): Words | undefined => {
    const r = refs?.(key);
    if (r !== undefined) return { text: r, ref: true };
    const k = keptSaid(call, key);
    return k === undefined ? undefined : { text: k, ref: false };
  };
  const parts = partsOf(api, args, api.parameters as Schema, '', lang, g, choose, skip, words, implier);
  if (!parts) return undefined;
  const out = parts.sort((x, y) => x.rank - y.rank).map((p) => p.text);
  // People do not always say things in the same order (what, where, when, how many: not the options and flags after them).
  const from = parts.filter((p) => p.rank < 0).length;
  const to = parts.filter((p) => p.rank < RANK.option).length;
  if (rng && to - from >= 2 && rng.next() < 0.3) {
    const i = rng.int(from, to - 2);
    [out[i], out[i + 1]] = [out[i + 1], out[i]];
  }
  return out;
}

/** One argument as a clause (a follow-up that changes it, the detail given when asked), or undefined. */
export function clauseIn(api: ApiSpec, key: string, v: unknown, lang: Lang, g: UserGrammar, pick?: Pick, call?: PlannedCall, implier?: Implier): string | undefined {
  return clausesIn(api, { [key]: v }, lang, g, pick, undefined, undefined, call, undefined, implier)?.[0];
}

/** The value of `key` as said, without its lead words ("Lyon", "4/12/2026", a flag's phrase), or undefined. */
export function valueIn(api: ApiSpec, key: string, v: unknown, lang: Lang, g: UserGrammar, pick?: Pick): string | undefined {
  const say = sayerOf(api, key, (api.parameters.properties as Record<string, Schema>)[key], '', lang, g);
  if (!say || say.fields || say.changes) return undefined;
  if (say.flag) return clauseOf(lang, g, say, v, pick ?? first);
  return say.value(v) ?? say.or?.value(v);
}

/** Several values of one detail in one clause ("en Lyon, Oslo y Roma"), or undefined. */
export function groupIn(api: ApiSpec, key: string, values: readonly unknown[], lang: Lang, g: UserGrammar, pick?: Pick): string | undefined {
  const say = sayerOf(api, key, (api.parameters.properties as Record<string, Schema>)[key], '', lang, g);
  if (!say || say.flag || say.fields || say.changes || say.or) return undefined;
  const each = values.map((x) => say.value(x));
  if (each.some((x) => x === undefined)) return undefined;
  const tpls = (g.clauses[say.key] ?? []).filter((t) => !t.includes('{#}'));
  if (tpls.length === 0) return undefined;
  const all = each as string[];
  const text = `${all.slice(0, -1).join(', ')} ${andWord(lang, all[all.length - 1])} ${all[all.length - 1]}`;
  return fill(lang, (pick ?? first)(tpls), text, say, values);
}

/** Clauses that run on after a short one without a comma: they open with a preposition of place or time. */
const FLOWS: Readonly<Record<Lang, RegExp>> = {
  es: /^(a|al|de|del|desde|en|para|por|hasta|hacia|sobre|entre|cerca|el|antes)\s/,
  fr: /^(à|au|aux|de|du|des|d'|depuis|en|pour|par|jusqu|vers|sur|entre|près|le|avant|dans)[\s']/,
  de: /^(ab|am|an|auf|aus|bei|bis|für|im|in|nach|über|um|unter|vom|von|vor|zum|zur|zu)\s/,
  pt: /^(a|ao|à|de|do|da|desde|em|no|na|para|por|pelo|pela|até|sobre|entre|perto|antes)\s/,
  it: /^(a|al|alla|da|dal|dalla|di|del|della|in|nel|nella|per|su|sul|fino|verso|tra|vicino|entro|il|prima)\s/,
};

/** Clauses joined as a sentence joins them: short ones run on, the last of three or more after "y". */
export function joinIn(lang: Lang, parts: readonly string[], pick?: Pick): string {
  if (parts.length === 0) return '';
  let s = parts[0];
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i];
    const prev = parts[i - 1];
    const short = prev.length < 40 && !prev.includes(',') && !/["']$/.test(prev) && p.length < 40;
    if (short && i < 3 && FLOWS[lang].test(p)) s += ` ${p}`;
    else if (i === parts.length - 1 && parts.length >= 3 && (pick ? pick([true, false]) : true)) s += ` ${andWord(lang, p)} ${p}`;
    else s += `, ${p}`;
  }
  return s;
}
