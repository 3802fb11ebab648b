/**
 * The rule layer on data nobody here wrote, read as `toolforge verify` reads it: no plan, no
 * reference but the record. Every BFCL v4 question in ../shared/fixtures/bfcl (simple_python,
 * multiple, parallel, live_simple with their possible answers; irrelevance, whose right answer
 * is no call) is read by the BFCL reader with its ground truth and verified as a call-only row.
 * Every rejection of a ground truth is printed with its reasons: the false-reject rate, apart
 * from the questions whose tool definitions are themselves defective (`tools.default`: a default
 * that is not a value of its own schema; the calls are still judged and are valid).
 *
 * Then each ground truth becomes a whole trajectory (scripts/lib/bfcl-trajectory.ts) and copies
 * corrupted one way each (verifiers/corpus.ts CORRUPTIONS, and the grounding blind spots) are
 * verified the same way: per corruption class, the share of copies rejected (by any rule, and
 * by the rule meant for it). Targets: false rejects under 3%, every class at 95% or more,
 * swapped values at 75% or more.
 *
 *   npx tsc -p tsconfig.json && node dist/scripts/verify-bfcl.js [DIR] [--json]
 *
 * Exit 2 when a question file, or the possible-answer file a category needs, is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CORRUPTIONS, GROUNDING_BLIND_SPOTS, type Corruption } from '../verifiers/corpus.js';
import { bfclFileCategory, bfclNeedsAnswers, readAnswers, readDataset } from '../verifiers/formats.js';
import { verifyRecordWith } from '../verifiers/rules.js';
import { trajectory } from './lib/bfcl-trajectory.js';

const args = process.argv.slice(2);
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? join(process.cwd(), '../shared/fixtures/bfcl'));
const FILES = ['BFCL_v4_simple_python.json', 'BFCL_v4_multiple.json', 'BFCL_v4_parallel.json', 'BFCL_v4_live_simple.json', 'BFCL_v4_irrelevance.json'];
/** BFCL rows have no tool results and no final answer. */
const CALL_ONLY = new Set(['structure.unanswered-call', 'structure.final-answer']);
/** Rules that judge the source's tool definitions, not the calls. */
const DEFINITION_ONLY = new Set(['tools.default']);
const GROUNDING_CLASSES = new Set(GROUNDING_BLIND_SPOTS.map((c) => c.name));
const TARGET = (c: Corruption): number => (c.expected === 'args.roles' ? 0.75 : 0.95);

interface Rejection {
  readonly id: string;
  readonly checks: readonly string[];
  /** Rejected only for its tool definitions: the calls are valid. */
  readonly definitionsOnly: boolean;
}
interface FileReport {
  readonly file: string;
  readonly rows: number;
  readonly malformed: number;
  accepted: number;
  readonly rejected: Rejection[];
}
interface ClassReport {
  readonly name: string;
  readonly expected: string;
  readonly grounding: boolean;
  applied: number;
  caught: number;
  byItsRule: number;
  missed: string[];
}

for (const f of FILES) {
  const answers = join(dir, 'possible_answer', f);
  if (!existsSync(join(dir, f))) {
    process.stderr.write(`error: ${join(dir, f)} does not exist (give the BFCL fixture folder as the first argument)\n`);
    process.exit(2);
  }
  if (bfclNeedsAnswers(bfclFileCategory(f)) && !existsSync(answers)) {
    process.stderr.write(`error: ${answers} does not exist: the ground truth of ${f} is there, and without it no row could be judged\n`);
    process.exit(2);
  }
}

const files: FileReport[] = [];
const classes = new Map<string, ClassReport>();
const all = [...CORRUPTIONS, ...GROUNDING_BLIND_SPOTS];
for (const c of all) classes.set(c.name, { name: c.name, expected: c.expected, grounding: GROUNDING_CLASSES.has(c.name), applied: 0, caught: 0, byItsRule: 0, missed: [] });
const started = performance.now();
let verified = 0;
for (const file of FILES) {
  const answerFile = join(dir, 'possible_answer', file);
  const answers = existsSync(answerFile) ? readAnswers(readFileSync(answerFile, 'utf8')) : undefined;
  const data = readDataset(readFileSync(join(dir, file), 'utf8'), 'bfcl', answers, bfclFileCategory(file));
  const report: FileReport = { file, rows: data.rows.length, malformed: data.issues.length, accepted: 0, rejected: [] };
  for (const row of data.rows) {
    verified++;
    const v = verifyRecordWith(row.record, {}, { skip: CALL_ONLY });
    if (v.accepted) report.accepted++;
    else report.rejected.push({ id: row.record.id, checks: v.checks.map((c) => `${c.rule}: ${c.message}`), definitionsOnly: v.checks.every((c) => DEFINITION_ONLY.has(c.rule)) });
    const t = trajectory(row.record);
    if (!t || !verifyRecordWith(t.record, {}, undefined).accepted) continue; // corrupt only what the rules accept as it is
    for (const c of all) {
      const bad = c.apply(t);
      if (!bad) continue;
      const s = classes.get(c.name)!;
      s.applied++;
      verified++;
      const fired = new Set(verifyRecordWith(bad.record, {}, undefined).checks.map((x) => x.rule));
      if (fired.size > 0) s.caught++;
      else if (s.missed.length < 8) s.missed.push(t.record.id);
      if (fired.has(c.expected)) s.byItsRule++;
    }
  }
  files.push(report);
}
const ms = performance.now() - started;

const rows = files.reduce((n, r) => n + r.rows, 0);
const rejected = files.flatMap((r) => r.rejected);
const falseRejects = rejected.filter((r) => !r.definitionsOnly);
const used = [...classes.values()].filter((c) => c.applied > 0);
if (args.includes('--json')) {
  process.stdout.write(`${JSON.stringify({ files, rows, falseRejects: falseRejects.length, corruptions: used, ms }, null, 2)}\n`);
} else {
  const pct = (a: number, b: number): string => `${b === 0 ? '-' : ((a / b) * 100).toFixed(1)}%`;
  const out: string[] = ['| file | questions | accepted | rejected: calls | rejected: tool definitions only |', '| --- | ---: | ---: | ---: | ---: |'];
  for (const r of files) {
    const defs = r.rejected.filter((x) => x.definitionsOnly).length;
    out.push(`| ${r.file} | ${r.rows} | ${r.accepted} | ${r.rejected.length - defs} | ${defs} |`);
  }
  const defs = rejected.length - falseRejects.length;
  out.push(`| all | ${rows} | ${rows - rejected.length} (${pct(rows - rejected.length, rows)}) | ${falseRejects.length} | ${defs} |`, '');
  out.push(`false-reject rate: ${falseRejects.length}/${rows} = ${pct(falseRejects.length, rows)} (target under 3%); with the defective tool definitions: ${rejected.length}/${rows} = ${pct(rejected.length, rows)}`, '');
  out.push('| corruption | rule meant to catch it | copies | rejected | by its rule | recall | target |', '| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const c of used) {
    const target = TARGET(all.find((x) => x.name === c.name)!);
    const mark = c.caught / c.applied >= target ? '' : ' **x**';
    out.push(`| ${c.name}${c.grounding ? ' (grounding)' : ''} | \`${c.expected}\` | ${c.applied} | ${c.caught} | ${c.byItsRule} | ${pct(c.caught, c.applied)}${mark} | ${(target * 100).toFixed(0)}% |`);
  }
  out.push('', `${verified} records verified in ${ms.toFixed(0)} ms (${((verified / ms) * 1000).toFixed(0)}/s); (grounding): caught by grounding.value, whose derivations another change builds`);
  for (const r of rejected) out.push(`rejected ${r.id}${r.definitionsOnly ? ' (tool definitions only)' : ''}: ${r.checks.join(' | ')}`);
  for (const c of used) if (c.missed.length > 0) out.push(`missed ${c.name}: ${c.missed.join(', ')}`);
  process.stdout.write(`${out.join('\n')}\n`);
}
