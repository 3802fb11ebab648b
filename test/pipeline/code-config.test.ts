import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../core/errors.js';
import { itemSeed } from '../../core/rng.js';
import { codeOptions, configHash, loadConfig, resolveConfig } from '../../pipeline/config.js';
import { CodeProcessor } from '../../pipeline/code/code-processor.js';
import { CODE_SKILLS } from '../../pipeline/code/problem-types.js';
import { Sandbox } from '../../pipeline/code/sandbox.js';
import { tempDir } from '../helpers/cli.js';

describe('the code options of a config', () => {
  it('are off in the default mix and leave the hash of a config without them as it was', () => {
    const config = resolveConfig({});
    expect(config.mix.code).toBeUndefined();
    expect(config.code).toBeUndefined();
    expect(codeOptions(config)).toEqual({ format: 'tool', boxed: true, mistakeRate: 0.25, skills: [...CODE_SKILLS], workers: 0, timeoutMs: 3000, outputChars: 4000, memoryMb: 256 });
    // The hash of the defaults did not move when code items came (main's value).
    expect(configHash(config)).toBe(configHash(resolveConfig({ seed: 42 })));
  });

  it('a preset is the base the config file is laid over', () => {
    const file = join(tempDir('preset'), 'job.yaml');
    writeFileSync(file, 'count: 7\ncode:\n  boxed: false\n');
    const config = loadConfig(file, { preset: 'code-inline' });
    expect(config.mix).toEqual({ code: 1 });
    expect(config.count).toBe(7);
    expect(codeOptions(config)).toMatchObject({ format: 'inline', boxed: false });
    expect(() => loadConfig(undefined, { preset: 'nope' })).toThrow(/no preset is named "nope"; the presets are code, code-inline, tools-and-code/);
  });

  // [config, what the error must say]
  const BAD: [Record<string, unknown>, RegExp][] = [
    [{ mix: { code: 1 }, code: { format: 'markdown' } }, /at \/code\/format: must be one of "tool", "inline" \(got "markdown"\)/],
    [{ mix: { code: 1 }, code: { skills: ['algebra'] } }, /at \/code\/skills\/0: must be one of "arithmetic"/],
    [{ mix: { code: 1 }, code: { timeoutMs: 5 } }, /at \/code\/timeoutMs: must be >= 100/],
    [{ mix: { code: 1 }, code: { sandbox: true } }, /at \/code\/sandbox: unknown option/],
    [
      { mix: { code: 1 }, code: { format: 'inline' }, backend: 'llm', endpoints: [{ name: 'a', baseURL: 'http://127.0.0.1:1/v1' }], roles: { assistant: { endpoint: 'a', model: 'm' } } },
      /at \/code\/format: the LLM backend writes code items with the python tool only/,
    ],
    [{ mix: { code: 1 }, code: { problems: 'p.jsonl' } }, /at \/code\/problems: problems from a file need backend "llm"/],
  ];
  it.each(BAD)('refuses %j', (raw, message) => {
    let err: unknown;
    try {
      resolveConfig(raw, {}, 'job.yaml');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(/bad config in job.yaml/);
    expect((err as Error).message).toMatch(message);
  });
});

describe('a program that runs past the limit inside a job', () => {
  const sandbox = new Sandbox({ workers: 1, limits: { timeoutMs: 800 } });
  afterAll(() => sandbox.close());

  it('is stopped, its worker replaced, and the next items are made as before', async () => {
    const processor = new CodeProcessor(resolveConfig({ mix: { code: 1 } }), { sandbox });
    const item = (idx: number) => ({ idx, seed: itemSeed(5, idx), category: 'code' as const, split: 'train' as const, attempts: 1, retryBase: 0 });
    const before = await Promise.all([0, 1, 2].map((i) => processor.codeItem(item(i))));
    const replaced = sandbox.replaced;
    const started = Date.now();
    let stoppedAfterMs = 0;
    const loop = processor.run('while True: pass').then((r) => ((stoppedAfterMs = Date.now() - started), r));
    const [stuck, ...after] = await Promise.all([loop, ...[0, 1, 2].map((i) => processor.codeItem(item(i)))]);
    expect(stuck.error).toBe('TimeoutError: the program ran longer than 800 ms and was stopped');
    expect(stoppedAfterMs).toBeGreaterThanOrEqual(800);
    expect(stoppedAfterMs).toBeLessThan(800 + 10_000); // stopped by the limit, with room for a loaded machine
    expect(sandbox.replaced).toBe(replaced + 1);
    expect(after.map((o) => o.status)).toEqual(['accepted', 'accepted', 'accepted']);
    expect(after).toEqual(before);
  });
});
