/**
 * More valid trajectories with implied values: the user's own things by "my" (an email, an
 * account on file, read from the profile the system prompt states), an object whose fields are
 * implied one by one, a cloud region by its place; and values a reader derives with no
 * derivation recorded (a plan read from data without one): currencies, airports and a date from
 * their names against the stated today, a clock in 12 hours and a length in words, an amount
 * with its magnitude. Today is Wednesday 2025-06-11.
 */
import { FIXED_WORLD, type Derivation, type ItemPlan, type PlannedCall } from '../../../core/plan.js';
import type { ToolDefinition } from '../../../core/record.js';
import { onFileLine } from '../../../core/derive/profile.js';
import { calls, entry, say, sys, tool, user, type Draft, type Obj } from '../entry.js';

const TODAY = '2025-06-11';
const WORLD: Partial<ItemPlan> = { world: { ...FIXED_WORLD, today: TODAY } };
const SYSTEM = `Today is ${TODAY}. You help users by calling the provided tools.`;
const PROFILE = 'User profile: Anna Martin, anna.martin@example.com, Lyon (FR), currency EUR, time zone Europe/Paris, language fr.';

const fn = (name: string, description: string, properties: Obj, required: string[]): ToolDefinition => ({
  type: 'function',
  function: { name, description, parameters: { type: 'object', properties, required, additionalProperties: false } },
});

/** Tools of their own for these entries (the shared corpus tools have no party, no region). */
const BOOK_TABLE = fn('book_table', 'Book a restaurant table.', {
  restaurant: { type: 'string', description: 'Restaurant name.' },
  date: { type: 'string', format: 'date', description: 'Day of the booking.' },
  party: { type: 'object', description: 'Who comes.', properties: { adults: { type: 'integer', minimum: 1, description: 'Adults.' }, children: { type: 'integer', minimum: 0, description: 'Children.' } }, required: ['adults'], additionalProperties: false },
}, ['restaurant', 'date', 'party']);
const CREATE_BUCKET = fn('create_bucket', 'Create a storage bucket in a cloud region.', {
  name: { type: 'string', description: 'Bucket name.' },
  region: { type: 'string', enum: ['us-east-1', 'eu-west-1', 'eu-central-1', 'ap-southeast-1'], description: 'Cloud region.' },
}, ['name', 'region']);

const withTools = (d: Draft, ...extra: ToolDefinition[]): Draft => (idx) => {
  const e = d(idx);
  return { ...e, record: { ...e.record, tools: [...extra, ...e.record.tools.filter((x) => x !== undefined)] } };
};

/** One call answered once; `derivations` may be empty (a reader derives the values, nothing is recorded). */
function oneCall(name: string, system: string, request: string, why: string, call: [string, string, Obj], result: Obj, answer: string, derivations: Record<string, Derivation>, toolNames: string[]): Draft {
  const [id, name2, args] = call;
  const planned: PlannedCall = Object.keys(derivations).length > 0 ? { name: name2, arguments: args, derivations } : { name: name2, arguments: args };
  return entry(name, 'single', toolNames, [sys(system), user(request), calls(why, [id, name2, args]), tool(id, result), say(answer)], [planned], WORLD);
}

const MAIL = { to: 'anna.martin@example.com', subject: 'Bank', body: 'Call the bank at 9' };
const MINE = { account_id: 'acc_77', from_date: '2025-06-01', categories: ['dining'] };
const TABLE = { restaurant: 'Casa do Rio', date: '2025-06-12', party: { adults: 2, children: 3 } };
const BUCKET = { name: 'team-logs', region: 'eu-central-1' };
const MEETING = { title: 'Budget review', start: '2026-05-04T14:00:00+02:00', duration_minutes: 90 };
const FLIGHT = { origin: 'LIS', destination: 'ZRH', departure_date: '2025-06-16' };

export function moreImpliedEntries(): Draft[] {
  return [
    oneCall(
      'single: a note to my own email',
      `${SYSTEM} ${PROFILE}`,
      'Send a note to me with the subject "Bank" saying "Call the bank at 9".',
      'send_email sends a message; "to me" is the address in the profile.',
      ['call_m1', 'send_email', MAIL],
      { message_id: 'msg_301', status: 'sent' },
      'Sent: the note "Call the bank at 9" is in your inbox.',
      { to: { kind: 'user-profile', said: 'to me' } },
      ['send_email', 'get_current_weather'],
    ),
    oneCall(
      'single: payments on the account on file',
      `${SYSTEM}\n${onFileLine([['account', 'acc_77']])}`,
      'Show my dining payments on my account since the 1st of this month.',
      'list_transactions lists payments by account and date: "my account" is the one on file, the 1st of this month is 2025-06-01.',
      ['call_m2', 'list_transactions', MINE],
      { account_id: 'acc_77', total_count: 1, transactions: [{ transaction_id: 'tx_960', booked_at: '2025-06-04T20:10:00Z', amount: -38.4, category: 'dining' }] },
      'One dining payment since June 1: 38.40 on June 4.',
      { account_id: { kind: 'user-profile', said: 'on my account' }, from_date: { kind: 'relative-date', said: 'the 1st of this month' } },
      ['list_transactions', 'convert_currency'],
    ),
    withTools(
      oneCall(
        'single: a party of two adults and three children',
        SYSTEM,
        'Book a table at Casa do Rio tomorrow for two adults and three children.',
        'book_table books a table for a party on a day: tomorrow is 2025-06-12.',
        ['call_m3', 'book_table', TABLE],
        { booking_id: 'tb_55', status: 'confirmed', ...TABLE },
        'Your table at Casa do Rio is booked for tomorrow, June 12, for five.',
        { date: { kind: 'relative-date', said: 'tomorrow' }, party: { kind: 'nested', said: '', parts: { adults: { kind: 'spelled-number', said: 'two' }, children: { kind: 'spelled-number', said: 'three' } } } },
        ['book_table', 'get_current_weather'],
      ),
      BOOK_TABLE,
    ),
    withTools(
      oneCall(
        'single: a bucket in a cloud region by its place',
        SYSTEM,
        'Create a storage bucket called team-logs in Frankfurt.',
        'create_bucket creates a bucket in a region: Frankfurt is eu-central-1.',
        ['call_m4', 'create_bucket', BUCKET],
        { bucket_id: 'bk_19', created: true },
        'The bucket team-logs is ready in Frankfurt.',
        { region: { kind: 'cloud-region', said: 'Frankfurt' } },
        ['create_bucket', 'send_email'],
      ),
      CREATE_BUCKET,
    ),
    oneCall(
      'reader: currencies and an amount with its magnitude, nothing recorded',
      SYSTEM,
      'How much is 1.2M US dollars in euros?',
      'convert_currency converts between currencies.',
      ['call_m5', 'convert_currency', { amount: 1_200_000, from_currency: 'USD', to_currency: 'EUR' }],
      { amount: 1_200_000, from_currency: 'USD', to_currency: 'EUR', converted: 1_104_000, rate: 0.92 },
      '1.2 million US dollars are about 1,104,000 euros.',
      {},
      ['convert_currency', 'get_stock_quote'],
    ),
    oneCall(
      'reader: a date in words, a clock in 12 hours and a length in words, nothing recorded',
      SYSTEM,
      'Put "Budget review" in my calendar on May 4th 2026 at 2pm, for ninety minutes.',
      'create_event creates a calendar event.',
      ['call_m6', 'create_event', MEETING],
      { event_id: 'evt_81', ...MEETING },
      'The budget review is in your calendar on May 4, 2026, from 14:00 to 15:30.',
      {},
      ['create_event', 'send_email'],
    ),
    oneCall(
      'reader: airports and a weekday against the stated today, nothing recorded',
      SYSTEM,
      'Any flights from Lisbon to Zurich next Monday?',
      'search_flights finds flights between airports on a day.',
      ['call_m7', 'search_flights', FLIGHT],
      { flights: [{ flight_id: 'LX2085', departs: '2025-06-16T07:05', price_eur: 389 }] },
      'One flight on Monday, June 16: LX2085 at 07:05, for 389 EUR.',
      {},
      ['search_flights', 'book_flight'],
    ),
  ];
}
