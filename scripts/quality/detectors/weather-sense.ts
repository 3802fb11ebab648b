/**
 * Class 25: weather that could not happen: snow at 33 °C, an icy road at 25 °C, a dry road in
 * rain or snow. Judged on objects of a result holding a condition (condition, conditions,
 * weather) and a temperature (Fahrenheit where the field, the object's unit or the call's units
 * say so), and on their road surface where they have one.
 */
import { finding, judgeAll, type Detector, type Finding } from '../detector.js';
import { objects, show } from '../fields.js';
import type { CallView } from '../record-view.js';

const TEMP = /^(temp|temperature|air_temperature|temp_c|temperature_c|temp_f|temperature_f)$/;
const SNOW = /snow|sleet|blizzard|flurr/;
const WET = /rain|drizzle|shower|thunder|snow|sleet/;

export function weatherSenseFinding(call: CallView): Finding | undefined {
  if (call.failed) return undefined;
  const units = [call.args.units, call.args.unit].find((u) => typeof u === 'string') as string | undefined;
  return judgeAll([...objects(call.result)], ({ object: o, path }) => {
    const ck = ['condition', 'conditions', 'weather'].find((k) => typeof o[k] === 'string');
    const tk = Object.keys(o).find((k) => TEMP.test(k) && typeof o[k] === 'number');
    if (!ck || !tk) return undefined;
    const f = /_f$/.test(tk) || (typeof o.unit === 'string' && /^(f|°f|fahrenheit)$/i.test(o.unit)) || units === 'imperial' || units === 'fahrenheit';
    const c = f ? (((o[tk] as number) - 32) * 5) / 9 : (o[tk] as number);
    const sky = (o[ck] as string).toLowerCase();
    const where = `${call.name} ${path || 'result'}`;
    if (SNOW.test(sky) && c > 4) return finding(`${where}: ${ck} ${show(o[ck])} at ${tk} ${String(o[tk])}`);
    const sk = Object.keys(o).find((k) => /(^|_)(road_surface|surface|road_condition)$/.test(k) && typeof o[k] === 'string');
    const road = sk ? (o[sk] as string).toLowerCase() : undefined;
    if (road && /ic[ey]|snow/.test(road) && c > 6) return finding(`${where}: ${sk} ${show(o[sk!])} at ${tk} ${String(o[tk])}`);
    if (road === 'dry' && WET.test(sky)) return finding(`${where}: ${sk} "dry" under ${ck} ${show(o[ck])}`);
    return finding(undefined);
  });
}

export const weatherSense: Detector = {
  key: 'weather-sense',
  title: 'weather that could not happen (snow at 30 °C, a dry road in rain)',
  check: (view) => judgeAll(view.calls, weatherSenseFinding),
};
