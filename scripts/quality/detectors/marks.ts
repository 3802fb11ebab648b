/**
 * Class 55: marks that contradict each other: a course scored 57.2 graded B+, a GPA of 2.63
 * beside grades that average 3.7, a UV index of 3.2 called a low risk. Judged on result objects
 * holding a score out of 100 beside a letter grade, a GPA beside listed letter grades, or a UV
 * index beside its risk. Letters by the usual US cut-offs (a letter may sit one step off, as
 * schools draw the lines differently); UV bands by the WHO.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { fieldAt, resultObjects, show } from '../fields.js';
import { isObject } from '../record-view.js';

const STEPS = ['F', 'D-', 'D', 'D+', 'C-', 'C', 'C+', 'B-', 'B', 'B+', 'A-', 'A', 'A+'];
const CUT = [0, 60, 63, 67, 70, 73, 77, 80, 83, 87, 90, 93, 97];
const GP: Readonly<Record<string, number>> = { 'A+': 4, A: 4, 'A-': 3.7, 'B+': 3.3, B: 3, 'B-': 2.7, 'C+': 2.3, C: 2, 'C-': 1.7, 'D+': 1.3, D: 1, 'D-': 0.7, F: 0 };
const stepOf = (score: number): number => CUT.reduce((at, min, i) => (score >= min ? i : at), 0);

function uvBand(uv: number): string {
  return uv < 3 ? 'low' : uv < 6 ? 'moderate' : uv < 8 ? 'high' : uv < 11 ? 'very high' : 'extreme';
}

export const marks: Detector = {
  key: 'marks',
  title: 'marks that contradict each other (57.2 graded B+, a UV index of 3.2 called low)',
  check: (view) =>
    judgeAll(
      resultObjects(view),
      ({ call, object, path }) => {
        let applies = false;
        const score = ['current_score', 'score', 'percentage', 'final_score'].find((k) => typeof object[k] === 'number' && (object[k] as number) <= 100);
        const letter = ['letter_grade', 'grade', 'final_grade'].find((k) => typeof object[k] === 'string' && STEPS.includes(object[k] as string));
        if (score && letter) {
          applies = true;
          const outOf = ['points_possible', 'max_score', 'out_of', 'max_points', 'total_points'].map((k) => object[k]).find((v): v is number => typeof v === 'number' && v > 0);
          const pct = outOf !== undefined ? (100 * (object[score] as number)) / outOf : (object[score] as number);
          if (Math.abs(STEPS.indexOf(object[letter] as string) - stepOf(pct)) > 1) return finding(`${fieldAt(call, path, letter)} ${show(object[letter])} for a score of ${object[score] as number}`);
        }
        if (typeof object.gpa === 'number') {
          const gps = Object.values(object).flatMap((v) => (Array.isArray(v) ? v.filter(isObject).flatMap((x) => ['letter_grade', 'grade'].map((k) => GP[x[k] as string]).filter((g) => g !== undefined)) : []));
          if (gps.length > 0) {
            applies = true;
            const mean = gps.reduce((a, b) => a + b, 0) / gps.length;
            if (Math.abs(mean - object.gpa) > 0.35) return finding(`${fieldAt(call, path, 'gpa')} ${object.gpa} beside grades averaging ${mean.toFixed(2)}`);
          }
        }
        if (typeof object.uv_index === 'number') {
          const k = ['risk_level', 'risk', 'uv_risk', 'category'].find((x) => typeof object[x] === 'string');
          if (k) {
            applies = true;
            const said = (object[k] as string).toLowerCase().replace(/[_-]/g, ' ');
            if (said !== uvBand(object.uv_index)) return finding(`${fieldAt(call, path, k)} ${show(object[k])} at UV index ${object.uv_index}`);
          }
        }
        return applies ? finding(undefined) : undefined;
      },
    ),
};
