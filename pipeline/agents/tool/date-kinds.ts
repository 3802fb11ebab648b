/**
 * Dates of a result obey the dialogue's today, by what each field means: history (created,
 * posted, last_...) at or before now, what is ahead (expires, due, next_..., estimated_...)
 * after it, a birth date years back, the moment of an action (a create's created_at, a delete's
 * deleted_at) and the time a report is made (as_of, generated_at) now. A forecast's series
 * starts today; a history's series ends by today. Fields the call fixed are left alone.
 */
import type { Schema } from '../../values/values.js';
import { isPinned, type CallContext, type Effect, type Obj, type Rule } from './call-context.js';
import { atMinute, dayNumber, isDateField, isIsoDate, minuteOf, onDay } from './days.js';
import { snake, tokens } from './names.js';

export type DateKind = 'past' | 'future' | 'birth' | 'now';

const FUTURE = /(^|_)(expires?|expiry|expiration|valid|until|due|deadline|next|estimated|expected|scheduled|upcoming|eta|fires|closes|renewal|renews|return_by|restoration|resolution|hold|confirmed|proposed|departs|arrives|available|maturity)(_|$)/;
const PAST =
  /(^|_)(created|updated|modified|changed|posted|published|submitted|received|booked|authored|observed|reported|recorded|measured|generated|computed|scanned|analy[sz]ed|occurred|issued|filed|filing|decided|sold|purchased|requested|processed|sent|delivered|uploaded|started|enrolled|graded|responded|withdrawn|revoked|voided|deleted|cancell?ed|completed|joined|registered|signed|paid|played|unlock|unlocked|seen|founded|established|verified|last|first|since|placed|logged|captured|breach|claim|review|priority|valuation|taken|retrieved|fetched|checked|evaluated|approved|closed|opened|released|answered|replied|visited|accessed|used|changed|as_of|set)(_|$)/;
const BIRTH = /(^|_)(birth|dob|born)(_|$)|date_of_birth/;
const NOT_NOW = /(^|_)(last|first|previous|prior|since|birth|original|initial)(_|$)/;
const REPORT = /^(as_of|generated_at|computed_at|retrieved_at|fetched_at|checked_at|evaluated_at|calculated_at|updated_at|last_updated|observed_at|scanned_at|analyzed_at|analysed_at|assessed_at|verified_at|validated_at|quoted_at)$/;
/** Tools and lists about the past: their items' dates end by today. */
const HISTORY = /^(history|historical|past|log|logs|transactions|statement|timeline|activity|usage|consumption|readings|observations|commits|citations|recalls|bars|entries|payments|events_log|report|reports|reviews|breaches|claims|inspections|votes|comparables|stats|statistics|progress|summary)$/;
const SERIES_AHEAD = /^(forecast|forecasts|hourly|daily|upcoming|outlook|schedule|slots|predictions)$/;
/** Series named by their step only: ahead in a forecast, history in a usage report (a line's usage day by day). */
const PERIODIC = /^(hourly|daily|weekly|monthly)$/;

/** Whether a tool or list named with these tokens is about the past (a history, transactions, bars). */
export const aboutPast = (t: readonly string[]): boolean => t.some((x) => HISTORY.test(x));

/** What a date field named `key` means, or undefined for a neutral date (a start, a time). */
export function dateKind(key: string): DateKind | undefined {
  const k = snake(key);
  if (BIRTH.test(k)) return 'birth';
  if (FUTURE.test(k)) return 'future';
  if (PAST.test(k)) return 'past';
  return undefined;
}


interface DateField {
  readonly key: string;
  readonly kind: DateKind;
}
interface ObjPlan {
  readonly fields: readonly DateField[];
  readonly objects: readonly (readonly [string, ObjPlan])[];
  readonly lists: readonly (readonly [string, ObjPlan, 'ahead' | 'history' | undefined])[];
}

function planObject(s: Schema, top: boolean, effect: Effect, history: boolean, ahead: boolean, depth: number): ObjPlan {
  const props = (s.properties ?? {}) as Record<string, Schema>;
  const fields: DateField[] = [];
  const objects: [string, ObjPlan][] = [];
  const lists: [string, ObjPlan, 'ahead' | 'history' | undefined][] = [];
  let first = true;
  for (const k in props) {
    const p = props[k];
    if (isDateField(k, p)) {
      let kind = dateKind(k);
      if (top && kind === 'past' && !NOT_NOW.test(snake(k)) && (effect !== 'read' || REPORT.test(snake(k)))) kind = 'now';
      // What a create or update sets up is ahead of it (a transfer's execution date), unless the call says.
      if (top && !kind && (effect === 'create' || effect === 'update')) kind = 'future';
      if (!kind && history && first) kind = 'past';
      first = false;
      if (kind) fields.push({ key: k, kind });
    } else if (depth < 3 && p.properties) objects.push([k, planObject(p, false, effect, history, false, depth + 1)]);
    else if (depth < 3 && p.type === 'array' && (p.items as Schema | undefined)?.properties) {
      const t = tokens(k);
      const periodicOnly = t.every((x) => !SERIES_AHEAD.test(x) || PERIODIC.test(x));
      const mode =
        history && !ahead && periodicOnly ? 'history' : ahead || t.some((x) => SERIES_AHEAD.test(x)) ? 'ahead' : history || t.some((x) => HISTORY.test(x)) ? 'history' : undefined;
      lists.push([k, planObject(p.items as Schema, false, effect, mode === 'history', false, depth + 1), mode]);
    }
  }
  return { fields, objects, lists };
}

const YEAR = 365;

function clamp(o: Obj, f: DateField, c: CallContext): void {
  const v = o[f.key];
  if (!isIsoDate(v) || isPinned(c, o, f.key)) return;
  const now = minuteOf(c.now);
  const m = minuteOf(v);
  switch (f.kind) {
    case 'now':
      o[f.key] = v.length === 10 ? c.now.slice(0, 10) : atMinute(v, now);
      return;
    case 'past':
      if (m > now) o[f.key] = atMinute(v, now - 1440 * c.rng.int(0, 90) - 15 * c.rng.int(1, 40));
      return;
    case 'future':
      if (m <= now) o[f.key] = onDay(v, c.today + c.rng.int(1, 60));
      return;
    case 'birth':
      if (dayNumber(v) > c.today - 18 * YEAR) o[f.key] = onDay(v, c.today - YEAR * c.rng.int(19, 80) - c.rng.int(0, 364));
  }
}

/** The dates among `keys` of `o` (and lists of dates: a day's high tides) moved by `delta` minutes (whole days for dates), unless the call fixed them. */
export function shiftDates(o: Obj, keys: readonly string[], delta: number, c: CallContext): void {
  if (!Number.isFinite(delta) || delta === 0) return;
  const moved = (x: string): string => atMinute(x, minuteOf(x) + (x.length === 10 ? Math.round(delta / 1440) * 1440 : delta));
  for (const k of keys) {
    const x = o[k];
    if (isIsoDate(x)) {
      if (!isPinned(c, o, k)) o[k] = moved(x);
    } else if (Array.isArray(x) && x.length > 0 && x.every(isIsoDate) && !isPinned(c, o, k)) o[k] = x.map(moved);
  }
}

const firstDate = (it: Obj): string | undefined => Object.keys(it).find((k) => isIsoDate(it[k]));

/** A series ahead (a forecast) starts now, hour by hour for an hourly one, else keeping its own step. */
function startNow(items: Obj[], hourly: boolean, c: CallContext): void {
  const key = items[0] ? firstDate(items[0]) : undefined;
  if (!key || isPinned(c, items[0], key)) return;
  const v = items[0][key] as string;
  const base = v.length === 10 ? c.today * 1440 : Math.floor(minuteOf(c.now) / 60) * 60;
  const own = items.length > 1 ? minuteOf(items[1][key]) - minuteOf(v) : NaN;
  const step = v.length === 10 ? 1440 : hourly || !(own > 0) ? 60 : own;
  items.forEach((it, i) => {
    if (isIsoDate(it[key])) shiftDates(it, Object.keys(it), base + i * step - minuteOf(it[key]), c);
  });
}

/** A history ends by now: the whole series moved back, keeping its steps. */
function endByNow(items: Obj[], c: CallContext): void {
  const key = items[0] ? firstDate(items[0]) : undefined;
  if (!key) return;
  const latest = Math.max(...items.map((it) => minuteOf(it[key])).filter((m) => !Number.isNaN(m)));
  const now = minuteOf(c.now);
  if (!(latest > now)) return;
  const delta = now - 1440 * c.rng.int(0, 20) - latest;
  for (const it of items) shiftDates(it, Object.keys(it), (items[0][key] as string).length === 10 ? Math.floor(delta / 1440) * 1440 : delta, c);
}

function apply(o: Obj, p: ObjPlan, c: CallContext): void {
  for (const f of p.fields) clamp(o, f, c);
  for (const [k, sub] of p.objects) if (o[k] && typeof o[k] === 'object') apply(o[k] as Obj, sub, c);
  for (const [k, sub, mode] of p.lists) {
    const items = o[k];
    if (!Array.isArray(items)) continue;
    if (mode === 'ahead') startNow(items as Obj[], /hour/.test(k), c);
    if (mode === 'history') endByNow(items as Obj[], c);
    for (const it of items) if (it && typeof it === 'object') apply(it as Obj, sub, c);
  }
}

/** The rule putting a result's dates on the right side of now, for a tool whose name has `apiTokens`. */
export function todayRule(body: Schema, apiTokens: readonly string[], effect: Effect): Rule {
  const plan = planObject(body, true, effect, apiTokens.some((t) => HISTORY.test(t)), apiTokens.some((t) => SERIES_AHEAD.test(t)), 0);
  return (b, c) => apply(b, plan, c);
}
