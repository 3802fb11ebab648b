/**
 * A flag that leaves a part of the result out leaves it out (fields-asked.ts includeRule), and a
 * change by an amount adds up (delta.ts).
 */
import { describe, expect, it } from 'vitest';
import { BOOL, INT, NUM, STR, api, listOf, results } from '../../helpers/tool-api.js';

describe('include flags', () => {
  const claim = api(
    'get_claim_status',
    { claim_number: STR, include_payments: { ...BOOL, default: true }, include_documents: { ...BOOL, default: false } },
    { claim_number: STR, stage: STR, payments: listOf({ payment_id: STR, amount: NUM }), documents: listOf({ document_id: STR }) },
    ['claim_number', 'stage', 'payments'],
  );
  it('false leaves the part out (an empty list where the result must hold it), true puts it in, unsent takes the default', () => {
    for (const r of results(claim, { claim_number: 'C1', include_payments: false, include_documents: true })) {
      expect(r.payments).toEqual([]);
      expect((r.documents as unknown[]).length).toBeGreaterThan(0);
    }
    // include_documents defaults to false: no documents.
    for (const r of results(claim, { claim_number: 'C1' })) expect(r.documents).toBeUndefined();
  });
  it('what a call adds is left out when it says not to add it (add_video_conference: false, no conference_url)', () => {
    const meeting = api('schedule_group_meeting', { title: STR, add_video_conference: BOOL }, { event_id: STR, start: STR, conference_url: { type: 'string', format: 'uri' } }, ['event_id', 'start']);
    for (const r of results(meeting, { title: 'Sync', add_video_conference: false })) expect(r.conference_url).toBeUndefined();
    for (const r of results(meeting, { title: 'Sync', add_video_conference: true })) expect(typeof r.conference_url).toBe('string');
  });
});

describe('a change by an amount', () => {
  const stock = api(
    'adjust_inventory_level',
    { sku: STR, delta: INT },
    { sku: STR, previous_quantity: { ...INT, minimum: 0, maximum: 10 }, available_quantity: { ...INT, minimum: 0, maximum: 10 } },
  );
  it('leaves the previous value plus the change, moving the previous value when the sum would leave the bounds', () => {
    for (const delta of [-4, -1, 3, 7]) {
      for (const r of results(stock, { sku: 'S1', delta })) {
        expect(r.available_quantity).toBe((r.previous_quantity as number) + delta);
        expect(r.available_quantity as number).toBeGreaterThanOrEqual(0);
      }
    }
  });
});

describe('a meal ordered for delivery', () => {
  const order = api(
    'create_food_delivery_order',
    { restaurant_id: STR, tip_amount: NUM },
    { order_id: STR, subtotal: { ...NUM, minimum: 5, maximum: 300 }, delivery_fee: { ...NUM, minimum: 0, maximum: 10 }, total: { ...NUM, minimum: 5, maximum: 320 }, estimated_delivery_at: { type: 'string', format: 'date-time' } },
  );
  it('arrives 25 to 55 minutes after the order, today, and its total adds the tip sent', () => {
    for (const r of results(order, { restaurant_id: 'R1', tip_amount: 60 }, 30, '2025-06-02')) {
      expect((r.estimated_delivery_at as string).slice(0, 10)).toBe('2025-06-02');
      expect(r.total).toBeCloseTo((r.subtotal as number) + (r.delivery_fee as number) + 60, 2);
      expect(r.total as number).toBeLessThanOrEqual(320);
    }
  });
});
