/**
 * Class 90: price bars no market trades: a day from 35.90 up to 71.60 and back, a day opening at
 * half the close before it. Judged on result lists of objects holding open, high, low and close
 * (in date order when dated): a high below the open or close, a low above them, a day whose high
 * is more than 25% over its low, or a day opening more than 15% away from the last close is a defect;
 * so is a daily bar of a stock (a symbol or ticker that is no coin) dated a Saturday or a Sunday.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { fieldAt, resultObjects } from '../fields.js';
import { isObject } from '../record-view.js';

/** Coins, which trade on weekends too (BTC, ETH-USD, SOL/USDT). */
const COIN = /^(BTC|XBT|ETH|SOL|XRP|DOGE|ADA|DOT|LTC|BNB|AVAX|MATIC|LINK|TRX|SHIB|XLM|ATOM|BCH|USDT|USDC)\b|(USDT|USDC)$/i;

type Bar = Readonly<Record<string, unknown>> & { open: number; high: number; low: number; close: number };
const isBar = (x: unknown): x is Bar => isObject(x) && ['open', 'high', 'low', 'close'].every((k) => typeof x[k] === 'number');

export const priceBars: Detector = {
  key: 'price-bars',
  title: 'price bars no market trades (a day from 35.90 to 71.60, a day opening at half the last close, a stock trading on a Sunday)',
  check: (view) =>
    judgeAll(resultObjects(view), ({ call, object, path }) => {
      const k = Object.keys(object).find((x) => Array.isArray(object[x]) && (object[x] as unknown[]).length > 0 && (object[x] as unknown[]).every(isBar));
      if (k === undefined) return undefined;
      const bars = [...(object[k] as Bar[])].sort((a, b) => (typeof a.date === 'string' && typeof b.date === 'string' ? a.date.localeCompare(b.date) : 0));
      // Daily bars of a listed stock (asked by symbol or ticker; not a coin, which trades every day) fall on weekdays.
      const symbol = [call.args.symbol, call.args.ticker, object.symbol, object.ticker].find((x): x is string => typeof x === 'string');
      const interval = [call.args.interval, object.interval].find((x): x is string => typeof x === 'string');
      const stockDays = symbol !== undefined && !COIN.test(symbol) && (interval === undefined || /^(1d|day|daily)$/i.test(interval));
      for (const [i, b] of bars.entries()) {
        const at = `${fieldAt(call, path, k)}${typeof b.date === 'string' ? ` ${b.date}` : ''}`;
        if (stockDays && typeof b.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(b.date) && [0, 6].includes(new Date(`${b.date}T00:00:00Z`).getUTCDay())) {
          return finding(`${at}: ${symbol} traded on a ${new Date(`${b.date}T00:00:00Z`).getUTCDay() === 0 ? 'Sunday' : 'Saturday'}`);
        }
        if (b.high < Math.max(b.open, b.close) || b.low > Math.min(b.open, b.close)) return finding(`${at}: high ${b.high} and low ${b.low} around open ${b.open} and close ${b.close}`);
        if (b.low > 0 && b.high / b.low > 1.25) return finding(`${at}: a day from ${b.low} to ${b.high}`);
        const prev = bars[i - 1];
        if (prev && prev.close > 0 && Math.abs(b.open / prev.close - 1) > 0.15) return finding(`${at}: opens at ${b.open} after a close of ${prev.close}`);
      }
      return finding(undefined);
    }),
};
