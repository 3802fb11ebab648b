/** Corruptions of a call against its tool (rules/calls.ts): the tool name, the arguments' JSON and their schema. */
import { changeArgs, changeCall, propsOf, type Corruption } from '../corruption.js';

/**
 * The rules that a changed argument value may break as well as its schema (a result that echoes
 * the old value now contradicts it; an item of a parallel request's list is no call's now).
 */
const ARG_FOLLOWS = ['plan.arguments', 'grounding.value', 'category.dependent-chain', 'category.clarification-invented', 'consistency.echo', 'category.parallel-coverage'] as const;

export const CALL_CORRUPTIONS: readonly Corruption[] = [
  {
    name: 'call to a tool not in the toolset',
    expected: 'calls.unknown-tool',
    also: ['plan.mismatch', 'hygiene.rationale-tool', 'category.dependent-chain', 'category.clarification-invented'],
    apply: (e) => changeCall(e, (c) => ({ ...c, function: { ...c.function, name: `${c.function.name}_v2` } })),
  },
  {
    name: 'arguments not JSON',
    expected: 'args.json',
    also: ['category.parallel-coverage'],
    // Arguments with no quote ("{}") stay JSON: nothing to corrupt.
    apply: (e) => changeCall(e, (c) => (c.function.arguments.includes('"') ? { ...c, function: { ...c.function, arguments: c.function.arguments.replace(/"/g, "'") } } : undefined)),
  },
  {
    name: 'wrong argument type',
    expected: 'args.schema',
    also: ARG_FOLLOWS,
    apply: (e) =>
      changeArgs(e, (args, params) => {
        const k = Object.keys(args).find((x) => typeof args[x] === 'string' || typeof args[x] === 'number');
        if (!k) return undefined;
        return { ...args, [k]: typeof args[k] === 'string' ? 42 : String(args[k]) };
      }),
  },
  {
    name: 'missing required argument',
    expected: 'args.required',
    also: ['plan.arguments', 'category.dependent-chain', 'category.parallel-coverage'],
    apply: (e) =>
      changeArgs(e, (args, params) => {
        const req = (params.required ?? []) as string[];
        const k = req.find((x) => x in args);
        if (!k) return undefined;
        const next = { ...args };
        delete next[k];
        return next;
      }),
  },
  {
    name: 'unknown parameter',
    expected: 'args.unknown',
    also: ['plan.arguments'],
    apply: (e) =>
      changeArgs(e, (args, params) => {
        const k = ['lang', 'extra_option', 'debug_level_x'].find((x) => !(x in propsOf(params)));
        return { ...args, [k!]: 'fr' };
      }),
  },
  {
    name: 'enum violation',
    expected: 'args.schema',
    also: ARG_FOLLOWS,
    apply: (e) =>
      changeArgs(e, (args, params) => {
        const props = propsOf(params);
        const k = Object.keys(args).find((x) => Array.isArray(props[x]?.enum));
        return k ? { ...args, [k]: `${String(args[k]).toUpperCase()}_X` } : undefined;
      }),
  },
  {
    name: 'bound violation',
    expected: 'args.schema',
    also: ARG_FOLLOWS,
    apply: (e) =>
      changeArgs(e, (args, params) => {
        const props = propsOf(params);
        const k = Object.keys(args).find((x) => typeof props[x]?.minimum === 'number' || typeof props[x]?.pattern === 'string' || typeof props[x]?.format === 'string');
        if (!k) return undefined;
        const p = props[k];
        return { ...args, [k]: typeof p.minimum === 'number' ? (p.minimum as number) - 7 : `${String(args[k]).toLowerCase()} x` };
      }),
  },
];
