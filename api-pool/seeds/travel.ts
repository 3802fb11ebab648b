import type { SeedDomain } from '../types.js';

export const domain: SeedDomain = {
  name: 'travel',
  description: 'Flights, hotels, rental cars, activities and trip itineraries for planning and managing journeys.',
  subdomains: [
    { name: 'flights', description: 'Searching air fares and following flights in real time.' },
    { name: 'lodging', description: 'Hotel and accommodation availability and prices.' },
    { name: 'car-rental', description: 'Renting cars at airports and in cities.' },
    { name: 'activities', description: 'Tours, attractions and experiences at a destination.' },
    { name: 'trip-planning', description: 'Itineraries that tie bookings together into one trip.' },
  ],
  apis: [
    {
      name: 'search_flight_offers',
      domain: 'travel',
      subdomain: 'flights',
      description:
        'Search bookable flight offers between two airports for a group of travelers, Amadeus-style, with cabin, stop and price filters. Use it to compare fares before booking.',
      parameters: {
        type: 'object',
        properties: {
          origin: { type: 'string', description: 'IATA code of the departure airport or city, e.g. CDG.', pattern: '^[A-Z]{3}$' },
          destination: { type: 'string', description: 'IATA code of the arrival airport or city, e.g. JFK.', pattern: '^[A-Z]{3}$' },
          departure_date: { type: 'string', description: 'Outbound departure date.', format: 'date' },
          return_date: { type: 'string', description: 'Return date for a round trip; one-way when omitted.', format: 'date' },
          travelers: {
            type: 'object',
            description: 'How many travelers of each type.',
            properties: {
              adults: { type: 'integer', description: 'Travelers aged 12 or more.', minimum: 1, maximum: 9, default: 1 },
              children: { type: 'integer', description: 'Travelers aged 2 to 11.', minimum: 0, maximum: 8, default: 0 },
              infants: { type: 'integer', description: 'Travelers under 2 on a lap.', minimum: 0, maximum: 4, default: 0 },
            },
            required: ['adults'],
            additionalProperties: false,
          },
          cabin: { type: 'string', description: 'Travel class.', enum: ['ECONOMY', 'PREMIUM_ECONOMY', 'BUSINESS', 'FIRST'], default: 'ECONOMY' },
          nonstop_only: { type: 'boolean', description: 'Only direct flights.', default: false },
          max_price: { type: 'number', description: 'Maximum total price for all travelers, in the currency of the point of sale.', minimum: 50, maximum: 50000 },
        },
        required: ['origin', 'destination', 'departure_date'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          currency: { type: 'string', pattern: '^[A-Z]{3}$' },
          offers: {
            type: 'array',
            maxItems: 5,
            items: {
              type: 'object',
              properties: {
                offer_id: { type: 'string' },
                carrier: { type: 'string' },
                flight_numbers: { type: 'array', items: { type: 'string', pattern: '^[A-Z]{2}[0-9]{2,4}$' }, minItems: 1, maxItems: 3 },
                departure_time: { type: 'string', format: 'date-time' },
                arrival_time: { type: 'string', format: 'date-time' },
                stops: { type: 'integer', minimum: 0, maximum: 2 },
                total_price: { type: 'number', minimum: 50, maximum: 4000 },
                seats_left: { type: 'integer', minimum: 1, maximum: 9 },
              },
              required: ['offer_id', 'carrier', 'departure_time', 'arrival_time', 'stops', 'total_price'],
            },
          },
        },
        required: ['currency', 'offers'],
      },
      origin: 'seed',
    },
    {
      name: 'get_flight_status',
      domain: 'travel',
      subdomain: 'flights',
      description:
        'Get the live status of a scheduled flight: delays, gates, terminals and actual times. Use it when the user asks whether a specific flight is on time.',
      parameters: {
        type: 'object',
        properties: {
          carrier_code: { type: 'string', description: 'IATA airline designator, e.g. AF or LH.', pattern: '^[A-Z0-9]{2}$' },
          flight_number: { type: 'string', description: 'Flight number without the airline code, e.g. 1234.', pattern: '^[0-9]{1,4}$' },
          departure_date: { type: 'string', description: 'Scheduled local departure date.', format: 'date' },
        },
        required: ['carrier_code', 'flight_number', 'departure_date'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          flight: { type: 'string' },
          status: { type: 'string', enum: ['scheduled', 'boarding', 'departed', 'in_air', 'landed', 'delayed', 'cancelled', 'diverted'] },
          departure: {
            type: 'object',
            properties: {
              airport: { type: 'string', pattern: '^[A-Z]{3}$' },
              terminal: { type: 'string' },
              gate: { type: 'string' },
              scheduled: { type: 'string', format: 'date-time' },
              estimated: { type: 'string', format: 'date-time' },
            },
            required: ['airport', 'scheduled'],
          },
          arrival: {
            type: 'object',
            properties: {
              airport: { type: 'string', pattern: '^[A-Z]{3}$' },
              terminal: { type: 'string' },
              baggage_belt: { type: 'string' },
              scheduled: { type: 'string', format: 'date-time' },
              estimated: { type: 'string', format: 'date-time' },
            },
            required: ['airport', 'scheduled'],
          },
          delay_minutes: { type: 'integer', minimum: 0, maximum: 300 },
        },
        required: ['flight', 'status', 'departure', 'arrival'],
      },
      origin: 'seed',
    },
    {
      name: 'search_hotel_offers',
      domain: 'travel',
      subdomain: 'lodging',
      description:
        'Search available hotel rooms in a city for given dates and a room configuration, filtered by star rating, amenities and nightly price. Use it to list hotels with prices before choosing one.',
      parameters: {
        type: 'object',
        properties: {
          city: { type: 'string', description: 'City to stay in, e.g. Lisbon.', minLength: 1 },
          check_in: { type: 'string', description: 'Arrival date.', format: 'date' },
          check_out: { type: 'string', description: 'Departure date, after check_in.', format: 'date' },
          rooms: {
            type: 'array',
            description: 'One entry per room needed.',
            items: {
              type: 'object',
              properties: {
                adults: { type: 'integer', description: 'Adults in this room.', minimum: 1, maximum: 4 },
                child_ages: {
                  type: 'array',
                  description: 'Age of each child in this room.',
                  items: { type: 'integer', minimum: 0, maximum: 17 },
                  maxItems: 3,
                },
              },
              required: ['adults'],
              additionalProperties: false,
            },
            minItems: 1,
            maxItems: 5,
          },
          min_stars: { type: 'integer', description: 'Minimum official star rating.', minimum: 1, maximum: 5 },
          amenities: {
            type: 'array',
            description: 'Amenities every returned hotel must have.',
            items: { type: 'string', enum: ['wifi', 'pool', 'parking', 'gym', 'spa', 'breakfast', 'pet_friendly', 'airport_shuttle'] },
            uniqueItems: true,
            maxItems: 8,
          },
          max_nightly_rate: { type: 'number', description: 'Maximum price per room per night.', minimum: 20, maximum: 5000 },
          currency: { type: 'string', description: 'ISO 4217 code for prices.', pattern: '^[A-Z]{3}$', default: 'EUR' },
        },
        required: ['city', 'check_in', 'check_out'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          hotels: {
            type: 'array',
            maxItems: 5,
            items: {
              type: 'object',
              properties: {
                hotel_id: { type: 'string' },
                name: { type: 'string' },
                stars: { type: 'integer', minimum: 1, maximum: 5 },
                guest_rating: { type: 'number', minimum: 1, maximum: 10 },
                nightly_rate: { type: 'number', minimum: 40, maximum: 900 },
                total_price: { type: 'number', minimum: 40, maximum: 9000 },
                free_cancellation: { type: 'boolean' },
                distance_to_center_km: { type: 'number', minimum: 0, maximum: 20 },
              },
              required: ['hotel_id', 'name', 'nightly_rate', 'total_price'],
            },
          },
          currency: { type: 'string' },
          total_results: { type: 'integer', minimum: 0 },
        },
        required: ['hotels', 'currency', 'total_results'],
      },
      origin: 'seed',
    },
    {
      name: 'search_rental_cars',
      domain: 'travel',
      subdomain: 'car-rental',
      description:
        'Search rental car availability and prices at a pickup location for a rental period. Use it when the user needs a car at an airport or city, optionally returning it elsewhere.',
      parameters: {
        type: 'object',
        properties: {
          pickup_airport: { type: 'string', description: 'IATA code of the pickup airport, e.g. MAD.', pattern: '^[A-Z]{3}$' },
          dropoff_airport: { type: 'string', description: 'IATA code of the return airport when different from pickup.', pattern: '^[A-Z]{3}$' },
          pickup_at: { type: 'string', description: 'Pickup date and time.', format: 'date-time' },
          dropoff_at: { type: 'string', description: 'Return date and time.', format: 'date-time' },
          vehicle_class: { type: 'string', description: 'Preferred vehicle class.', enum: ['economy', 'compact', 'midsize', 'fullsize', 'suv', 'minivan', 'luxury'] },
          transmission: { type: 'string', description: 'Gearbox type.', enum: ['automatic', 'manual', 'any'], default: 'any' },
          driver_age: { type: 'integer', description: 'Age of the main driver; young drivers may pay a surcharge.', minimum: 18, maximum: 99, default: 30 },
        },
        required: ['pickup_airport', 'pickup_at', 'dropoff_at'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          vehicles: {
            type: 'array',
            maxItems: 5,
            items: {
              type: 'object',
              properties: {
                quote_id: { type: 'string' },
                supplier: { type: 'string' },
                model: { type: 'string' },
                vehicle_class: { type: 'string' },
                seats: { type: 'integer', minimum: 2, maximum: 9 },
                transmission: { type: 'string', enum: ['automatic', 'manual'] },
                total_price: { type: 'number', minimum: 30, maximum: 2000 },
                unlimited_mileage: { type: 'boolean' },
              },
              required: ['quote_id', 'supplier', 'model', 'total_price'],
            },
          },
          currency: { type: 'string', pattern: '^[A-Z]{3}$' },
        },
        required: ['vehicles', 'currency'],
      },
      origin: 'seed',
    },
    {
      name: 'search_tours_and_activities',
      domain: 'travel',
      subdomain: 'activities',
      description:
        'Find bookable tours, attractions and experiences near a destination, by category and date. Use it to suggest things to do during a trip.',
      parameters: {
        type: 'object',
        properties: {
          destination: { type: 'string', description: 'City or area, e.g. Rome.', minLength: 1 },
          date: { type: 'string', description: 'Day of the activity.', format: 'date' },
          categories: {
            type: 'array',
            description: 'Kinds of activity wanted.',
            items: { type: 'string', enum: ['museums', 'food_tours', 'outdoor', 'day_trips', 'nightlife', 'classes', 'family', 'water_sports'] },
            uniqueItems: true,
            minItems: 1,
            maxItems: 4,
          },
          max_duration_hours: { type: 'number', description: 'Maximum duration of the activity in hours.', minimum: 0.5, maximum: 24 },
          participants: { type: 'integer', description: 'Number of people booking.', minimum: 1, maximum: 20, default: 2 },
          language: { type: 'string', description: 'ISO 639-1 code of the guide language.', enum: ['en', 'fr', 'es', 'de', 'it', 'pt', 'ja', 'ko', 'zh', 'ar'], default: 'en' },
        },
        required: ['destination'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          activities: {
            type: 'array',
            maxItems: 5,
            items: {
              type: 'object',
              properties: {
                activity_id: { type: 'string' },
                title: { type: 'string' },
                category: { type: 'string' },
                duration_hours: { type: 'number', minimum: 0.5, maximum: 12 },
                price_per_person: { type: 'number', minimum: 0, maximum: 400 },
                rating: { type: 'number', minimum: 1, maximum: 5 },
                booking_url: { type: 'string', format: 'uri' },
              },
              required: ['activity_id', 'title', 'price_per_person'],
            },
          },
          currency: { type: 'string' },
        },
        required: ['activities', 'currency'],
      },
      origin: 'seed',
    },
    {
      name: 'create_trip_itinerary',
      domain: 'travel',
      subdomain: 'trip-planning',
      description:
        'Create a shared trip itinerary that groups flights, stays and activities in order, and invite fellow travelers. Use it after bookings are made to keep the plan in one place.',
      parameters: {
        type: 'object',
        properties: {
          title: { type: 'string', description: 'Name of the trip, e.g. Summer in Portugal.', minLength: 1, maxLength: 120 },
          start_date: { type: 'string', description: 'First day of the trip.', format: 'date' },
          end_date: { type: 'string', description: 'Last day of the trip.', format: 'date' },
          segments: {
            type: 'array',
            description: 'Items of the trip, in chronological order.',
            items: {
              type: 'object',
              properties: {
                type: { type: 'string', description: 'Kind of segment.', enum: ['flight', 'hotel', 'car', 'activity', 'train', 'note'] },
                title: { type: 'string', description: 'Short label, e.g. AF1234 CDG to LIS.' },
                starts_at: { type: 'string', description: 'Start of the segment.', format: 'date-time' },
                confirmation_code: { type: 'string', description: 'Booking reference, if any.', pattern: '^[A-Z0-9]{5,8}$' },
              },
              required: ['type', 'title', 'starts_at'],
              additionalProperties: false,
            },
            minItems: 1,
            maxItems: 30,
          },
          traveler_emails: {
            type: 'array',
            description: 'Emails of travelers to share the itinerary with.',
            items: { type: 'string', format: 'email' },
            maxItems: 10,
            uniqueItems: true,
          },
        },
        required: ['title', 'start_date', 'end_date'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          itinerary_id: { type: 'string' },
          title: { type: 'string' },
          segment_count: { type: 'integer', minimum: 0, maximum: 30 },
          share_url: { type: 'string', format: 'uri' },
          created_at: { type: 'string', format: 'date-time' },
        },
        required: ['itinerary_id', 'title', 'segment_count', 'created_at'],
      },
      origin: 'seed',
    },
  ],
};
