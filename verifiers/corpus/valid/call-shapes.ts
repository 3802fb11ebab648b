/** Valid trajectories of the categories that differ by the calls made: single, multiple, parallel, parallel-multiple, dependent, nested. */
import { FIXED_WORLD } from '../../../core/plan.js';
import { calls, entry, say, sys, tool, user, type Draft } from '../entry.js';

export function callShapeEntries(): Draft[] {
  return [
    entry(
      'single: weather',
      'single',
      ['get_stock_quote', 'get_current_weather', 'send_email'],
      [
        sys('You are a helpful assistant with access to tools.'),
        user('I land in Lyon tonight, coming from Paris. What is the weather there right now, in metric units?'),
        calls('The user wants the current weather in Lyon, so get_current_weather fits; get_stock_quote and send_email do other things.', ['call_w1', 'get_current_weather', { city: 'Lyon', units: 'metric' }]),
        tool('call_w1', { city: 'Lyon', temperature: 14, condition: 'cloudy', humidity_pct: 60 }),
        say('It is 14 °C and cloudy in Lyon right now, with 60% humidity.'),
      ],
      [{ name: 'get_current_weather', arguments: { city: 'Lyon', units: 'metric' } }],
      {},
      { call: 0, argument: 'city', value: 'Paris' },
    ),
    entry(
      'single: flight search with a relative date',
      'single',
      ['search_flights', 'book_flight', 'get_current_weather'],
      [
        sys('Today is 2025-06-11. You help users by calling the provided tools.'),
        user('Find me business class flights from LYS to LIS tomorrow.'),
        calls('search_flights looks up flights between two airports on a date; book_flight would book one, which was not asked.', [
          'call_f1',
          'search_flights',
          { origin: 'LYS', destination: 'LIS', departure_date: '2025-06-12', cabin_class: 'business' },
        ]),
        tool('call_f1', { flights: [{ flight_id: 'TP4821', departs: '2025-06-12T07:35', price_eur: 412 }] }),
        say('There is one business class flight tomorrow: TP4821, leaving at 07:35, for 412 EUR.'),
      ],
      // "tomorrow" grounds the date only through the derivation the plan records, from the plan's today.
      [
        {
          name: 'search_flights',
          arguments: { origin: 'LYS', destination: 'LIS', departure_date: '2025-06-12', cabin_class: 'business' },
          derivations: { departure_date: { kind: 'relative-date', said: 'tomorrow' } },
        },
      ],
      { world: { ...FIXED_WORLD, today: '2025-06-11' } },
    ),
    entry(
      'multiple: currency conversion among several tools',
      'multiple',
      ['get_current_weather', 'convert_currency', 'get_stock_quote'],
      [
        sys('You are an AI assistant that can call functions.'),
        user('How much is 250 euros in US dollars? Not pounds, dollars (USD).'),
        calls('convert_currency converts an amount between currencies; get_stock_quote and get_current_weather are unrelated.', [
          'call_c1',
          'convert_currency',
          { amount: 250, from_currency: 'EUR', to_currency: 'USD' },
        ]),
        tool('call_c1', { amount: 250, from_currency: 'EUR', to_currency: 'USD', converted: 271.5, rate: 1.086 }),
        say('250 EUR is about 271.50 USD at a rate of 1.086.'),
      ],
      // "euros" implies EUR: the plan records it (USD is stated).
      [{ name: 'convert_currency', arguments: { amount: 250, from_currency: 'EUR', to_currency: 'USD' }, derivations: { from_currency: { kind: 'currency-code', said: 'euros' } } }],
      {},
      { call: 0, argument: 'to_currency', value: 'GBP' },
    ),
    entry(
      'parallel: two stock quotes',
      'parallel',
      ['get_stock_quote', 'convert_currency'],
      [
        sys('You are a function-calling assistant.'),
        user('Give me the quotes for AAPL and MSFT, not GOOG.'),
        calls(
          'get_stock_quote gives the price of one ticker, and there are two separate requests, so two get_stock_quote calls in parallel.',
          ['call_p1', 'get_stock_quote', { symbol: 'AAPL' }],
          ['call_p2', 'get_stock_quote', { symbol: 'MSFT' }],
        ),
        tool('call_p1', { symbol: 'AAPL', price: 190.5, currency: 'USD' }),
        tool('call_p2', { symbol: 'MSFT', price: 410.1, currency: 'USD' }),
        say('AAPL is at 190.50 USD and MSFT at 410.10 USD.'),
      ],
      [
        { name: 'get_stock_quote', arguments: { symbol: 'AAPL' } },
        { name: 'get_stock_quote', arguments: { symbol: 'MSFT' } },
      ],
      {},
      { call: 1, argument: 'symbol', value: 'GOOG' },
    ),
    entry(
      'parallel-multiple: weather and a quote',
      'parallel-multiple',
      ['get_stock_quote', 'get_current_weather', 'search_restaurants'],
      [
        sys('You are a helpful assistant with access to tools.'),
        user('Two things: the weather in Oslo, and the NVDA share price.'),
        calls(
          'The request has two independent parts, so I call get_current_weather for Oslo and get_stock_quote for NVDA in parallel.',
          ['call_m1', 'get_current_weather', { city: 'Oslo' }],
          ['call_m2', 'get_stock_quote', { symbol: 'NVDA' }],
        ),
        tool('call_m1', { city: 'Oslo', temperature: 3, condition: 'snow' }),
        tool('call_m2', { symbol: 'NVDA', price: 121.4, currency: 'USD' }),
        say('In Oslo it is 3 °C with snow, and NVDA trades at 121.40 USD.'),
      ],
      [
        { name: 'get_current_weather', arguments: { city: 'Oslo' } },
        { name: 'get_stock_quote', arguments: { symbol: 'NVDA' } },
      ],
    ),
    entry(
      'dependent: search then book',
      'dependent',
      ['search_flights', 'book_flight', 'send_email'],
      [
        sys('You are a travel assistant with tools.'),
        user('Book me, Ana Costa, on the first economy flight from LYS to LIS on June 12, 2025.'),
        calls('First search_flights finds the flights from LYS to LIS on that date; book_flight needs a flight id that only the search gives.', [
          'call_d1',
          'search_flights',
          { origin: 'LYS', destination: 'LIS', departure_date: '2025-06-12', cabin_class: 'economy' },
        ]),
        tool('call_d1', { flights: [{ flight_id: 'TP4821', departs: '2025-06-12T07:35', price_eur: 129 }, { flight_id: 'U23917', departs: '2025-06-12T13:10', price_eur: 98 }] }),
        calls('book_flight books the first flight the search returned, TP4821, for Ana Costa.', ['call_d2', 'book_flight', { flight_id: 'TP4821', passenger_name: 'Ana Costa' }]),
        tool('call_d2', { booking_id: 'BK-55120', flight_id: 'TP4821', status: 'confirmed' }),
        say('You are booked on TP4821 (07:35) from LYS to LIS on June 12, booking BK-55120.'),
      ],
      [
        { name: 'search_flights', arguments: { origin: 'LYS', destination: 'LIS', departure_date: '2025-06-12', cabin_class: 'economy' }, step: 0 },
        { name: 'book_flight', arguments: { flight_id: 'TP4821', passenger_name: 'Ana Costa' }, step: 1, dependsOn: { flight_id: { call: 0, field: 'flights.0.flight_id' } } },
      ],
    ),
    entry(
      'nested: event with attendees',
      'nested',
      ['create_event', 'send_email'],
      [
        sys('You are a scheduling assistant with tools.'),
        user('Set up "Budget review" on 2025-03-14 at 10:00 for 45 minutes, inviting lea@example.com and, optionally, tom@example.com.'),
        calls('create_event creates the meeting with its attendees; send_email would only send a message.', [
          'call_n1',
          'create_event',
          {
            title: 'Budget review',
            start: '2025-03-14T10:00:00Z',
            duration_minutes: 45,
            attendees: [{ email: 'lea@example.com' }, { email: 'tom@example.com', optional: true }],
          },
        ]),
        tool('call_n1', { event_id: 'ev_8812', status: 'created' }),
        say('The "Budget review" is booked for March 14, 2025 at 10:00 for 45 minutes, with Léa invited and Tom as optional (event ev_8812).'),
      ],
      [
        {
          name: 'create_event',
          arguments: { title: 'Budget review', start: '2025-03-14T10:00:00Z', duration_minutes: 45, attendees: [{ email: 'lea@example.com' }, { email: 'tom@example.com', optional: true }] },
        },
      ],
    ),
  ];
}
