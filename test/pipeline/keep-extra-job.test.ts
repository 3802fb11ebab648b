/**
 * keepExtra through the CLI on the loopback stub (the real openai client over HTTP): an LLM job
 * keeps the records finished past its target in data/extra-*, which status, the card and export
 * know as the `extra` split; the target's splits are the same bytes with keepExtra off and after
 * a kill -9 and a resume. Item 0's first answer is held by the stub until 30 other items have
 * asked, so records past the target are there whatever the machine's speed.
 */
import { readFileSync, rmSync } from 'node:fs';
import { writeStubJobConfig } from '../helpers/stub-job-config.js';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_TOOLS } from '../../api-pool/builtin-tools.js';
import { makePool } from '../../api-pool/types.js';
import { start, type ChatBody, type StubServer } from '../../scripts/lib/openai-stub-server.js';
import { readExtraShards, readShards, runCli, startCli, tempDir } from '../helpers/cli.js';
import { plannedCalls, plannedModel } from '../helpers/planned-model.js';

const MIX = { single: 1, multiple: 1, parallel: 1, 'parallel-multiple': 1, nested: 1, irrelevance: 1 };
const COUNT = 30;
const planned = plannedCalls(makePool(BUILTIN_TOOLS), 5, 200, MIX);
const model = plannedModel(planned, { assistant: 'stub-assistant', teacher: 'stub-teacher' });
const firstUser = [...planned.keys()][0];

/**
 * Holds the answers to item 0's request until `others` other items have asked; `onOther(n)` is
 * told each time one more has.
 */
function holdFirstItem(others: number, onOther: (n: number) => void = () => {}) {
  const seen = new Set<string>();
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  return (req: { readonly body: ChatBody }): Promise<void> | undefined => {
    const user = String((req.body.messages ?? []).find((m) => m.role === 'user')?.content ?? '');
    if (user !== firstUser && !seen.has(user)) {
      seen.add(user);
      onOther(seen.size);
      if (seen.size >= others) release();
    }
    return user === firstUser && seen.size < others ? held : undefined;
  };
}

function config(dir: string, stub: StubServer, extra: string[] = [], name = 'job.yaml'): string {
  return writeStubJobConfig(dir, stub.url, {
    job: ['seed: 5', `count: ${COUNT}`, `mix: ${JSON.stringify(MIX)}`, 'backend: llm', 'concurrency: 8', 'pool: { source: builtin }'],
    endpoint: 'maxRetries: 2',
    extra,
    name,
  });
}

const stubs: StubServer[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const s of stubs.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function stubHolding(others: number, onOther?: (n: number) => void): Promise<StubServer> {
  const stub = await start({ script: model, gate: holdFirstItem(others, onOther) });
  stubs.push(stub);
  return stub;
}

const idsOf = (files: Map<string, Buffer>): string[] =>
  [...files.entries()].flatMap(([name, raw]) =>
    (name.endsWith('.gz') ? gunzipSync(raw) : raw)
      .toString('utf8')
      .trim()
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => (JSON.parse(l) as { id: string }).id),
  );

describe('keepExtra in an LLM job on the stub', () => {
  it('keeps records finished past the target in the extra split, known to status, card and export; the target split is the same without it', async () => {
    const dir = tempDir('extra-job');
    dirs.push(dir);
    const kept = join(dir, 'kept');
    const r = await runCli(['run', '--out', kept, '--config', config(dir, await stubHolding(COUNT))]);
    expect(r.code, r.stderr.slice(-2000)).toBe(0);
    const main = idsOf(readShards(kept));
    const extra = idsOf(readExtraShards(kept));
    expect(main).toHaveLength(COUNT);
    expect(extra.length).toBeGreaterThan(0);
    expect(new Set([...main, ...extra]).size).toBe(main.length + extra.length);
    expect(r.stderr).toMatch(new RegExp(`${extra.length} records finished after the target was reached are kept in the extra split`));

    const status = JSON.parse((await runCli(['status', kept, '--json'])).stdout) as { written: number; extra: number; accepted: number };
    expect(status).toMatchObject({ written: COUNT, extra: extra.length, accepted: COUNT });
    expect((await runCli(['status', kept])).stdout).toContain(`${COUNT}/${COUNT} records written`);

    const card = readFileSync(join(kept, 'README.md'), 'utf8');
    expect(card).toMatch(/- split: extra\n\s+path: data\/extra-\*\.jsonl/);
    expect(card).toContain(`\`extra\` (${extra.length})`);

    const out = join(dir, 'export') + '/';
    const e = await runCli(['export', kept, '--format', 'openai', '--out', out]);
    expect(e.code, e.stderr).toBe(0);
    expect(readFileSync(join(out, 'extra.jsonl'), 'utf8').trim().split('\n')).toHaveLength(extra.length);

    // Off: the same target split, byte for byte, and no extra file.
    const dropped = join(dir, 'dropped');
    const d = await runCli(['run', '--out', dropped, '--config', config(dir, await stubHolding(COUNT), ['keepExtra: false'], 'off.yaml')]);
    expect(d.code, d.stderr.slice(-2000)).toBe(0);
    expect(readExtraShards(dropped).size).toBe(0);
    expect(readShards(dropped)).toEqual(readShards(kept));
  });

  it('killed with SIGKILL and resumed: the same target split, and extra records none of which is in it or twice', async () => {
    const dir = tempDir('extra-kill');
    dirs.push(dir);
    const reference = join(dir, 'reference');
    const ref = await runCli(['run', '--out', reference, '--config', config(dir, await stubHolding(COUNT))]);
    expect(ref.code, ref.stderr.slice(-2000)).toBe(0);

    const job = join(dir, 'job');
    let kill: (() => void) | undefined;
    const stub = await stubHolding(COUNT, (n) => {
      if (n === 15) kill?.();
    });
    const file = config(dir, stub, [], 'kill.yaml');
    const first = startCli(['run', '--out', job, '--config', file]);
    kill = () => first.child.kill('SIGKILL');
    const killed = await first.done;
    expect(killed.signal).toBe('SIGKILL');
    const resumed = await runCli(['resume', job]);
    expect(resumed.code, resumed.stderr.slice(-2000)).toBe(0);
    expect(readShards(job)).toEqual(readShards(reference));
    const main = idsOf(readShards(job));
    const extra = idsOf(readExtraShards(job));
    expect(new Set(extra).size).toBe(extra.length);
    expect(extra.filter((id) => main.includes(id))).toEqual([]);
    const status = JSON.parse((await runCli(['status', job, '--json'])).stdout) as { written: number; extra: number };
    expect(status).toMatchObject({ written: COUNT, extra: extra.length });
  });
});
