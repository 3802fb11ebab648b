/**
 * plan.*: the assistant's calls agree with the plan's hidden ground truth, BFCL-style: planned
 * steps in order, calls order-free inside a step (parallel calls), an integer accepted for a
 * number, strings compared without case, spacing or punctuation (BFCL's standardisation), an
 * optional argument left out when its default is meant (and a default stated when the plan
 * left it out). Arguments the plan takes from an earlier result (dependsOn) are the
 * category rule's to judge. Skipped without a plan.
 */
import type { PlannedCall } from '../../core/plan.js';
import type { ParsedCall, RuleContext } from './context.js';

type Schema = Record<string, unknown>;

const BFCL_PUNCT = /[\s,./\-_*^'"`]+/g;
function standard(s: string): string {
  return s.toLowerCase().replace(BFCL_PUNCT, '');
}

/** BFCL-style equality of an argument value with the planned one. */
export function sameValue(actual: unknown, planned: unknown, schema?: Schema): boolean {
  if (typeof planned === 'number' && typeof actual === 'number') return Math.abs(actual - planned) <= 1e-9 * Math.max(1, Math.abs(planned));
  if (typeof planned === 'string' && typeof actual === 'string') return standard(actual) === standard(planned);
  if (Array.isArray(planned)) {
    if (!Array.isArray(actual) || actual.length !== planned.length) return false;
    const items = schema && typeof schema.items === 'object' && !Array.isArray(schema.items) ? (schema.items as Schema) : undefined;
    return planned.every((p, i) => sameValue(actual[i], p, items));
  }
  if (planned !== null && typeof planned === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    return argDiffs(actual as Record<string, unknown>, planned as Record<string, unknown>, schema).length === 0;
  }
  return actual === planned;
}

function isDefault(schema: Schema | undefined, v: unknown): boolean {
  return schema !== undefined && 'default' in schema && sameValue(v, schema.default);
}

/** Differences between actual and planned arguments (empty: they agree). */
export function argDiffs(actual: Record<string, unknown>, planned: Readonly<Record<string, unknown>>, schema?: Schema, skip?: ReadonlySet<string>): string[] {
  const props = (schema && typeof schema.properties === 'object' ? schema.properties : {}) as Record<string, Schema>;
  const out: string[] = [];
  for (const k of Object.keys(planned)) {
    if (skip?.has(k)) continue;
    if (!(k in actual)) {
      if (!isDefault(props[k], planned[k])) out.push(`${k} missing (planned ${JSON.stringify(planned[k])})`);
    } else if (!sameValue(actual[k], planned[k], props[k])) {
      out.push(`${k} = ${JSON.stringify(actual[k])}, planned ${JSON.stringify(planned[k])}`);
    }
  }
  for (const k of Object.keys(actual)) {
    if (k in planned || skip?.has(k)) continue;
    if (!isDefault(props[k], actual[k])) out.push(`${k} = ${JSON.stringify(actual[k])} not planned`);
  }
  return out;
}

export interface Alignment {
  /** The actual call paired with each planned call (same tool), or undefined. */
  readonly pairs: readonly (ParsedCall | undefined)[];
  /** Actual calls paired with no planned call. */
  readonly extra: readonly ParsedCall[];
  /** Whether the steps have the planned shape (same number of steps, same calls per step). */
  readonly sameShape: boolean;
}

const alignments = new WeakMap<RuleContext, Alignment>();

function skipOf(pc: PlannedCall): ReadonlySet<string> | undefined {
  return pc.dependsOn ? new Set(Object.keys(pc.dependsOn)) : undefined;
}

function pairUp(planned: readonly { pc: PlannedCall; i: number }[], actual: readonly ParsedCall[], pairs: (ParsedCall | undefined)[], used: Set<ParsedCall>): void {
  // Exact agreement first, then the same tool, so parallel calls pair up order-free.
  for (const exact of [true, false]) {
    for (const { pc, i } of planned) {
      if (pairs[i]) continue;
      const hit = actual.find(
        (c) => !used.has(c) && c.name === pc.name && (!exact || (c.args !== undefined && argDiffs(c.args, pc.arguments, c.tool?.parameters, skipOf(pc)).length === 0)),
      );
      if (hit) {
        pairs[i] = hit;
        used.add(hit);
      }
    }
  }
}

/** Pair the plan's calls with the record's (cached per rule run). */
export function alignPlan(ctx: RuleContext, planned: readonly PlannedCall[]): Alignment {
  const hit = alignments.get(ctx);
  if (hit) return hit;
  const groups = new Map<string, { pc: PlannedCall; i: number; turn: number; step: number }[]>();
  planned.forEach((pc, i) => {
    const turn = pc.turn ?? 0;
    const step = pc.step ?? 0;
    const key = `${turn}\u0000${step}`;
    const g = groups.get(key) ?? [];
    g.push({ pc, i, turn, step });
    groups.set(key, g);
  });
  const ordered = [...groups.values()].sort((a, b) => a[0].turn - b[0].turn || a[0].step - b[0].step);
  const sameShape = ordered.length === ctx.steps.length && ordered.every((g, k) => g.length === ctx.steps[k].length);
  const pairs: (ParsedCall | undefined)[] = planned.map(() => undefined);
  const used = new Set<ParsedCall>();
  if (sameShape) ordered.forEach((g, k) => pairUp(g, ctx.steps[k], pairs, used));
  else pairUp(planned.map((pc, i) => ({ pc, i })), ctx.calls, pairs, used);
  const a: Alignment = { pairs, extra: ctx.calls.filter((c) => !used.has(c)), sameShape };
  alignments.set(ctx, a);
  return a;
}

export function checkPlan(ctx: RuleContext): void {
  const plan = ctx.plan;
  if (!plan) return;
  const a = alignPlan(ctx, plan.calls);
  if (!a.sameShape) {
    const shape = (xs: readonly number[]): string => `[${xs.join(', ')}]`;
    const planned = new Map<string, number>();
    for (const pc of plan.calls) planned.set(`${pc.turn ?? 0}/${pc.step ?? 0}`, (planned.get(`${pc.turn ?? 0}/${pc.step ?? 0}`) ?? 0) + 1);
    ctx.add(
      'plan.mismatch',
      `calls per step ${shape(ctx.steps.map((s) => s.length))}, planned ${shape([...planned.values()])}`,
      ctx.calls[0] ? { message: ctx.calls[0].message } : { message: ctx.users[0] ?? 0 },
    );
  }
  plan.calls.forEach((pc, i) => {
    const c = a.pairs[i];
    if (!c) {
      ctx.add('plan.mismatch', `planned call ${i} (${pc.name}) is not made`, ctx.calls[0] ? { message: ctx.calls[0].message } : {});
      return;
    }
    if (!c.args) return; // args.json says so
    const diffs = argDiffs(c.args, pc.arguments, c.tool?.parameters, skipOf(pc));
    if (diffs.length > 0) ctx.add('plan.arguments', `${c.name}: ${diffs.join('; ')}`, { message: c.message, call: c.call });
  });
  for (const c of a.extra) ctx.add('plan.mismatch', `call ${c.name} is not in the plan`, { message: c.message, call: c.call });
}
