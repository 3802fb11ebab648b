/**
 * Marks that agree with each other: a course scored 57.2 out of 100 is not a B+, a GPA is what
 * the listed letter grades average to on the 4-point scale, and a UV index of 3.2 is a moderate
 * risk, not a low one (the WHO's bands). Applied to results after they are drawn, only where the
 * field's schema admits the new value.
 */
import { forEachObject, type Schema } from '../../values/schema.js';
import { admits } from './admits.js';

type Obj = Record<string, unknown>;

/** The usual US cut-offs, highest first. */
const LETTERS: readonly (readonly [number, string, number])[] = [
  [93, 'A', 4], [90, 'A-', 3.7], [87, 'B+', 3.3], [83, 'B', 3], [80, 'B-', 2.7], [77, 'C+', 2.3], [73, 'C', 2], [70, 'C-', 1.7], [67, 'D+', 1.3], [63, 'D', 1], [60, 'D-', 0.7], [0, 'F', 0],
];
const POINTS = new Map(LETTERS.map(([, l, p]) => [l, p]));
const SCORE_KEY = /^(current_score|score|percentage|percent|grade_percent|final_score|numeric_grade)$/;
const LETTER_KEY = /^(letter_grade|grade|final_grade|current_grade)$/;

/** The letter of a score out of 100. */
export const letterOf = (score: number): string => LETTERS.find(([min]) => score >= min)![1];

/** The WHO's UV bands. */
export const uvRiskOf = (uv: number): string => (uv < 3 ? 'low' : uv < 6 ? 'moderate' : uv < 8 ? 'high' : uv < 11 ? 'very_high' : 'extreme');

export function alignGrades(result: unknown, returns: Schema | undefined): void {
  forEachObject(result, returns, (o, props) => {
    let score: string | undefined;
    let letter: string | undefined;
    for (const k of Object.keys(o)) {
      if (SCORE_KEY.test(k) && typeof o[k] === 'number' && (o[k] as number) >= 0 && (o[k] as number) <= 100 && (props[k]?.maximum === undefined || props[k].maximum === 100)) score = k;
      else if (LETTER_KEY.test(k) && typeof o[k] === 'string' && /^[A-F][+-]?$/.test(o[k] as string)) letter = k;
    }
    // A score out of the points possible, where the object says how many.
    const outOf = ['points_possible', 'max_score', 'out_of', 'max_points', 'total_points'].map((k) => o[k]).find((v): v is number => typeof v === 'number' && v > 0);
    if (score && letter) {
      const want = letterOf(outOf !== undefined ? (100 * (o[score] as number)) / outOf : (o[score] as number));
      if (o[letter] !== want && admits(props[letter], want)) o[letter] = want;
    }
    // A GPA is the mean of the listed courses' grade points.
    if (typeof o.gpa === 'number') {
      const points: number[] = [];
      for (const v of Object.values(o)) {
        if (!Array.isArray(v)) continue;
        for (const x of v) {
          if (x === null || typeof x !== 'object') continue;
          const l = Object.entries(x as Obj).find(([k, g]) => LETTER_KEY.test(k) && typeof g === 'string' && POINTS.has(g));
          if (l) points.push(POINTS.get(l[1] as string)!);
        }
      }
      if (points.length > 0) {
        const gpa = Math.round((100 * points.reduce((a, b) => a + b, 0)) / points.length) / 100;
        if (o.gpa !== gpa && admits(props.gpa, gpa)) o.gpa = gpa;
      }
    }
    if (typeof o.uv_index === 'number') {
      const k = ['risk_level', 'risk', 'uv_risk', 'category', 'exposure_category'].find((x) => typeof o[x] === 'string');
      if (k) {
        const band = uvRiskOf(o.uv_index);
        const want = [band, band.replace('_', ' '), band.replace('_', '-')].find((w) => admits(props[k], w) && (props[k]?.enum !== undefined || (o[k] as string).toLowerCase() === (o[k] as string)));
        if (want !== undefined && o[k] !== want) o[k] = want;
      }
    }
  });
}
