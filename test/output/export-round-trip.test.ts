/**
 * Every export format, read back by `toolforge verify`'s reader of that format, gives the record
 * the format holds and the verifier's verdict on it: the same verdict as on the canonical record
 * with what the format cannot hold taken away (the plan, which no training format carries; for
 * OpenAI's the category and the rationale; for xLAM the system prompt, the results and the
 * final answer). Accepted records and
 * corrupted ones alike.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyCommand } from '../../cli/commands/verify.js';
import { exportCommand } from '../../cli/commands/output.js';
import type { CanonicalRecord, Message } from '../../core/record.js';
import { FORMATS } from '../../output/formats/index.js';
import { jobShards } from '../../output/export.js';
import { openJobView } from '../../pipeline/engine/job-view.js';
import { readDataset } from '../../verifiers/formats.js';
import { verifyRecordWith } from '../../verifiers/rules.js';
import { tempDir } from '../helpers/cli.js';
import { ALL_CATEGORIES, captureIo, jobRecords, makeJob } from '../helpers/output-job.js';

const CALL_ONLY = new Set(['structure.unanswered-call', 'structure.final-answer']);

let dir: string;
let records: CanonicalRecord[];
let out: string;

beforeAll(async () => {
  dir = await makeJob('round-trip', { count: 120, mix: ALL_CATEGORIES });
  records = jobRecords(dir);
  out = tempDir('round-trip-out');
}, 180_000);

const withoutPlan = (r: CanonicalRecord): CanonicalRecord => {
  const { plan: _plan, ...meta } = r.meta;
  return { ...r, meta };
};

/** The record as a format holds it (undefined: the format skips it). */
function projection(r: CanonicalRecord, format: string): CanonicalRecord | undefined {
  const base = withoutPlan(r);
  const dropReasoning = (m: Message): Message => (m.role === 'assistant' && m.reasoning !== undefined ? { role: 'assistant', content: m.content, ...(m.tool_calls ? { tool_calls: m.tool_calls } : {}) } : m);
  // OpenAI's rows have no place for the category either.
  if (format === 'openai') return { ...base, meta: { ...base.meta, category: 'unknown' }, messages: base.messages.map(dropReasoning) };
  if (format !== 'xlam') return base;
  if (base.messages.filter((m) => m.role === 'user').length !== 1) return undefined;
  const steps = base.messages.filter((m) => m.role === 'assistant' && (m.tool_calls?.length ?? 0) > 0);
  if (steps.length > 1) return undefined;
  const user = base.messages.find((m) => m.role === 'user')!;
  return { ...base, messages: [user, ...steps.map(dropReasoning)] };
}

/** What a reader must give back: roles, texts, rationales, calls (name, parsed arguments), results, tools. */
function shape(r: CanonicalRecord): unknown {
  return {
    tools: r.tools.map((t) => t.function),
    messages: r.messages.map((m) => {
      if (m.role === 'tool') return { role: 'tool', content: m.content };
      if (m.role !== 'assistant') return m;
      return {
        role: 'assistant',
        content: m.content ?? null,
        reasoning: m.reasoning ?? null,
        calls: (m.tool_calls ?? []).map((c) => ({ name: c.function.name, args: JSON.parse(c.function.arguments) as unknown })),
      };
    }),
  };
}

/**
 * The tool each result answers. (Hermes rows have no call ids: a result answers the earliest
 * open call of its tool, so of two calls to one tool, which one lacks its result is not written.)
 */
function answers(r: CanonicalRecord): string[] {
  const names = new Map(r.messages.flatMap((m) => (m.role === 'assistant' ? (m.tool_calls ?? []).map((c) => [c.id, c.function.name] as const) : [])));
  return r.messages.flatMap((m) => (m.role === 'tool' ? [names.get(m.tool_call_id) ?? '(none)'] : []));
}

const rules = (r: CanonicalRecord, callOnly: boolean): string[] =>
  [...new Set(verifyRecordWith(r, {}, callOnly ? { skip: CALL_ONLY } : undefined).checks.map((c) => c.rule))].sort();

/** Records the verifier must reject, made from accepted ones: a value nobody said, a result dropped, an unknown tool. */
function corrupted(): CanonicalRecord[] {
  const out: CanonicalRecord[] = [];
  for (const r of records) {
    const i = r.messages.findIndex((m) => m.role === 'assistant' && (m.tool_calls?.length ?? 0) > 0);
    if (i === -1) continue;
    const step = r.messages[i] as Extract<Message, { role: 'assistant' }>;
    const call = step.tool_calls![0];
    const args = JSON.parse(call.function.arguments) as Record<string, unknown>;
    const key = Object.keys(args).find((k) => typeof args[k] === 'string');
    const swap = (m: Message, calls: NonNullable<typeof step.tool_calls>): Message[] => [{ ...step, tool_calls: calls }];
    if (key && out.length % 3 === 0) {
      const changed = { ...call, function: { ...call.function, arguments: JSON.stringify({ ...args, [key]: 'Zanzibar Qx-77' }) } };
      out.push({ ...r, id: `${r.id}-value`, messages: [...r.messages.slice(0, i), ...swap(step, [changed, ...step.tool_calls!.slice(1)]), ...r.messages.slice(i + 1)] });
    } else if (out.length % 3 === 1) {
      out.push({ ...r, id: `${r.id}-noresult`, messages: r.messages.filter((m) => !(m.role === 'tool' && m.tool_call_id === call.id)) });
    } else {
      const unknown = { ...call, function: { ...call.function, name: 'teleport_user' } };
      out.push({ ...r, id: `${r.id}-unknown`, messages: [...r.messages.slice(0, i), ...swap(step, [unknown, ...step.tool_calls!.slice(1)]), ...r.messages.slice(i + 1)] });
    }
  }
  return out;
}

describe('every export format read back by verify', () => {
  it.each(['openai', 'sharegpt', 'hermes', 'xlam', 'messages'])('%s: the record the format holds, and the same verdict, for accepted and corrupted records', (format) => {
    const bad = corrupted();
    expect(bad.length).toBeGreaterThan(30);
    let compared = 0;
    let rejected = 0;
    for (const r of [...records, ...bad]) {
      let converted;
      try {
        converted = FORMATS[format].convert(r, { rationale: 'reasoning' });
      } catch (err) {
        // OpenAI's rules refuse a call without its result or to an unlisted tool: the export stops there, naming the record.
        expect([format, (err as Error).message]).toEqual(['openai', expect.stringMatching(/no tool message|never answered|which is not in tools/)]);
        continue;
      }
      const expected = projection(r, format);
      if ('skip' in converted) {
        expect(expected, `${format} skipped ${r.id}`).toBeUndefined();
        continue;
      }
      const read = readDataset(`${JSON.stringify(converted.row)}\n`, format as never);
      expect(read.issues, `${format} ${r.id}`).toEqual([]);
      const back = read.rows[0];
      expect(shape(back.record), `${format} ${r.id}`).toEqual(shape(expected!));
      expect(answers(back.record), `${format} ${r.id}`).toEqual(answers(expected!));
      expect(back.callOnly).toBe(format === 'xlam');
      const verdict = rules(back.record, back.callOnly);
      expect(verdict, `${format} ${r.id}`).toEqual(rules(expected!, back.callOnly));
      if (verdict.length > 0) rejected++;
      compared++;
    }
    expect(compared).toBeGreaterThan(format === 'xlam' ? 60 : 140);
    expect(rejected).toBeGreaterThan(25);
  });

  it('ids: sharegpt, hermes, xlam and messages rows carry the record id', () => {
    const r = records[0];
    for (const format of ['sharegpt', 'hermes', 'xlam', 'messages']) {
      const c = FORMATS[format].convert(r, { rationale: 'reasoning' });
      if (!('skip' in c)) expect(readDataset(`${JSON.stringify(c.row)}\n`, format as never).rows[0].record.id).toBe(r.id);
    }
  });

  it.each(['openai', 'sharegpt', 'hermes', 'xlam', 'messages'])('toolforge verify --format %s on the export file: no malformed line, the verdicts of the records without their plan', async (format) => {
    const path = join(out, `${format}.jsonl`);
    expect(await exportCommand({ dir, format, out: path, rationale: 'reasoning', checkTemplates: false }, captureIo())).toBe(0);
    let json = '';
    const code = await verifyCommand({ file: path, format, json: true, log: () => {}, stdout: (t) => (json += t) });
    expect(code).toBe(0);
    const report = JSON.parse(json) as { rows: number; malformed: unknown[]; accepted: number };
    expect(report.malformed).toEqual([]);
    const expected = records.map((r) => projection(r, format)).filter((r): r is CanonicalRecord => r !== undefined);
    expect(report.rows).toBe(expected.length);
    expect(report.accepted).toBe(expected.filter((r) => rules(r, format === 'xlam').length === 0).length);
  });

  it('the canonical shards themselves, with their plan, are all accepted', async () => {
    const shard = join(dir, jobShards(openJobView(dir))[0].path);
    let json = '';
    expect(await verifyCommand({ file: shard, json: true, log: () => {}, stdout: (t) => (json += t) })).toBe(0);
    const report = JSON.parse(json) as { rows: number; accepted: number };
    expect(report.accepted).toBe(report.rows);
  });
});
