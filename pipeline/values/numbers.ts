/**
 * Numbers: the schema's bounds, narrowed by what the property means (a rating 1-5, a price
 * 5-2000, a year near today, a coordinate in the object's city), rounded as a person writes them.
 */
import type { ItemWorld } from '../../core/plan.js';
import type { Rng } from '../../core/rng.js';
import { snake } from './kinds.js';
import type { Schema } from './schema.js';

/** Money, in US dollars: scaled to the user's currency (a meal is 20 USD, 3,000 JPY). */
/** A price by the period or the unit it is charged for: a hotel's nightly rate, a day rate. */
const MONEY_RATE = '(nightly|hourly|daily|weekly|monthly|night|room|day|per_night|rental)_rate$';
const MONEY_RULE = [new RegExp(`(price|amount|total|cost|payment|paid|interest|fee)|(^|_)${MONEY_RATE}`), 5, 2000, 2] as const;
/** A price by the unit, in US dollars as the unit is sold: a kWh of power 0.08-0.75 (a fast charger's the dearest), a litre of fuel 0.8-2.4. */
const UNIT_PRICE_RULES = [
  [/per_kwh$/, 0.08, 0.75, 2],
  [/per_(liter|litre)$/, 0.8, 2.4, 2],
  [/per_gallon$/, 2.5, 6, 2],
  [/per_kg$/, 0.5, 30, 2],
  [/per_lb$/, 0.3, 15, 2],
  [/per_minute$/, 0.01, 0.6, 2],
  [/per_mb$/, 0.001, 0.05, 3],
  [/per_gb$/, 0.5, 15, 2],
  [/per_unit$/, 0.1, 3, 2],
] as const;
const UNIT_PRICES: ReadonlySet<unknown> = new Set(UNIT_PRICE_RULES);
/** An insurance premium, in US dollars: a year of cover hundreds to a few thousand, a month tens to a few hundred. */
const PREMIUM_RULES = [
  [/(^|_)(annual|yearly)_premium$/, 300, 3000, 2],
  [/(^|_)monthly_premium$/, 25, 250, 2],
] as const;
/** What a charge is for, by the API's name, and its price in US dollars: a game is tens of dollars, not 1,200. */
export const THING_PRICES: readonly (readonly [RegExp, number, number])[] = [
  [/(^|_)games?(_|$)/, 5, 70],
  // A flight's fare: a short hop to a long trip for a family.
  [/(^|_)flights?(_|$)/, 70, 2500],
  [/phone_number/, 2, 15],
  [/shipping|(^|_)label(_|$)/, 5, 300],
  [/subscription/, 5, 30],
  [/(^|_)(ride|taxi)(_|$)/, 5, 80],
  [/parking/, 2, 40],
  [/charging_session/, 5, 60],
];
/** Amounts that are no money although named so (an ingredient's amount, a dose). */
const NOT_MONEY = /ingredient|nutri|dose|dosage|rainfall|precip|snow/;

/** [name pattern, low, high, decimals] used when the schema leaves a bound open. */
const NUMBER_RULES: readonly (readonly [RegExp, number, number, number])[] = [
  [/(^|_)(change|delta)$/, -5, 5, 2],
  // What a reader knows the size of: a grid's carbon intensity (20-700 g/kWh), a soil's pH, a
  // table for a party, a recipe's servings, a driver's record, an insurance deductible, a home.
  [/(^|_)carbon_intensity(_g_per_kwh)?$|(^|_)g_per_kwh$/, 20, 700, 0],
  [/(^|_)(ph|soil_ph|ph_level)$/, 4.5, 8.5, 1],
  // Vital signs as a clinic mostly sees them (not an SpO2 of 61% beside a pulse of 69).
  [/(^|_)systolic(_mmhg|_bp)?$/, 100, 165, 0],
  [/(^|_)diastolic(_mmhg|_bp)?$/, 60, 100, 0],
  [/(^|_)(heart_rate|heart_rate_bpm|pulse|pulse_bpm|resting_heart_rate|resting_hr)$/, 52, 105, 0],
  [/(^|_)(spo2|spo2_percent|spo2_pct|oxygen_saturation)$/, 91, 100, 0],
  [/(^|_)(respiratory_rate|respiration_rate|breaths_per_min)$/, 12, 22, 0],
  [/(^|_)(body_temp|body_temperature|body_temp_c)$/, 36.1, 37.9, 1],
  // A CVSS score: 0.1 to 10 (its exploitability and impact parts less).
  [/(^|_)(base_score|cvss_score|cvss|cvss_base_score|temporal_score|environmental_score|cvss_v3_score|cvss_v2_score)$/, 1.5, 10, 1],
  [/(^|_)exploitability_score$/, 0.1, 3.9, 1],
  [/(^|_)impact_score$/, 0.1, 6, 1],
  [/(^|_)(party_size|covers|diners)$/, 1, 8, 0],
  [/(^|_)(servings|serves|yield_servings)$/, 1, 8, 0],
  [/(^|_)(at_fault_accidents|accidents|violations|moving_violations)(_\d+y)?$/, 0, 3, 0],
  [/(^|_)deductible(_amount)?$/, 100, 2500, 0],
  [/(^|_)bedrooms$/, 0, 6, 0],
  // Stock low at a few to a few dozen units, not at 68,000.
  [/(^|_)(low_stock_threshold|stock_threshold|reorder_point|reorder_level|safety_stock)$/, 3, 40, 0],
  // An engine: 3 to 8 cylinders, 70 to 450 horsepower, 1 to 5 litres.
  [/(^|_)(cylinders|engine_cylinders|num_cylinders)$/, 3, 8, 0],
  [/(^|_)(horsepower|hp|engine_hp|power_hp)$/, 70, 450, 0],
  [/(^|_)(displacement_l|engine_displacement_l|engine_size_l|displacement_liters)$/, 1, 5, 1],
  [/(^|_)bathrooms$/, 1, 4, 1],
  // A grain bid in US dollars a bushel, its basis the few cents to a dollar or so under futures.
  [/(^|_)(cash_price|futures_price|bid_price)$/, 3, 15, 2],
  [/(^|_)basis$/, -1.5, 0.5, 2],
  [/rate_pct$/, 1, 12, 2],
  [/(^|_)months$/, 12, 360, 0],
  [/(^|_)(temp|temperature|feels_like|high|low|dew_point)(_[a-z]+)?$|_temp(erature)?$/, -5, 35, 1],
  [/(^|_)(pct|percent|percentage|humidity|probability_pct|confidence)$|_pct$|_percent$|^(pct|percent|percentage)_(of|in)_/, 0, 100, 0],
  [/(^|_)(rating|stars|average_rating)$/, 1, 5, 1],
  [new RegExp(`^(?!.*(^|_)${MONEY_RATE}).*(^|_)rate$`), 0.5, 2, 4],
  [/(^|_)(lat|latitude)$/, -60, 70, 4],
  [/(^|_)(lon|lng|longitude)$/, -170, 170, 4],
  [/(^|_)uv(_index|_max)?$/, 0, 11, 1],
  [/(^|_)month$/, 1, 12, 0],
  [/(^|_)(day|day_of_month)$/, 1, 28, 0],
  [/(^|_)hour$/, 0, 23, 0],
  [/(^|_)page$/, 1, 5, 0],
  [/(^|_)(limit|per_page|page_size|max_results|top_n|max_hits|size)$/, 5, 50, 0],
  // A song's or recording's length (duration_ms, length_ms) is minutes long; a position in one falls within that.
  [/(^|_)(duration|length|track_length|song_length)_ms$/, 90_000, 420_000, 0],
  [/(^|_)(progress|position|elapsed|playback_position)_ms$/, 5_000, 240_000, 0],
  [/(^|_)(quantity|count|guests|adults|children|seats|people|members|member_count|passengers)$/, 1, 6, 0],
  [/(^|_)(followers|subscribers|views|plays|likes|downloads|reports|total_reports|listeners|shares|votes|hits|total_results|total_hits)$|_count$/, 0, 50_000, 0],
  ...UNIT_PRICE_RULES,
  ...PREMIUM_RULES,
  [/(^|_)years(_[a-z]+)?$/, 1, 30, 0],
  // What a home loan borrows (in the dollars the schemas say): a house, not 10,700.
  [/(^|_)(loan_amount|mortgage_amount|loan_principal)$/, 80_000, 1_200_000, 0],
  MONEY_RULE,
  [/(^|_)(distance|km|miles)(_[a-z]+)?$/, 1, 500, 1],
  [/(minutes|_min|duration)$/, 5, 240, 0],
  [/(^|_)(days|nights)$/, 1, 14, 0],
  [/(^|_)(age)$/, 18, 80, 0],
  [/(weight_kg)$/, 45, 120, 1],
  [/(height_cm)$/, 150, 200, 0],
  [/volume$/, 10000, 90000000, 0],
];

/**
 * [path pattern, low, high, decimals]: what a number is depends on what holds it: a parcel's
 * weight and sides are a parcel's (0.2-30 kg, 5-120 cm), not a person's (NUMBER_RULES).
 */
const PATH_RULES: readonly (readonly [RegExp, number, number, number])[] = [
  [/(^|\.)(parcels?|packages?|boxes|box|shipments?|pieces?|items?|dimensions)(\.\d+)?\.(weight_kg|weight)$/, 0.2, 30, 1],
  [/(^|\.)(parcels?|packages?|boxes|box|shipments?|pieces?|items?|dimensions)(\.\d+)?\.(weight_lb|weight_lbs)$/, 0.5, 60, 1],
  [/(^|\.)(parcels?|packages?|boxes|box|shipments?|pieces?|items?|dimensions)(\.\d+)?\.(length|width|height|depth)(_cm)?$/, 5, 120, 0],
  [/(^|\.)(parcels?|packages?|boxes|box|shipments?|pieces?|items?|dimensions)(\.\d+)?\.(length|width|height|depth)_in$/, 2, 48, 0],
];

/** Whether `v` is within the schema's minimum / maximum and exclusive bounds. */
export function inBounds(schema: Schema, v: number): boolean {
  if (typeof schema.minimum === 'number' && v < schema.minimum) return false;
  if (typeof schema.maximum === 'number' && v > schema.maximum) return false;
  if (typeof schema.exclusiveMinimum === 'number' && v <= schema.exclusiveMinimum) return false;
  if (typeof schema.exclusiveMaximum === 'number' && v >= schema.exclusiveMaximum) return false;
  return true;
}

/** `x` rounded to `decimals` decimals. */
export function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}

const YEAR = /(^|_)(year|years?_built|year_built|model_year|birth_year|season|founded|release_year|publication_year|from_year|to_year|start_year|end_year|vintage)$/;

/**
 * The range a year field means around today: a birth year makes an adult, a model year is
 * recent, the year of what is set up `ahead` (a budget, a goal) is this one or the next.
 */
function yearRange(key: string, world: ItemWorld, ahead: boolean): readonly [number, number] {
  const y = Number(world.today.slice(0, 4));
  if (/birth/.test(key)) return [y - 80, y - 19];
  if (/built|founded/.test(key)) return [y - 70, y - 1];
  if (/model|vintage/.test(key)) return [y - 12, y + 1];
  return ahead ? [y, y + 1] : [y - 4, y];
}

/** Temperatures in the user's units (a Fahrenheit user reads 72, not 22). */
const TEMP = /(^|_)(temp|temperature|feels_like|high|low|temp_(high|low|max|min)|(high|low|max|min)_temp)$/;

/** Units of a currency per US dollar, and what a wage there is against a US one (roughly). */
const FX: Readonly<Record<string, readonly [number, number]>> = {
  USD: [1, 1], EUR: [0.92, 0.8], GBP: [0.79, 0.85], CHF: [0.88, 1.2], CAD: [1.36, 0.85], AUD: [1.5, 0.9], NZD: [1.6, 0.8], JPY: [150, 0.6], KRW: [1300, 0.6],
  CNY: [7.2, 0.3], INR: [83, 0.15], THB: [36, 0.25], IDR: [15500, 0.15], VND: [24500, 0.12], PHP: [56, 0.15], MXN: [17, 0.25], BRL: [5, 0.25], ARS: [900, 0.2],
  CLP: [900, 0.3], COP: [3900, 0.2], PEN: [3.7, 0.2], ZAR: [18, 0.3], NGN: [1400, 0.1], KES: [130, 0.12], EGP: [48, 0.1], MAD: [10, 0.15], TRY: [32, 0.3],
  PLN: [4, 0.45], CZK: [23, 0.45], HUF: [360, 0.4], SEK: [10.5, 0.7], NOK: [10.6, 0.8], DKK: [6.9, 0.8], ISK: [138, 0.8], ILS: [3.7, 0.6], AED: [3.67, 0.7],
  SGD: [1.35, 0.8], HKD: [7.8, 0.7], MYR: [4.7, 0.3], TWD: [32, 0.45],
};
/** Keys naming the currency exchange rates are quoted from. */
export const BASE_CURRENCY_KEYS: readonly string[] = ['base_currency', 'base', 'from_currency', 'source_currency', 'baseCurrency'];
/** Units of a currency per US dollar (roughly), or undefined for a currency the table lacks. */
export const perUsd = (code: string): number | undefined => FX[code]?.[0];
/** The currencies the table knows. */
export const KNOWN_CURRENCIES: readonly string[] = Object.keys(FX);
/** How many units of `currency` money is drawn in for a US dollar: 1 for a currency near the dollar. */
export function moneyScale(currency: string | undefined): number {
  const fx = currency === undefined ? 1 : (FX[currency]?.[0] ?? 1);
  return fx >= 2 ? fx : 1;
}

type NumberRule = (typeof NUMBER_RULES)[number];
/** The rule a number is drawn by: its path's (a parcel's weight), else its snake-case name's. */
const ruleOf = (k: string, path: string): NumberRule | undefined => (path.includes('.') ? PATH_RULES.find(([re]) => re.test(path)) : undefined) ?? NUMBER_RULES.find(([re]) => re.test(k));
/** Whether a rule draws money at `path` (not an ingredient's amount). */
const MONEY_RULES: ReadonlySet<unknown> = new Set([MONEY_RULE, ...UNIT_PRICE_RULES, ...PREMIUM_RULES]);
const drawsMoney = (rule: NumberRule | undefined, path: string): boolean => MONEY_RULES.has(rule) && !NOT_MONEY.test(path);

/** Whether a number at `path` (its last key `key`) is drawn as money, as genNumber reads it. */
export function isMoneyNumber(key: string, path = key): boolean {
  return drawsMoney(ruleOf(snake(key), path), path);
}

/**
 * The money fields of `o` drawn in currency `from`, counted in `to` instead (no cents where a unit
 * is worth under 7 US cents), each only where its schema's bounds allow; `keep` names fields to leave.
 */
export function rescaleMoney(o: Record<string, unknown>, props: Readonly<Record<string, Schema>>, from: string | undefined, to: string, path = '', keep?: (key: string) => boolean): void {
  const ratio = moneyScale(to) / moneyScale(from);
  if (ratio === 1) return;
  const whole = moneyScale(to) >= 15;
  const money = Object.keys(o).filter((k) => typeof o[k] === 'number' && !keep?.(k) && isMoneyNumber(k, path === '' ? k : `${path}.${k}`));
  // Where the schema caps an amount below what it counts in the new currency (a transfer of 1,256 USD
  // capped at 100,000 INR), all of the object's money is brought in at a tenth (or a hundredth) of it,
  // so it is still counted in that currency and its amounts keep their proportions.
  let r = ratio;
  for (let i = 0; i < 2 && ratio > 1 && money.some((k) => typeof props[k]?.maximum === 'number' && (o[k] as number) * r > (props[k].maximum as number)); i++) r /= 10;
  for (const k of money) {
    const v = o[k] as number;
    const next = whole ? Math.round(v * r) : roundTo(v * r, 2);
    // A value the schema kept from the user's scale (a price capped at 2,000 drawn for a user in won) is
    // not brought down to cents: nothing is rescaled below a dollar's worth.
    if (next >= moneyScale(to) && inBounds(props[k] ?? {}, next) && !(props[k]?.type === 'integer' && !Number.isInteger(next))) o[k] = next;
  }
}

/**
 * Whether an object's money fields can hold amounts in `currency`: false where a field's schema
 * caps it below about 20 US dollars' worth (a food order's total capped at 350 is no order in
 * yen), or below the least the API's thing costs (`floorUsd`: a flight's fare capped at 4,000 INR
 * is no fare), here or in the objects and lists below it that name no currency of their own (or, for
 * the answer to a call asking for `currency`, `asked`, in those that do too: a batch's results
 * each name the currency their request asked for). Fields that are no money by their path are
 * not read.
 */
export function holdsMoneyIn(schema: Schema, currency: string, depth = 0, asked = false, floorUsd = 20): boolean {
  const fx = moneyScale(currency);
  if (fx === 1 || depth > 3) return true;
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  for (const k in props) {
    const p = props[k];
    if (NOT_MONEY.test(k)) continue;
    if (typeof p.maximum === 'number' && MONEY_RULE[0].test(snake(k)) && p.maximum < floorUsd * fx) return false;
    // Money below (an offer's total_price under the search's currency), unless it names a currency of its own.
    const inner = (p.items as Schema | undefined) ?? p;
    if (inner.properties && (asked || !('currency' in (inner.properties as object))) && !holdsMoneyIn(inner, currency, depth + 1, asked, floorUsd)) return false;
  }
  return true;
}

const SALARY = /(^|[_.])(salary|salaries|wage|wages|compensation|pay|base_pay|annual_income)([_.]|$)/;
const SALARY_WORD = /salar|wage|compensation|pay|income/i;

/**
 * A salary's range in the user's currency, by the period its name says (hourly, monthly, or a
 * year): not "at least 24 THB a year". Undefined for a number that is no salary.
 */
export function salaryRange(path: string, world: ItemWorld | undefined): readonly [number, number] | undefined {
  // Most numbers are no salary: a plain test of the path first, before reading its words.
  if (!SALARY_WORD.test(path)) return undefined;
  const p = snake(path);
  if (!SALARY.test(p) || /(^|_)(count|id|ids|rank|percent|pct|share|ratio|growth|change)$/.test(p)) return undefined;
  const [lo, hi] = /hour/.test(p) ? [15, 90] : /week/.test(p) ? [600, 3500] : /month/.test(p) ? [2500, 15000] : [30000, 200000];
  const [fx, level] = FX[world?.locale.currency ?? 'USD'] ?? [1, 1];
  return [lo * fx * level, hi * fx * level];
}

/** `thing`: the name of the API the number is drawn for, which says what a charge buys (a game, a phone number). */
export function genNumber(schema: Schema, rng: Rng, key: string, integer: boolean, world?: ItemWorld, path = key, ahead = false, thing?: string): number {
  let lo = typeof schema.minimum === 'number' ? schema.minimum : -Infinity;
  let hi = typeof schema.maximum === 'number' ? schema.maximum : Infinity;
  const k0 = snake(key);
  if (world && YEAR.test(k0)) {
    const [ylo, yhi] = yearRange(k0, world, ahead);
    if (Math.max(lo, ylo) <= Math.min(hi, yhi)) return rng.int(Math.ceil(Math.max(lo, ylo)), Math.floor(Math.min(hi, yhi)));
  }
  // A temperature the schema keeps between 30 and 45 °C is a body's: 36.1 to 37.9, not 33 or 35.
  if (/(^|_)(temp|temperature)(_c|_celsius)?$/.test(k0) && typeof schema.minimum === 'number' && schema.minimum >= 30 && typeof schema.maximum === 'number' && schema.maximum <= 45) {
    return Math.round((36.1 + rng.next() * 1.8) * 10) / 10;
  }
  if (world?.locale.units === 'imperial' && TEMP.test(k0) && schema.multipleOf === undefined) {
    const [flo, fhi] = [Math.max(lo, 25), Math.min(hi, 95)];
    if (flo <= fhi) return integer ? rng.int(Math.ceil(flo), Math.floor(fhi)) : Math.round((flo + rng.next() * (fhi - flo)) * 10) / 10;
  }
  const salary = salaryRange(path, world);
  if (salary) {
    const [slo, shi] = [Math.max(lo, salary[0]), Math.min(hi, salary[1])];
    if (slo <= shi) {
      // A round figure, as salaries are quoted: to the thousand for a year, the ten for a month, the unit for an hour.
      const grain = shi >= 20000 ? 1000 : shi >= 1000 ? 10 : 1;
      const v = grain * rng.int(Math.ceil(slo / grain), Math.floor(shi / grain));
      if (v >= slo && v <= shi) return v;
    }
  }
  const step = integer ? 1 : 0.01;
  if (typeof schema.exclusiveMinimum === 'number') lo = Math.max(lo, schema.exclusiveMinimum + step);
  if (typeof schema.exclusiveMaximum === 'number') hi = Math.min(hi, schema.exclusiveMaximum - step);
  let decimals = integer ? 0 : -1;
  const k = k0;
  const rule = ruleOf(k, path);
  if (rule) {
    let [, rlo, rhi, rdec] = rule;
    // A charge for a known kind of thing costs what that thing costs.
    const priced = rule === MONEY_RULE && thing !== undefined && !NOT_MONEY.test(path) ? THING_PRICES.find(([re]) => re.test(thing)) : undefined;
    if (priced) [rlo, rhi] = [priced[1], priced[2]];
    // Money in a currency worth far less than a dollar is counted in more of it, without cents (3,000 JPY).
    const fx = world && drawsMoney(rule, path) ? moneyScale(world.locale.currency) : 1;
    if (fx > 1) {
      rlo = UNIT_PRICES.has(rule) ? rlo * fx : Math.round(rlo * fx);
      rhi = UNIT_PRICES.has(rule) ? rhi * fx : Math.round(rhi * fx);
      if (fx >= 15 && !UNIT_PRICES.has(rule)) rdec = 0;
    }
    // Use the rule's range only where it sits inside the schema's bounds.
    const nlo = Math.max(lo, rlo);
    const nhi = Math.min(hi, rhi);
    if (nlo <= nhi) [lo, hi] = [nlo, nhi];
    if (!integer) decimals = rdec;
  }
  if (lo === -Infinity && hi === Infinity) [lo, hi] = integer ? [1, 50] : [1, 500];
  else if (lo === -Infinity) lo = Math.min(hi, 0);
  else if (hi === Infinity) hi = lo + (integer ? 100 : 1000);
  if (integer) {
    lo = Math.ceil(lo);
    hi = Math.floor(hi);
  }
  if (decimals < 0) {
    const span = hi - lo;
    decimals = span >= 5000 ? 0 : span >= 50 ? 1 : 2;
  }
  // Large spans read better as round amounts (250000, not 251437).
  const span = hi - lo;
  const grain = integer && span >= 20000 ? 1000 : integer && span >= 2000 ? 50 : !integer && span >= 20000 ? 500 : 0;
  let v: number;
  if (grain > 0 && Math.ceil(lo / grain) <= Math.floor(hi / grain)) {
    v = grain * rng.int(Math.ceil(lo / grain), Math.floor(hi / grain));
  } else if (integer) {
    v = rng.int(lo, hi);
  } else {
    v = roundTo(lo + rng.next() * (hi - lo), decimals);
    if (v < lo) v = roundTo(v + 10 ** -decimals, decimals);
    if (v > hi) v = roundTo(v - 10 ** -decimals, decimals);
    if (v < lo || v > hi) v = lo;
  }
  if (typeof schema.multipleOf === 'number' && schema.multipleOf > 0) {
    const m = schema.multipleOf;
    v = m * Math.ceil(lo / m) + m * Math.floor(rng.next() * Math.max(1, Math.floor((hi - lo) / m) + 1));
    if (v > hi) v = m * Math.ceil(lo / m);
    v = roundTo(v, 6);
  }
  return Object.is(v, -0) ? 0 : v;
}


/**
 * A result's charges for a known kind of thing (THING_PRICES by the API's name) in the result's own
 * currency: one drawn in the user's currency and left under another (a game gift of 79,000 EUR
 * drawn in won) is drawn again in that currency, the same for the same value.
 */
export function alignThingPrices(result: unknown, apiName: string): void {
  const priced = THING_PRICES.find(([re]) => re.test(apiName));
  if (!priced || result === null || typeof result !== 'object' || Array.isArray(result)) return;
  const o = result as Record<string, unknown>;
  const currency = typeof o.currency === 'string' ? o.currency : undefined;
  thingPrices(o, currency, priced, false);
  // A price object of its own (a store page's: currency, initial, final, discount_percent).
  for (const [k, v] of Object.entries(o)) {
    if (v === null || typeof v !== 'object' || Array.isArray(v) || !/(^|_)price$|^pricing$/.test(k)) continue;
    const p = v as Record<string, unknown>;
    thingPrices(p, typeof p.currency === 'string' ? p.currency : currency, priced, true);
  }
}

/** A store page's prices: before a sale (initial) and after it (final). */
const PAGE_BEFORE = /^(initial|original|regular|list)$/;
const PAGE_AFTER = /^(final|sale|current)$/;

function thingPrices(o: Record<string, unknown>, currency: string | undefined, priced: (typeof THING_PRICES)[number], page: boolean): void {
  const fx = currency === undefined ? undefined : FX[currency]?.[0];
  if (fx === undefined) return;
  const whole = fx >= 15;
  const round = (x: number): number => (whole ? Math.round(x) : Math.round(x * 100) / 100);
  for (const [k, v] of Object.entries(o)) {
    const money = isMoneyNumber(k) || (page && (PAGE_BEFORE.test(k) || PAGE_AFTER.test(k)));
    if (typeof v !== 'number' || !money || (v / fx >= priced[1] && v / fx <= priced[2])) continue;
    const at = (Math.abs(v) * 0.618034) % 1;
    const usd = priced[1] + (priced[2] - priced[1]) * at;
    o[k] = round(usd * fx);
  }
  if (!page) return;
  // After a sale: the price before less the discount, or the price before when there is none.
  const before = Object.keys(o).find((k) => PAGE_BEFORE.test(k) && typeof o[k] === 'number');
  const after = Object.keys(o).find((k) => PAGE_AFTER.test(k) && typeof o[k] === 'number');
  if (before === undefined || after === undefined) return;
  const pct = Object.keys(o).find((k) => /^(discount_percent|discount_pct|percent_off)$/.test(k) && typeof o[k] === 'number');
  const b = o[before] as number;
  // A sale takes at most 90% off: a game is not given away at 100% off.
  if (pct !== undefined && (o[pct] as number) > 90) o[pct] = 90;
  if (pct !== undefined) o[after] = round(b * (1 - (o[pct] as number) / 100));
  else if ((o[after] as number) > b) o[after] = b;
}

/** The least a charge of the API `apiName` buys costs, in US dollars (20 when its name says no thing of the table). */
export const floorOfThing = (apiName: string | undefined): number => (apiName === undefined ? undefined : THING_PRICES.find(([re]) => re.test(apiName))?.[1]) ?? 20;
