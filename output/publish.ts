/**
 * `toolforge publish`: the job's shards and its dataset card to a Hugging Face dataset repo in
 * one commit, with @huggingface/hub. The repo is created if needed; files the Hub already holds
 * with the same content (LFS sha256, or git blob sha1 for regular files) are left out, so
 * publishing again after a success makes no commit at all; shards on the Hub that the job does
 * not have are deleted in the same commit, so the repo matches the job. A failed request
 * (5xx, 429, network) retries the whole commit, which is atomic on the Hub; LFS objects already
 * uploaded are not sent again. The token (HF_TOKEN) goes only into the Authorization header.
 */
import { createHash } from 'node:crypto';
import { openAsBlob, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { HubApiError, commitIter, createRepo, listFiles, repoExists, whoAmI, type CommitOperation } from '@huggingface/hub';
import { ShardIntegrityError } from '../core/errors.js';
import { sha256File } from '../core/file-hash.js';
import { HttpTimeoutError, type HttpTimeouts } from '../core/http-timeouts.js';
import { createTimedFetch } from '../core/timed-fetch.js';
import { CARD_FILE, writeCard } from './card.js';
import { jobShards } from './export.js';
import type { JobView } from './job-view.js';

export const DEFAULT_HUB_URL = 'https://huggingface.co';

/**
 * Per request: 10 s to connect, 30 s to the first byte of the answer (or of silence on the
 * socket, an upload included), 120 s to the answer's last byte. Short, since every attempt is
 * retried and the Hub answers its API in well under a second.
 */
export const PUBLISH_TIMEOUTS: HttpTimeouts = { connectMs: 10_000, firstByteMs: 30_000, totalMs: 120_000 };

export interface PublishOptions {
  readonly job: JobView;
  /** OWNER/NAME */
  readonly repo: string;
  readonly private: boolean;
  readonly hubUrl?: string;
  /** Publish an incomplete job. */
  readonly partial: boolean;
  /**
   * Upload the JSONL shards, or their Parquet twins (which must exist: the job's
   * `output.format: parquet`, or `publish --parquet`, writes them). The other kind is deleted
   * from the repo. Default jsonl.
   */
  readonly format?: 'jsonl' | 'parquet';
  /** Writes the Parquet twins that are missing, once the cheap checks passed (the CLI gives the engine's). */
  readonly makeParquet?: () => Promise<unknown>;
  readonly token: string;
  /** The fetch the hub library uses. Default: a node:http fetch with `timeouts` (core/timed-fetch.ts). */
  readonly fetch?: typeof fetch;
  /** HTTP timeouts of each request (ignored when `fetch` is given). Default PUBLISH_TIMEOUTS. */
  readonly timeouts?: Partial<HttpTimeouts>;
  /** Progress and outcome lines (never the token). */
  readonly log: (line: string) => void;
  /** Attempts of the commit in all. Default 4. */
  readonly attempts?: number;
  /** First wait between attempts, doubled each time. Default 2000 ms. */
  readonly retryDelayMs?: number;
}

export interface PublishResult {
  readonly repoUrl: string;
  readonly created: boolean;
  readonly uploaded: string[];
  readonly deleted: string[];
  readonly unchanged: string[];
  /** The commit made, or undefined when the Hub already held everything. */
  readonly commit?: { oid: string; url: string };
}

/** A publish that cannot start: incomplete job, bad repo name, missing token (exit 2). */
export class PublishUsageError extends Error {}

export const REPO_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,95}\/[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/;

interface LocalFile {
  readonly path: string;
  readonly full: string;
  readonly size: number;
  readonly sha256: string;
  readonly gitSha1?: string;
}

function gitBlobSha1(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

function retryable(err: unknown): boolean {
  if (err instanceof HttpTimeoutError || (err instanceof Error && err.cause instanceof HttpTimeoutError)) return true;
  if (err instanceof HubApiError) return err.statusCode >= 500 || err.statusCode === 429 || err.statusCode === 408;
  // fetch's network failures (connection refused or reset) are TypeErrors with a cause.
  return err instanceof TypeError && /fetch failed|network|socket/i.test(err.message);
}

function describe(err: unknown): string {
  if (err instanceof HubApiError) return `HTTP ${err.statusCode}: ${err.message}`;
  return (err as Error)?.message ?? String(err);
}

export async function publishJob(o: PublishOptions): Promise<PublishResult> {
  if (!REPO_NAME.test(o.repo)) throw new PublishUsageError(`--repo must be OWNER/NAME (letters, digits, . _ -), got "${o.repo}"`);
  if (!o.token) throw new PublishUsageError('no Hugging Face token: set HF_TOKEN to a token with write access (https://huggingface.co/settings/tokens)');
  if (!o.token.startsWith('hf_')) throw new PublishUsageError('HF_TOKEN does not look like a Hugging Face token (they start with "hf_")');
  const dir = o.job.dir;
  const status = o.job.status();
  if (!status.complete && !o.partial) {
    throw new PublishUsageError(
      `the job in ${dir} is not complete (${status.written}/${status.target} records written); finish it with \`toolforge resume ${dir}\`, or publish what is there with --partial`,
    );
  }
  if (o.job.recordFormat() < 2) {
    throw new PublishUsageError(
      `the job in ${dir} was written by an earlier toolforge whose records change column types from row to row, so the Hub could not load them; run the job again with this version`,
    );
  }
  const format = o.format ?? 'jsonl';
  const jsonl = jobShards(o.job);
  if (jsonl.length === 0) throw new PublishUsageError(`the job in ${dir} has no shards to publish yet`);
  if (format === 'parquet') await o.makeParquet?.();
  const twins = format === 'parquet' ? o.job.parquetShards() : undefined;
  if (format === 'parquet' && twins === undefined) throw new PublishUsageError(`the job in ${dir} has no Parquet twin of every shard yet (publish --parquet writes them)`);
  const shards = twins ?? jsonl;

  const hubUrl = (o.hubUrl ?? DEFAULT_HUB_URL).replace(/\/+$/, '');
  const fetchImpl = o.fetch ?? (createTimedFetch({ ...PUBLISH_TIMEOUTS, ...o.timeouts }) as typeof fetch);
  const common = { hubUrl, accessToken: o.token, fetch: fetchImpl };
  const repo = { type: 'dataset' as const, name: o.repo };
  const attempts = o.attempts ?? 4;
  const firstDelay = o.retryDelayMs ?? 2000;
  const withRetry = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn();
      } catch (err) {
        if (!retryable(err) || attempt >= attempts) throw err;
        const wait = firstDelay * 2 ** (attempt - 1);
        o.log(`${what} failed (${describe(err)}); retrying in ${(wait / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${attempts})`);
        await delay(wait);
      }
    }
  };

  const me = await withRetry('checking the token', () => whoAmI(common));
  o.log(`signed in to ${hubUrl} as ${me.name}`);

  const cardPath = await writeCard(o.job, { repo: o.repo, format });
  const card = readFileSync(cardPath);
  const local: LocalFile[] = [
    ...shards.map((s) => ({ path: s.path, full: join(dir, s.path), size: s.bytes, sha256: s.sha256 })),
    { path: CARD_FILE, full: cardPath, size: card.length, sha256: createHash('sha256').update(card).digest('hex'), gitSha1: gitBlobSha1(card) },
  ];

  let created = false;
  if (!(await withRetry('looking up the repo', () => repoExists({ repo, ...common })))) {
    await withRetry('creating the repo', async () => {
      try {
        await createRepo({ repo, ...(o.private ? { visibility: 'private' as const } : {}), ...common });
      } catch (err) {
        // Created by an earlier attempt whose answer was lost: that is success.
        if (err instanceof HubApiError && err.statusCode === 409) return;
        throw err;
      }
    });
    created = true;
    o.log(`created the dataset repo ${o.repo}${o.private ? ' (private)' : ''}`);
  }

  const remote = new Map<string, { oid?: string; lfsOid?: string; size: number }>();
  await withRetry('listing the repo', async () => {
    remote.clear();
    for await (const f of listFiles({ repo, recursive: true, ...common })) {
      if (f.type === 'file') remote.set(f.path, { oid: f.oid, lfsOid: f.lfs?.oid, size: f.size });
    }
  });
  const same = (l: LocalFile): boolean => {
    const r = remote.get(l.path);
    if (!r || r.size !== l.size) return false;
    if (r.lfsOid) return r.lfsOid === l.sha256;
    const sha1 = l.gitSha1 ?? gitBlobSha1(readFileSync(l.full));
    return r.oid === sha1;
  };
  const unchanged = local.filter(same).map((l) => l.path);
  const upload = local.filter((l) => !unchanged.includes(l.path));
  const localPaths = new Set(local.map((l) => l.path));
  const deleted = [...remote.keys()].filter((p) => p.startsWith('data/') && !localPaths.has(p)).sort();
  const repoUrl = `${hubUrl}/datasets/${o.repo}`;
  if (upload.length === 0 && deleted.length === 0) {
    o.log(`nothing to publish: ${repoUrl} already holds these ${local.length} files with the same content`);
    return { repoUrl, created, uploaded: [], deleted: [], unchanged };
  }

  o.log(`publishing ${upload.length} files${deleted.length ? `, deleting ${deleted.length} stale shards` : ''} (${unchanged.length} already there) to ${repoUrl}`);
  const total = upload.reduce((n, f) => n + f.size, 0);
  const commit = await withRetry('the upload', async () => {
    // The last look before the bytes leave: a file whose sha256 is not the one the card lists is never sent.
    for (const f of upload) {
      if (sha256File(f.full) !== f.sha256) {
        throw new ShardIntegrityError(`${f.full} has changed since it was written: its sha256 differs from the one the card lists; nothing was uploaded`);
      }
    }
    const operations: CommitOperation[] = [
      ...(await Promise.all(upload.map(async (f) => ({ operation: 'addOrUpdate' as const, path: f.path, content: await openAsBlob(f.full) })))),
      ...deleted.map((path) => ({ operation: 'delete' as const, path })),
    ];
    const done = new Set<string>();
    let lastPct = -1;
    const it = commitIter({
      repo,
      operations,
      title: `toolforge: ${status.complete ? '' : 'partial, '}${status.written} records in ${shards.length} shards, dataset card`,
      useXet: false,
      ...common,
    });
    for (;;) {
      const step = await it.next();
      if (step.done) return step.value;
      const e = step.value;
      if (e.event === 'phase') o.log(`  ${e.phase}`);
      else if (e.event === 'fileProgress' && e.state === 'uploading' && e.progress >= 1 && !done.has(e.path)) {
        done.add(e.path);
        const bytes = upload.filter((f) => done.has(f.path)).reduce((n, f) => n + f.size, 0);
        const pct = total > 0 ? Math.floor((100 * bytes) / total) : 100;
        if (pct !== lastPct) o.log(`  uploaded ${e.path} (${done.size}/${upload.length} files, ${pct}% of ${total} bytes)`);
        lastPct = pct;
      }
    }
  });
  if (!commit) throw new Error('the Hub answered the commit without a commit id');
  o.log(`committed ${commit.commit.oid.slice(0, 12)}: ${repoUrl}`);
  return { repoUrl, created, uploaded: upload.map((f) => f.path), deleted, unchanged, commit: commit.commit };
}
