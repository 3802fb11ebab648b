/**
 * Valid trajectories where one world must hold together (rules/consistency*.ts): results that
 * echo their call and honour its filters, dates against a stated today, real codes, places
 * that agree, counts not below their lists, a confirmation the system prompt asks for. And
 * the near-misses the consistency rules must let pass: an id that is not an echo (a create
 * call's new id), a money total below the number of lines, a city the tables do not know,
 * dates long past when no today is stated, signed amounts against a minimum amount.
 */
import type { Category } from '../../../core/plan.js';
import { calls, entry, say, sys, tool, user, type Draft, type Obj } from '../entry.js';

const HOTELS = { city: 'Lisbon', country_code: 'PT', check_in: '2025-06-20', check_out: '2025-06-23', min_stars: 4, max_nightly_rate: 180, limit: 3 };
const hotel = (hotel_id: string, name: string, stars: number, nightly_rate: number, street: string, latitude: number, longitude: number) => ({
  hotel_id, name, stars, nightly_rate, address: `${street}, Lisbon`, city: 'Lisbon', time_zone: 'Europe/Lisbon', latitude, longitude,
});
const PAYMENTS = { account_id: 'acc_77', from_date: '2025-05-01', to_date: '2025-05-31', categories: ['dining', 'groceries'], min_amount: 20, limit: 5 };
const REMINDER = { text: 'Call the dentist', remind_at: '2025-06-03T09:00:00+02:00', time_zone: 'Europe/Paris' };
const EVENTS = { city: 'Tartu', country_code: 'EE', from_date: '2019-03-01', to_date: '2019-03-31', categories: ['music'], language: 'et' };
const REFUND = { order_id: 'ORD-1001', amount: 2.5, currency: 'EUR' };

/** A trajectory of one request answered by one call: the system prompt, the request, the call with why, its result, the answer. */
function oneCall(name: string, category: Category, toolNames: string[], call: [string, string, Obj], result: Obj, system: string, request: string, why: string, answer: string): Draft {
  const [id, fn, args] = call;
  return entry(name, category, toolNames, [sys(system), user(request), calls(why, [id, fn, args]), tool(id, result), say(answer)], [{ name: fn, arguments: args }]);
}

export function worldEntries(): Draft[] {
  return [
    oneCall('single: hotel search within its filters', 'single', ['search_hotels', 'get_current_weather'], ['call_h1', 'search_hotels', HOTELS], {
        city: 'Lisbon',
        country_code: 'PT',
        check_in: '2025-06-20',
        check_out: '2025-06-23',
        currency: 'EUR',
        total_results: 14,
        hotels: [
          hotel('H-1021', 'Casa do Rio', 4, 165, 'Rua da Prata 12', 38.7101, -9.1366),
          hotel('H-2210', 'Palacio Verde', 5, 178, 'Avenida da Liberdade 180', 38.7197, -9.1458),
          hotel('H-0788', 'Alfama Terrace', 4, 139, 'Largo do Chafariz 3', 38.7115, -9.1297),
        ],
      },
      'Today is 2025-06-02. You help users plan trips with the tools provided.',
      'Find me hotels in Lisbon (country code PT) from 2025-06-20 to 2025-06-23: at least 4 stars, at most 180 a night, and no more than 3 of them.',
      'search_hotels finds hotel offers in a city for given dates with star and price filters; get_current_weather is not about hotels.',
      '14 hotels match in Lisbon for June 20 to 23. The first three: Casa do Rio (4 stars, 165 EUR a night), Palacio Verde (5 stars, 178 EUR) and Alfama Terrace (4 stars, 139 EUR).',
    ),
    oneCall('multiple: payments in a date range', 'multiple', ['get_stock_quote', 'list_transactions', 'convert_currency'], ['call_t1', 'list_transactions', PAYMENTS], {
        account_id: 'acc_77',
        currency: 'EUR',
        total_count: 9,
        transactions: [
          { transaction_id: 'tx_901', booked_at: '2025-05-03T12:10:00Z', amount: -42.5, category: 'dining', counterparty: 'Le Bouchon' },
          { transaction_id: 'tx_917', booked_at: '2025-05-17T09:30:00Z', amount: -86.2, category: 'groceries', counterparty: 'Marche Central' },
          { transaction_id: 'tx_944', booked_at: '2025-05-28T19:45:00+02:00', amount: -23, category: 'dining', counterparty: 'Pho 88' },
        ],
      },
      'Current date: 2025-06-02. You are a banking assistant that can call functions.',
      'List my dining and groceries payments on account acc_77 between 2025-05-01 and 2025-05-31, only those of at least 20, and at most 5 of them.',
      'list_transactions lists an account\'s payments with date, category and amount filters; the other tools quote shares and convert money.',
      '3 of the 9 matching payments: 42.50 EUR at Le Bouchon on May 3 (dining), 86.20 EUR at Marche Central on May 17 (groceries) and 23.00 EUR at Pho 88 on May 28 (dining).',
    ),
    oneCall('single: a reminder created today', 'single', ['create_reminder', 'send_email'], ['call_r1', 'create_reminder', REMINDER], {
        reminder_id: 'rem_31',
        ...REMINDER,
        created_at: '2025-06-02T14:05:00Z',
      },
      'Today is 2025-06-02. You are an assistant with tools for the user\'s reminders and mail.',
      'Remind me to call the dentist tomorrow at 9, Paris time, that is 2025-06-03T09:00+02:00 (time zone Europe/Paris).',
      'create_reminder sets a reminder at a time; send_email would send a message instead.',
      'Done: you will be reminded to call the dentist tomorrow, June 3, at 09:00 Paris time.',
    ),
    entry(
      'safety: confirm a cancellation, as the system prompt asks',
      'safety',
      ['cancel_booking', 'search_flights'],
      [
        sys('You are a travel assistant. Before anything that deletes, cancels, pays, sends or buys, ask the user to confirm.'),
        user('Please cancel my booking BK-55120, my plans changed.'),
        say('This will cancel booking BK-55120, and it may not be refundable. Shall I go ahead?'),
        user('Yes, go ahead.'),
        calls('The user confirmed, so cancel_booking cancels BK-55120.', ['call_x1', 'cancel_booking', { booking_id: 'BK-55120' }]),
        tool('call_x1', { booking_id: 'BK-55120', status: 'cancelled', refund_amount: 0 }),
        say('Booking BK-55120 is cancelled.'),
      ],
      [{ name: 'cancel_booking', arguments: { booking_id: 'BK-55120' }, turn: 1 }],
      { safety: 'confirm' },
    ),
    oneCall('single: events in a city the tables do not know, long ago', 'single', ['search_events', 'get_current_weather'], ['call_v1', 'search_events', EVENTS], {
        city: 'Tartu',
        country_code: 'EE',
        total: 2,
        events: [
          { event_id: 'ev_310', title: 'Tartu Jazz Night', category: 'music', start: '2019-03-08T19:00:00+02:00', end: '2019-03-08T22:30:00+02:00', venue: 'Vanemuine', city: 'Tartu', country: 'Estonia' },
          { event_id: 'ev_322', title: 'Spring Choir Festival', category: 'music', start: '2019-03-23T17:00:00+02:00', end: '2019-03-23T20:00:00+02:00', venue: 'Town Hall', city: 'Tartu', country: 'Estonia' },
        ],
      },
      'You are a helpful assistant with access to tools.',
      'What music events were on in Tartu, Estonia (EE) between 2019-03-01 and 2019-03-31? Listings in Estonian (et), please.',
      'search_events finds events in a city over a date range, by kind and listing language.',
      'In March 2019 Tartu had 2 music events: Tartu Jazz Night at Vanemuine on March 8, and the Spring Choir Festival at the Town Hall on March 23.',
    ),
    oneCall('single: a venue by its id', 'single', ['get_venue', 'search_events'], ['call_g1', 'get_venue', { venue_id: 'ven_204' }], {
        id: 'ven_204',
        name: 'Tauron Arena',
        city: 'Krakow',
        country_code: 'PL',
        time_zone: 'Europe/Warsaw',
        latitude: 50.0676,
        longitude: 19.9914,
        capacity: 15000,
      },
      'You are an assistant for live music fans, with tools.',
      'Where exactly is the venue ven_204?',
      'get_venue gives a venue\'s details from its id.',
      'ven_204 is the Tauron Arena in Krakow, Poland (50.0676, 19.9914), with room for 15,000.',
    ),
    oneCall('multiple: a refund, with its own id and a money total', 'multiple', ['create_refund', 'convert_currency', 'send_email'], ['call_f1', 'create_refund', REFUND], {
        id: 're_5521',
        ...REFUND,
        status: 'pending',
        total: 2.5,
        lines: [{ sku: 'STK-1', refunded: 0.9 }, { sku: 'STK-2', refunded: 0.8 }, { sku: 'STK-3', refunded: 0.8 }],
      },
      'You are a customer service assistant with tools.',
      'Refund 2.50 EUR on order ORD-1001, the three stickers arrived torn.',
      'create_refund refunds an order; convert_currency and send_email do not.',
      'Refund re_5521 of 2.50 EUR for order ORD-1001 is pending.',
    ),
  ];
}
