/**
 * A stock's flags follow its quantity (pipeline/values/siblings.ts): low at or under the
 * threshold (5 without one), in stock above zero; after an adjustment too.
 */
import { describe, expect, it } from 'vitest';
import { INT, STR, api, results } from '../helpers/tool-api.js';

const BOOL = { type: 'boolean' };
const qty = { type: 'integer', minimum: 0, maximum: 60 };

describe('stock flags', () => {
  it('say low stock at or under the threshold, in stock above zero', () => {
    const levels = api('get_warehouse_stock_levels', { sku: STR }, { items: { type: 'array', minItems: 3, maxItems: 5, items: { type: 'object', properties: { sku: STR, available: qty, reorder_point: { type: 'integer', minimum: 0, maximum: 30 }, low_stock: BOOL, in_stock: BOOL }, required: ['sku', 'available', 'low_stock', 'in_stock'] } } });
    let seen = 0;
    for (const r of results(levels, { sku: 'A1' }, 30)) {
      for (const it of r.items as Record<string, number & boolean>[]) {
        expect(it.low_stock).toBe(it.available <= (typeof it.reorder_point === 'number' ? it.reorder_point : 5));
        expect(it.in_stock).toBe(it.available > 0);
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(60);
  });

  it("leave an order line's flag alone: its quantity is what is bought, not what is left", () => {
    const cart = api('view_cart', { cart_id: STR }, { lines: { type: 'array', minItems: 3, maxItems: 5, items: { type: 'object', properties: { sku: STR, quantity: { type: 'integer', minimum: 1, maximum: 4 }, low_stock: BOOL }, required: ['sku', 'quantity', 'low_stock'] } } });
    const flags = new Set(results(cart, { cart_id: 'C1' }, 30).flatMap((r) => (r.lines as { low_stock: boolean }[]).map((l) => l.low_stock)));
    expect(flags.has(false)).toBe(true);
  });

  it('follow the quantity an adjustment leaves', () => {
    const adjust = api('adjust_inventory_level', { sku: STR, delta: INT }, { sku: STR, previous_quantity: qty, available_quantity: qty, low_stock: BOOL });
    for (const delta of [-4, -1, 3]) {
      for (const r of results(adjust, { sku: 'A1', delta }, 30)) expect(r.low_stock, JSON.stringify(r)).toBe((r.available_quantity as number) <= 5);
    }
  });
});
