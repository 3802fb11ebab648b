/**
 * Good records, one per defect class, each a function of what to break: called without
 * arguments it is a consistent little world; each option breaks it the way the generator
 * used to (a departure off the asked day, a base currency that comes back changed...).
 */
import type { CanonicalRecord, Message } from '../../core/record.js';
import { record, tool, SYSTEM, TODAY } from './fixture.js';

const date = { type: 'string', format: 'date' };
const str = { type: 'string' };
const num = { type: 'number' };

const FLIGHTS = tool('search_flight_offers', 'Search bookable flight offers between two airports, with price and stop filters.', {
  origin: { ...str, description: 'IATA code of the departure airport.' },
  destination: { ...str, description: 'IATA code of the arrival airport.' },
  departure_date: date,
  max_price: num,
  nonstop_only: { type: 'boolean' },
  limit: { type: 'integer' },
  currency: { ...str, default: 'EUR' },
});

export function flights(o: { price?: number; departs?: string; arrives?: string; offers?: number; stops?: number } = {}): CanonicalRecord {
  const offers = [
    { offer_id: 'OF7K2', carrier: 'Air France', departure_time: o.departs ?? '2025-06-20T08:10:00+02:00', arrival_time: o.arrives ?? '2025-06-20T10:40:00-04:00', stops: o.stops ?? 0, total_price: o.price ?? 540 },
    { offer_id: 'OF9Q1', carrier: 'Delta', departure_time: '2025-06-20T17:45:00+02:00', arrival_time: '2025-06-20T20:05:00-04:00', stops: 0, total_price: 590 },
    { offer_id: 'OF3X8', carrier: 'KLM', departure_time: '2025-06-20T12:00:00+02:00', arrival_time: '2025-06-20T14:30:00-04:00', stops: 0, total_price: 575 },
  ].slice(0, o.offers ?? 2);
  return record({
    tools: [FLIGHTS],
    user: 'Find me a direct flight from Paris CDG to JFK on June 20 under 600 euros, two options at most.',
    steps: [[{ name: 'search_flight_offers', args: { origin: 'CDG', destination: 'JFK', departure_date: '2025-06-20', max_price: 600, nonstop_only: true, limit: 2 }, result: { currency: 'EUR', offers } }]],
  });
}

const RATES = tool('get_exchange_rates', 'Get reference exchange rates from one base currency to several others.', {
  base_currency: { ...str, default: 'USD' },
  quote_currencies: { type: 'array', items: str },
});

export function rates(o: { sentBase?: string; gotBase?: string; quote?: string; list?: readonly (readonly [string, number])[] } = {}): CanonicalRecord {
  const args: Record<string, unknown> = { quote_currencies: [o.quote ?? 'GBP', 'JPY'] };
  if (o.sentBase !== undefined) args.base_currency = o.sentBase;
  return record({
    tools: [RATES],
    user: 'What are the rates to the pound and the yen?',
    steps: [[{ name: 'get_exchange_rates', args, result: { base_currency: o.gotBase ?? o.sentBase ?? 'USD', date: TODAY, rates: (o.list ?? [[o.quote ?? 'GBP', 0.74], ['JPY', 144.2]]).map(([currency, rate]) => ({ currency, rate })) } }]],
  });
}

const CREATE_EVENT = tool('create_calendar_event', "Create an event in the user's calendar.", { title: str, start: { type: 'string', format: 'date-time' }, end: { type: 'string', format: 'date-time' }, time_zone: str, notes: str });
const UPDATE_EVENT = tool('update_calendar_event', 'Change an existing event: move it, rename it or change its notes.', { event_id: str, changes: { type: 'object', properties: { title: str } } });

export function calendar(o: { createdAt?: string; start?: string; end?: string; zone?: string; renamed?: string; system?: string } = {}): CanonicalRecord {
  const start = o.start ?? '2025-06-05T09:30:00+02:00';
  return record({
    system: o.system,
    tools: [CREATE_EVENT, UPDATE_EVENT],
    user: 'Put a design review on Thursday at 9:30 for an hour, then rename it Design sync.',
    steps: [
      [{ name: 'create_calendar_event', args: { title: 'Design review', start, end: o.end ?? '2025-06-05T10:30:00+02:00', time_zone: o.zone ?? 'Europe/Paris' }, result: { event_id: 'EV51K2', title: 'Design review', start, created_at: o.createdAt ?? `${TODAY}T08:12:00Z` } }],
      [{ name: 'update_calendar_event', args: { event_id: 'EV51K2', changes: { title: 'Design sync' } }, result: { event_id: 'EV51K2', title: o.renamed ?? 'Design sync', updated_at: `${TODAY}T08:13:00Z` } }],
    ],
  });
}

const RESERVE = tool('reserve_restaurant_table', 'Reserve a table at a restaurant for a party at a given time.', { restaurant_id: str, reservation_time: { type: 'string', format: 'date-time' }, party_size: { type: 'integer' } });
const SEARCH_RESTAURANTS = tool('search_restaurants', 'Search restaurants in a city by cuisine and rating.', { city: str, cuisine: str, min_rating: num });

export function dinner(o: { at?: string; city?: string; cuisine?: string; name?: string } = {}): CanonicalRecord {
  return record({
    tools: [SEARCH_RESTAURANTS, RESERVE],
    user: 'Find a good Italian place in Lyon and book the first one for four on Friday at 19:30.',
    steps: [
      [{ name: 'search_restaurants', args: { city: 'Lyon', cuisine: 'italian', min_rating: 4 }, result: { restaurants: [{ restaurant_id: 'RS4410', name: o.name ?? 'Casa Lucia', cuisine: o.cuisine ?? 'Italian', rating: 4.5, city: o.city ?? 'Lyon' }], total: 1 } }],
      [{ name: 'reserve_restaurant_table', args: { restaurant_id: 'RS4410', reservation_time: o.at ?? '2025-06-06T19:30:00+02:00', party_size: 4 }, result: { reservation_id: 'RZ0012', status: 'confirmed' } }],
    ],
  });
}

export function news(o: { published?: string; language?: string; country?: string; description?: string; variant?: string } = {}): CanonicalRecord {
  const t = tool('search_news_articles', 'Search recent news articles by keyword, language and country.', { q: str, language: str, country: str });
  return record({
    tools: [t],
    user: 'Any French news about the tram strike?',
    steps: [[{ name: 'search_news_articles', args: { q: 'tram strike', language: o.language ?? 'fr', country: o.country ?? 'FR' }, result: { articles: [{ title: 'Tram strike ends after two days', published_at: o.published ?? '2025-06-01T18:00:00Z', description: o.description ?? 'Drivers voted to return to work after a deal on night shifts.', source_name: 'Le Progres' }, ...(o.variant ? [{ title: o.variant, published_at: '2025-06-01T09:00:00Z', source_name: 'Le Monde' }] : [])], total_results: o.variant ? 2 : 1 } }]],
  });
}

export function rule(o: { ruleId?: string; name?: string } = {}): CanonicalRecord {
  const t = tool('delete_home_automation_rule', 'Permanently delete an automation rule from the hub.', { rule_id: str });
  const g = tool('get_home_automation_rule', 'Get an automation rule of the hub with its name and trigger.', { rule_id: str });
  return record({
    tools: [g, t],
    user: 'What is rule R-8812 called?',
    steps: [[{ name: 'get_home_automation_rule', args: { rule_id: o.ruleId ?? 'R-8812' }, result: { rule_id: o.ruleId ?? 'R-8812', name: o.name ?? 'Porch lights at sunset', enabled: true } }]],
  });
}

export function ipLookup(o: { ip?: string } = {}): CanonicalRecord {
  const t = tool('lookup_ip_reputation', 'Look up the abuse reputation of an IP address.', { ip_address: { ...str, description: 'IPv4 or IPv6 address.' } });
  return record({
    tools: [t],
    user: 'Is 203.0.113.7 known for abuse?',
    steps: [[{ name: 'lookup_ip_reputation', args: { ip_address: o.ip ?? '203.0.113.7' }, result: { ip_address: o.ip ?? '203.0.113.7', abuse_score: 12, country: 'NL' } }]],
  });
}

export const MUSIC_SEARCH = 'search_music_catalog';
export function music(o: { query?: string } = {}): CanonicalRecord {
  const t = tool(MUSIC_SEARCH, 'Search the streaming catalog for tracks, albums, artists or playlists by free text.', { query: str, limit: { type: 'integer' } });
  return record({
    tools: [t],
    user: 'Find Kind of Blue.',
    steps: [[{ name: MUSIC_SEARCH, args: { query: o.query ?? 'Kind of Blue', limit: 5 }, result: { results: [{ id: 'AL1959', type: 'album', name: 'Kind of Blue', artist: 'Miles Davis' }] } }]],
  });
}

/** A record whose one free-text field says `note`. */
export function note(note: string, id: string): CanonicalRecord {
  const t = tool('add_to_watchlist', 'Add a ticker to a watchlist with a note.', { symbol: str, note: str });
  return record({ id, tools: [t], user: `Watch MSFT and note: ${note}`, steps: [[{ name: 'add_to_watchlist', args: { symbol: 'MSFT', note }, result: { symbol: 'MSFT', added: true } }]] });
}

export function budget(o: { year?: number } = {}): CanonicalRecord {
  const t = tool('create_monthly_budget', 'Create a monthly budget with a spending limit per category.', { year: { type: 'integer' }, month: { type: 'integer' }, currency: str, categories: { type: 'array' } });
  const categories = [{ category: 'groceries', limit: 400 }, { category: 'dining', limit: 150 }];
  const year = o.year ?? 2025;
  return record({
    tools: [t],
    user: `Set up my budget for July ${year}: 400 euros for groceries and 150 for dining.`,
    steps: [[{ name: 'create_monthly_budget', args: { year, month: 7, currency: 'EUR', categories }, result: { budget_id: 'BG2207', year, month: 7, currency: 'EUR', total_limit: 550, categories } }]],
  });
}

export function address(o: { country?: string } = {}): CanonicalRecord {
  const t = tool('validate_shipping_address', 'Validate and normalise a postal address.', { address: { type: 'object' } });
  const a = { street: '12 Rue de la Republique', city: 'Lyon', postal_code: '69002', country: o.country ?? 'FR' };
  return record({ tools: [t], user: 'Check 12 Rue de la Republique, 69002 Lyon.', steps: [[{ name: 'validate_shipping_address', args: { address: a }, result: { valid: true, normalized: a } }]] });
}

export function cases(o: { count?: number } = {}): CanonicalRecord {
  const t = tool('search_court_opinions', 'Search court opinions by free text and court.', { query: str, court: str });
  return record({
    tools: [t],
    user: 'Find opinions on tenant deposits.',
    steps: [[{ name: 'search_court_opinions', args: { query: 'tenant security deposit' }, result: { count: o.count ?? 2, results: [{ opinion_id: 'OP-1', case_name: 'Martin v. Dubois' }, { opinion_id: 'OP-2', case_name: 'Garcia v. Rossi' }] } }]],
  });
}

/** A dependent chain: the first call's result gives the second call its id. */
export function chain(o: { from?: 'bill' | 'restaurant' | 'order' | 'light' } = {}): CanonicalRecord {
  const t = (name: string, d: string, p: string) => tool(name, d, { [p]: str });
  switch (o.from ?? 'restaurant') {
    case 'bill':
      return record({
        tools: [t('get_bill_status', 'Get the legislative status of a bill.', 'bill_id'), t('pay_utility_bill', 'Pay a utility bill.', 'bill_id')],
        user: 'Check the status of the housing bill, then pay that bill.',
        steps: [[{ name: 'get_bill_status', args: { congress: 119 }, result: { bill_id: 'HR-2231', status: 'in committee' } }], [{ name: 'pay_utility_bill', args: { bill_id: 'HR-2231' }, result: { payment_id: 'PM771', status: 'paid' } }]],
      });
    case 'order':
      return record({
        tools: [t('list_orders', 'List the orders of the shop.', 'status'), t('get_customer', 'Get a customer of the shop.', 'customer_id')],
        user: 'Who placed the latest open order?',
        steps: [[{ name: 'list_orders', args: { status: 'open' }, result: { orders: [{ order_id: 'ORD-5521', total: 42.5 }] } }], [{ name: 'get_customer', args: { customer_id: 'ORD-5521' }, result: { customer_id: 'ORD-5521', name: 'Anna Martin' } }]],
      });
    case 'light':
      return record({
        tools: [t('set_smart_light_state', 'Turn smart lights on or off.', 'device_id'), t('set_smart_lock_state', 'Lock or unlock a smart lock.', 'device_id')],
        user: 'Turn on the hall light, then unlock that device.',
        steps: [[{ name: 'set_smart_light_state', args: { room: 'hall', on: true }, result: { results: [{ device_id: 'LT-0042', on: true }] } }], [{ name: 'set_smart_lock_state', args: { device_id: 'LT-0042', locked: false }, result: { device_id: 'LT-0042', locked: false } }]],
      });
    case 'restaurant':
      return record({
        tools: [SEARCH_RESTAURANTS, RESERVE],
        user: 'Find a sushi place in Lyon and book it for two tomorrow at 20:00.',
        steps: [
          [{ name: 'search_restaurants', args: { city: 'Lyon', cuisine: 'japanese' }, result: { restaurants: [{ restaurant_id: 'RS9001', name: 'Sushi Kyo', cuisine: 'Japanese', city: 'Lyon' }] } }],
          [{ name: 'reserve_restaurant_table', args: { restaurant_id: 'RS9001', reservation_time: '2025-06-03T20:00:00+02:00', party_size: 2 }, result: { reservation_id: 'RZ31', status: 'confirmed' } }],
        ],
      });
  }
}
export const CHAIN_DOMAINS: ReadonlyMap<string, string> = new Map([
  ['get_bill_status', 'government'], ['pay_utility_bill', 'energy'], ['list_orders', 'e-commerce'], ['get_customer', 'e-commerce'],
  ['set_smart_light_state', 'home-automation'], ['set_smart_lock_state', 'home-automation'], ['search_restaurants', 'food'], ['reserve_restaurant_table', 'food'],
  ['search_home_devices', 'home-automation'],
]);

/** A smart-home device search: devices are what it searches, not shopping. */
export function devices(o: { query?: string } = {}): CanonicalRecord {
  const t = tool('search_home_devices', 'Search the devices of the smart home.', { query: str });
  return record({ tools: [t], user: `Find my ${o.query ?? 'robot vacuum'}.`, steps: [[{ name: 'search_home_devices', args: { query: o.query ?? 'robot vacuum' }, result: { devices: [{ device_id: 'D-1', name: o.query ?? 'robot vacuum' }] } }]] });
}

const RULE_PROMPT = `${SYSTEM} Before anything that deletes, cancels, pays, sends or buys, ask the user to confirm.`;
const ASK: Message[] = [
  { role: 'assistant', content: 'Just to confirm: you want me to delete post P-77. This cannot be undone. Shall I go ahead?' },
  { role: 'user', content: 'Yes, go ahead.' },
];

/** A clarifying question ("What ... should I use?") answered with "Sure, ...": not a confirmation round. */
const CLARIFY: Message[] = [
  { role: 'assistant', content: 'I can show the comments, but I need the post first. What post id should I use?' },
  { role: 'user', content: 'Sure, post P-77.' },
];

export function deletion(o: { confirmed?: boolean; readOnly?: boolean; clarified?: boolean } = {}): CanonicalRecord {
  const del = tool('delete_social_post', 'Delete one of the account posts.', { post_id: str });
  const get = tool('get_post_comment_thread', 'Get the comment thread of a post.', { post_id: str });
  const call = o.readOnly ? { name: 'get_post_comment_thread', args: { post_id: 'P-77' }, result: { post_id: 'P-77', comments: [] } } : { name: 'delete_social_post', args: { post_id: 'P-77' }, result: { post_id: 'P-77', deleted: true } };
  return record({ system: RULE_PROMPT, tools: [get, del], user: o.readOnly ? 'Show me the comments on post P-77.' : 'Delete my post P-77.', before: o.clarified ? CLARIFY : o.confirmed === false ? [] : ASK, steps: [[call]] });
}

export function tv(o: { twin?: boolean; currency?: string } = {}): CanonicalRecord {
  const season = tool('get_tv_season', 'Get the episodes of one season of a TV series.', { series_id: str, season: { type: 'integer' } });
  const movie = tool('get_movie_details', 'Get the cast, runtime and ratings of a movie.', { movie_id: str });
  const aud = tool('get_tv_season_in_aud', 'Get the episodes of a season of a TV series, with prices in Australian dollars.', { series_id: str, season: { type: 'integer' }, currency: str });
  const callAud = o.currency !== undefined;
  return record({
    tools: o.twin ? [season, movie, aud] : callAud ? [movie, aud] : [season, movie],
    user: 'List season 2 of series TT-88.',
    steps: [[callAud ? { name: 'get_tv_season_in_aud', args: { series_id: 'TT-88', season: 2, currency: o.currency }, result: { series_id: 'TT-88', season: 2, episodes: [] } } : { name: 'get_tv_season', args: { series_id: 'TT-88', season: 2 }, result: { series_id: 'TT-88', season: 2, episodes: [{ episode: 1, title: 'Pilot' }] } }]],
  });
}

const ALARM = tool('arm_home_alarm', 'Arm or disarm the home alarm panel in a given mode.', {
  panel_id: str,
  mode: { ...str, enum: ['armed_away', 'armed_home', 'armed_night', 'armed_vacation', 'disarmed'] },
});
const LOCK = tool('set_smart_lock_state', 'Lock or unlock a smart door lock.', { lock_id: str, action: { ...str, enum: ['lock', 'unlock'] } });
const THERMOSTAT = tool('set_thermostat', 'Set a thermostat mode and fan.', { device_id: str, fan_mode: { ...str, enum: ['auto', 'on', 'circulate'] } });

/** A panel armed for the night and the front door locked; the state each result reports is the asked one. */
export function alarm(o: { state?: string; lockState?: string } = {}): CanonicalRecord {
  return record({
    tools: [ALARM, LOCK, THERMOSTAT],
    user: 'Arm the alarm for the night, lock the front door and set the fan to circulate.',
    steps: [
      [
        { name: 'arm_home_alarm', args: { panel_id: 'PNL-1', mode: 'armed_night' }, result: { panel_id: 'PNL-1', state: o.state ?? 'armed_night', previous_state: 'disarmed' } },
        { name: 'set_smart_lock_state', args: { lock_id: 'FRONT', action: 'lock' }, result: { lock_id: 'FRONT', state: o.lockState ?? 'locked' } },
        // Another qualifier, another vocabulary: the fan's mode says nothing of the heating's.
        { name: 'set_thermostat', args: { device_id: 'T-1', fan_mode: 'circulate' }, result: { device_id: 'T-1', fan_mode: 'circulate', hvac_mode: 'auto' } },
      ],
    ],
  });
}

const DELETE_POST = tool('delete_social_post', 'Delete one of the account posts.', { post_id: str });

/** Three posts deleted one after the other, each answer stamped when it happened; `third` restamps the last. */
export function threeDeletions(o: { third?: string } = {}): CanonicalRecord {
  const del = (id: string, at: string) => [{ name: 'delete_social_post', args: { post_id: id }, result: { post_id: id, deleted: true, deleted_at: at } }];
  return record({
    tools: [DELETE_POST],
    user: 'Delete my posts P-1, P-2 and P-3, one at a time.',
    steps: [del('P-1', `${TODAY}T18:45:00Z`), del('P-2', `${TODAY}T18:45:00Z`), del('P-3', o.third ?? `${TODAY}T18:49:00Z`)],
  });
}

const CLAIM = tool('file_insurance_claim', 'File a claim against an insurance policy.', {
  policy_number: str,
  claimant: { type: 'object', properties: { name: str, email: { ...str, format: 'email' } } },
});

/**
 * A claim filed by the policyholder, answered with the adjuster who handles it; each person's
 * address is their own (`adjusterEmail` or `claimantEmail` gives one another person's), and the
 * claims desk writes from a role address.
 */
export function claim(o: { adjusterEmail?: string; claimantEmail?: string } = {}): CanonicalRecord {
  return record({
    tools: [CLAIM],
    user: `File a claim on policy DA-4276 for me, Ana María Núñez, ${o.claimantEmail ?? 'ana.nunez@example.com'}.`,
    steps: [
      [
        {
          name: 'file_insurance_claim',
          args: { policy_number: 'DA-4276', claimant: { name: 'Ana María Núñez', email: o.claimantEmail ?? 'ana.nunez@example.com' } },
          result: {
            claim_number: 'CL-77',
            adjuster: { name: 'Belle Thiel', email: o.adjusterEmail ?? 'belle.thiel@insurer.example', phone: '+33 4 72 00 00 00' },
            desk: { name: 'Claims Desk', email: 'claims@insurer.example' },
            handler_name: 'Jo Ng',
            handler_email: 'jng@insurer.example',
          },
        },
      ],
    ],
  });
}

const SHOP = tool('search_products', 'Search the shop catalogue by keyword.', { q: str, max_results: { type: 'integer' } });

/** A shop search: products have editions (a "Gaggia Classic Pro"); `snippet` gives one a sentence with an edition tail. */
export function shop(o: { snippet?: string } = {}): CanonicalRecord {
  return record({
    tools: [SHOP],
    user: 'Show me two Gaggia Classic coffee machines from the shop.',
    steps: [[{ name: 'search_products', args: { q: 'gaggia classic', max_results: 2 }, result: { products: [{ product_id: 'P-1', name: 'Gaggia Classic', price: 249 }, { product_id: 'P-2', name: 'Gaggia Classic Pro', price: 399, ...(o.snippet ? { snippet: o.snippet } : {}) }] } }]],
  });
}

const OUT_OF_OFFICE = tool('set_out_of_office', 'Turn on an out-of-office reply for a period.', { start: { type: 'string', format: 'date-time' }, end: { type: 'string', format: 'date-time' }, message: str });

/** An out-of-office from Monday to Friday: a thing that lasts days. */
export function outOfOffice(): CanonicalRecord {
  return record({
    tools: [OUT_OF_OFFICE],
    user: 'I am away from Monday 9 June to Friday 13 June, set my out-of-office.',
    steps: [[{ name: 'set_out_of_office', args: { start: '2025-06-09T08:00:00+02:00', end: '2025-06-13T18:00:00+02:00', message: 'Back on 16 June.' }, result: { enabled: true, start: '2025-06-09T08:00:00+02:00', end: '2025-06-13T18:00:00+02:00' } }]],
  });
}

const FLIGHT_STATUS = tool('get_flight_status', 'Real-time status of a flight on a date.', { carrier_code: str, flight_number: str, departure_date: date });

/** Air France 6 from CDG to JFK today, 25 minutes late: 8 h 25 in the air, estimated times shifted by the delay. */
export function flightStatus(o: { arrives?: string; estimated?: string; date?: string; status?: string } = {}): CanonicalRecord {
  const day = o.date ?? TODAY;
  return record({
    tools: [FLIGHT_STATUS],
    user: `Is AF 6 on time on ${day}?`,
    steps: [[{
      name: 'get_flight_status',
      args: { carrier_code: 'AF', flight_number: '6', departure_date: day },
      result: {
        flight: 'AF6',
        status: o.status ?? 'delayed',
        departure: { airport: 'CDG', scheduled: `${day}T08:30:00Z`, estimated: `${day}T08:55:00Z` },
        arrival: { airport: 'JFK', scheduled: o.arrives ?? `${day}T16:55:00Z`, estimated: o.estimated ?? `${day}T17:20:00Z` },
        delay_minutes: 25,
      },
    }]],
  });
}

const ALERTS = tool('get_severe_weather_alerts', 'Active severe weather alerts for a country or region.', { country_code: str, region: str });

/** Heat and a thunderstorm over Andalusia, issued by Spain's weather service; each option breaks one alert's words. */
export function alerts(o: { headline?: string; issuer?: string } = {}): CanonicalRecord {
  return record({
    tools: [ALERTS],
    user: 'Any weather alerts for Andalusia in Spain?',
    steps: [[{
      name: 'get_severe_weather_alerts',
      args: { country_code: 'ES', region: 'Andalusia' },
      result: {
        alerts: [
          { alert_id: 'AL-1', event: 'heat', severity: 'severe', headline: o.headline ?? 'Heat warning in effect until 6 pm for Andalusia and surrounding areas', issuer: o.issuer ?? 'AEMET' },
          { alert_id: 'AL-2', event: 'thunderstorm', severity: 'moderate', headline: 'Thunderstorm watch in effect until midnight for Seville and surrounding areas', issuer: 'AEMET' },
        ],
        count: 2,
      },
    }]],
  });
}

const PLAYBACK = tool('control_music_playback', 'Play, pause or skip on a speaker.', { device_id: str, action: { ...str, enum: ['play', 'pause', 'next', 'previous'] } });

/** Music paused on the kitchen speaker: the result's flag says it is not playing (`playing` breaks it). */
export function playback(o: { playing?: boolean } = {}): CanonicalRecord {
  return record({
    tools: [PLAYBACK],
    user: 'Pause the music in the kitchen.',
    steps: [[{ name: 'control_music_playback', args: { device_id: 'SPK-KITCHEN', action: 'pause' }, result: { device_id: 'SPK-KITCHEN', is_playing: o.playing ?? false, progress_ms: 81000 } }]],
  });
}

const ROUTE_WEATHER = tool('get_route_weather', 'Weather along a route at the expected time of passage.', { waypoints: { type: 'array', items: { type: 'object' } }, units: { ...str, enum: ['metric', 'imperial'] } });

/** A drive from Lyon into the Alps in January: rain in the valley, snow on the pass; `o` breaks the pass. */
export function routeWeather(o: { passTemp?: number; passRoad?: string; valleyRoad?: string } = {}): CanonicalRecord {
  return record({
    tools: [ROUTE_WEATHER],
    user: 'What is the weather on my drive from Lyon to the Col du Lautaret tomorrow?',
    steps: [[{
      name: 'get_route_weather',
      args: { waypoints: [{ latitude: 45.764, longitude: 4.8357, eta: '2025-06-03T08:00:00Z' }, { latitude: 45.0336, longitude: 6.4053, eta: '2025-06-03T10:30:00Z' }], units: 'metric' },
      result: {
        points: [
          { label: 'Lyon', eta: '2025-06-03T08:00:00Z', temperature: 9.5, condition: 'rain', road_surface: o.valleyRoad ?? 'wet' },
          { label: 'Col du Lautaret', eta: '2025-06-03T10:30:00Z', temperature: o.passTemp ?? -1.5, condition: 'snow', road_surface: o.passRoad ?? 'snow_covered' },
        ],
        worst_condition: 'snow',
      },
    }]],
  });
}

const CLAIM_STATUS = tool('get_claim_status', 'Status of an insurance claim.', { claim_number: str, include_payments: { type: 'boolean', default: true } });
const ADJUST_STOCK = tool('adjust_inventory_level', 'Adjust the stock of a SKU at a location by a signed amount.', { sku: str, delta: { type: 'integer' } });
const CREATE_PLAYLIST = tool('create_music_playlist', 'Create a playlist in the user library.', { name: str });

/**
 * Three calls that each can say too much or too little: a claim's status without its payments
 * (`payments` returns them), stock of 6 taken down by 4 (`left` says what is left), and a
 * playlist the service refuses to create (`notFound` answers "no record matches" about its name).
 */
export function stockAndClaim(o: { payments?: boolean; left?: number; notFound?: boolean } = {}): CanonicalRecord {
  const refused = o.notFound
    ? { error: { code: 'NOT_FOUND', status: 404, message: 'No record matches name Kitchen mix', param: 'name' } }
    : { error: { code: 'INVALID_ARGUMENT', status: 400, message: 'The name Kitchen mix is not valid for create_music_playlist', param: 'name' } };
  return record({
    tools: [CLAIM_STATUS, ADJUST_STOCK, CREATE_PLAYLIST],
    user: 'Where is claim CL-88 (no payments needed), take 4 of SKU-12 out of stock, and make a playlist called Kitchen mix.',
    steps: [[
      { name: 'get_claim_status', args: { claim_number: 'CL-88', include_payments: false }, result: { claim_number: 'CL-88', stage: 'in_review', ...(o.payments ? { payments: [{ payment_id: 'PY-1', amount: 120 }] } : {}) } },
      { name: 'adjust_inventory_level', args: { sku: 'SKU-12', delta: -4 }, result: { sku: 'SKU-12', previous_quantity: 6, available_quantity: o.left ?? 2 } },
      { name: 'create_music_playlist', args: { name: 'Kitchen mix' }, result: refused },
    ]],
  });
}

const SEARCH_COURSES = tool('search_online_courses', 'Search online courses by topic.', { topic: str });
const GRADES = tool('get_student_grades', "A student's grades in a course.", { student_id: str, course_id: str });
const RENAME_COURSE = tool('update_course', 'Change a course of the catalogue.', { course_id: str, title: str });

/** A course found, then its grades, then renamed by the user; `renamed` gives the grades another course's name. */
export function courseGrades(o: { renamed?: string } = {}): CanonicalRecord {
  return record({
    tools: [SEARCH_COURSES, GRADES, RENAME_COURSE],
    user: 'Find a linear algebra course, show my grades in the first one (I am S-77), then rename it Linear Algebra I.',
    steps: [
      [{ name: 'search_online_courses', args: { topic: 'linear algebra' }, result: { courses: [{ course_id: 'CRS-4412', title: 'Introduction to Linear Algebra', weeks: 6 }] } }],
      [{ name: 'get_student_grades', args: { student_id: 'S-77', course_id: 'CRS-4412' }, result: { student_id: 'S-77', courses: [{ course_id: 'CRS-4412', course_name: o.renamed ?? 'Introduction to Linear Algebra', current_score: 81.5 }] } }],
      [{ name: 'update_course', args: { course_id: 'CRS-4412', title: 'Linear Algebra I' }, result: { course_id: 'CRS-4412', title: 'Linear Algebra I', updated: true } }],
    ],
  });
}

const SEARCH_MOVIES = tool('search_movies', 'Search movies by title words and year.', { query: str, year: num });
const MOVIE_DETAILS = tool('get_movie_details', 'Details of one movie.', { movie_id: num });

/** A movie found by year, then its details; `title` and `released` give the details another movie's. */
export function movieDetails(o: { title?: string; released?: string } = {}): CanonicalRecord {
  return record({
    tools: [SEARCH_MOVIES, MOVIE_DETAILS],
    user: 'Find sci-fi movies from 2022 and give me the details of the first one.',
    steps: [
      [{ name: 'search_movies', args: { query: 'sci-fi', year: 2022 }, result: { total_results: 2, results: [{ movie_id: 597000, title: 'Orbit Nine', release_date: '2022-08-25' }, { movie_id: 307000, title: 'Cold Stars', release_date: '2022-03-02' }] } }],
      [{ name: 'get_movie_details', args: { movie_id: 597000 }, result: { movie_id: 597000, title: o.title ?? 'Orbit Nine', release_date: o.released ?? '2022-08-25', runtime_minutes: 103 } }],
    ],
  });
}

const LINE_USAGE = tool('get_mobile_line_usage', "A mobile line's usage in the current billing cycle, optionally day by day.", { msisdn: str });
const METRICS = tool('query_metrics', 'Run a PromQL range query over a time window.', { query: str, start: str, end: str });

/** A line's usage day by day up to today and a metrics window of last week; `ahead` dates the last day, `window` the window, after today. */
export function lineUsage(o: { ahead?: boolean; window?: boolean } = {}): CanonicalRecord {
  const start = o.window ? '2025-06-09T08:00:00Z' : '2025-05-26T08:00:00Z';
  return record({
    tools: [LINE_USAGE, METRICS],
    user: 'How much data have I used this cycle on +4915112345678, day by day? And the 5xx rate of checkout from 8:00 last Monday.',
    steps: [[
      { name: 'get_mobile_line_usage', args: { msisdn: '+4915112345678' }, result: { msisdn: '+4915112345678', cycle_start: '2025-05-20', cycle_end: '2025-06-19', data_used_mb: 512.4, daily: [{ date: '2025-05-31', data_mb: 120.2 }, { date: '2025-06-01', data_mb: 84.5 }, { date: o.ahead ? '2025-06-03' : TODAY, data_mb: 40.1 }] } },
      { name: 'query_metrics', args: { query: 'sum(rate(http_requests_total{job="checkout",code=~"5.."}[5m]))', start, end: start.replace('08:00', '09:00') }, result: { result_type: 'matrix', series: [{ labels: 'checkout', points: [{ timestamp: start, value: 0.02 }, { timestamp: start.replace('08:00', '09:00'), value: 0.03 }] }] } },
    ]],
  });
}

const UPSERT_CONTACT = tool('upsert_contact', 'Add or update a contact by email.', { email: str, last_name: str });
const SEND_SMS = tool('send_sms', 'Send a text message.', { to: str, body: str });

/** Two contacts saved (one updated, `created: false`) and a text sent; `answer` reports on them, `refused` makes the text refused. */
export function contactsSaved(o: { answer?: string; refused?: boolean } = {}): CanonicalRecord {
  return record({
    tools: [UPSERT_CONTACT, SEND_SMS],
    user: 'Save Boehm at roberto.boehm@contoso.com and willa@example.net, and text Willa that the job log says "3 tests failed".',
    steps: [[
      { name: 'upsert_contact', args: { email: 'roberto.boehm@contoso.com', last_name: 'Boehm' }, result: { contact_id: 'Z0KJE1Z7', email: 'roberto.boehm@contoso.com', created: false, updated_at: `${TODAY}T13:15:00Z` } },
      { name: 'upsert_contact', args: { email: 'willa@example.net', last_name: 'Boehm' }, result: { contact_id: 'HVKY8LRU', email: 'willa@example.net', created: true } },
      { name: 'send_sms', args: { to: '+4915112345678', body: 'The job log says 3 tests failed' }, result: o.refused ? { message_id: 'SM-1', status: 'rejected' } : { message_id: 'SM-1', status: 'queued' } },
    ]],
    answer: o.answer ?? 'Both contacts are saved (Z0KJE1Z7 updated, HVKY8LRU new) and the text "The job log says 3 tests failed" is queued.',
  });
}

const MEAL_PLAN = tool('generate_meal_plan', 'Generate a day of meals for a diet, excluding disliked ingredients.', { diet: str, exclude: { type: 'array', items: str } });

/** A vegan day without olives; `dish` puts another dish in it. */
export function veganPlan(o: { dish?: string } = {}): CanonicalRecord {
  return record({
    tools: [MEAL_PLAN],
    user: 'Plan me a vegan day, no olives please.',
    steps: [[{ name: 'generate_meal_plan', args: { diet: 'vegan', exclude: ['olives'] }, result: { plan_id: 'MP-1', days: [{ meals: [{ slot: 'breakfast', title: 'Tofu Scramble', calories: 420 }, { slot: 'lunch', title: o.dish ?? 'Lentil Bolognese', calories: 650 }, { slot: 'dinner', title: 'Chana Masala', calories: 700 }], total_calories: 1770 }] } }]],
  });
}

const CLINIC = tool('book_clinic_appointment', 'Book an appointment with a practitioner.', { practitioner_id: str, start: str });
const TRADEMARKS = tool('search_trademark_registry', 'Search registered trademarks by their text.', { mark_text: str });

/** A visit booked and a mark searched; `instructions` and `mark` give them text of another purpose. */
export function visitAndMark(o: { instructions?: string; mark?: string } = {}): CanonicalRecord {
  const mark = o.mark ?? 'QUICKPEAK';
  return record({
    tools: [CLINIC, TRADEMARKS],
    user: `Book me with PR-12 on the 4th at 9:00, and is ${mark} taken as a trademark?`,
    steps: [[
      { name: 'book_clinic_appointment', args: { practitioner_id: 'PR-12', start: '2025-06-04T09:00:00Z' }, result: { appointment_id: 'AP-3', status: 'booked', instructions: o.instructions ?? 'Please arrive 15 minutes early to complete the forms' } },
      { name: 'search_trademark_registry', args: { mark_text: mark }, result: { total: 1, marks: [{ serial_number: '90123456', mark_text: mark.toUpperCase(), status: 'live' }] } },
    ]],
  });
}

const REMOVE_TRACKS = tool('remove_tracks_from_playlist', 'Remove tracks from a playlist.', { playlist_id: str, tracks: { type: 'array', items: str } });

/** Two tracks removed; `removed` and `notFound` give the counts the result reports. */
export function tracksRemoved(o: { removed?: number; notFound?: number } = {}): CanonicalRecord {
  return record({
    tools: [REMOVE_TRACKS],
    user: 'Take tracks TR-1 and TR-2 off my Running playlist PL-9.',
    steps: [[{ name: 'remove_tracks_from_playlist', args: { playlist_id: 'PL-9', tracks: ['TR-1', 'TR-2'] }, result: { snapshot_id: 'SN-4', removed_count: o.removed ?? 2, ...(o.notFound === undefined ? {} : { skipped: o.notFound }) } }]],
  });
}

/** A templated email to two recipients, with template variables beside them: `accepted` of the recipients went through. */
export function emailBatch(o: { accepted?: number } = {}): CanonicalRecord {
  const t = tool('send_templated_email', 'Send a templated email to recipients.', { template_id: str, recipients: { type: 'array', items: { type: 'object', properties: { email: str } } }, variables: { type: 'array', items: { type: 'object', properties: { key: str, value: str } } } });
  const args = { template_id: 'h-2t0x3b', recipients: [{ email: 'ana@example.org' }, { email: 'ben@example.org' }], variables: [{ key: 'first_name', value: 'Ana' }, { key: 'order', value: '24081' }, { key: 'city', value: 'Lyon' }] };
  return record({ tools: [t], user: 'Send template h-2t0x3b to ana@example.org and ben@example.org with first_name Ana, order 24081 and city Lyon.', steps: [[{ name: 'send_templated_email', args, result: { batch_id: 'B-7', accepted: o.accepted ?? 2, rejected: 0, status: 'queued' } }]] });
}

const RECALLS = tool('get_vehicle_recalls', 'Safety recalls of a vehicle by make, model and year.', { make: str, model: str, model_year: num });

/** Recalls of a 2015 Ford Explorer; `make` names another maker. */
export function recalls(o: { make?: string } = {}): CanonicalRecord {
  const make = o.make ?? 'Ford';
  return record({
    tools: [RECALLS],
    user: `Any recalls on a 2015 ${make} Explorer?`,
    steps: [[{ name: 'get_vehicle_recalls', args: { make, model: 'Explorer', model_year: 2015 }, result: { count: 1, recalls: [{ campaign_number: '15V-123', component: 'steering', summary: 'The steering column bolt may loosen' }] } }]],
  });
}

const SCORES = tool('get_live_scores', 'Scoreboard of a sport and league for a day.', { sport: str, league: str });

/** Tonight's NBA scores; `sport` asks them in another sport. */
export function scores(o: { sport?: string } = {}): CanonicalRecord {
  const sport = o.sport ?? 'basketball';
  return record({
    tools: [SCORES],
    user: `NBA scores tonight? (${sport})`,
    steps: [[{ name: 'get_live_scores', args: { sport, league: 'NBA' }, result: { games: [{ game_id: 'G-1', home_team: 'Denver Nuggets', away_team: 'Utah Jazz', home_score: 104, away_score: 99, status: 'final' }] } }]],
  });
}

const CONCERTS = tool('find_artist_concerts', 'Upcoming concerts of an artist.', { artist_name: str });

/** An artist's next shows; `city` moves Madison Square Garden there. */
export function concerts(o: { city?: string } = {}): CanonicalRecord {
  return record({
    tools: [CONCERTS],
    user: 'When does Incubus play next?',
    steps: [[{ name: 'find_artist_concerts', args: { artist_name: 'Incubus' }, result: { events: [{ event_id: 'EV-1', datetime: '2025-06-20T20:00:00-04:00', venue: 'Madison Square Garden', city: o.city ?? 'New York' }, { event_id: 'EV-2', datetime: '2025-06-24T20:00:00+10:00', venue: 'Riverside Theatre', city: 'Brisbane' }] } }]],
  });
}

const STANDINGS = tool('get_league_standings', 'The table of a league.', { league: str });

/** The top of the Premier League; `row` changes the second team's row. */
export function standings(o: { row?: Record<string, unknown>; league?: string } = {}): CanonicalRecord {
  return record({
    tools: [STANDINGS],
    user: 'How does the Premier League table look?',
    steps: [[{ name: 'get_league_standings', args: { league: o.league ?? 'EPL' }, result: { league: o.league ?? 'EPL', table: [{ rank: 1, team: 'Riverside United', played: 16, wins: 11, draws: 3, losses: 2, points: 36 }, { rank: 2, team: 'Capital Rovers', played: 16, wins: 10, draws: 4, losses: 2, points: 34, ...o.row }] } }]],
  });
}

const FOOD_ORDER = tool('create_food_delivery_order', 'Order food for delivery from a restaurant.', { restaurant_id: str, tip_amount: num });

/** Dinner ordered with a 5.00 tip, due 40 minutes later; `eta` and `total` break it. */
export function foodDelivery(o: { eta?: string; total?: number } = {}): CanonicalRecord {
  return record({
    tools: [FOOD_ORDER],
    user: 'Order my usual from RS-31 with a 5 euro tip.',
    steps: [[{ name: 'create_food_delivery_order', args: { restaurant_id: 'RS-31', tip_amount: 5 }, result: { order_id: 'OR-9', status: 'placed', subtotal: 24.5, delivery_fee: 2.99, total: o.total ?? 32.49, currency: 'EUR', estimated_delivery_at: o.eta ?? `${TODAY}T19:40:00Z` } }]],
  });
}

/** Every good record above, unbroken. */
const BOARD = tool('get_live_scores', 'Scoreboard of a sport and league for a day.', { sport: str, league: str });
const BOX = tool('get_game_box_score', 'The box score of one game.', { game_id: str });
const FIXTURES = tool('get_team_schedule', 'The fixtures of a team.', { team_id: str });

/**
 * Today's EPL board (a final of this afternoon, a game tonight), the final's box score and a
 * team's fixtures (last week's result, next week's game). `game` edits tonight's game, `board`
 * the board's day, `periods` the box score's, `fixture` next week's game, `sport` the sport asked.
 */
export function scoreboard(o: { game?: Record<string, unknown>; board?: string; periods?: number[]; fixture?: Record<string, unknown>; sport?: string; league?: string } = {}): CanonicalRecord {
  const games = [
    { game_id: 'G-1', home_team: 'Riverside United', away_team: 'Capital Rovers', home_score: 2, away_score: 1, status: 'final', start_time: `${TODAY}T12:30:00Z` },
    { game_id: 'G-2', home_team: 'Northside Athletic', away_team: 'Eastgate Wolves', status: 'scheduled', start_time: `${TODAY}T19:45:00Z`, ...o.game },
  ];
  const periods = (o.periods ?? [1, 2]).map((period, i) => ({ period, home: i === 0 ? 1 : 1, away: i === 0 ? 0 : 1 }));
  const fixtures = [
    { game_id: 'G-0', opponent: 'Westfield Lions', start_time: '2025-05-26T14:00:00Z', result: 'W 3-1' },
    { game_id: 'G-3', opponent: 'Bay City Comets', start_time: '2025-06-09T14:00:00Z', ...o.fixture },
  ];
  return record({
    tools: [BOARD, BOX, FIXTURES],
    user: 'How did Riverside United do today, and when do they play next?',
    steps: [
      [{ name: 'get_live_scores', args: { sport: o.sport ?? 'soccer', league: o.league ?? 'EPL' }, result: { date: o.board ?? TODAY, games } }],
      [{ name: 'get_game_box_score', args: { game_id: 'G-1' }, result: { game_id: 'G-1', status: 'final', periods } }],
      [{ name: 'get_team_schedule', args: { team_id: 'RIV' }, result: { team: 'Riverside United', games: fixtures } }],
    ],
  });
}

const TOURS = tool('search_tours_and_activities', 'Tours and activities at a destination.', { destination: str });
const OUTLOOK = tool('get_hourly_outlook', 'The hourly weather at a point.', { latitude: { type: 'number' }, longitude: { type: 'number' } });

/** Tours of Vienna and the hourly outlook at its centre; `title` retitles the first tour, `zone` the outlook's time zone, `to` adds an origin. */
export function viennaTours(o: { title?: string; zone?: string; destination?: string; origin?: string } = {}): CanonicalRecord {
  return record({
    tools: [TOURS, OUTLOOK],
    user: 'What tours are there in Vienna, and what is the weather there this afternoon?',
    steps: [
      [
        {
          name: 'search_tours_and_activities',
          args: { destination: o.destination ?? 'Vienna', ...(o.origin ? { origin: o.origin } : {}) },
          result: { activities: [{ activity_id: 'A-1', title: o.title ?? 'Guided walking tour of Vienna', guide_name: 'Florence Austin' }, { activity_id: 'A-2', title: 'Evening boat cruise on the Danube' }] },
        },
        { name: 'get_hourly_outlook', args: { latitude: 48.2082, longitude: 16.3738 }, result: { latitude: 48.2082, longitude: 16.3738, timezone: o.zone ?? 'Europe/Vienna', hourly: [{ time: `${TODAY}T14:00:00Z`, temperature: 21.5 }] } },
      ],
    ],
  });
}

const CRASH = tool('get_crash_safety_rating', 'Crash test ratings of a vehicle.', { make: str, model: str, model_year: { type: 'integer' } });

/** The crash rating of a 2014 Subaru Impreza; `vehicle` redescribes the vehicle rated, `summary` adds a text naming a maker. */
export function crashRating(o: { vehicle?: string; summary?: string } = {}): CanonicalRecord {
  return record({
    tools: [CRASH],
    user: 'How safe is a 2014 Subaru Impreza in a crash?',
    steps: [[{ name: 'get_crash_safety_rating', args: { make: 'Subaru', model: 'Impreza', model_year: 2014 }, result: { vehicle_description: o.vehicle ?? '2014 Subaru Impreza', overall_rating: 4, ...(o.summary ? { summary: o.summary } : {}) } }]],
  });
}

const SALARY = tool('get_salary_benchmark', 'Salary percentiles of a job title in a country.', { job_title: str, country_code: str });
const TRIAGE = tool('assess_symptoms', 'Possible conditions for a set of symptoms.', { symptoms: { type: 'array', items: str } });

/** A nurse's salary percentiles in France and a triage of a cough; `percentiles` and `probabilities` replace theirs. */
export function benchmarks(o: { percentiles?: Record<string, number>; probabilities?: number[] } = {}): CanonicalRecord {
  const ps = o.probabilities ?? [0.55, 0.3];
  return record({
    tools: [SALARY, TRIAGE],
    user: 'What does a nurse earn in France? And what could my cough be?',
    steps: [
      [
        { name: 'get_salary_benchmark', args: { job_title: 'Nurse', country_code: 'FR' }, result: { currency: 'EUR', percentiles: o.percentiles ?? { p10: 27500, p25: 31000, p50: 35500, p75: 41000, p90: 47000 } } },
        { name: 'assess_symptoms', args: { symptoms: ['cough'] }, result: { possible_conditions: ps.map((probability, i) => ({ name: ['common cold', 'bronchitis', 'allergies'][i], probability })) } },
      ],
    ],
  });
}

const SERVICE = tool('book_vehicle_service_appointment', 'Book a service at a garage.', { shop_id: str, appointment_time: { type: 'string', format: 'date-time' } });
const VIEWING = tool('schedule_property_tour', 'Ask for a viewing at preferred times.', { property_id: str, preferred_times: { type: 'array', items: { type: 'string', format: 'date-time' } } });

/** A service on the 7th at 12:15 and a viewing at one of two times; `confirmed` and `tour` say when each was booked. */
export function bookings(o: { confirmed?: string; tour?: string } = {}): CanonicalRecord {
  return record({
    tools: [SERVICE, VIEWING],
    user: 'Book my car in at the garage on the 7th at 12:15, and ask for a viewing of the flat on the 5th at 13:15 or 17:00.',
    steps: [
      [
        { name: 'book_vehicle_service_appointment', args: { shop_id: 'S-1', appointment_time: '2025-06-07T12:15:00Z' }, result: { appointment_id: 'AP-1', confirmed_time: o.confirmed ?? '2025-06-07T12:15:00Z' } },
        { name: 'schedule_property_tour', args: { property_id: 'P-1', preferred_times: ['2025-06-05T13:15:00Z', '2025-06-05T17:00:00Z'] }, result: { tour_request_id: 'T-1', status: 'confirmed', confirmed_time: o.tour ?? '2025-06-05T17:00:00Z' } },
      ],
    ],
  });
}

const TABLE = tool('reserve_restaurant_table', 'Reserve a table.', { restaurant_id: str, party_size: { type: 'integer' }, reservation_time: { type: 'string', format: 'date-time' }, special_requests: str });
const APPLY = tool('submit_job_application', 'Apply to a job.', { job_id: str, cover_letter: str });

/** A table for two tonight at 19:45 and a job application; `deadline`, `request` and `letter` replace theirs. */
export function tableAndApplication(o: { deadline?: string; request?: string; letter?: string } = {}): CanonicalRecord {
  return record({
    tools: [TABLE, APPLY],
    user: 'Book a table for two tonight at 19:45 by the window, and send my application for job J-7.',
    steps: [
      [
        {
          name: 'reserve_restaurant_table',
          args: { restaurant_id: 'R-1', party_size: 2, reservation_time: `${TODAY}T19:45:00Z`, special_requests: o.request ?? 'A table by the window, please' },
          result: { reservation_id: 'RS-1', status: 'confirmed', reservation_time: `${TODAY}T19:45:00Z`, cancellation_deadline: o.deadline ?? `${TODAY}T17:00:00Z` },
        },
        { name: 'submit_job_application', args: { job_id: 'J-7', cover_letter: o.letter ?? 'I would love to be considered for this role, after seven years of customer support' }, result: { application_id: 'AP-7', status: 'submitted' } },
      ],
    ],
  });
}

const SEND = tool('send_templated_email', 'Send an email from a template, now or at a set time.', { template_id: str, send_at: { type: 'string', format: 'date-time' } });

/** An email set to go next Monday, queued as scheduled; `status` replaces its status, `at` its day. */
export function laterEmail(o: { status?: string; at?: string } = {}): CanonicalRecord {
  return record({
    tools: [SEND],
    user: 'Send the welcome email next Monday at 9.',
    steps: [[{ name: 'send_templated_email', args: { template_id: 'welcome', send_at: o.at ?? '2025-06-09T09:00:00Z' }, result: { message_id: 'M-1', status: o.status ?? 'scheduled' } }]],
  });
}

const STOCK = tool('get_warehouse_stock_levels', 'Stock of a SKU per warehouse.', { sku: str });

/** A SKU's stock in two warehouses, one under its reorder point; `row` edits the second warehouse. */
export function stockLevels(o: { row?: Record<string, unknown>; threshold?: number } = {}): CanonicalRecord {
  return record({
    tools: [STOCK],
    user: 'How much of SKU A-1 do we have left?',
    steps: [[{ name: 'get_warehouse_stock_levels', args: { sku: 'A-1', ...(o.threshold === undefined ? {} : { low_stock_threshold: o.threshold }) }, result: { items: [{ warehouse_id: 'W-1', available: 3, reorder_point: 10, low_stock: true, in_stock: true }, { warehouse_id: 'W-2', available: 42, low_stock: false, in_stock: true, ...o.row }] } }]],
  });
}

/** Owned games by their real store app ids, then one game's store page. */
export function ownedGames(o: { firstName?: string; count?: number } = {}): CanonicalRecord {
  const list = tool('get_player_owned_games', 'List the games a player owns.', { player_id: str });
  const page = tool('get_game_store_details', 'Store page of a game.', { app_id: num });
  return record({
    tools: [list, page],
    user: 'Which games do I own, and what does the first one cost?',
    steps: [
      [{ name: 'get_player_owned_games', args: { player_id: '7656119' }, result: { game_count: o.count ?? 2, games: [{ app_id: 548430, name: o.firstName ?? 'Deep Rock Galactic' }, { app_id: 367520, name: 'Hollow Knight' }] } }],
      [{ name: 'get_game_store_details', args: { app_id: 548430 }, result: { app_id: 548430, name: 'Deep Rock Galactic', developer: 'Ghost Ship Games' } }],
    ],
  });
}

/** A box score and an injury report: the players of one game and of one team. */
export function boxScore(o: { thirdTeam?: boolean; position?: string } = {}): CanonicalRecord {
  const box = tool('get_game_box_score', 'Box score of a game.', { game_id: str });
  const injuries = tool('get_team_injury_report', 'Injuries of a team.', { team_id: str });
  const top = [
    { player: 'Ana Ruiz', team: 'Riverside United', points: 21 },
    { player: 'Li Wei', team: 'Northside Comets', points: 19 },
    { player: 'Sam Cole', team: o.thirdTeam ? 'Eastgate Rovers' : 'Riverside United', points: 14 },
  ];
  return record({
    tools: [box, injuries],
    user: 'How did game G-1 go, and who is hurt on team T-1?',
    steps: [
      [
        { name: 'get_game_box_score', args: { game_id: 'G-1' }, result: { game_id: 'G-1', status: 'final', top_players: top } },
        { name: 'get_team_injury_report', args: { team_id: 'T-1' }, result: { team: 'Riverside United', players: [{ player: 'Jo Park', position: 'point guard', status: 'out' }, { player: 'Max Bell', position: o.position ?? 'center', status: 'day_to_day' }] } },
      ],
    ],
  });
}

/** Earthquakes around Jakarta. */
export function quakes(o: { place?: string } = {}): CanonicalRecord {
  const t = tool('search_earthquake_catalog', 'Earthquakes around a point.', { latitude: num, longitude: num, radius_km: num });
  return record({
    tools: [t],
    user: 'Any earthquakes within 200 km of -6.2, 106.8 lately?',
    steps: [[{ name: 'search_earthquake_catalog', args: { latitude: -6.2, longitude: 106.8, radius_km: 200 }, result: { events: [{ event_id: 'E1', magnitude: 5.1, place: o.place ?? '40 km SSW of Jakarta' }, { event_id: 'E2', magnitude: 4.7, place: 'Jakarta' }] } }]],
  });
}

/** A phone number's details. */
export function phoneInfo(o: { country?: string; national?: string } = {}): CanonicalRecord {
  const t = tool('lookup_phone_number_info', 'Details of a phone number.', { phone_number: str });
  return record({
    tools: [t],
    user: 'Whose number is +34911234567?',
    steps: [[{ name: 'lookup_phone_number_info', args: { phone_number: '+34911234567' }, result: { phone_number: '+34911234567', valid: true, country_code: o.country ?? 'ES', national_format: o.national ?? '911 23 45 67' } }]],
  });
}

/** Works citing a paper of 2024. */
export function citations(o: { year?: number; count?: number } = {}): CanonicalRecord {
  const t = tool('get_paper_citations', 'Works citing a paper.', { doi: str });
  return record({
    tools: [t],
    user: 'Who cites 10.1073/pnas.2024.11111?',
    steps: [[{ name: 'get_paper_citations', args: { doi: '10.1073/pnas.2024.11111' }, result: { doi: '10.1073/pnas.2024.11111', citation_count: o.count ?? 2, works: [{ title: 'A follow-up', year: o.year ?? 2025 }, { title: 'A review', year: 2024 }] } }]],
  });
}

/** An article's full text with its word count. */
export function articleText(o: { words?: number } = {}): CanonicalRecord {
  const t = tool('get_news_article_content', 'Full text of an article.', { article_url: str });
  const text = 'Officials said on Monday that the new rules would take effect next month.';
  return record({
    tools: [t],
    user: 'What does https://news.example.com/a1 say?',
    steps: [[{ name: 'get_news_article_content', args: { article_url: 'https://news.example.com/a1' }, result: { url: 'https://news.example.com/a1', text, word_count: o.words ?? 13, char_count: text.length } }]],
  });
}

/** A song recognised from audio, with its artist and album. */
export function songMatch(o: { artist?: string; lengthMs?: number } = {}): CanonicalRecord {
  const t = tool('identify_song_from_audio', 'Name the song in an audio clip.', { audio_url: str });
  return record({
    tools: [t],
    user: 'What song is https://audio.example.com/c1?',
    steps: [[{ name: 'identify_song_from_audio', args: { audio_url: 'https://audio.example.com/c1' }, result: { matched: true, title: 'Bohemian Rhapsody', artist: o.artist ?? 'Queen', album: 'A Night at the Opera', duration_ms: o.lengthMs ?? 354000 } }]],
  });
}

/** A student's grades with their GPA, and a UV reading with its risk. */
export function marksAndUv(o: { letter?: string; gpa?: number; risk?: string } = {}): CanonicalRecord {
  const grades = tool('get_student_grades', "A student's grades.", { student_id: str });
  const uv = tool('get_uv_index', 'UV index at a point.', { latitude: num, longitude: num });
  return record({
    tools: [grades, uv],
    user: 'How is student S-1 doing, and how strong is the sun here?',
    steps: [
      [
        { name: 'get_student_grades', args: { student_id: 'S-1' }, result: { student_id: 'S-1', gpa: o.gpa ?? 3.15, courses: [{ course_id: 'C1', current_score: 88.5, letter_grade: o.letter ?? 'B+' }, { course_id: 'C2', current_score: 84, letter_grade: 'B' }] } },
        { name: 'get_uv_index', args: { latitude: 45.76, longitude: 4.84 }, result: { uv_index: 6.4, uv_max: 7.1, risk_level: o.risk ?? 'high' } },
      ],
    ],
  });
}

/** Lab results and a recipe, each measured in its own units. */
export function measured(o: { sodiumUnit?: string; oilUnit?: string; statUnit?: string } = {}): CanonicalRecord {
  const labs = tool('get_patient_observations', "A patient's lab results.", { patient_id: str });
  const recipe = tool('get_recipe_instructions', 'A recipe with its ingredients.', { recipe_id: num });
  const crops = tool('get_crop_production_stats', 'Crop statistics for a state.', { commodity: str });
  return record({
    tools: [labs, recipe, crops],
    user: 'Show the latest labs of patient P-1, the ingredients of recipe 12 and the oat statistics.',
    steps: [
      [
        { name: 'get_patient_observations', args: { patient_id: 'P-1' }, result: { patient_id: 'P-1', observations: [{ display: 'Sodium', value: 141, unit: o.sodiumUnit ?? 'mmol/L' }, { display: 'Hemoglobin A1c', value: 5.4, unit: '%' }, { display: 'White blood cell count', value: 6.2, unit: '10^9/L' }] } },
        { name: 'get_recipe_instructions', args: { recipe_id: 12 }, result: { recipe_id: 12, ingredients: [{ name: 'vegetable oil', amount: 2, unit: o.oilUnit ?? 'tbsp' }, { name: 'white flour', amount: 250, unit: 'g' }] } },
        { name: 'get_crop_production_stats', args: { commodity: 'oats' }, result: { commodity: 'oats', rows: [{ year: 2024, statistic: 'yield', value: 68.5, unit: o.statUnit ?? 'bu/ac' }, { year: 2024, statistic: 'area_planted', value: 120000, unit: 'ac' }] } },
      ],
    ],
  });
}

/** A grid's carbon intensity, a field's soil and a recipe's servings, each of a size they have. */
export function gridAndSoil(o: { intensity?: number; ph?: number; shares?: readonly number[]; servings?: number } = {}): CanonicalRecord {
  const grid = tool('get_grid_carbon_intensity', 'Carbon intensity of a grid zone.', { zone: str });
  const soil = tool('get_soil_survey', 'Soils of a field.', { field_id: str });
  const recipe = tool('get_recipe_instructions', 'A recipe.', { recipe_id: num });
  const shares = o.shares ?? [55.5, 30, 12.5];
  return record({
    tools: [grid, soil, recipe],
    user: 'How clean is the GB grid now, what soils does field F-1 have, and how many does recipe 12 serve?',
    steps: [
      [
        { name: 'get_grid_carbon_intensity', args: { zone: 'GB' }, result: { zone: 'GB', current: { carbon_intensity_g_per_kwh: o.intensity ?? 182 } } },
        { name: 'get_soil_survey', args: { field_id: 'F-1' }, result: { map_units: shares.map((p, i) => ({ soil_name: ['Drummer', 'Clarion', 'Tama'][i % 3], percent_of_field: p, ph: i === 0 ? o.ph ?? 6.4 : 6.8 })) } },
        { name: 'get_recipe_instructions', args: { recipe_id: 12 }, result: { recipe_id: 12, servings: o.servings ?? 4 } },
      ],
    ],
  });
}

/** A decoded VIN with its engine. */
export function vinDecoded(o: { cylinders?: number; horsepower?: number; make?: string } = {}): CanonicalRecord {
  const t = tool('decode_vehicle_vin', 'Decode a VIN.', { vin: str });
  const result = { vin: '1HGCM82633A004352', make: o.make ?? 'Honda', model: 'Accord', model_year: 2003, engine: { cylinders: o.cylinders ?? 4, horsepower: o.horsepower ?? 160 } };
  return record({ tools: [t], user: 'What car is VIN 1HGCM82633A004352?', steps: [[{ name: 'decode_vehicle_vin', args: { vin: '1HGCM82633A004352' }, result }]] });
}

/** Shipping rates compared, then the first bought at its quoted amount. */
export function labelBought(o: { charged?: number } = {}): CanonicalRecord {
  const rates = tool('compare_shipping_rates', 'Compare carrier rates for a parcel.', { to_postal_code: str });
  const buy = tool('buy_shipping_label', 'Buy a label for a rate.', { rate_id: str });
  return record({
    tools: [rates, buy],
    user: 'Compare rates to T4I 3E3, then buy the first one.',
    steps: [
      [{ name: 'compare_shipping_rates', args: { to_postal_code: 'T4I 3E3' }, result: { shipment_id: 'SH-1', rates: [{ rate_id: 'RT-1', carrier: 'USPS', amount: 343.32 }, { rate_id: 'RT-2', carrier: 'UPS', amount: 173.34 }] } }],
      [{ name: 'buy_shipping_label', args: { rate_id: 'RT-1' }, result: { label_id: 'LB-1', amount_charged: o.charged ?? 343.32 } }],
    ],
  });
}

/** A meeting of three, one of them optional and unavailable. */
export function meetingFound(o: { unavailable?: readonly string[]; participants?: readonly string[]; conferenceUrl?: string } = {}): CanonicalRecord {
  const t = tool('schedule_group_meeting', 'Find a slot and book a meeting.', { title: str, add_video_conference: { type: 'boolean' } });
  const participants = (o.participants ?? ['ana.silva@example.com', 'bo.chen@example.com', 'cy.dahl@example.com']).map((email, i) => (i === 1 ? { email, optional: true } : { email }));
  const result = { event_id: 'EV-1', start: '2025-06-12T10:00:00Z', unavailable_optional: o.unavailable ?? ['bo.chen@example.com'], ...(o.conferenceUrl ? { conference_url: o.conferenceUrl } : {}) };
  return record({ tools: [t], user: 'Book a meeting with Ana, Cy and (if free) Bo, no video call.', steps: [[{ name: 'schedule_group_meeting', args: { title: 'Sync', participants, add_video_conference: false }, result }]] });
}

/** A vandalism claim told as one. */
export function lossClaim(o: { description?: string } = {}): CanonicalRecord {
  const t = tool('file_insurance_claim', 'File a claim on a policy.', { policy_number: str, loss_type: str, description: str });
  const args = { policy_number: 'HO-1', loss_type: 'vandalism', description: o.description ?? 'Graffiti was sprayed on the garage door' };
  return record({ tools: [t], user: `File a vandalism claim on HO-1: ${args.description}.`, steps: [[{ name: 'file_insurance_claim', args, result: { claim_number: 'CL-1', status: 'reported' } }]] });
}

/** Two reminders of an event at 10:00 on 2025-06-12: a day and an hour before. */
export function eventReminders(o: { secondFires?: string } = {}): CanonicalRecord {
  const t = tool('set_event_reminders', 'Set the reminders of an event.', { event_id: str });
  return record({
    tools: [t],
    user: 'Remind me about E-1 a day and an hour before.',
    steps: [[{ name: 'set_event_reminders', args: { event_id: 'E-1' }, result: { event_id: 'E-1', reminders: [{ method: 'email', minutes_before: 1440, fires_at: '2025-06-11T10:00:00Z' }, { method: 'popup', minutes_before: 60, fires_at: o.secondFires ?? '2025-06-12T09:00:00Z' }] } }]],
  });
}

/** A job search with a yearly minimum, and a posting paying within it. */
export function jobSearch(o: { minAnnual?: number; salaryMin?: number } = {}): CanonicalRecord {
  const t = tool('search_job_postings', 'Search open job postings.', { keywords: str, salary_filter: { type: 'object', properties: { min_annual: num, currency: str } } });
  const args = { keywords: 'accountant', salary_filter: { min_annual: o.minAnnual ?? 45000, currency: 'EUR' } };
  return record({
    tools: [t],
    user: `Accountant jobs paying at least ${args.salary_filter.min_annual} EUR a year?`,
    steps: [[{ name: 'search_job_postings', args, result: { total: 1, results: [{ job_id: 'J-1', title: 'Accountant', salary_min: o.salaryMin ?? 52000, salary_max: 90000, currency: 'EUR' }] } }]],
  });
}

/** A leaderboard score the service turned down: nothing moved. */
export function scoreRefused(o: { changed?: boolean; rankNew?: number } = {}): CanonicalRecord {
  const t = tool('submit_leaderboard_score', 'Submit a score to a leaderboard.', { app_id: num, score: num });
  return record({
    tools: [t],
    user: 'Submit 51 to the Dota 2 leaderboard.',
    steps: [[{ name: 'submit_leaderboard_score', args: { app_id: 570, score: 51 }, result: { accepted: false, score_changed: o.changed ?? false, global_rank_previous: 14, global_rank_new: o.rankNew ?? 14 } }]],
    answer: 'The score was not accepted; you stay at rank 14.',
  });
}

export const GOOD: readonly (() => CanonicalRecord)[] = [flights, rates, calendar, dinner, news, rule, ipLookup, music, budget, address, cases, chain, deletion, tv, alarm, threeDeletions, claim, shop, flightStatus, alerts, playback, routeWeather, stockAndClaim, courseGrades, foodDelivery, movieDetails, lineUsage, contactsSaved, veganPlan, visitAndMark, tracksRemoved, recalls, scores, concerts, standings, scoreboard, viennaTours, crashRating, benchmarks, bookings, tableAndApplication, laterEmail, stockLevels, ownedGames, boxScore, quakes, phoneInfo, citations, articleText, songMatch, marksAndUv, lossClaim, eventReminders, jobSearch, scoreRefused, measured, gridAndSoil, vinDecoded, labelBought, meetingFound, giftBought, foodOrdered, patentFound, windowMeeting, cveFound, comparablesFound, hotelsFound, billScheduled, storePage, twoPayments, codeApplied, recallFound, pointNamed, gradedInCourse, postPublished, gridIntensity, textDelivered, starPosition, claimWaiting, lineCycle, carQuote, priceHistory, vitalsRecorded, recipesFound, interactionsChecked, hourlyForecast, marineDays, usageDays, serviceDown, tableWaitlisted, devicesListed, osloWeather, mortgageOffers, autoQuote, listing, meetingUpdated, flightsNumbered, parcelJourney, quietUpdate, jobPosting, listingComps, nowPlaying, meterHistory, flightBooked];

/** A filter on the name of another thing (the map) beside items with names of their own (the servers). */
export function gameServers(o: { mapName?: string } = {}): CanonicalRecord {
  const t = tool('list_game_servers', 'List game servers, filtered by map.', { map_name: str, region: str });
  const servers = [
    { server_id: 'GS-1', name: 'EU Ranked 1', map_name: o.mapName ?? 'Dust Valley', players: 12 },
    { server_id: 'GS-2', name: 'EU Casual 4', map_name: 'Dust Valley', players: 7 },
  ];
  return record({ tools: [t], user: 'Which servers run the Dust Valley map?', steps: [[{ name: 'list_game_servers', args: { map_name: 'Dust Valley' }, result: { servers } }]] });
}

/** A parcel's scan history (a history tool) with its estimated delivery, which looks ahead. */
export function parcel(o: { scanned?: string } = {}): CanonicalRecord {
  const t = tool('track_parcel_shipment', 'Track a parcel: its scan history and estimated delivery.', { tracking_number: str });
  return record({
    tools: [t],
    user: 'Where is parcel 1Z999AA10123456784?',
    steps: [[{ name: 'track_parcel_shipment', args: { tracking_number: '1Z999AA10123456784' }, result: { status: 'in_transit', estimated_delivery: '2025-06-05', history: [{ scanned_at: o.scanned ?? '2025-05-31T14:00:00Z', location: 'Lyon' }] } }]],
  });
}

/** A game gift bought, and a label voided. */
export function giftBought(o: { status?: string; refund?: string; charged?: number; currency?: string } = {}): CanonicalRecord {
  const gift = tool('purchase_game_gift', 'Buy a game as a gift for another player.', { app_id: num, recipient_player_id: str });
  const voided = tool('void_shipping_label', 'Void an unused shipping label for a refund.', { label_id: str });
  return record({
    tools: [gift, voided],
    user: 'Gift Portal 2 to player 7656 and void label LB-9.',
    steps: [[
      { name: 'purchase_game_gift', args: { app_id: 620, recipient_player_id: '7656' }, result: { order_id: 'OR-1', status: o.status ?? 'delivered', amount_charged: o.charged ?? 9.99, currency: o.currency ?? 'USD' } },
      { name: 'void_shipping_label', args: { label_id: 'LB-9' }, result: { label_id: 'LB-9', refund_status: o.refund ?? 'submitted', refund_amount: 12.5 } },
    ]],
  });
}

/** A food order in the user's yen. */
export function foodOrdered(o: { total?: number } = {}): CanonicalRecord {
  const t = tool('create_food_delivery_order', 'Place a food delivery order.', { restaurant_id: str });
  return record({ tools: [t], user: 'Order from R-1.', steps: [[{ name: 'create_food_delivery_order', args: { restaurant_id: 'R-1' }, result: { order_id: 'O-1', status: 'placed', total: o.total ?? 2860, currency: 'JPY' } }]] });
}

/** A patent looked up: granted in 2019, in force for years yet. */
export function patentFound(o: { status?: string; expiry?: string } = {}): CanonicalRecord {
  const t = tool('get_patent_details', 'Get the details of a patent by its publication number.', { publication_number: str });
  return record({ tools: [t], user: 'What about patent US10123456B2?', steps: [[{ name: 'get_patent_details', args: { publication_number: 'US10123456B2' }, result: { publication_number: 'US10123456B2', title: 'Liquid cooling of servers', legal_status: o.status ?? 'active', expiry_date: o.expiry ?? '2037-03-01' } }]] });
}

/** A meeting found in a window of two relative dates, the pick explained. */
export function windowMeeting(o: { reasoning?: string } = {}): CanonicalRecord {
  const t = tool('schedule_group_meeting', 'Find a slot and book a meeting.', { title: str, window: { type: 'object', properties: { earliest_date: str, latest_date: str } } });
  const r = record({ tools: [t], user: 'Book a sync between the 10th of next month and the 18th.', steps: [[{ name: 'schedule_group_meeting', args: { title: 'Sync', window: { earliest_date: '2025-07-10', latest_date: '2025-07-18' } }, result: { event_id: 'EV-2', start: '2025-07-10T10:00:00Z' } }]] });
  const why = o.reasoning ?? 'schedule_group_meeting books it, with earliest_date 2025-07-10 ("the 10th of next month").';
  return { ...r, messages: r.messages.map((m) => (m.role === 'assistant' && m.tool_calls ? { ...m, reasoning: why } : m)) };
}

/** A CVE looked up: a high-severity CVSS v3 score. */
export function cveFound(o: { score?: number; severity?: string; modified?: string; cwe?: string; cpe?: string } = {}): CanonicalRecord {
  const t = tool('get_cve_details', 'Get the record of one CVE.', { cve_id: str });
  const result = {
    cve_id: 'CVE-2024-36718',
    description: 'A path traversal flaw in the file upload handler of Jenkins lets an attacker read arbitrary files',
    published: '2024-06-11T09:15:00Z',
    last_modified: o.modified ?? '2024-06-20T14:02:00Z',
    cwe_ids: [o.cwe ?? 'CWE-22'],
    affected_cpes: [o.cpe ?? 'cpe:2.3:a:jenkins:jenkins:2.440:*:*:*:lts:*:*:*'],
    cvss_v3: { base_score: o.score ?? 7.5, severity: o.severity ?? 'high', vector_string: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N' },
  };
  return record({ tools: [t], user: 'What is CVE-2024-36718?', steps: [[{ name: 'get_cve_details', args: { cve_id: 'CVE-2024-36718' }, result }]] });
}

/** The comparable sales of a property: two other properties. */
export function comparablesFound(o: { firstId?: string } = {}): CanonicalRecord {
  const t = tool('get_comparable_sales', 'Find recently sold homes similar to a property.', { property_id: str });
  const result = { subject_property_id: 'PR-1', comparables: [{ property_id: o.firstId ?? 'PR-7', sold_price: 412000 }, { property_id: 'PR-9', sold_price: 398000 }] };
  return record({ tools: [t], user: 'Comparable sales for PR-1?', steps: [[{ name: 'get_comparable_sales', args: { property_id: 'PR-1' }, result }]] });
}

/** Hotels found for three nights: rates and totals in cents. */
export function hotelsFound(o: { rate?: number } = {}): CanonicalRecord {
  const t = tool('search_hotel_offers', 'Search hotel offers in a city for given dates.', { city: str, check_in: date, check_out: date, max_nightly_rate: num });
  const rate = o.rate ?? 151.6;
  const result = { currency: 'EUR', hotels: [{ hotel_id: 'H-1', name: 'Lakeside Inn', nightly_rate: rate, total_price: Math.round(rate * 300) / 100 }] };
  return record({ tools: [t], user: 'A hotel in Paris from June 10 to 13 under 200 a night?', steps: [[{ name: 'search_hotel_offers', args: { city: 'Paris', check_in: '2025-06-10', check_out: '2025-06-13', max_nightly_rate: 200 }, result }]] });
}

/** A utility bill paid on a later day: scheduled, not yet processed. */
export function billScheduled(o: { status?: string; processedAt?: string } = {}): CanonicalRecord {
  const t = tool('pay_utility_bill', 'Pay a utility bill now or on a later date.', { account_number: str, bill_id: str, amount: num, schedule_date: date });
  const result = { payment_id: 'PM-1', status: o.status ?? 'scheduled', amount: 84.2, ...(o.processedAt ? { processed_at: o.processedAt } : {}) };
  return record({ tools: [t], user: 'Pay bill B-7 of account 8313023389, 84.20, on the 24th.', steps: [[{ name: 'pay_utility_bill', args: { account_number: '8313023389', bill_id: 'B-7', amount: 84.2, schedule_date: '2025-06-24' }, result }]] });
}

/** A game's store page on sale: 20% off 29.99. */
export function storePage(o: { final?: number; initial?: number; noDiscount?: boolean; genres?: readonly string[] } = {}): CanonicalRecord {
  const t = tool('get_game_store_details', 'Get the store page of a game by its app id.', { app_id: { type: 'integer' } });
  const price = { currency: 'USD', initial: o.initial ?? 29.99, final: o.final ?? 23.99, ...(o.noDiscount ? {} : { discount_percent: 20 }) };
  const result = { app_id: 292030, name: 'The Witcher 3: Wild Hunt', genres: o.genres ?? ['RPG', 'Open world'], price };
  return record({ tools: [t], user: 'How much is app 292030 on the store?', steps: [[{ name: 'get_game_store_details', args: { app_id: 292030 }, result }]] });
}

/** Two bills paid at once, each request with its own idempotency key. */
export function twoPayments(o: { sameKey?: boolean } = {}): CanonicalRecord {
  const t = tool('pay_utility_bill', 'Pay a utility bill.', { account_number: str, amount: num, idempotency_key: str });
  const keys = ['0b8e8f2c-1f5e-4a43-9b7e-2d0f9f3c1a11', o.sameKey ? '0b8e8f2c-1f5e-4a43-9b7e-2d0f9f3c1a11' : '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f'];
  return record({
    tools: [t],
    user: 'Pay 40 on account 902012 and 40 on account 8313023389.',
    steps: [
      [
        { name: 'pay_utility_bill', args: { account_number: '902012', amount: 40, idempotency_key: keys[0] }, result: { payment_id: 'PM-1', status: 'completed' } },
        { name: 'pay_utility_bill', args: { account_number: '8313023389', amount: 40, idempotency_key: keys[1] }, result: { payment_id: 'PM-2', status: 'completed' } },
      ],
    ],
  });
}

/** A discount code applied to a cart. */
export function codeApplied(o: { reason?: string } = {}): CanonicalRecord {
  const t = tool('apply_discount_code', 'Apply a discount code to a cart.', { cart_id: str, code: str });
  const result = { cart_id: 'C-1', code: 'SAVE10', applied: true, discount_amount: 7.5, rejection_reason: o.reason ?? null };
  return record({ tools: [t], user: 'Use code SAVE10 on cart C-1.', steps: [[{ name: 'apply_discount_code', args: { cart_id: 'C-1', code: 'SAVE10' }, result }]] });
}

/** A steering recall of a car model year. */
export function recallFound(o: { summary?: string; component?: string; remedy?: string } = {}): CanonicalRecord {
  const t = tool('get_vehicle_recalls', 'List safety recalls for a make, model and year.', { make: str, model: str, model_year: { type: 'integer' } });
  const recall = { campaign_number: '24V123000', component: o.component ?? 'steering', summary: o.summary ?? 'The steering column bolt may loosen while driving, increasing the risk of a crash', remedy: o.remedy ?? 'Dealers will replace the steering column bolts free of charge' };
  return record({ tools: [t], user: 'Recalls for a 2019 Honda Civic?', steps: [[{ name: 'get_vehicle_recalls', args: { make: 'Honda', model: 'Civic', model_year: 2019 }, result: { count: 1, recalls: [recall] } }]] });
}

/** What is at a point in Berlin. */
export function pointNamed(o: { street?: string; country?: string } = {}): CanonicalRecord {
  const t = tool('reverse_geocode', 'Name the address at a pair of coordinates.', { latitude: num, longitude: num });
  const result = { features: [{ type: 'address', name: o.street ?? 'Gartenweg 12', country_code: o.country ?? 'DE' }, { type: 'locality', name: 'Berlin', country_code: o.country ?? 'DE' }] };
  return record({ tools: [t], user: 'What is at 52.5441, 13.4199?', steps: [[{ name: 'reverse_geocode', args: { latitude: 52.5441, longitude: 13.4199 }, result }]] });
}

/** An assignment listed in course C-1, then graded there. */
export function gradedInCourse(o: { course?: string } = {}): CanonicalRecord {
  const list = tool('list_course_assignments', 'List the assignments of a course.', { course_id: str });
  const grade = tool('grade_submission', "Grade a student's submission for an assignment.", { course_id: str, assignment_id: str, student_id: str, score: num });
  return record({
    tools: [list, grade],
    user: 'List the assignments of course C-1, then give student S-9 85 on the first one.',
    steps: [
      [{ name: 'list_course_assignments', args: { course_id: 'C-1' }, result: { course_id: 'C-1', assignments: [{ assignment_id: 'AS-7', name: 'Essay 1', points_possible: 100 }] } }],
      [{ name: 'grade_submission', args: { course_id: o.course ?? 'C-1', assignment_id: 'AS-7', student_id: 'S-9', score: 85 }, result: { submission_id: 'SB-1', score: 85 } }],
    ],
    answer: 'Graded: 85 on Essay 1 for student S-9.',
  });
}

/** A post published now; the answer says when its offer is valid. */
export function postPublished(o: { status?: string; answer?: string } = {}): CanonicalRecord {
  const t = tool('publish_social_post', 'Publish a post to a social account.', { account_id: str, text: str });
  return record({ tools: [t], user: 'Post "Open day on Saturday" on account AC-1.', steps: [[{ name: 'publish_social_post', args: { account_id: 'AC-1', text: 'Open day on Saturday' }, result: { post_id: 'PO-1', status: o.status ?? 'published' } }]], answer: o.answer ?? 'Published: post PO-1. It is valid until Sunday.' });
}

/** A grid's carbon intensity, said in its unit. */
export function gridIntensity(o: { answer?: string } = {}): CanonicalRecord {
  const t = tool('get_grid_carbon_intensity', 'Carbon intensity of a power grid zone.', { zone: str });
  return record({ tools: [t], user: 'How clean is the DE grid now?', steps: [[{ name: 'get_grid_carbon_intensity', args: { zone: 'DE' }, result: { zone: 'DE', carbon_intensity_g_per_kwh: 337 } }]], answer: o.answer ?? 'The DE grid is at 337 g/kWh right now.' });
}

/** A text's delivery report: delivered, with its stamps. */
export function textDelivered(o: { status?: string } = {}): CanonicalRecord {
  const t = tool('get_sms_delivery_report', 'Delivery report of a text message.', { message_sid: str });
  return record({ tools: [t], user: 'Did SM1 arrive?', steps: [[{ name: 'get_sms_delivery_report', args: { message_sid: 'SM1' }, result: { message_sid: 'SM1', status: o.status ?? 'delivered', sent_at: '2025-05-30T16:30:00Z', delivered_at: '2025-05-30T16:31:00Z' } }]] });
}

/** Where Vega is in the sky. */
export function starPosition(o: { above?: boolean } = {}): CanonicalRecord {
  const t = tool('get_celestial_object_position', 'Position of a star or planet for an observer.', { object_name: str });
  return record({ tools: [t], user: 'Where is Vega now?', steps: [[{ name: 'get_celestial_object_position', args: { object_name: 'Vega' }, result: { object_name: 'Vega', altitude_deg: -55.4, azimuth_deg: 144.1, above_horizon: o.above ?? false } }]] });
}

/** A claim still waiting for documents. */
export function claimWaiting(o: { stage?: string } = {}): CanonicalRecord {
  const t = tool('get_claim_status', 'Status of an insurance claim.', { claim_number: str });
  return record({ tools: [t], user: 'Where is claim CL-4?', steps: [[{ name: 'get_claim_status', args: { claim_number: 'CL-4' }, result: { claim_number: 'CL-4', stage: o.stage ?? 'awaiting_documents', outstanding_requirements: ['Signed statement'] } }]] });
}

/** A phone line's usage in its current cycle. */
export function lineCycle(o: { end?: string; day?: string } = {}): CanonicalRecord {
  const t = tool('get_mobile_line_usage', 'Usage of a mobile line in its billing cycle.', { msisdn: str });
  const result = { msisdn: '+15550100', cycle_start: '2025-05-15', cycle_end: o.end ?? '2025-06-14', data_used_mb: 812, daily: [{ date: o.day ?? '2025-05-30', data_mb: 40 }, { date: '2025-06-01', data_mb: 31 }] };
  return record({ tools: [t], user: 'How much data have I used this cycle?', steps: [[{ name: 'get_mobile_line_usage', args: { msisdn: '+15550100' }, result }]] });
}

/** A car insurance quote for one driver, born 1990, licensed 12 years. */
export function carQuote(o: { licensed?: number; term?: number } = {}): CanonicalRecord {
  const t = tool('get_auto_insurance_quote', 'Quote car insurance for a vehicle and its drivers.', { vehicle_vin: str, garaging_zip: str, drivers: { type: 'array' } });
  const args = { vehicle_vin: '1HGCM82633A004352', garaging_zip: '78678', drivers: [{ date_of_birth: '1990-01-31', years_licensed: o.licensed ?? 12 }] };
  return record({ tools: [t], user: 'Insurance for my Accord, ZIP 78678, born 1990-01-31, licensed 12 years?', steps: [[{ name: 'get_auto_insurance_quote', args, result: { quote_id: 'Q-1', options: [{ carrier: 'Allianz', term_months: o.term ?? 6, premium: 612.4 }] } }]] });
}

/** Three days of a stock's bars. */
export function priceHistory(o: { high?: number; open?: number; lastDate?: string; symbol?: string } = {}): CanonicalRecord {
  const t = tool('get_price_history', 'Daily price bars of a listed stock.', { symbol: str, start_date: date });
  const bars = [
    { date: '2025-05-27', open: 135.2, high: 137.9, low: 134.1, close: 136.8, volume: 23726000 },
    { date: '2025-05-28', open: o.open ?? 137.1, high: o.high ?? 139.4, low: 135.9, close: 138.7, volume: 20811000 },
    { date: o.lastDate ?? '2025-05-29', open: 138.2, high: 140.0, low: 136.6, close: 137.3, volume: 19002000 },
  ];
  const symbol = o.symbol ?? 'NVDA';
  return record({ tools: [t], user: `${symbol} since May 27?`, steps: [[{ name: 'get_price_history', args: { symbol, start_date: '2025-05-27' }, result: { symbol, bars } }]] });
}

/** Vital signs recorded and flagged by their values. */
export function vitalsRecorded(o: { flags?: readonly Record<string, unknown>[] } = {}): CanonicalRecord {
  const t = tool('record_vital_signs', "Record a patient's vital signs.", { patient_id: str, readings: { type: 'object' } });
  const readings = { systolic_mmhg: 152, diastolic_mmhg: 94, heart_rate_bpm: 72, spo2_percent: 97 };
  const flags = o.flags ?? [{ reading: 'BP 152/94 mmHg', status: 'elevated' }, { reading: 'HR 72 bpm', status: 'normal' }];
  return record({ tools: [t], user: 'Log 152/94, pulse 72, SpO2 97 for patient P-3.', steps: [[{ name: 'record_vital_signs', args: { patient_id: 'P-3', readings }, result: { record_id: 'VR-1', flags } }]] });
}

/** A recipe search stating its total and its pages. */
export function recipesFound(o: { answer?: string } = {}): CanonicalRecord {
  const t = tool('search_recipes', 'Search recipes by name or ingredients.', { query: str });
  const result = { results: [{ recipe_id: 78000, title: 'Savory Bengali Stew' }, { recipe_id: 324000, title: 'Pasta Carbonara' }], total_results: 812, total_pages: 82, page: 1 };
  return record({ tools: [t], user: 'Stew recipes?', steps: [[{ name: 'search_recipes', args: { query: 'stew' }, result }]], answer: o.answer ?? 'There are 812 recipes for stew; first Savory Bengali Stew.' });
}

/** Three drugs checked for interactions: one pair found. */
export function interactionsChecked(o: { drugs?: readonly string[] } = {}): CanonicalRecord {
  const t = tool('check_drug_interactions', 'Check a list of medications for interactions.', { medications: { type: 'array' } });
  const medications = ['hydrochlorothiazide', 'lamotrigine', 'levetiracetam'].map((name) => ({ name }));
  const result = { interactions: [{ drugs: o.drugs ?? ['hydrochlorothiazide', 'lamotrigine'], severity: 'moderate' }], checked_count: 3 };
  return record({ tools: [t], user: 'Do hydrochlorothiazide, lamotrigine and levetiracetam interact?', steps: [[{ name: 'check_drug_interactions', args: { medications }, result }]] });
}

/** An hourly forecast: every hour with the same readings, temperatures a few degrees apart. */
export function hourlyForecast(o: { temperatures?: readonly number[]; bare?: boolean } = {}): CanonicalRecord {
  const t = tool('get_hourly_forecast', 'Hourly forecast for a point.', { latitude: { type: 'number' }, longitude: { type: 'number' } });
  const temps = o.temperatures ?? [11.2, 12.4, 13.1];
  const hourly = temps.map((temperature, i) => (o.bare && i === 1 ? { time: `2025-06-06T1${i}:00:00Z` } : { time: `2025-06-06T1${i}:00:00Z`, temperature, precipitation: 0.2 * i }));
  return record({ tools: [t], user: 'Hourly forecast for 52.52, 13.40?', steps: [[{ name: 'get_hourly_forecast', args: { latitude: 52.52, longitude: 13.4 }, result: { latitude: 52.52, longitude: 13.4, hourly } }]] });
}

/** A marine forecast day by day, each day's high tides on that day. */
export function marineDays(o: { tideDay?: string } = {}): CanonicalRecord {
  const t = tool('get_marine_forecast', 'Marine forecast for a point.', { latitude: { type: 'number' }, longitude: { type: 'number' } });
  const days = ['2025-12-05', '2025-12-06'].map((date, i) => ({ date, wave_height_m: 1.2 + i, sea_temperature_c: 12.5, high_tides: [`${i === 0 && o.tideDay ? o.tideDay : date}T08:45:00Z`, `${date}T21:10:00Z`] }));
  return record({ tools: [t], user: 'Marine forecast for 43.3, -1.98?', steps: [[{ name: 'get_marine_forecast', args: { latitude: 43.3, longitude: -1.98 }, result: { days } }]] });
}

/** A line's usage day by day, and a list of transactions (things with ids, two on one day). */
export function usageDays(o: { dates?: readonly string[] } = {}): CanonicalRecord {
  const t = tool('get_mobile_line_usage', 'Usage of a mobile line in the current cycle.', { msisdn: str });
  const daily = (o.dates ?? ['2025-05-29', '2025-05-30', '2025-05-31']).map((date, i) => ({ date, data_mb: 120.5 + 10 * i, minutes: 20 + i }));
  const payments = [{ payment_id: 'P1', date: '2025-05-30', amount: 20 }, { payment_id: 'P2', date: '2025-05-30', amount: 5 }];
  return record({ tools: [t], user: 'How much have I used on +4915112345678?', steps: [[{ name: 'get_mobile_line_usage', args: { msisdn: '+4915112345678' }, result: { daily, payments } }]] });
}

/** A call the service fails: unavailable by default, or refusing the argument `param` with `code`. */
export function serviceDown(o: { param?: 'units' | 'currency' | 'query' | 'order_id'; code?: 'NOT_FOUND' | 'INVALID_ARGUMENT' } = {}): CanonicalRecord {
  const t = tool('search_store_orders', 'Search the store orders.', { query: str, order_id: str, currency: str, units: { type: 'string', enum: ['metric', 'imperial'] } });
  const args = { query: 'blue kettle', order_id: 'ORD-88412', currency: 'EUR', units: 'metric' };
  const result = o.param
    ? { error: { code: o.code ?? 'INVALID_ARGUMENT', status: o.code === 'NOT_FOUND' ? 404 : 400, message: `The ${o.param} ${args[o.param]} is not valid`, param: o.param } }
    : { error: { code: 'UNAVAILABLE', status: 503, message: 'The service is temporarily unavailable. Try again in a few minutes.' } };
  return record({ tools: [t], user: 'Find my order ORD-88412 of a blue kettle, prices in EUR, metric.', steps: [[{ name: 'search_store_orders', args, result }]] });
}

/** A table request put on the waitlist, answered as where it stands. */
export function tableWaitlisted(o: { answer?: string } = {}): CanonicalRecord {
  const t = tool('reserve_restaurant_table', 'Reserve a table at a restaurant.', { restaurant_id: str, party_size: { type: 'integer' }, reservation_time: str });
  const result = { reservation_id: 'UK2I1PT4', status: 'waitlisted', party_size: 6, table_hold_minutes: 15 };
  return record({
    tools: [t],
    user: 'Table for six at KWXE4YUP on 4 June at 11:30?',
    steps: [[{ name: 'reserve_restaurant_table', args: { restaurant_id: 'KWXE4YUP', party_size: 6, reservation_time: '2025-06-04T11:30:00Z' }, result }]],
    answer: o.answer ?? 'The restaurant table for restaurant KWXE4YUP is not final yet: it is waitlisted. The reservation ID is UK2I1PT4.',
  });
}

/** The devices of a room, each in a state of its kind. */
export function devicesListed(o: { plugState?: string } = {}): CanonicalRecord {
  const t = tool('list_smart_home_devices', 'List the smart home devices, optionally in one room.', { room: str });
  const devices = [
    { device_id: 'D-1', name: 'Hallway lamp', type: 'light', room: 'hallway', state: 'on' },
    { device_id: 'D-2', name: 'Hallway heater', type: 'plug', room: 'hallway', state: o.plugState ?? 'off' },
    { device_id: 'D-3', name: 'Front door', type: 'lock', room: 'hallway', state: 'locked' },
  ];
  return record({ tools: [t], user: 'What is on in the hallway?', steps: [[{ name: 'list_smart_home_devices', args: { room: 'hallway' }, result: { devices, total: 3 } }]] });
}

/** Oslo on 5 December: a frosty day, a cold sea, the sun low (a UV peak near 0, at solar noon about 11:17 UTC). */
export function osloWeather(o: { high?: number; low?: number; sea?: number; uvMax?: number; uvTime?: string; city?: string } = {}): CanonicalRecord {
  const t = tool('get_weather_forecast', 'Forecast for a city on a day.', { city: str, date: str });
  const result = { city: o.city ?? 'Oslo', date: '2025-12-05', temp_high: o.high ?? 1.5, temp_low: o.low ?? -3.5, condition: 'cloudy', sea_temperature_c: o.sea ?? 6.8, uv_index: 0, uv_max: o.uvMax ?? 0.3, uv_max_time: o.uvTime ?? '2025-12-05T11:15:00Z' };
  return record({ tools: [t], user: 'What will the weather be in Oslo on 5 December?', steps: [[{ name: 'get_weather_forecast', args: { city: o.city ?? 'Oslo', date: '2025-12-05' }, result }]] });
}

/** Mortgage offers on 400,000 over 30 years: 6.5% costs 2,528.27 a month, the APR above the rate. */
export function mortgageOffers(o: { payment?: number; apr?: number } = {}): CanonicalRecord {
  const t = tool('get_mortgage_rates', 'Mortgage rate offers for a loan.', { zip_code: str, loan_amount: num, term_years: num });
  const offers = [
    { lender: 'First Harbor Bank', rate_percent: 6.5, apr_percent: o.apr ?? 6.62, points: 0.5, monthly_payment: o.payment ?? 2528.27 },
    { lender: 'Lakeside Credit Union', rate_percent: 6.875, apr_percent: 6.94, monthly_payment: 2627.72 },
  ];
  return record({ tools: [t], user: 'Mortgage rates for 400,000 over 30 years in 94030?', steps: [[{ name: 'get_mortgage_rates', args: { zip_code: '94030', loan_amount: 400000, term_years: 30 }, result: { offers } }]] });
}

/** An auto insurance quote: 600 for six months paid as 100 a month, 1,150 for a year as 98.50. */
export function autoQuote(o: { monthly?: number } = {}): CanonicalRecord {
  const t = tool('get_auto_insurance_quote', 'Auto insurance quotes for a vehicle.', { vehicle_vin: str, garaging_zip: str });
  const options = [
    { carrier: 'State Farm', term_months: 6, premium: 600, monthly_payment: o.monthly ?? 100 },
    { carrier: 'Zurich', term_months: 12, premium: 1150, monthly_payment: 98.5 },
  ];
  return record({ tools: [t], user: 'Quote me auto insurance for VIN 1HGCM82633A004352 kept in 94030.', steps: [[{ name: 'get_auto_insurance_quote', args: { vehicle_vin: '1HGCM82633A004352', garaging_zip: '94030' }, result: { quote_id: 'Q-1', options } }]] });
}

/** A listing whose asking price is its history's last: listed at 1,998,000, cut to 1,950,000. */
export function listing(o: { price?: number } = {}): CanonicalRecord {
  const t = tool('get_property_details', 'Details of a property listing.', { property_id: str });
  const result = { property_id: 'P-7', status: 'for_sale', price: o.price ?? 1950000, price_history: [{ date: '2025-03-10', event: 'listed', price: 1998000 }, { date: '2025-04-20', event: 'price_change', price: 1950000 }] };
  return record({ tools: [t], user: 'Show me listing P-7.', steps: [[{ name: 'get_property_details', args: { property_id: 'P-7' }, result }]] });
}

/** A meeting booked for 12 November 15:30-16:59, then given a location: the update returns its time; `start` another one, `changes` what the update sends. */
export function meetingUpdated(o: { start?: string; changes?: Record<string, unknown> } = {}): CanonicalRecord {
  const book = tool('schedule_group_meeting', 'Find a slot and book a meeting.', { title: str, duration_minutes: num });
  const update = tool('update_calendar_event', 'Change an existing event.', { event_id: str, changes: { type: 'object', properties: { location: str, start_time: str } } });
  const changes = o.changes ?? { location: 'Casablanca' };
  return record({
    tools: [book, update],
    user: 'Book "Product update" for 89 minutes with the team, then set its location to Casablanca.',
    steps: [
      [{ name: 'schedule_group_meeting', args: { title: 'Product update', duration_minutes: 89 }, result: { event_id: 'JFFFX4JC', start: '2025-11-12T15:30:00Z', end: '2025-11-12T16:59:00Z' } }],
      [{ name: 'update_calendar_event', args: { event_id: 'JFFFX4JC', changes }, result: { event_id: 'JFFFX4JC', start: o.start ?? '2025-11-12T15:30:00Z', end: o.start ? '2025-10-11T13:00:00Z' : '2025-11-12T16:59:00Z', location: 'Casablanca' } }],
    ],
  });
}

/** Offers Copenhagen to Sao Paulo, each under its airline's flight numbers (a connection on a partner). */
export function flightsNumbered(o: { aeroflot?: readonly string[]; code?: string } = {}): CanonicalRecord {
  const offers = [
    { offer_id: 'OF1', carrier: 'Aeroflot', ...(o.code ? { carrier_code: o.code } : {}), flight_numbers: o.aeroflot ?? ['SU2659', 'SU150'], stops: 1, total_price: 1840 },
    { offer_id: 'OF2', carrier: 'LOT Polish Airlines', flight_numbers: ['LO282', 'LH506'], stops: 1, total_price: 1910 },
  ];
  return record({ tools: [FLIGHTS], user: 'Flights from Copenhagen to GRU on December 30?', steps: [[{ name: 'search_flight_offers', args: { origin: 'CPH', destination: 'GRU', departure_date: '2025-12-30' }, result: { currency: 'EUR', offers } }]] });
}

/** A parcel out for delivery: label, pickup, a hub, out for delivery, in time order; `messages` and `status` replace them. */
export function parcelJourney(o: { status?: string; messages?: readonly string[]; eventStatus?: string } = {}): CanonicalRecord {
  const t = tool('track_parcel_shipment', 'Track a parcel: its scan history and estimated delivery.', { tracking_number: str });
  const messages = o.messages ?? ['Label created, awaiting pickup', 'Picked up by the carrier', 'Arrived at the regional hub in Lyon', 'Out for delivery'];
  const events = messages.map((message, i) => ({ occurred_at: `2025-05-${26 + i}T09:00:00Z`, status: i === 0 ? (o.eventStatus ?? 'pre_transit') : 'in_transit', message }));
  return record({ tools: [t], user: 'Where is parcel RTY8SWVQ?', steps: [[{ name: 'track_parcel_shipment', args: { tracking_number: 'RTY8SWVQ' }, result: { tracking_number: 'RTY8SWVQ', status: o.status ?? 'out_for_delivery', events } }]] });
}

/** An event moved to another room without telling anyone (send_updates none): nobody notified, or `notified` people. */
export function quietUpdate(o: { notified?: number } = {}): CanonicalRecord {
  const t = tool('update_calendar_event', 'Change an existing event.', { event_id: str, location: str, send_updates: { type: 'string', enum: ['all', 'external_only', 'none'] } });
  return record({ tools: [t], user: 'Move event EV-4 to room B, and do not tell anyone.', steps: [[{ name: 'update_calendar_event', args: { event_id: 'EV-4', location: 'Room B', send_updates: 'none' }, result: { event_id: 'EV-4', location: 'Room B', notified_attendees: o.notified ?? 0 } }]] });
}

/** A job posting whose description hires the job titled; `hires` another role. */
export function jobPosting(o: { hires?: string } = {}): CanonicalRecord {
  const t = tool('get_job_posting', 'A job posting by id.', { job_id: str });
  const result = { job_id: 'J-8', title: 'Data Analyst', company: 'Northwind', description: `We are hiring a ${o.hires ?? 'data analyst'} to own the analytics stack` };
  return record({ tools: [t], user: 'Show me job J-8.', steps: [[{ name: 'get_job_posting', args: { job_id: 'J-8' }, result }]] });
}

/** Listings in Warsaw on its own streets, then the comparable sales of the first (in Warsaw too); `street` the first listing's, `comps` the comparables' cities. */
export function listingComps(o: { street?: string; comps?: readonly [string, string] } = {}): CanonicalRecord {
  const search = tool('search_property_listings', 'Search homes for sale in a city.', { location: str, min_bedrooms: num });
  const comps = tool('get_comparable_sales', 'Find recently sold homes similar to a property.', { property_id: str });
  const [a, b] = o.comps ?? ['Warsaw', 'Warsaw'];
  const listings = [
    { property_id: 'PT0XY47O', address: `${o.street ?? 'ulica Piotrkowska'} 235, Warsaw`, price: 1250000, bedrooms: 3 },
    { property_id: 'TOGAA98Y', address: 'aleja Jerozolimskie 92, Warsaw', price: 980000, bedrooms: 2 },
  ];
  const sales = [
    { property_id: 'TRQF8XP8', address: `ulica Dluga 72, ${a}`, sold_price: 1190000, sold_date: '2025-04-26' },
    { property_id: '9I3Z87Z1', address: `Nowy Swiat 54, ${b}`, sold_price: 1320000, sold_date: '2025-05-02' },
  ];
  return record({
    tools: [search, comps],
    user: 'Find homes with 2+ bedrooms in Warsaw, then comparable sales for the first one.',
    steps: [
      [{ name: 'search_property_listings', args: { location: 'Warsaw', min_bedrooms: 2 }, result: { total_results: 2, listings } }],
      [{ name: 'get_comparable_sales', args: { property_id: 'PT0XY47O' }, result: { subject_property_id: 'PT0XY47O', comparables: sales } }],
    ],
  });
}

/** What the living-room speaker plays: a 4:14 track, 1:21 into it; `progressMs` elsewhere. */
export function nowPlaying(o: { progressMs?: number } = {}): CanonicalRecord {
  const t = tool('get_playback_state', 'What a device is playing and how far into it.', { device_id: str });
  const result = { device_id: 'SPK-LIVING', is_playing: true, current_track: { track_id: 'TR-4', name: 'Dreams', artist: 'Fleetwood Mac', duration_ms: 254000 }, progress_ms: o.progressMs ?? 81000 };
  return record({ tools: [t], user: 'What is playing in the living room?', steps: [[{ name: 'get_playback_state', args: { device_id: 'SPK-LIVING' }, result }]] });
}

/** A home's electricity day by day, 28-31 May, at 0.25 a kWh; `o` breaks a cost, the unit or a day. */
export function meterHistory(o: { cost?: number; unit?: string; secondDay?: string; total?: number } = {}): CanonicalRecord {
  const t = tool('get_utility_usage_history', 'Metered consumption of a utility account with cost estimates.', { account_number: str, meter_type: str, granularity: str, start_date: date, end_date: date });
  const usage = [12.4, 18.2, 15, 9.6];
  const readings = usage.map((u, i) => ({ start: `2025-05-${28 + i}T00:00:00Z`, usage: u, cost: Math.round(u * 25) / 100 }));
  if (o.cost !== undefined) readings[1].cost = o.cost;
  if (o.secondDay !== undefined) readings[1].start = o.secondDay;
  const result = { account_number: '7636807948', unit: o.unit ?? 'kWh', total_usage: 55.2, estimated_cost: o.total ?? 13.8, readings };
  const args = { account_number: '7636807948', meter_type: 'electricity', granularity: 'daily', start_date: '2025-05-28', end_date: '2025-05-31' };
  return record({ tools: [t], user: 'My electricity use from 28 to 31 May, day by day, account 7636807948?', steps: [[{ name: 'get_utility_usage_history', args, result }]] });
}

/** An offer booked for two: charged its fare, 1,124.80 EUR by default. */
export function flightBooked(o: { charged?: number; currency?: string } = {}): CanonicalRecord {
  const t = tool('book_flight_offer', 'Book a flight offer for the travellers named.', { offer_id: str, passengers: { type: 'array', items: { type: 'object' } } });
  const passengers = [{ name: 'Ana Silva' }, { name: 'Rui Silva' }];
  const result = { booking_reference: 'K7QX2M', status: 'confirmed', amount_charged: o.charged ?? 1124.8, currency: o.currency ?? 'EUR' };
  return record({ tools: [t], user: 'Book offer OF1 for Ana and Rui Silva.', steps: [[{ name: 'book_flight_offer', args: { offer_id: 'OF1', passengers }, result }]] });
}
