/**
 * The assistant's final answers answer the question (assistant/answer.ts): a search as its
 * count and the best items by what was asked (the cheapest under a price cap), a lookup as its
 * facts, a change with the reference to keep, a failure as what went wrong, parallel calls one
 * part each with partial failures said honestly, later turns referring back without repeating.
 */
import { describe, expect, it } from 'vitest';
import { SEED_DOMAINS } from '../../api-pool/seeds/index.js';
import type { ApiSpec } from '../../api-pool/types.js';
import { FIXED_WORLD, type ItemPlan } from '../../core/plan.js';
import type { Message } from '../../core/record.js';
import { AnswerWriter, type Outcome } from '../../pipeline/agents/assistant/answer.js';
import { AnswerWriterIn } from '../../pipeline/agents/assistant/lang/answer.js';
import { LANGS, type Lang } from '../../pipeline/agents/user/lang/types.js';
import type { Call } from '../../pipeline/agents/assistant/mistakes.js';

const APIS = new Map(SEED_DOMAINS.flatMap((d) => d.apis).map((a) => [a.name, a]));
const api = (name: string): ApiSpec => APIS.get(name) as ApiSpec;

function call(name: string, args: Record<string, unknown>, extra: Partial<Call> = {}): Call {
  return { id: `call_${name}`, name, args, json: JSON.stringify(args), broken: false, api: api(name), turn: 0, step: 0, ...extra };
}

/** A writer for an item of `seed` on FIXED_WORLD's today (2025-06-02, in Lyon). */
function writer(seed: number): AnswerWriter {
  return new AnswerWriter({ seed, world: FIXED_WORLD } as unknown as ItemPlan);
}

/** The answer for each of many seeds: the wording varies, the facts do not. */
function answers(outcomes: readonly Outcome[], ask: string, n = 40): string[] {
  return Array.from({ length: n }, (_, seed) => writer(seed).turn(outcomes, ask, []));
}

const HOTELS = {
  hotels: [
    { hotel_id: 'H1', name: 'Park Plaza', stars: 4, nightly_rate: 693.3773, total_price: 9000 },
    { hotel_id: 'H2', name: 'Station Lodge', nightly_rate: 435.0736, total_price: 6961.1776, free_cancellation: false },
  ],
  currency: 'EUR',
  total_results: 2,
};

describe('final answers', () => {
  it('answer a capped price search with the count and the cheapest item, in the currency, never as a key dump', () => {
    const o = [{ call: call('search_hotel_offers', { city: 'Perth', check_in: '2025-08-02', check_out: '2025-08-10', max_nightly_rate: 800 }), result: HOTELS }];
    for (const a of answers(o, 'Find me a hotel in Perth under 800 a night')) {
      expect(a).toMatch(/\b2 hotels\b/);
      expect(a).toMatch(/Station Lodge[^.]*€435\.07|€435\.07[^.]*Station Lodge/);
      expect(a.indexOf('Station Lodge')).toBeLessThan(a.indexOf('Park Plaza'));
      expect(a).not.toMatch(/\(first:|nightly_rate|hotel_id|\bH[12]\b/);
    }
  });

  it('say a fact of the whole answer beside its list as a clause of its own ("it is valid until ..."), never "the valid until is valid until"', () => {
    const quote = { quote_id: 'BACA8CBD', valid_until: '2025-06-08', options: [{ carrier: 'Aviva', term_months: 12, premium: 822.6 }, { carrier: 'Zurich', term_months: 6, premium: 434.8 }] };
    const o = [{ call: call('get_auto_insurance_quote', { vehicle_vin: 'VF14NG1E6EUNPSNVJ', garaging_zip: '64112' }), result: quote }];
    const all = answers(o, 'What would insurance cost?');
    for (const a of all) expect(a).not.toMatch(/\b(\w+ \w+) is \1\b/);
    expect(all.some((a) => /valid until/.test(a))).toBe(true);
  });

  it('count a search by the results it states, not by its pages (812 recipes, not 82)', () => {
    const result = { results: [{ recipe_id: 78000, title: 'Savory Bengali Stew', ready_in_minutes: 63 }, { recipe_id: 324000, title: 'Pasta Carbonara', ready_in_minutes: 86 }], total_results: 812, total_pages: 82, page: 1 };
    for (const a of answers([{ call: call('search_recipes', { query: 'stew' }), result }], 'Find me stew recipes')) {
      expect(a).toMatch(/\b812 recipes\b/);
      expect(a).not.toMatch(/\b82 recipes\b/);
    }
  });

  it('count a check by what it found, not by what it checked', () => {
    const result = { interactions: [{ drugs: ['hydrochlorothiazide', 'lamotrigine'], severity: 'moderate', description: 'Lower sodium levels' }], checked_count: 3 };
    for (const a of answers([{ call: call('check_drug_interactions', { medications: [{ name: 'hydrochlorothiazide' }, { name: 'lamotrigine' }, { name: 'levetiracetam' }] }), result }], 'Any interactions?')) expect(a).not.toMatch(/\b3 interactions\b/);
  });

  it('answer an upsert that updated an existing contact (created: false) as saved, never as refused', () => {
    const o = [
      { call: call('upsert_contact', { email: 'roberto.boehm@contoso.com', last_name: 'Boehm' }), result: { contact_id: 'Z0KJE1Z7', email: 'roberto.boehm@contoso.com', created: false, updated_at: '2025-06-02T13:15:00Z' } },
      { call: call('upsert_contact', { email: 'willa.roberts@example.net', last_name: 'Boehm' }), result: { contact_id: 'HVKY8LRU', email: 'willa.roberts@example.net', created: true, list_count: 1 } },
    ];
    for (const a of answers(o, 'Save both contacts')) {
      expect(a).toContain('Z0KJE1Z7');
      expect(a).toContain('HVKY8LRU');
      expect(a).not.toMatch(/not accepted|went through|failed|refused|Only one/i);
    }
  });

  it('answer a change with what was done and the reference to keep, and its status', () => {
    const result = { refund_id: 'WXJ0Z2R6', payment_intent_id: 'pi_7xp3y8sk', amount: 928, currency: 'USD', status: 'pending', created: '2025-06-02T18:00:00Z' };
    const o = [{ call: call('refund_payment', { payment_intent_id: 'pi_7xp3y8sk', reason: 'duplicate' }), result }];
    for (const a of answers(o, 'Refund it')) {
      expect(a).toContain('WXJ0Z2R6');
      expect(a).toMatch(/pending/);
      expect(a).not.toMatch(/2025-06-02T|refund_id|payment_intent_id/);
    }
  });

  it('answer an act still waiting (a table waitlisted) with where it stands, never as booked or done', () => {
    const result = { reservation_id: 'UK2I1PT4', status: 'waitlisted', reservation_time: '2025-06-04T11:30:00Z', party_size: 6, table_hold_minutes: 15 };
    const o = [{ call: call('reserve_restaurant_table', { restaurant_id: 'KWXE4YUP', party_size: 6, reservation_time: '2025-06-04T11:30:00Z' }), result }];
    for (const a of answers(o, 'Book a table')) {
      expect(a).toContain('UK2I1PT4');
      expect(a).toMatch(/waitlisted/);
      expect(a).not.toMatch(/\b(reserved|booked|Done|All set|Good news|That went through|It's done|Success|Finished|Sorted)\b/);
    }
  });

  it('say a deadline named by its act as what must be done by then ("it must be returned by 10 June")', () => {
    const result = { return_id: 'W6DEL3VO', status: 'approved', refund_estimate: 43.2, return_by: '2025-06-10' };
    const o = [{ call: call('request_order_return', { order_id: '156912', items: [{ line_item_id: 'L1', quantity: 1, reason: 'damaged' }] }), result }];
    const said = answers(o, 'Return it').join(' ');
    expect(said).not.toMatch(/is return by/);
    expect(said).toMatch(/must be returned by 10 June/);
  });

  it('answer a lookup with its facts, a status first', () => {
    const result = { policy_number: 'SHN56574582', line_of_business: 'renters', status: 'lapsed', effective_date: '2025-03-01', expiration_date: '2025-03-08', premium: 221.1 };
    const o = [{ call: call('get_insurance_policy', { policy_number: 'SHN56574582' }), result }];
    for (const a of answers(o, 'Is my policy still active?')) {
      expect(a).toMatch(/lapsed/);
      expect(a).not.toMatch(/line_of_business|effective_date|\d{4}-\d\d-\d\d/);
    }
  });

  it('say what went wrong when a call fails, and never open it as a success', () => {
    const result = { error: { code: 'NOT_FOUND', status: 404, message: 'No record matches policy number XX-1', param: 'policy_number' } };
    const o = [{ call: call('get_insurance_policy', { policy_number: 'XX-1' }, { error: 'not-found' }), result }];
    for (const a of answers(o, 'Look up policy XX-1')) {
      expect(a).toMatch(/no (insurance )?policy with the policy number XX-1/);
      expect(a).toMatch(/\?|try again/);
      expect(a).not.toMatch(/^(Done|All set|Good news|That worked|Success|Finished)/);
    }
  });

  it('tell parallel parts apart, and say a partial failure as such', () => {
    const quote = (price: number) => ({ symbol: 'X', currency: 'USD', price, change: 1, change_percent: 1 });
    const outcomes: Outcome[] = [
      { call: call('get_equity_quote', { symbol: 'SAP' }), result: { ...quote(120.5), symbol: 'SAP' } },
      { call: call('get_equity_quote', { symbol: 'MSFT' }), result: { ...quote(410), symbol: 'MSFT' } },
      { call: call('get_equity_quote', { symbol: 'ZZZZ' }, { error: 'not-found' }), result: { error: { code: 'NOT_FOUND', status: 404, message: 'No record matches symbol ZZZZ', param: 'symbol' } } },
    ];
    for (const a of answers(outcomes, 'Quotes for SAP, MSFT and ZZZZ')) {
      expect(a).toMatch(/SAP[^\n.]*\$120\.50/);
      expect(a).toMatch(/MSFT[^\n.]*\$410/);
      expect(a).toMatch(/ZZZZ/);
      expect(a).toMatch(/two of the three|Only two of three|One of the three requests failed/i);
    }
  });

  it('say a batch that did not go through as not done', () => {
    const result = { results: [{ device_id: 'PMUA4VNW', success: false }] };
    const o = [{ call: call('set_smart_light_state', { device_ids: ['PMUA4VNW'], on: true }), result }];
    for (const a of answers(o, 'Turn the light on')) {
      expect(a).toMatch(/did not go through|didn't work/);
      expect(a).not.toMatch(/^(Done|All set|Good news|That worked|Success|Finished)/);
    }
  });

  it('refer back to the last turn, and never repeat an earlier answer word for word', () => {
    for (let seed = 0; seed < 30; seed++) {
      const w = writer(seed);
      const messages: Message[] = [];
      const first = { call: call('get_equity_quote', { symbol: 'SAP' }), result: { symbol: 'SAP', currency: 'USD', price: 120.5 } };
      messages.push({ role: 'assistant', content: w.turn([first], 'SAP?', messages) });
      const second = { call: call('get_equity_quote', { symbol: 'MSFT' }, { turn: 1 }), result: { symbol: 'MSFT', currency: 'USD', price: 410 } };
      const a = w.turn([second], 'SAP? And MSFT?', messages);
      expect(a).toMatch(/\$120\.50 (before|last time)|first one \(\$120\.50\)/);
      messages.push({ role: 'assistant', content: a });
      // The same call again answers with the same facts, in other words.
      const again = w.turn([second], 'SAP? And MSFT? Again?', messages);
      expect(messages.some((m) => m.content === again)).toBe(false);
    }
  });

  it('vary its openings: none in more than a fifth of answers, and many with none', () => {
    const o = [{ call: call('search_hotel_offers', { city: 'Perth', check_in: '2025-08-02', check_out: '2025-08-10' }), result: HOTELS }];
    const all = answers(o, 'Hotels in Perth?', 300);
    const firstWords = new Map<string, number>();
    for (const a of all) {
      const w = a.split(/[\s.,:]+/).slice(0, 2).join(' ');
      firstWords.set(w, (firstWords.get(w) ?? 0) + 1);
    }
    expect(Math.max(...firstWords.values())).toBeLessThan(all.length / 5);
    expect(new Set(all).size).toBeGreaterThan(60);
  });

  it('is a pure function of the seed', () => {
    const o = [{ call: call('search_hotel_offers', { city: 'Perth', check_in: '2025-08-02', check_out: '2025-08-10' }), result: HOTELS }];
    expect(answers(o, 'Hotels?', 10)).toEqual(answers(o, 'Hotels?', 10));
  });
});

describe('an answer in another language', () => {
  it('says each part a service turned down (accepted: false) as not accepted, never as done', () => {
    const board = { leaderboard_name: 'speedrun_any_percent', total_entries: 1995, entries: [{ rank: 13, player_id: 'YTLRN97Q', score: 491 }] };
    const o = [
      { call: call('get_game_leaderboard', { app_id: 570, leaderboard_name: 'speedrun_any_percent' }, { id: 'c1' }), result: board },
      { call: call('get_game_leaderboard', { app_id: 292030, leaderboard_name: 'speedrun_any_percent' }, { id: 'c2' }), result: board },
      { call: call('submit_leaderboard_score', { app_id: 570, leaderboard_name: 'speedrun_any_percent', score: 84 }, { id: 'c3' }), result: { accepted: false, score_changed: false } },
      { call: call('submit_leaderboard_score', { app_id: 427520, leaderboard_name: 'speedrun_any_percent', score: 84 }, { id: 'c4' }), result: { accepted: false, score_changed: false } },
    ];
    const NOT_ACCEPTED: Record<Lang, string> = { es: 'no se aceptó', fr: "ça n'a pas été accepté", de: 'das wurde nicht angenommen', pt: 'foi recusado', it: 'non è stato accettato' };
    const DONE: Record<Lang, RegExp> = { es: /\bhecho\b/i, fr: /\bfait\b/i, de: /\berledigt\b/i, pt: /\bfeito\b/i, it: /\bfatto\b/i };
    let lines = 0;
    for (const lang of LANGS) {
      for (let seed = 0; seed < 30; seed++) {
        const a = new AnswerWriterIn({ seed, world: FIXED_WORLD } as unknown as ItemPlan, lang).turn(o, []);
        if (!a.includes('\n')) continue; // a part per line: each submit said on its own
        lines++;
        expect(a.split(NOT_ACCEPTED[lang]).length - 1, `${lang}: ${a}`).toBe(2);
        expect(a, lang).not.toMatch(DONE[lang]);
      }
    }
    expect(lines).toBeGreaterThan(20);
  });
});
