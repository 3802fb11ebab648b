/**
 * One thing keeps its name through a dialogue: the course a search listed as "Linear Algebra
 * Fundamentals" (course_id AHGAVWKI) is not "Principles of Microeconomics" in the grades the
 * next call returns for AHGAVWKI. The memory holds, per identifier value an earlier result gave
 * (course_id, job_id, event_id, id...), the object's own name (name, title, display_name, or
 * <stem>_name / <stem>_title for a <stem>_id), and gives a later result's object holding the same
 * identifier that name, unless the call itself sets it (an update's new title). Results of the
 * tool agent are shared (its cache), so a changed result is a copy.
 */
import { alignRecords } from './cve-agree.js';
import { alignJobText } from './job-agree.js';
import { cityOfAddress, comparablesAway, placeComparables } from './comparables-agree.js';
import type { City } from '../../../core/geo.js';
import type { Schema } from '../../values/values.js';

type Obj = Record<string, unknown>;

const ID_KEY = /^(?:(.+?)_)?id$/;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Facts of a thing that do not change from one call to the next (a movie's release date, a
 * restaurant's address, a CVE's description and publication date, a recipe's servings): kept
 * beside its name, under the same key.
 */
export const STABLE_FACTS: readonly string[] = ['release_date', 'original_language', 'author', 'artist', 'director', 'address', 'cuisine', 'date_of_birth', 'birth_date', 'organizer', 'published', 'published_date', 'publication_date', 'description', 'servings'];

/**
 * When a meeting, an event, an appointment or a booking takes place: kept too, and given to a
 * later result on the same thing unless that call says anything about its time (an update that
 * moves it, a reschedule).
 */
const SCHEDULE_FACTS: readonly string[] = ['start', 'end', 'start_time', 'end_time', 'starts_at', 'ends_at'];
const SCHEDULED_STEM = /(^|_)(event|meeting|appointment|booking|reservation|interview|session)$/;
const TIMING_WORD = /^(start|starts|end|ends|time|times|date|dates|datetime|duration|when|reschedule|rescheduled|slot|window|from|until)$/;
const timingKey = (k: string): boolean => k.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[^a-z0-9]+/).some((w) => TIMING_WORD.test(w));

/** What a quoted thing (a rate, an offer) costs, as its result gives it: kept as its price. */
const PRICE_KEY = /^(amount|price|total_price|total_amount|total)$/;
/** What a later call on that thing charges (buying the rate, booking the offer), at its result's root. */
const CHARGE_KEY = /^(amount_charged|charged_amount|total_charged|amount_paid|total_price|price_paid)$/;
/** The identifier of a quote: a rate, an offer, a fare (not a product, whose price a cart multiplies). */
const QUOTE_ID = /^(rate|offer|quote|fare)_id$/;
const PRICE = '$price';

/**
 * The memory's key of an identifier value: the string itself (4+ characters), or for a numeric
 * identifier (movie_id 597000) the number marked as one, when large enough not to be a count.
 */
export function idMemoKey(v: unknown): string | undefined {
  if (typeof v === 'string') return v.length >= 4 ? v : undefined;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1000 ? `#${v}` : undefined;
}

/** The object's identifier keys with their stems (course_id -> course, id -> '') and memory keys. */
function idKeys(o: Obj): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (const k in o) {
    const m = ID_KEY.exec(k.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase());
    const memo = m ? idMemoKey(o[k]) : undefined;
    if (m && memo !== undefined) out.push([k, m[1] ?? '', memo]);
  }
  return out;
}

/** The key holding the object's own name, for the identifier of stem `stem`. */
function nameKey(o: Obj, stem: string): string | undefined {
  const own = ['name', 'title', 'display_name', ...(stem ? [`${stem}_name`, `${stem}_title`] : [])];
  return own.find((k) => typeof o[k] === 'string');
}

function fits(s: Schema | undefined, v: unknown): boolean {
  if (!s) return true;
  if (Array.isArray(s.enum)) return s.enum.includes(v);
  if (typeof v === 'string') return typeof s.pattern !== 'string' && (typeof s.maxLength !== 'number' || v.length <= s.maxLength);
  if (typeof v === 'number') return (typeof s.minimum !== 'number' || v >= s.minimum) && (typeof s.maximum !== 'number' || v <= s.maximum);
  return false;
}

interface Known {
  name?: string;
  readonly facts: Map<string, unknown>;
}

const isFact = (v: unknown): boolean => typeof v === 'string' || typeof v === 'number';

export class EntityMemory {
  private readonly known = new Map<string, Known>();

  /** `result` with every object naming an identifier an earlier result named, named (and dated, placed...) as then (a copy when anything changes). */
  agree(result: unknown, returns: Schema | undefined, args: Readonly<Obj> = {}): unknown {
    if (this.known.size === 0) return result;
    // A name the call sets (an update's new title) is the call's, not the memory's.
    const sent = new Set<unknown>();
    const said = (o: Readonly<Obj>, depth: number): void => {
      for (const k in o) {
        const v = o[k];
        if (typeof v === 'string' || typeof v === 'number') sent.add(v);
        else if (isObj(v) && depth < 2) said(v, depth + 1);
      }
    };
    said(args, 0);
    // Whether the call says anything about when (then the time it gives back is its own).
    const timed = (o: Readonly<Obj>, depth: number): boolean => Object.keys(o).some((k) => timingKey(k) || (isObj(o[k]) && depth < 2 && timed(o[k] as Obj, depth + 1)));
    const moves = timed(args, 0);
    /** Each change `o` needs: [key, the remembered value]. */
    const changes = (o: Obj, props: Record<string, Schema>): [string, unknown][] => {
      const out: [string, unknown][] = [];
      for (const [, stem, memo] of idKeys(o)) {
        const known = this.known.get(memo);
        if (!known) continue;
        const nk = nameKey(o, stem);
        if (known.name !== undefined && nk !== undefined && o[nk] !== known.name && !sent.has(o[nk]) && fits(props[nk], known.name)) out.push([nk, known.name]);
        for (const [k, v] of known.facts) {
          if (moves && SCHEDULE_FACTS.includes(k)) continue;
          if (k in o && isFact(o[k]) && o[k] !== v && typeof o[k] === typeof v && !sent.has(o[k]) && fits(props[k], v)) out.push([k, v]);
        }
      }
      return out;
    };
    const fix = (v: unknown, s: Schema | undefined, depth: number): boolean => {
      if (depth > 5 || v === null || typeof v !== 'object') return false;
      if (Array.isArray(v)) return v.some((x) => fix(x, s?.items as Schema | undefined, depth + 1));
      const o = v as Obj;
      const props = (s?.properties ?? {}) as Record<string, Schema>;
      if (changes(o, props).length > 0) return true;
      return Object.keys(o).some((k) => fix(o[k], props[k], depth + 1));
    };
    const charge = this.chargeOf(result, args, sent);
    // The comparables of a property an earlier result placed (a listing in Warsaw) are in its city.
    const around = this.subjectCity(args);
    const move = around !== undefined && comparablesAway(result, around);
    if (!fix(result, returns, 0) && charge === undefined && !move) return result;
    const copy = structuredClone(result);
    if (charge !== undefined) (copy as Obj)[charge[0]] = charge[1];
    const apply = (v: unknown, s: Schema | undefined, depth: number): void => {
      if (depth > 5 || v === null || typeof v !== 'object') return;
      if (Array.isArray(v)) {
        for (const x of v) apply(x, s?.items as Schema | undefined, depth + 1);
        return;
      }
      const o = v as Obj;
      const props = (s?.properties ?? {}) as Record<string, Schema>;
      for (const [k, value] of changes(o, props)) o[k] = value;
      for (const k in o) apply(o[k], props[k], depth + 1);
    };
    apply(copy, returns, 0);
    if (move) placeComparables(copy, around);
    // A remembered description or publication date takes its weakness, product and last change along.
    alignRecords(copy, returns);
    // A remembered job title takes its description along.
    alignJobText(copy, returns);
    return copy;
  }

  /** The city an earlier result gave the address of the thing the call names by its id, if any. */
  private subjectCity(args: Readonly<Obj>): City | undefined {
    for (const k in args) {
      if (!ID_KEY.test(k.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase())) continue;
      const memo = idMemoKey(args[k]);
      const city = memo === undefined ? undefined : cityOfAddress(this.known.get(memo)?.facts.get('address'));
      if (city) return city;
    }
    return undefined;
  }

  /**
   * A call on a quoted thing (buying rate NPA3Y070, booking offer F-12) charges what the quote
   * said: [the result's charge key, the quoted price], or undefined.
   */
  private chargeOf(result: unknown, args: Readonly<Obj>, sent: ReadonlySet<unknown>): [string, number] | undefined {
    if (!isObj(result)) return undefined;
    const key = Object.keys(result).find((k) => CHARGE_KEY.test(k) && typeof result[k] === 'number');
    if (key === undefined || sent.has(result[key])) return undefined;
    for (const k in args) {
      if (!QUOTE_ID.test(k)) continue;
      const memo = idMemoKey(args[k]);
      const price = memo === undefined ? undefined : this.known.get(memo)?.facts.get(PRICE);
      if (typeof price === 'number' && price !== result[key]) return [key, price];
    }
    return undefined;
  }

  /** Takes note of the names and stable facts `result` gives its identifiers (after agree: a rename the call made is the name from then on). */
  remember(result: unknown, depth = 0): void {
    if (depth > 5 || result === null || typeof result !== 'object') return;
    if (Array.isArray(result)) {
      for (const x of result) this.remember(x, depth + 1);
      return;
    }
    const o = result as Obj;
    if ('error' in o && depth === 0 && isObj(o.error)) return;
    for (const [, stem, memo] of idKeys(o)) {
      const nk = nameKey(o, stem);
      let known = this.known.get(memo);
      for (const k of SCHEDULED_STEM.test(stem) ? [...STABLE_FACTS, ...SCHEDULE_FACTS] : STABLE_FACTS) {
        if (!isFact(o[k])) continue;
        known ??= { facts: new Map() };
        known.facts.set(k, o[k]);
      }
      if (nk !== undefined) {
        known ??= { facts: new Map() };
        known.name = o[nk] as string;
      }
      // The quoted price of a thing listed with one (a shipping rate, an offer), for the call that buys it.
      const priceKey = depth > 0 ? Object.keys(o).find((k) => PRICE_KEY.test(k) && typeof o[k] === 'number') : undefined;
      if (priceKey !== undefined) {
        known ??= { facts: new Map() };
        known.facts.set(PRICE, o[priceKey]);
      }
      if (known) this.known.set(memo, known);
    }
    for (const k in o) this.remember(o[k], depth + 1);
  }
}
