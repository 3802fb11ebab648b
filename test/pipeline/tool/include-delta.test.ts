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
