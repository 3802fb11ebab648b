/**
 * The built-in seed APIs: hand-written tools over several everyday domains, so a fresh
 * checkout can plan and simulate a real dataset with no imports and no network. They are data,
 * api-pool/builtin/tools.json (an array of ApiSpec, in the order the builtin pool lists them),
 * read once when this module loads.
 *
 * Schemas are real JSON Schema (draft 2020-12 subset that ajv and OpenAI both accept):
 * every object is closed (`additionalProperties: false`) so an invented parameter is a
 * verifiable mistake, and every constraint (enum, bounds, format, pattern) is one the
 * offline value generator knows how to satisfy.
 */
import { packagePath } from '../core/package-root.js';
import { apiIssues, dataFileError, duplicateNameIssues, readJsonFile, type DataIssue } from './data-file.js';
import type { ApiSpec } from './types.js';

/** api-pool/builtin/tools.json in the package (the same from the source tree and from the build). */
export function builtinToolsFile(): string {
  return packagePath('api-pool', 'builtin', 'tools.json');
}

/**
 * The tools of a built-in tools file. A file other than the shipped one, or the shipped one with
 * `checkShipped` (as `npm test` does; at every start it would cost 30-80 ms of ajv compiling), is
 * checked: each tool with validateApi, with origin 'builtin' and a name of its own. A bad file
 * throws a ConfigError naming the file, the JSON pointer and the problem.
 */
export function loadBuiltinTools({ file = builtinToolsFile(), checkShipped = false }: { file?: string; checkShipped?: boolean } = {}): ApiSpec[] {
  const tools = readJsonFile(file);
  if (!checkShipped && file === builtinToolsFile()) return tools as ApiSpec[];
  if (!Array.isArray(tools)) throw dataFileError(file, [{ pointer: '', problem: 'must be an array of APIs' }]);
  const issues: DataIssue[] = [];
  tools.forEach((t: { origin?: unknown } | null, i) => {
    if (t?.origin !== 'builtin') issues.push({ pointer: `/${i}/origin`, problem: `must be "builtin", got ${JSON.stringify(t?.origin)}` });
  });
  issues.push(...duplicateNameIssues(tools, '', file, new Map()), ...apiIssues(tools, ''));
  if (issues.length > 0) throw dataFileError(file, issues);
  return tools as ApiSpec[];
}

export const BUILTIN_TOOLS: readonly ApiSpec[] = loadBuiltinTools();
