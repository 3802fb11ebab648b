/**
 * How the assistant's answers say numbers, money, dates, counts and fields (assistant/words.ts,
 * facts.ts, fact-words.ts): by meaning, never as raw key names.
 */
import { describe, expect, it } from 'vitest';
import { clause, phrase } from '../../pipeline/agents/assistant/fact-words.js';
import { factsOf } from '../../pipeline/agents/assistant/facts.js';
import { batchWords } from '../../pipeline/agents/assistant/summary.js';
import { DE_ANSWER } from '../../pipeline/agents/assistant/lang/de.js';
import { IT_ANSWER } from '../../pipeline/agents/assistant/lang/it.js';
import { count, labelOf, pastOf, plural, sayDate, sayMoney, sayNumber, singularOf, todayOf } from '../../pipeline/agents/assistant/words.js';

const today = todayOf('2025-06-10', 'GB');
const usToday = todayOf('2025-06-10', 'US');
const scene = { today, currency: undefined, priced: false };

describe('numbers, money and dates as people write them', () => {
  it('groups thousands, keeps the precision small numbers need, and gives money its currency', () => {
    expect(sayNumber(63784000)).toBe('63,784,000');
    expect(sayNumber(22000, 0)).toBe('22,000');
    expect(sayNumber(1224.88)).toBe('1,224.88');
    expect(sayNumber(0.7481, 4)).toBe('0.7481');
    expect(sayMoney(435.0736, 'EUR')).toBe('€435.07');
    expect(sayMoney(480.2, 'INR')).toBe('480.20 INR');
    expect(sayMoney(-4.53, 'USD')).toBe('-$4.53');
    // No currency known: a plain number, no cents made up.
    expect(sayMoney(100.1, undefined)).toBe('100.1');
  });

  it('says dates relative to today when close, else by day and month (the year when not this year)', () => {
    expect(sayDate('2025-06-10T18:00:00Z', today, false)).toBe('today');
    expect(sayDate('2025-06-11', today, false)).toBe('tomorrow');
    expect(sayDate('2025-06-09', today, false)).toBe('yesterday');
    expect(sayDate('2025-06-13', today, false)).toBe('on Friday');
    expect(sayDate('2025-06-05', today, false)).toBe('last Thursday');
    expect(sayDate('2025-08-02', today, false)).toBe('on 2 August');
    expect(sayDate('2025-08-02', usToday, false)).toBe('on August 2');
    expect(sayDate('2024-12-02T11:15:00Z', today, true)).toBe('on 2 December 2024 at 11:15 UTC');
    expect(sayDate('not a date', today, false)).toBeUndefined();
  });

  it('counts with the right singular and plural', () => {
    expect(count(1, 'breach', 'breaches')).toBe('1 breach');
    expect(count(3, 'breach')).toBe('3 breaches');
    expect(singularOf('breaches')).toBe('breach');
    expect(singularOf('entries')).toBe('entry');
    expect(singularOf('movies')).toBe('movie');
    expect(singularOf('statuses')).toBe('status');
    expect(plural('activity')).toBe('activities');
    expect(count(1, 'hotel')).toBe('1 hotel');
    expect(count(2, 'hotel', 'hotels', true)).toBe('two hotels');
  });

  it('reads keys as words with their unit and acronyms', () => {
    expect(labelOf('share_percent')).toMatchObject({ words: 'share', unit: '%' });
    expect(labelOf('total_mwh')).toMatchObject({ words: 'total', unit: ' MWh' });
    // A unit of one thing per another: "486 g/kWh", not "carbon intensity g per 486 kWh".
    expect(labelOf('carbon_intensity_g_per_kwh')).toMatchObject({ words: 'carbon intensity', unit: ' g/kWh' });
    expect(labelOf('price_per_person')).toMatchObject({ head: 'price', per: 'person' });
    expect(labelOf('price_per_kwh')).toMatchObject({ words: 'price', unit: ' per kWh' });
    expect(labelOf('temp_c')).toMatchObject({ words: 'temp', unit: ' °C' });
    expect(labelOf('vitamin_c').unit).toBe('');
    expect(labelOf('payment_intent_id').words).toBe('payment intent ID');
    expect(labelOf('price_per_person')).toMatchObject({ head: 'price', per: 'person' });
    expect(labelOf('price_per_kwh')).toMatchObject({ words: 'price', unit: ' per kWh' });
    expect(pastOf('submit')).toBe('submitted');
    expect(pastOf('pay')).toBe('paid');
    expect(pastOf('create')).toBe('created');
    expect(pastOf('apply')).toBe('submitted');
  });
});

describe('the facts of a result', () => {
  it('leaves out secrets, links, coordinates and paging, and puts a status first', () => {
    const facts = factsOf(
      { client_secret: 'harbor', url: 'https://example.com/x', latitude: 1.5, next_cursor: 'AB12', updated_at: '2025-06-09T10:00:00Z', amount: 928, status: 'pending' },
      { ...scene, currency: 'USD' },
    );
    expect(facts.map((f) => f.key)).toEqual(['status', 'amount', 'updated_at']);
    expect(facts.map(phrase)).toEqual(['pending', 'amount $928', 'updated yesterday']);
  });

  it('says money in the object\'s currency, a change as up or down, and merges a percentage into it', () => {
    const facts = factsOf({ symbol: 'SAP', currency: 'USD', price: 1224.88, change: -4.9, change_percent: -0.4, volume: 63784000 }, scene);
    const said = facts.map(phrase);
    expect(said).toContain('price $1,224.88');
    expect(said).toContain('down $4.90 (0.4%)');
    expect(said).toContain('volume 63,784,000');
  });

  it('says a price per a unit as money per that unit ("€0.32 per kWh"), a fraction of a cent as a number', () => {
    expect(factsOf({ session_id: 'S1', price_per_kwh: 0.32, currency: 'EUR' }, scene).map(phrase)).toContain('price €0.32 per kWh');
    expect(factsOf({ session_id: 'S1', price_per_kwh: 0.32 }, { ...scene, currency: 'USD' }).map(phrase)).toContain('price $0.32 per kWh');
    expect(factsOf({ plan: 'P1', price_per_mb: 0.004, currency: 'EUR' }, scene).map(phrase)).toContain('price 0.004 per MB');
  });

  it('counts plural fields and says yes/no fields in words', () => {
    const facts = factsOf({ removed_count: 1, bedrooms: 6, customers_affected: 1, free_cancellation: false, late: true, posted_to_student: false }, scene);
    const said = facts.map(phrase);
    expect(said).toEqual(expect.arrayContaining(['1 removed', '6 bedrooms', '1 customer affected', 'without free cancellation', 'late', 'not posted to student']));
    const late = facts.find((f) => f.key === 'late');
    expect(late && clause(late)).toBe('it is late');
  });

  it('says a count of how things went with a verb: 2 succeeded, not 2 were success', () => {
    const said = factsOf({ notification_id: 'N1', success_count: 2, failure_count: 0 }, scene).map((f) => clause(f));
    expect(said).toContain('2 succeeded');
    expect(said.join(' ')).not.toMatch(/were success/);
  });

  it('says a batch of two as both or neither, not "all two"', () => {
    expect(batchWords({ ok: 2, total: 2 })).toBe('both requests went through');
    expect(batchWords({ ok: 0, total: 2 })).toBe('neither request went through');
    expect(batchWords({ ok: 3, total: 3 })).toBe('all three requests went through');
    expect(DE_ANSWER.batch(2, 2)).toBe('beide Anfragen waren erfolgreich');
    expect(IT_ANSWER.batch(2, 2)).toBe('entrambe le richieste sono andate a buon fine');
  });

  it('reads a measure at another moment (global_rank_new) as that measure, not as a count of new things', () => {
    const facts = factsOf({ global_rank_previous: 41, global_rank_new: 7, accepted_count: 3 }, scene);
    expect(facts.find((f) => f.key === 'global_rank_new')?.role).not.toBe('count');
    expect(facts.map((f) => clause(f)).join(' ')).not.toMatch(/there are 7 global rank new/);
  });

  it('words only as many facts as asked for', () => {
    const o = { a_price: 1, b_price: 2, c_price: 3, d_price: 4 };
    expect(factsOf(o, scene, undefined, 2)).toHaveLength(2);
  });
});
