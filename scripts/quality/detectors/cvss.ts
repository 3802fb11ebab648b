/**
 * Class 71: a CVSS score off its scale or of another severity: a base score of 270.2, a 7.5
 * rated "medium". Judged on result objects holding a base score (base_score, cvss_score; a plain
 * score inside a cvss object): it must be within 0-10, and a severity beside it must be its CVSS
 * v3 band (low under 4, medium under 7, high under 9, critical from 9; a v2 vector's bands, which
 * have no critical, are read as such).
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { fieldAt, resultObjects, words } from '../fields.js';

const SCORE = new Set(['base_score', 'cvss_score', 'cvss_base_score']);

function band(score: number, v2: boolean): string {
  if (score === 0) return 'none';
  if (score < 4) return 'low';
  if (score < 7) return 'medium';
  return v2 || score < 9 ? 'high' : 'critical';
}

export const cvss: Detector = {
  key: 'cvss',
  title: 'a CVSS score off its scale or of another severity (270.2; 7.5 "medium")',
  check: (view) =>
    judgeAll(resultObjects(view), ({ call, object, path }) => {
      const sk = Object.keys(object).find((k) => typeof object[k] === 'number' && (SCORE.has(words(k).join('_')) || (k === 'score' && /cvss/i.test(path))));
      if (sk === undefined) return undefined;
      const score = object[sk] as number;
      if (score < 0 || score > 10) return finding(`${fieldAt(call, path, sk)} ${score}, off the CVSS scale (0-10)`);
      const sev = typeof object.severity === 'string' ? object.severity.toLowerCase() : undefined;
      const v2 = typeof object.vector_string === 'string' ? /^(AV:|CVSS:2)/.test(object.vector_string) : /v2/i.test(path);
      if (sev === undefined || !['none', 'low', 'medium', 'high', 'critical'].includes(sev)) return finding(undefined);
      return finding(sev === band(score, v2) ? undefined : `${fieldAt(call, path, 'severity')} ${object.severity as string} for ${sk} ${score}`);
    }),
};
