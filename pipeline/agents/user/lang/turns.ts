/**
 * Every user turn of a plan in a second language (the English user's userTurns, user/offline.ts,
 * for the categories a second language covers): a first request, the missing detail when asked,
 * follow-ups that refer to the last result ("para el primero"), two steps in one request,
 * several at once, a need no tool here meets. Values from earlier results and turns are referred
 * to in the language, and the words used are returned so the record's plan carries them.
 */
import type { ApiSpec, ToolPool } from '../../../../api-pool/types.js';
import type { Derivation, ItemPlan, PlannedCall } from '../../../../core/plan.js';
import { Rng as SeededRng, subSeed, type Rng } from '../../../../core/rng.js';
import { normalise } from '../../../../verifiers/rules/normalise.js';
import { generateObject } from '../../../values/values.js';
import type { Pick } from '../../text.js';
import { intentOf } from '../intent.js';
import { labelOf } from '../speaker.js';
import { clauseIn, clausesIn, groupIn, valueIn, type Implier } from './clauses.js';
import { ARGS, type UserGrammar, type VP } from './grammar.js';
import { np } from './morph.js';
import { nounFor } from './nouns.js';
import { REWORDED, SAME_WORDS, type Reworded } from './plan-words.js';
import { impliedWords } from './say-implied.js';
import { dressedIn, framedIn, requestIn, tailIn, tidyIn, type SceneIn } from './request.js';
import { askingOf, vpOf } from './topic.js';
import type { Lang } from './types.js';
import { singularOf } from '../words.js';

type Obj = Record<string, unknown>;

export interface TurnsIn {
  readonly texts: readonly string[];
  /** Irrelevance: the hidden tool (the assistant names what it lacks). */
  readonly hidden?: { readonly api: ApiSpec; readonly args: Obj };
  /** The derivations said in the language's words (values of earlier results and turns, implied values), by call index and key. */
  readonly reworded: Reworded;
}

const CHANGES = new Set(['create', 'update', 'delete', 'send', 'schedule', 'track']);
const sceneOf = (api: ApiSpec): SceneIn => ({ domain: api.domain, writes: CHANGES.has(intentOf(api).cls) });

function apiIn(pool: ToolPool, name: string): ApiSpec {
  const api = pool.byName.get(name);
  if (!api) throw new Error(`userTurnsIn: tool ${name} of the plan is not in the pool`);
  return api;
}

/** The arguments of the hidden tool an irrelevance item's user names (the same draw as the English user's). */
export const hiddenArgs = (plan: ItemPlan, api: ApiSpec): Obj =>
  generateObject(api.parameters, new SeededRng(subSeed(plan.seed, 'irrelevance-args')), { optionalRate: 0.4, world: plan.world, api }) as Obj;

/** One user's turns in a second language; `pick`/`rng` undefined for a dry run that only says whether they can be written. */
class Writer {
  readonly #words = new Map<number, Map<string, Derivation>>();
  constructor(
    private readonly g: UserGrammar,
    private readonly plan: ItemPlan,
    private readonly pool: ToolPool,
    private readonly pick: Pick,
    private readonly rng: Rng,
  ) {}

  get lang(): Lang {
    return this.g.lang;
  }

  get reworded(): Reworded {
    return this.#words;
  }

  #record(i: number, key: string, d: Derivation): void {
    let m = this.#words.get(i);
    if (!m) this.#words.set(i, (m = new Map()));
    m.set(key, d);
  }

  /** "la misma cuenta": the words for the value of `key` an earlier turn had, or undefined when the language has no noun for it. */
  #same(key: string): string | undefined {
    const noun = nounFor(this.lang, labelOf(key).replace(/^(from|to|in|on|at|for|by|of|with) /, '').replace(/ (id|ids|code|number|no|ref)$/, ''));
    return noun && np(this.lang, noun, 'same', noun.pluralOnly === true);
  }

  /** Words for `key` of call `i` the plan has the user say instead of the value: "la misma cuenta". */
  #refs(c: PlannedCall, i: number) {
    return (key: string): string | undefined => {
      const d = c.derivations?.[key];
      if (d?.kind !== 'previous-turn') return undefined;
      const said = this.#same(key);
      if (said !== undefined) this.#record(i, key, { ...d, said });
      return said;
    };
  }

  /** The language's words for the values of call `i` the plan has the user imply (say-implied.ts), recorded once said. */
  #implier(c: PlannedCall, i: number): Implier {
    return {
      words: (key, say, v) => {
        const d = c.derivations?.[key];
        return d && !SAME_WORDS.has(d.kind) && !REWORDED.has(d.kind) ? impliedWords(this.lang, d, v, this.plan.world.today, say, this.pick) : undefined;
      },
      said: (key, d) => this.#record(i, key, d),
    };
  }

  /**
   * A follow-up keeps the values of earlier turns it does not mention ("¿y en Oslo?"): each one the
   * plan has the user carry over is recorded by the words the language names it with ("la misma
   * cuenta", as the English plan has "the same account"), when it has a noun for it.
   */
  carryOver(): void {
    this.plan.calls.forEach((c, i) => {
      for (const [key, d] of Object.entries(c.derivations ?? {})) {
        if (d.kind !== 'previous-turn' || this.#words.get(i)?.has(key)) continue;
        const said = this.#same(key);
        if (said !== undefined) this.#record(i, key, { ...d, said });
      }
    });
  }

  /** Call `i` shares the details said once for call 0 ("el tiempo en Lyon, Oslo y Roma mañana"): the same words for the same implied values. */
  saidAsFirst(i: number): void {
    const c = this.plan.calls[i];
    for (const [key, d] of this.#words.get(0) ?? []) {
      if (c.derivations?.[key]?.kind === d.kind && JSON.stringify(c.arguments[key]) === JSON.stringify(this.plan.calls[0].arguments[key])) this.#record(i, key, d);
    }
  }

  /** Call `i`'s argument `key` as a clause (a follow-up that changes it), implied in the plan's way when it is. */
  clause(i: number, key: string): string | undefined {
    const c = this.plan.calls[i];
    return clauseIn(apiIn(this.pool, c.name), key, c.arguments[key], this.lang, this.g, this.pick, c, this.#implier(c, i));
  }

  /** The details of call `i` (but `skip`), or undefined. */
  clauses(i: number, skip?: ReadonlySet<string>, extra: readonly string[] = []): string[] | undefined {
    const c = this.plan.calls[i];
    const parts = clausesIn(apiIn(this.pool, c.name), c.arguments, this.lang, this.g, this.pick, this.rng, skip, c, this.#refs(c, i), this.#implier(c, i));
    return parts && [...extra, ...parts];
  }

  /** How the value of `key` of call `i` taken from the result `field` is referred to: "para el primero". */
  reference(i: number, key: string, field: string, justReturned: boolean): string {
    const parts = field.split('.');
    const at = parts.findIndex((p) => /^\d+$/.test(p));
    const domain = apiIn(this.pool, this.plan.calls[i].name).domain;
    const said = at > 0
      ? this.pick(this.g.firstOne(nounFor(this.lang, singularOf(labelOf(parts[at - 1])), domain)))
      : this.pick(this.g.thatOne(nounFor(this.lang, labelOf(parts[parts.length - 1]).replace(/ ?\b(id|ids|number|code|ref|reference|sid|uuid)$/, ''), domain), justReturned));
    const d = this.plan.calls[i].derivations?.[key];
    if (d?.kind === 'previous-result') this.#record(i, key, { ...d, said });
    return this.pick(this.g.refLead).replace('{r}', () => said);
  }

  /** A verb phrase for call `i` around `args`. */
  vp(i: number, args: string): VP | undefined {
    const a = askingOf(apiIn(this.pool, this.plan.calls[i].name), this.lang);
    return a && vpOf(this.lang, a, this.pick(a.verbs), args, this.pick);
  }

  /** The first request for call `i` (without `skip`). */
  request(i: number, skip?: ReadonlySet<string>): string | undefined {
    const api = apiIn(this.pool, this.plan.calls[i].name);
    const a = askingOf(api, this.lang);
    const parts = this.clauses(i, skip);
    return a && parts && requestIn(this.g, a, parts, sceneOf(api), this.pick, this.rng);
  }
}

/** A run of two or three words said twice in a row once ("las tareas del curso del curso X" -> "las tareas del curso X"). */
const REPEAT = /(?<!\p{L})(\p{L}+ \p{L}+(?: \p{L}+)?) \1(?!\p{L})/gu;
/** Whether two or three words come twice in a row somewhere (a word-by-word look before the costly pattern). */
function repeats(s: string): boolean {
  const w = s.split(' ');
  for (let i = 0; i + 3 < w.length; i++) if (w[i] === w[i + 2] && w[i + 1] === w[i + 3]) return true;
  for (let i = 0; i + 5 < w.length; i++) if (w[i] === w[i + 3] && w[i + 1] === w[i + 4] && w[i + 2] === w[i + 5]) return true;
  return false;
}
const unrepeated = (s: string): string => (repeats(s) ? s.replace(REPEAT, '$1') : s);

/** Keys of a call the user does not state: values from results, and the withheld one. */
function unstated(c: PlannedCall, withheld?: string): Set<string> {
  const s = new Set(Object.keys(c.dependsOn ?? {}));
  if (withheld !== undefined) s.add(withheld);
  return s;
}

/** Every user turn of `plan` in `g`'s language, or undefined when one cannot be written in it. */
export function userTurnsIn(plan: ItemPlan, pool: ToolPool, g: UserGrammar, rng: Rng, pick: Pick): TurnsIn | undefined {
  const w = new Writer(g, plan, pool, pick, rng);
  const calls = plan.calls;
  const done = (texts: (string | undefined)[], hidden?: TurnsIn['hidden']): TurnsIn | undefined => {
    if (!texts.every((t) => t !== undefined)) return undefined;
    w.carryOver();
    return { texts: (texts as string[]).map(unrepeated), reworded: w.reworded, ...(hidden ? { hidden } : {}) };
  };
  switch (plan.category) {
    case 'irrelevance': {
      const api = apiIn(pool, plan.targets[0]);
      const a = askingOf(api, g.lang);
      const args = hiddenArgs(plan, api);
      const parts = clausesIn(api, args, g.lang, g, pick, rng);
      if (!a || !parts) return undefined;
      const text = framedIn(g, pick(g.unmet)(vpOf(g.lang, a, pick(a.verbs), ARGS, pick)), tailIn(g.lang, parts.slice(0, rng.int(0, 2)), pick), rng);
      return done([dressedIn(g, text, sceneOf(api), pick, rng)], { api, args });
    }
    case 'clarification': {
      const wh = plan.withheld as NonNullable<ItemPlan['withheld']>;
      const c = calls[wh.call];
      const api = apiIn(pool, c.name);
      const first = w.request(wh.call, unstated(c, wh.argument));
      const clause = clauseIn(api, wh.argument, c.arguments[wh.argument], g.lang, g, pick, c);
      const bare = valueIn(api, wh.argument, c.arguments[wh.argument], g.lang, g, pick);
      if (first === undefined || clause === undefined || bare === undefined) return undefined;
      let answer = tidyIn(pick(g.giveMissing)(clause, bare));
      // The answer to the question is checked word for word (category.clarification-invented, no
      // derivations): a value the language rewords (a date, a code's name) is given as it is.
      const raw = c.arguments[wh.argument];
      if (typeof raw === 'string' && !normalise(answer).includes(normalise(raw))) answer = tidyIn(pick(g.giveMissing)(raw, raw));
      return done([first, answer === first ? `${answer}${pick(g.again)}` : answer]);
    }
    case 'dependent': {
      const [c0, c1] = calls;
      const [key, src] = Object.entries(c1.dependsOn ?? {})[0] ?? [];
      const p0 = w.clauses(0, unstated(c0));
      const ref = key && src ? w.reference(1, key, src.field, false) : undefined;
      const p1 = w.clauses(1, unstated(c1), ref ? [ref] : []);
      const v0 = p0 && w.vp(0, tailIn(g.lang, p0, pick));
      const v1 = p1 && w.vp(1, tailIn(g.lang, p1, pick));
      if (!v0 || !v1) return undefined;
      return done([dressedIn(g, tidyIn(pick(g.dependent)(v0, v1)), sceneOf(apiIn(pool, c0.name)), pick, rng)]);
    }
    case 'multi-turn': {
      const texts: (string | undefined)[] = [w.request(0, unstated(calls[0]))];
      for (let i = 1; i < calls.length; i++) {
        let t = followUp(w, g, plan, pool, i, pick);
        for (let tries = 0; tries < 3 && t !== undefined && texts.includes(t); tries++) t = followUp(w, g, plan, pool, i, pick);
        texts.push(t !== undefined && texts.includes(t) ? `${t}${pick(g.again)}` : t);
      }
      return done(texts);
    }
    default: {
      if (calls.length === 1) return done([w.request(0, unstated(calls[0]))]);
      return done([batch(w, g, plan, pool, pick, rng)]);
    }
  }
}

/** The follow-up turn asking for call `i` (multi-turn). */
function followUp(w: Writer, g: UserGrammar, plan: ItemPlan, pool: ToolPool, i: number, pick: Pick): string | undefined {
  const c = plan.calls[i];
  const prev = plan.calls[i - 1];
  const fresh = Object.entries(c.dependsOn ?? {}).filter(([k]) => !(prev.name === c.name && prev.dependsOn?.[k]));
  if (fresh.length > 0) {
    const [key, src] = fresh[0];
    const parts = w.clauses(i, unstated(c), [w.reference(i, key, src.field, true)]);
    const vp = parts && w.vp(i, tailIn(g.lang, parts, pick));
    return vp && tidyIn(pick(g.followDep)(vp));
  }
  if (prev.name === c.name) {
    const changed = Object.keys(c.arguments).filter((k) => JSON.stringify(c.arguments[k]) !== JSON.stringify(prev.arguments[k]));
    if (changed.length === 1 && Object.keys(c.arguments).length === Object.keys(prev.arguments).length) {
      const clause = w.clause(i, changed[0]);
      return clause && tidyIn(pick(g.followVary)(clause));
    }
  }
  const parts = w.clauses(i, unstated(c));
  const vp = parts && w.vp(i, tailIn(g.lang, parts, pick));
  return vp && tidyIn(pick(g.followNew)(vp));
}

/** Several calls in one request: one tool over several values of one detail, or each call its own phrase. */
function batch(w: Writer, g: UserGrammar, plan: ItemPlan, pool: ToolPool, pick: Pick, rng: Rng): string | undefined {
  const calls = plan.calls;
  const api = apiIn(pool, calls[0].name);
  const grouped = groupedIn(w, g, plan, pool, pick);
  if (grouped !== undefined) return dressedIn(g, grouped, sceneOf(api), pick, rng);
  const vps: VP[] = [];
  for (let i = 0; i < calls.length; i++) {
    const parts = w.clauses(i, unstated(calls[i]));
    const vp = parts && w.vp(i, tailIn(g.lang, parts, pick));
    if (!vp) return undefined;
    vps.push(vp);
  }
  return dressedIn(g, tidyIn(pick(g.many)(vps)), sceneOf(api), pick, rng);
}

/** Calls of one tool that differ in one scalar detail: "el tiempo en Lyon, Oslo y Roma". */
function groupedIn(w: Writer, g: UserGrammar, plan: ItemPlan, pool: ToolPool, pick: Pick): string | undefined {
  const calls = plan.calls;
  const first = calls[0].arguments;
  const keys = Object.keys(first);
  let varying: string | undefined;
  for (const c of calls) {
    if (c.name !== calls[0].name || Object.keys(c.arguments).length !== keys.length || c.dependsOn) return undefined;
    for (const k of keys) {
      if (!(k in c.arguments)) return undefined;
      const v = c.arguments[k];
      if (JSON.stringify(v) === JSON.stringify(first[k])) continue;
      if (typeof v === 'object' || (varying !== undefined && varying !== k)) return undefined;
      varying = k;
    }
  }
  if (varying === undefined) return undefined;
  const api = apiIn(pool, calls[0].name);
  const vk = varying;
  const group = groupIn(api, vk, calls.map((c) => c.arguments[vk]), g.lang, g, pick);
  const shared = w.clauses(0, new Set([vk]));
  const vp = group !== undefined && shared ? w.vp(0, tailIn(g.lang, [group, ...shared], pick)) : undefined;
  if (!vp || typeof first[vk] === 'boolean') return undefined;
  for (let i = 1; i < calls.length; i++) w.saidAsFirst(i);
  return tidyIn(pick(g.grouped)(vp));
}
