/**
 * What a result rule reads of a call: its arguments as leaves (nested objects flattened, a bare
 * bound named with its parent: price.max reads as max_price), the item's world, the result's
 * random stream, the moment of the call, and which result fields the call already fixed (a later
 * rule keeps them).
 */
import type { ApiSpec } from '../../../api-pool/types.js';
import type { ItemWorld } from '../../../core/plan.js';
import type { Rng } from '../../../core/rng.js';
import { typeOf, type Schema } from '../../values/values.js';
import { GENERIC_PARENT, tokens } from './names.js';

export type Obj = Record<string, unknown>;

export interface ArgLeaf {
  /** Keys from the arguments' root to the value. */
  readonly path: readonly string[];
  /** The name it is read by: its own, or parent-qualified for a bare bound (max_price). */
  readonly name: string;
  /** Tokens of its parent objects that say what it is about (salary_filter.min_annual: salary). */
  readonly parentTokens: readonly string[];
  readonly schema: Schema;
  readonly type: string;
}

const BARE = /^(min|max|from|to|start|end|after|before|since|until|low|high|earliest|latest|minimum|maximum)$/;

/** Every argument that is not an object (scalars and arrays), depth-first in schema order. */
export function argLeaves(params: Schema, path: readonly string[] = [], parent: readonly string[] = []): ArgLeaf[] {
  const out: ArgLeaf[] = [];
  const props = (params.properties ?? {}) as Record<string, Schema>;
  for (const k in props) {
    const s = props[k];
    const type = typeOf(s);
    if (type === 'object' && s.properties) {
      const own = tokens(k).filter((t) => !GENERIC_PARENT.test(t));
      out.push(...argLeaves(s, [...path, k], [...parent, ...own]));
      continue;
    }
    const owner = parent.length > 0 ? parent.join('_') : '';
    const name = BARE.test(k) && owner ? (/^(min|max|minimum|maximum|low|high)$/.test(k) ? `${k}_${owner}` : `${owner}_${k}`) : k;
    out.push({ path: [...path, k], name, parentTokens: parent, schema: s, type });
  }
  return out;
}

/**
 * Whether a leaf is one of the call's own arguments: at the top, or grouped in an object that
 * only groups them (filters, criteria, options: an evolved variant's `criteria.per_page` is its
 * page size), not in an object that says what it is about (`price.max`, `customer.name`).
 */
export const ownLevel = (l: ArgLeaf): boolean => l.parentTokens.length === 0;

/** The value the call gives a leaf: the argument, else the schema's default when its parent object was sent. */
export function argValue(args: Readonly<Obj>, leaf: ArgLeaf): unknown {
  let cur: unknown = args;
  for (let i = 0; i < leaf.path.length; i++) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    const next = (cur as Obj)[leaf.path[i]];
    if (next === undefined) return i === leaf.path.length - 1 ? leaf.schema.default : undefined;
    cur = next;
  }
  return cur;
}

/** Whether the call states the leaf itself (not by its default). */
export function sent(args: Readonly<Obj>, leaf: ArgLeaf): boolean {
  let cur: unknown = args;
  for (const k of leaf.path) {
    if (cur === null || typeof cur !== 'object') return false;
    cur = (cur as Obj)[k];
  }
  return cur !== undefined;
}

/** What the tool's name says it does to the world. */
export type Effect = 'read' | 'create' | 'update' | 'delete';

export interface CallContext {
  readonly args: Readonly<Obj>;
  readonly world: ItemWorld;
  readonly rng: Rng;
  /** The moment of the call: today at a working hour, `YYYY-MM-DDTHH:MM:00Z`. */
  readonly now: string;
  readonly today: number;
  readonly effect: Effect;
  /** Result fields fixed by the call (an echo, a filter), per object. */
  readonly pinned: Map<object, Set<string>>;
  /** Item fields an exact filter of the call set (category: dining), per item: another filter asking otherwise leaves the item out. */
  readonly matched: Map<object, Set<string>>;
  /** Counts a rule keeps over one call (how many titles it rewrote). */
  readonly counters: Map<string, number>;
  readonly api: ApiSpec;
}

export function pin(c: CallContext, o: object, key: string): void {
  let s = c.pinned.get(o);
  if (!s) c.pinned.set(o, (s = new Set()));
  s.add(key);
}

/** Marks an item's field as set by an exact filter of the call (and pinned). */
export function match(c: CallContext, o: object, key: string): void {
  pin(c, o, key);
  let s = c.matched.get(o);
  if (!s) c.matched.set(o, (s = new Set()));
  s.add(key);
}

export const isMatched = (c: CallContext, o: object, key: string): boolean => c.matched.get(o)?.has(key) === true;

export const isPinned = (c: CallContext, o: object, key: string): boolean => c.pinned.get(o)?.has(key) === true;

/** A rule of a result, compiled once per API: it edits `body` (the result, or its data wrapper) for one call. */
export type Rule = (body: Obj, c: CallContext) => void;
