/**
 * Python Jinja2, for the tests that compare the template check's renderer with what transformers
 * renders. The interpreter is the first of `python3` (on PATH; pyenv shims come first there) and
 * /usr/bin/python3 that imports jinja2; with none, the comparison fails and says what to install
 * (Debian: python3-jinja2), so a machine without it cannot pass the test by skipping it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const SCRIPT = join(__dirname, 'jinja2-render.py');
const CANDIDATES = ['python3', '/usr/bin/python3'];

let resolved: string | undefined;

export function pythonWithJinja2(): string {
  if (resolved !== undefined) return resolved;
  const tried: string[] = [];
  for (const exe of CANDIDATES) {
    const r = spawnSync(exe, ['-c', 'import jinja2, sys; print(jinja2.__version__)'], { encoding: 'utf8' });
    if (r.status === 0) return (resolved = exe);
    tried.push(`${exe}: ${r.error ? r.error.message : (r.stderr || '').trim().split('\n').pop()}`);
  }
  throw new Error(`no Python with jinja2 for the template comparison (install python3-jinja2); tried ${tried.join('; ')}`);
}

export type PyResult = { readonly text: string } | { readonly error: string };

function run(args: string[], lines: readonly unknown[]): PyResult[] {
  const input = lines.map((c) => JSON.stringify(c)).join('\n') + '\n';
  const out = execFileSync(pythonWithJinja2(), [SCRIPT, ...args], { input, maxBuffer: 1 << 30, encoding: 'utf8' });
  return out
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as PyResult);
}

/** Render each context through the template file with Python Jinja2 as transformers sets it up. */
export function renderWithPython(templateFile: string, contexts: readonly Record<string, unknown>[]): PyResult[] {
  return run([templateFile], contexts);
}

/** Render each (template source, context) pair, in one Python process. */
export function renderSourcesWithPython(items: readonly { template: string; context: Record<string, unknown> }[]): PyResult[] {
  return run([], items);
}
