/**
 * Names of imported APIs, domains and origins.
 *
 * Tool names. OpenAI accepts ^[a-zA-Z0-9_-]{1,64}$; BFCL has `math.factorial`, `sympy.solve`.
 * The mapping (see `toToolName`): every character outside [a-zA-Z0-9_-] (the dot, in practice)
 * becomes `_`, and a name longer than 64 is cut to 64. When a name is changed the original is
 * kept in `ApiSpec.sourceName`, so the mapping is reversed by reading `sourceName` (never by
 * string manipulation). If the mapped name collides with another API's name (BFCL has both
 * `solve.quadratic_equation` and `solve_quadratic_equation`), `importFiles` (index.ts) gives
 * the later one a numeric suffix `_2`, `_3`, ... (names that were valid as they stand keep
 * them in preference to mapped ones), again with the original in `sourceName`.
 */

export const TOOL_NAME_RE = /^[a-zA-Z0-9_-]{1,64}$/;

/** Map a source name to a valid tool name (see the module comment); '' maps to 'unnamed'. */
export function toToolName(source: string): string {
  const mapped = source.replace(/[^a-zA-Z0-9_-]/g, '_').slice(0, 64);
  return mapped === '' ? 'unnamed' : mapped;
}

/** kebab-case for domains: 'Swagger Petstore' → 'swagger-petstore', 'petStore' → 'pet-store'. */
export function kebabCase(s: string): string {
  return s
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The last segment of a file path (either separator), for origins such as `tools:<file>#...`. */
export function basename(p: string): string {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return i >= 0 ? p.slice(i + 1) : p;
}
