/**
 * What a measured thing is measured in: a lab test's units and the range a person's result falls
 * in, a crop statistic's units (yield per area, area, production, price received), an
 * ingredient's (a liquid by volume, a spice by the teaspoon, the rest by weight). The generator
 * draws a unit and a value from here (pipeline/values/units.ts); the verifier reads a unit that
 * does not measure its label as a broken fact (verifiers/rules/consistency-fact.ts).
 */
import { unitOfWord } from './derive/units.js';

/** What a unit measures. */
export type Dimension =
  | 'mass'
  | 'volume'
  | 'length'
  | 'temperature'
  | 'energy'
  | 'power'
  | 'molar'
  | 'mass-conc'
  | 'cell-count'
  | 'percent'
  | 'rate'
  | 'pressure'
  | 'yield'
  | 'area'
  | 'price-per-mass'
  | 'activity'
  | 'spoon';

/**
 * Units beyond those of the conversion table (core/derive/units.ts: km, kg, ml, gallons, Celsius,
 * kW... and the words for them), which this table reads first.
 */
const UNIT_DIMENSIONS: Readonly<Record<Dimension, readonly string[]>> = {
  mass: ['mg', 't', 'tonne', 'tonnes', 'ton', 'tons', 'bu', 'bushel', 'bushels', 'cwt'],
  volume: ['L', 'cl', 'dl', 'cup', 'cups', 'fl oz', 'pint', 'quart', 'm3', 'm³', 'ccf'],
  spoon: ['tsp', 'tbsp', 'teaspoon', 'teaspoons', 'tablespoon', 'tablespoons', 'pinch'],
  length: ['mm', 'nm'],
  temperature: ['K'],
  energy: ['kWh', 'MWh', 'Wh', 'J', 'kJ', 'MJ', 'therm', 'therms', 'BTU', 'kcal', 'cal'],
  power: ['W'],
  molar: ['mmol/L', 'µmol/L', 'umol/L', 'mol/L', 'nmol/L', 'pmol/L', 'mEq/L'],
  'mass-conc': ['mg/dL', 'g/dL', 'g/L', 'mg/L', 'ng/mL', 'pg/mL', 'µg/dL', 'ug/dL', 'ng/dL'],
  'cell-count': ['10^9/L', 'x10^9/L', '10*9/L', '10^3/uL', '10^3/µL', 'K/uL', 'K/µL', '/uL', '/µL', 'cells/uL', 'cells/µL'],
  percent: ['%', 'percent'],
  rate: ['bpm', '/min', 'breaths/min', 'beats/min'],
  pressure: ['mmHg', 'kPa', 'hPa', 'psi', 'bar'],
  yield: ['bu/ac', 'bu/acre', 't/ha', 'kg/ha', 'lb/ac', 'cwt/ac'],
  area: ['ac', 'acre', 'acres', 'ha', 'hectare', 'hectares'],
  'price-per-mass': ['USD/bu', '$/bu', 'USD/t', '$/t', 'USD/cwt', '$/cwt', 'USD/lb', '$/lb'],
  activity: ['mIU/L', 'uIU/mL', 'µIU/mL', 'IU/L', 'U/L'],
};

const DIMENSION_OF = new Map<string, Dimension>();
for (const [dim, units] of Object.entries(UNIT_DIMENSIONS) as [Dimension, readonly string[]][]) {
  for (const u of units) DIMENSION_OF.set(u.toLowerCase(), dim);
}
/** The conversion table's dimensions this table shares (its time and speed measure nothing here). */
const SHARED: ReadonlySet<string> = new Set<Dimension>(['length', 'mass', 'volume', 'temperature', 'power']);

/** What `unit` measures, for the units of either table (case and a trailing period aside). */
export function dimensionOf(unit: string): Dimension | undefined {
  const s = unit.trim().replace(/\.$/, '');
  const own = DIMENSION_OF.get(s.toLowerCase());
  if (own !== undefined) return own;
  const converted = unitOfWord(s)?.dimension;
  return converted !== undefined && SHARED.has(converted) ? (converted as Dimension) : undefined;
}

/** A unit a thing is given in, and the range a value in it falls in: `normal` for a person's result, `span` for the values worth drawing. */
export interface UnitRange {
  readonly unit: string;
  readonly span: readonly [number, number];
  readonly normal?: readonly [number, number];
  readonly decimals: number;
}

/** A measured thing (a lab test, a statistic, an ingredient): the units it comes in, the most usual first. */
export interface Measure {
  readonly units: readonly UnitRange[];
}

const r = (unit: string, span: readonly [number, number], decimals: number, normal?: readonly [number, number]): UnitRange => ({ unit, span, decimals, normal });

/** Lab tests by name, with adult reference intervals (rounded, as lab reports print them). */
const LAB_TESTS: readonly (readonly [RegExp, Measure])[] = [
  [/hemoglobin a1c|hba1c|glycated/, { units: [r('%', [4, 12], 1, [4, 5.6]), r('mmol/mol', [20, 108], 0, [20, 38])] }],
  [/hemoglobin|haemoglobin/, { units: [r('g/dL', [8, 19], 1, [12, 17.5]), r('g/L', [80, 190], 0, [120, 175]), r('mmol/L', [5, 11.8], 1, [7.4, 10.9])] }],
  [/glucose/, { units: [r('mg/dL', [55, 300], 0, [70, 99]), r('mmol/L', [3, 16.5], 1, [3.9, 5.5])] }],
  [/ldl/, { units: [r('mg/dL', [50, 240], 0, [0, 100]), r('mmol/L', [1.3, 6.2], 1, [0, 2.6])] }],
  [/hdl/, { units: [r('mg/dL', [25, 100], 0, [40, 100]), r('mmol/L', [0.6, 2.6], 2, [1, 2.6])] }],
  [/cholesterol/, { units: [r('mg/dL', [120, 320], 0, [0, 200]), r('mmol/L', [3.1, 8.3], 1, [0, 5.2])] }],
  [/potassium/, { units: [r('mmol/L', [2.8, 6.5], 1, [3.5, 5.1])] }],
  [/sodium/, { units: [r('mmol/L', [122, 158], 0, [135, 145])] }],
  [/creatinine/, { units: [r('mg/dL', [0.4, 4], 2, [0.6, 1.3]), r('µmol/L', [35, 350], 0, [53, 115])] }],
  [/tsh|thyroid stimulating/, { units: [r('mIU/L', [0.05, 12], 2, [0.4, 4.5])] }],
  [/vitamin d/, { units: [r('ng/mL', [8, 90], 0, [30, 100]), r('nmol/L', [20, 225], 0, [75, 250])] }],
  [/white blood cell|wbc|leukocyte/, { units: [r('10^9/L', [2, 20], 1, [4, 11])] }],
  [/platelet/, { units: [r('10^9/L', [60, 600], 0, [150, 400])] }],
  [/heart rate|pulse/, { units: [r('bpm', [45, 140], 0, [60, 100])] }],
  [/systolic|diastolic|blood pressure/, { units: [r('mmHg', [55, 180], 0, [60, 120])] }],
];

/** Crop statistics (USDA NASS and the like): the figure for a state and year. */
const CROP_STATISTICS: readonly (readonly [RegExp, Measure])[] = [
  [/yield/, { units: [r('bu/ac', [30, 220], 1), r('t/ha', [1.5, 12], 2)] }],
  [/area|acreage|planted|harvested/, { units: [r('ac', [20_000, 5_000_000], 0), r('ha', [8_000, 2_000_000], 0)] }],
  [/production/, { units: [r('bu', [1_000_000, 500_000_000], 0), r('t', [25_000, 12_000_000], 0)] }],
  [/price/, { units: [r('USD/bu', [2.5, 15], 2), r('USD/t', [120, 550], 0)] }],
];

/** Ingredients by what they are: liquids by volume, spices and leavening by the spoon, the rest by weight. */
const LIQUID = /\b(oil|vinegar|sauce|milk|stock|juice|concentrate|syrup|water|wine|cream|dashi)\b/;
const SPICE = /\b(salt|pepper|peppercorns|nutmeg|cinnamon|cumin|turmeric|cayenne|cloves|aniseed|fenugreek|five spice|baking powder|baking soda|seeds?|paprika|oregano|thyme|galangal|mastic|chives|parsley)\b/;
const INGREDIENT_LIQUID: Measure = { units: [r('ml', [15, 500], 0), r('tbsp', [1, 4], 0), r('cup', [0.25, 3], 2)] };
const INGREDIENT_SPICE: Measure = { units: [r('tsp', [0.25, 3], 2), r('g', [1, 15], 0)] };
const INGREDIENT_SOLID: Measure = { units: [r('g', [20, 800], 0), r('kg', [0.25, 2], 2), r('oz', [1, 24], 0), r('cup', [0.25, 3], 2)] };

const find = (table: readonly (readonly [RegExp, Measure])[], label: string): Measure | undefined => {
  const s = label.toLowerCase().replace(/_/g, ' ');
  for (const [re, m] of table) if (re.test(s)) return m;
  return undefined;
};

/** What `label` is measured in, read as what `context` says it is: a lab test, a crop statistic or an ingredient. */
export function measureOf(label: string, context: 'lab' | 'crop' | 'ingredient'): Measure | undefined {
  if (context === 'lab') return find(LAB_TESTS, label);
  if (context === 'crop') return find(CROP_STATISTICS, label);
  const s = label.toLowerCase();
  return LIQUID.test(s) ? INGREDIENT_LIQUID : SPICE.test(s) ? INGREDIENT_SPICE : INGREDIENT_SOLID;
}

/** Whether `unit` can measure `m`: its dimension is one of the dimensions of the measure's units (unknown units are not judged). */
export function unitFits(m: Measure, unit: string): boolean | undefined {
  const dim = dimensionOf(unit);
  if (dim === undefined) return undefined;
  return m.units.some((u) => dimensionOf(u.unit) === dim);
}

/**
 * What may measure any ingredient: a weight, a volume, a spoonful, or a share (a cream's 5%
 * niacinamide); no ingredient in degrees or kilometres.
 */
const INGREDIENT_DIMENSIONS: ReadonlySet<Dimension> = new Set(['mass', 'volume', 'spoon', 'percent']);

/**
 * Whether `unit` plainly cannot measure `label` read as `context`: a known unit of another
 * dimension than the thing is ever given in. Lenient where usage varies (butter by the
 * tablespoon, sodium in mEq/L): only what no report or recipe would print.
 */
export function unitMisfits(label: string, context: 'lab' | 'crop' | 'ingredient', unit: string): boolean {
  if (context === 'ingredient') {
    const dim = dimensionOf(unit);
    return dim !== undefined && !INGREDIENT_DIMENSIONS.has(dim);
  }
  const m = measureOf(label, context);
  return m !== undefined && unitFits(m, unit) === false;
}
