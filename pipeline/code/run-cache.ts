/**
 * Program results kept in the job's checkpoint, keyed by the sha256 of the program and the
 * sandbox limits: a program that ran once is never run again, so a resumed job (or an item
 * taken up again after a crash) writes the bytes the first run would have, whatever the
 * machine's speed does to a program near its time limit.
 */
import { createHash } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import type { RunResult, SandboxLimits } from './sandbox.js';

type Database = BetterSqlite3.Database;

export function runKey(code: string, limits: SandboxLimits): string {
  return createHash('sha256')
    .update(JSON.stringify({ code, timeoutMs: limits.timeoutMs, outputChars: limits.outputChars, memoryMb: limits.memoryMb }))
    .digest('hex');
}

export class RunCache {
  readonly #get: BetterSqlite3.Statement<[string], { result: string }>;
  readonly #put: BetterSqlite3.Statement<[string, string]>;

  /** `db` is the job's checkpoint; the table is created if missing. */
  constructor(db: Database) {
    db.exec('CREATE TABLE IF NOT EXISTS code_runs (key TEXT PRIMARY KEY, result TEXT NOT NULL)');
    this.#get = db.prepare('SELECT result FROM code_runs WHERE key = ?');
    this.#put = db.prepare('INSERT OR IGNORE INTO code_runs (key, result) VALUES (?, ?)');
  }

  get(key: string): RunResult | undefined {
    const row = this.#get.get(key);
    return row ? (JSON.parse(row.result) as RunResult) : undefined;
  }

  put(key: string, result: RunResult): void {
    this.#put.run(key, JSON.stringify({ stdout: result.stdout, result: result.result, error: result.error }));
  }
}
