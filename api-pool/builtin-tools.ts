/**
 * The built-in seed APIs: hand-written tools over several everyday domains, so a fresh
 * checkout can plan and simulate a real dataset with no imports and no network.
 *
 * Schemas are real JSON Schema (draft 2020-12 subset that ajv and OpenAI both accept):
 * every object is closed (`additionalProperties: false`) so an invented parameter is a
 * verifiable mistake, and every constraint (enum, bounds, format, pattern) is one the
 * offline value generator knows how to satisfy.
 */
import type { ApiSpec, JsonSchemaObject } from './types.js';

type Schema = Record<string, unknown>;

const str = (description: string, extra: Schema = {}): Schema => ({ type: 'string', description, ...extra });
const int = (description: string, minimum?: number, maximum?: number): Schema => ({
  type: 'integer',
  description,
  ...(minimum === undefined ? {} : { minimum }),
  ...(maximum === undefined ? {} : { maximum }),
});
const num = (description: string, minimum?: number, maximum?: number): Schema => ({
  type: 'number',
  description,
  ...(minimum === undefined ? {} : { minimum }),
  ...(maximum === undefined ? {} : { maximum }),
});
const bool = (description: string): Schema => ({ type: 'boolean', description });
const enumOf = (description: string, values: readonly (string | number)[]): Schema => ({
  type: typeof values[0] === 'number' ? 'integer' : 'string',
  description,
  enum: values,
});
const arr = (description: string, items: Schema, minItems?: number, maxItems?: number, uniqueItems = false): Schema => ({
  type: 'array',
  description,
  items,
  ...(minItems === undefined ? {} : { minItems }),
  ...(maxItems === undefined ? {} : { maxItems }),
  ...(uniqueItems ? { uniqueItems: true } : {}),
});
const obj = (properties: Record<string, Schema>, required: readonly string[], description?: string): Schema => ({
  type: 'object',
  ...(description === undefined ? {} : { description }),
  properties,
  required,
  additionalProperties: false,
});
const params = (properties: Record<string, Schema>, required: readonly string[]): JsonSchemaObject => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
});

const DATE = { format: 'date' } as const;
const DATE_TIME = { format: 'date-time' } as const;
const EMAIL = { format: 'email' } as const;
const IATA = { pattern: '^[A-Z]{3}$' } as const;
const CURRENCY = { pattern: '^[A-Z]{3}$' } as const;
const COUNTRY_CODE = { pattern: '^[A-Z]{2}$' } as const;

const CONDITIONS = ['sunny', 'partly cloudy', 'cloudy', 'rain', 'thunderstorm', 'snow', 'fog'] as const;

export const BUILTIN_TOOLS: readonly ApiSpec[] = [
  // ── weather ────────────────────────────────────────────────────────────────────────────
  {
    name: 'get_current_weather',
    domain: 'weather',
    description: 'Get the current weather conditions (temperature, sky, humidity, wind) for a city.',
    parameters: params(
      {
        city: str('City name, e.g. Lyon', { minLength: 1 }),
        country_code: str('ISO 3166-1 alpha-2 country code to disambiguate the city', COUNTRY_CODE),
        units: enumOf('Unit system for temperatures and speeds', ['metric', 'imperial']),
      },
      ['city'],
    ),
    returns: obj(
      {
        city: { type: 'string' },
        temperature: num('Current temperature in the requested units', -40, 50),
        feels_like: num('Apparent temperature', -40, 50),
        condition: enumOf('Sky condition', CONDITIONS),
        humidity_pct: int('Relative humidity', 0, 100),
        wind_kph: num('Wind speed', 0, 150),
      },
      ['city', 'temperature', 'condition', 'humidity_pct'],
    ),
    origin: 'builtin',
  },
  {
    name: 'get_weather_forecast',
    domain: 'weather',
    description: 'Get a daily weather forecast for a city for the next few days.',
    parameters: params(
      {
        city: str('City name', { minLength: 1 }),
        days: int('Number of days to forecast', 1, 14),
        units: enumOf('Unit system', ['metric', 'imperial']),
        include_hourly: bool('Also return hourly detail for each day'),
      },
      ['city', 'days'],
    ),
    returns: obj(
      {
        city: { type: 'string' },
        days: arr(
          'One entry per forecast day',
          obj(
            {
              date: str('Day', DATE),
              high: num('Daily high', -40, 50),
              low: num('Daily low', -40, 50),
              condition: enumOf('Sky condition', CONDITIONS),
              precipitation_pct: int('Chance of precipitation', 0, 100),
            },
            ['date', 'high', 'low', 'condition'],
          ),
          1,
          5,
        ),
      },
      ['city', 'days'],
    ),
    origin: 'builtin',
  },
  {
    name: 'get_air_quality',
    domain: 'weather',
    description: 'Get the air quality index and pollutant levels for a city.',
    parameters: params(
      {
        city: str('City name', { minLength: 1 }),
        pollutants: arr(
          'Pollutants to report on',
          { type: 'string', enum: ['pm25', 'pm10', 'o3', 'no2', 'so2', 'co'] },
          1,
          3,
          true,
        ),
      },
      ['city'],
    ),
    returns: obj(
      {
        city: { type: 'string' },
        aqi: int('Air quality index', 0, 500),
        category: enumOf('AQI band', ['good', 'moderate', 'unhealthy for sensitive groups', 'unhealthy', 'very unhealthy']),
        dominant_pollutant: enumOf('Main pollutant', ['pm25', 'pm10', 'o3', 'no2', 'so2', 'co']),
      },
      ['city', 'aqi', 'category'],
    ),
    origin: 'builtin',
  },

  // ── travel ─────────────────────────────────────────────────────────────────────────────
  {
    name: 'search_flights',
    domain: 'travel',
    description: 'Search for flights between two airports on given dates, for a group of passengers.',
    parameters: params(
      {
        origin: str('IATA code of the departure airport, e.g. JFK', IATA),
        destination: str('IATA code of the arrival airport, e.g. CDG', IATA),
        departure_date: str('Outbound date', DATE),
        return_date: str('Return date for a round trip; omit for one way', DATE),
        passengers: obj(
          {
            adults: int('Travellers aged 12 or more', 1, 9),
            children: int('Travellers aged 2 to 11', 0, 8),
          },
          ['adults'],
          'Who is travelling',
        ),
        cabin_class: enumOf('Cabin', ['economy', 'premium_economy', 'business', 'first']),
        nonstop_only: bool('Only return flights without stops'),
      },
      ['origin', 'destination', 'departure_date', 'passengers'],
    ),
    returns: obj(
      {
        origin: str('IATA code', IATA),
        destination: str('IATA code', IATA),
        flights: arr(
          'Matching flights, cheapest first',
          obj(
            {
              flight_number: str('Carrier code and number', { pattern: '^[A-Z]{2}[0-9]{2,4}$' }),
              airline: { type: 'string' },
              departure_time: str('Local departure time', DATE_TIME),
              price_usd: num('Total price', 20, 20000),
              stops: int('Number of stops', 0, 3),
            },
            ['flight_number', 'airline', 'departure_time', 'price_usd', 'stops'],
          ),
          0,
          4,
        ),
      },
      ['flights'],
    ),
    origin: 'builtin',
  },
  {
    name: 'book_hotel',
    domain: 'travel',
    description: 'Book a hotel room in a city for given dates and a named lead guest.',
    parameters: params(
      {
        city: str('City of the stay', { minLength: 1 }),
        check_in: str('Arrival date', DATE),
        check_out: str('Departure date', DATE),
        guests: int('Number of guests', 1, 8),
        room_type: enumOf('Room type', ['single', 'double', 'twin', 'suite']),
        guest: obj(
          {
            first_name: str('Lead guest first name', { minLength: 1 }),
            last_name: str('Lead guest last name', { minLength: 1 }),
            email: str('Where the confirmation is sent', EMAIL),
          },
          ['first_name', 'last_name', 'email'],
          'Lead guest contact',
        ),
        amenities: arr(
          'Required amenities',
          { type: 'string', enum: ['wifi', 'breakfast', 'parking', 'pool', 'gym', 'pet_friendly'] },
          1,
          3,
          true,
        ),
      },
      ['city', 'check_in', 'check_out', 'guests', 'guest'],
    ),
    returns: obj(
      {
        confirmation_code: str('Booking reference', { pattern: '^[A-Z0-9]{8}$' }),
        hotel_name: { type: 'string' },
        city: { type: 'string' },
        total_price: num('Total for the stay', 30, 50000),
        currency: str('ISO 4217 code', CURRENCY),
        status: enumOf('Booking status', ['confirmed', 'pending']),
      },
      ['confirmation_code', 'hotel_name', 'total_price', 'currency', 'status'],
    ),
    origin: 'builtin',
  },
  {
    name: 'get_visa_requirements',
    domain: 'travel',
    description: 'Check whether a traveller of a given nationality needs a visa to visit a country.',
    parameters: params(
      {
        nationality: str('Country of the passport', { minLength: 2 }),
        destination_country: str('Country to visit', { minLength: 2 }),
        purpose: enumOf('Purpose of the trip', ['tourism', 'business', 'study', 'transit']),
        stay_days: int('Planned length of stay in days', 1, 365),
      },
      ['nationality', 'destination_country'],
    ),
    returns: obj(
      {
        visa_required: bool('Whether a visa is needed'),
        max_stay_days: int('Longest stay allowed', 0, 365),
        visa_type: enumOf('Kind of entry permit', ['none', 'evisa', 'visa_on_arrival', 'consular_visa']),
        notes: { type: 'string' },
      },
      ['visa_required', 'max_stay_days', 'visa_type'],
    ),
    origin: 'builtin',
  },

  // ── finance ────────────────────────────────────────────────────────────────────────────
  {
    name: 'get_stock_quote',
    domain: 'finance',
    description: 'Get the latest price and daily change of a listed stock by ticker symbol.',
    parameters: params(
      {
        symbol: str('Ticker symbol, e.g. AAPL', { pattern: '^[A-Z]{1,5}$' }),
        exchange: enumOf('Exchange the ticker is listed on', ['NASDAQ', 'NYSE', 'LSE', 'XETRA', 'TSE']),
      },
      ['symbol'],
    ),
    returns: obj(
      {
        symbol: str('Ticker', { pattern: '^[A-Z]{1,5}$' }),
        price: num('Last trade price', 0.01, 10000),
        change_pct: num('Change since previous close', -30, 30),
        volume: int('Shares traded today', 0, 500000000),
        currency: str('ISO 4217 code', CURRENCY),
      },
      ['symbol', 'price', 'change_pct', 'currency'],
    ),
    origin: 'builtin',
  },
  {
    name: 'convert_currency',
    domain: 'finance',
    description: 'Convert an amount of money from one currency to another at the current or a historical rate.',
    parameters: params(
      {
        amount: num('Amount to convert', 0.01, 1000000),
        from_currency: str('ISO 4217 code of the source currency', CURRENCY),
        to_currency: str('ISO 4217 code of the target currency', CURRENCY),
        date: str('Use the rate of this date instead of today', DATE),
      },
      ['amount', 'from_currency', 'to_currency'],
    ),
    returns: obj(
      {
        amount: num('Amount converted', 0.01, 1000000),
        from_currency: str('ISO 4217 code of the source currency', CURRENCY),
        to_currency: str('ISO 4217 code of the target currency', CURRENCY),
        rate: num('Exchange rate applied', 0.0001, 1000),
        converted_amount: num('Result', 0, 1000000000),
      },
      ['rate', 'converted_amount'],
    ),
    origin: 'builtin',
  },
  {
    name: 'calculate_loan_payment',
    domain: 'finance',
    description: 'Calculate the periodic payment and total interest of an amortised loan.',
    parameters: params(
      {
        principal: num('Amount borrowed', 1000, 5000000),
        annual_rate_pct: num('Nominal annual interest rate in percent', 0, 30),
        term_months: int('Length of the loan in months', 6, 480),
        payment_frequency: enumOf('How often payments are made', ['monthly', 'biweekly']),
      },
      ['principal', 'annual_rate_pct', 'term_months'],
    ),
    returns: obj(
      {
        payment: num('Amount of each payment', 0, 5000000),
        total_interest: num('Interest paid over the loan', 0, 50000000),
        total_paid: num('Principal plus interest', 0, 60000000),
        payments_count: int('Number of payments', 1, 1100),
      },
      ['payment', 'total_interest', 'total_paid'],
    ),
    origin: 'builtin',
  },

  // ── e-commerce ─────────────────────────────────────────────────────────────────────────
  {
    name: 'search_products',
    domain: 'ecommerce',
    description: 'Search the store catalogue for products matching a query, with price, rating and stock filters.',
    parameters: params(
      {
        query: str('Free-text search', { minLength: 2, maxLength: 80 }),
        category: enumOf('Catalogue section', ['electronics', 'home', 'books', 'clothing', 'sports', 'toys', 'beauty']),
        max_price: num('Highest price in USD', 1, 10000),
        min_rating: num('Lowest average rating', 1, 5),
        sort_by: enumOf('Ordering of results', ['relevance', 'price_asc', 'price_desc', 'rating', 'newest']),
        in_stock_only: bool('Hide products that are out of stock'),
      },
      ['query'],
    ),
    returns: obj(
      {
        results: arr(
          'Matching products',
          obj(
            {
              product_id: str('Catalogue id', { pattern: '^SKU-[0-9]{5}$' }),
              name: { type: 'string' },
              price: num('Price in USD', 0.5, 10000),
              rating: num('Average rating', 1, 5),
            },
            ['product_id', 'name', 'price'],
          ),
          0,
          4,
        ),
        total: int('Number of matches', 0, 10000),
      },
      ['results', 'total'],
    ),
    origin: 'builtin',
  },
  {
    name: 'place_order',
    domain: 'ecommerce',
    description: 'Place an order for one or more catalogue products, shipped to a postal address.',
    parameters: params(
      {
        items: arr(
          'Products and quantities',
          obj(
            {
              product_id: str('Catalogue id, e.g. SKU-10442', { pattern: '^SKU-[0-9]{5}$' }),
              quantity: int('How many', 1, 10),
            },
            ['product_id', 'quantity'],
          ),
          1,
          3,
        ),
        shipping_address: obj(
          {
            street: str('House number and street', { minLength: 3 }),
            city: str('City', { minLength: 1 }),
            postal_code: str('Five-digit postal code', { pattern: '^[0-9]{5}$' }),
            country_code: str('ISO 3166-1 alpha-2 code', COUNTRY_CODE),
          },
          ['street', 'city', 'postal_code', 'country_code'],
          'Delivery address',
        ),
        shipping_speed: enumOf('Delivery speed', ['standard', 'express', 'overnight']),
        gift_wrap: bool('Wrap the parcel as a gift'),
      },
      ['items', 'shipping_address'],
    ),
    returns: obj(
      {
        order_id: str('Order reference', { pattern: '^ORD-[0-9]{6}$' }),
        status: enumOf('Order status', ['placed', 'payment_pending']),
        estimated_delivery: str('Expected delivery day', DATE),
        total: num('Order total in USD', 0.5, 100000),
      },
      ['order_id', 'status', 'estimated_delivery', 'total'],
    ),
    origin: 'builtin',
  },
  {
    name: 'track_order',
    domain: 'ecommerce',
    description: 'Track the shipping status of an existing order by its order id.',
    parameters: params(
      {
        order_id: str('Order reference, e.g. ORD-204518', { pattern: '^ORD-[0-9]{6}$' }),
        email: str('Email used for the order, for verification', EMAIL),
      },
      ['order_id'],
    ),
    returns: obj(
      {
        order_id: str('Order reference', { pattern: '^ORD-[0-9]{6}$' }),
        status: enumOf('Shipping status', ['processing', 'shipped', 'in_transit', 'out_for_delivery', 'delivered']),
        carrier: { type: 'string' },
        last_location: { type: 'string' },
        estimated_delivery: str('Expected delivery day', DATE),
      },
      ['order_id', 'status', 'carrier'],
    ),
    origin: 'builtin',
  },

  // ── calendar ───────────────────────────────────────────────────────────────────────────
  {
    name: 'create_calendar_event',
    domain: 'calendar',
    description: 'Create an event in the user calendar and invite attendees by email.',
    parameters: params(
      {
        title: str('Event title', { minLength: 1, maxLength: 100 }),
        start: str('Start time, ISO 8601 with offset', DATE_TIME),
        duration_minutes: int('Length of the event', 5, 480),
        attendees: arr('Email addresses to invite', { type: 'string', format: 'email' }, 1, 4, true),
        location: str('Room or address', { minLength: 1 }),
        reminder_minutes: enumOf('Reminder before the start', [0, 5, 10, 15, 30, 60]),
      },
      ['title', 'start', 'duration_minutes'],
    ),
    returns: obj(
      {
        event_id: str('Calendar event id', { pattern: '^EVT[0-9]{6}$' }),
        title: { type: 'string' },
        start: str('Start time', DATE_TIME),
        end: str('End time', DATE_TIME),
        status: enumOf('Event status', ['confirmed', 'tentative']),
      },
      ['event_id', 'start', 'end', 'status'],
    ),
    origin: 'builtin',
  },
  {
    name: 'find_free_slots',
    domain: 'calendar',
    description: 'Find time slots on a given day when all listed people are free for a meeting of a given length.',
    parameters: params(
      {
        date: str('Day to search', DATE),
        duration_minutes: int('Meeting length', 15, 240),
        attendees: arr('Email addresses of the people who must attend', { type: 'string', format: 'email' }, 1, 4, true),
        working_hours_only: bool('Only search between 9:00 and 18:00'),
      },
      ['date', 'duration_minutes', 'attendees'],
    ),
    returns: obj(
      {
        date: str('Day searched', DATE),
        slots: arr(
          'Free slots, earliest first',
          obj({ start: str('Slot start', DATE_TIME), end: str('Slot end', DATE_TIME) }, ['start', 'end']),
          0,
          4,
        ),
      },
      ['slots'],
    ),
    origin: 'builtin',
  },
  {
    name: 'cancel_calendar_event',
    domain: 'calendar',
    description: 'Cancel an existing calendar event and optionally notify its attendees.',
    parameters: params(
      {
        event_id: str('Calendar event id, e.g. EVT104233', { pattern: '^EVT[0-9]{6}$' }),
        notify_attendees: bool('Send a cancellation notice to attendees'),
        reason: str('Reason shown to attendees', { minLength: 1, maxLength: 200 }),
      },
      ['event_id'],
    ),
    returns: obj(
      {
        event_id: str('Calendar event id', { pattern: '^EVT[0-9]{6}$' }),
        cancelled: bool('Whether the event is now cancelled'),
        notified: int('Attendees notified', 0, 100),
      },
      ['event_id', 'cancelled'],
    ),
    origin: 'builtin',
  },

  // ── messaging ──────────────────────────────────────────────────────────────────────────
  {
    name: 'send_email',
    domain: 'messaging',
    description: 'Send an email to one or more recipients.',
    parameters: params(
      {
        to: arr('Recipient addresses', { type: 'string', format: 'email' }, 1, 3, true),
        subject: str('Subject line', { minLength: 1, maxLength: 120 }),
        body: str('Plain-text body', { minLength: 1 }),
        cc: arr('Carbon-copy addresses', { type: 'string', format: 'email' }, 1, 2, true),
        priority: enumOf('Importance flag', ['low', 'normal', 'high']),
      },
      ['to', 'subject', 'body'],
    ),
    returns: obj(
      {
        message_id: str('Id of the sent message', { pattern: '^MSG[A-Z0-9]{10}$' }),
        status: enumOf('Delivery status', ['queued', 'sent']),
        sent_at: str('When it was accepted', DATE_TIME),
      },
      ['message_id', 'status'],
    ),
    origin: 'builtin',
  },
  {
    name: 'send_sms',
    domain: 'messaging',
    description: 'Send a text message (SMS) to a phone number in international format.',
    parameters: params(
      {
        phone_number: str('E.164 number, e.g. +14155550123', { pattern: '^\\+[1-9][0-9]{7,13}$' }),
        message: str('Text to send', { minLength: 1, maxLength: 160 }),
      },
      ['phone_number', 'message'],
    ),
    returns: obj(
      {
        message_id: str('Id of the sent message', { pattern: '^SMS[A-Z0-9]{10}$' }),
        status: enumOf('Delivery status', ['queued', 'sent', 'delivered']),
        segments: int('SMS segments used', 1, 10),
      },
      ['message_id', 'status', 'segments'],
    ),
    origin: 'builtin',
  },

  // ── maps ───────────────────────────────────────────────────────────────────────────────
  {
    name: 'get_directions',
    domain: 'maps',
    description: 'Get a route, distance and travel time between two places by a chosen mode of transport.',
    parameters: params(
      {
        origin: str('Start address or place name', { minLength: 2 }),
        destination: str('End address or place name', { minLength: 2 }),
        mode: enumOf('Mode of transport', ['driving', 'walking', 'bicycling', 'transit']),
        avoid: arr('Route features to avoid', { type: 'string', enum: ['tolls', 'highways', 'ferries'] }, 1, 2, true),
      },
      ['origin', 'destination'],
    ),
    returns: obj(
      {
        distance_km: num('Route length', 0, 5000),
        duration_min: int('Expected travel time', 0, 6000),
        summary: { type: 'string' },
        steps: arr('Turn-by-turn instructions', { type: 'string' }, 1, 4),
      },
      ['distance_km', 'duration_min', 'steps'],
    ),
    origin: 'builtin',
  },
  {
    name: 'find_nearby_places',
    domain: 'maps',
    description: 'Find places of a given type (restaurants, pharmacies, cafes...) near a location.',
    parameters: params(
      {
        location: str('Address, neighbourhood or city to search around', { minLength: 2 }),
        place_type: enumOf('Kind of place', ['restaurant', 'cafe', 'pharmacy', 'gas_station', 'atm', 'museum', 'supermarket']),
        radius_m: int('Search radius in metres', 100, 50000),
        open_now: bool('Only places open right now'),
        min_rating: num('Lowest average rating', 1, 5),
      },
      ['location', 'place_type'],
    ),
    returns: obj(
      {
        places: arr(
          'Places, nearest first',
          obj(
            {
              name: { type: 'string' },
              address: { type: 'string' },
              rating: num('Average rating', 1, 5),
              distance_m: int('Distance from the location', 0, 50000),
            },
            ['name', 'address', 'distance_m'],
          ),
          0,
          4,
        ),
      },
      ['places'],
    ),
    origin: 'builtin',
  },

  // ── health ─────────────────────────────────────────────────────────────────────────────
  {
    name: 'log_workout',
    domain: 'health',
    description: 'Record a workout in the user fitness log.',
    parameters: params(
      {
        activity: enumOf('Kind of workout', ['running', 'cycling', 'swimming', 'walking', 'yoga', 'strength']),
        duration_minutes: int('How long it lasted', 1, 600),
        date: str('Day of the workout', DATE),
        distance_km: num('Distance covered, for cardio', 0.1, 300),
        calories: int('Calories burned, if known', 1, 5000),
      },
      ['activity', 'duration_minutes', 'date'],
    ),
    returns: obj(
      {
        workout_id: str('Log entry id', { pattern: '^WK[0-9]{7}$' }),
        total_minutes_this_week: int('Minutes logged this week', 0, 10000),
        status: enumOf('Result', ['logged', 'updated']),
      },
      ['workout_id', 'status'],
    ),
    origin: 'builtin',
  },
  {
    name: 'find_doctor',
    domain: 'health',
    description: 'Find doctors of a given specialty in a city, optionally filtered by insurance and spoken languages.',
    parameters: params(
      {
        specialty: enumOf('Medical specialty', [
          'general_practice',
          'dermatology',
          'cardiology',
          'pediatrics',
          'orthopedics',
          'psychiatry',
          'dentistry',
        ]),
        city: str('City', { minLength: 1 }),
        insurance_provider: str('Insurance the doctor must accept', { minLength: 2 }),
        accepts_new_patients: bool('Only doctors taking new patients'),
        languages: arr('Languages the doctor should speak', { type: 'string', minLength: 2 }, 1, 2, true),
      },
      ['specialty', 'city'],
    ),
    returns: obj(
      {
        doctors: arr(
          'Matching doctors',
          obj(
            {
              doctor_name: { type: 'string' },
              address: { type: 'string' },
              next_available: str('First free appointment day', DATE),
              rating: num('Patient rating', 1, 5),
            },
            ['doctor_name', 'address', 'next_available'],
          ),
          0,
          3,
        ),
      },
      ['doctors'],
    ),
    origin: 'builtin',
  },
  {
    name: 'calculate_bmi',
    domain: 'health',
    description: 'Calculate body mass index from weight and height and classify it.',
    parameters: params(
      {
        weight_kg: num('Body weight in kilograms', 20, 300),
        height_cm: num('Height in centimetres', 100, 250),
      },
      ['weight_kg', 'height_cm'],
    ),
    returns: obj(
      {
        bmi: num('Body mass index', 5, 100),
        category: enumOf('WHO class', ['underweight', 'normal', 'overweight', 'obese']),
      },
      ['bmi', 'category'],
    ),
    origin: 'builtin',
  },
];
