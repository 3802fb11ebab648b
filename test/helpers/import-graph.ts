/**
 * The project's import graph, read with TypeScript's own pre-processor (static, dynamic and
 * type-only imports and re-exports alike), and the layering rules it must follow.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const ROOT = resolve(__dirname, '../..');

/** Which top-level folders each one may import. A folder may always import itself. */
export const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  core: [],
  llm: ['core'],
  'api-pool': ['core', 'llm'],
  verifiers: ['core', 'llm', 'api-pool'],
  output: ['core', 'llm'],
  pipeline: ['core', 'llm', 'api-pool', 'verifiers', 'output'],
  cli: ['core', 'llm', 'api-pool', 'verifiers', 'output', 'pipeline'],
  scripts: ['core', 'llm', 'api-pool', 'verifiers', 'output', 'pipeline', 'cli'],
};

export type Graph = ReadonlyMap<string, readonly string[]>;

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** file -> the project files it imports, all as paths relative to the root ('core/rng.ts'). */
export function importGraph(root = ROOT, folders = Object.keys(ALLOWED)): Graph {
  const graph = new Map<string, string[]>();
  for (const folder of folders) {
    for (const file of sourceFiles(join(root, folder))) {
      const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      const targets: string[] = [];
      for (const ref of info.importedFiles) {
        if (!ref.fileName.startsWith('.')) continue; // a package or node: builtin
        targets.push(relative(root, resolve(dirname(file), ref.fileName.replace(/\.js$/, '.ts'))));
      }
      graph.set(relative(root, file), targets);
    }
  }
  return graph;
}

/** Every import that breaks the layering, as "from -> to". */
export function layerViolations(graph: Graph, allowed = ALLOWED): string[] {
  const out: string[] = [];
  for (const [from, targets] of graph) {
    const layer = from.split('/')[0];
    for (const to of targets) {
      const target = to.split('/')[0];
      if (target !== layer && !(allowed[layer] ?? []).includes(target)) out.push(`${from} -> ${to}`);
    }
  }
  return out;
}

/** Import cycles (strongly connected components of more than one file, or a file importing itself). */
export function importCycles(graph: Graph): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return cycles;
}
