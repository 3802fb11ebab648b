/**
 * Money drawn in the user's currency is counted as people count it there (pipeline/values/
 * numbers.ts): a meal is a few thousand yen, not 268.63 JPY; amounts that are no money (an
 * ingredient's amount) are not scaled.
 */
import { describe, expect, it } from 'vitest';
import { FIXED_WORLD, type ItemWorld } from '../../core/plan.js';
import { Rng } from '../../core/rng.js';
import { alignThingPrices, genNumber, rescaleMoney } from '../../pipeline/values/numbers.js';
import { shareValues } from '../../pipeline/planning/arguments.js';
import { generateObject, type Schema } from '../../pipeline/values/values.js';
import type { ApiSpec } from '../../api-pool/types.js';
import { offlineToolResult } from '../../pipeline/agents/tool/offline.js';
import { BOOL, INT, NUM, STR, api } from '../helpers/tool-api.js';

const CODE = { type: 'string', pattern: '^[A-Z]{3}$' };
/** A batch tool: a list of requests `arg`, each answered by a `result` of `result` at its index. */
const batchApi = (name: string, arg: string, request: Record<string, unknown>, result: Record<string, unknown>): ApiSpec =>
  required(
    api(name, { [arg]: { type: 'array', minItems: 1, maxItems: 2, items: { type: 'object', properties: request, required: Object.keys(request).slice(0, 1) } } }, {
      results: { type: 'array', items: { type: 'object', properties: { index: INT, ok: BOOL, result: { type: 'object', properties: result, required: Object.keys(result) } }, required: ['index', 'ok', 'result'] } },
    }),
    [arg],
  );
/** `a` with parameters `keys` required. */
const required = (a: ApiSpec, keys: string[]): ApiSpec => ({ ...a, parameters: { ...a.parameters, required: keys } });
const inCurrency = (currency: string): ItemWorld => ({ ...FIXED_WORLD, locale: { ...FIXED_WORLD.locale, currency } });
const draws = (key: string, currency: string, path = key): number[] => {
  const rng = new Rng(7);
  return Array.from({ length: 200 }, () => genNumber({ type: 'number' }, rng, key, false, inCurrency(currency), path));
};

describe('money in the user currency', () => {
  it('is counted in yen without cents, and in euros as before', () => {
    const yen = draws('total_price', 'JPY');
    expect(Math.min(...yen)).toBeGreaterThanOrEqual(750);
    expect(yen.every((v) => Number.isInteger(v))).toBe(true);
    const euro = draws('total_price', 'EUR');
    expect(Math.max(...euro)).toBeLessThanOrEqual(2000);
    expect(euro.some((v) => !Number.isInteger(v))).toBe(true);
  });

  it('scales a unit price too (a kWh is tens of yen), but not what is no money', () => {
    expect(Math.min(...draws('price_per_kwh', 'JPY'))).toBeGreaterThanOrEqual(10);
    // As the unit is sold: a kWh is cents of a dollar (no 3 USD or 219 INR a kWh), a gallon of fuel a few dollars.
    expect(Math.max(...draws('price_per_kwh', 'USD'))).toBeLessThanOrEqual(0.75);
    expect(Math.max(...draws('price_per_kwh', 'INR'))).toBeLessThanOrEqual(70);
    expect(Math.min(...draws('price_per_gallon', 'USD'))).toBeGreaterThanOrEqual(2.5);
    expect(Math.max(...draws('price_per_liter', 'EUR'))).toBeLessThanOrEqual(2.4);
    expect(Math.max(...draws('amount', 'JPY', 'ingredients.0.amount'))).toBeLessThanOrEqual(2000);
  });

  it('charges for a known kind of thing what that thing costs (a game tens of dollars, a phone number a few a month), and a premium as cover costs', () => {
    const charged = (key: string, thing: string, currency = 'USD'): number[] => {
      const rng = new Rng(7);
      return Array.from({ length: 200 }, () => genNumber({ type: 'number' }, rng, key, false, inCurrency(currency), key, false, thing));
    };
    expect(Math.max(...charged('amount_charged', 'purchase_game_gift'))).toBeLessThanOrEqual(70);
    expect(Math.max(...charged('amount_charged', 'purchase_game_gift', 'PHP'))).toBeLessThanOrEqual(70 * 56);
    expect(Math.max(...charged('monthly_price', 'purchase_phone_number'))).toBeLessThanOrEqual(15);
    expect(Math.max(...charged('amount_charged', 'buy_shipping_label'))).toBeLessThanOrEqual(300);
    // Elsewhere money keeps its wide range.
    expect(Math.max(...charged('amount', 'create_payment_intent'))).toBeGreaterThan(300);
    // A charge in a currency the tool fixes (every amount in EUR) is what the thing costs in it, whatever the user's currency.
    const gift = api('purchase_game_gift_in_eur', { app_id: INT }, { order_id: STR, amount_charged: NUM, currency: { type: 'string', enum: ['EUR'] } });
    for (let i = 0; i < 30; i++) {
      const r = offlineToolResult(gift, { app_id: 570 + i }, inCurrency('KRW')) as { amount_charged: number; currency: string };
      expect(r.currency).toBe('EUR');
      expect(r.amount_charged, JSON.stringify(r)).toBeLessThanOrEqual(70);
      expect(r.amount_charged, JSON.stringify(r)).toBeGreaterThanOrEqual(4);
    }
    // One left at another currency's scale (79,000 EUR drawn in won) is drawn again in its own.
    const left = { order_id: 'G75NBIQP', amount_charged: 79000, currency: 'EUR', purchased_at: '2025-07-23T13:04:00Z' };
    alignThingPrices(left, 'purchase_game_gift_basic');
    expect(left.amount_charged).toBeLessThanOrEqual(70);
    expect(left.amount_charged).toBeGreaterThanOrEqual(4);
    const fine = { amount_charged: 1699, currency: 'PHP' };
    alignThingPrices(fine, 'purchase_game_gift');
    expect(fine.amount_charged).toBe(1699);
    const year = draws('annual_premium', 'USD');
    expect(Math.min(...year)).toBeGreaterThanOrEqual(300);
    expect(Math.max(...year)).toBeLessThanOrEqual(3000);
    expect(Math.max(...draws('monthly_premium', 'EUR'))).toBeLessThanOrEqual(250);
  });

  it('reads a rate charged by the night or the hour as money (in cents), not as a ratio', () => {
    for (const key of ['nightly_rate', 'max_nightly_rate', 'hourly_rate']) {
      const euro = draws(key, 'EUR');
      expect(Math.min(...euro), key).toBeGreaterThanOrEqual(5);
      expect(euro.every((v) => Number.isInteger(Math.round(v * 100 * 1e6) / 1e6)), key).toBe(true);
      expect(Math.min(...draws(key, 'JPY')), key).toBeGreaterThanOrEqual(750);
    }
    expect(Math.max(...draws('exchange_rate', 'EUR'))).toBeLessThanOrEqual(2);
  });
});

describe('a result in the user currency', () => {
  const yenWorld = inCurrency('JPY');
  const order = api('create_food_delivery_order', { restaurant_id: STR }, { order_id: STR, total: { type: 'number', minimum: 8, maximum: 350 }, currency: { type: 'string', pattern: '^[A-Z]{3}$' } });
  const product = api('get_product_details', { product_id: STR }, { product_id: STR, price: NUM, currency: { type: 'string', pattern: '^[A-Z]{3}$' } });
  const call = (a: ApiSpec, i: number) => offlineToolResult(a, { [Object.keys(a.parameters.properties as object)[0]]: `X${i}` }, yenWorld) as Record<string, unknown>;

  it('is in yen at yen amounts where the schema lets its money be', () => {
    for (let i = 0; i < 20; i++) {
      const r = call(product, i);
      expect(r.currency).toBe('JPY');
      expect(r.price as number).toBeGreaterThanOrEqual(750);
    }
  });

  it('is in US dollars where the schema caps its money below what yen count in', () => {
    for (let i = 0; i < 20; i++) expect(call(order, i).currency).toBe('USD');
  });

  it('reads the money of the items a currency covers (an offer total under the search currency)', () => {
    const flights = api('search_flight_offers', { origin: STR }, { currency: { type: 'string', pattern: '^[A-Z]{3}$' }, offers: { type: 'array', minItems: 1, maxItems: 3, items: { type: 'object', properties: { offer_id: STR, total_price: { type: 'number', minimum: 40, maximum: 20000 } }, required: ['offer_id', 'total_price'] } } });
    const naira = inCurrency('NGN');
    for (let i = 0; i < 20; i++) expect((offlineToolResult(flights, { origin: `X${i}` }, naira) as Record<string, unknown>).currency).toBe('USD');
  });
});

describe('a call asking for money in a currency', () => {
  it('asks in US dollars when the result it asks for could not hold the user currency', () => {
    const product = api('get_product_details', { product_id: STR, currency: { type: 'string', pattern: '^[A-Z]{3}$' } }, { price: { type: 'number', minimum: 1, maximum: 2000 }, currency: STR });
    const roomy = api('get_product_details', { product_id: STR, currency: { type: 'string', pattern: '^[A-Z]{3}$' } }, { price: NUM, currency: STR });
    const asked = (a: ApiSpec) => Array.from({ length: 20 }, (_, i) => generateObject(a.parameters as Schema, new Rng(i), { world: inCurrency('CLP'), api: a, optionalRate: 1 }).currency);
    expect(new Set(asked(product))).toEqual(new Set(['USD']));
    // The same in an options object.
    const grouped = api('get_product_details_structured', { product_id: STR, options: { type: 'object', properties: { currency: { type: 'string', pattern: '^[A-Z]{3}$' } }, required: ['currency'] } }, { price: { type: 'number', minimum: 1, maximum: 2000 }, currency: STR });
    const inOptions = Array.from({ length: 20 }, (_, i) => (generateObject(grouped.parameters as Schema, new Rng(i), { world: inCurrency('CLP'), api: grouped, optionalRate: 1 }).options as Record<string, unknown>).currency);
    expect(new Set(inOptions)).toEqual(new Set(['USD']));
    expect(new Set(asked(roomy))).toEqual(new Set(['CLP']));
  });
  it('asks each request of a batch in US dollars when its own result could not hold the user currency', () => {
    const batch = batchApi('get_product_details_batch', 'detail_requests', { product_id: STR, currency: CODE }, { product_id: STR, price: { type: 'number', minimum: 1, maximum: 2000 }, currency: CODE });
    const asked = Array.from({ length: 20 }, (_, i) => (generateObject(batch.parameters as Schema, new Rng(i), { world: inCurrency('VND'), api: batch, optionalRate: 1 }).detail_requests as Record<string, unknown>[])[0].currency);
    expect(new Set(asked.filter((c) => c !== undefined))).toEqual(new Set(['USD']));
  });
});

describe('a currency taken over from an earlier call ("in the same currency")', () => {
  it("counts the call's money in it", () => {
    const transfer = api('initiate_bank_transfer', { amount: { type: 'number', minimum: 0.01, maximum: 10_000_000 }, currency: CODE }, { transfer_id: STR });
    const drawn = { amount: 2.41, currency: 'USD' };
    shareValues(transfer, drawn, { currency: 'VND' }, 'EUR');
    expect(drawn).toEqual({ amount: Math.round(2.41 * 24500), currency: 'VND' });
    const same = { amount: 2.41, currency: 'VND' };
    shareValues(transfer, same, { currency: 'VND' }, 'USD');
    expect(same.amount).toBe(2.41);
  });
});

describe('exchange rates asked from a base', () => {
  it('are asked from a currency whose rates the schema can hold (no peso base where rates stop at 0.001)', () => {
    const rates = required(api('get_exchange_rates', { base_currency: CODE, quote_currencies: { type: 'array', items: CODE, minItems: 1, maxItems: 3 } }, { base_currency: CODE, rates: { type: 'array', items: { type: 'object', properties: { currency: CODE, rate: { type: 'number', minimum: 0.001 } } } } }), ['base_currency', 'quote_currencies']);
    const open = required(api('get_exchange_rates', { base_currency: CODE }, { base_currency: CODE, rates: { type: 'array', items: { type: 'object', properties: { currency: CODE, rate: NUM } } } }), ['base_currency']);
    for (let i = 0; i < 20; i++) {
      const args = generateObject(rates.parameters as Schema, new Rng(i), { world: inCurrency('COP'), api: rates, optionalRate: 1 });
      expect(args.base_currency).not.toBe('COP');
      expect(args.quote_currencies as string[]).not.toContain(args.base_currency);
    }
    expect(Array.from({ length: 20 }, (_, i) => generateObject(open.parameters as Schema, new Rng(i), { world: inCurrency('COP'), api: open }).base_currency)).toContain('COP');
  });
});

describe('money in a currency other than the user one', () => {
  it('is rescaled to that currency (a transfer in rupees asked by a user in dollars)', () => {
    const transfer = api('initiate_bank_transfer_in_inr', { amount: { type: 'number', minimum: 0.01, maximum: 10_000_000 }, currency: { type: 'string', enum: ['INR'] } }, { transfer_id: STR });
    const dollarWorld = inCurrency('USD');
    for (let i = 0; i < 20; i++) {
      const args = generateObject(transfer.parameters as Schema, new Rng(i), { world: dollarWorld, api: transfer, optionalRate: 1 });
      expect(args.currency).toBe('INR');
      expect(args.amount as number, JSON.stringify(args)).toBeGreaterThanOrEqual(5 * 83);
    }
  });
  it('is rescaled when the request leaves the currency to its default', () => {
    const inInr = batchApi('initiate_bank_transfer_batch', 'transfers', { amount: { type: 'number', minimum: 0.01, maximum: 100_000 }, currency: { ...CODE, default: 'INR' } }, { transfer_id: STR, amount: NUM, currency: CODE });
    const byDefault = required(api('initiate_bank_transfer', { amount: { type: 'number', minimum: 0.01, maximum: 10_000_000 }, currency: { ...CODE, default: 'INR' } }, { transfer_id: STR }), ['amount']);
    const requests = Array.from({ length: 20 }, (_, i) => [
      ...(generateObject(inInr.parameters as Schema, new Rng(i), { world: inCurrency('USD'), api: inInr, optionalRate: 0 }).transfers as Record<string, unknown>[]),
      generateObject(byDefault.parameters as Schema, new Rng(i), { world: inCurrency('USD'), api: byDefault, optionalRate: 0 }),
    ]).flat();
    const leftOut = requests.filter((t) => t.currency === undefined);
    expect(leftOut.length).toBeGreaterThanOrEqual(20);
    // Counted in rupees (no cents), even where the cap of 100,000 leaves no room for the dollars' worth.
    for (const t of leftOut) {
      expect(t.amount as number, JSON.stringify(t)).toBeGreaterThanOrEqual(5 * 83);
      expect(Number.isInteger(t.amount), JSON.stringify(t)).toBe(true);
    }
  });
});

describe('a result in the currency the call asked for', () => {
  it('counts its money in that currency (a price asked in rand by a user in euros)', () => {
    const product = api('get_product_details', { product_id: STR, currency: { type: 'string', pattern: '^[A-Z]{3}$' } }, { product_id: STR, price: NUM, currency: { type: 'string', pattern: '^[A-Z]{3}$' } });
    for (let i = 0; i < 20; i++) {
      const r = offlineToolResult(product, { product_id: `P${i}`, currency: 'ZAR' }, FIXED_WORLD) as Record<string, unknown>;
      expect(r.currency).toBe('ZAR');
      expect(r.price as number, JSON.stringify(r)).toBeGreaterThanOrEqual(5 * 18);
    }
  });
});

describe('a listed price put in the user currency', () => {
  it('is counted in it, not left at the amount of the currency it was drawn in', () => {
    const numbers = api('search_available_phone_numbers', { country_code: STR }, { available_numbers: { type: 'array', minItems: 3, maxItems: 5, items: { type: 'object', properties: { phone_number: STR, monthly_price: NUM, currency: STR }, required: ['phone_number', 'monthly_price', 'currency'] } } });
    const lira = inCurrency('TRY');
    for (let i = 0; i < 40; i++) {
      const r = offlineToolResult(numbers, { country_code: `T${i}` }, lira) as { available_numbers: { monthly_price: number; currency: string }[] };
      for (const n of r.available_numbers) if (n.currency === 'TRY') expect(n.monthly_price, JSON.stringify(n)).toBeGreaterThanOrEqual(1 * 32 * 0.98);
    }
  });
});

describe('money the schema kept from the user scale', () => {
  it('is not brought below a dollar worth by a rescale (rescaleMoney)', () => {
    const o: Record<string, unknown> = { price: 300, fee: 3000 };
    rescaleMoney(o, {}, 'KRW', 'BRL');
    // 300 "won" would be 1.15 BRL: left as drawn; 3,000 won is 11.54 BRL.
    expect(o).toEqual({ price: 300, fee: 11.54 });
  });

  it('is not brought down to cents when put in another currency (a price capped at 2,000 for a user in won)', () => {
    const product = api('get_product_details', { product_id: STR, currency: { type: 'string', pattern: '^[A-Z]{3}$' } }, { product_id: STR, price: { type: 'number', minimum: 1, maximum: 2000 }, currency: { type: 'string', pattern: '^[A-Z]{3}$' } });
    const won = inCurrency('KRW');
    for (let i = 0; i < 30; i++) {
      const r = offlineToolResult(product, { product_id: `P${i}`, currency: 'BRL' }, won) as Record<string, unknown>;
      if (r.currency === 'BRL') expect(r.price as number, JSON.stringify(r)).toBeGreaterThanOrEqual(5);
    }
  });
});
