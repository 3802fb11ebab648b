/**
 * The API data files that ship with the package (the seed taxonomy, the built-in tools) or that a
 * user drops beside them: read synchronously when first needed, and a bad one rejected with a
 * ConfigError that names the file and, for each problem found (up to ten), the JSON pointer and
 * what is wrong.
 */
import { readFileSync } from 'node:fs';
import { ConfigError } from '../core/errors.js';
import type { ApiSpec } from './types.js';
import { validateApi } from './validate.js';

export interface DataIssue {
  readonly pointer: string;
  readonly problem: string;
}

/** Most problems quoted in one error; the rest are counted. */
const MAX_LISTED = 10;

/** The error for a bad data file (`kind`: what it is to the user): it names the file and quotes the first issues. */
export function dataFileError(file: string, issues: readonly DataIssue[], kind = 'data file'): ConfigError {
  const listed = issues.slice(0, MAX_LISTED);
  if (issues.length > MAX_LISTED) listed.push({ pointer: '', problem: `and ${issues.length - MAX_LISTED} more problems` });
  return new ConfigError(`the ${kind} ${file}`, listed);
}

/** The parsed content of a JSON file; unreadable or malformed, a ConfigError with the line and column. */
export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw dataFileError(file, [{ pointer: '', problem: `cannot read it: ${(err as Error).message}` }]);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const at = /at position (\d+)/.exec(message);
    const where = at ? lineColumn(text, Number(at[1])) : '';
    throw dataFileError(file, [{ pointer: '', problem: `not valid JSON: ${message}${where}` }]);
  }
}

function lineColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return ` (line ${line}, column ${position - before.lastIndexOf('\n')})`;
}

/** validateApi's issues for every API of a list found at `base` in a file, as pointers into the file. */
export function apiIssues(apis: readonly unknown[], base: string): DataIssue[] {
  return apis.flatMap((api, i) => validateApi(api as ApiSpec).map((issue) => ({ pointer: `${base}/${i}${issue.pointer}`, problem: issue.problem })));
}

/**
 * An issue for each API whose name was already used, in this file or an earlier one; `seen`
 * (name -> where it was first, `FILE#POINTER`) is shared across the files of one load.
 */
export function duplicateNameIssues(apis: readonly unknown[], base: string, file: string, seen: Map<string, string>): DataIssue[] {
  const issues: DataIssue[] = [];
  apis.forEach((api, i) => {
    const name = (api as { name?: unknown } | null)?.name;
    if (typeof name !== 'string') return;
    const first = seen.get(name);
    if (first !== undefined) issues.push({ pointer: `${base}/${i}/name`, problem: `the API name "${name}" is already used at ${first}` });
    else seen.set(name, `${file}#${base}/${i}`);
  });
  return issues;
}
