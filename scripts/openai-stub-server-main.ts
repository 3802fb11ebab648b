/**
 * The stub OpenAI server as its own process, so a benchmark's client and server do not share
 * a CPU: `node dist/scripts/openai-stub-server-main.js --port 0 --latency 200` prints its base URL
 * on stdout (and sends `{ url }` over IPC when forked), then serves until SIGTERM / SIGINT.
 */
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

const server = await start({ port: flag('port', 0), latencyMs: flag('latency', 0), keepBodies: false });
process.stdout.write(`${server.url}\n`);
process.send?.({ url: server.url });
process.on('message', (m: unknown) => {
  if (m === 'count') process.send?.({ count: server.requestCount() });
});
const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.on('disconnect', stop);
