/**
 * A bounded, seeded fuzz suite (issue 17): random configs, tool schemas, OpenAPI documents,
 * tool files and dataset lines into the config check, `pool import` and `verify`. Every case
 * must end within a time bound, with a result or an error the CLI reports in one line (exit
 * 0, 1 or 2), never an unexpected error or a stack trace. In-process for volume; a sample
 * through the built CLI ties that to exit codes and stderr. A failing case names its seed:
 * replay it with FUZZ_SEED=<seed>.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../api-pool/import/index.js';
import { poolImport } from '../../cli/commands/pool.js';
import { verifyCommand } from '../../cli/commands/verify.js';
import { ToolforgeError } from '../../core/errors.js';
import { Rng } from '../../core/rng.js';
import { loadConfig } from '../../pipeline/config.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { randomConfig, randomDatasetLine, randomOpenApi, randomSchema, randomToolFile } from './generators.js';

const BASE_SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const CASE_MS = 5000;
/** A stack frame line ("    at f (file.js:1:2)"), not a config error's "  at /pointer". */
const STACK = /^\s+at .*:\d+:\d+\)?$/m;
const CRASH = new RegExp(`unexpected error|call stack|Maximum call|import failed|validateApi threw|TypeError|ReferenceError|rules cannot read|${STACK.source}`, 'm');

const dir = tempDir('fuzz');
const fixtures = readFileSync(join(__dirname, '../fixtures/verify/openai.jsonl'), 'utf8')
  .split('\n')
  .flatMap((l) => {
    try {
      return [JSON.parse(l) as never];
    } catch {
      return []; // the fixture holds malformed lines on purpose
    }
  });

/** Run `n` seeded cases of `body`, each timed; a failure says which seed. */
async function cases(label: string, n: number, body: (rng: Rng, seed: number) => Promise<void> | void): Promise<void> {
  for (let i = 0; i < n; i++) {
    const seed = BASE_SEED + i;
    const t0 = performance.now();
    try {
      await body(new Rng(seed ^ label.length * 7919), seed);
    } catch (err) {
      throw new Error(`${label}: seed ${seed}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
    const ms = performance.now() - t0;
    if (ms > CASE_MS) throw new Error(`${label}: seed ${seed} took ${ms.toFixed(0)} ms (bound ${CASE_MS} ms)`);
  }
}

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('fuzz, in process', () => {
  it('config check: a config loads or is one ConfigError (exit 2), never anything else', async () => {
    await cases('config', 400, (rng, seed) => {
      const file = write(`c${seed}.yaml`, randomConfig(rng));
      try {
        loadConfig(file);
      } catch (err) {
        if (!(err instanceof ToolforgeError)) throw err;
        expect(err.exitCode).toBe(2);
        expect(err.message).toContain(file);
        expect(err.message).not.toMatch(/sk-abcdefghij/); // a key is never echoed
      }
    });
  });

  it('pool import: OpenAPI documents and tool files import or are skipped with a reason, never a crash', async () => {
    await cases('import', 500, async (rng, seed) => {
      const file = rng.bool(0.6) ? write(`o${seed}.${rng.bool() ? 'json' : 'yaml'}`, JSON.stringify(randomOpenApi(rng))) : write(`t${seed}.json`, randomToolFile(rng));
      const r = importFiles([file]);
      for (const issue of [...r.skipped, ...r.warnings]) expect(issue.problem).not.toMatch(CRASH);
      const log: string[] = [];
      const code = poolImport([file], join(dir, `pool${seed}.jsonl`), (l) => log.push(l));
      expect([0, 1, 2]).toContain(code);
      expect(log.join('\n')).not.toMatch(CRASH);
    });
  });

  it('verify: dataset lines are verified or skipped with a reason, never a crash', async () => {
    await cases('verify', 300, async (rng, seed) => {
      const lines = Array.from({ length: rng.int(1, 6) }, () => randomDatasetLine(rng, fixtures));
      const file = write(`d${seed}.jsonl`, `${lines.join('\n')}\n`);
      const log: string[] = [];
      const out: string[] = [];
      const code = await verifyCommand({ file, json: rng.bool(), log: (l) => log.push(l), stdout: (t) => out.push(t) });
      expect([0, 1, 2]).toContain(code);
      expect([...log, ...out].join('\n')).not.toMatch(CRASH);
    });
  });

  it('verify: rows whose only tool has a random schema', async () => {
    await cases('verify-schema', 300, async (rng, seed) => {
      const row = structuredClone(fixtures[0]) as { tools: unknown[] };
      row.tools = [{ type: 'function', function: { name: 'get_weather', description: 'Weather.', parameters: randomSchema(rng, 4) } }];
      const file = write(`s${seed}.jsonl`, `${JSON.stringify(row)}\n`);
      const log: string[] = [];
      const code = await verifyCommand({ file, json: false, log: (l) => log.push(l), stdout: () => undefined });
      expect([0, 1, 2]).toContain(code);
      expect(log.join('\n')).not.toMatch(CRASH);
    });
  });
});

describe('fuzz, through the CLI', () => {
  it('every case exits 0, 1 or 2 in time, with no stack trace and no unexpected error', async () => {
    const rng = new Rng(BASE_SEED);
    const runs: { args: string[]; what: string }[] = [];
    for (let i = 0; i < 4; i++) {
      const config = write(`cli-c${i}.yaml`, randomConfig(rng));
      runs.push({ what: `config ${config}`, args: ['run', '--out', join(dir, `cli-job${i}`), '--config', config, '--count', '3'] });
      const api = write(`cli-o${i}.json`, JSON.stringify(randomOpenApi(rng)));
      runs.push({ what: `import ${api}`, args: ['pool', 'import', api, '--out', join(dir, `cli-pool${i}.jsonl`)] });
      const data = write(`cli-d${i}.jsonl`, `${Array.from({ length: 4 }, () => randomDatasetLine(rng, fixtures)).join('\n')}\n`);
      runs.push({ what: `verify ${data}`, args: ['verify', data] });
    }
    // Two at a time: the machine has two cores.
    for (let i = 0; i < runs.length; i += 2) {
      await Promise.all(
        runs.slice(i, i + 2).map(async ({ args, what }) => {
          const t0 = Date.now();
          const r = await runCli(args);
          expect(Date.now() - t0, what).toBeLessThan(20_000);
          expect([0, 1, 2], `${what}: ${r.stderr}`).toContain(r.code);
          expect(r.stderr, what).not.toMatch(/unexpected error/);
          expect(r.stderr, what).not.toMatch(STACK);
        }),
      );
    }
  });
});
