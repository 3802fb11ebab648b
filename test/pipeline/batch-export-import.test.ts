/**
 * Batch mode with the batch run elsewhere: `run` (llm.batch.submit: files) writes the first
 * round's OpenAI Batch file and stops; a stand-in of `vllm run-batch` answers each file; `batch
 * import` reads the outputs into the cache and `batch export` writes the next round, until the
 * job completes with the same records as online. Bad output files are refused with the file, the
 * line and the problem.
 */
import { createHash } from 'node:crypto';
import { writeStubJobConfig } from '../helpers/stub-job-config.js';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_TOOLS } from '../../api-pool/builtin-tools.js';
import { makePool } from '../../api-pool/types.js';
import { completion, type ChatBody } from '../../scripts/lib/openai-stub-answers.js';
import { start, type StubAnswer, type StubRequest, type StubServer } from '../../scripts/lib/openai-stub-server.js';
import { readShards, runCli, tempDir } from '../helpers/cli.js';
import { plannedCalls } from '../helpers/planned-model.js';

const MIX = { single: 1, multiple: 1, parallel: 1, 'parallel-multiple': 1, nested: 1, irrelevance: 1 };
const planned = plannedCalls(makePool(BUILTIN_TOOLS), 5, 200, MIX);

function model(req: StubRequest): StubAnswer {
  const msgs = req.body.messages ?? [];
  const last = msgs[msgs.length - 1];
  if (req.body.response_format) {
    const calls = String(last?.content ?? '').split('Calls to explain:\n')[1] ?? '';
    return { content: JSON.stringify({ reasoning: `The request fits ${calls.split('(')[0]} best: it does what the user asked.` }) };
  }
  if (last?.role === 'tool') return { content: `Here is what I found: ${String(last.content).slice(0, 80)}` };
  const user = msgs.find((m) => m.role === 'user')?.content ?? '';
  const calls = planned.get(user) ?? [];
  if (calls.length === 0) return { content: 'None of my tools can do that, sorry.' };
  return { toolCalls: calls.map((c, i) => ({ ...c, id: `call_${createHash('sha256').update(`${user}#${i}`).digest('hex').slice(0, 12)}` })) };
}

/** What `vllm run-batch -i IN -o OUT` does, for this test: every line answered. */
function runBatch(input: string, output: string): number {
  const lines = readFileSync(input, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const out = lines.map((l, i) => {
    const { custom_id, body } = JSON.parse(l) as { custom_id: string; body: ChatBody };
    return JSON.stringify({ id: `vllm-${i}`, custom_id, response: { status_code: 200, request_id: `vllm-req-${i}`, body: completion(body, model({ n: i + 1, body, headers: {} }), i + 1) }, error: null });
  });
  writeFileSync(output, `${out.join('\n')}\n`);
  return lines.length;
}

function config(dir: string, url: string, batch: boolean): string {
  return writeStubJobConfig(dir, url, {
    job: ['seed: 5', 'count: 40', `mix: ${JSON.stringify(MIX)}`, 'backend: llm', 'pool: { source: builtin }', 'concurrency: 8'],
    endpoint: 'maxRetries: 0',
    extra: batch ? ['llm: { mode: batch, batch: { submit: files, flushIdleMs: 100, itemsInFlight: 200 } }'] : [],
  });
}

let stub: StubServer | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await stub?.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const keep = (d: string): string => (dirs.push(d), d);

describe('batch export and import', () => {
  it('round by round through files run elsewhere, to the same records as online', async () => {
    stub = await start({ script: model });
    const online = keep(tempDir('export-online'));
    expect((await runCli(['run', '--out', join(online, 'job'), '--config', config(online, stub.url, false)])).code).toBe(0);

    const dir = keep(tempDir('export'));
    const job = join(dir, 'job');
    // Nothing listens here: every answer must come through the files.
    let r = await runCli(['run', '--out', job, '--config', config(dir, 'http://127.0.0.1:9/v1', true)]);
    let rounds = 0;
    while (!/job .* complete|is complete|already complete/.test(r.stdout + r.stderr) && rounds < 30) {
      expect(r.code, r.stderr.slice(-1500)).toBe(0);
      expect(r.stdout).toMatch(/batch round written for a batch run elsewhere:/);
      expect(r.stdout).toMatch(/vllm run-batch -i \S+\.jsonl -o \S+\.output\.jsonl --model MODEL/);
      const files = readdirSync(join(job, 'batches')).filter((f) => f.endsWith('.jsonl') && !f.endsWith('.output.jsonl'));
      expect(files.length).toBeGreaterThan(0);
      const outputs = files.map((f) => {
        const out = join(dir, `${f}.output.jsonl`);
        runBatch(join(job, 'batches', f), out);
        return out;
      });
      // Not imported yet: going on is refused, naming the files.
      if (rounds === 0) {
        const early = await runCli(['batch', 'export', job]);
        expect(early.stdout).toMatch(/batch files waiting for a batch run elsewhere:/);
      }
      const imp = await runCli(['batch', 'import', job, ...outputs]);
      expect(imp.code, imp.stderr).toBe(0);
      expect(imp.stdout).toMatch(/imported \d+ answers into the response cache \(0 failed lines, 0 lines of no exported request of this job\)/);
      rounds++;
      r = await runCli(['batch', 'export', job]);
    }
    expect(r.code, r.stderr.slice(-1500)).toBe(0);
    expect(rounds).toBeGreaterThan(1);
    const a = readShards(join(online, 'job'));
    const b = readShards(job);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, bytes] of a) expect(b.get(name)!.equals(bytes), name).toBe(true);
  }, 300_000);

  it('a bad output file is refused with the file, the line and the problem; nothing is imported', async () => {
    stub = await start({ script: model });
    const dir = keep(tempDir('import-bad'));
    const job = join(dir, 'job');
    const r = await runCli(['run', '--out', job, '--config', config(dir, 'http://127.0.0.1:9/v1', true)]);
    expect(r.code).toBe(0);
    const bad = join(dir, 'bad.output.jsonl');
    writeFileSync(bad, '{"custom_id":"x","response":{"status_code":200,"body":{"choices":[]}}}\n{"custom_id": oops}\n');
    const imp = await runCli(['batch', 'import', job, bad]);
    expect(imp.code).toBe(2);
    expect(imp.stderr).toContain(`${bad}, line 2: not JSON`);
    const missing = await runCli(['batch', 'import', job, join(dir, 'nope.jsonl')]);
    expect(missing.stderr).toMatch(/nope\.jsonl: cannot read the batch output file \(ENOENT\)/);
  });
});
