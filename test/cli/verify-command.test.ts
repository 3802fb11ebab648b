import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyCommand } from '../../cli/commands/verify.js';
import { rejectionTable, type VerifyReport } from '../../verifiers/index.js';

const dir = join(__dirname, '../fixtures/verify');

async function run(file: string, extra: { format?: string; json?: boolean; out?: string } = {}): Promise<{ code: number; out: string; log: string[] }> {
  let out = '';
  const log: string[] = [];
  const code = await verifyCommand({ file, json: extra.json ?? false, format: extra.format, out: extra.out, log: (l) => log.push(l), stdout: (t) => (out += t) });
  return { code, out, log };
}

describe('toolforge verify', () => {
  it('reports pass rate, failures by rule with examples, and malformed lines, and goes on', async () => {
    const r = await run(join(dir, 'openai.jsonl'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('4 record(s) read as openai, 1 malformed line(s) skipped (4)');
    expect(r.out).toContain('1 accepted, 3 rejected, pass rate 25.0%');
    expect(r.out).toMatch(/args\.schema\n\s+line 2 \(bad-enum\)/);
    expect(r.out).toMatch(/structure\.unanswered-call\n\s+line 3 \(dangling\)/);
    expect(r.out).toMatch(/grounding\.value\n\s+line 5 \(ungrounded\): get_weather: city = "Madrid"/);
    expect(r.out).toContain('| accepted | | 1 | 25.0% |');
    expect(r.log.join('\n')).toMatch(/openai\.jsonl:4: skipped: not valid JSON/);
  });

  it('exits 1 with one error line on a file that holds no record: empty, or every line malformed', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'toolforge-verify-'));
    const bad = join(tmp, 'bad.jsonl');
    writeFileSync(bad, 'not json\n{"broken":\n');
    const r = await run(bad);
    expect(r.code).toBe(1);
    expect(r.log).toContain(`error: ${bad}: no record could be read (2 malformed line(s))`);
    expect((await run(bad, { json: true })).code).toBe(1);
    const empty = join(tmp, 'empty.jsonl');
    writeFileSync(empty, '');
    const e = await run(empty);
    expect(e.code).toBe(1);
    expect(e.log).toContain(`error: ${empty}: no record could be read (the file holds no rows)`);
  });

  it('reads the same rows from a JSON array file and from CRLF lines as from the JSONL file', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'toolforge-verify-'));
    const lines = readFileSync(join(dir, 'openai.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '');
    const good = lines.filter((l) => { try { JSON.parse(l); return true; } catch { return false; } });
    const array = join(tmp, 'rows.json');
    writeFileSync(array, `[\n${good.join(',\n')}\n]\n`);
    const a = JSON.parse((await run(array, { json: true })).out) as VerifyReport;
    expect(a).toMatchObject({ rows: 4, accepted: 1, rejected: 3, malformed: [] });
    const crlf = join(tmp, 'rows-crlf.jsonl');
    writeFileSync(crlf, `${lines.join('\r\n')}\r\n`);
    const c = JSON.parse((await run(crlf, { json: true })).out) as VerifyReport;
    expect(c).toMatchObject({ rows: 4, accepted: 1, rejected: 3, malformed: [{ line: 4 }] });
  });

  it('refuses a directory given as the file', async () => {
    const r = await run(mkdtempSync(join(tmpdir(), 'toolforge-verify-')));
    expect(r.code).toBe(2);
    expect(r.log.join('\n')).toMatch(/cannot read .*: it is a directory/);
  });

  it('prints JSON and writes the records that pass with --out', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'toolforge-verify-')), 'passed.jsonl');
    const r = await run(join(dir, 'openai.jsonl'), { json: true, out });
    const report = JSON.parse(r.out) as VerifyReport;
    expect(report).toMatchObject({ format: 'openai', rows: 4, accepted: 1, rejected: 3, malformed: [{ line: 4 }] });
    expect(report.failures.map((f) => f.rule).sort()).toEqual(['args.schema', 'grounding.value', 'structure.unanswered-call']);
    const written = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; meta: { verdict: unknown } });
    expect(written.map((w) => w.id)).toEqual(['ok-1']);
    expect(written[0].meta.verdict).toEqual({ accepted: true, checks: [] });
  });

  it.each([
    ['sharegpt.jsonl', undefined, 1, 1, 'calls.unknown-tool'],
    ['xlam.json', 'xlam', 1, 1, 'args.schema'],
    ['bfcl.jsonl', 'bfcl', 2, 1, 'category.parallel-count'],
  ])('verifies %s', async (file, format, accepted, rejected, rule) => {
    const r = await run(join(dir, file), { format, json: true });
    const report = JSON.parse(r.out) as VerifyReport;
    expect(report).toMatchObject({ accepted, rejected });
    expect(report.failures.map((f) => f.rule)).toEqual([rule]);
  });

  it('exits 2 for an unknown format or an unreadable file', async () => {
    expect((await run(join(dir, 'openai.jsonl'), { format: 'csv' })).code).toBe(2);
    const r = await run(join(dir, 'no-such-file.jsonl'));
    expect(r.code).toBe(2);
    expect(r.log[0]).toMatch(/cannot read/);
  });
});

describe('rejectionTable', () => {
  it('lists generated, rejected per layer and rule, accepted and the pass rate', () => {
    const t = rejectionTable(
      [
        { rule: 'grounding.value', count: 5 },
        { rule: 'args.schema', count: 10 },
        { rule: 'judge.completes-request', count: 3 },
      ],
      100,
      { rejected: 17, rejectedByLayer: { rules: 14, judges: 3 } },
    );
    expect(t.split('\n')).toEqual([
      '| stage | rule | items | share of generated |',
      '| --- | --- | ---: | ---: |',
      '| generated | | 100 | 100.0% |',
      '| rejected by rules | (all) | 14 | 14.0% |',
      '| | `args.schema` | 10 | 10.0% |',
      '| | `grounding.value` | 5 | 5.0% |',
      '| rejected by judges | (all) | 3 | 3.0% |',
      '| | `judge.completes-request` | 3 | 3.0% |',
      '| accepted | | 83 | 83.0% |',
      '',
      'pass rate 83.0% (83 of 100)',
    ]);
  });
});
