/**
 * Bounds on the shape of one tool schema (or any JSON value read from a user's file), checked
 * without recursion before anything recursive touches it: a schema nested 5,000 levels or an
 * enum of 100,000 values must end as one clear message, not a stack overflow or a minute of work.
 * `pool import` and `verify` share these limits, so a tool one accepts the other reads.
 */

export interface SchemaBounds {
  /** Deepest nesting of objects and arrays (a schema level is about two: `properties`, then the name). Default 128. */
  readonly maxDepth: number;
  /** Most values in one `enum`. Default 2,000 (IANA time zones are ~600, currencies ~180). */
  readonly maxEnumValues: number;
  /** Most objects, arrays and values in one schema. Default 100,000. */
  readonly maxNodes: number;
  /** What the limits are of, as messages name them. Default 'schema'. */
  readonly what?: string;
}

export const SCHEMA_BOUNDS: SchemaBounds = { maxDepth: 128, maxEnumValues: 2000, maxNodes: 100_000 };

/** A JSON pointer cut to its first and last tokens, so a 5,000-level one stays a readable line. */
export function shortPointer(pointer: string): string {
  const parts = pointer.split('/');
  if (parts.length <= 13) return pointer;
  return `${parts.slice(0, 9).join('/')}/...${parts.length - 12} more.../${parts.slice(-3).join('/')}`;
}

/** A node met on the walk; its pointer is rebuilt from the parents only when a bound breaks. */
interface Step {
  readonly v: unknown;
  readonly key: string | number;
  readonly parent: Step | undefined;
  readonly depth: number;
}

function pointerOf(step: Step | undefined): string {
  const tokens: string[] = [];
  for (let s = step; s?.parent !== undefined; s = s.parent) tokens.push(String(s.key).replace(/~/g, '~0').replace(/\//g, '~1'));
  return shortPointer(tokens.reverse().map((t) => `/${t}`).join(''));
}

/**
 * The first bound `value` breaks, as "problem at pointer (limit: ...)", or undefined when it
 * keeps them all. Iterative: safe on any depth.
 */
export function schemaBoundsProblem(value: unknown, bounds: SchemaBounds = SCHEMA_BOUNDS): string | undefined {
  const stack: Step[] = [{ v: value, key: '', parent: undefined, depth: 0 }];
  let nodes = 0;
  const what = bounds.what ?? 'schema';
  while (stack.length > 0) {
    const step = stack.pop()!;
    const v = step.v;
    if (++nodes > bounds.maxNodes) return `more than ${bounds.maxNodes} nodes (limit: ${bounds.maxNodes} ${what} nodes)`;
    if (v === null || typeof v !== 'object') continue;
    if (step.depth >= bounds.maxDepth) return `nested deeper than ${bounds.maxDepth} levels at ${pointerOf(step)} (limit: ${what} depth ${bounds.maxDepth})`;
    const depth = step.depth + 1;
    if (Array.isArray(v)) {
      if (step.key === 'enum' && v.length > bounds.maxEnumValues) {
        return `enum of ${v.length} values at ${pointerOf(step)} (limit: ${bounds.maxEnumValues} enum values)`;
      }
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], key: i, parent: step, depth });
    } else {
      for (const k of Object.keys(v)) stack.push({ v: (v as Record<string, unknown>)[k], key: k, parent: step, depth });
    }
  }
  return undefined;
}

/**
 * Where `value` refers back to itself (a YAML alias inside its own anchor, `&a [*a]`, gives such
 * a value), as the pointer of the reference that closes the cycle; undefined for a tree or a DAG.
 * Iterative, so any depth is safe; a value is left once all below it is seen.
 */
export function cyclePointer(value: unknown): string | undefined {
  const onPath = new Set<object>();
  const done = new Set<object>();
  const stack: { step: Step; leaving: boolean }[] = [{ step: { v: value, key: '', parent: undefined, depth: 0 }, leaving: false }];
  while (stack.length > 0) {
    const { step, leaving } = stack.pop()!;
    const v = step.v;
    if (v === null || typeof v !== 'object') continue;
    if (leaving) {
      onPath.delete(v);
      done.add(v);
      continue;
    }
    if (onPath.has(v)) return pointerOf(step) || '/';
    if (done.has(v)) continue;
    onPath.add(v);
    stack.push({ step, leaving: true });
    for (const k of Object.keys(v)) stack.push({ step: { v: (v as Record<string, unknown>)[k], key: k, parent: step, depth: step.depth + 1 }, leaving: false });
  }
  return undefined;
}
