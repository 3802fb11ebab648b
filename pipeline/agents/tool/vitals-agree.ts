/**
 * Health results about what the call sent. A vital-signs record flags the readings it was sent,
 * each by its value: blood pressure 199/103 is critical, an SpO2 of 92% low, a pulse of 69
 * normal; no glucose flagged when none was measured, no SpO2 of 91% when 61% was sent (read by
 * meaning: a call whose arguments, or their `readings` object, hold vital signs, and a result
 * list of flags with a reading and a status). An interaction check names pairs of the drugs it
 * was sent.
 */
import { admits } from './admits.js';
import type { Obj } from './call-context.js';
import type { Schema } from '../../values/schema.js';

type Level = 'critical' | 'high' | 'elevated' | 'low' | 'normal';
/** The statuses a level reads as, best first, among those a schema allows. */
const SAY: Readonly<Record<Level, readonly string[]>> = {
  critical: ['critical', 'high', 'abnormal', 'elevated'],
  high: ['high', 'elevated', 'abnormal', 'critical'],
  elevated: ['elevated', 'high', 'abnormal'],
  low: ['low', 'abnormal', 'critical'],
  normal: ['normal', 'ok', 'within_range'],
};

/** Levels from the most to the least severe. */
const SEVERITY: readonly Level[] = ['critical', 'high', 'elevated', 'low', 'normal'];

const num = (o: Obj, ...keys: string[]): number | undefined => keys.map((k) => o[k]).find((v): v is number => typeof v === 'number');

/** The readings sent, as a flag would name them, each with its level. */
function readingsOf(r: Obj): [string, Level][] {
  const out: [string, Level][] = [];
  const sys = num(r, 'systolic_mmhg', 'systolic');
  const dia = num(r, 'diastolic_mmhg', 'diastolic');
  // Each pressure by its own bands (systolic 180/140/130/90, diastolic 120/90/80/60), the worse of the two.
  const band = (v: number, [crit, high, elev, low]: readonly number[]): Level => (v >= crit ? 'critical' : v >= high ? 'high' : v >= elev ? 'elevated' : v < low ? 'low' : 'normal');
  const levels = [sys === undefined ? undefined : band(sys, [180, 140, 130, 90]), dia === undefined ? undefined : band(dia, [120, 90, 80, 60])].filter((l): l is Level => l !== undefined);
  if (levels.length > 0) {
    const worst = SEVERITY.find((l) => levels.includes(l)) as Level;
    out.push([sys !== undefined && dia !== undefined ? `BP ${sys}/${dia} mmHg` : sys !== undefined ? `BP systolic ${sys} mmHg` : `BP diastolic ${dia as number} mmHg`, worst]);
  }
  const hr = num(r, 'heart_rate_bpm', 'heart_rate', 'pulse');
  if (hr !== undefined) out.push([`HR ${hr} bpm`, hr > 120 || hr < 40 ? 'critical' : hr > 100 ? 'high' : hr < 50 ? 'low' : 'normal']);
  const spo2 = num(r, 'spo2_percent', 'spo2');
  if (spo2 !== undefined) out.push([`SpO2 ${spo2}%`, spo2 < 90 ? 'critical' : spo2 < 95 ? 'low' : 'normal']);
  const t = num(r, 'temperature_c', 'body_temperature', 'temp_c');
  if (t !== undefined) out.push([`Temp ${t} °C`, t >= 39.5 || t < 35 ? 'critical' : t >= 38 ? 'high' : t < 36 ? 'low' : 'normal']);
  return out;
}

export function alignVitalFlags(result: Obj, returns: Schema | undefined, args: Readonly<Obj>): void {
  const readings = typeof args.readings === 'object' && args.readings !== null ? (args.readings as Obj) : undefined;
  const sent = readingsOf(readings ?? (args as Obj));
  if (!Array.isArray(result.flags)) return;
  // Readings sent with nothing a flag reads (a weight alone) are flagged with nothing.
  if (sent.length === 0) {
    if (readings !== undefined) result.flags = [];
    return;
  }
  const s = ((returns?.properties ?? {}) as Record<string, Schema>).flags;
  const item = (s?.items ?? {}) as Schema;
  const props = (item.properties ?? {}) as Record<string, Schema>;
  const required = Array.isArray(item.required) ? (item.required as string[]) : [];
  if (!props.reading || !props.status || required.some((k) => k !== 'reading' && k !== 'status')) return;
  const max = typeof s?.maxItems === 'number' ? s.maxItems : sent.length;
  // The readings out of range first; a normal one only where there is room.
  const ranked = [...sent].sort(([, a], [, b]) => Number(a === 'normal') - Number(b === 'normal'));
  result.flags = ranked.slice(0, max).flatMap(([reading, level]) => {
    const status = SAY[level].find((x) => admits(props.status, x));
    return status === undefined ? [] : [{ reading, status }];
  });
}

/** Names of the drugs a call sends (medications: [{name}], drugs: ["..."]). */
function drugsSent(args: Readonly<Obj>): string[] {
  for (const k of ['medications', 'drugs', 'medicines', 'drug_names']) {
    const v = args[k];
    if (!Array.isArray(v)) continue;
    const names = v.map((x) => (typeof x === 'string' ? x : x && typeof x === 'object' && typeof (x as Obj).name === 'string' ? ((x as Obj).name as string) : undefined)).filter((x): x is string => x !== undefined);
    if (names.length < 2) continue;
    // Each drug once, as first written ("tramadol" sent twice is one drug).
    const once = new Map<string, string>();
    for (const n of names) if (!once.has(n.toLowerCase())) once.set(n.toLowerCase(), n);
    return [...once.values()];
  }
  return [];
}

/**
 * An interaction check names pairs of the drugs it was sent (no losartan and albuterol in a
 * check of hydrochlorothiazide, lamotrigine and levetiracetam), each pair once.
 */
export function alignInteractions(result: Obj, args: Readonly<Obj>): void {
  const names = drugsSent(args);
  const list = result.interactions;
  if (names.length === 0 || !Array.isArray(list)) return;
  // One drug sent twice interacts with nothing.
  if (names.length < 2) {
    result.interactions = [];
    return;
  }
  const pairs = names.flatMap((a, i) => names.slice(i + 1).map((b) => [a, b] as const));
  const kept = list.filter((x): x is Obj => x !== null && typeof x === 'object' && Array.isArray((x as Obj).drugs)).slice(0, pairs.length);
  kept.forEach((it, i) => {
    it.drugs = [...pairs[i]];
  });
  result.interactions = [...kept, ...list.filter((x) => !(x !== null && typeof x === 'object' && Array.isArray((x as Obj).drugs)))];
}
