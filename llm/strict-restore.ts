/**
 * The way back from strict-schema.ts: an answer to the strict form made into one for the
 * original schema, following the plan the transform left for each node (nulls of optional
 * fields dropped, entries folded into maps, a unique list's repeats dropped, anyOf branches
 * told apart by shape).
 */

type Schema = Record<string, unknown>;

/** How to turn an answer to the strict schema back into one for the original. */
export type Plan =
  | { readonly k: 'keep' }
  | { readonly k: 'object'; readonly props: Readonly<Record<string, { readonly plan: Plan; readonly dropNull: boolean }>> }
  | { readonly k: 'map'; readonly value: Plan }
  | { readonly k: 'array'; readonly items: Plan; readonly unique: boolean }
  | { readonly k: 'anyOf'; readonly branches: readonly { readonly schema: Schema; readonly plan: Plan }[] }
  | { readonly k: 'ref'; readonly name: string };

export const KEEP: Plan = { k: 'keep' };

function isSchema(v: unknown): v is Schema {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The JSON Schema type of a value (integer for whole numbers). */
export function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/** Is `v` of JSON Schema type `type` (an integer is a number too)? */
export function fitsType(v: unknown, type: string): boolean {
  const t = jsonType(v);
  return t === type || (type === 'number' && t === 'integer');
}

/** Does `value` follow the strict schema `s` in shape (types, keys, enum)? Picks anyOf branches. */
function fits(s: Schema, value: unknown, defs: Readonly<Record<string, Schema>>, root: Schema, depth = 0): boolean {
  if (depth > 64) return true;
  if (typeof s.$ref === 'string') {
    const target = s.$ref === '#' ? root : defs[s.$ref.slice('#/$defs/'.length)];
    return target ? fits(target, value, defs, root, depth + 1) : true;
  }
  if (Array.isArray(s.anyOf)) return s.anyOf.some((b) => fits(b as Schema, value, defs, root, depth + 1));
  const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
  if (!types.some((t) => fitsType(value, t))) return false;
  if (Array.isArray(s.enum) && !s.enum.some((e) => e === value)) return false;
  if ('const' in s && s.const !== value) return false;
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && isSchema(s.properties)) {
    const props = s.properties;
    const keys = Object.keys(value);
    if (keys.length !== Object.keys(props).length || !keys.every((k) => k in props)) return false;
    return keys.every((k) => fits(props[k] as Schema, (value as Schema)[k], defs, root, depth + 1));
  }
  if (Array.isArray(value) && isSchema(s.items)) return value.every((v) => fits(s.items as Schema, v, defs, root, depth + 1));
  return true;
}

/** Undo what the transform did to one value. Total: a value of an unexpected shape passes as is. */
export function restoreValue(plan: Plan, value: unknown, t: { defPlans: ReadonlyMap<string, Plan>; defs: Readonly<Record<string, Schema>>; root: Schema }): unknown {
  switch (plan.k) {
    case 'keep':
      return value;
    case 'ref':
      return restoreValue(t.defPlans.get(plan.name) ?? KEEP, value, t);
    case 'array': {
      if (!Array.isArray(value)) return value;
      const items = value.map((v) => restoreValue(plan.items, v, t));
      // Strict mode cannot say uniqueItems (it is in the description): a repeat is dropped.
      return plan.unique ? [...new Map(items.map((v) => [JSON.stringify(v), v])).values()] : items;
    }
    case 'map': {
      if (!Array.isArray(value)) return value;
      const out: Record<string, unknown> = {};
      for (const e of value) if (isSchema(e) && typeof e.key === 'string') out[e.key] = restoreValue(plan.value, e.value, t);
      return out;
    }
    case 'anyOf': {
      const branch = plan.branches.find((b) => fits(b.schema, value, t.defs, t.root));
      return branch ? restoreValue(branch.plan, value, t) : value;
    }
    case 'object': {
      if (!isSchema(value)) return value;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        const prop = plan.props[k];
        if (!prop) out[k] = v;
        else if (v === null && prop.dropNull) continue;
        else out[k] = restoreValue(prop.plan, v, t);
      }
      return out;
    }
  }
}
