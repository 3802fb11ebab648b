/**
 * Import every function doc of the BFCL v4 question files (`BFCL_v4_*.json`, JSONL) and print
 * what became of them: docs seen, distinct functions, converted, skipped by reason, names
 * mapped (with examples).
 *
 *   node dist/scripts/import-bfcl.js [DIR] [--json]
 *
 * DIR defaults to `../shared/fixtures/bfcl` relative to the repository root (third-party
 * data, read in place; see its README.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importFiles } from '../api-pool/import/index.js';
import { stableStringify } from '../api-pool/import/json.js';
import { packageRoot } from '../core/package-root.js';


/** The reason class of a skip: its problem text without names, pointers and values. */
function reasonOf(problem: string): string {
  let m = /unknown type '([^']*)'/.exec(problem);
  if (m) return `unknown type '${m[1]}'`;
  m = /^invalid after conversion \([^)]*\): (.*)$/.exec(problem);
  if (m) {
    const first = m[1].split('; ')[0].replace(/^\S+\s+/, '');
    return `invalid after conversion: ${first.replace(/"[^"]*"|'[^']*'|\d+(\.\d+)?/g, '…').slice(0, 100)}`;
  }
  return problem.replace(/ \(.*$/, '').replace(/^[^:]*: /, '').slice(0, 100);
}

function main(): void {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const dirArg = args.find((a) => !a.startsWith('--'));
  const dir = dirArg ? resolve(dirArg) : resolve(packageRoot(), '../shared/fixtures/bfcl');
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => /^BFCL_v4_.*\.json$/.test(f))
      .sort()
      .map((f) => join(dir, f));
  } catch (err) {
    console.error(`cannot read ${dir}: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
  if (files.length === 0) {
    console.error(`no BFCL_v4_*.json files in ${dir}`);
    process.exit(1);
  }

  // Count the raw docs independently of the importer.
  let docs = 0;
  const distinct = new Set<string>();
  const names = new Set<string>();
  const perFile: Record<string, number> = {};
  for (const f of files) {
    let n = 0;
    for (const line of readFileSync(f, 'utf8').split(/\r?\n/)) {
      if (line.trim() === '') continue;
      try {
        const q = JSON.parse(line) as { function?: unknown };
        const fns = Array.isArray(q.function) ? q.function : q.function === undefined ? [] : [q.function];
        for (const fn of fns) {
          n++;
          distinct.add(stableStringify(fn));
          if (fn && typeof fn === 'object' && typeof (fn as { name?: unknown }).name === 'string') names.add((fn as { name: string }).name);
        }
      } catch {
        /* the importer reports bad lines */
      }
    }
    perFile[f.slice(dir.length + 1)] = n;
    docs += n;
  }

  const t0 = performance.now();
  const result = importFiles(files);
  const ms = Math.round(performance.now() - t0);

  const byReason: Record<string, number> = {};
  for (const s of result.skipped) byReason[reasonOf(s.problem)] = (byReason[reasonOf(s.problem)] ?? 0) + 1;
  const mapped = result.apis.filter((a) => a.sourceName !== undefined);
  const dotted = mapped.filter((a) => a.sourceName !== undefined && a.sourceName.includes('.') && !/_\d+$/.test(a.name));
  const suffixed = mapped.filter((a) => /_\d+$/.test(a.name) && !/_\d+$/.test(a.sourceName ?? ''));
  const examples = (list: typeof mapped) => list.slice(0, 3).map((a) => ({ from: a.sourceName, to: a.name }));

  const report = {
    dir,
    files: perFile,
    docsSeen: docs,
    distinctFunctions: distinct.size,
    distinctNames: names.size,
    converted: result.apis.length,
    skipped: result.skipped.length,
    skippedByReason: Object.fromEntries(Object.entries(byReason).sort((a, b) => b[1] - a[1])),
    namesMapped: mapped.length,
    namesMappedDotted: dotted.length,
    namesSuffixed: suffixed.length,
    mappedExamples: examples(dotted),
    suffixedExamples: examples(suffixed),
    warnings: result.warnings.length,
    ms,
  };
  if (json) {
    console.log(JSON.stringify({ ...report, skippedIssues: result.skipped }, null, 2));
    return;
  }
  console.log(`BFCL import from ${dir}`);
  for (const [f, n] of Object.entries(perFile)) console.log(`  ${f}: ${n} docs`);
  console.log(`docs seen:           ${docs}`);
  console.log(`distinct functions:  ${distinct.size} (by name + JSON; ${names.size} distinct names)`);
  console.log(`converted:           ${result.apis.length} (after dedupe of identical converted APIs)`);
  console.log(`skipped:             ${result.skipped.length}`);
  for (const [r, n] of Object.entries(report.skippedByReason)) console.log(`  ${String(n).padStart(4)}  ${r}`);
  console.log(`names mapped:        ${mapped.length} (${dotted.length} dotted → '_', ${suffixed.length} given a numeric suffix)`);
  for (const e of report.mappedExamples) console.log(`  ${e.from} → ${e.to}`);
  for (const e of report.suffixedExamples) console.log(`  ${e.from} → ${e.to}`);
  console.log(`warnings:            ${result.warnings.length}`);
  console.log(`time:                ${ms} ms`);
}

main();
