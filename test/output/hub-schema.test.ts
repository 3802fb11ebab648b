import { appendFileSync, copyFileSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { exportCommand } from '../../cli/commands/output.js';
import { HUB_FEATURES, cardFeature, schemaPaths } from '../../output/hub-schema.js';
import { parseRecordLine } from '../../output/hub-row.js';
import { ArrowTypeChecker, checkArrowTypes, jsonlFiles } from '../../verifiers/arrow-types.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { captureIo, makeJob } from '../helpers/output-job.js';

let dir: string;
let out: string;

beforeAll(async () => {
  // Every category, a nested-argument heavy pool: the shapes that broke Arrow before.
  dir = await makeJob('hub-schema', {
    count: 400,
    shardRecords: 150,
    mix: 'mix: { single: 1, multiple: 1, parallel: 1, parallel-multiple: 1, dependent: 1, nested: 1, irrelevance: 1, clarification: 1, multi-turn: 1, safety: 1 }',
  });
  out = tempDir('hub-schema-out');
}, 120_000);

describe('the published schema', () => {
  it('is a few dozen column paths', () => {
    expect(schemaPaths().length).toBeGreaterThan(15);
    expect(schemaPaths().length).toBeLessThanOrEqual(40);
  });

  it("holds for every row of a job's shards: no conflicting path, only the schema's paths", async () => {
    const report = await checkArrowTypes(jsonlFiles(join(dir, 'data')));
    expect(report.rows).toBe(400);
    expect(report.conflicts).toEqual([]);
    expect(report.malformed).toEqual([]);
    const checker = new ArrowTypeChecker();
    for (const f of jsonlFiles(join(dir, 'data'))) {
      readFileSync(f, 'utf8').trim().split('\n').forEach((l, i) => checker.addLine(l, { file: f, line: i + 1 }));
    }
    const declared = new Set(schemaPaths());
    for (const p of checker.columnPathList()) expect(declared.has(p), p).toBe(true);
  });

  it('reads back to records whose tools, plan and verdict are objects again', () => {
    const file = jsonlFiles(join(dir, 'data'))[0];
    for (const line of readFileSync(file, 'utf8').trim().split('\n')) {
      const r = parseRecordLine(line);
      for (const t of r.tools) expect(t.function.parameters.type).toBe('object');
      expect(r.meta.verdict.accepted).toBe(true);
      expect(Array.isArray(r.meta.plan?.calls)).toBe(true);
    }
  });

  it.each(['openai', 'sharegpt', 'hermes', 'xlam', 'messages'])('holds for the %s export', async (format) => {
    const path = join(out, `${format}.jsonl`);
    const code = await exportCommand({ dir, format, out: path, rationale: 'reasoning', checkTemplates: false }, captureIo());
    expect(code).toBe(0);
    const report = await checkArrowTypes([path]);
    expect(report.rows).toBeGreaterThan(0);
    expect(report.conflicts).toEqual([]);
    expect(report.columnPaths).toBeLessThanOrEqual(40);
  });

  it('is broken by --json-objects, as the export warns (tool parameters differ in shape)', async () => {
    const path = join(out, 'openai-objects.jsonl');
    const io = captureIo();
    expect(await exportCommand({ dir, format: 'openai', out: path, rationale: 'reasoning', checkTemplates: false, jsonObjects: true }, io)).toBe(0);
    expect(io.stderr.join('\n')).toMatch(/does not load with datasets\/Arrow/);
    expect((await checkArrowTypes([path])).columnPaths).toBeGreaterThan(40);
  });

  it("is what the card declares in dataset_info.features, with each split's size", () => {
    const card = readFileSync(join(dir, 'README.md'), 'utf8');
    const header = parseYaml(card.split('---\n')[1]) as { dataset_info: { features: unknown[]; splits: { name: string; num_examples: number }[] }; configs: { data_files: { path: string }[] }[] };
    expect(header.dataset_info.features).toEqual(HUB_FEATURES.map(cardFeature));
    const total = header.dataset_info.splits.reduce((n, s) => n + s.num_examples, 0);
    expect(total).toBe(400);
    for (const f of header.configs[0].data_files) expect(f.path).toMatch(/^data\/\w+-\*\.jsonl$/);
  });
});

describe('toolforge verify --hub-schema', () => {
  it('passes a job directory (exit 0) and fails a copy with one planted conflicting row (exit 1), naming the path and both rows', async () => {
    const ok = await runCli(['verify', join(dir, 'data'), '--hub-schema']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/400 row\(s\), \d+ column path\(s\), 0 conflicting path\(s\)/);

    const planted = join(tempDir('hub-planted'), 'train.jsonl');
    const first = readdirSync(join(dir, 'data')).find((n) => n.startsWith('train-'))!;
    copyFileSync(join(dir, 'data', first), planted);
    const row = JSON.parse(readFileSync(planted, 'utf8').split('\n')[0]) as { meta: { seed: unknown } };
    row.meta.seed = String(row.meta.seed); // a number column that is a string in one row
    appendFileSync(planted, `${JSON.stringify(row)}\n`);
    const bad = await runCli(['verify', planted, '--hub-schema']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/\/meta\/seed: int in .*train\.jsonl:1, then string in .*train\.jsonl:151/);
    expect(bad.stdout).toContain('would not load');
  });

  it('says what is wrong with a path it cannot read (exit 2)', async () => {
    const r = await runCli(['verify', join(out, 'missing'), '--hub-schema']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot read .*missing/);
  });
});
