import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../../cli/commands/output.js';
import { FORMATS, shortCallIds, validateOpenAiRow } from '../../output/formats/index.js';
import type { CanonicalRecord } from '../../core/record.js';
import { tempDir } from '../helpers/cli.js';
import { captureIo, jobRecords, makeJob } from '../helpers/output-job.js';

const readJsonl = (path: string): Record<string, any>[] =>
  readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>);

let dir: string;
let records: CanonicalRecord[];
let out: string;

async function exportAs(format: string, rationale: 'reasoning' | 'content' | 'drop', extra: Partial<Parameters<typeof exportCommand>[0]> = {}) {
  const io = captureIo();
  const path = extra.out ?? join(out, `${format}-${rationale}.jsonl`);
  const code = await exportCommand({ dir, format, out: path, rationale, checkTemplates: false, ...extra }, io);
  return { code, io, path };
}

beforeAll(async () => {
  dir = await makeJob('export');
  records = jobRecords(dir);
  out = tempDir('export-out');
}, 120_000);

describe('openai format', () => {
  it.each(['drop', 'reasoning'] as const)('writes valid OpenAI fine-tuning rows with JSON-string arguments and matching call ids (--rationale %s: no rationale)', async (rationale) => {
    const { code, path, io } = await exportAs('openai', rationale);
    expect(code, io.text()).toBe(0);
    const rows = readJsonl(path);
    expect(rows).toHaveLength(records.length);
    for (const [i, row] of rows.entries()) {
      expect(validateOpenAiRow(row as any)).toEqual([]);
      expect(Object.keys(row).sort()).toEqual(['messages', 'parallel_tool_calls', 'tools']);
      const calls = row.messages.flatMap((m: any) => m.tool_calls ?? []);
      for (const c of calls) expect(typeof c.function.arguments).toBe('string');
      const parallel = row.messages.some((m: any) => (m.tool_calls?.length ?? 0) > 1);
      expect(row.parallel_tool_calls).toBe(parallel);
      // no rationale when dropped, and no non-OpenAI keys on messages
      for (const m of row.messages) expect(Object.keys(m).every((k) => ['role', 'content', 'tool_calls', 'tool_call_id'].includes(k))).toBe(true);
      expect(JSON.stringify(row)).not.toContain('"reasoning"');
      const reasons = records[i].messages.flatMap((m) => (m.role === 'assistant' && m.reasoning ? [m.reasoning] : []));
      for (const r of reasons) expect(JSON.stringify(row)).not.toContain(JSON.stringify(r).slice(1, 40));
    }
    expect(rows.some((r) => r.parallel_tool_calls)).toBe(true);
  });

  it('says the reasoning field OpenAI lacks drops the rationale', async () => {
    const { io } = await exportAs('openai', 'reasoning');
    expect(io.text()).toMatch(/rationale \(--rationale reasoning\): dropped: the OpenAI fine-tuning format has no reasoning field/);
  });

  it('keeps the rationale as the assistant content before its calls with --rationale content', async () => {
    const { code, path } = await exportAs('openai', 'content');
    expect(code).toBe(0);
    const rows = readJsonl(path);
    let kept = 0;
    rows.forEach((row, i) => {
      const src = records[i].messages;
      row.messages.forEach((m: any, j: number) => {
        const s = src[j];
        if (s.role === 'assistant' && s.reasoning && s.tool_calls?.length) {
          expect(m.content).toContain(s.reasoning);
          kept++;
        }
      });
    });
    expect(kept).toBeGreaterThan(0);
  });

  it('finds what breaks the OpenAI rules', () => {
    const problems = validateOpenAiRow({
      tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object' } } }],
      messages: [
        { role: 'user', content: 'hi' },
        { role: 'assistant', content: null, tool_calls: [{ id: 'a', type: 'function', function: { name: 'g', arguments: '[1]' } }] },
        { role: 'tool', tool_call_id: 'b', content: '{}' },
        { role: 'bot', content: 'x' },
      ],
    });
    expect(problems.join('\n')).toMatch(/calls "g", which is not in tools/);
    expect(problems.join('\n')).toMatch(/not a JSON object/);
    expect(problems.join('\n')).toMatch(/answers b, which is not an open call/);
    expect(problems.join('\n')).toMatch(/role "bot"/);
  });
});

describe('sharegpt / hermes format', () => {
  it('puts the tools in the system turn one per line, calls in <tool_call>, results in <tool_response>', async () => {
    for (const format of ['sharegpt', 'hermes']) {
      const { code, path } = await exportAs(format, 'drop');
      expect(code).toBe(0);
      const rows = readJsonl(path);
      rows.forEach((row, i) => {
        const rec = records[i];
        const conv = row.conversations as { from: string; value: string }[];
        expect(conv[0].from).toBe('system');
        const tools = /<tools>\n([\s\S]*?)\n<\/tools>/.exec(conv[0].value)![1].split('\n').map((l) => JSON.parse(l));
        expect(tools.map((t: any) => t.function.name)).toEqual(rec.tools.map((t) => t.function.name));
        expect(conv.every((c) => ['system', 'human', 'gpt', 'tool'].includes(c.from))).toBe(true);
        const calls = conv.filter((c) => c.from === 'gpt').flatMap((c) => [...c.value.matchAll(/<tool_call>\n(.*)\n<\/tool_call>/g)].map((m) => JSON.parse(m[1])));
        const srcCalls = rec.messages.flatMap((m) => (m.role === 'assistant' ? (m.tool_calls ?? []) : []));
        expect(calls.map((c: any) => c.name)).toEqual(srcCalls.map((c) => c.function.name));
        calls.forEach((c: any, k: number) => expect(c.arguments).toEqual(JSON.parse(srcCalls[k].function.arguments)));
        const results = conv.filter((c) => c.from === 'tool').flatMap((c) => [...c.value.matchAll(/<tool_response>\n(.*)\n<\/tool_response>/g)]);
        expect(results).toHaveLength(rec.messages.filter((m) => m.role === 'tool').length);
        expect(JSON.stringify(row)).not.toContain('<think>');
      });
    }
  });

  it('writes the rationale as <think>...</think> (reasoning, the default) or as plain text before the calls (content)', async () => {
    const withRationale = records.filter((r) => r.messages.some((m) => m.role === 'assistant' && m.reasoning && m.tool_calls?.length)).length;
    expect(withRationale).toBeGreaterThan(0);
    const think = readJsonl((await exportAs('sharegpt', 'reasoning')).path);
    expect(think.filter((r) => r.conversations.some((c: any) => c.from === 'gpt' && c.value.startsWith('<think>\n'))).length).toBe(withRationale);
    const text = readJsonl((await exportAs('sharegpt', 'content')).path);
    expect(JSON.stringify(text)).not.toContain('<think>');
    text.forEach((row, i) => {
      const steps = records[i].messages.filter((m) => m.role === 'assistant' && m.tool_calls?.length);
      const turns = row.conversations.filter((c: any) => c.from === 'gpt' && c.value.includes('<tool_call>'));
      steps.forEach((s, k) => {
        if (s.role === 'assistant' && s.reasoning) expect(turns[k].value.startsWith(`${s.reasoning.trim()}\n<tool_call>`)).toBe(true);
      });
    });
  });
});

describe('xlam format', () => {
  it('writes query, tools and answers (JSON strings) for single-turn items', async () => {
    const { code, path } = await exportAs('xlam', 'reasoning');
    expect(code).toBe(0);
    const rows = readJsonl(path);
    expect(rows.length).toBe(records.length);
    rows.forEach((row, i) => {
      expect(typeof row.query).toBe('string');
      const tools = JSON.parse(row.tools);
      expect(tools[0]).toHaveProperty('parameters.type', 'object');
      const answers = JSON.parse(row.answers);
      const src = records[i].messages.flatMap((m) => (m.role === 'assistant' ? (m.tool_calls ?? []) : []));
      expect(answers).toEqual(src.map((c) => ({ name: c.function.name, arguments: JSON.parse(c.function.arguments) })));
    });
    expect(rows.some((r) => r.answers === '[]')).toBe(true); // irrelevance items
  });

  it('skips multi-turn and dependent items and says why', () => {
    const base = records.find((r) => r.messages.some((m) => m.role === 'assistant' && m.tool_calls?.length))!;
    const multi = { ...base, messages: [...base.messages, { role: 'user' as const, content: 'and again?' }, { role: 'assistant' as const, content: 'sure' }] };
    expect(FORMATS.xlam.convert(multi, { rationale: 'drop' })).toEqual({ skip: 'more than one user turn' });
    const calling = base.messages.filter((m) => m.role !== 'system' && m.role !== 'user');
    const dependent = { ...base, messages: [...base.messages.slice(0, 2), ...calling.slice(0, -1), ...calling] };
    expect(FORMATS.xlam.convert(dependent, { rationale: 'drop' })).toHaveProperty('skip');
  });
});

describe('messages format (TRL / apply_chat_template)', () => {
  it.each([
    ['JSON-string arguments and parameters (one type per column)', false, 'string'],
    ['object arguments and parameters with --json-objects', true, 'object'],
  ])('has %s, the name on tool messages and 9-character alphanumeric call ids', async (_what, jsonObjects, kind) => {
    const { code, path } = await exportAs('messages', 'drop', { jsonObjects, out: join(out, `messages-${String(jsonObjects)}.jsonl`) });
    expect(code).toBe(0);
    const rows = readJsonl(path);
    for (const row of rows) for (const t of row.tools) expect(typeof t.function.parameters).toBe(kind);
    rows.forEach((row) => {
      expect(Object.keys(row).sort()).toEqual(['category', 'id', 'messages', 'tools']);
      const ids = new Set<string>();
      const names = new Map<string, string>();
      for (const m of row.messages) {
        if (m.role === 'assistant') {
          if (!m.tool_calls) expect('tool_calls' in m).toBe(false);
          for (const c of m.tool_calls ?? []) {
            expect(c.id).toMatch(/^[A-Za-z0-9]{9}$/);
            expect(ids.has(c.id)).toBe(false);
            ids.add(c.id);
            names.set(c.id, c.function.name);
            expect(typeof c.function.arguments).toBe(kind);
          }
        }
        if (m.role === 'tool') {
          expect(names.get(m.tool_call_id)).toBe(m.name);
          expect(typeof m.name).toBe('string');
        }
      }
    });
  });

  it('carries each record id and category, and the rationale in reasoning_content (the default) or in content', async () => {
    const reasoning = readJsonl((await exportAs('messages', 'reasoning')).path);
    const content = readJsonl((await exportAs('messages', 'content')).path);
    let steps = 0;
    records.forEach((r, i) => {
      expect([reasoning[i].id, reasoning[i].category]).toEqual([r.id, r.meta.category]);
      const calling = (row: Record<string, any>): any[] => row.messages.filter((m: any) => m.role === 'assistant' && m.tool_calls);
      r.messages.filter((m) => m.role === 'assistant' && m.tool_calls?.length).forEach((m, k) => {
        if (m.role !== 'assistant' || !m.reasoning) return;
        steps++;
        expect(calling(reasoning[i])[k]).toMatchObject({ content: '', reasoning_content: m.reasoning.trim() });
        expect(calling(content[i])[k].content).toBe(m.reasoning.trim());
        expect('reasoning_content' in calling(content[i])[k]).toBe(false);
      });
    });
    expect(steps).toBeGreaterThan(0);
  });

  it('gives unique 9-character ids even when the last 9 characters of the originals collide', () => {
    const base = records.find((r) => r.messages.some((m) => m.role === 'assistant' && (m.tool_calls?.length ?? 0) > 1))!;
    const clash = {
      ...base,
      messages: base.messages.map((m) =>
        m.role === 'assistant' && m.tool_calls ? { ...m, tool_calls: m.tool_calls.map((c, k) => ({ ...c, id: `${'x'.repeat(k)}_abcdefghi` })) } : m,
      ),
    };
    const ids = [...shortCallIds(clash).values()];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9]{9}$/);
  });
});

describe('export command', () => {
  it('streams gzip shards and writes gzip output when OUT ends in .gz', async () => {
    const gzDir = await makeJob('export-gz', { gzip: true, count: 30, shardRecords: 10 });
    expect(readdirSync(join(gzDir, 'data')).every((n) => n.endsWith('.jsonl.gz'))).toBe(true);
    const io = captureIo();
    const path = join(out, 'gz.jsonl.gz');
    expect(await exportCommand({ dir: gzDir, format: 'openai', out: path, rationale: 'drop', checkTemplates: false }, io)).toBe(0);
    const rows = gunzipSync(readFileSync(path)).toString().trim().split('\n');
    expect(rows).toHaveLength(jobRecords(gzDir).length);
    expect(readdirSync(out).some((n) => n.endsWith('.partial'))).toBe(false);
  });

  it('writes one file per split into a directory', async () => {
    const io = captureIo();
    const target = join(out, 'by-split') + '/';
    expect(await exportCommand({ dir, format: 'messages', out: target, rationale: 'drop', checkTemplates: false }, io)).toBe(0);
    const splits = [...new Set(records.map((r) => r.split))].sort();
    expect(readdirSync(target).sort()).toEqual(splits.map((s) => `${s}.jsonl`));
  });

  it('refuses a bad format and a missing job with exit 2, a changed shard with exit 1, naming the problem', async () => {
    let io = captureIo();
    expect(await exportCommand({ dir, format: 'alpaca', out: join(out, 'x.jsonl'), rationale: 'drop' }, io)).toBe(2);
    expect(io.text()).toMatch(/unknown --format "alpaca"; use one of openai, sharegpt, hermes, xlam, messages/);
    io = captureIo();
    expect(await exportCommand({ dir: join(out, 'nope'), format: 'openai', out: join(out, 'x.jsonl'), rationale: 'drop' }, io)).toBe(2);
    expect(io.text()).toMatch(/does not exist/);
    const broken = await makeJob('export-broken', { count: 10 });
    const shard = join(broken, 'data', readdirSync(join(broken, 'data')).sort()[0]);
    const { appendFileSync } = await import('node:fs');
    appendFileSync(shard, '{not json\n');
    io = captureIo();
    expect(await exportCommand({ dir: broken, format: 'openai', out: join(out, 'y.jsonl'), rationale: 'drop' }, io)).toBe(1);
    expect(io.text()).toContain(shard);
    expect(io.text()).toMatch(/changed since it was written/);
    expect(readdirSync(out).includes('y.jsonl')).toBe(false);
  });
});
