/**
 * A price's bars trade as prices do: a day's high and low a few percent around its open and
 * close, each day opening near where the one before it closed (no day from 35.90 to 71.60 and
 * back, no jump from 62.60 to 30.50). Read by meaning: a list of objects holding open, high, low
 * and close; its first bar keeps its open, the rest follow from it. Applied to results after they
 * are drawn, where the schema's bounds allow.
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

export function alignBars(result: unknown, returns: Schema | undefined, rng: Rng, args: Readonly<Obj> = {}): void {
  const sort = sortOf(args);
  forEachObject(result, returns, (o, props) => {
    for (const [k, v] of Object.entries(o)) {
      if (!Array.isArray(v) || v.length === 0 || !v.every(isBar)) continue;
      const item = ((props[k]?.items as Schema | undefined)?.properties ?? {}) as Record<string, Schema>;
      const bars = v as Obj[];
      const order = bars.map((b, i) => [b, i] as const).sort(([a, i], [b, j]) => (typeof a.date === 'string' && typeof b.date === 'string' ? a.date.localeCompare(b.date) : i - j));
      let prev: number | undefined;
      for (const [bar] of order) {
        const like = bar.open as number;
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
