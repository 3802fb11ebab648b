/**
 * One error path for what the file system and the machine refuse: one line naming the path
 * and what to do, exit 1 or 2, no stack trace, inputs unchanged. A read-only job is read where
 * it is; a full disk says how to go on; the lock decides a race of two runs.
 *
 * CI runs as root, for whom a read-only directory is still writable: the read-only and full
 * cases run in a user and mount namespace (`unshare -rm`) on a read-only bind mount and a
 * small tmpfs, and are skipped where the kernel does not allow those namespaces.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { resourceError } from '../../core/fs-errors.js';
import { CLI, runCli, snapshotDir, startCli, tempDir } from '../helpers/cli.js';

const oneLine = (stderr: string): void => {
  expect(stderr.trim().split('\n'), stderr).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at |SqliteError|Unhandled/);
};

/** Can this machine make a user and mount namespace (a read-only bind mount, a tmpfs) without privileges? */
const namespaces = spawnSync('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=1m tmpfs /mnt && echo ok'], { encoding: 'utf8' }).stdout?.trim() === 'ok';

/** Run the CLI in a namespace after `setup` (shell commands that mount). */
function inNamespace(setup: string, args: readonly string[]): { code: number | null; stdout: string; stderr: string } {
  const quoted = [process.execPath, CLI, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const r = spawnSync('unshare', ['-rm', 'sh', '-c', `${setup} && exec ${quoted}`], { encoding: 'utf8', env: { ...process.env, TOOLFORGE_LOG_LEVEL: 'warn' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('run --out that cannot be a directory', () => {
  const base = tempDir('fs-out');
  writeFileSync(join(base, 'file'), 'mine');
  symlinkSync(join(base, 'nowhere'), join(base, 'dangling'));
  symlinkSync(join(base, 'loop-b'), join(base, 'loop-a'));
  symlinkSync(join(base, 'loop-a'), join(base, 'loop-b'));
  const cases: [string, string, RegExp][] = [
    ['empty', '', /--out is empty/],
    ['a file', join(base, 'file'), /is a file, not a directory/],
    ['under a file', join(base, 'file', 'job'), /goes through a file as if it were a directory \[ENOTDIR\]/],
    ['a dangling symlink', join(base, 'dangling'), /is a symbolic link to .*nowhere, which does not exist/],
    ['a symlink loop', join(base, 'loop-a'), /is a loop of symbolic links \[ELOOP\]/],
  ];
  it.each(cases)('%s: exit 2, one line, nothing made', async (_name, out, message) => {
    const before = readdirSync(base).sort();
    const r = await runCli(['run', '--out', out, '--count', '10']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    oneLine(r.stderr);
    expect(readdirSync(base).sort()).toEqual(before);
  });
});

describe('a read-only job', () => {
  let job: string;
  let mount: string;
  beforeAll(async () => {
    const base = tempDir('fs-ro');
    job = join(base, 'job');
    mount = join(base, 'ro');
    mkdirSync(mount);
    expect((await runCli(['run', '--out', job, '--count', '30'])).code).toBe(0);
    // At rest: the WAL folded back and its files gone, as after a clean stop and a reboot.
    expect(readdirSync(job).filter((n) => n.includes('-wal') || n.includes('-shm'))).toEqual([]);
  }, 120_000);
  const setup = (): string => `mount --bind -o ro '${job}' '${mount}'`;

  it.skipIf(!namespaces)('is read by status, export, card --out and report --out, where it is', () => {
    const before = snapshotDir(job);
    const out = tempDir('fs-ro-out');
    for (const args of [
      ['status', mount],
      ['status', mount, '--json'],
      ['export', mount, '--format', 'openai', '--out', join(out, 'all.jsonl'), '--no-check-templates'],
      ['card', mount, '--out', join(out, 'card.md')],
      ['report', mount, '--out', join(out, 'report.html')],
    ]) {
      const r = inNamespace(setup(), args);
      expect(r.code, `${args[0]}: ${r.stderr}`).toBe(0);
    }
    expect(readdirSync(out).sort()).toEqual(['all.jsonl', 'card.md', 'report.html']);
    expect(snapshotDir(job)).toEqual(before);
  });

  it.skipIf(!namespaces)('refuses what would write into it with exit 2 and one line that says what works', () => {
    const cases: [string[], RegExp][] = [
      [['card', mount], /README\.md\.partial cannot be written.*\[EROFS\]; give --out FILE/],
      [['report', mount], /report\.html\.partial cannot be written.*\[EROFS\]; give --out FILE/],
      [['resume', mount], /the job in .* cannot be written.*\[EROFS\]; status, export, card --out and report --out read it/],
      [['run', '--out', mount, '--count', '30'], /the job in .* cannot be written.*\[EROFS\]/],
    ];
    for (const [args, message] of cases) {
      const r = inNamespace(setup(), args);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(message);
      oneLine(r.stderr);
    }
  });
});

describe('a full disk', () => {
  it.skipIf(!namespaces)('stops run with exit 1 and one line that names the resume command', () => {
    const base = tempDir('fs-full');
    const mnt = join(base, 'mnt');
    mkdirSync(mnt);
    const r = inNamespace(`mount -t tmpfs -o size=2m tmpfs '${mnt}'`, ['run', '--out', join(mnt, 'job'), '--count', '3000']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/no space left on the device \[(SQLITE_FULL|ENOSPC)\]; free some space, then run `toolforge resume .*job` \(nothing is lost\)/);
    oneLine(r.stderr);
  });
});

describe('two runs racing on one new directory', () => {
  it('are decided by the lock: the loser says another process runs the job, never that the checkpoint is damaged', async () => {
    for (let round = 0; round < 2; round++) {
      const dir = join(tempDir('fs-race'), 'job');
      const runs = await Promise.all([0, 1].map(() => startCli(['run', '--out', dir, '--count', '30']).done));
      for (const r of runs) {
        expect([0, 2], r.stderr).toContain(r.code);
        expect(r.stderr).not.toMatch(/cannot read the checkpoint|no such table/);
        if (r.code === 2) expect(r.stderr).toMatch(/another toolforge process \(pid \d+\) is running the job in/);
      }
      expect(runs.some((r) => r.code === 0)).toBe(true);
    }
  });

  it('the moment the winner has made the checkpoint file and not yet its tables: the loser waits for nothing and says so', async () => {
    const dir = tempDir('fs-race-moment');
    // The winner's state at that moment: its lock (a live process: this one) and an empty database file.
    writeFileSync(join(dir, 'job.lock'), String(process.pid));
    writeFileSync(join(dir, 'checkpoint.sqlite'), '');
    const before = snapshotDir(dir);
    for (const args of [['run', '--out', dir, '--count', '30'], ['resume', dir]]) {
      const r = await runCli(args);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`another toolforge process \\(pid ${process.pid}\\) is running the job in`));
      oneLine(r.stderr);
    }
    expect(snapshotDir(dir)).toEqual(before);
  });
});

describe('a zero-byte checkpoint', () => {
  it('is reported (exit 1) and left as it is by status, resume and run', async () => {
    const dir = tempDir('fs-zero');
    writeFileSync(join(dir, 'checkpoint.sqlite'), '');
    for (const args of [['status', dir], ['resume', dir], ['run', '--out', dir]]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(/checkpoint\.sqlite: it is empty \(0 bytes\)\. The file was left as it is/);
      oneLine(r.stderr);
      expect(readdirSync(dir)).toEqual(['checkpoint.sqlite']);
      expect(existsSync(join(dir, 'checkpoint.sqlite')) && snapshotDir(dir)['checkpoint.sqlite']).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    }
  });
});

describe('an error nobody foresaw', () => {
  it('is one line without --debug, with its stack trace with --debug (anywhere on the line)', async () => {
    const dir = join(tempDir('fs-unexpected'), 'job');
    expect((await runCli(['run', '--out', dir, '--count', '10'])).code).toBe(0);
    const db = new Database(join(dir, 'checkpoint.sqlite'));
    db.prepare("UPDATE meta SET value = '{not json' WHERE key = 'config'").run();
    db.close();
    const plain = await runCli(['status', dir]);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toMatch(/^toolforge: unexpected error: .*JSON.* \(run again with --debug for the stack trace\)\n$/);
    for (const args of [['--debug', 'status', dir], ['status', dir, '--debug']]) {
      const debug = await runCli(args);
      expect(debug.code).toBe(1);
      expect(debug.stderr).toMatch(/\n\s+at .*checkpoint\.js:\d+:\d+/);
    }
  });
});

describe('each kind of refusal', () => {
  const error = (code: string, extra: Record<string, unknown> = {}): Error => Object.assign(new Error(`${code}: raw`), { code, ...extra });
  it.each([
    ['ENOENT', 2, /\/x\/y does not exist \[ENOENT\]; check the path/],
    ['ENOTDIR', 2, /goes through a file/],
    ['EISDIR', 2, /is a directory \[EISDIR\]; give a file path/],
    ['EACCES', 2, /permission denied \[EACCES\]; give a place you may use/],
    ['EROFS', 2, /read-only file system .*\[EROFS\]; give a writable place/],
    ['ELOOP', 2, /loop of symbolic links/],
    ['ENOSPC', 1, /no space left on the device \[ENOSPC\]; free some space, then run `toolforge resume \/x` \(nothing is lost\)/],
    ['SQLITE_FULL', 1, /no space left on the device \[SQLITE_FULL\]/],
    ['SQLITE_READONLY_DBMOVED', 2, /read-only .*\[SQLITE_READONLY\]/],
  ])('%s: exit %i, the path and what to do', (code, exit, message) => {
    const e = resourceError(error(code, code.startsWith('SQLITE') ? {} : { path: '/x/y' }), { path: '/x/checkpoint.sqlite', then: 'toolforge resume /x' });
    expect(e?.exitCode).toBe(exit);
    expect(e?.message).toMatch(message);
    expect(e?.message).not.toContain('raw');
  });
  it('leaves other errors to the caller', () => {
    expect(resourceError(new Error('boom'))).toBeUndefined();
    expect(resourceError(error('SQLITE_CORRUPT'))).toBeUndefined();
  });
});
