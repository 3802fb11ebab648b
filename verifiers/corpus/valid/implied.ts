/**
 * Valid trajectories where the user implies argument values instead of stating them, each with
 * the derivation its plan records (rules/grounding-implied.ts): dates from the stated today,
 * airports, time zones, currencies and countries by their city, a country, US state, language
 * and currency by name, a ticker by its company, counts in words, amounts in another unit,
 * "the cheapest one" of an earlier result, "the same account" of an earlier turn, an enum
 * sort order by its name ("cheapest first") and a yes/no option by a phrase ("not recursive"). Today
 * is Wednesday 2025-06-11 in all of them.
 */
import { FIXED_WORLD, type Category, type Derivation, type ItemPlan, type PlannedCall } from '../../../core/plan.js';
import type { ToolDefinition } from '../../../core/record.js';
import { calls, entry, say, sys, tool, user, type Draft, type Obj } from '../entry.js';

const TODAY = '2025-06-11';
const WORLD: Partial<ItemPlan> = { world: { ...FIXED_WORLD, today: TODAY } };
const SYSTEM = `Today is ${TODAY}. You help users by calling the provided tools.`;

const implied = (name: string, args: Obj, derivations: Record<string, Derivation>, extra: Partial<PlannedCall> = {}): PlannedCall => ({ name, arguments: args, derivations, ...extra });

const FLIGHT = { origin: 'LIS', destination: 'ZRH', departure_date: '2025-06-16', cabin_class: 'business' };
const CHEAP = { origin: 'OPO', destination: 'VIE', departure_date: '2025-06-13' };
const HOTELS = { city: 'Tokyo', country_code: 'JP', check_in: '2025-06-13', check_out: '2025-06-16', currency: 'JPY', limit: 3 };
const REMINDER = { text: 'Call the bank', remind_at: '2025-06-12T09:30:00+01:00', time_zone: 'Europe/Lisbon' };
const TRAILS = { state_code: 'CO', max_length_km: 8.05, limit: 3 };
const EVENTS = { city: 'Tallinn', country_code: 'EE', from_date: '2025-06-14', to_date: '2025-06-15', categories: ['music'], language: 'et' };
const SPENT = { account_id: 'acc_77', from_date: '2025-06-01', categories: ['dining'] };
const OVER_30 = { account_id: 'acc_77', categories: ['dining'], min_amount: 30 };
const DINING = { account_id: 'acc_77', currency: 'EUR', total_count: 1, transactions: [{ transaction_id: 'tx_960', booked_at: '2025-06-04T20:10:00Z', amount: -38.4, category: 'dining' }] };
const CHEAPEST = { city: 'Porto', sort: 'price_asc' };
const SHALLOW = { path: '/home/ana/exports-2024', recursive: false };
const MEETING = { title: 'Budget review', start: '2025-06-12T14:00:00+02:00', duration_minutes: 90 };

/** A tool of its own for one entry: hotels listed in a sort order named by codes (corpus tools have none). */
const FIND_HOTELS: ToolDefinition = {
  type: 'function',
  function: {
    name: 'find_hotels',
    description: 'List hotels in a city, in the order asked for.',
    parameters: {
      type: 'object',
      properties: {
        city: { type: 'string', description: 'City.' },
        sort: { type: 'string', enum: ['price_asc', 'price_desc', 'rating_desc'], default: 'rating_desc', description: 'Order of the hotels.' },
      },
      required: ['city'],
      additionalProperties: false,
    },
  },
};

/** A forecast at a point (corpus tools have no coordinates). */
const HOURLY_FORECAST: ToolDefinition = {
  type: 'function',
  function: {
    name: 'get_hourly_forecast',
    description: 'Hourly weather forecast at a point given by its coordinates.',
    parameters: {
      type: 'object',
      properties: {
        latitude: { type: 'number', minimum: -90, maximum: 90, description: 'Latitude in decimal degrees.' },
        longitude: { type: 'number', minimum: -180, maximum: 180, description: 'Longitude in decimal degrees.' },
        hours: { type: 'integer', minimum: 1, maximum: 48, description: 'Hours ahead.' },
      },
      required: ['latitude', 'longitude'],
      additionalProperties: false,
    },
  },
};
/** A store page by app id (corpus tools have none). */
const STORE_DETAILS: ToolDefinition = {
  type: 'function',
  function: {
    name: 'get_game_store_details',
    description: "A game's store page: name, developer and current price, by the store's numeric app id.",
    parameters: {
      type: 'object',
      properties: { app_id: { type: 'integer', minimum: 1, description: 'Numeric store identifier of the game.' } },
      required: ['app_id'],
      additionalProperties: false,
    },
  },
};
const LYON_CENTRE = { latitude: 45.764, longitude: 4.8357, hours: 6 };

/** The entry with `t` among its record's tools (in place of the name the corpus tools do not have). */
const withTool = (d: Draft, t: ToolDefinition): Draft => (idx) => {
  const e = d(idx);
  return { ...e, record: { ...e.record, tools: [t, ...e.record.tools.filter((x) => x !== undefined)] } };
};

/** A request answered by one call whose implied values have `derivations`. */
function oneCall(name: string, category: Category, toolNames: string[], request: string, why: string, call: [string, string, Obj], result: Obj, answer: string, derivations: Record<string, Derivation>): Draft {
  const [id, fn, args] = call;
  return entry(name, category, toolNames, [sys(SYSTEM), user(request), calls(why, [id, fn, args]), tool(id, result), say(answer)], [implied(fn, args, derivations)], WORLD);
}

export function impliedEntries(): Draft[] {
  return [
    oneCall(
      'single: airports by their city, a weekday from today',
      'single',
      ['search_flights', 'book_flight', 'get_current_weather'],
      'I need a business class flight from Lisbon to Zurich next Monday.',
      'search_flights finds flights between two airports on a day: Lisbon is LIS, Zurich is ZRH, next Monday is 2025-06-16.',
      ['call_i1', 'search_flights', FLIGHT],
      { flights: [{ flight_id: 'LX2085', departs: '2025-06-16T07:05', price_eur: 389 }] },
      'There is one business class flight on Monday, June 16: LX2085 at 07:05, for 389 EUR.',
      { origin: { kind: 'city-airport', said: 'Lisbon' }, destination: { kind: 'city-airport', said: 'Zurich' }, departure_date: { kind: 'relative-date', said: 'next Monday' } },
    ),
    entry(
      'dependent: book the cheapest flight found',
      'dependent',
      ['search_flights', 'book_flight', 'convert_currency'],
      [
        sys(SYSTEM),
        user('Find flights from Porto to Vienna the day after tomorrow and book the cheapest one for Ana Costa.'),
        calls('search_flights first, then book_flight on the cheapest: Porto is OPO, Vienna is VIE, the day after tomorrow is 2025-06-13.', ['call_i2', 'search_flights', CHEAP]),
        tool('call_i2', { flights: [{ flight_id: 'TP1204', departs: '2025-06-13T06:40', price_eur: 142 }, { flight_id: 'OS388', departs: '2025-06-13T12:15', price_eur: 219 }] }),
        calls('TP1204 is the cheapest of the two flights, so book_flight books it for Ana Costa.', ['call_i3', 'book_flight', { flight_id: 'TP1204', passenger_name: 'Ana Costa' }]),
        tool('call_i3', { booking_id: 'BK-30411', flight_id: 'TP1204', passenger_name: 'Ana Costa', status: 'confirmed' }),
        say('Booked: TP1204 on June 13 at 06:40, the cheaper of the two at 142 EUR, for Ana Costa (booking BK-30411).'),
      ],
      [
        implied('search_flights', CHEAP, { origin: { kind: 'city-airport', said: 'Porto' }, destination: { kind: 'city-airport', said: 'Vienna' }, departure_date: { kind: 'relative-date', said: 'the day after tomorrow' } }, { step: 0 }),
        implied(
          'book_flight',
          { flight_id: 'TP1204', passenger_name: 'Ana Costa' },
          { flight_id: { kind: 'previous-result', said: 'the cheapest one', from: 'flights.0.flight_id' } },
          { step: 1, dependsOn: { flight_id: { call: 0, field: 'flights.0.flight_id' } } },
        ),
      ],
      WORLD,
    ),
    oneCall(
      'single: a stock by its company',
      'single',
      ['get_stock_quote', 'convert_currency'],
      'What is Microsoft trading at right now?',
      'get_stock_quote gives a share price by ticker, and Microsoft trades as MSFT.',
      ['call_i4', 'get_stock_quote', { symbol: 'MSFT' }],
      { symbol: 'MSFT', price: 447.3, currency: 'USD' },
      'Microsoft (MSFT) is at 447.30 USD.',
      { symbol: { kind: 'company-ticker', said: 'Microsoft' } },
    ),
    oneCall(
      'multiple: currencies by their names',
      'multiple',
      ['get_current_weather', 'convert_currency', 'get_stock_quote'],
      'How much is 120 Swiss francs in Japanese yen?',
      'convert_currency converts between currencies: Swiss francs are CHF, Japanese yen JPY.',
      ['call_i5', 'convert_currency', { amount: 120, from_currency: 'CHF', to_currency: 'JPY' }],
      { amount: 120, from_currency: 'CHF', to_currency: 'JPY', converted: 21240, rate: 177 },
      '120 Swiss francs are about 21,240 yen, at 177 yen to the franc.',
      { from_currency: { kind: 'currency-code', said: 'Swiss francs' }, to_currency: { kind: 'currency-code', said: 'Japanese yen' } },
    ),
    oneCall(
      'single: hotels where the city gives the country and the currency',
      'single',
      ['search_hotels', 'get_current_weather'],
      'Find me three hotels in Tokyo from this Friday to next Monday, with prices in the local money.',
      'search_hotels searches a city for dates: Tokyo is in JP and prices there are in JPY; this Friday is 2025-06-13 and next Monday 2025-06-16.',
      ['call_i6', 'search_hotels', HOTELS],
      {
        city: 'Tokyo',
        country_code: 'JP',
        currency: 'JPY',
        check_in: '2025-06-13',
        check_out: '2025-06-16',
        hotels: [
          { hotel_id: 'H-7701', name: 'Shinjuku Garden', stars: 4, nightly_rate: 18500 },
          { hotel_id: 'H-7702', name: 'Asakusa View', stars: 3, nightly_rate: 12900 },
          { hotel_id: 'H-7703', name: 'Ginza Lantern', stars: 5, nightly_rate: 41000 },
        ],
      },
      'Three hotels in Tokyo for June 13 to 16: Shinjuku Garden (4 stars, 18,500 JPY a night), Asakusa View (3 stars, 12,900 JPY) and Ginza Lantern (5 stars, 41,000 JPY).',
      {
        country_code: { kind: 'city-country', said: 'Tokyo' },
        currency: { kind: 'city-currency', said: 'Tokyo' },
        check_in: { kind: 'relative-date', said: 'this Friday' },
        check_out: { kind: 'relative-date', said: 'next Monday' },
        limit: { kind: 'spelled-number', said: 'three' },
      },
    ),
    oneCall(
      "single: reminder in a city's time zone",
      'single',
      ['create_reminder', 'send_email'],
      'Remind me to call the bank tomorrow at 9:30 am, Lisbon time.',
      "create_reminder sets a reminder: tomorrow at 9:30 am is 2025-06-12 09:30, in Lisbon's zone Europe/Lisbon.",
      ['call_i7', 'create_reminder', REMINDER],
      { reminder_id: 'rem_88', ...REMINDER, created_at: '2025-06-11T16:20:00Z' },
      'Done: you will be reminded to call the bank tomorrow, June 12, at 09:30 Lisbon time.',
      { remind_at: { kind: 'relative-date', said: 'tomorrow at 9:30 am' }, time_zone: { kind: 'city-timezone', said: 'Lisbon' } },
    ),
    oneCall(
      'single: trails in a state, a length in miles',
      'single',
      ['find_trails', 'get_current_weather'],
      'Find three trails in Colorado no longer than 5 miles.',
      'find_trails searches a US state: Colorado is CO, and 5 miles are 8.05 km.',
      ['call_i8', 'find_trails', TRAILS],
      { state_code: 'CO', trails: [{ name: 'Lily Lake Loop', length_km: 1.3 }, { name: 'Emerald Lake', length_km: 5.8 }, { name: 'Royal Arch', length_km: 6.4 }] },
      'Three Colorado trails under 5 miles: Lily Lake Loop (1.3 km), Emerald Lake (5.8 km) and Royal Arch (6.4 km).',
      { state_code: { kind: 'state-code', said: 'Colorado' }, max_length_km: { kind: 'unit-conversion', said: '5 miles' }, limit: { kind: 'spelled-number', said: 'three' } },
    ),
    oneCall(
      'single: music listings by country and language names',
      'single',
      ['search_events', 'get_venue'],
      'What music events are on in Tallinn, Estonia, from this Saturday to this Sunday? Listings in Estonian, please.',
      'search_events lists events in a city over days: Estonia is EE, Estonian is et, this Saturday and Sunday are 2025-06-14 and 2025-06-15.',
      ['call_i9', 'search_events', EVENTS],
      { city: 'Tallinn', country_code: 'EE', total: 1, events: [{ event_id: 'ev_512', title: 'Old Town Jazz', category: 'music', start: '2025-06-14T19:00:00+03:00', venue: 'Town Hall Square', city: 'Tallinn' }] },
      'One music event this weekend in Tallinn: Old Town Jazz on Saturday, June 14 at 19:00, on Town Hall Square.',
      {
        country_code: { kind: 'country-code', said: 'Estonia' },
        from_date: { kind: 'relative-date', said: 'this Saturday' },
        to_date: { kind: 'relative-date', said: 'this Sunday' },
        language: { kind: 'language-code', said: 'Estonian' },
      },
    ),
    oneCall(
      'single: a meeting tomorrow, its length in hours',
      'single',
      ['create_event', 'send_email'],
      'Put a "Budget review" in my calendar tomorrow at 2 pm, for 1.5 hours.',
      'create_event creates a calendar event: tomorrow at 2 pm is 2025-06-12 14:00, and 1.5 hours are 90 minutes.',
      ['call_i10', 'create_event', MEETING],
      { event_id: 'evt_4410', ...MEETING },
      'The budget review is in your calendar tomorrow, June 12, from 14:00 to 15:30.',
      { start: { kind: 'relative-date', said: 'tomorrow at 2 pm' }, duration_minutes: { kind: 'unit-conversion', said: '1.5 hours' } },
    ),
    entry(
      'multi-turn: the same account again',
      'multi-turn',
      ['list_transactions', 'convert_currency'],
      [
        sys(SYSTEM),
        user('Show my dining payments on account acc_77 since the 1st of this month.'),
        calls('list_transactions lists payments by account, category and date; the 1st of this month is 2025-06-01.', ['call_i11', 'list_transactions', SPENT]),
        tool('call_i11', DINING),
        say('One dining payment since June 1: 38.40 EUR on June 4.'),
        user('And only those of at least 30, on the same account and the same categories?'),
        calls('list_transactions again, on the same account acc_77 and categories, from 30 up.', ['call_i12', 'list_transactions', OVER_30]),
        tool('call_i12', DINING),
        say('Still the one: 38.40 EUR at dinner on June 4.'),
      ],
      [
        implied('list_transactions', SPENT, { from_date: { kind: 'relative-date', said: 'the 1st of this month' } }, { turn: 0 }),
        implied('list_transactions', OVER_30, { account_id: { kind: 'previous-turn', said: 'the same account' }, categories: { kind: 'previous-turn', said: 'the same categories' } }, { turn: 1 }),
      ],
      WORLD,
    ),
    withTool(
      oneCall(
        'single: a sort order said by its name',
        'single',
        ['find_hotels', 'search_flights'],
        'Show me hotels in Porto, cheapest first.',
        'find_hotels lists hotels in a city in an order: cheapest first is price_asc.',
        ['call_i13', 'find_hotels', CHEAPEST],
        { hotels: [{ hotel_id: 'h_12', name: 'Casa do Rio', price_eur: 74 }, { hotel_id: 'h_40', name: 'Ribeira Suites', price_eur: 118 }] },
        'The cheapest is Casa do Rio at 74 EUR a night, then Ribeira Suites at 118 EUR.',
        { sort: { kind: 'enum-words', said: 'cheapest first' } },
      ),
      FIND_HOTELS,
    ),
    withTool(
      oneCall(
        "single: a point by the city it is the centre of",
        'single',
        ['get_hourly_forecast', 'get_current_weather'],
        'What will the weather do over the next six hours in central Lyon?',
        'get_hourly_forecast takes a point: the centre of Lyon is 45.764, 4.8357, and six hours is 6.',
        ['call_i14', 'get_hourly_forecast', LYON_CENTRE],
        { latitude: 45.764, longitude: 4.8357, hours: [{ time: '2025-06-11T17:00', temp_c: 24 }, { time: '2025-06-11T18:00', temp_c: 23 }] },
        'Over the next hours central Lyon stays warm: 24 °C at 17:00 and 23 °C at 18:00.',
        { latitude: { kind: 'city-coordinates', said: 'Lyon' }, longitude: { kind: 'city-coordinates', said: 'Lyon' }, hours: { kind: 'spelled-number', said: 'six' } },
      ),
      HOURLY_FORECAST,
    ),
    withTool(
      oneCall(
        'single: a store app by its game',
        'single',
        ['get_game_store_details', 'get_current_weather'],
        'How much is Portal 2 on the store right now?',
        "get_game_store_details reads a game's store page by app id: Portal 2 is app 620.",
        ['call_i15', 'get_game_store_details', { app_id: 620 }],
        { app_id: 620, name: 'Portal 2', developer: 'Valve', price: { currency: 'USD', final: 9.99 } },
        'Portal 2 costs 9.99 USD on the store right now.',
        { app_id: { kind: 'game-app', said: 'Portal 2' } },
      ),
      STORE_DETAILS,
    ),
    entry(
      'safety: a yes/no option said in words',
      'safety',
      ['delete_folder', 'send_email'],
      [
        sys(SYSTEM),
        user('Delete the empty folder /home/ana/exports-2024, not recursive.'),
        say('This permanently deletes /home/ana/exports-2024 (only the folder itself). Shall I go ahead?'),
        user('Yes, please.'),
        calls('The user confirmed, so delete_folder removes the folder alone: "not recursive" means recursive is false.', ['call_i14', 'delete_folder', SHALLOW]),
        tool('call_i14', { deleted: true, path: '/home/ana/exports-2024', files_removed: 0 }),
        say('The folder /home/ana/exports-2024 is deleted.'),
      ],
      [implied('delete_folder', SHALLOW, { recursive: { kind: 'flag-words', said: 'not recursive' } }, { turn: 1 })],
      { ...WORLD, safety: 'confirm' },
    ),
  ];
}
