import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sizeCategory } from '../../output/card.js';
import { cardCommand } from '../../cli/commands/output.js';
import { redactConfig } from '../../output/dataset-stats.js';
import { captureIo, makeJob } from '../helpers/output-job.js';

let dir: string;
let card: string;

beforeAll(async () => {
  dir = await makeJob('card');
  const io = captureIo();
  expect(await cardCommand(dir, io)).toBe(0);
  expect(io.text()).toContain(join(dir, 'README.md'));
  card = readFileSync(join(dir, 'README.md'), 'utf8');
}, 120_000);

describe('dataset card', () => {
  it('starts with the YAML header the Hub reads, with a config per split', () => {
    const m = /^---\n([\s\S]*?)\n---\n/.exec(card);
    expect(m).not.toBeNull();
    const header = parse(m![1]) as Record<string, any>;
    expect(header.license).toBe('apache-2.0');
    expect(header.language).toEqual(['en']);
    expect(header.task_categories).toEqual(['text-generation']);
    expect(header.tags).toEqual(expect.arrayContaining(['function-calling', 'tool-use', 'synthetic']));
    expect(header.size_categories).toEqual(['n<1K']);
    const files = readdirSync(join(dir, 'data'));
    const splits = [...new Set(files.map((f) => f.replace(/-\d{5}\.jsonl(\.gz)?$/, '')))].sort();
    const dataFiles = header.configs[0].data_files as { split: string; path: string }[];
    expect(header.configs[0].config_name).toBe('default');
    expect(dataFiles.map((d) => d.split).sort()).toEqual(splits);
    expect(dataFiles[0].split).toBe('train');
    for (const d of dataFiles) {
      const re = new RegExp(`^${d.path.replace('*', '.*')}$`);
      expect(files.filter((f) => re.test(`data/${f}`)).length).toBeGreaterThan(0);
    }
  });

  it('has every section: what, how, statistics, verification, cost and time, limitations, loading', () => {
    for (const h of ['## What it is', '## How it was made', '## Statistics', '## Verification', '## Cost', '## Known limitations', '## How to load it']) {
      expect(card).toContain(h);
    }
    expect(card).toMatch(/\| category \| records \| share \|/);
    expect(card).toMatch(/\| domain \| records \| share \|/);
    expect(card).toMatch(/Tools offered per item \(mean \d/);
    expect(card).toMatch(/User turns per item/);
    expect(card).toMatch(/Tool calls per item/);
    expect(card).toMatch(/Tokens per record \(o200k_base.*mean \d+, median \d+/);
    expect(card).toMatch(/\| category \| accepted \| rejected \| failed \| accepted share \|/);
    expect(card).toMatch(/\| `[a-z.-]+` \| \d+ \|/); // a rejection rule row
    expect(card).toContain('from datasets import load_dataset');
    expect(card).toMatch(/Job seed: 42/);
    for (const f of readdirSync(join(dir, 'data'))) expect(card).toContain(`data/${f}`);
  });

  it('is the same every time for the same job', async () => {
    expect(await cardCommand(dir, captureIo())).toBe(0);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(card);
  });

  it('shows the config without secrets', () => {
    const redacted = redactConfig({
      endpoints: [{ name: 'x', apiKeyEnv: 'OPENAI_API_KEY', apiKey: 'sk-secret', headers: { Authorization: 'Bearer abc' } }],
      hfToken: 'hf_abc',
      note: 'hf_inline',
    }) as any;
    expect(JSON.stringify(redacted)).not.toMatch(/sk-secret|Bearer abc|hf_abc|hf_inline/);
    expect(redacted.endpoints[0].apiKeyEnv).toBe('OPENAI_API_KEY');
  });

  it('size categories follow the Hub', () => {
    expect([999, 1000, 99_999, 250_000].map(sizeCategory)).toEqual(['n<1K', '1K<n<10K', '10K<n<100K', '100K<n<1M']);
  });

  it('card of a missing job is bad usage', async () => {
    const io = captureIo();
    expect(await cardCommand(join(dir, 'nope'), io)).toBe(2);
  });
});
