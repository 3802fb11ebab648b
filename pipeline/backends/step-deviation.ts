/**
 * How one assistant step's calls differ from the plan's calls for that step. Calls are paired
 * as the plan rule pairs them (verifiers/rules/plan-agreement.ts): the same tool with agreeing
 * arguments first, then the same tool; a planned call and a model call left over are a wrong
 * tool, what is left after that a missing or an extra call. Arguments are compared with the
 * rule's argDiffs (BFCL standardisation, defaults); one that differs there but means the same
 * (`sameMeaning`) is an equivalent value, any other a wrong value. Calls of one step in another
 * order than planned are independent calls reordered: the same calls.
 */
import type { PlannedCall } from '../../core/plan.js';
import type { LlmToolCall } from '../../llm/index.js';
import { argDiffs } from '../../verifiers/rules/plan-agreement.js';
import type { Deviation } from './deviation-tally.js';

type Schema = Record<string, unknown>;

/** Whether the model's `actual` for argument `key` of its call `call` means the planned value, though it is not equal to it. */
export type SameMeaning = (call: number, key: string, actual: unknown, planned: unknown) => boolean;

export interface StepReading {
  /** What differs from the plan's step; empty when the step is as planned. */
  readonly deviations: readonly Deviation[];
  /** The calls to write: the model's, with each equivalent value written as planned, the form the verifier and the dataset expect. */
  readonly calls: readonly LlmToolCall[];
  /** The planned call each of `calls` stands for (by index), where it stands for one. */
  readonly planned: readonly (PlannedCall | undefined)[];
}

const show = (v: unknown): string => (v === undefined ? 'nothing' : JSON.stringify(v));

function pick(o: Readonly<Record<string, unknown>>, k: string): Record<string, unknown> {
  return k in o ? { [k]: o[k] } : {};
}

/** The step's calls against the planned ones (empty: no call is planned now). */
export function readStep(actual: readonly LlmToolCall[], planned: readonly PlannedCall[], schemaOf: (tool: string) => Schema | undefined, sameMeaning: SameMeaning): StepReading {
  const pairs: (number | undefined)[] = planned.map(() => undefined);
  const used = new Set<number>();
  for (const exact of [true, false]) {
    planned.forEach((pc, i) => {
      if (pairs[i] !== undefined) return;
      const skip = pc.dependsOn ? new Set(Object.keys(pc.dependsOn)) : undefined;
      const hit = actual.findIndex((c, j) => !used.has(j) && c.name === pc.name && (!exact || argDiffs(c.arguments, pc.arguments, schemaOf(c.name), skip).length === 0));
      if (hit >= 0) {
        pairs[i] = hit;
        used.add(hit);
      }
    });
  }
  const deviations: Deviation[] = [];
  const calls = [...actual];
  const standsFor: (PlannedCall | undefined)[] = actual.map(() => undefined);
  planned.forEach((pc, i) => {
    const j = pairs[i];
    if (j !== undefined) {
      standsFor[j] = pc;
      return void (calls[j] = readArguments(actual[j], j, pc, schemaOf(pc.name), sameMeaning, deviations));
    }
    // A planned call left over takes the first model call left over: the model chose another tool for it.
    const other = actual.findIndex((_, k) => !used.has(k));
    if (other < 0) return void deviations.push({ class: 'missing-call', detail: `${pc.name} is not called` });
    used.add(other);
    deviations.push({ class: 'wrong-tool', detail: `${actual[other].name} called where ${pc.name} is planned` });
  });
  actual.forEach((c, j) => {
    if (!used.has(j)) deviations.push({ class: 'extra-call', detail: `${c.name} is not planned here` });
  });
  const order = pairs.filter((j): j is number => j !== undefined);
  if (order.some((j, k) => k > 0 && j < order[k - 1])) deviations.push({ class: 'reordered', detail: `calls in order ${order.map((j) => actual[j].name).join(', ')}` });
  return { deviations, calls, planned: standsFor };
}

/** The call with its arguments read against the planned call's: equivalent values written as planned, every other difference a wrong value. */
function readArguments(c: LlmToolCall, j: number, pc: PlannedCall, schema: Schema | undefined, sameMeaning: SameMeaning, out: Deviation[]): LlmToolCall {
  const skip = pc.dependsOn ? new Set(Object.keys(pc.dependsOn)) : undefined;
  const args = { ...c.arguments };
  for (const key of new Set([...Object.keys(pc.arguments), ...Object.keys(c.arguments)])) {
    if (argDiffs(pick(c.arguments, key), pick(pc.arguments, key), schema, skip).length === 0) continue;
    const a = c.arguments[key];
    const p = pc.arguments[key];
    if (a !== undefined && p !== undefined && sameMeaning(j, key, a, p)) {
      out.push({ class: 'equivalent-value', detail: `${c.name}.${key}: ${show(a)} for planned ${show(p)}` });
      args[key] = p;
    } else out.push({ class: 'wrong-value', detail: `${c.name}.${key}: ${show(a)}, planned ${show(p)}` });
  }
  return { ...c, arguments: args };
}

/** The plan's calls by step, in the order the steps come (turn, then step in the turn), as the plan rule orders them. */
export function plannedSteps(calls: readonly PlannedCall[]): PlannedCall[][] {
  const groups = new Map<string, PlannedCall[]>();
  for (const pc of calls) {
    const key = `${pc.turn ?? 0}/${pc.step ?? 0}`;
    groups.set(key, [...(groups.get(key) ?? []), pc]);
  }
  return [...groups.values()].sort((a, b) => (a[0].turn ?? 0) - (b[0].turn ?? 0) || (a[0].step ?? 0) - (b[0].step ?? 0));
}
