/**
 * The stub OpenAI server as its own process, so a benchmark's client and server do not share
 * a CPU: `node dist/scripts/openai-stub-server-main.js --port 0 --latency 200` prints its base URL
 * on stdout (and sends `{ url }` over IPC when forked), then serves until SIGTERM / SIGINT.
 * `--faults 429=0.05,hang=0.005 --retry-after 1 --seed 7` injects faults at random rates. Over
 * IPC: 'count' answers `{ count }`; `{ latency }` and `{ faults, retryAfter, seed }` change them.
 */
import { FaultMix, parseFaultRates } from './lib/openai-stub-faults.js';
import { start } from './lib/openai-stub-server.js';

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v < 0) {
    process.stderr.write(`--${name} must be a non-negative integer (got ${JSON.stringify(process.argv[i + 1])})\n`);
    process.exit(2);
  }
  return v;
}

function text(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
}

let faultMix: FaultMix | undefined;
try {
  const rates = text('faults');
  faultMix = rates ? new FaultMix(parseFaultRates(rates), { seed: flag('seed', 1), retryAfterS: flag('retry-after', 1) }) : undefined;
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(2);
}
const server = await start({ port: flag('port', 0), latencyMs: flag('latency', 0), keepBodies: false, ...(faultMix ? { faultMix } : {}) });
process.stdout.write(`${server.url}\n`);
process.send?.({ url: server.url });
process.on('message', (m: unknown) => {
  if (m === 'count') process.send?.({ count: server.requestCount() });
  else if (m && typeof m === 'object') {
    const o = m as { latency?: number; faults?: string; retryAfter?: number; seed?: number };
    if (o.latency !== undefined) server.setLatency(o.latency);
    if (o.faults !== undefined) server.setFaultMix(o.faults === '' ? undefined : new FaultMix(parseFaultRates(o.faults), { seed: o.seed ?? 1, retryAfterS: o.retryAfter ?? 1 }));
    process.send?.({ ok: true });
  }
});
const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.on('disconnect', stop);
