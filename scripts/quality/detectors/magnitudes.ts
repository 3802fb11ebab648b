/**
 * Class 61: a quantity no such thing has: a grid's carbon intensity of 1.4 g/kWh (grids run at
 * tens to hundreds), a soil pH of 467, a map unit covering 264% of a field or units of one field
 * adding up to 250%, a recipe for 48, a driver with 14 violations in three years, an engine of
 * 16 cylinders and 15 horsepower. Judged on the
 * fields that name such a quantity, with bounds a reader knows (generous: only what cannot be).
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { callObjects, fieldAt, words } from '../fields.js';
import { isObject } from '../record-view.js';

/** [field words, lowest, highest, what it is]. */
const BOUNDS: readonly (readonly [RegExp, number, number, string])[] = [
  [/^(carbon_intensity|carbon_intensity_g_per_kwh|g_per_kwh)$/, 5, 1500, 'a grid carbon intensity in g/kWh'],
  [/^(ph|soil_ph|ph_level|water_ph)$/, 0, 14, 'a pH'],
  [/^(percent|pct|percentage|share)_of_[a-z_]+$/, 0, 100, 'a share in percent'],
  [/^(servings|serves)$/, 1, 24, 'the servings of a recipe'],
  [/^(at_fault_accidents|accidents|violations|moving_violations)(_\d+y)?$/, 0, 10, "a driver's record"],
];

const boundOf = (key: string): (readonly [RegExp, number, number, string]) | undefined => {
  const s = words(key).join('_');
  return BOUNDS.find(([re]) => re.test(s));
};

export const magnitudes: Detector = {
  key: 'magnitudes',
  title: 'a quantity no such thing has (a carbon intensity of 1.4 g/kWh, a pH of 467, shares of one field adding up to 250%)',
  check: (view) =>
    judgeAll(callObjects(view), ({ object, path, call, side }) => {
      let applies = false;
      for (const k of Object.keys(object)) {
        const v = object[k];
        if (typeof v !== 'number') continue;
        const b = boundOf(k);
        if (!b) continue;
        applies = true;
        if (v < b[1] || v > b[2]) return finding(`${fieldAt(call, path, k)} ${v}${side === 'args' ? ' (asked)' : ''}: not ${b[3]} (${b[1]}-${b[2]})`);
      }
      // An engine makes at least 10 horsepower a cylinder (a 16-cylinder engine of 15 hp is none).
      const cylinders = object.cylinders;
      const hp = object.horsepower ?? object.hp;
      if (typeof cylinders === 'number' && typeof hp === 'number') {
        applies = true;
        if (cylinders > 16 || hp / Math.max(cylinders, 1) < 10) return finding(`${fieldAt(call, path, 'horsepower')} ${hp} from ${cylinders} cylinders`);
      }
      // The shares of one whole (a field's map units) add up to at most 100%.
      for (const k of Object.keys(object)) {
        const list = object[k];
        if (!Array.isArray(list) || list.length < 2 || !list.every(isObject)) continue;
        // Of a whole with one size (a field, a total), not of respondents who may pick several answers.
        const key = Object.keys(list[0] as object).find((x) => /^(percent|pct|percentage|share)_of_(field|total|area|land|acreage|farm|portfolio|budget|income|spend|spending|sales|revenue|mix|capacity|generation|population)$/.test(words(x).join('_')));
        if (!key || !list.every((x) => typeof (x as Record<string, unknown>)[key] === 'number')) continue;
        applies = true;
        const sum = list.reduce((n: number, x) => n + ((x as Record<string, unknown>)[key] as number), 0);
        if (sum > 100.5) return finding(`${fieldAt(call, path, k)}: ${key} adds up to ${Math.round(sum * 10) / 10}%`);
      }
      return applies ? finding(undefined) : undefined;
    }),
};
