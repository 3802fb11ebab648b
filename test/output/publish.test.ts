import { createHash } from 'node:crypto';
import { cpSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { openJobView } from '../../pipeline/engine/job-view.js';
import { publishCommand } from '../../cli/commands/output.js';
import { jobShards } from '../../output/export.js';
import { PUBLISH_TIMEOUTS } from '../../output/publish.js';
import { HUB_FEATURES, cardFeature, duckdbType } from '../../output/hub-schema.js';
import { compareWithJsonl, parquetColumnTypes } from '../../output/parquet.js';
import { startHubStub, type HubStub } from '../../scripts/lib/hub-stub-server.js';
import { tempDir } from '../helpers/cli.js';
import { captureIo, makeJob } from '../helpers/output-job.js';
import { startSilentServer } from '../helpers/silent-server.js';

const TOKEN = 'hf_stubTokenDoNotLeak0123456789';
let job: string;
let stub: HubStub;

beforeAll(async () => {
  job = await makeJob('publish');
}, 120_000);
beforeEach(async () => {
  stub = await startHubStub({ token: TOKEN });
});
afterEach(async () => {
  await stub.close();
});

function copyJob(label: string): string {
  const dir = join(tempDir(label), 'job');
  cpSync(job, dir, { recursive: true });
  return dir;
}

const publish = (dir: string, io = captureIo(), extra: Partial<Parameters<typeof publishCommand>[0]> = {}) =>
  publishCommand({ dir, repo: 'tester/tools-ds', private: false, hubUrl: stub.url, partial: false, env: { HF_TOKEN: TOKEN }, retryDelayMs: 5, ...extra }, io).then((code) => ({ code, io }));

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? allFiles(join(dir, n)) : [join(dir, n)]));
}

describe('publish --parquet to a Hub stand-in', () => {
  it('writes each shard as Parquet (recorded with its sha256), uploads those and a card whose features and data files match them', async () => {
    const dir = copyJob('pub-parquet');
    const { code, io } = await publish(dir, captureIo(), { parquet: true });
    expect(code, io.text()).toBe(0);
    const repo = stub.repos.get('datasets/tester/tools-ds')!;
    const twins = openJobView(dir).parquetShards()!;
    expect(twins.length).toBe(jobShards(openJobView(dir)).length);
    expect(repo.commits[0].paths.sort()).toEqual([...twins.map((t) => t.path), 'README.md'].sort());
    for (const t of twins) {
      const uploaded = repo.files.get(t.path)!;
      expect(uploaded.content.subarray(0, 4).toString()).toBe('PAR1');
      expect(uploaded.lfsOid).toBe(t.sha256);
      expect(createHash('sha256').update(uploaded.content).digest('hex')).toBe(t.sha256);
    }
    // The uploaded files hold the job's records: read back, row by row.
    let rows = 0;
    for (const t of twins) rows += await compareWithJsonl(join(dir, t.path), join(dir, t.path.replace(/\.parquet$/, '.jsonl')));
    expect(rows).toBe(jobShards(openJobView(dir)).reduce((n, s) => n + s.records, 0));
    const card = repo.files.get('README.md')!.content.toString();
    const header = parseYaml(card.split('---\n')[1]) as { dataset_info: { features: unknown }; configs: { data_files: { path: string }[] }[] };
    expect(header.dataset_info.features).toEqual(HUB_FEATURES.map(cardFeature));
    for (const f of header.configs[0].data_files) expect(f.path).toMatch(/^data\/\w+-\*\.parquet$/);
    const columns = await parquetColumnTypes(join(dir, twins[0].path));
    expect(columns.map((c) => c.type.replace(/"/g, ''))).toEqual(HUB_FEATURES.map((f) => duckdbType(f.type).replace(/"/g, '')));
    for (const t of twins) expect(card).toContain(`| ${t.path} | ${t.records} | \`${t.sha256}\` |`);
  });

  it('replaces JSONL shards published before, converts nothing twice, and changes nothing when run again', async () => {
    const dir = copyJob('pub-switch');
    expect((await publish(dir)).code).toBe(0);
    const repo = stub.repos.get('datasets/tester/tools-ds')!;
    const io = captureIo();
    expect((await publish(dir, io, { parquet: true })).code).toBe(0);
    expect([...repo.files.keys()].filter((p) => p.endsWith('.jsonl'))).toEqual([]);
    expect(io.stderr.join('\n')).toMatch(/wrote data\/train-00000\.parquet: \d+ rows/);
    const again = captureIo();
    expect((await publish(dir, again, { parquet: true })).code).toBe(0);
    expect(again.stderr.join('\n')).not.toMatch(/wrote data\//);
    expect(again.stdout.join('\n')).toMatch(/is up to date/);
    expect(repo.commits).toHaveLength(2);
  });
});

describe('publish to a Hub that accepts the connection and never answers (issue 17)', () => {
  it('gives up each attempt after the first-byte timeout, retries, and exits 1 saying why, in seconds not minutes', async () => {
    const silent = await startSilentServer();
    try {
      const t0 = Date.now();
      const { code, io } = await publish(copyJob('pub-silent'), captureIo(), { hubUrl: silent.url, timeouts: { firstByteMs: 300 }, attempts: 3 });
      expect(Date.now() - t0).toBeLessThan(5000);
      expect(code).toBe(1);
      expect(silent.requests).toEqual(['GET /api/whoami-v2', 'GET /api/whoami-v2', 'GET /api/whoami-v2']);
      const text = io.text();
      expect(text).toMatch(/checking the token failed \(no answer to http:\/\/127\.0\.0\.1:\d+ within 300 ms \(first byte timeout\)\); retrying .* \(attempt 2 of 3\)/);
      expect(text).toContain('within 300 ms (first byte timeout), on the last attempt; nothing was committed');
      expect(text).not.toContain(TOKEN);
    } finally {
      await silent.close();
    }
  });

  it('has short default timeouts (seconds, not undici\'s 300 s)', () => {
    expect(PUBLISH_TIMEOUTS).toEqual({ connectMs: 10_000, firstByteMs: 30_000, totalMs: 120_000 });
  });
});

describe('publish to a Hub stand-in', () => {
  it('creates the repo and uploads the shards and the card in one commit, with progress', async () => {
    const dir = copyJob('pub-first');
    const { code, io } = await publish(dir);
    expect(code, io.text()).toBe(0);
    const repo = stub.repos.get('datasets/tester/tools-ds')!;
    expect(repo).toBeDefined();
    expect(repo.private).toBe(false);
    expect(repo.commits).toHaveLength(1);
    const shards = jobShards(openJobView(dir));
    expect(repo.commits[0].paths.sort()).toEqual([...shards.map((s) => s.path), 'README.md'].sort());
    for (const s of shards) expect(repo.files.get(s.path)?.lfsOid).toBe(s.sha256);
    expect(repo.files.get('README.md')!.content.equals(readFileSync(join(dir, 'README.md')))).toBe(true);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('load_dataset("tester/tools-ds")');
    expect(io.stderr.join('\n')).toMatch(/uploaded data\/train-00000\.jsonl \(\d\/\d files, \d+% of \d+ bytes\)/);
    expect(io.stdout.join('\n')).toMatch(/published 5 files to .*tester\/tools-ds in commit [0-9a-f]{40}/);
    const routes = stub.log.map((l) => `${l.method} ${l.path.split('?')[0]}`);
    expect(routes).toEqual(
      expect.arrayContaining([
        'GET /api/whoami-v2',
        'POST /api/repos/create',
        'POST /api/datasets/tester/tools-ds/preupload/main',
        'POST /datasets/tester/tools-ds.git/info/lfs/objects/batch',
        'POST /api/datasets/tester/tools-ds/commit/main',
      ]),
    );
  });

  it('changes nothing when run again after a success', async () => {
    const dir = copyJob('pub-again');
    expect((await publish(dir)).code).toBe(0);
    const repo = stub.repos.get('datasets/tester/tools-ds')!;
    const before = stub.log.length;
    const files = new Map([...repo.files].map(([p, f]) => [p, createHash('sha256').update(f.content).digest('hex')]));
    const { code, io } = await publish(dir);
    expect(code).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/is up to date; nothing was uploaded/);
    expect(repo.commits).toHaveLength(1);
    const second = stub.log.slice(before).map((l) => `${l.method} ${l.path.split('?')[0]}`);
    expect(second.some((r) => /commit|preupload|lfs|repos\/create/.test(r))).toBe(false);
    expect(new Map([...repo.files].map(([p, f]) => [p, createHash('sha256').update(f.content).digest('hex')]))).toEqual(files);
  });

  it('retries a failed commit (500 once) and a failed LFS upload, and succeeds', async () => {
    const dir = copyJob('pub-retry');
    stub.failNext('commit', 500, 1);
    stub.failNext('lfs-put', 503, 1);
    const { code, io } = await publish(dir);
    expect(code, io.text()).toBe(0);
    expect(io.stderr.join('\n')).toMatch(/the upload failed \(HTTP 50\d.*retrying/);
    const repo = stub.repos.get('datasets/tester/tools-ds')!;
    expect(repo.commits).toHaveLength(1);
    expect(stub.log.filter((l) => l.path.includes('/commit/main')).map((l) => l.status)).toEqual([500, 200]);
    expect(stub.log.filter((l) => l.method === 'PUT' && l.status === 503)).toHaveLength(1);
    for (const s of jobShards(openJobView(dir))) expect(repo.files.get(s.path)?.lfsOid).toBe(s.sha256);
  });

  it('gives up after the attempts with exit 1 and a clear message', async () => {
    const dir = copyJob('pub-fail');
    stub.failNext('commit', 500, 10);
    const { code, io } = await publish(dir);
    expect(code).toBe(1);
    expect(io.stderr.at(-1)).toMatch(/toolforge publish: .*500/);
    expect(stub.repos.get('datasets/tester/tools-ds')!.commits).toHaveLength(0);
  });

  it('never writes HF_TOKEN to the card, the logs or the checkpoint', async () => {
    const dir = copyJob('pub-secret');
    const { io } = await publish(dir, captureIo(), { private: true });
    expect(stub.repos.get('datasets/tester/tools-ds')!.private).toBe(true);
    expect(io.text()).not.toContain(TOKEN);
    for (const f of allFiles(dir)) expect(readFileSync(f).includes(TOKEN), f).toBe(false);
    const repo = stub.repos.get('datasets/tester/tools-ds')!;
    for (const f of repo.files.values()) expect(f.content.includes(TOKEN)).toBe(false);
    // a wrong token is refused by the Hub, and the message does not carry it either
    const other = await publish(dir, captureIo(), { env: { HF_TOKEN: 'hf_wrongTokenXYZ' } });
    expect(other.code).toBe(1);
    expect(other.io.text()).not.toContain('hf_wrongTokenXYZ');
  });

  it('refuses an incomplete job unless --partial, and a missing token, with exit 2', async () => {
    const dir = copyJob('pub-partial');
    const db = new Database(join(dir, 'checkpoint.sqlite'));
    db.prepare("UPDATE meta SET value = '0' WHERE key = 'complete'").run();
    db.close();
    let r = await publish(dir);
    expect(r.code).toBe(2);
    expect(r.io.text()).toMatch(/is not complete .*--partial/);
    expect(stub.repos.size).toBe(0);
    r = await publish(dir, captureIo(), { partial: true });
    expect(r.code, r.io.text()).toBe(0);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toMatch(/Incomplete job/);
    r = await publish(dir, captureIo(), { env: {} });
    expect(r.code).toBe(2);
    expect(r.io.text()).toMatch(/HF_TOKEN/);
    r = await publish(dir, captureIo(), { repo: 'no-owner' });
    expect(r.code).toBe(2);
    expect(r.io.text()).toMatch(/--repo must be OWNER\/NAME/);
  });
});
