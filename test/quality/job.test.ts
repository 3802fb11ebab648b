/**
 * The target, measured the way a user would: a 2,000-record default job through the
 * built CLI, checked by the quality checker. Every defect class must be under 1% of the records
 * it applies to, and at most 5% of the records may have any defect.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { checkJob, TARGETS } from '../../scripts/quality/check.js';
import { openJob } from '../../scripts/quality/job-files.js';
import { markdown } from '../../scripts/quality/report.js';
import { runCli, tempDir } from '../helpers/cli.js';

const root = tempDir('quality');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a default 2,000-record job', () => {
  it('meets the issue targets: every class under 1%, at most 5% of records with any defect', async () => {
    const dir = `${root}/job`;
    const run = await runCli(['run', '--out', dir, '--count', '2000']);
    expect(run.code, run.stderr.slice(-2000)).toBe(0);
    const report = await checkJob(openJob(dir));
    const table = markdown(report, 'default job, 2,000 records');
    expect(report.records).toBe(2000);
    const missed = report.classes.filter((c) => c.rate >= TARGETS.classRate).map((c) => `${c.title}: ${c.defects}/${c.applies}`);
    expect(missed, table).toEqual([]);
    expect(report.anyRate, table).toBeLessThanOrEqual(TARGETS.anyRate);
  }, 600_000);
});
