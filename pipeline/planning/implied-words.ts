/**
 * Numbers and amounts as a user says them instead of writing the value: a count in words
 * ("twenty-two", "a dozen"), an amount in another unit than the parameter's ("206 km" for a
 * radius of 128 miles, "two hours" for 120 minutes, "68 degrees Fahrenheit" for 20 °C), and a
 * currency by its name ("Swiss francs"). A conversion is offered only when it gives the value
 * back exactly to the precision the value is written with, by the grounding rule's own unit
 * table (verifiers/rules/grounding-units.ts).
 */
import { spell } from '../../core/derive/numbers.js';
import { convert, sameAtPrecision, UNITS, unitOfParam, type Unit } from '../../core/derive/units.js';

/** Parameters whose integers are codes or positions, not counts: never said in words. */
const NOT_A_COUNT = /(^|_)(ids?|uid|code|zip|zipcode|postal|pin|port|years?|season|version|number|no|num|ext|extension|account|routing|cvv|cvc|otp|serial|phone|lat|lon|latitude|longitude|model_year)$/;

/** A count in words for `value` of parameter `key` ("two", "twenty-two", "a dozen", "433 thousand"), or undefined. */
export function spelledNumber(key: string, value: number, r: () => number): string | undefined {
  if (!Number.isInteger(value) || value < 2) return undefined;
  if (NOT_A_COUNT.test(key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase())) return undefined;
  if (value === 12 && r() < 0.3) return 'a dozen';
  if (value <= 100 || (value < 1000 && value % 100 === 0)) return spell(value);
  // Round amounts by their magnitude: "433 thousand", "2.5 million".
  if (value % 1000 === 0 && value < 1e6) return `${value / 1000} thousand`;
  if (value % 100_000 === 0 && value < 1e9) return `${value / 1e6} million`;
  return undefined;
}

/** The unit people convert a parameter's unit from or to. */
const PARTNER: Readonly<Record<string, string>> = { km: 'mi', mi: 'km', m: 'ft', ft: 'm', cm: 'in', in: 'cm', kg: 'lb', lb: 'kg', g: 'oz', oz: 'g', l: 'gal', gal: 'l', s: 'min', min: 'h', h: 'd', d: 'wk', kmh: 'mph', mph: 'kmh', c: 'f', f: 'c' };
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
    return x >= 1 && Number.isInteger(x * 2) && (Number.isInteger(x) || other.id === 'h') ? amount(x, other, r) : undefined;
  }
  if (own.dimension !== 'temperature' && value <= 0) return undefined;
  // A whole amount, or one with a decimal when it is small ("5.5 miles", never "61.4 inches").
  for (const decimals of [0, 1]) {
    const x = Math.round(convert(value, own, other) * 10 ** decimals) / 10 ** decimals;
    if (decimals > 0 && Math.abs(x) >= 20) break;
    if ((x > 0 || own.dimension === 'temperature') && sameAtPrecision(convert(x, other, own), value)) return amount(x, other, r);
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
