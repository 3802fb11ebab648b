/**
 * `toolforge run --dry-run` against the real run of the same job on the stub: the estimate of
 * calls and tokens must be within 25% of what the run measured. The stub counts tokens as a server
 * does (o200k_base over the messages, the tools and the schema), and plays a model that follows
 * the plan (as bench-llm-cost does).
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_TOOLS } from '../../api-pool/builtin-tools.js';
import { makePool } from '../../api-pool/types.js';
import { countTokens } from '../../output/shard-stats.js';
import { start, type ChatBody, type StubAnswer, type StubServer } from '../../scripts/lib/openai-stub-server.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { allRolesConfig, allRolesModel, plannedCalls } from '../helpers/planned-model.js';

const MIX = { single: 1, multiple: 1, parallel: 1, 'parallel-multiple': 1, nested: 1, irrelevance: 1 };
const COUNT = 120;

function serverUsage(body: ChatBody, a: StubAnswer): { prompt_tokens: number; completion_tokens: number } {
  const msgs = (body.messages ?? []) as { content?: string | null; tool_calls?: unknown }[];
  const prompt =
    msgs.reduce((s, m) => s + 4 + countTokens(String(m.content ?? '')) + (m.tool_calls ? countTokens(JSON.stringify(m.tool_calls)) : 0), 0) +
    (body.tools ? countTokens(JSON.stringify(body.tools)) : 0) +
    (body.response_format?.json_schema ? countTokens(JSON.stringify(body.response_format.json_schema)) : 0);
  const calls = a.toolCalls?.map((t) => ({ name: t.name, arguments: typeof t.arguments === 'string' ? t.arguments : JSON.stringify(t.arguments) }));
  return { prompt_tokens: prompt, completion_tokens: Math.max(1, countTokens(a.content ?? '') + (calls ? countTokens(JSON.stringify(calls)) : 0)) };
}

let stub: StubServer | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await stub?.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const keep = (d: string): string => (dirs.push(d), d);

describe('run --dry-run', () => {
  it('estimates calls and tokens within 25% of the real run on the stub, without sending anything or making the job', async () => {
    const script = allRolesModel(plannedCalls(makePool(BUILTIN_TOOLS), 5, COUNT * 4, MIX));
    stub = await start({ script, keepBodies: false, usage: serverUsage });
    const dir = keep(tempDir('dry-run'));
    const config = join(dir, 'job.yaml');
    writeFileSync(config, allRolesConfig({ seed: 5, count: COUNT, mix: MIX, url: stub.url }));
    const job = join(dir, 'job');
    const dry = await runCli(['run', '--out', job, '--config', config, '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(stub.requestCount()).toBe(0);
    expect(existsSync(job)).toBe(false);
    const all = /\| all \| ([\d,]+) \| ([\d,]+) \| ([\d,]+) \| \$([\d.]+) \|/.exec(dry.stdout);
    expect(all, dry.stdout).not.toBeNull();
    const [calls, prompt, completion] = all!.slice(1, 4).map((x) => Number(x.replace(/,/g, '')));
    expect(dry.stdout).toMatch(/expected cost \$[\d.]+ \(\$[\d.]+ to \$[\d.]+/);

    const run = await runCli(['run', '--out', job, '--config', config]);
    expect(run.code, run.stderr.slice(-1500)).toBe(0);
    const status = JSON.parse((await runCli(['status', job, '--json'])).stdout) as { llm: { totals: { calls: number; promptTokens: number; completionTokens: number } } };
    const t = status.llm.totals;
    const within = (est: number, real: number): number => Math.abs(est - real) / real;
    if (process.env.TOOLFORGE_SHOW_DRY_RUN) console.log(dry.stdout, JSON.stringify((JSON.parse((await runCli(['status', job, '--json'])).stdout) as { llm: unknown }).llm));
    expect(within(calls, t.calls), `calls ${calls} vs ${t.calls}`).toBeLessThanOrEqual(0.25);
    expect(within(prompt, t.promptTokens), `prompt tokens ${prompt} vs ${t.promptTokens}`).toBeLessThanOrEqual(0.25);
    expect(within(completion, t.completionTokens), `completion tokens ${completion} vs ${t.completionTokens}`).toBeLessThanOrEqual(0.25);
  }, 300_000);
});
