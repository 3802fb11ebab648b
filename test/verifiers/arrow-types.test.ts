import { describe, expect, it } from 'vitest';
import { ArrowTypeChecker, formatArrowReport } from '../../verifiers/arrow-types.js';

function check(rows: readonly string[]) {
  const c = new ArrowTypeChecker();
  rows.forEach((text, i) => c.addLine(text, { file: 'f.jsonl', line: i + 1 }));
  return { report: c.report(), paths: c.columnPathList() };
}

describe('the Arrow-style type check', () => {
  it.each([
    ['an int then a float widens', ['{"a":1}', '{"a":2.5}'], []],
    ['null fits any type', ['{"a":null}', '{"a":"x"}', '{"a":null}'], []],
    ['a missing key fits any type', ['{"a":"x"}', '{"b":1}'], []],
    ['a string then a number', ['{"a":"1"}', '{"a":1}'], ['/a']],
    ['a struct then a string', ['{"a":{"b":1}}', '{"a":"b"}'], ['/a']],
    ['a list then a struct', ['{"a":[1]}', '{"a":{"0":1}}'], ['/a']],
    ['list items of two types in one row', ['{"a":[1,"x"]}'], ['/a/[]']],
    ['a bool then an int', ['{"a":true}', '{"a":0}'], ['/a']],
    ['deep: a default string then int in tool parameters', ['{"t":[{"p":{"d":"low"}}]}', '{"t":[{"p":{"d":3}}]}'], ['/t/[]/p/d']],
  ])('%s', (_what, rows, conflicts) => {
    expect(check(rows).report.conflicts.map((c) => c.path)).toEqual(conflicts);
  });

  it('names the first two rows that disagree, and each conflicting path once', () => {
    const { report } = check(['{"a":"x"}', '{"a":null}', '{"a":"y"}', '{"a":7}', '{"a":8}']);
    expect(report.conflicts).toEqual([{ path: '/a', first: { kind: 'string', at: { file: 'f.jsonl', line: 1 } }, then: { kind: 'int', at: { file: 'f.jsonl', line: 4 } } }]);
    expect(formatArrowReport(report, 'f.jsonl')).toContain('/a: string in f.jsonl:1, then int in f.jsonl:4');
  });

  it('counts leaf column paths: scalars, and containers only ever empty or null', () => {
    const { report, paths } = check(['{"id":"a","m":[{"r":"u","c":null}],"e":[],"o":{}}', '{"id":"b","m":[{"r":"a","t":[{"n":"f"}]}],"e":null}']);
    expect(paths).toEqual(['/e', '/id', '/m/[]/c', '/m/[]/r', '/m/[]/t/[]/n', '/o']);
    expect(report.columnPaths).toBe(6);
    expect(report.rows).toBe(2);
  });

  it('reports lines that are not a JSON object, and goes on', () => {
    const { report } = check(['{"a":1}', 'not json', '[1,2]', '', '{"a":2}']);
    expect(report.rows).toBe(2);
    expect(report.malformed.map((m) => m.at.line)).toEqual([2, 3]);
    expect(formatArrowReport(report, 'f.jsonl')).toContain('would not load');
  });
});
