/**
 * What the consistency rules share: a call with its parsed result, the record's stated
 * today, where an object sits (which call, arguments or result, which schema), and where a
 * finding is reported. The entry (consistency.ts) builds them; every concept file reads them.
 */
import type { ParsedCall, RuleContext } from './context.js';
import type { When } from './consistency-when.js';

export type Obj = Record<string, unknown>;
export type Schema = Record<string, unknown>;

/** A call with its parsed result (undefined: no answer, not a JSON object, or an error). */
export interface CallResult {
  readonly call: ParsedCall;
  readonly result: Obj | undefined;
  /** Index of the tool message that answers the call (-1 when none). */
  readonly at: number;
}

export interface Consistency {
  readonly ctx: RuleContext;
  /** The today the system prompt states, if any. */
  readonly today: When | undefined;
  readonly todayText: string | undefined;
  readonly pairs: readonly CallResult[];
}

/** Where an object sits: in which call, in its arguments or its result, with which schema. */
export interface Site {
  readonly cc: Consistency;
  readonly pair: CallResult;
  readonly inResult: boolean;
  /** The object's schema `properties` (arguments only). */
  readonly props: Record<string, Schema> | undefined;
}

/** Where a finding is reported: the call for arguments, the tool message for results. */
export function atOf(site: Pick<Site, 'pair' | 'inResult'>): { message: number; call?: number } {
  return site.inResult ? { message: site.pair.at } : { message: site.pair.call.message, call: site.pair.call.call };
}

/** A filter the items of a result must pass: why an item fails it, or undefined. */
export type ItemTest = (item: Obj, list: string) => string | undefined;
