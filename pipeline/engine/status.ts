/**
 * `toolforge status`: what a job has done, read from its checkpoint (safe while it runs).
 */
import { join } from 'node:path';
import { CACHE_FILE } from '../../core/job-files.js';
import { LlmCache } from '../../llm/index.js';
import { EXTRA_SPLIT } from '../../output/shard-stats.js';
import type { UsageSnapshot } from '../../llm/usage.js';
import type { DeviationReport, StatusReport } from '../../output/job-view.js';
import { Checkpoint } from './checkpoint.js';
import { rejectionTable } from '../../verifiers/stats.js';
import { formatDuration } from './progress.js';
import { HANDLINGS } from '../backends/deviation-tally.js';
import { checkShards } from './shard-integrity.js';

export type { StatusReport };

export function readStatus(dir: string): StatusReport {
  const ck = Checkpoint.open(dir, { readonly: true });
  try {
    const config = ck.config() as { name: string; count: number };
    const counts = ck.countsByStatus();
    const activeSec = Number(ck.getMeta('active_ms') ?? '0') / 1000;
    const resolved = counts.accepted + counts.rejected + counts.failed;
    const llm = ck.getMeta('llm_usage');
    const deviations = ck.deviations();
    const cache = LlmCache.stats(join(dir, CACHE_FILE));
    const shards = checkShards(dir, ck).map(({ shard: { fileStamp: _stamp, ...s }, state }) => ({ ...s, onDisk: state === 'ok' }));
    return {
      dir,
      name: config.name,
      target: config.count,
      complete: ck.isComplete(),
      ...counts,
      planned: ck.planned(),
      byCategory: ck.countsByCategory(),
      bySplit: ck.countsBySplit(),
      topRejections: ck.topRejections(10),
      rejectionsByRule: ck.topRejections(10_000).map(({ rule, count }) => ({ rule, count })),
      rejectedByLayer: ck.rejectedByLayer(),
      failures: ck.failures(5),
      shards,
      written: shards.reduce((n, s) => n + (s.split === EXTRA_SPLIT ? 0 : s.records), 0),
      extra: shards.reduce((n, s) => n + (s.split === EXTRA_SPLIT ? s.records : 0), 0),
      throughput: {
        activeSec,
        acceptedPerSec: activeSec > 0 ? counts.accepted / activeSec : 0,
        itemsPerSec: activeSec > 0 ? resolved / activeSec : 0,
      },
      usage: ck.usage(),
      ...(llm ? { llm: JSON.parse(llm) as UsageSnapshot } : {}),
      ...(deviations ? { deviations } : {}),
      ...(cache ? { cache } : {}),
    };
  } finally {
    ck.close();
  }
}

export function formatStatus(r: StatusReport): string {
  const lines: string[] = [];
  const state = r.complete ? 'complete' : r.running > 0 ? 'running or interrupted' : 'not complete';
  const extra = r.extra ? `, and ${r.extra} finished past the target kept in the extra split` : '';
  lines.push(`job ${r.name} in ${r.dir}: ${state}, ${r.written}/${r.target} records written in ${r.shards.length} shards${extra}`);
  lines.push(
    `items: ${r.accepted} accepted, ${r.rejected} rejected, ${r.failed} failed, ${r.pending} pending, ${r.running} running (${r.planned} planned)`,
  );
  lines.push(
    `throughput: ${r.throughput.acceptedPerSec.toFixed(1)} accepted/s, ${r.throughput.itemsPerSec.toFixed(1)} items/s over ${formatDuration(r.throughput.activeSec)} of work`,
  );
  if (r.llm) {
    const t = r.llm.totals;
    lines.push(
      `model calls: ${t.calls} (${t.cachedCalls} from cache), ${t.promptTokens} prompt + ${t.completionTokens} completion tokens, ` +
        `$${t.costUsd.toFixed(4)} (saved by cache $${t.savedUsd.toFixed(4)}); ${t.outputErrors} unusable answers, ${t.requestErrors} failed requests, ${t.rateLimited} rate-limited`,
    );
    for (const [role, u] of Object.entries(r.llm.byRole)) {
      if (u) lines.push(`  ${role.padEnd(10)} ${u.calls} calls, ${u.promptTokens}+${u.completionTokens} tokens, $${u.costUsd.toFixed(4)}`);
    }
  }
  if (r.cache) {
    const perCall = r.cache.calls > 0 ? `, ${Math.round(r.cache.bytes / r.cache.calls)} bytes a call` : '';
    lines.push(`response cache: ${r.cache.calls} calls in ${(r.cache.bytes / 1e6).toFixed(1)} MB (${CACHE_FILE}${perCall}); \`toolforge cache prune ${r.dir}\` drops those of finished items`);
  }
  if (r.deviations) lines.push(...deviationLines(r.deviations));
  lines.push('by split:');
  for (const [split, c] of Object.entries(r.bySplit)) {
    lines.push(`  ${split.padEnd(14)} ${Object.entries(c).map(([s, n]) => `${n} ${s}`).join(', ')}`);
  }
  lines.push('by category:');
  for (const [category, c] of Object.entries(r.byCategory)) {
    const parts = Object.entries(c).map(([s, n]) => `${n} ${s}`);
    lines.push(`  ${category.padEnd(14)} ${parts.join(', ')}`);
  }
  if (r.topRejections.length > 0) {
    lines.push('top rejection reasons:');
    for (const t of r.topRejections) lines.push(`  ${String(t.count).padStart(7)}  ${t.rule.padEnd(28)} e.g. ${t.example}`);
  }
  if (r.rejectionsByRule.length > 0) {
    lines.push('verification (items generated, rejected by layer and rule):');
    const generated = r.accepted + r.rejected + r.failed;
    for (const line of rejectionTable(r.rejectionsByRule, generated, { rejected: r.rejected, failed: r.failed, rejectedByLayer: r.rejectedByLayer }).split('\n')) lines.push(`  ${line}`);
  }
  if (r.failures.length > 0) {
    lines.push('failed items (first few):');
    for (const f of r.failures) lines.push(`  item ${f.idx} after ${f.attempts} attempts: ${f.error}`);
  }
  if (r.shards.length > 0) {
    lines.push('shards:');
    for (const s of r.shards) {
      lines.push(`  ${s.path}  ${s.records} records  sha256 ${s.sha256.slice(0, 16)}…${s.onDisk ? '' : '  MISSING OR CHANGED ON DISK'}`);
    }
  }
  return lines.join('\n');
}

/** The assistant's steps against the plan: samples off it per class, by what became of them. */
function deviationLines(d: DeviationReport): string[] {
  const lines = [`assistant steps against the plan: ${d.steps} steps in ${d.items} items, ${d.samples} samples asked; ${d.itemsDeviated} items had a sample off the plan`];
  const classes = Object.keys(d.byClass);
  if (classes.length === 0) return lines;
  lines.push(`  ${'class'.padEnd(18)}${HANDLINGS.map((h) => h.padStart(11)).join('')}`);
  for (const c of classes) lines.push(`  ${c.padEnd(18)}${HANDLINGS.map((h) => String(d.byClass[c][h] ?? 0).padStart(11)).join('')}`);
  return lines;
}
