/**
 * Benchmark of the LLM layer against the stub OpenAI server in its own process:
 * `node dist/scripts/bench-llm.js [requests=20000] [concurrency=256] [latencyMs=200]`.
 * With a fixed server latency, throughput cannot exceed concurrency / latency (1280 req/s for
 * 256 / 200 ms); the figure of merit is the achieved share of that bound, and the client CPU
 * spent per request. Beside it, the same requests from a plain loop as a user would write it
 * (p-limit + the openai SDK), which the layer must not be worse than.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import OpenAI from 'openai';
import pLimit from 'p-limit';
import { LlmClient } from '../llm/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const REQUESTS = Number(process.argv[2] ?? 20000);
const CONCURRENCY = Number(process.argv[3] ?? 256);
const LATENCY_MS = Number(process.argv[4] ?? 200);
const WARMUP = Math.min(2000, Math.max(CONCURRENCY * 2, 100));

interface Row {
  name: string;
  requests: number;
  wallMs: number;
  cpuMs: number;
  errors: number;
}

async function startServer(): Promise<{ child: ChildProcess; url: string; count(): Promise<number> }> {
  const child = fork(resolve(here, 'openai-stub-server-main.js'), ['--port', '0', '--latency', String(LATENCY_MS)], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
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
  const count = (): Promise<number> =>
    new Promise((res) => {
      const onMessage = (m: unknown): void => {
        if (m && typeof m === 'object' && 'count' in m) {
          child.off('message', onMessage);
          res((m as { count: number }).count);
        }
      };
      child.on('message', onMessage);
      child.send('count');
    });
  return { child, url, count };
}

function prompt(i: number): string {
  return `Write one sentence about item ${i}.`;
}

async function measure(name: string, n: number, run: (n: number) => Promise<number>): Promise<Row> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const errors = await run(n);
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { name, requests: n, wallMs, cpuMs: (cpu.user + cpu.system) / 1000, errors };
}

/** The LLM layer: every request handed to the client at once; its governor bounds concurrency. */
function layerRunner(url: string): (n: number) => Promise<number> {
  const client = new LlmClient({
    endpoints: [{ name: 'stub', baseURL: url, maxConcurrency: CONCURRENCY, timeoutMs: 30000, maxRetries: 2 }],
    roles: { user: { endpoint: 'stub', model: 'stub-model', temperature: 0.7, maxTokens: 64 } },
    cache: false,
    env: {},
  });
  let offset = 0;
  return async (n) => {
    const base = offset;
    offset += n;
    const results = await Promise.allSettled(
      Array.from({ length: n }, (_, i) =>
        client.complete({ role: 'user', messages: [{ role: 'user', content: prompt(base + i) }], itemSeed: base + i, attempt: 0, itemIdx: base + i }),
      ),
    );
    return results.filter((r) => r.status === 'rejected').length;
  };
}

/** The plain loop a user would write: p-limit and the SDK with its defaults. */
function plainRunner(url: string): (n: number) => Promise<number> {
  const openai = new OpenAI({ baseURL: url, apiKey: 'bench', maxRetries: 2, timeout: 30000 });
  const limit = pLimit(CONCURRENCY);
  let offset = 0;
  return async (n) => {
    const base = offset;
    offset += n;
    const results = await Promise.allSettled(
      Array.from({ length: n }, (_, i) =>
        limit(() => openai.chat.completions.create({ model: 'stub-model', messages: [{ role: 'user', content: prompt(base + i) }], temperature: 0.7, max_tokens: 64 })),
      ),
    );
    return results.filter((r) => r.status === 'rejected').length;
  };
}

function print(rows: Row[]): void {
  const bound = (CONCURRENCY / LATENCY_MS) * 1000;
  console.log(`\n${REQUESTS} requests, concurrency ${CONCURRENCY}, server latency ${LATENCY_MS} ms (server in its own process)`);
  console.log(`bound = concurrency / latency = ${bound.toFixed(0)} req/s\n`);
  console.log('| runner | req/s | ratio to bound | client CPU ms/req | wall s | errors |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const rps = (r.requests / r.wallMs) * 1000;
    console.log(`| ${r.name} | ${rps.toFixed(0)} | ${(rps / bound).toFixed(3)} | ${(r.cpuMs / r.requests).toFixed(3)} | ${(r.wallMs / 1000).toFixed(2)} | ${r.errors} |`);
  }
}

const server = await startServer();
try {
  const layer = layerRunner(server.url);
  const plain = plainRunner(server.url);
  // Warm both (JIT, sockets) the same way before measuring.
  await layer(WARMUP);
  await plain(WARMUP);
  const before = await server.count();
  const rows: Row[] = [];
  rows.push(await measure('plain loop (p-limit + openai SDK)', REQUESTS, plain));
  rows.push(await measure('LlmClient (governor + router)', REQUESTS, layer));
  const served = (await server.count()) - before;
  print(rows);
  console.log(`\nserver saw ${served} requests for ${2 * REQUESTS} issued`);
  const bound = (CONCURRENCY / LATENCY_MS) * 1000;
  const ratio = (REQUESTS / rows[1].wallMs) * 1000 / bound;
  const plainRatio = (REQUESTS / rows[0].wallMs) * 1000 / bound;
  console.log(`target: ratio >= 0.9 and >= plain loop: ${ratio >= 0.9 && ratio >= plainRatio * 0.99 ? 'met' : 'NOT met'} (${ratio.toFixed(3)} vs ${plainRatio.toFixed(3)})`);
} finally {
  server.child.kill('SIGTERM');
}
