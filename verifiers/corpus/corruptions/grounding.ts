/** Corruptions of where an argument value comes from (rules/grounding.ts). */
import { changeArgs, propsOf, type Corruption } from '../corruption.js';

export const GROUNDING_CORRUPTIONS: readonly Corruption[] = [
  {
    name: 'ungrounded value',
    expected: 'grounding.value',
    also: ['plan.arguments', 'category.dependent-chain', 'category.clarification-invented', 'consistency.echo'],
    apply: (e) =>
      changeArgs(e, (args, params) => {
        const props = propsOf(params);
        const k = Object.keys(args).find((x) => typeof args[x] === 'string' && props[x] && !props[x].pattern && !props[x].format && !props[x].enum);
        if (k) return { ...args, [k]: 'Zanzibar Quayside' };
        const n = Object.keys(args).find((x) => typeof args[x] === 'number');
        return n ? { ...args, [n]: 7919 } : undefined;
      }),
  },
];
