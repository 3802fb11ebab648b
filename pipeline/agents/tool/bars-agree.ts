/**
 * A price's bars trade as prices do: a day's high and low a few percent around its open and
 * close, each day opening near where the one before it closed (no day from 35.90 to 71.60 and
 * back, no jump from 62.60 to 30.50). Read by meaning: a list of objects holding open, high, low
 * and close; its first bar keeps its open, the rest follow from it. Applied to results after they
 * are drawn, where the schema's bounds allow. A stock's daily bars are of weekdays: the markets
 * are shut on Saturdays and Sundays (coins trade every day).
 */
import type { Rng } from '../../../core/rng.js';
import { inBounds } from '../../values/numbers.js';
import { forEachObject, type Schema } from '../../values/schema.js';
import type { Obj } from './call-context.js';

const round = (v: number, like: number): number => (Number.isInteger(like) && like > 1000 ? Math.round(v) : Math.round(v * 100) / 100);

function isBar(x: unknown): x is Obj {
  if (x === null || typeof x !== 'object') return false;
  const o = x as Obj;
  return ['open', 'high', 'low', 'close'].every((k) => typeof o[k] === 'number');
}

/** The bar field a call sorts by (sort_by: "open"), and whether downwards. */
function sortOf(args: Readonly<Obj>): [string, boolean] | undefined {
  const values = Object.values(args).filter((v): v is string => typeof v === 'string');
  const field = values.find((v) => /^(open|high|low|close|volume)$/.test(v));
  return field === undefined ? undefined : [field, values.some((v) => /^desc/i.test(v))];
}

/** Coins trade every day; stocks, funds and currencies on weekdays. */
const CRYPTO = /^(BTC|ETH|SOL|XRP|DOGE|ADA|DOT|LTC|BNB|USDT|USDC|AVAX|MATIC|LINK|TRX|SHIB|XLM|ATOM|BCH|XBT)([-/]?[A-Z]{3,4})?$|[-/](USDT|USDC)$/i;
const INTERVAL_KEY = /^(interval|granularity|timeframe|period|resolution|frequency|bar_size)$/;

/** Whether the bars of `o` under `args` are a day's each, of something that trades on weekdays only. */
function weekdayBars(o: Obj, bars: readonly Obj[], args: Readonly<Obj>): boolean {
  const symbol = [args.symbol, args.ticker, o.symbol, o.ticker, args.pair, o.pair].find((x): x is string => typeof x === 'string');
  if (symbol === undefined || CRYPTO.test(symbol)) return false;
  const interval = [...Object.entries(args), ...Object.entries(o)].find(([k, v]) => INTERVAL_KEY.test(k) && typeof v === 'string')?.[1] as string | undefined;
  if (interval !== undefined && !/^(1d|d|day|daily|1day|one_day)$/i.test(interval)) return false;
  return bars.every((b) => typeof b.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(b.date));
}
const weekend = (date: string): boolean => {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 || d === 6;
};

/** Bars that must all stay (a schema's minItems) dated on the trading days up to the last one's (a weekend's last bar on its Friday). */
function tradingDays(bars: Obj[]): void {
  const order = [...bars].sort((a, b) => (a.date as string).localeCompare(b.date as string));
  let day = Date.parse(`${order[order.length - 1].date as string}T00:00:00Z`);
  for (let i = order.length - 1; i >= 0; i--) {
    while ([0, 6].includes(new Date(day).getUTCDay())) day -= 86_400_000;
    order[i].date = new Date(day).toISOString().slice(0, 10);
    day -= 86_400_000;
  }
}

export function alignBars(result: unknown, returns: Schema | undefined, rng: Rng, args: Readonly<Obj> = {}): void {
  const sort = sortOf(args);
  forEachObject(result, returns, (o, props) => {
    for (const [k, v] of Object.entries(o)) {
      if (!Array.isArray(v) || v.length === 0 || !v.every(isBar)) continue;
      // A stock's daily bars are of trading days: none on a Saturday or a Sunday (a list left empty stays so, where the schema allows).
      if (weekdayBars(o, v as Obj[], args) && (v as Obj[]).some((b) => weekend(b.date as string))) {
        const kept = (v as Obj[]).filter((b) => !weekend(b.date as string));
        const min = (props[k] as Schema | undefined)?.minItems;
        if (kept.length >= (typeof min === 'number' ? min : 0)) {
          v.length = 0;
          v.push(...kept);
        } else tradingDays(v as Obj[]);
        if (v.length === 0) continue;
      }
      const item = ((props[k]?.items as Schema | undefined)?.properties ?? {}) as Record<string, Schema>;
      const bars = v as Obj[];
      const order = bars.map((b, i) => [b, i] as const).sort(([a, i], [b, j]) => (typeof a.date === 'string' && typeof b.date === 'string' ? a.date.localeCompare(b.date) : i - j));
      let prev: number | undefined;
      for (const [bar] of order) {
        // A price is above nothing.
        const like = Math.abs(bar.open as number) || 1;
        const open = prev === undefined ? like : round(prev * (1 + (rng.next() - 0.5) * 0.02), like);
        const close = round(open * (1 + (rng.next() - 0.5) * 0.05), like);
        const high = round(Math.max(open, close) * (1 + rng.next() * 0.015), like);
        const low = round(Math.min(open, close) * (1 - rng.next() * 0.015), like);
        const next: Obj = { open, high, low, close };
        if (!Object.entries(next).every(([f, x]) => inBounds(item[f] ?? {}, x as number))) continue;
        Object.assign(bar, next);
        prev = close;
      }
      // Bars the call asked in the order of one of their prices stay in that order.
      if (sort) bars.sort((a, b) => ((a[sort[0]] as number) - (b[sort[0]] as number)) * (sort[1] ? -1 : 1));
    }
  });
}
