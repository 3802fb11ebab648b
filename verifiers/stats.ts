/**
 * APIGen-style rejection table: items generated, rejected by each layer and rule, failed, pass
 * rate. Every figure counts items (an item failing three rules is one rejected item), and a
 * failed item is never a pass.
 * `status` and the dataset card print it; `toolforge verify` prints one for a dataset.
 */
import { RULE_IDS, layerOf } from './rule-ids.js';

export interface RejectionTableOptions {
  /** Items rejected (each counted once). Default: the sum of the rows, capped at `generated` (an upper bound when items fail several rules). */
  readonly rejected?: number;
  /** Items rejected per layer (each counted once per layer). Default: the sum of that layer's rows, capped. */
  readonly rejectedByLayer?: Partial<Record<'rules' | 'judges', number>>;
  /** Items that failed (no record to verify: the model or the endpoint gave nothing usable): neither passed nor rejected. */
  readonly failed?: number;
}

const pct = (n: number, d: number): string => (d === 0 ? '-' : `${((n / d) * 100).toFixed(1)}%`);

/**
 * A markdown table. `rows` count items rejected with at least one check of each rule; rules
 * are listed in RULE_IDS order (unknown ids after them), grouped by layer.
 */
export function rejectionTable(rows: readonly { rule: string; count: number }[], generated: number, opts: RejectionTableOptions = {}): string {
  const order = new Map<string, number>(RULE_IDS.map((r, i) => [r, i]));
  const sorted = [...rows].filter((r) => r.count > 0).sort((a, b) => (order.get(a.rule) ?? 1e9) - (order.get(b.rule) ?? 1e9) || a.rule.localeCompare(b.rule));
  const byLayer = (layer: 'rules' | 'judges'): number =>
    opts.rejectedByLayer?.[layer] ?? Math.min(generated, sorted.filter((r) => layerOf(r.rule) === layer).reduce((n, r) => n + r.count, 0));
  const rejected = opts.rejected ?? Math.min(generated, byLayer('rules') + byLayer('judges'));
  const failed = opts.failed ?? 0;
  const lines = ['| stage | rule | items | share of generated |', '| --- | --- | ---: | ---: |', `| generated | | ${generated} | 100.0% |`];
  for (const layer of ['rules', 'judges'] as const) {
    const mine = sorted.filter((r) => layerOf(r.rule) === layer);
    if (mine.length === 0 && layer === 'judges') continue;
    lines.push(`| rejected by ${layer} | (all) | ${byLayer(layer)} | ${pct(byLayer(layer), generated)} |`);
    for (const r of mine) lines.push(`| | \`${r.rule}\` | ${r.count} | ${pct(r.count, generated)} |`);
  }
  if (failed > 0) lines.push(`| failed (no record) | | ${failed} | ${pct(failed, generated)} |`);
  const accepted = generated - rejected - failed;
  lines.push(`| accepted | | ${accepted} | ${pct(accepted, generated)} |`);
  lines.push('', `pass rate ${pct(accepted, generated)} (${accepted} of ${generated})`);
  return lines.join('\n');
}
