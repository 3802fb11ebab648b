/**
 * args.roles: two argument values of one call in each other's place. Both values are stated,
 * both fit either parameter's schema, so neither grounding nor the schema sees it; what tells is
 * what the request says around each value and what each parameter is for (role-words.ts):
 * - the request's cue words: "from X to Y", "between X and Y", "X to Y", "since", "until",
 *   "at least", "at most" give X the start role (origin, source, min, sender, from_) and Y the
 *   end role (destination, target, max, recipient, to_);
 * - the words around a value and the parameter's own words: "a radius of 5 and a height of 10",
 *   "for 10 years at 5%", "'b' is 7", "by Stephen King" against `author`, "titled It" against `title`;
 * - a range out of order whatever the words: min above max, start after end, from above to;
 * - a latitude and longitude that, the other way round, are the centre of a city of the tables.
 * A swap is reported only when the request's words give each value to the other parameter
 * more than to its own (by at least one cue or name word), so words that fit both leave the
 * call alone.
 */
import type { ParsedCall, RuleContext } from './context.js';
import { surelyValid } from '../../api-pool/value-check.js';
import { alignPlan } from './plan-agreement.js';
import { lowerRequestBefore, requestBefore, spansOf, spansOfName, type Request, type Span } from './request-tokens.js';
import { describesValue, END_CUES, namesParam, paramInfos, START_CUES, stem, type ParamInfo } from './role-words.js';
import { kindOfValue, nameOfCode, placeKindOfValue, type Kind } from './value-kinds.js';
import { cityAt, coordinateOf, entitiesOfValue, entitySpans, type EntitySpan } from '../../core/derive/codes.js';
import { normalise } from '../../core/derive/normalise.js';
import { unitOfParam, unitOfWord, type Dimension } from '../../core/derive/units.js';

/** Words between a value and the word that names it ("radius of 5", "'b' is 7", "the price at 20"). */
const FILLER: ReadonlySet<string> = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'his', 'her', 'their', 'its', 'this', 'of', 'is', 'are', 'was', 'be', 'as', 'at', 'about', 'approximately', 'equal', 'equals', 'set']);
const ISO_LIKE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$|^\d{1,2}:\d{2}(?::\d{2})?$/;
/** What a cue, a name word or a plain kind weighs; a description word weighs 1. */
const MARGIN = 3;
/** What must be gained by reading the values the other way round: a cue or a name word, or two description words. */
const DECIDE = 2;
/** Punctuation that cuts a value off from the words before or after it. */
const CUT = /[.!?;:\n(),]/;
const SENTENCE = /[.!?;:\n()]/;

/** Whether tokens i and i + 1 are in one phrase (no punctuation between but a quote or an equals sign). */
function joined(req: Request, i: number): boolean {
  return !CUT.test(req.text.slice(req.tokens[i].e, req.tokens[i + 1].s));
}

const LIST_WORDS: ReadonlySet<string> = new Set(['and', 'or', '&']);
/** Words that open a clause: the words before them are another phrase's. */
const CLAUSE: ReadonlySet<string> = new Set(['when', 'where', 'which', 'that', 'while', 'if', 'because', 'then', 'so', 'but', 'who', 'whose']);
/** Prepositions that open a value's own phrase ("for 5 seconds", "in Paris"): the look back stops there. */
// "around" too: "a 49.4 km radius around 45.4997" names the radius, not the latitude.
const PHRASE_START: ReadonlySet<string> = new Set(['for', 'in', 'with', 'by', 'from', 'to', 'on', 'into', 'within', 'during', 'per', 'after', 'before', 'since', 'until', 'till', 'between', 'at', 'near', 'around', 'via', 'through', 'across', 'inside', 'outside', 'without', 'like', 'than']);
/** Cues of a range of dates. */
const DATE_START: ReadonlySet<string> = new Set(['after', 'since']);
const DATE_END: ReadonlySet<string> = new Set(['before', 'until']);
/** What a number measures: a unit's dimension, or money, a share, an acceleration. */
type Measure = Dimension | 'money' | 'percent' | 'acceleration' | 'clock-hours' | 'clock-minutes';

/** Name words that say what a numeric parameter measures, where no unit in its name or description does. */
const MEASURE_NAMES: ReadonlyMap<string, Measure> = new Map<string, Measure>([
  ['time', 'time'], ['duration', 'time'], ['period', 'time'], ['second', 'time'], ['minute', 'time'], ['hour', 'time'], ['year', 'time'], ['day', 'time'],
  ['distance', 'length'], ['length', 'length'], ['height', 'length'], ['radius', 'length'], ['width', 'length'], ['depth', 'length'], ['altitude', 'length'], ['diameter', 'length'],
  ['mass', 'mass'], ['weight', 'mass'], ['velocity', 'speed'], ['speed', 'speed'], ['acceleration', 'acceleration'], ['temperature', 'temperature'], ['temp', 'temperature'],
  ['principal', 'money'], ['price', 'money'], ['cost', 'money'], ['payment', 'money'], ['salary', 'money'], ['income', 'money'], ['revenue', 'money'], ['investment', 'money'], ['payout', 'money'],
  ['rate', 'percent'], ['percent', 'percent'], ['percentage', 'percent'], ['volume', 'volume'], ['power', 'power'],
]);

/** What a numeric parameter measures, by a unit its name or description gives, else by its name words (the last that says). */
function measureOfParam(info: ParamInfo): Measure | undefined {
  // The hours and the minutes of a clock: parameters named so, beside each other.
  if (info.exact === 'hours' || info.exact === 'hour') return 'clock-hours';
  if (info.exact === 'minutes' || info.exact === 'minute') return 'clock-minutes';
  let named: Measure | undefined;
  // "temperature1", "mass2": the word without its number.
  for (const w of info.name) named = MEASURE_NAMES.get(w) ?? MEASURE_NAMES.get(w.replace(/\d+$/, '')) ?? named;
  // A rate of change by its name first: "acceleration ... in meters/second^2" is no length.
  if (named === 'acceleration' || named === 'speed') return named;
  if (PER_SECOND_SQUARED.test(info.text)) return 'acceleration';
  if (PER_TIME.test(info.text)) return 'speed';
  return unitOfParam(info.exact, info.text)?.dimension ?? named;
}
const PER_SECOND_SQUARED = /(?:\/|\bper\s+)(?:s|sec|second)\b\s*(?:\^\s*2|²|squared)/;
const PER_TIME = /\b(?:m|km|mi|meters?|kilometers?|miles?|feet|ft)\s*(?:\/|\bper\s+)(?:s|sec|second|h|hr|hour)\b/;

const TIME_UNIT = (t: string | undefined): boolean => t !== undefined && unitOfWord(t)?.dimension === 'time';

/**
 * What the number said at `span` measures, by what is written with it: a currency sign before
 * ("$10,000"), a percent sign after ("5%"), or a unit after ("450 meters", "2 m/s^2",
 * "10 meters/second").
 */
function measureAt(req: Request, span: Span): Measure | undefined {
  const toks = req.tokens;
  const first = toks[span.from];
  const before = span.from > 0 ? req.text.slice(toks[span.from - 1].e, first.s) : req.text.slice(0, first.s);
  if (/[$€£¥]\s*$/.test(before)) return 'money';
  const last = toks[span.to - 1];
  const next = toks[span.to];
  const gap = next ? req.text.slice(last.e, next.s) : req.text.slice(last.e);
  if (/^\s*%/.test(gap)) return 'percent';
  // A clock's "3:15": the hours before the colon, the minutes after it.
  if (span.to - span.from === 1 && /^:\d\d/.test(req.text.slice(last.e))) return 'clock-hours';
  if (span.to - span.from === 1 && /\d:$/.test(before)) return 'clock-minutes';
  if (!next || !/^\s*$/.test(gap)) return undefined;
  // Kelvin, which the unit table (for conversions) leaves out.
  if (next.t === 'k' || next.t === 'kelvin' || next.t === 'kelvins') return 'temperature';
  const unit = unitOfWord(next.t);
  if (!unit) return undefined;
  // "per second", "/second", "/s": a speed, or an acceleration when squared ("m/s^2", "meters/second^2", "m/s²").
  const per = toks[span.to + 1];
  const joiner = per ? req.text.slice(next.e, per.s) : '';
  const perWord = per?.t === 'per' ? toks[span.to + 2] : /^\s*\/\s*$/.test(joiner) ? per : undefined;
  if (perWord && TIME_UNIT(perWord.t)) {
    const after = req.text.slice(perWord.e, perWord.e + 9);
    return /^(?:\^\s*2|²|\s*squared)/.test(after) || toks[toks.indexOf(perWord) + 1]?.t === 'squared' ? 'acceleration' : 'speed';
  }
  return unit.dimension;
}

/** How the measures said with two numbers fit their parameters as they are and the other way round: [straight, crossed]. */
function measureFit(req: Request, sp: Span, sq: Span, ip: ParamInfo, iq: ParamInfo): [number, number] {
  const mp = measureOfParam(ip);
  const mq = measureOfParam(iq);
  if (mp === mq) return [0, 0];
  const vp = measureAt(req, sp);
  const vq = measureAt(req, sq);
  let straight = 0;
  let crossed = 0;
  if (vp !== undefined) {
    if (vp === mp) straight += MARGIN;
    if (vp === mq) crossed += MARGIN;
  }
  if (vq !== undefined) {
    if (vq === mq) straight += MARGIN;
    if (vq === mp) crossed += MARGIN;
  }
  return [straight, crossed];
}

/** Name words of a parameter that holds who made a thing: "by X" gives it. */
const BY_NAMES: ReadonlySet<string> = new Set(['artist', 'author', 'maker', 'manufacturer', 'creator', 'composer', 'director', 'publisher', 'brand', 'writer', 'painter', 'sculptor', 'developer', 'band', 'singer', 'performer', 'designer', 'architect', 'inventor', 'photographer']);
/** Name words of a parameter that holds where a thing comes from: "from X" gives it. */
const FROM_NAMES: ReadonlySet<string> = new Set(['maker', 'manufacturer', 'brand', 'store', 'shop', 'vendor', 'seller', 'retailer', 'supplier', 'website', 'site', 'platform', 'publisher']);
/** Words of magnitude after an amount ("1.2M", "5 million"). */
const MAGNITUDE: ReadonlySet<string> = new Set(['k', 'm', 'mm', 'b', 'bn', 'thousand', 'million', 'millions', 'billion', 'billions', 'trillion']);
/** How many tokens back a value's naming words are looked for. */
const BACK = 4;

/**
 * How well the words the request says right around a value (at `span`) fit each parameter of
 * the pair, [p, q]: the cue right before it ("from", "until", "at least"), the words that name
 * it in the phrase before it ("a final temperature of 400K", "'b' is 7"), and the word right
 * after a number ("10 years"). The look back stops at a word that names neither (a verb: "a
 * content warning saying ..."), at a word naming the other parameter than the nearest one did
 * ("a phone number called X": "called" names X), at a clause, a list, a number, or the other
 * value (`other`), whose words are not this value's.
 */
function fits(req: Request, span: Span, ip: ParamInfo, iq: ParamInfo, other: Span, otherStarts: ReadonlySet<number>, date: boolean, numeric: boolean): [number, number] {
  const toks = req.tokens;
  const mine = (i: number): boolean => i >= 0 && i < toks.length && !(i >= other.from && i < other.to);
  const score: [number, number] = [0, 0];
  const infos = [ip, iq] as const;
  let near = true;
  let side = -1;
  for (let b = span.from - 1; b >= 0 && span.from - b <= BACK && mine(b) && joined(req, b); b--) {
    const w = toks[b].t;
    if (toks[b].num !== undefined || LIST_WORDS.has(w) || CLAUSE.has(w)) break;
    if (FILLER.has(w)) continue;
    if (near) {
      // The cue right before (past fillers): "from Paris", "until the 5th", "after 2020-01-01" (dates only).
      near = false;
      let cued = false;
      infos.forEach((info, k) => {
        if ((info.role === 'start' && (START_CUES.has(w) || (date && DATE_START.has(w)))) || (info.role === 'end' && (END_CUES.has(w) || (date && DATE_END.has(w))))) {
          score[k] += MARGIN;
          cued = true;
        }
      });
      // "by Rodin" gives the maker ("artist", "author", "brand"); "from Yamaha", "from Walmart" the maker or the seller.
      if (!cued && (w === 'by' || w === 'from')) {
        const agents = w === 'by' ? BY_NAMES : FROM_NAMES;
        infos.forEach((info, k) => {
          if (info.role === undefined && [...info.name].some((n) => agents.has(n))) {
            score[k] += MARGIN;
            cued = true;
          }
        });
      }
      if (cued) break;
    }
    const named = [namesParam(ip, w), namesParam(iq, w)];
    const leans = named[0] > named[1] ? 0 : named[1] > named[0] ? 1 : -1;
    if (named[0] === 0 && named[1] === 0) break;
    if (side >= 0 && leans >= 0 && leans !== side) break;
    if (side < 0) side = leans;
    score[0] += named[0];
    score[1] += named[1];
    // "for 5 seconds", "in Paris": the value's own phrase starts here.
    if (PHRASE_START.has(w)) break;
  }
  const a = span.to;
  if (a < toks.length && mine(a) && joined(req, a - 1) && toks[a].num === undefined) {
    const w = toks[a].t;
    // "X to Y", "120 francs in yen": X is the start when the other value follows the word ("respond to the first one to decline" says nothing).
    let o = a + 1;
    while (o < toks.length && FILLER.has(toks[o].t)) o++;
    const toOther = otherStarts.has(o);
    const besideOther = other.to === span.from || other.from === span.to || otherStarts.has(a + 1) || otherStarts.has(o);
    const nounOfName = span.to - span.from <= 4 && !besideOther && !PHRASE_START.has(w) && !LIST_WORDS.has(w) && !FILLER.has(w);
    // An amount right before: "120 francs", "1.2M dollars", "5 million yen".
    const amount = span.from > 0 && (toks[span.from - 1].num !== undefined || (MAGNITUDE.has(toks[span.from - 1].t) && span.from > 1 && toks[span.from - 2].num !== undefined));
    infos.forEach((info, k) => {
      if (info.role === 'start' && toOther && (w === 'to' || w === 'into' || (w === 'in' && amount && (info.kind === 'currency' || info.kind === 'unit')))) score[k] += MARGIN;
      // A number's unit or noun names it ("10 years", "4 people", "forty-seven bathrooms"); a
      // name's noun after it too, by the parameter's own name ("San Diego County", "The Plaza
      // hotel"), unless the noun is the other value's as well: it stands right beside this one
      // ("the 2021 La Liga season", "a major C scale") or comes right after the noun ("a Tennis
      // player, Serena Williams").
      else if (numeric && span.to - span.from <= 3) score[k] += namesParam(info, w);
      else if (!numeric && nounOfName && info.name.has(stem(w))) score[k] += MARGIN;
    });
  }
  return score;
}

/** A value of the kind a parameter holds (a year in `year`, a date in `date`, an e-mail in `to`), or one its description gives as an example. */
function kindFit(v: unknown, kind: Kind | undefined, info: ParamInfo, other: ParamInfo): number {
  // Examples tell a parameter apart only when its partner gives none ("e.g. JFK" and "e.g. CDG" illustrate a shape, not a list).
  const examples = info.values.includes(v) || (other.examples < 0 && describesValue(info, v));
  if (examples) return MARGIN;
  if (info.kind === undefined || kind !== info.kind) return 0;
  // A place fits a parameter of one kind of place only when it is that kind, where the tables tell ("Japan" is no city).
  if (kind === 'place' && info.place !== undefined && other.kind === 'place') {
    const p = placeKindOfValue(v);
    if (p !== undefined && p !== info.place) return 0;
  }
  return MARGIN;
}

/**
 * "base and height as 6cm and 10cm", "the width and length are 3 and 5": two parameters named
 * in a list, their values in a list right after, in the same order. Undefined when the request
 * does not say them so; else whether the call has them the other way round.
 */
function respectively(req: Request, sp: Span, sq: Span, ip: ParamInfo, iq: ParamInfo): boolean | undefined {
  const toks = req.tokens;
  const [first, second] = sp.from < sq.from ? [sp, sq] : [sq, sp];
  // The values: "X and Y", "X, Y", "6cm and 10cm".
  if (second.from - first.to > 2 || first.to === second.from) return undefined;
  const gap = req.text.slice(toks[first.to - 1].e, toks[second.from].s);
  if (SENTENCE.test(gap) || !(gap.includes(',') || toks.slice(first.to, second.from).some((t) => LIST_WORDS.has(t.t)))) return undefined;
  // The names: "A and B" ending at most 3 tokens before the first value.
  for (let e = first.from - 1; e >= Math.max(2, first.from - 3); e--) {
    if (!LIST_WORDS.has(toks[e - 1].t)) continue;
    const a = toks[e - 2].t;
    const b = toks[e].t;
    const pFirst = namesParam(ip, a) === MARGIN && namesParam(iq, b) === MARGIN && namesParam(ip, b) < MARGIN;
    const qFirst = namesParam(iq, a) === MARGIN && namesParam(ip, b) === MARGIN && namesParam(iq, b) < MARGIN;
    if (pFirst === qFirst) continue;
    // In order: the first name's parameter holds the first value.
    return pFirst ? first !== sp : first !== sq;
  }
  return undefined;
}

const RESPECTIVELY = /\brespectively\b/i;

/** The rest of the sentence after token `i`. */
function sentenceAfter(req: Request, i: number): string {
  const from = i > 0 ? req.tokens[i - 1].e : 0;
  const rest = req.text.slice(from);
  const end = rest.search(/[.!?;\n]/);
  return end < 0 ? rest : rest.slice(0, end);
}

const isDate = (v: unknown): boolean => typeof v === 'string' && ISO_LIKE.test(v);

/** The ordered value of a range end (a number, or an ISO date or time compared as text). */
function ordered(v: unknown): number | string | undefined {
  if (typeof v === 'number') return v;
  return typeof v === 'string' && ISO_LIKE.test(v) ? v : undefined;
}

/**
 * A range the call gives out of order, as a message: min above max, from above to (numbers,
 * dates, times) by the range words of their names, and a start after its end (dates and times)
 * by their roles (check_in and check_out, pickup and dropoff).
 */
function outOfOrder(args: Record<string, unknown>, infos: ReadonlyMap<string, ParamInfo>): string | undefined {
  for (const [p, q] of rangesOf(infos)) {
    const lo = ordered(args[p]);
    const hi = ordered(args[q]);
    if (lo === undefined || hi === undefined || typeof hi !== typeof lo || (typeof lo === 'number' && infos.get(p)!.range !== 'start')) continue;
    if (lo > hi) return `${p} = ${JSON.stringify(args[p])} is above ${q} = ${JSON.stringify(args[q])}: the two are swapped`;
  }
  return undefined;
}

/** A latitude and longitude in each other's place: read the other way round, they are the centre of a city of the tables. */
function coordinatesSwapped(args: Record<string, unknown>): string | undefined {
  let lat: string | undefined;
  let lon: string | undefined;
  for (const k in args) {
    const c = coordinateOf(k);
    if (c === 'lat') lat ??= k;
    else if (c === 'lon') lon ??= k;
  }
  if (lat === undefined || lon === undefined) return undefined;
  const city = cityAt(args[lon], args[lat]);
  return city && !cityAt(args[lat], args[lon]) ? `${lat} = ${JSON.stringify(args[lat])} and ${lon} = ${JSON.stringify(args[lon])} are swapped: the other way round they are the centre of ${city.name}` : undefined;
}

const ranges = new WeakMap<ReadonlyMap<string, ParamInfo>, readonly [string, string][]>();
/** The [start, end] pairs of a tool's parameters that must be in order: by range words (numbers and dates), or by roles (dates), with one base. */
function rangesOf(infos: ReadonlyMap<string, ParamInfo>): readonly [string, string][] {
  let out = ranges.get(infos);
  if (out) return out;
  const list: [string, string][] = [];
  for (const [p, a] of infos) {
    const ranged = a.range === 'start';
    if (!ranged && a.role !== 'start') continue;
    for (const [q, b] of infos) if (q !== p && b.base === a.base && (ranged ? b.range === 'end' : b.role === 'end')) list.push([p, q]);
  }
  ranges.set(infos, (out = list));
  return out;
}

/** The values of the call the plan records as implied, with the words the user said for each ("Lisbon" for LIS, "Swiss francs" for CHF). */
function impliedValues(ctx: RuleContext, c: ParsedCall): Map<unknown, string> {
  const out = new Map<unknown, string>();
  const plan = ctx.plan;
  if (!plan) return out;
  const i = alignPlan(ctx, plan.calls).pairs.indexOf(c);
  const pc = i >= 0 ? plan.calls[i] : undefined;
  for (const [k, d] of Object.entries(pc?.derivations ?? {})) out.set(pc!.arguments[k], d.said);
  return out;
}

/**
 * Where the request says each value of the pairs: as it is, or by the words the plan records for an
 * implied value, or, for a code, by the name the tables give it ("Euros" for EUR), or a word in the
 * plural ("teaspoons").
 */
function placesOf(req: Request, args: Record<string, unknown>, implied: ReadonlyMap<unknown, string>, pairs: readonly (readonly [string, string])[]): Map<string, Span[]> {
  const out = new Map<string, Span[]>();
  for (const pair of pairs) {
    for (const k of pair) {
      if (out.has(k)) continue;
      const v = args[k];
      let s = spansOf(req, v);
      const words = implied.get(v);
      if (s.length === 0 && words !== undefined) s = spansOf(req, words);
      if (s.length === 0 && typeof v === 'string' && v.length <= 30) s = spansOfName(req, nameOfCode(v) ?? v);
      if (s.length === 0 && typeof v === 'string' && v.length <= 30) s = namingSpans(req, v);
      out.set(k, s);
    }
  }
  return out;
}

const NOT_WORD = /[^\p{L}\p{N}]+/u;

/**
 * How well a value's own words name each parameter of the pair, [p, q]: a name word in them
 * weighs MARGIN. The words are those the value is implied by where the request does not state
 * it ("in my course" names course_id), else the value's own ("English Premier League" names
 * `league`, "Los Angeles County Court" `court`, "Hotel Paradise" `hotel_name`).
 */
function impliedNaming(req: Request, v: unknown, implied: ReadonlyMap<unknown, string> | undefined, ip: ParamInfo, iq: ParamInfo, own: 0 | 1): [number, number] {
  const said = implied?.get(v);
  const byImplied = said !== undefined && spansOf(req, v).length === 0;
  const words = byImplied ? said : typeof v === 'string' && v.length <= 60 ? v : undefined;
  if (words === undefined) return [0, 0];
  let p = 0;
  let q = 0;
  for (const w of words.toLowerCase().split(NOT_WORD)) {
    if (w.length === 0) continue;
    if (namesParam(ip, w) >= MARGIN) p = MARGIN;
    if (namesParam(iq, w) >= MARGIN) q = MARGIN;
  }
  if (p === q) return [0, 0];
  // The words the plan records for an implied value back its own parameter only: "in my country"
  // for a nationality says nothing of a destination_country beside it.
  if (byImplied) return own === 0 ? [p, 0] : [0, q];
  return [p, q];
}

const entityMemo = new WeakMap<Request, EntitySpan[]>();
/**
 * Where the request names what a code or a name stands for, read by the derivation library's
 * tables ("Lisbon" for LIS, "euros" for EUR, "Frankfurt" for eu-central-1): a value a reader
 * derives is placed where its name is said, so its role is read there too.
 */
function namingSpans(req: Request, v: string): Span[] {
  const ents = entitiesOfValue(v);
  if (ents.length === 0) return [];
  let spans = entityMemo.get(req);
  if (!spans) entityMemo.set(req, (spans = entitySpans(req.tokens.map((t) => normalise(t.t)))));
  return spans.filter((sp) => sp.keys.some((k) => ents.includes(k)));
}

/** Where a value starts in the request: at its places, and where the name of a code starts ("US dollars" for USD). */
function startsOf(req: Request, places: readonly Span[] | undefined, v: unknown): Set<number> {
  const out = new Set((places ?? []).map((s) => s.from));
  const name = typeof v === 'string' ? nameOfCode(v) : undefined;
  if (name) for (const s of spansOfName(req, name)) out.add(s.from);
  return out;
}

/** The one place a value is said that is not inside the other value ("Budget review" inside "the budget review moves..."), or undefined (said nowhere, or at several places: no one context). */
function placeApart(own: readonly Span[], other: readonly Span[], numberPlaces = false): Span | undefined {
  const apart = own.filter((s) => !other.some((o) => o.from <= s.from && s.to <= o.to && o.to - o.from > s.to - s.from));
  if (apart.length === 1) return apart[0];
  // Said more than once ("from x = -2 to x = 3 for y = x^3"): the place nearest the other value, said once, when one is nearest.
  if (apart.length === 0 || other.length !== 1 || !numberPlaces) return undefined;
  const o = other[0];
  const distance = (s: Span): number => (s.to <= o.from ? o.from - s.to : s.from - o.to);
  const sorted = [...apart].sort((a, b) => distance(a) - distance(b));
  return distance(sorted[0]) < distance(sorted[1]) ? sorted[0] : undefined;
}

/** Whether another call of the same tool gives `v` to another parameter than `k` (a route's stops: "A to B, then B to C"): the words around it are that call's too. */
function sharedElsewhere(ctx: RuleContext, c: ParsedCall, k: string, v: unknown): boolean {
  // A number another call gives to another parameter is no stop of a route: the words around it
  // are read ("a field of 5 Tesla, an area of 2 ... then again with ...": the calls repeat the values).
  if (typeof v === 'number') return false;
  for (const o of ctx.calls) {
    if (o === c || o.name !== c.name || o.args === undefined) continue;
    for (const ok in o.args) if (ok !== k && o.args[ok] === v) return true;
  }
  return false;
}

/** Kinds by value, kept across records (values repeat: units, codes, places); bounded. */
const kinds = new Map<unknown, Kind | undefined>();
function kindOf(v: unknown): Kind | undefined {
  // Kinds are short values (a place, a year, a code): a long text is none.
  if (typeof v === 'string' && v.length > 60) return undefined;
  if (kinds.has(v)) return kinds.get(v);
  const k = kindOfValue(v);
  if (kinds.size >= 20_000) kinds.clear();
  kinds.set(v, k);
  return k;
}

function checkCall(ctx: RuleContext, c: ParsedCall): void {
  const args = c.args!;
  const infos = paramInfos(c.tool!);
  const at = { message: c.message, call: c.call };
  const order = outOfOrder(args, infos) ?? coordinatesSwapped(args);
  if (order) {
    ctx.add('args.roles', `${c.name}: ${order}`, at);
    return;
  }
  const keys = Object.keys(args).filter((k) => (typeof args[k] === 'string' || typeof args[k] === 'number') && infos.has(k));
  if (keys.length < 2) return;
  // The words around a value count only where both values of a pair are said: a look at the lower-case text
  // (or the plan's words for an implied value) tells whether the request is worth reading word by word.
  const lower = lowerRequestBefore(ctx, c.message);
  let implied: Map<unknown, string> | undefined;
  const begins = (text: string | undefined): boolean => text !== undefined && lower.includes(text.slice(0, 3).toLowerCase());
  const said = new Map<string, boolean>();
  for (const k of keys) {
    const v = args[k];
    said.set(k, typeof v === 'number' || (typeof v === 'string' && v.length <= 200 && (begins(v) || begins(nameOfCode(v)))) || (implied ??= impliedValues(ctx, c)).has(v) || (typeof v === 'string' && v.length <= 30 && entitiesOfValue(v).length > 0));
  }
  // ... and only where the request has a word that could tell two apart: a role, a word of the parameter (looked up once asked).
  const tellingMemo = new Map<string, boolean>();
  const telling = (k: string): boolean => {
    let r = tellingMemo.get(k);
    if (r === undefined) {
      const i = infos.get(k)!;
      r =
        i.role !== undefined ||
        i.exact.length <= 2 ||
        i.words.some((w) => lower.includes(w)) ||
        // A parameter that measures something (a length, a time, a temperature) is told apart by the units said.
        (typeof args[k] === 'number' && measureOfParam(i) !== undefined) ||
        (lower.includes(' by ') && [...i.name].some((n) => BY_NAMES.has(n))) ||
        (lower.includes(' from ') && [...i.name].some((n) => FROM_NAMES.has(n)));
      tellingMemo.set(k, r);
    }
    return r;
  };
  /** Whether a parameter or its value may give evidence without the words around it: a plain kind, an enum, examples. */
  const plain = (k: string): boolean => {
    const i = infos.get(k)!;
    return i.kind !== undefined || i.examples >= 0 || i.values.length > 0 || kindOf(args[k]) !== undefined;
  };
  // The pairs that could trade places and that something could tell apart: one type, each valid in the other's place
  // (a swap the schema rejects is args.schema's), and a plain kind or the request's words to go by.
  const props = (c.tool!.parameters?.properties ?? {}) as Record<string, unknown>;
  const pairs: [string, string][] = [];
  let read = false;
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const [p, q] = [keys[i], keys[j]];
      if (typeof args[p] !== typeof args[q] || args[p] === args[q]) continue;
      const worded = said.get(p)! && said.get(q)! && (telling(p) || telling(q));
      if (!worded && !plain(p) && !plain(q)) continue;
      if (!surelyValid(props[q], args[p]) || !surelyValid(props[p], args[q])) continue;
      pairs.push([p, q]);
      read ||= worded;
    }
  }
  if (pairs.length === 0) return;
  const req = read ? requestBefore(ctx, c.message) : undefined;
  const where = req ? placesOf(req, args, (implied ??= impliedValues(ctx, c)), pairs) : new Map<string, Span[]>();
  for (const [p, q] of pairs) {
    const [straight, crossed] = scores(ctx, c, req, where, p, q, infos.get(p)!, infos.get(q)!, implied);
    if (crossed - straight >= DECIDE) {
      ctx.add('args.roles', `${c.name}: ${p} = ${JSON.stringify(args[p])} and ${q} = ${JSON.stringify(args[q])} are in each other's place: the request's words give ${JSON.stringify(args[p])} to ${q} and ${JSON.stringify(args[q])} to ${p}`, at);
      return;
    }
  }
}

/** How well the call's values of p and q fit their parameters as they are (straight) and the other way round (crossed). */
function scores(ctx: RuleContext, c: ParsedCall, req: Request | undefined, where: ReadonlyMap<string, Span[]>, p: string, q: string, ip: ParamInfo, iq: ParamInfo, implied: ReadonlyMap<unknown, string> | undefined): [number, number] {
  const args = c.args!;
  // What kind each value is, said or not; then, where both are said, the words around them.
  const kp = kindOf(args[p]);
  const kq = kindOf(args[q]);
  let straight = kindFit(args[p], kp, ip, iq) + kindFit(args[q], kq, iq, ip);
  let crossed = kindFit(args[p], kp, iq, ip) + kindFit(args[q], kq, ip, iq);
  // A number said twice ("x = 3" and "x^3") is taken where it is nearest the other; a text said twice is left alone.
  const numbers = typeof args[p] === 'number' && typeof args[q] === 'number';
  const sp = placeApart(where.get(p) ?? [], where.get(q) ?? [], numbers);
  const sq = placeApart(where.get(q) ?? [], where.get(p) ?? [], numbers);
  if (!req || !sp || !sq || sharedElsewhere(ctx, c, p, args[p]) || sharedElsewhere(ctx, c, q, args[q])) return [straight, crossed];
  const listed = respectively(req, sp, sq, ip, iq);
  if (listed !== undefined) return [straight, crossed + (listed ? MARGIN : 0)];
  // A longer list said "respectively" ("x squared, x and the constant term as 5, 6 and 1 respectively") pairs by order, not by the words before each value.
  if (RESPECTIVELY.test(sentenceAfter(req, Math.max(sp.to, sq.to)))) return [straight, crossed];
  const [pp, pq] = fits(req, sp, ip, iq, sq, startsOf(req, where.get(q), args[q]), isDate(args[p]), typeof args[p] === 'number');
  const [qp, qq] = fits(req, sq, ip, iq, sp, startsOf(req, where.get(p), args[p]), isDate(args[q]), typeof args[q] === 'number');
  // Two numbers said with what they measure ("450 meters in 20 seconds") go to the parameters that measure it.
  if (typeof args[p] === 'number' && typeof args[q] === 'number') {
    const [ms, mc] = measureFit(req, sp, sq, ip, iq);
    straight += ms;
    crossed += mc;
  }
  // An implied value said by words that name its parameter ("in my course" for course_id) is placed by them.
  const [wp, wq] = impliedNaming(req, args[p], implied, ip, iq, 0);
  const [vp, vq] = impliedNaming(req, args[q], implied, ip, iq, 1);
  straight += pp + qq + wp + vq;
  crossed += pq + qp + wq + vp;
  return [straight, crossed];
}

export function checkRoles(ctx: RuleContext): void {
  for (const c of ctx.calls) {
    if (c.args === undefined || c.tool === undefined || ctx.brokenTools.has(c.name)) continue;
    // Two values of one type at least, or nothing to swap.
    let strings = 0;
    let numbers = 0;
    for (const k in c.args) {
      const v = c.args[k];
      if (typeof v === 'string') strings++;
      else if (typeof v === 'number') numbers++;
    }
    if (strings >= 2 || numbers >= 2) checkCall(ctx, c);
  }
}
