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

/** The last property of a path (`passengers.adults` -> `adults`). */
export function keyOf(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? path : path.slice(dot + 1);
}
