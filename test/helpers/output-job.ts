/** Job directories for the output tests, made by the built CLI as a user makes them. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { CanonicalRecord } from '../../core/record.js';
import { jobShards } from '../../output/export.js';
import { parseRecordLine } from '../../output/hub-row.js';
import { openJobView } from '../../pipeline/engine/job-view.js';
import { runCli, tempDir } from './cli.js';

export interface JobOptions {
  readonly count?: number;
  readonly gzip?: boolean;
  readonly shardRecords?: number;
  readonly extra?: string;
  /** The `mix` line (default: single, parallel and irrelevance alike). */
  readonly mix?: string;
  /** output.format (default jsonl). */
  readonly format?: 'jsonl' | 'parquet';
}

/** Run `toolforge run --out DIR --count N --config X` on the offline backend and return DIR. */
export async function makeJob(label: string, o: JobOptions = {}): Promise<string> {
  const base = tempDir(label);
  const config = join(base, 'job.yaml');
  writeFileSync(
    config,
    [
      o.mix ?? 'mix: { single: 1, parallel: 1, irrelevance: 1 }',
      'offline: { noiseRate: 0.2 }',
      `output: { shardRecords: ${o.shardRecords ?? 25}, gzip: ${o.gzip ? 'true' : 'false'}, format: ${o.format ?? 'jsonl'} }`,
      o.extra ?? '',
    ].join('\n'),
  );
  const dir = join(base, 'job');
  const r = await runCli(['run', '--out', dir, '--count', String(o.count ?? 60), '--config', config]);
  if (r.code !== 0) throw new Error(`toolforge run failed (${r.code}): ${r.stderr.slice(-2000)}`);
  return dir;
}

export interface CapturedIo {
  readonly out: (t: string) => void;
  readonly err: (t: string) => void;
  readonly stdout: string[];
  readonly stderr: string[];
  text(): string;
}

export function captureIo(): CapturedIo {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { out: (t) => stdout.push(t), err: (t) => stderr.push(t), stdout, stderr, text: () => [...stdout, ...stderr].join('\n') };
}

/** A job's records in the order of its shards in the checkpoint (the order exports follow). */
export function jobRecords(dir: string): CanonicalRecord[] {
  return jobShards(openJobView(dir)).flatMap((s) => {
    const buf = readFileSync(join(dir, s.path));
    return (s.path.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8').trim().split('\n').map(parseRecordLine);
  });
}

/** Every category of the mix alike. */
export const ALL_CATEGORIES = 'mix: { single: 1, multiple: 1, parallel: 1, parallel-multiple: 1, dependent: 1, nested: 1, irrelevance: 1, clarification: 1, multi-turn: 1, safety: 1 }';
