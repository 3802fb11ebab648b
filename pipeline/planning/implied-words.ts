/**
 * Numbers and amounts as a user says them instead of writing the value: a count in words
 * ("twenty-two", "a dozen"), an amount in another unit than the parameter's ("206 km" for a
 * radius of 128 miles, "two hours" for 120 minutes, "68 degrees Fahrenheit" for 20 °C), and a
 * currency by its name ("Swiss francs"). A conversion is offered only when it gives the value
 * back exactly to the precision the value is written with, by the unit table the grounding rule
 * reads them with (core/derive/units.ts); a time as hours and minutes ("3 hours and 17
 * minutes"); an amount in cents in the currency ("9.33").
 */
import { spell } from '../../core/derive/numbers.js';
import { convert, inMinorUnits, sameAtPrecision, UNITS, unitOfParam, type Unit } from '../../core/derive/units.js';

/** Parameters whose integers are codes or positions, not counts: never said in words. */
const NOT_A_COUNT = /(^|_)(ids?|uid|code|zip|zipcode|postal|pin|port|years?|season|version|number|no|num|ext|extension|account|routing|cvv|cvc|otp|serial|phone|lat|lon|latitude|longitude|model_year|month|week|day|start|end|position|positions|offset|index|from|to|rate)$/;
/** Money: said with its magnitude when round ("a 2.35 million loan"), never in words. */
const MONEY = /(^|_)(amount|price|cost|total|fee|balance|budget|income|salary|limit_amount|value|tip|deductible|premium|rent|loan|bid|coverage)$/;
/** A unit anywhere in a key ("minutes_before", "radius_m"): an amount, not a count. */
const UNIT_PART = /(^|_)(ms|s|sec|secs|seconds|min|mins|minutes|h|hrs|hours|days|weeks|m|km|mi|miles|ft|feet|kg|g|lb|lbs|cm|mm|kw|kwh|mb|gb|bytes|pct|percent|acres|sq|square|sqft)(_|$)/;
/** Inside an object or a list, only what counts people or things is said in words ("two adults", "three rooms"). */
const NESTED_COUNT = /(^|_)(adults|children|kids|infants|guests|people|persons|rooms|nights|seats|tickets|passengers|pets|copies|servings|bedrooms|bathrooms|beds|travell?ers|members|players)$/;

/**
 * A count in words for `value` of parameter `key` ("two", "twenty-two", "a dozen", "433
 * thousand"), or undefined; `nested`: a field of an object or list item.
 */
export function spelledNumber(key: string, value: number, r: () => number, nested = false): string | undefined {
  if (!Number.isInteger(value) || value < 2) return undefined;
  const k = key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
  if (NOT_A_COUNT.test(k) || (nested && !NESTED_COUNT.test(k))) return undefined;
  if (MONEY.test(k)) return value % 1000 === 0 && value >= 1e6 && value < 1e9 ? `${value / 1e6} million` : value % 100 === 0 && value >= 1000 && value < 1e6 ? `${value / 1000}k` : undefined;
  if (value === 12 && r() < 0.3) return 'a dozen';
  if (value <= 100 || (value < 1000 && value % 100 === 0)) return spell(value);
  // Round amounts by their magnitude ("433 thousand", "169.5k", "2.5 million"), but not an amount in a unit ("11k m").
  if (UNIT_PART.test(k)) return undefined;
  if (value % 100 === 0 && value >= 1000 && value < 1e6) return `${value / 1000}${r() < 0.5 ? 'k' : ' thousand'}`;
  if (value % 100_000 === 0 && value < 1e9) return `${value / 1e6} million`;
  return undefined;
}

/** An amount the parameter takes in the currency's smallest unit, said in the currency ("9.33" for 933), or undefined. */
export function minorUnitPhrase(description: unknown, value: number): string | undefined {
  return inMinorUnits(description) && Number.isInteger(value) && value >= 100 && value % 100 !== 0 ? (value / 100).toFixed(2) : undefined;
}

/** The unit people convert a parameter's unit from or to. */
const PARTNER: Readonly<Record<string, string>> = { kw: 'mw', mw: 'kw', km: 'mi', mi: 'km', m: 'ft', ft: 'm', cm: 'in', in: 'cm', kg: 'lb', lb: 'kg', g: 'oz', oz: 'g', l: 'gal', gal: 'l', s: 'min', min: 'h', h: 'd', d: 'wk', kmh: 'mph', mph: 'kmh', c: 'f', f: 'c' };
/** Where the partner's amount would be one nobody says ("154199 feet" for 47 km), the unit people use instead. */
const PARTNER_LARGE: Readonly<Record<string, string>> = { m: 'mi', ft: 'km', cm: 'ft', in: 'm', g: 'lb', oz: 'kg' };
/** The largest amount a person says in a unit other than the parameter's (beyond it they change unit). */
const LARGEST_SAID = 5000;
const BY_ID = new Map(UNITS.map((u) => [u.id, u]));

function amount(x: number, u: Unit, r: () => number): string {
  if (u.dimension === 'temperature') return `${x} ${u.words[1]}`;
  if (x === 1) return `${u.id === 'h' ? 'an' : 'a'} ${u.words[0]}`;
  const n = u.dimension === 'time' && Number.isInteger(x) && x <= 12 && r() < 0.5 ? spell(x) : String(x);
  return `${n} ${u.words[1]}`;
}

/**
 * The value of a numeric parameter in another unit than the one its name or description
 * gives ("206 kilometers" for `radius_miles` = 128), or undefined when no amount a person
 * would say gives it back exactly (time units: whole or half multiples only).
 */
export function unitPhrase(key: string, description: unknown, value: number, r: () => number): string | undefined {
  const own = unitOfParam(key, description);
  const other = own && BY_ID.get(PARTNER[own.id]);
  if (!own || !other || !Number.isFinite(value)) return undefined;
  if (own.dimension === 'time') {
    const x = (value * own.factor) / other.factor;
    if (x >= 1 && Number.isInteger(x * 2) && (Number.isInteger(x) || other.id === 'h')) return amount(x, other, r);
    // "3 hours and 17 minutes" for 197 minutes, "44 minutes and 10 seconds" for 2650 seconds.
    const whole = Math.floor(x);
    const rest = Math.round(value - (whole * other.factor) / own.factor);
    return whole >= 1 && whole <= 48 && Number.isInteger(value) && rest > 0 ? `${amount(whole, other, r)} and ${amount(rest, own, r)}` : undefined;
  }
  if (own.dimension !== 'temperature' && value <= 0) return undefined;
  // A length or a weight too large to say in the partner unit is said in a larger one, or stated as it is.
  const large = BY_ID.get(PARTNER_LARGE[own.id] ?? '');
  const unit = own.dimension !== 'temperature' && Math.abs(convert(value, own, other)) > LARGEST_SAID ? large : other;
  if (!unit || (own.dimension !== 'temperature' && Math.abs(convert(value, own, unit)) > LARGEST_SAID)) return undefined;
  // A whole amount, or one with a decimal when the value has one ("5.5 miles", "188.1 miles" for 302.7 km; never "61.4 inches" for 156 cm).
  for (const decimals of [0, 1]) {
    const x = Math.round(convert(value, own, unit) * 10 ** decimals) / 10 ** decimals;
    if (decimals > 0 && Math.abs(x) >= 20 && Number.isInteger(value)) break;
    if ((x > 0 || own.dimension === 'temperature') && sameAtPrecision(convert(x, unit, own), value)) return amount(x, unit, r);
  }
  return undefined;
}

/** Currency words people say in the plural ("euros", "Swiss francs"); the others stay as named ("Japanese yen", "Turkish lira"). */
const PLURAL = new Set(['dollar', 'euro', 'pound', 'franc', 'peso', 'rupee', 'ruble', 'dinar', 'dirham', 'shekel', 'riyal', 'rial']);

/** How a user names a currency from its table name ("US Dollar" -> "US dollars", "Euro" -> "euros"). */
export function currencyPhrase(name: string): string | undefined {
  if (/[\d()]/.test(name)) return undefined;
  const words = name.split(' ');
  const last = words[words.length - 1].toLowerCase();
  words[words.length - 1] = PLURAL.has(last) ? `${last}s` : last;
  return words.join(' ');
}
