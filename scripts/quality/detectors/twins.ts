/**
 * Class 16 (evolved pools): twin tools and mismatched variants. Two tools offered in one item
 * are twins when their descriptions open with the same clause, or their names differ only by
 * a unit or currency suffix (get_tv_season / get_tv_season_in_aud). A variant named for a
 * currency or unit (..._in_aud, ..._in_imperial) called with another currency or unit is
 * the other half of the class.
 */
import { geoTables } from '../../../core/geo.js';
import { CLEAN, finding, type Detector, type Finding } from '../detector.js';
import { show, words } from '../fields.js';
import type { RecordView } from '../record-view.js';
import { normText } from '../same-value.js';

/** Unit words a variant's name may end with, by what they measure. */
const UNITS: Readonly<Record<string, string>> = {
  metric: 'system', imperial: 'system', celsius: 'temperature', fahrenheit: 'temperature', kelvin: 'temperature',
  km: 'length', kilometers: 'length', kilometres: 'length', miles: 'length', mi: 'length', meters: 'length', metres: 'length', feet: 'length', ft: 'length',
  kg: 'mass', kilograms: 'mass', lbs: 'mass', pounds: 'mass', grams: 'mass', ounces: 'mass', oz: 'mass',
  hours: 'duration', minutes: 'duration', seconds: 'duration', days: 'duration', weeks: 'duration', ms: 'duration', milliseconds: 'duration',
  liters: 'volume', litres: 'volume', gallons: 'volume', kmh: 'speed', mph: 'speed', knots: 'speed', inches: 'length', cm: 'length', mm: 'length',
};

/** Units a name may end with bare (get_weather_imperial); others need "in" (list_sources_in_miles). */
const BARE = new Set(['metric', 'imperial', 'celsius', 'fahrenheit']);

/** The unit or currency a tool's name ends with ("in_aud", "_imperial"; a trailing v2 aside), and the name without it. */
export function suffixOf(name: string): { base: string; unit: string } | undefined {
  const w = words(name);
  if (/^v\d+$/.test(w[w.length - 1])) w.pop();
  const last = w[w.length - 1];
  const after = w[w.length - 2] === 'in';
  const currency = after && last.length === 3 && geoTables().currencyByCode.has(last.toUpperCase());
  const unit = last in UNITS && (after || BARE.has(last));
  if (w.length < 2 || !(currency || unit)) return undefined;
  return { base: w.slice(0, after ? -2 : -1).join('_'), unit: last };
}

/**
 * The opening clause of a description, normalised: its first sentence, up to a semicolon. Not
 * up to a colon: "For live scores: get the box score" and "For live scores: list games" differ.
 */
export function firstClause(description: string): string {
  return normText(description.split(/(?<!\b(?:e\.g|i\.e|etc|vs))[.;!?](?:\s|$)/)[0] ?? '');
}

function twins(view: RecordView): string | undefined {
  const tools = [...view.tools.values()];
  for (let i = 0; i < tools.length; i++) {
    for (let j = i + 1; j < tools.length; j++) {
      const [a, b] = [tools[i], tools[j]];
      const ca = firstClause(a.description);
      if (ca.split(' ').length >= 3 && ca === firstClause(b.description)) return `${a.name} and ${b.name} open with the same clause "${ca.slice(0, 60)}"`;
      const sa = suffixOf(a.name);
      const sb = suffixOf(b.name);
      const baseA = sa?.base ?? words(a.name).join('_');
      const baseB = sb?.base ?? words(b.name).join('_');
      if ((sa || sb) && baseA === baseB) return `${a.name} and ${b.name} differ only by a unit/currency suffix`;
    }
  }
  return undefined;
}

/** A variant called with another currency or unit than the one it is named for. */
function mismatchedVariant(view: RecordView): { called: boolean; defect?: string } {
  let called = false;
  for (const call of view.calls) {
    const s = suffixOf(call.name);
    if (!s) continue;
    called = true;
    const isCurrency = !(s.unit in UNITS);
    for (const [k, v] of Object.entries(call.args)) {
      if (typeof v !== 'string') continue;
      const w = words(k);
      const val = v.toLowerCase();
      if (isCurrency && w.some((x) => x === 'currency') && /^[a-z]{3}$/.test(val) && val !== s.unit) return { called, defect: `${call.name} called with ${k} ${show(v)}` };
      if (!isCurrency && w.some((x) => x === 'unit' || x === 'units' || x === 'system') && UNITS[val] === UNITS[s.unit] && val !== s.unit) return { called, defect: `${call.name} called with ${k} ${show(v)}` };
    }
  }
  return { called };
}

export const twinTools: Detector = {
  key: 'twins',
  title: 'twin tools offered / variant called with another unit or currency',
  check(view): Finding | undefined {
    const twin = view.tools.size >= 2 ? twins(view) : undefined;
    const variant = mismatchedVariant(view);
    if (view.tools.size < 2 && !variant.called) return undefined;
    if (twin) return finding(twin);
    return variant.defect ? finding(variant.defect) : CLEAN;
  },
};
