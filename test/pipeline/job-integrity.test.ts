/**
 * Integrity by hash: a sealed shard whose bytes are not the ones the job wrote (deleted, cut
 * short, or edited in place at the same size) is never read as if it were right. `status`
 * says so (exit 1), `export`, `card`, `report` and `publish` refuse it naming the shard, and
 * `resume` rebuilds it byte for byte from the checkpoint's items, or stops with exit 1.
 */
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { publishCommand } from '../../cli/commands/output.js';
import { startHubStub, type HubStub } from '../../scripts/lib/hub-stub-server.js';
import { runCli, snapshotDir, tempDir } from '../helpers/cli.js';
import { captureIo } from '../helpers/output-job.js';

const SHARD = join('data', 'train-00001.jsonl');
let job: string;
let reference: Record<string, string>;

/** Change one letter of a text value in the middle of the file: same size, still valid JSON. */
function editInPlace(file: string): void {
  const bytes = readFileSync(file);
  let at = bytes.indexOf('"content":"', Math.floor(bytes.length / 2)) + '"content":"'.length;
  while (!(bytes[at] >= 0x61 && bytes[at] <= 0x7a)) at++;
  bytes[at] = bytes[at] === 0x61 ? 0x62 : 0x61;
  writeFileSync(file, bytes);
}

function copyJob(label: string): string {
  const dir = join(tempDir(label), 'job');
  cpSync(job, dir, { recursive: true });
  return dir;
}

const dataOf = (snapshot: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(snapshot).filter(([k]) => k.startsWith('data/')));

beforeAll(async () => {
  const base = tempDir('integrity');
  writeFileSync(join(base, 'job.yaml'), 'output: { shardRecords: 30 }\nunseen: { itemShare: 0.2 }\n');
  job = join(base, 'job');
  const r = await runCli(['run', '--out', job, '--count', '120', '--seed', '5', '--config', join(base, 'job.yaml')]);
  expect(r.code, r.stderr).toBe(0);
  reference = dataOf(snapshotDir(job));
}, 120_000);

describe('a sealed shard edited in place at the same size', () => {
  it('is caught by status (exit 1, the shard marked), export, card and report (exit 1, naming it, writing nothing)', async () => {
    const dir = copyJob('int-edit');
    editInPlace(join(dir, SHARD));
    const status = await runCli(['status', dir]);
    expect(status.code).toBe(1);
    expect(status.stdout).toMatch(new RegExp(`${SHARD.replace('.', '\\.')} .*MISSING OR CHANGED ON DISK`));
    expect(status.stderr).toContain(`toolforge resume ${dir}`);
    const json = await runCli(['status', dir, '--json']);
    expect(json.code).toBe(1);
    expect((JSON.parse(json.stdout) as { shards: { path: string; onDisk: boolean }[] }).shards.filter((s) => !s.onDisk).map((s) => s.path)).toEqual([SHARD]);
    const before = snapshotDir(dir);
    const out = join(tempDir('int-edit-out'), 'x.jsonl');
    for (const args of [['export', dir, '--format', 'openai', '--out', out], ['card', dir], ['report', dir]]) {
      const r = await runCli(args);
      expect(r.code, `${args[0]}: ${r.stderr}`).toBe(1);
      expect(r.stderr).toContain(`shard ${join(dir, SHARD)} has changed since it was written`);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(existsSync(out)).toBe(false);
    expect(snapshotDir(dir)).toEqual(before);
  });

  it('is rebuilt byte for byte by resume of the complete job, which then checks as right', async () => {
    const dir = copyJob('int-resume');
    editInPlace(join(dir, SHARD));
    const r = await runCli(['resume', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('rebuilding it from the checkpoint');
    expect(r.stdout).toContain('already complete');
    expect(dataOf(snapshotDir(dir))).toEqual(reference);
    expect((await runCli(['status', dir])).code).toBe(0);
  });

  it('stops resume with exit 1 naming the shard when its items no longer give the same bytes', async () => {
    const dir = copyJob('int-cannot');
    editInPlace(join(dir, SHARD));
    const db = new Database(join(dir, 'checkpoint.sqlite'));
    const { firstIdx } = db.prepare("SELECT first_idx AS firstIdx FROM shards WHERE split = 'train' AND seq = 1").get() as { firstIdx: number };
    db.prepare('UPDATE items SET seed = seed + 1 WHERE idx = ?').run(firstIdx);
    db.close();
    const edited = readFileSync(join(dir, SHARD));
    const r = await runCli(['resume', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`shard ${join(dir, SHARD).replace(/\./g, '\\.')} has changed since it was written.*cannot be rebuilt`));
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(dir, SHARD)).equals(edited)).toBe(true);
    expect(readdirSync(join(dir, 'data')).filter((n) => n.endsWith('.partial'))).toEqual([]);
  });
});

describe('a sealed shard deleted or cut short', () => {
  it('is rebuilt when an interrupted job resumes, which ends with the bytes of an uninterrupted run', async () => {
    const dir = copyJob('int-interrupted');
    // As if the job had stopped before its last shards: not complete, the test shard and the last train shard open again.
    const db = new Database(join(dir, 'checkpoint.sqlite'));
    const last = db.prepare("SELECT max(seq) FROM shards WHERE split = 'train'").pluck().get() as number;
    const row = db.prepare("SELECT first_idx AS firstIdx FROM shards WHERE split = 'train' AND seq = ?").get(last) as { firstIdx: number };
    db.prepare("DELETE FROM shards WHERE split = 'train' AND seq = ?").run(last);
    db.prepare("DELETE FROM shards WHERE split = 'test'").run();
    db.prepare("UPDATE items SET status = 'pending', attempts = 0 WHERE idx >= ? OR split = 'test'").run(row.firstIdx);
    db.prepare("UPDATE meta SET value = '0' WHERE key = 'complete'").run();
    db.prepare("UPDATE meta SET value = '{}' WHERE key = 'open_shards'").run();
    db.close();
    for (const name of readdirSync(join(dir, 'data'))) if (name.startsWith('test-') || name === `train-0000${last}.jsonl`) rmSync(join(dir, 'data', name));
    rmSync(join(dir, 'data', 'train-00000.jsonl'));
    truncateSync(join(dir, SHARD), 100);
    const r = await runCli(['resume', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`shard ${join(dir, 'data', 'train-00000.jsonl')} is recorded in the checkpoint but missing on disk`);
    expect(r.stdout).toMatch(/^done: 120 records/);
    expect(dataOf(snapshotDir(dir))).toEqual(reference);
  });
});

describe('the stamp cache', () => {
  const stamps = (dir: string): (string | null)[] => {
    const db = new Database(join(dir, 'checkpoint.sqlite'), { readonly: true });
    try {
      return db.prepare('SELECT file_stamp FROM shards ORDER BY split, seq').pluck().all() as (string | null)[];
    } finally {
      db.close();
    }
  };

  it('is written at each seal, and again by status for a copied job whose files have new stamps', async () => {
    expect(stamps(job).every((s) => s !== null)).toBe(true);
    const dir = copyJob('int-stamps');
    const copied = stamps(dir);
    expect((await runCli(['status', dir])).code).toBe(0);
    const after = stamps(dir);
    expect(after.every((s, i) => s !== null && s !== copied[i])).toBe(true);
  });
});

describe('publish', () => {
  const TOKEN = 'hf_stubTokenDoNotLeak0123456789';
  let stub: HubStub;
  beforeEach(async () => {
    stub = await startHubStub({ token: TOKEN });
  });
  afterEach(async () => {
    await stub.close();
  });
  const publish = (dir: string, io: ReturnType<typeof captureIo>) =>
    publishCommand({ dir, repo: 'tester/ds', private: false, hubUrl: stub.url, partial: false, env: { HF_TOKEN: TOKEN }, retryDelayMs: 5 }, io);

  it('uploads nothing when a shard was edited in place', async () => {
    const dir = copyJob('int-pub');
    editInPlace(join(dir, SHARD));
    const io = captureIo();
    expect(await publish(dir, io)).toBe(1);
    expect(io.text()).toContain(`shard ${join(dir, SHARD)} has changed since it was written`);
    expect(stub.repos.get('datasets/tester/ds')?.commits ?? []).toEqual([]);
  });

  it('never sends a file that changed after the card listed its sha256', async () => {
    const dir = copyJob('int-pub-late');
    const io = captureIo();
    // Edited at the last moment: after the card is written, just before the upload.
    const late = { ...io, err: (t: string) => (t.startsWith('publishing ') ? editInPlace(join(dir, SHARD)) : io.err(t)) };
    expect(await publish(dir, late)).toBe(1);
    expect(io.text()).toContain(`${join(dir, SHARD)} has changed since it was written: its sha256 differs from the one the card lists`);
    const repo = stub.repos.get('datasets/tester/ds');
    expect(repo?.commits ?? []).toEqual([]);
    expect([...(repo?.files.keys() ?? [])]).toEqual([]);
  });
});
