/**
 * Benchmark of the LLM layer against the stub OpenAI server in its own process, clean and
 * through faults: `node dist/scripts/bench-llm.js [--seconds 4] [--only clean|429|full]
 * [--concurrency 64,256] [--latency 50,200] [--layer-only]` (`--layer-only`: no plain loop, for a
 * profile of the client alone: `node --cpu-prof dist/scripts/bench-llm.js --layer-only ...`).
 *
 * With a fixed server latency, throughput cannot exceed concurrency / latency (1280 req/s for
 * 64 / 50 ms); the figure of merit is the achieved share of that bound, and the client CPU spent
 * per request. Each scenario runs twice on the same stub: the LLM layer (every request handed to
 * the client at once; a call that ends in an error is asked again, as the pipeline retries an
 * item, up to 3 times) and the plain loop a user would write (p-limit + the openai SDK, 60 s
 * timeout, 2 retries; through faults at most 3,000 requests, since it waits out each hang). Requests ask for a small JSON object, so the stub's bad JSON and cut
 * answers are unusable. Fault mixes (rates per request, seeded):
 * - clean: none;
 * - 429: 5% 429 with Retry-After: 1;
 * - full: 5% 429 (Retry-After: 1), 3% 500, 3% 503, 1% reset, 0.5% hang, 5% bad JSON, 2% cut at
 *   the length limit.
 * Targets: clean >= 0.9 of the bound and >= the plain loop; 429 >= 0.7; full >= 0.5 with every
 * request resolved.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import OpenAI from 'openai';
import pLimit from 'p-limit';
import { LlmClient, LlmOutputError, LlmRateLimitedError, LlmRequestError } from '../llm/index.js';

const here = dirname(fileURLToPath(import.meta.url));

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : (process.argv[i + 1] ?? fallback);
}
const SECONDS = Number(arg('seconds', '10'));
const CONCURRENCIES = arg('concurrency', '64,256').split(',').map(Number);
const LATENCIES = arg('latency', '50,200').split(',').map(Number);
const MIXES: Record<string, string> = {
  clean: '',
  '429': '429=0.05',
  full: '429=0.05,500=0.03,503=0.03,reset=0.01,hang=0.005,invalid-json=0.05,length=0.02',
};
const ONLY = arg('only', 'clean,429,full').split(',');
const LAYER_ONLY = process.argv.includes('--layer-only');
const TARGET: Record<string, number> = { clean: 0.9, '429': 0.7, full: 0.5 };

const SCHEMA = { type: 'object', additionalProperties: false, required: ['sentence'], properties: { sentence: { type: 'string' } } };

interface Row {
  scenario: string;
  mix: string;
  concurrency: number;
  latencyMs: number;
  runner: string;
  requests: number;
  wallMs: number;
  cpuMs: number;
  unresolved: number;
  note: string;
}

interface Stub {
  child: ChildProcess;
  url: string;
  ask(m: unknown, key: string): Promise<Record<string, unknown>>;
}

async function startServer(): Promise<Stub> {
  const child = fork(resolve(here, 'openai-stub-server-main.js'), ['--port', '0', '--latency', '50'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const url = await new Promise<string>((res, rej) => {
    child.once('error', rej);
    child.once('exit', (code) => rej(new Error(`stub server exited with ${code}`)));
    const onMessage = (m: unknown): void => {
      if (m && typeof m === 'object' && 'url' in m) {
        child.off('message', onMessage);
        res((m as { url: string }).url);
      }
    };
    child.on('message', onMessage);
  });
  const ask = (m: unknown, key: string): Promise<Record<string, unknown>> =>
    new Promise((res) => {
      const onMessage = (r: unknown): void => {
        if (r && typeof r === 'object' && key in r) {
          child.off('message', onMessage);
          res(r as Record<string, unknown>);
        }
      };
      child.on('message', onMessage);
      child.send(m as never);
    });
  return { child, url, ask };
}

function prompt(i: number): string {
  return `Write one sentence about item ${i}.`;
}

async function measure(base: Omit<Row, 'wallMs' | 'cpuMs' | 'unresolved' | 'note'>, run: () => Promise<{ unresolved: number; note: string }>): Promise<Row> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const { unresolved, note } = await run();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { ...base, wallMs, cpuMs: (cpu.user + cpu.system) / 1000, unresolved, note };
}

/** The LLM layer: every request handed to the client at once; its governor bounds concurrency. */
function layerClient(url: string, concurrency: number): LlmClient {
  return new LlmClient({
    endpoints: [{ name: 'stub', baseURL: url, maxConcurrency: concurrency, structuredOutput: 'native' }],
    roles: { user: { endpoint: 'stub', model: 'stub-model', temperature: 0.7, maxTokens: 64 } },
    cache: false,
    env: {},
  });
}

async function layerRun(client: LlmClient, base: number, n: number): Promise<{ unresolved: number; note: string }> {
  let asked = 0;
  const one = async (i: number): Promise<void> => {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.complete({ role: 'user', messages: [{ role: 'user', content: prompt(base + i) }], jsonSchema: { name: 'sentence', schema: SCHEMA }, itemSeed: base + i, attempt, itemIdx: base + i });
        return;
      } catch (err) {
        // As the pipeline does with an item: a call that ends in an error is asked again.
        if (attempt >= 3 || !(err instanceof LlmRateLimitedError || err instanceof LlmRequestError || err instanceof LlmOutputError)) throw err;
        asked++;
      }
    }
  };
  const hedges0 = client.usage.hedges;
  const results = await Promise.allSettled(Array.from({ length: n }, (_, i) => one(i)));
  const s = client.endpointStates()[0];
  return {
    unresolved: results.filter((r) => r.status === 'rejected').length,
    note: `asked again ${asked}, hedged ${client.usage.hedges - hedges0}, limit ${s.limit}, decreases ${s.decreases}`,
  };
}

/** The plain loop a user would write: p-limit and the SDK with 2 retries and a 60 s timeout. */
async function plainRun(url: string, concurrency: number, base: number, n: number): Promise<{ unresolved: number; note: string }> {
  const openai = new OpenAI({ baseURL: url, apiKey: 'bench', maxRetries: 2, timeout: 60_000 });
  const limit = pLimit(concurrency);
  let unusable = 0;
  const results = await Promise.allSettled(
    Array.from({ length: n }, (_, i) =>
      limit(async () => {
        const r = await openai.chat.completions.create({
          model: 'stub-model',
          messages: [{ role: 'user', content: prompt(base + i) }],
          temperature: 0.7,
          max_tokens: 64,
          response_format: { type: 'json_schema', json_schema: { name: 'sentence', schema: SCHEMA, strict: true } },
        });
        try {
          JSON.parse(r.choices[0]?.message?.content ?? '');
          if (r.choices[0]?.finish_reason === 'length') unusable++;
        } catch {
          unusable++;
        }
      }),
    ),
  );
  return { unresolved: results.filter((r) => r.status === 'rejected').length + unusable, note: `failed ${results.filter((r) => r.status === 'rejected').length}, unusable answers ${unusable}` };
}

const server = await startServer();
const rows: Row[] = [];
let offset = 0;
/** Requests through each runner before the first scenario: the JIT compiles the SDK, node:http and the layer (the first thousand requests of a process cost about twice the CPU). */
const WARM_UP = 3000;
try {
  await server.ask({ latency: 5, faults: '' }, 'ok');
  const warm = layerClient(server.url, 64);
  await layerRun(warm, (offset += WARM_UP), WARM_UP);
  warm.close();
  if (!LAYER_ONLY) await plainRun(server.url, 64, (offset += WARM_UP), WARM_UP);
  for (const mix of ONLY) {
    for (const concurrency of CONCURRENCIES) {
      for (const latencyMs of LATENCIES) {
        const bound = (concurrency / latencyMs) * 1000;
        const n = Math.round(Math.min(20_000, Math.max(1000, bound * SECONDS)));
        await server.ask({ latency: latencyMs, faults: '' }, 'ok');
        const client = layerClient(server.url, concurrency);
        // Warm the client (JIT, sockets) on a clean stub, then measure with the mix on.
        await layerRun(client, (offset += n), Math.min(2000, concurrency * 4));
        if (!LAYER_ONLY) await plainRun(server.url, concurrency, (offset += n), Math.min(2000, concurrency * 4));
        const scenario = `${mix}, c=${concurrency}, ${latencyMs} ms`;
        const base = { scenario, mix, concurrency, latencyMs, requests: n };
        await server.ask({ faults: MIXES[mix], retryAfter: 1, seed: 7 }, 'ok');
        const b1 = (offset += n);
        // Through faults the plain loop waits out each hang for its 60 s timeout: a shorter run says as much.
        const plainN = mix === 'clean' ? n : Math.min(n, 3000);
        rows.push(
          LAYER_ONLY
            ? { ...base, requests: plainN, runner: 'plain loop (not run: --layer-only)', wallMs: Number.POSITIVE_INFINITY, cpuMs: 0, unresolved: 0, note: '' }
            : await measure({ ...base, requests: plainN, runner: 'plain loop (p-limit + openai SDK)' }, () => plainRun(server.url, concurrency, b1, plainN)),
        );
        await server.ask({ faults: MIXES[mix], retryAfter: 1, seed: 7 }, 'ok');
        const b2 = (offset += n);
        rows.push(await measure({ ...base, runner: 'LlmClient' }, () => layerRun(client, b2, n)));
        client.close();
        const [p, l] = rows.slice(-2);
        process.stderr.write(`${scenario}: layer ${((n / l.wallMs) * 1000).toFixed(0)}/s, plain ${((n / p.wallMs) * 1000).toFixed(0)}/s\n`);
      }
    }
  }
} finally {
  server.child.kill('SIGTERM');
}

console.log(`\nstub server in its own process; requests per scenario = bound x ${SECONDS} s (1,000 to 20,000); client CPU after ${WARM_UP} warm-up requests per runner\n`);
console.log('| scenario | runner | requests | req/s | ratio to bound | client CPU ms/req | wall s | unresolved | notes |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
for (const r of rows) {
  const rps = (r.requests / r.wallMs) * 1000;
  const bound = (r.concurrency / r.latencyMs) * 1000;
  console.log(`| ${r.scenario} | ${r.runner} | ${r.requests} | ${rps.toFixed(0)} | ${(rps / bound).toFixed(3)} | ${(r.cpuMs / r.requests).toFixed(3)} | ${(r.wallMs / 1000).toFixed(2)} | ${r.unresolved} | ${r.note} |`);
}
console.log('');
for (let i = 0; i < rows.length; i += 2) {
  const [p, l] = [rows[i], rows[i + 1]];
  const bound = (l.concurrency / l.latencyMs) * 1000;
  const ratio = (l.requests / l.wallMs) * 1000 / bound;
  const plainRatio = (p.requests / p.wallMs) * 1000 / bound;
  const target = TARGET[l.mix];
  const met = ratio >= target && (l.mix !== 'clean' || ratio >= plainRatio * 0.99) && (l.mix !== 'full' || l.unresolved === 0);
  const extra = l.mix === 'clean' ? ` and >= plain ${plainRatio.toFixed(3)}` : l.mix === 'full' ? `, unresolved ${l.unresolved}` : '';
  console.log(`${l.scenario}: ratio ${ratio.toFixed(3)} (target >= ${target}${extra}): ${met ? 'met' : 'NOT met'}`);
}
