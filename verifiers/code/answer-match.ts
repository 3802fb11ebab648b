/**
 * Is a stated answer the known one? Numbers compare as numbers (thousands separators, a
 * currency sign, a fraction "7/3", a float within the problem's tolerance, big integers
 * exactly), lists element by element, a unit only if it is the known one (or a name of it),
 * and words without regard to case.
 */

/** Names a unit may be written with, by the canonical unit of the problem. */
const UNIT_NAMES: Readonly<Record<string, readonly string[]>> = {
  km: ['km', 'kilometres', 'kilometers', 'kilometre', 'kilometer'],
  kg: ['kg', 'kilograms', 'kilogram', 'kilos'],
  L: ['l', 'litres', 'liters', 'litre', 'liter'],
  m: ['m', 'metres', 'meters', 'metre', 'meter'],
  '°C': ['°c', 'degrees celsius', 'degrees', 'celsius', 'c'],
  dollars: ['dollars', 'dollar', 'usd', '$'],
};

const NUMBER = /^[-+−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:e[-+]?\d+)?$/i;

interface Rational {
  readonly p: bigint;
  readonly q: bigint;
}

/** A number's text as an exact rational: "1,234.50" -> 123450/100, "7/3", "-2", "1e+16". */
export function parseRational(text: string): Rational | undefined {
  const t = text.trim().replace(/^\$/, '').replace(/−/g, '-').replace(/^\+/, '');
  const frac = /^(-?\d+)\s*\/\s*(\d+)$/.exec(t);
  if (frac) return BigInt(frac[2]) === 0n ? undefined : { p: BigInt(frac[1]), q: BigInt(frac[2]) };
  if (!NUMBER.test(t)) return undefined;
  const [mantissa, exp = '0'] = t.replace(/,/g, '').toLowerCase().split('e');
  const neg = mantissa.startsWith('-');
  const [i, f = ''] = mantissa.replace(/^[-+]/, '').split('.');
  let p = BigInt(i + f) * (neg ? -1n : 1n);
  let q = 10n ** BigInt(f.length);
  const e = Number(exp);
  if (e > 0) p *= 10n ** BigInt(e);
  if (e < 0) q *= 10n ** BigInt(-e);
  return { p, q };
}

/** |a - b| <= tolerance (plus a relative 1e-12 for float noise), computed without losing digits. */
function close(a: Rational, b: Rational, tolerance: number, floatNoise = true): boolean {
  const diffP = a.p * b.q - b.p * a.q;
  const den = a.q * b.q;
  if (diffP === 0n) return true;
  // Two integers as written: no float noise to forgive (a big integer off by one is wrong).
  if (a.q === 1n && b.q === 1n) floatNoise = false;
  const abs = (x: bigint): bigint => (x < 0n ? -x : x);
  // |a - b| * den * 1e12 <= (tolerance + 1e-12 |b|) * den * 1e12
  return abs(diffP) * 10n ** 12n <= BigInt(Math.round(tolerance * 1e12)) * den + (floatNoise ? abs(b.p) * a.q : 0n);
}

function numbersIn(text: string, thousands: boolean): Rational[] {
  const re = thousands ? /[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:e[-+]?\d+)?(?:\/\d+)?/gi : /-?\d+(?:\.\d+)?(?:e[-+]?\d+)?(?:\/\d+)?/gi;
  const out: Rational[] = [];
  for (const m of text.matchAll(re)) {
    const r = parseRational(m[0]);
    if (r) out.push(r);
  }
  return out;
}

/** The stated answer with the unit taken off: undefined when it names another unit. */
function withoutUnit(given: string, unit: string | undefined): string | undefined {
  let t = given
    .trim()
    .replace(/\\text\{([^}]*)\}/g, '$1')
    .replace(/\\,|\\!|~/g, '')
    .replace(/^x\s*=\s*/i, '')
    .replace(/[.。]$/, '')
    .trim();
  if (t.startsWith('$')) t = t.slice(1);
  const m = /^([-−+]?[\d.,/e+-]*\d)\s*(.*)$/i.exec(t);
  if (!m || m[2] === '') return t;
  const rest = m[2].toLowerCase().trim();
  if (unit === undefined) return rest.split(/\s+/).length <= 2 ? m[1] : undefined;
  const names = UNIT_NAMES[unit] ?? [unit.toLowerCase()];
  return names.includes(rest) || rest === unit.toLowerCase() ? m[1] : undefined;
}

/** Does `given` (the final answer as stated) equal the known answer? */
export function sameAnswer(given: string, known: string, tolerance: number, unit?: string): boolean {
  const knownList = known.split(/,\s+/);
  if (knownList.length > 1) {
    const nums = numbersIn(given, false);
    const want = knownList.map((k) => parseRational(k));
    return nums.length === want.length && want.every((w, i) => w !== undefined && close(nums[i], w, tolerance));
  }
  const k = parseRational(known);
  if (k) {
    const stripped = withoutUnit(given, unit);
    if (stripped === undefined) return false;
    const g = parseRational(stripped);
    return g !== undefined && close(g, k, tolerance);
  }
  return given.trim().replace(/[.!]$/, '').toLowerCase() === known.toLowerCase();
}

/**
 * Does a program's output show the known answer (one of its numbers is it, or it contains the
 * words)? `floatNoise`: a float a relative 1e-12 off still shows it (false: only the tolerance).
 */
export function outputShows(output: string, known: string, tolerance: number, floatNoise = true): boolean {
  const knownList = known.split(/,\s+/);
  const nums = numbersIn(output, false);
  if (knownList.length > 1) {
    const left = [...nums];
    return knownList.every((k) => {
      const w = parseRational(k);
      const i = w ? left.findIndex((n) => close(n, w, tolerance, floatNoise)) : -1;
      if (i < 0) return false;
      left.splice(i, 1);
      return true;
    });
  }
  const k = parseRational(known);
  if (k) return nums.some((n) => close(n, k, tolerance, floatNoise));
  return output.toLowerCase().includes(known.toLowerCase());
}
