/**
 * Dependent: a chain of two calls where the second takes an argument from the first's result.
 *
 * Dependent values: a call that takes an argument from an earlier call's result carries
 * `dependsOn: {param: {call, field}}` AND the concrete value in its `arguments`. The planner
 * computes that value with the offline tool agent (`offlineToolResult`), which is a pure
 * function of the tool name and the canonical JSON of the arguments; so the value equals
 * what the tool agent returns for the earlier call at `field`, in the offline simulation and
 * in the LLM backend (which answers calls with the same agent) alike.
 */
import type { PlannedCall, ValueSource } from '../../core/plan.js';
import { subSeed } from '../../core/rng.js';
import { callMoment, type CallPlace } from '../agents/tool/clock.js';
import { offlineToolResult, valueAt } from '../agents/tool/offline.js';
import type { Schema } from '../values/values.js';
import { argsFor, call, inSchemaOrder } from './arguments.js';
import { finishShown } from './distractors.js';
import { resultDerivation } from './implied.js';
import type { Edge } from './eligible.js';
import type { Planner, Planning } from './item-plan.js';
import { fits } from './schema-facts.js';
import { mentions, wordingOf } from './wording.js';

/**
 * A call of `edge.dst` whose `edge.key` comes from the result of `src` called with `srcArgs`
 * at `srcPlace` (its turn and step: the moment of the call on the item's clock) at `edge.path`,
 * or undefined when that result has no fitting value there.
 */
export function dependentCall(p: Planning, edge: Edge, srcArgs: Readonly<Record<string, unknown>>, srcIndex: number, extra: Partial<PlannedCall>, srcPlace: CallPlace): PlannedCall | undefined {
  const result = offlineToolResult(edge.src, srcArgs, p.world, undefined, callMoment(p.world, srcPlace));
  const v = valueAt(result, edge.path);
  const schema = edge.dst.parameters.properties[edge.key] as Schema;
  if (!fits(schema, v)) return undefined;
  const args = argsFor(p, edge.dst);
  // Nothing the user says may state the dependent value: it must come from the result.
  if (mentions(`${JSON.stringify(srcArgs)} ${JSON.stringify(args)} ${wordingOf(edge.src)} ${wordingOf(edge.dst)}`, v)) return undefined;
  args[edge.key] = v;
  // What the value came from is where it belongs: the first assignment of course A is graded in
  // course A, a docket from court B's hearings is looked up in court B.
  for (const [k, sv] of Object.entries(srcArgs)) {
    if (k === edge.key || !(k in args) || !/(^|_)(id|number|code)$/i.test(k) || typeof sv === 'object') continue;
    if (fits(edge.dst.parameters.properties[k] as Schema, sv)) args[k] = sv;
  }
  const field: ValueSource = { call: srcIndex, field: edge.path, kind: edge.kind };
  // The user refers to it by which one it is ("the first one", "the cheapest one").
  const derivations = { [edge.key]: resultDerivation(result, edge.path, subSeed(p.seed, `result:${srcIndex}:${edge.path}`)) };
  return call(edge.dst.name, inSchemaOrder(edge.dst, args), { ...extra, dependsOn: { [edge.key]: field }, derivations });
}

export const planDependent: Planner = (p) => {
  const { E, rng } = p;
  if (E.edges.length === 0) return undefined;
  for (let tries = 0; tries < 8; tries++) {
    const edge = rng.pick(E.edges);
    const a0 = argsFor(p, edge.src);
    const c1 = dependentCall(p, edge, a0, 0, { step: 1 }, { turn: 0, step: 0 });
    if (!c1) continue;
    return finishShown(p, { category: 'dependent', targets: [edge.src, edge.dst], calls: [call(edge.src.name, a0, { step: 0 }), c1], turns: 1, extra: 1 });
  }
  return undefined;
};
