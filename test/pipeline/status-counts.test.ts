/**
 * `status` counts items, not rule firings, and never counts a failed item as a pass (issue 15,
 * item 7): a job whose items failed (the model gave nothing usable) shows no pass, and an item
 * rejected by three rules of one layer is one rejected item of that layer.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_TOOLS } from '../../api-pool/index.js';
import { Checkpoint, type ItemOutcome } from '../../pipeline/engine/checkpoint.js';
import { configHash, resolveConfig } from '../../pipeline/config.js';
import { formatStatus, readStatus } from '../../pipeline/engine/status.js';
import type { Check } from '../../core/record.js';
import { tempDir } from '../helpers/cli.js';

const check = (rule: string, layer: 'rules' | 'judges' = 'rules'): Check => ({ rule, message: `${rule} fired`, layer }) as Check;

function jobWith(outcomes: (idx: number) => ItemOutcome, n: number): string {
  const dir = tempDir('status-counts');
  const config = resolveConfig({ count: n, seed: 3 });
  const ck = Checkpoint.create(dir, config, configHash(config), BUILTIN_TOOLS, Date.now());
  ck.plan(0, n, (idx) => ({ seed: idx, category: 'single', split: 'train' }));
  ck.record(Array.from({ length: n }, (_, i) => outcomes(i)), 1000, Date.now());
  ck.close();
  return dir;
}

describe('status counts items', () => {
  it('shows no pass for a job whose items failed or were rejected', () => {
    // 10 items: 7 failed, 3 rejected (each by three rules): nothing passed.
    const dir = jobWith((idx) => (idx < 7 ? { idx, status: 'failed', error: 'the model answered no JSON' } : { idx, status: 'rejected', checks: [check('grounding.value'), check('args.schema'), check('plan.mismatch')] }), 10);
    const r = readStatus(dir);
    expect([r.accepted, r.rejected, r.failed]).toEqual([0, 3, 7]);
    expect(r.rejectedByLayer).toEqual({ rules: 3, judges: 0 });
    const text = formatStatus(r);
    expect(text).toContain('| rejected by rules | (all) | 3 | 30.0% |');
    expect(text).toContain('| failed (no record) | | 7 | 70.0% |');
    expect(text).toContain('| accepted | | 0 | 0.0% |');
    expect(text).toContain('pass rate 0.0% (0 of 10)');
  });

  it('counts an item once per layer it was rejected by', () => {
    // 4 accepted; 2 rejected by rules only, 1 by a judge only, 1 by both.
    const by: Record<number, Check[]> = { 4: [check('args.schema'), check('grounding.value')], 5: [check('args.schema')], 6: [check('judge.completes-request', 'judges')], 7: [check('hygiene.length'), check('judge.completes-request', 'judges')] };
    const dir = jobWith((idx) => (by[idx] ? { idx, status: 'rejected', checks: by[idx] } : { idx, status: 'accepted' }), 8);
    const r = readStatus(dir);
    expect(r.rejectedByLayer).toEqual({ rules: 3, judges: 2 });
    const text = formatStatus(r);
    expect(text).toContain('| rejected by rules | (all) | 3 | 37.5% |');
    expect(text).toContain('| rejected by judges | (all) | 2 | 25.0% |');
    expect(text).toContain('pass rate 50.0% (4 of 8)');
    expect(text).not.toContain('failed (no record)');
  });
});
