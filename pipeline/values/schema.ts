/** The JSON Schema view the value generator and the planner share. */
export type Schema = Readonly<Record<string, unknown>>;

/** A schema's type: a type list's first non-null one, else what its keywords imply (string by default). */
export function typeOf(schema: Schema): string {
  const t = schema.type;
  if (typeof t === 'string') return t;
  if (Array.isArray(t)) return (t.find((x) => x !== 'null') as string | undefined) ?? 'null';
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  return 'string';
}

/**
 * Every object under `value` (arrays walked through), children before their parent, each with
 * the properties of its schema (empty where the schema says none) and the key holding it (a list's
 * key for its items, '' for the root): the walk the result aligners share.
 */
export function forEachObject(
  value: unknown,
  schema: Schema | undefined,
  visit: (o: Record<string, unknown>, props: Readonly<Record<string, Schema>>, key: string, schema: Schema | undefined) => void,
  key = '',
): void {
  if (Array.isArray(value)) {
    for (const v of value) forEachObject(v, schema?.items as Schema | undefined, visit, key);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  const props = (schema?.properties ?? {}) as Record<string, Schema>;
  for (const k of Object.keys(o)) {
    const v = o[k];
    if (v !== null && typeof v === 'object') forEachObject(v, props[k], visit, k);
  }
  visit(o, props, key, schema);
}

/** The names an object schema requires (none when it says nothing). */
export const requiredOf = (schema: Schema | undefined): Set<string> => new Set(Array.isArray(schema?.required) ? (schema.required as string[]) : []);

/** The last property of a path (`passengers.adults` -> `adults`). */
export function keyOf(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? path : path.slice(dot + 1);
}
