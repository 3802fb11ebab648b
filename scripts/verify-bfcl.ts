/**
 * The rule layer on data nobody here wrote: every BFCL v4 ground truth in
 * ../shared/fixtures/bfcl (simple_python, multiple, parallel) becomes a whole trajectory (the
 * question, the ground-truth call(s) with the first acceptable value of each argument, a tool
 * result per call, a closing answer) with a plan built from that ground truth, goes through
 * verifyRecord, and so do copies corrupted one way each (verifiers/corpus.ts). Prints the
 * acceptance of the ground truths (with every rejection and its reason) and, per corruption,
 * how many copies the rule meant for it caught.
 *
 *   npx tsc -p tsconfig.json && node dist/scripts/verify-bfcl.js [DIR] [--json]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CanonicalRecord, Message } from '../core/record.js';
import { FIXED_WORLD, type Category, type ItemPlan } from '../core/plan.js';
import { CORRUPTIONS, type CorpusEntry } from '../verifiers/corpus.js';
import { readAnswers, readDataset } from '../verifiers/formats.js';
import { verifyRecord } from '../verifiers/rules.js';

const args = process.argv.slice(2);
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? join(process.cwd(), '../shared/fixtures/bfcl'));
const FILES = ['BFCL_v4_simple_python.json', 'BFCL_v4_multiple.json', 'BFCL_v4_parallel.json'];

/** A BFCL row as a whole trajectory with its plan. */
function trajectory(record: CanonicalRecord): CorpusEntry | undefined {
  const call = record.messages.find((m) => m.role === 'assistant');
  if (!call || call.role !== 'assistant' || !call.tool_calls) return undefined;
  const messages: Message[] = [
    { role: 'system', content: 'You are a helpful assistant with access to functions.' },
    ...record.messages.filter((m) => m.role !== 'assistant'),
    call,
    ...call.tool_calls.map((c): Message => ({ role: 'tool', tool_call_id: c.id, content: JSON.stringify({ status: 'ok', function: c.function.name }) })),
    { role: 'assistant', content: `I ran ${call.tool_calls.map((c) => c.function.name).join(', ')} and it reported success.` },
  ];
  const category = record.meta.category as Category;
  const plan: ItemPlan = {
    world: FIXED_WORLD,
    idx: 0,
    seed: 0,
    category,
    difficulty: 1,
    split: 'test',
    tools: record.tools.map((t) => t.function.name),
    targets: [...new Set(call.tool_calls.map((c) => c.function.name))],
    calls: call.tool_calls.map((c) => ({ name: c.function.name, arguments: JSON.parse(c.function.arguments) as Record<string, unknown> })),
    domains: [],
    turns: 1,
  };
  return { name: record.id, record: { ...record, messages }, plan };
}

interface Report {
  file: string;
  rows: number;
  malformed: number;
  accepted: number;
  rejected: { id: string; checks: string[] }[];
}

const reports: Report[] = [];
const corruption = new Map<string, { applied: number; caught: number; missed: string[] }>();
const started = performance.now();
let verified = 0;
for (const file of FILES) {
  const answers = readAnswers(readFileSync(join(dir, 'possible_answer', file), 'utf8'));
  const data = readDataset(readFileSync(join(dir, file), 'utf8'), 'bfcl', answers);
  const report: Report = { file, rows: data.rows.length, malformed: data.issues.length, accepted: 0, rejected: [] };
  for (const row of data.rows) {
    const t = trajectory(row.record);
    if (!t) {
      report.rejected.push({ id: row.record.id, checks: ['(no ground truth)'] });
      continue;
    }
    const v = verifyRecord(t.record, { plan: t.plan });
    verified++;
    if (v.accepted) report.accepted++;
    else report.rejected.push({ id: t.record.id, checks: v.checks.map((c) => `${c.rule}: ${c.message}`) });
    if (!v.accepted) continue; // corrupt only what the rules accept as it is
    for (const c of CORRUPTIONS) {
      const bad = c.apply(t);
      if (!bad) continue;
      const s = corruption.get(c.name) ?? { applied: 0, caught: 0, missed: [] };
      s.applied++;
      verified++;
      const fired = verifyRecord(bad.record, { plan: bad.plan }).checks.map((x) => x.rule);
      if (fired.includes(c.expected)) s.caught++;
      else if (s.missed.length < 5) s.missed.push(`${t.record.id} (fired: ${[...new Set(fired)].join(', ') || 'none'})`);
      corruption.set(c.name, s);
    }
  }
  reports.push(report);
}
const ms = performance.now() - started;

if (args.includes('--json')) {
  process.stdout.write(`${JSON.stringify({ reports, corruptions: Object.fromEntries(corruption), ms }, null, 2)}\n`);
} else {
  const out: string[] = ['| file | questions | ground truth accepted | rejected |', '| --- | ---: | ---: | ---: |'];
  for (const r of reports) out.push(`| ${r.file} | ${r.rows} | ${r.accepted} | ${r.rejected.length} |`);
  const total = reports.reduce((n, r) => n + r.rows, 0);
  const acc = reports.reduce((n, r) => n + r.accepted, 0);
  out.push(`| all | ${total} | ${acc} (${((acc / total) * 100).toFixed(1)}%) | ${total - acc} |`, '');
  out.push('| corruption | rule meant to catch it | copies | caught |', '| --- | --- | ---: | ---: |');
  for (const c of CORRUPTIONS) {
    const s = corruption.get(c.name);
    if (s) out.push(`| ${c.name} | \`${c.expected}\` | ${s.applied} | ${s.caught} |`);
  }
  out.push('', `${verified} records verified in ${ms.toFixed(0)} ms (${((verified / ms) * 1000).toFixed(0)}/s)`);
  for (const r of reports) for (const x of r.rejected) out.push(`rejected ${x.id}: ${x.checks.join(' | ')}`);
  for (const [name, s] of corruption) for (const m of s.missed) out.push(`missed ${name}: ${m}`);
  process.stdout.write(`${out.join('\n')}\n`);
}
