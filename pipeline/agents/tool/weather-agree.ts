/**
 * Weather that could happen: snow falls below freezing or just above it (snow at 33 °C becomes
 * snow at -3 °C), and a road's surface follows the sky and the cold (wet in rain, snow-covered or
 * icy in snow, icy below freezing, dry otherwise). Applied to every object of a result holding a
 * condition (condition, conditions, weather) and a temperature (temperature, temp, temp_c,
 * temp_f...), in Fahrenheit where the field or the object's unit says so.
 */
import type { Schema } from '../../values/values.js';

type Obj = Record<string, unknown>;

const CONDITION_KEYS = ['condition', 'conditions', 'weather', 'sky'];
const TEMP = /^(temp|temperature|air_temperature|temp_c|temperature_c|temp_f|temperature_f|feels_like|apparent_temperature)$/;
const SNOWY = /snow|sleet|blizzard|flurr|freezing/;
const WET = /rain|drizzle|shower|thunder|storm/;

const fahrenheit = (key: string, o: Obj, units: string | undefined): boolean =>
  /_f$/.test(key) || (typeof o.unit === 'string' && /^(f|°f|fahrenheit)$/i.test(o.unit)) || units === 'imperial' || units === 'fahrenheit';

function fits(s: Schema | undefined, v: number): boolean {
  return !s || ((typeof s.minimum !== 'number' || v >= s.minimum) && (typeof s.maximum !== 'number' || v <= s.maximum));
}

function surfaceFor(condition: string, celsius: number, values: readonly string[]): string | undefined {
  const want = SNOWY.test(condition) ? ['snow_covered', 'snow', 'icy', 'ice'] : celsius <= 0 ? ['icy', 'ice', 'frost'] : WET.test(condition) ? ['wet'] : ['dry'];
  return want.find((w) => values.includes(w));
}

export function alignWeather(value: unknown, schema: Schema | undefined, units: string | undefined, depth = 0): void {
  if (depth > 5 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) alignWeather(v, schema?.items as Schema | undefined, units, depth + 1);
    return;
  }
  const o = value as Obj;
  const props = (schema?.properties ?? {}) as Record<string, Schema>;
  const ck = CONDITION_KEYS.find((k) => typeof o[k] === 'string');
  const temps = Object.keys(o).filter((k) => TEMP.test(k) && typeof o[k] === 'number');
  if (ck && temps.length > 0) {
    const condition = (o[ck] as string).toLowerCase();
    const main = temps[0];
    const f = fahrenheit(main, o, units);
    let c = f ? (((o[main] as number) - 32) * 5) / 9 : (o[main] as number);
    if (SNOWY.test(condition) && c > 2) {
      // Snow at -6 to +1 °C, the same draw each time for the same reading.
      const next = -6 + (Math.round(Math.abs(c) * 10) % 8);
      for (const k of temps) {
        const shifted = k === main ? next : next - 2;
        const v = fahrenheit(k, o, units) ? Math.round((shifted * 9) / 5 + 32) : shifted;
        if (fits(props[k], v)) o[k] = v;
      }
      c = next;
    }
    const sk = Object.keys(o).find((k) => /(^|_)(road_surface|surface|road_condition|road_state)$/.test(k) && typeof o[k] === 'string');
    const values = sk ? ((props[sk]?.enum as unknown[] | undefined) ?? ['dry', 'wet', 'icy', 'snow_covered']).filter((x): x is string => typeof x === 'string') : [];
    const surface = sk ? surfaceFor(condition, c, values) : undefined;
    if (sk && surface) o[sk] = surface;
  }
  for (const k in o) if (o[k] !== null && typeof o[k] === 'object') alignWeather(o[k], props[k], units, depth + 1);
}
