/** A JSON Schema `pattern` compiled once (ECMA-262 with the `u` flag, as ajv does); null when it does not compile. */
const compiled = new Map<string, RegExp | null>();
/** Patterns recur across items and tools; a pool of thousands of tools stays well under this. */
const MAX_KEPT = 10_000;

export function regexOf(pattern: string): RegExp | null {
  let re = compiled.get(pattern);
  if (re === undefined) {
    try {
      re = new RegExp(pattern, 'u');
    } catch {
      re = null;
    }
    if (compiled.size >= MAX_KEPT) compiled.clear();
    compiled.set(pattern, re);
  }
  return re;
}
