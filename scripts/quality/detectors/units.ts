/**
 * Class 60: a measurement in a unit that does not measure it: a sodium result in g/dL or "bpm",
 * a white cell count in mmHg, a crop's production in bu/ac or its price in t/ha, vegetable oil in
 * kilometres, aniseed in degrees. Judged on result objects holding a unit beside a lab test, a
 * crop statistic or (in a list of ingredients) an ingredient's name. This reading is the
 * checker's own (what each unit measures, what each test is reported in), apart from the
 * generator's table.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { fieldAt, resultObjects, show } from '../fields.js';

/** What a unit measures, by its spelling. */
function measures(unit: string): string | undefined {
  const u = unit.trim().toLowerCase();
  if (/^(m|µ|u|n|p)?mol\/(l|dl)$|^meq\/l$/.test(u)) return 'molar';
  if (/^(m|µ|u|n|p)?g\/(dl|l|ml)$/.test(u)) return 'mass per volume';
  if (/^(x\s*)?10(\^|\*)\d\/(l|µl|ul)$|^k\/(µl|ul)$|^(cells)?\/(µl|ul)$/.test(u)) return 'count per volume';
  if (/^(m|µ|u)?iu\/(l|ml)$|^u\/l$/.test(u)) return 'activity';
  if (/^(bpm|\/min|beats\/min|breaths\/min)$/.test(u)) return 'rate';
  if (/^(mmhg|kpa|hpa|psi|bar)$/.test(u)) return 'pressure';
  if (/^(%|percent|mmol\/mol)$/.test(u)) return 'fraction';
  if (/^(bu|t|kg|lb|cwt|tons?|tonnes?)\/(ac|acre|ha)$/.test(u)) return 'yield';
  if (/^(ac|acres?|ha|hectares?)$/.test(u)) return 'area';
  if (/^(usd|\$|eur|€)\/(bu|t|cwt|lb)$/.test(u)) return 'price';
  if (/^(mg|g|kg|lb|lbs|oz|t|tonnes?|tons?|bu|bushels?|cwt)$/.test(u)) return 'mass';
  if (/^(ml|l|cl|dl|cups?|fl oz|gal|gallons?|pints?|quarts?)$/.test(u)) return 'volume';
  if (/^(tsp|tbsp|teaspoons?|tablespoons?|pinch)$/.test(u)) return 'spoon';
  if (/^(mm|cm|m|km|in|ft|mi|nm)$/.test(u)) return 'length';
  if (/^(°?c|°?f|k|celsius|fahrenheit)$/.test(u)) return 'temperature';
  if (/^(kwh|mwh|wh|kj|mj|therms?|btu|kcal)$/.test(u)) return 'energy';
  return undefined;
}

/** What each lab test may be reported in (the usual units of lab reports). */
const LAB: readonly (readonly [RegExp, readonly string[]])[] = [
  [/a1c|glycated/i, ['fraction']],
  [/hemoglobin|haemoglobin/i, ['mass per volume', 'molar']],
  [/glucose|cholesterol|creatinine|potassium|sodium|vitamin d/i, ['molar', 'mass per volume']],
  [/tsh/i, ['activity']],
  [/white blood|platelet|wbc|leukocyte/i, ['count per volume']],
  [/heart rate|pulse/i, ['rate']],
  [/blood pressure|systolic|diastolic/i, ['pressure']],
];

/** What each crop statistic is given in. */
const CROP: readonly (readonly [RegExp, readonly string[]])[] = [
  [/yield/i, ['yield']],
  [/price/i, ['price']],
  [/area|acreage|planted|harvested/i, ['area']],
  [/production/i, ['mass']],
];

/** An ingredient is weighed, poured, spooned or given as a share (5% niacinamide); no other unit measures it. */
const INGREDIENT = ['mass', 'volume', 'spoon', 'fraction'];

export const units: Detector = {
  key: 'units',
  title: 'a measurement in a unit that does not measure it (sodium in g/dL or bpm, vegetable oil in km)',
  check: (view) =>
    judgeAll(resultObjects(view), ({ call, object, path }) => {
      const unitKey = ['unit', 'units', 'uom'].find((k) => typeof object[k] === 'string');
      if (!unitKey) return undefined;
      const unit = object[unitKey] as string;
      let label: string | undefined;
      let allowed: readonly string[] | undefined;
      const lab = ['display', 'test_name', 'lab_test', 'test', 'analyte'].find((k) => typeof object[k] === 'string');
      const stat = ['statistic', 'statistic_name', 'stat'].find((k) => typeof object[k] === 'string');
      if (lab) {
        label = object[lab] as string;
        allowed = LAB.find(([re]) => re.test(label!))?.[1];
      } else if (stat) {
        label = object[stat] as string;
        allowed = CROP.find(([re]) => re.test(label!))?.[1];
      } else if (/ingredient/.test(path) && typeof object.name === 'string') {
        label = object.name;
        allowed = INGREDIENT;
      }
      const what = measures(unit);
      if (!allowed || what === undefined) return undefined;
      if (allowed.includes(what)) return finding(undefined);
      return finding(`${fieldAt(call, path, unitKey)} ${show(unit)} (${what}) for ${show(label)}`);
    }),
};
