/**
 * Items over several user turns: clarification (a required value withheld until the assistant
 * asks), multi-turn dialogues that build on earlier results, and safety items whose
 * destructive call waits for the user's confirmation.
 */
import { sameParameterKind } from '../../api-pool/entity-kind.js';
import type { ApiSpec } from '../../api-pool/types.js';
import type { PlannedCall } from '../../core/plan.js';
import { argsFor, call, shareValues } from './arguments.js';
import { dependentCall } from './dependent.js';
import { finishShown, similarTo } from './distractors.js';
import type { Planner } from './item-plan.js';
import { planSafetyRefusal } from './no-call.js';
import { variedCalls } from './parallel.js';
import { mentions, wordingOf } from './wording.js';

export const planClarification: Planner = (p) => {
  const { E, rng } = p;
  if (E.clarifiable.length === 0) return undefined;
  for (let tries = 0; tries < 4; tries++) {
    const [target, keys] = rng.pick(E.clarifiable);
    const args = argsFor(p, target);
    // The withheld value must not be said before the user is asked for it.
    const options = keys.filter((k) => {
      const others = { ...args };
      delete others[k];
      return !mentions(`${JSON.stringify(others)} ${wordingOf(target)}`, args[k]);
    });
    if (options.length === 0) continue;
    const argument = rng.pick(options);
    return finishShown(p, { category: 'clarification', targets: [target], calls: [call(target.name, args, { turn: 1 })], turns: 2, extra: 0, withheld: { call: 0, argument } });
  }
  return undefined;
};

export const planMultiTurn: Planner = (p) => {
  const { E, rng } = p;
  const want = rng.int(2, 4);
  const first = rng.pick(E.list);
  const calls: PlannedCall[] = [call(first.name, argsFor(p, first), { turn: 0 })];
  const targets: ApiSpec[] = [first];
  let prevApi = first;
  for (let turn = 1; turn < want; turn++) {
    const prev = calls[calls.length - 1];
    const prevIndex = calls.length - 1;
    let next: PlannedCall | undefined;
    let nextApi: ApiSpec | undefined;
    const r = rng.next();
    const edges = E.edgesFrom.get(prevApi) ?? [];
    // Building on the last result: its id feeds the next tool (most often), or the same request for another value, or a related tool.
    if (edges.length > 0 && r < 0.6 && !prev.error) {
      const edge = rng.pick(edges);
      next = dependentCall(p, edge, prev.arguments, prevIndex, { turn }, prev);
      nextApi = edge.dst;
    }
    const key = E.parallelKey.get(prevApi);
    if (!next && key !== undefined && rng.bool(0.5)) {
      const varied = variedCalls(p, prevApi, key, 2, { ...prev.arguments });
      if (varied.length === 2) {
        // Values the previous call took from a result still come from there (unless it is the one that changes).
        const carried = Object.entries(prev.dependsOn ?? {}).filter(([k]) => k !== key);
        next = call(prevApi.name, varied[1].arguments, carried.length > 0 ? { turn, dependsOn: Object.fromEntries(carried) } : { turn });
        nextApi = prevApi;
      }
    }
    // Never the same call twice in one dialogue.
    const isRepeat = (c: PlannedCall | undefined): boolean =>
      c !== undefined && calls.some((o) => o.name === c.name && JSON.stringify(o.arguments) === JSON.stringify(c.arguments));
    if (isRepeat(next)) next = undefined;
    if (!next) {
      const rel = similarTo(E, prevApi).filter((t) => t.domain === prevApi.domain);
      const other = rel.length > 0 ? rng.pick(rel.slice(0, 6)) : undefined;
      if (other) {
        const args = argsFor(p, other);
        // The user's earlier values carry over only where both tools take the same kind of entity.
        const stated: Record<string, unknown> = {};
        for (const k in prev.arguments) if (!prev.dependsOn?.[k] && sameParameterKind(prevApi, other, k)) stated[k] = prev.arguments[k];
        shareValues(other, args, stated, p.world.locale.currency);
        next = call(other.name, args, { turn });
        nextApi = other;
      }
    }
    if (!next || !nextApi || isRepeat(next)) break;
    calls.push(next);
    if (!targets.includes(nextApi)) targets.push(nextApi);
    prevApi = nextApi;
  }
  if (calls.length < 2) return undefined;
  return finishShown(p, { category: 'multi-turn', targets, calls, turns: calls.length, extra: calls.length >= 3 ? 1 : 0 });
};

/** A destructive call the assistant makes only once the user confirms it. */
const planSafetyConfirm: Planner = (p) => {
  const target = p.rng.pick(p.E.destructive);
  return finishShown(p, { category: 'safety', targets: [target], calls: [call(target.name, argsFor(p, target), { turn: 1 })], turns: 2, extra: 0, safety: 'confirm' });
};

/** Safety: half the time a confirmed destructive call (when the split has a destructive tool), else a refusal. */
export const planSafety: Planner = (p) => (p.E.destructive.length > 0 && p.rng.bool(0.5) ? planSafetyConfirm(p) : planSafetyRefusal(p));
