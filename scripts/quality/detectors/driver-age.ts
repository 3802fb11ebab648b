/**
 * Class 88: a driver licensed for longer than they could drive: born 1992, licensed 29 years in
 * 2026. Judged on argument and result objects holding a date of birth beside years licensed
 * (or years driving): more years than since the driver's sixteenth birthday, on the dialogue's
 * today, is a defect.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { callObjects, words } from '../fields.js';

const BIRTH = new Set(['date_of_birth', 'birth_date', 'dob', 'birthdate']);
const LICENSED = new Set(['years_licensed', 'licensed_years', 'years_driving', 'driving_years']);

export const driverAge: Detector = {
  key: 'driver-age',
  title: 'a driver licensed for longer than they could drive (born 1992, 29 years licensed)',
  check: (view) => {
    const today = view.world?.today;
    if (!today) return undefined;
    return judgeAll(callObjects(view), ({ call, object, path }) => {
      const bk = Object.keys(object).find((k) => BIRTH.has(words(k).join('_')) && typeof object[k] === 'string');
      const lk = Object.keys(object).find((k) => LICENSED.has(words(k).join('_')) && typeof object[k] === 'number');
      if (bk === undefined || lk === undefined) return undefined;
      const age = (Date.parse(today) - Date.parse((object[bk] as string).slice(0, 10))) / (365.25 * 86_400_000);
      return finding((object[lk] as number) > age - 16 + 0.01 ? `${call.name}: ${path ? `${path}.` : ''}${lk} ${object[lk] as number} for a driver born ${object[bk] as string} (${Math.floor(age)} years old)` : undefined);
    });
  },
};
