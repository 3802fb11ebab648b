/**
 * consistency.*: one dialogue is one world. Tool results agree with the call that asked for
 * them (echo, filter, count), dates agree with the today the dialogue states (date), codes
 * are real and places agree (code, place), and the assistant keeps the system prompt's
 * confirmation rule (policy). Every rule reads only the record, so it works on third-party
 * data without a plan, and judges only what is unambiguous: a field whose name, description
 * or pattern says what it is, a today the dialogue states, a city the tables know.
 *
 * This file parses each call's result once and walks every object of the arguments (with
 * their schema) and of the results once, handing each field, by what its name may hold
 * (one cached lookup per name), to the per-object checks (codes, places, dates, counts);
 * the per-call checks (echo, filter, stamps, policy) read the pairs.
 */
import type { RuleContext } from './context.js';
import { NOT_JSON, textOf } from './context.js';
import { checkCodeKey, codeKeyOf, type CodeKey } from './consistency-code.js';
import { checkCountKey, countKeyOf } from './consistency-count.js';
import { checkDateKey, checkStamps, dateRoleOf, rangeStartsOf, type Role } from './consistency-date.js';
import { checkEchoes } from './consistency-echo.js';
import { checkFilters } from './consistency-filter.js';
import { checkFacts } from './consistency-fact.js';
import { cached, snake } from './consistency-names.js';
import { checkCityKey, cityKeyOf } from './consistency-place.js';
import { checkPolicy } from './consistency-policy.js';
import type { CallResult, Consistency, Obj, Schema, Site } from './consistency-site.js';
import { parseWhen, statedToday } from './consistency-when.js';

const MAX_NODES = 4000;

/** What a field's name makes it to each per-object check: one lookup per field. */
interface KeyInfo {
  readonly code: CodeKey;
  readonly city: string | undefined;
  readonly role: Role;
  readonly starts: readonly string[];
  readonly count: string | undefined;
}

const NOTHING: KeyInfo = { code: '', city: undefined, role: '', starts: [], count: undefined };

const keyInfo = cached((key: string): KeyInfo => {
  const k = snake(key);
  const info: KeyInfo = { code: codeKeyOf(k), city: cityKeyOf(k), role: dateRoleOf(k), starts: rangeStartsOf(key), count: countKeyOf(k) };
  return info.code === '' && info.city === undefined && info.role === '' && info.starts.length === 0 && info.count === undefined ? NOTHING : info;
});

/** The result in message `at` when it is an object that is no error (parsed once per record: RuleContext.json). */
function parseResult(ctx: RuleContext, at: number): Obj | undefined {
  const text = textOf(ctx.messages[at]);
  const t = text.trimStart();
  if (t[0] !== '{') return undefined;
  let v = ctx.json(at);
  // Leading white space JSON does not allow (a no-break space) is trimmed first, as before.
  if (v === NOT_JSON && t !== text) {
    try {
      v = JSON.parse(t) as unknown;
    } catch {
      return undefined;
    }
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const o = v as Obj;
  return o.error !== undefined && o.error !== null && o.error !== false ? undefined : o.errors !== undefined ? undefined : o;
}

function todayOf(ctx: RuleContext): string | undefined {
  for (let i = 0; i < ctx.messages.length; i++) {
    const m = ctx.messages[i];
    if (m.role !== 'system') continue;
    const t = statedToday(textOf(m));
    if (t) return t;
  }
  return undefined;
}

/** The per-object checks, each at most once per object. */
function visit(o: Obj, site: Site): void {
  let code = false;
  let city = false;
  let date = false;
  let count = !site.inResult;
  for (const key in o) {
    const info = keyInfo(key);
    if (info === NOTHING) continue;
    if (!code && info.code !== '') code = checkCodeKey(o, key, info.code, site);
    if (!city && info.city !== undefined) city = checkCityKey(o, key, info.city, site);
    if (!date && (info.role !== '' || info.starts.length > 0)) date = checkDateKey(o, key, info.role, info.starts, site);
    if (!count && info.count !== undefined) count = checkCountKey(o, key, info.count, site);
  }
}

/** Every object under `v` (arrays walked through), with its schema where there is one. */
function walk(v: unknown, site: Site, budget: { n: number }, depth: number): void {
  if (depth > 8 || budget.n-- <= 0 || v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) walk(x, site, budget, depth + 1);
    return;
  }
  const o = v as Obj;
  visit(o, site);
  for (const k in o) {
    const c = o[k];
    if (c === null || typeof c !== 'object') continue;
    const s = site.props?.[k];
    const inner = s === undefined ? undefined : ((Array.isArray(c) ? (s.items as Schema | undefined)?.properties : s.properties) as Record<string, Schema> | undefined);
    walk(c, inner === site.props ? site : { ...site, props: inner }, budget, depth + 1);
  }
}

export function checkConsistency(ctx: RuleContext): void {
  if (ctx.calls.length === 0) return;
  const todayText = todayOf(ctx);
  const pairs: CallResult[] = ctx.calls.map((call) => {
    const at = ctx.answers.get(call.id) ?? -1;
    return { call, at, result: at >= 0 ? parseResult(ctx, at) : undefined };
  });
  const cc: Consistency = { ctx, today: parseWhen(todayText), todayText, pairs };
  const budget = { n: MAX_NODES };
  for (const pair of pairs) {
    const params = pair.call.tool?.parameters as Schema | undefined;
    const props = params && typeof params.properties === 'object' ? (params.properties as Record<string, Schema>) : undefined;
    if (pair.call.args) walk(pair.call.args, { cc, pair, inResult: false, props }, budget, 0);
    if (pair.result) walk(pair.result, { cc, pair, inResult: true, props: undefined }, budget, 0);
    checkStamps(cc, pair);
    checkEchoes(cc, pair);
    checkFilters(cc, pair);
    checkFacts(cc, pair);
  }
  checkPolicy(cc);
}
