/**
 * Exchange rates that are rates: each listed currency once, none of them the base, at about its
 * real value against the base (1 USD is about 150 JPY, not 1.87 USD). Read by meaning: an object
 * naming its base (base_currency, base, from_currency, source_currency; else the call's) beside a
 * list of {currency, rate} items or a map of currency codes to rates.
 */
import type { Rng } from '../../../core/rng.js';
import { BASE_CURRENCY_KEYS, KNOWN_CURRENCIES, inBounds, perUsd, roundTo } from '../../values/numbers.js';
import { forEachObject, type Schema } from '../../values/schema.js';
import type { Obj } from './call-context.js';

const CODE = /^[A-Z]{3}$/;
const RATE_KEYS = ['rate', 'exchange_rate', 'mid', 'mid_rate'];
const QUOTE_KEYS = ['currency', 'quote_currency', 'code', 'currency_code', 'quote'];

const baseOf = (o: Obj): string | undefined => {
  for (const k of BASE_CURRENCY_KEYS) if (typeof o[k] === 'string' && CODE.test(o[k] as string)) return o[k] as string;
  return undefined;
};

/** The rate of one `quote` per `base`, about its real value (within 2%), to 4 significant digits. */
function rateOf(base: string, quote: string, rng: Rng): number | undefined {
  const b = perUsd(base);
  const q = perUsd(quote);
  if (b === undefined || q === undefined) return undefined;
  const r = (q / b) * (0.98 + rng.next() * 0.04);
  const digits = Math.max(0, 3 - Math.floor(Math.log10(r)));
  return roundTo(r, Math.min(digits, 6));
}

/** A currency the table knows that is neither the base nor already listed. */
function freshCurrency(used: Set<string>, rng: Rng): string | undefined {
  const free = KNOWN_CURRENCIES.filter((c) => !used.has(c));
  return free.length > 0 ? free[Math.floor(rng.next() * free.length)] : undefined;
}

/** `r` moved inside the schema's minimum and maximum. */
function clamp(r: number, s: Schema): number {
  let v = r;
  if (typeof s.minimum === 'number') v = Math.max(v, s.minimum);
  if (typeof s.maximum === 'number') v = Math.min(v, s.maximum);
  return v;
}

function alignList(list: unknown[], base: string, rng: Rng, item: Readonly<Record<string, Schema>>, asked: ReadonlySet<string>, minItems: number): void {
  const used = new Set<string>([base]);
  const drop: number[] = [];
  for (const [i, it] of list.entries()) {
    if (!it || typeof it !== 'object' || Array.isArray(it)) continue;
    const o = it as Obj;
    const qk = QUOTE_KEYS.find((k) => typeof o[k] === 'string' && CODE.test(o[k] as string));
    const rk = RATE_KEYS.find((k) => typeof o[k] === 'number');
    if (qk === undefined || rk === undefined) continue;
    const cur = o[qk] as string;
    const fits = (r: number | undefined): r is number => r !== undefined && inBounds(item[rk] ?? {}, r);
    // A currency listed twice where the call named its currencies: the second is left out, as nothing else was
    // asked for (while the list keeps the length its schema asks).
    if (used.has(cur) && asked.size > 0 && cur !== base && list.length - drop.length > minItems) {
      drop.push(i);
      continue;
    }
    let r = used.has(cur) ? undefined : rateOf(base, cur, rng);
    // A currency listed already (or the base), or one the table knows whose rate the schema's bounds cannot
    // hold, gives way to another; one the call asked for stays (at the nearest rate the bounds allow, below).
    const replace = used.has(cur) || (!asked.has(cur) && perUsd(cur) !== undefined && !fits(r));
    for (let tries = 0; replace && tries < 8 && !fits(r); tries++) {
      const fresh = freshCurrency(used, rng);
      if (fresh === undefined) break;
      const fr = rateOf(base, fresh, rng);
      if (fits(fr)) {
        o[qk] = fresh;
        r = fr;
      }
    }
    used.add(o[qk] as string);
    // An asked currency worth less than the schema lets a rate be: the nearest rate it allows (0.001, not 1.2).
    if (!fits(r) && r !== undefined && o[qk] === cur) r = clamp(r, item[rk] ?? {});
    if (fits(r)) o[rk] = r;
  }
  for (const i of drop.reverse()) list.splice(i, 1);
}

function alignMap(map: Obj, base: string, rng: Rng, props: Readonly<Record<string, Schema>>): void {
  for (const code of Object.keys(map)) {
    if (!CODE.test(code) || typeof map[code] !== 'number') continue;
    const r = code === base ? 1 : rateOf(base, code, rng);
    if (r !== undefined && inBounds(props[code] ?? {}, r)) map[code] = r;
  }
}

/** Edits `result` in place: rates against the base of their object, or of the call; within the schema's bounds (`returns`). */
export function alignRates(result: Obj, returns: Schema | undefined, args: Readonly<Obj>, rng: Rng): void {
  const callBase = baseOf(args);
  // The currencies the call names (quote_currencies: ["GBP", "RON"]): listed as asked.
  const asked = new Set<string>();
  for (const [k, v] of Object.entries(args)) if (!BASE_CURRENCY_KEYS.includes(k)) for (const x of Array.isArray(v) ? v : [v]) if (typeof x === 'string' && CODE.test(x)) asked.add(x);
  forEachObject(result, returns, (o, props) => {
    const base = baseOf(o) ?? callBase;
    if (base === undefined) return;
    for (const [k, v] of Object.entries(o)) {
      if (!/rate|quote|conversion/i.test(k)) continue;
      const s = props[k];
      if (Array.isArray(v)) alignList(v, base, rng, ((s?.items as Schema | undefined)?.properties ?? {}) as Record<string, Schema>, asked, typeof s?.minItems === 'number' ? s.minItems : 0);
      else if (v && typeof v === 'object') alignMap(v as Obj, base, rng, (s?.properties ?? {}) as Record<string, Schema>);
    }
  });
}
