/** The assistant's confirmation question restates the call as the user said it. */
import { describe, expect, it } from 'vitest';
import type { ApiSpec } from '../../api-pool/types.js';
import { askConfirm } from '../../pipeline/agents/assistant/asking.js';
import { todayOf } from '../../pipeline/agents/assistant/words.js';

const payment = (description: string): ApiSpec => ({
  name: 'create_payment_intent',
  domain: 'payments',
  description: 'Create a payment intent.',
  parameters: { type: 'object', properties: { amount: { type: 'integer', description }, currency: { type: 'string' } }, required: ['amount', 'currency'] },
  returns: { type: 'object', properties: { id: { type: 'string' } } },
  origin: 'test',
});
const first = <T>(xs: readonly T[]): T => xs[0];

describe('askConfirm', () => {
  it('reads an amount in the smallest currency unit back in the currency (704 cents as $7.04)', () => {
    const today = todayOf('2026-11-21', 'US');
    const cents = askConfirm(payment('Amount to charge in the smallest currency unit, e.g. 1999 for 19.99.'), { amount: 704, currency: 'USD' }, today, first);
    expect(cents).toMatch(/\$7\.04\b/);
    expect(cents).not.toMatch(/\$704\b/);
    const whole = askConfirm(payment('Amount to charge.'), { amount: 704, currency: 'USD' }, today, first);
    expect(whole).toMatch(/\$704\b/);
  });

  it("does not read the call's own confirmation flag back as a detail", () => {
    const release: ApiSpec = {
      name: 'release_phone_number',
      domain: 'telephony',
      description: 'Release a phone number.',
      parameters: { type: 'object', properties: { number_sid: { type: 'string' }, confirm: { type: 'boolean' } }, required: ['number_sid', 'confirm'] },
      returns: { type: 'object', properties: { released: { type: 'boolean' } } },
      origin: 'test',
    };
    const text = askConfirm(release, { number_sid: 'PN1234', confirm: true }, todayOf('2026-02-18', 'US'), first);
    expect(text).toMatch(/PN1234/);
    expect(text).not.toMatch(/confirm\)/);
    expect(text).not.toMatch(/with confirm/);
  });
});
