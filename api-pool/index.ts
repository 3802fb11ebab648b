/** api-pool: the APIs a job draws its tools from. */
import { BUILTIN_TOOLS } from './builtin-tools.js';
import { makePool, type ToolPool } from './types.js';

export type { ApiSpec, JsonSchemaObject, ToolPool } from './types.js';
export { makePool } from './types.js';
export { BUILTIN_TOOLS } from './builtin-tools.js';

let builtin: ToolPool | undefined;

/** The pool of built-in tools (built once; pools are immutable). */
export function builtinPool(): ToolPool {
  return (builtin ??= makePool(BUILTIN_TOOLS));
}
