/**
 * What the text figures read: from one of our records (its first user turn, the tools it calls,
 * its rationales, its plan's arguments and their derivations), or from a third-party question
 * file (BFCL: the question's first user turn and the functions its ground truth calls).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CanonicalRecord } from '../../../core/record.js';
import { readRecords, type JobInput } from '../job-files.js';
import { TextTally, type TextReport, type TextSample } from './metrics.js';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every scalar inside `v`, as a string. */
function scalars(v: unknown, out: string[] = []): string[] {
  if (Array.isArray(v)) for (const x of v) scalars(x, out);
  else if (isObj(v)) for (const x of Object.values(v)) scalars(x, out);
  else if (v !== null && v !== undefined && v !== '') out.push(String(v));
  return out;
}

function parsed(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

export function recordSample(record: CanonicalRecord): TextSample {
  const first = record.messages.find((m) => m.role === 'user');
  const called = new Set<string>();
  const rationales: string[] = [];
  const values: string[] = [];
  for (const m of record.messages) {
    if (m.role !== 'assistant') continue;
    for (const c of m.tool_calls ?? []) {
      called.add(c.function.name);
      scalars(parsed(c.function.arguments), values);
    }
    if (typeof m.reasoning === 'string' && m.reasoning.trim() !== '') rationales.push(m.reasoning);
  }
  const defs = record.tools.map((t) => t.function).filter((f) => called.has(f.name));
  let plannedArgs = 0;
  let impliedArgs = 0;
  for (const c of record.meta.plan?.calls ?? []) {
    plannedArgs += Object.keys(c.arguments).length;
    // Derivations (issue 13): arguments the user implies rather than states.
    const d = (c as unknown as { derivations?: unknown }).derivations;
    if (isObj(d)) impliedArgs += Object.keys(d).filter((k) => k in c.arguments).length;
  }
  return {
    firstTurn: first?.role === 'user' ? first.content : '',
    values,
    descriptions: defs.map((f) => f.description ?? ''),
    params: defs.flatMap((f) => Object.keys((f.parameters?.properties ?? {}) as object)),
    rationales,
    plannedArgs,
    impliedArgs,
    language: record.meta.plan?.language ?? 'en',
  };
}

interface BfclQuestion {
  readonly id: string;
  readonly question: readonly (readonly { role: string; content: string }[])[];
  readonly function: readonly { name: string; description?: string; parameters?: { properties?: Record<string, unknown> } }[];
}

/**
 * BFCL's questions in `dir` (BFCL_v4_*.json, one JSON object per line), each with the functions
 * its ground truth calls (possible_answer/), or none (irrelevance).
 */
export function bfclSamples(dir: string): TextSample[] {
  const out: TextSample[] = [];
  for (const file of readdirSync(dir).filter((f) => /^BFCL_.*\.json$/.test(f)).sort()) {
    const called = new Map<string, { names: Set<string>; values: string[] }>();
    const answers = join(dir, 'possible_answer', file);
    if (existsSync(answers)) {
      for (const line of readFileSync(answers, 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const a = JSON.parse(line) as { id: string; ground_truth: readonly Record<string, Record<string, readonly unknown[]>>[] };
        // Each parameter lists its acceptable values; the first that is not "" (omitted) is the one a reader sees stated.
        const values = a.ground_truth.flatMap((g) => Object.values(g).flatMap((params) => Object.values(params).flatMap((allowed) => scalars(allowed.find((x) => x !== '')))));
        called.set(a.id, { names: new Set(a.ground_truth.flatMap((g) => Object.keys(g))), values });
      }
    }
    for (const [n, line] of readFileSync(join(dir, file), 'utf8').split('\n').entries()) {
      if (line.trim() === '') continue;
      let q: BfclQuestion;
      try {
        q = JSON.parse(line) as BfclQuestion;
      } catch (err) {
        throw new Error(`${join(dir, file)}:${n + 1}: ${(err as Error).message}`);
      }
      const first = q.question[0]?.find((m) => m.role === 'user');
      const truth = called.get(q.id);
      const defs = truth ? q.function.filter((f) => truth.names.has(f.name)) : [];
      out.push({
        firstTurn: first?.content ?? '',
        values: truth?.values ?? [],
        descriptions: defs.map((f) => f.description ?? ''),
        params: defs.flatMap((f) => Object.keys(f.parameters?.properties ?? {})),
        rationales: [],
        plannedArgs: 0,
        impliedArgs: 0,
      });
    }
  }
  if (out.length === 0) throw new Error(`${dir}: no BFCL question file (BFCL_*.json)`);
  return out;
}

/** The text figures of a job's records (one pass over its shards). */
export async function textReportOfJob(job: JobInput): Promise<TextReport> {
  const tally = new TextTally();
  for await (const r of readRecords(job)) tally.add(recordSample(r));
  return tally.report();
}

/** The same figures on third-party questions (first-turn figures only: they carry no plan or rationale). */
export function textReportOfBfcl(dir: string): TextReport {
  const tally = new TextTally();
  for (const s of bfclSamples(dir)) tally.add(s);
  return tally.report();
}
