/**
 * Will a JSON Lines dataset load with Arrow? `datasets.load_dataset` and the Hub's dataset viewer
 * read JSON Lines with Arrow's JSON reader, which gives every column path one type across all
 * rows of all files of a config: null fits any type and an integer widens to a float, but a
 * path that is a string in one row and a number (or an object, or a list) in another stops the
 * load ("changed from string to number in row N"). This walks every row the same way and
 * reports each conflicting path with the first two rows that disagree, and counts the column
 * paths (a fixed schema has a few dozen; free-form objects make thousands).
 */
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

export type ArrowKind = 'bool' | 'int' | 'float' | 'string' | 'list' | 'struct';

/** Where a row is: file and 1-based line. */
export interface RowAt {
  readonly file: string;
  readonly line: number;
}

export interface TypeConflict {
  /** `/messages/[]/content`: object keys, `[]` for the items of a list. */
  readonly path: string;
  readonly first: { readonly kind: ArrowKind; readonly at: RowAt };
  readonly then: { readonly kind: ArrowKind; readonly at: RowAt };
}

export interface ArrowTypeReport {
  readonly rows: number;
  /** Leaf column paths (scalars, and lists or objects that were only ever empty or null). */
  readonly columnPaths: number;
  readonly conflicts: readonly TypeConflict[];
  /** Lines that are not a JSON object (Arrow's reader stops on them too). */
  readonly malformed: readonly { readonly at: RowAt; readonly problem: string }[];
}

interface PathState {
  kind: ArrowKind | undefined;
  at: RowAt | undefined;
  /** A container seen with nothing below it yet (empty list, empty object) or only nulls. */
  leaf: boolean;
}

/** Both kinds read into one Arrow type. */
function compatible(a: ArrowKind, b: ArrowKind): boolean {
  return a === b || ((a === 'int' || a === 'float') && (b === 'int' || b === 'float'));
}

function kindOf(v: unknown): ArrowKind | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (typeof v === 'string') return 'string';
  if (Array.isArray(v)) return 'list';
  return 'struct';
}

/** Feed it rows one at a time (`add`), then read the `report()`. Memory grows with the paths, not the rows. */
export class ArrowTypeChecker {
  readonly #paths = new Map<string, PathState>();
  readonly #conflicts = new Map<string, TypeConflict>();
  readonly #malformed: { at: RowAt; problem: string }[] = [];
  #rows = 0;

  /** One JSONL line: parsed here so a bad line is reported, not thrown. */
  addLine(text: string, at: RowAt): void {
    if (text.trim() === '') return;
    let row: unknown;
    try {
      row = JSON.parse(text);
    } catch (err) {
      this.#malformed.push({ at, problem: `not valid JSON: ${(err as Error).message}` });
      return;
    }
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      this.#malformed.push({ at, problem: 'not a JSON object (each line must be one row)' });
      return;
    }
    this.add(row as Record<string, unknown>, at);
  }

  add(row: Record<string, unknown>, at: RowAt): void {
    this.#rows++;
    this.#walk(row, '', at);
  }

  #walk(value: unknown, path: string, at: RowAt): void {
    const kind = kindOf(value);
    let state = this.#paths.get(path);
    if (state === undefined) {
      state = { kind: undefined, at: undefined, leaf: true };
      this.#paths.set(path, state);
    }
    if (kind === undefined) return;
    if (state.kind === undefined) {
      state.kind = kind;
      state.at = at;
    } else if (!compatible(state.kind, kind)) {
      if (!this.#conflicts.has(path)) this.#conflicts.set(path, { path: path || '/', first: { kind: state.kind, at: state.at! }, then: { kind, at } });
      return; // Arrow stops here; what is below a conflicting value says nothing more
    } else if (kind === 'float') state.kind = 'float';
    if (kind === 'list') {
      const items = value as unknown[];
      if (items.length > 0) state.leaf = false;
      for (const item of items) this.#walk(item, `${path}/[]`, at);
    } else if (kind === 'struct') {
      const entries = Object.entries(value as Record<string, unknown>);
      if (entries.length > 0) state.leaf = false;
      for (const [k, v] of entries) this.#walk(v, `${path}/${k}`, at);
    }
  }

  report(): ArrowTypeReport {
    let columnPaths = 0;
    for (const [path, s] of this.#paths) {
      if (path === '') continue;
      if (s.kind === undefined || s.kind === 'list' || s.kind === 'struct' ? s.leaf : true) columnPaths++;
    }
    return {
      rows: this.#rows,
      columnPaths,
      conflicts: [...this.#conflicts.values()].sort((a, b) => a.path.localeCompare(b.path)),
      malformed: this.#malformed,
    };
  }

  /** The leaf column paths seen, sorted (for comparing with a declared schema). */
  columnPathList(): string[] {
    const out: string[] = [];
    for (const [path, s] of this.#paths) {
      if (path === '') continue;
      if (s.kind === undefined || s.kind === 'list' || s.kind === 'struct' ? s.leaf : true) out.push(path);
    }
    return out.sort();
  }
}

/** The report in words: the verdict, the path count, each conflict with its two rows. */
export function formatArrowReport(report: ArrowTypeReport, source: string): string {
  const where = (at: RowAt): string => `${at.file}:${at.line}`;
  const lines = [
    `${source}: ${report.rows} row(s), ${report.columnPaths} column path(s), ${report.conflicts.length} conflicting path(s)` +
      (report.malformed.length > 0 ? `, ${report.malformed.length} malformed line(s)` : ''),
  ];
  for (const c of report.conflicts) {
    lines.push(`  ${c.path}: ${c.first.kind} in ${where(c.first.at)}, then ${c.then.kind} in ${where(c.then.at)}`);
  }
  for (const m of report.malformed.slice(0, 20)) lines.push(`  ${where(m.at)}: ${m.problem}`);
  lines.push(
    report.conflicts.length === 0 && report.malformed.length === 0
      ? 'loads with Arrow: one type per column path'
      : 'would not load with datasets.load_dataset or the Hub viewer: each path above changes type between the rows named',
  );
  return lines.join('\n');
}

/** The JSON Lines files a path names: the file itself, or every .jsonl / .jsonl.gz below a folder (sorted, open `.partial` files left out). */
export function jsonlFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.jsonl(\.gz)?$/.test(name)) out.push(full);
    }
  };
  walk(path);
  return out;
}

/** Check files together, as one config of a Hub dataset (every split shares the features). */
export async function checkArrowTypes(files: readonly string[]): Promise<ArrowTypeReport> {
  const checker = new ArrowTypeChecker();
  for (const file of files) {
    const raw = createReadStream(file);
    const input = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
    let line = 0;
    for await (const text of createInterface({ input, crlfDelay: Infinity })) checker.addLine(text, { file, line: ++line });
  }
  return checker.report();
}
