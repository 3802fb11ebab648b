/** The tools the corpus trajectories offer and call: real JSON Schema, with the constraints the rules check. */
import type { ToolDefinition } from '../../core/record.js';

const fn = (name: string, description: string, parameters: ToolDefinition['function']['parameters']): ToolDefinition => ({ type: 'function', function: { name, description, parameters } });

export const CORPUS_TOOLS: Record<string, ToolDefinition> = {
  get_current_weather: fn('get_current_weather', 'Get the current weather for a city.', {
    type: 'object',
    properties: {
      city: { type: 'string', description: 'City name, e.g. Lyon.' },
      country_code: { type: 'string', pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 country code.' },
      units: { type: 'string', enum: ['metric', 'imperial'], default: 'metric', description: 'Unit system.' },
    },
    required: ['city'],
    additionalProperties: false,
  }),
  get_stock_quote: fn('get_stock_quote', 'Get the latest price of a stock by its ticker symbol.', {
    type: 'object',
    properties: { symbol: { type: 'string', pattern: '^[A-Z]{1,5}$', description: 'Ticker symbol, e.g. AAPL.' } },
    required: ['symbol'],
    additionalProperties: false,
  }),
  convert_currency: fn('convert_currency', 'Convert an amount of money from one currency to another.', {
    type: 'object',
    properties: {
      amount: { type: 'number', minimum: 0, description: 'Amount to convert.' },
      from_currency: { type: 'string', pattern: '^[A-Z]{3}$', description: 'ISO 4217 code of the source currency.' },
      to_currency: { type: 'string', pattern: '^[A-Z]{3}$', description: 'ISO 4217 code of the target currency.' },
    },
    required: ['amount', 'from_currency', 'to_currency'],
    additionalProperties: false,
  }),
  send_email: fn('send_email', 'Send an email.', {
    type: 'object',
    properties: {
      to: { type: 'string', format: 'email', description: 'Recipient address.' },
      subject: { type: 'string', minLength: 1, maxLength: 200, description: 'Subject line.' },
      body: { type: 'string', minLength: 1, description: 'Message body.' },
    },
    required: ['to', 'subject', 'body'],
    additionalProperties: false,
  }),
  search_flights: fn('search_flights', 'Search for flights between two airports on a date.', {
    type: 'object',
    properties: {
      origin: { type: 'string', pattern: '^[A-Z]{3}$', description: 'IATA code of the departure airport.' },
      destination: { type: 'string', pattern: '^[A-Z]{3}$', description: 'IATA code of the arrival airport.' },
      departure_date: { type: 'string', format: 'date', description: 'Departure date (YYYY-MM-DD).' },
      cabin_class: { type: 'string', enum: ['economy', 'premium_economy', 'business', 'first'], default: 'economy', description: 'Cabin class.' },
    },
    required: ['origin', 'destination', 'departure_date'],
    additionalProperties: false,
  }),
  book_flight: fn('book_flight', 'Book a seat on a flight found by search_flights.', {
    type: 'object',
    properties: {
      flight_id: { type: 'string', description: 'Id of the flight, from search_flights.' },
      passenger_name: { type: 'string', description: 'Full name of the passenger.' },
    },
    required: ['flight_id', 'passenger_name'],
    additionalProperties: false,
  }),
  create_event: fn('create_event', 'Create a calendar event and invite attendees.', {
    type: 'object',
    properties: {
      title: { type: 'string', description: 'Event title.' },
      start: { type: 'string', format: 'date-time', description: 'Start time (ISO 8601).' },
      duration_minutes: { type: 'integer', minimum: 5, maximum: 1440, description: 'Length in minutes.' },
      attendees: {
        type: 'array',
        description: 'People to invite.',
        items: {
          type: 'object',
          properties: { email: { type: 'string', format: 'email', description: 'Address.' }, optional: { type: 'boolean', description: 'Attendance optional.' } },
          required: ['email'],
          additionalProperties: false,
        },
      },
    },
    required: ['title', 'start', 'duration_minutes'],
    additionalProperties: false,
  }),
  delete_folder: fn('delete_folder', 'Permanently delete a folder from the user\'s drive.', {
    type: 'object',
    properties: {
      path: { type: 'string', description: 'Folder path.' },
      recursive: { type: 'boolean', default: false, description: 'Also delete everything inside.' },
    },
    required: ['path'],
    additionalProperties: false,
  }),
  search_restaurants: fn('search_restaurants', 'Find restaurants in a city by cuisine.', {
    type: 'object',
    properties: {
      city: { type: 'string', description: 'City.' },
      cuisine: { type: 'string', enum: ['italian', 'japanese', 'french', 'indian', 'mexican'], description: 'Cuisine.' },
    },
    required: ['city'],
    additionalProperties: false,
  }),
  search_hotels: fn('search_hotels', 'Search hotel offers in a city for a stay, with price and star filters.', {
    type: 'object',
    properties: {
      city: { type: 'string', description: 'City of the stay.' },
      country_code: { type: 'string', pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 country code of the city.' },
      check_in: { type: 'string', format: 'date', description: 'Arrival date.' },
      check_out: { type: 'string', format: 'date', description: 'Departure date.' },
      min_stars: { type: 'integer', minimum: 1, maximum: 5, description: 'Minimum star rating.' },
      max_nightly_rate: { type: 'number', minimum: 0, description: 'Highest price per night.' },
      currency: { type: 'string', pattern: '^[A-Z]{3}$', default: 'EUR', description: 'ISO 4217 code of the prices.' },
      limit: { type: 'integer', minimum: 1, maximum: 50, default: 10, description: 'Maximum number of hotels to return.' },
    },
    required: ['city', 'check_in', 'check_out'],
    additionalProperties: false,
  }),
  list_transactions: fn('list_transactions', 'List the booked transactions of a bank account, filtered by dates, category and amount.', {
    type: 'object',
    properties: {
      account_id: { type: 'string', description: 'Identifier of the account, e.g. acc_12.' },
      from_date: { type: 'string', format: 'date', description: 'Earliest booking date.' },
      to_date: { type: 'string', format: 'date', description: 'Latest booking date.' },
      categories: { type: 'array', items: { type: 'string', enum: ['groceries', 'dining', 'transport', 'rent', 'salary'] }, description: 'Spending categories to keep.' },
      min_amount: { type: 'number', minimum: 0, description: 'Minimum absolute amount.' },
      limit: { type: 'integer', minimum: 1, maximum: 100, default: 20, description: 'Maximum number of transactions.' },
    },
    required: ['account_id'],
    additionalProperties: false,
  }),
  create_reminder: fn('create_reminder', 'Create a reminder that notifies the user at a given time.', {
    type: 'object',
    properties: {
      text: { type: 'string', minLength: 1, description: 'What to be reminded of.' },
      remind_at: { type: 'string', format: 'date-time', description: 'When to remind, ISO 8601 with an offset.' },
      time_zone: { type: 'string', description: 'IANA time zone of the user, e.g. Europe/Paris.' },
    },
    required: ['text', 'remind_at'],
    additionalProperties: false,
  }),
  cancel_booking: fn('cancel_booking', 'Cancel a travel booking. This cannot be undone.', {
    type: 'object',
    properties: { booking_id: { type: 'string', description: 'Identifier of the booking, e.g. BK-10293.' } },
    required: ['booking_id'],
    additionalProperties: false,
  }),
  get_venue: fn('get_venue', 'Get the details of a concert or event venue by its id.', {
    type: 'object',
    properties: { venue_id: { type: 'string', description: 'Identifier of the venue, e.g. ven_204.' } },
    required: ['venue_id'],
    additionalProperties: false,
  }),
  create_refund: fn('create_refund', 'Refund an order, in full or in part, to the original payment method.', {
    type: 'object',
    properties: {
      order_id: { type: 'string', description: 'Identifier of the order to refund.' },
      amount: { type: 'number', exclusiveMinimum: 0, description: 'Amount to refund.' },
      currency: { type: 'string', pattern: '^[A-Z]{3}$', description: 'ISO 4217 code of the amount.' },
    },
    required: ['order_id', 'amount', 'currency'],
    additionalProperties: false,
  }),
  search_events: fn('search_events', 'Search public events (concerts, matches, plays) in a city over a date range.', {
    type: 'object',
    properties: {
      city: { type: 'string', description: 'City.' },
      country_code: { type: 'string', pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 country code.' },
      from_date: { type: 'string', format: 'date', description: 'First day.' },
      to_date: { type: 'string', format: 'date', description: 'Last day.' },
      categories: { type: 'array', items: { type: 'string', enum: ['music', 'sports', 'theatre', 'comedy'] }, description: 'Kinds of event.' },
      language: { type: 'string', pattern: '^[a-z]{2}$', description: 'ISO 639-1 language of the listings.' },
    },
    required: ['city'],
    additionalProperties: false,
  }),
  find_trails: fn('find_trails', 'Find hiking trails in a US state, up to a length.', {
    type: 'object',
    properties: {
      state_code: { type: 'string', pattern: '^[A-Z]{2}$', description: 'Two-letter code of the US state.' },
      max_length_km: { type: 'number', exclusiveMinimum: 0, description: 'Longest trail length in kilometers.' },
      limit: { type: 'integer', minimum: 1, maximum: 20, default: 5, description: 'Maximum number of trails.' },
    },
    required: ['state_code'],
    additionalProperties: false,
  }),
};
