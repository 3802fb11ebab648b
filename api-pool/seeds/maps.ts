import type { SeedDomain } from '../types.js';

export const domain: SeedDomain = {
  name: 'maps',
  description: 'Geocoding, routing, places, traffic and terrain data for locations on a map.',
  subdomains: [
    { name: 'geocoding', description: 'Turning addresses into coordinates and back.' },
    { name: 'routing', description: 'Travel times, distances and reachable areas.' },
    { name: 'places', description: 'Details of points of interest.' },
    { name: 'traffic', description: 'Live road incidents and congestion.' },
    { name: 'terrain', description: 'Elevation and relief along paths.' },
  ],
  apis: [
    {
      name: 'geocode_address',
      domain: 'maps',
      subdomain: 'geocoding',
      description:
        'Convert a free-text address or place name into coordinates and a structured address, with a confidence score. Use it before any call that needs latitude and longitude.',
      parameters: {
        type: 'object',
        properties: {
          address: { type: 'string', description: 'Address or place to look up, e.g. 10 Downing Street, London.', minLength: 2 },
          country_codes: {
            type: 'array',
            description: 'Restrict results to these ISO 3166-1 alpha-2 countries.',
            items: { type: 'string', pattern: '^[A-Z]{2}$' },
            minItems: 1,
            maxItems: 5,
            uniqueItems: true,
          },
          language: { type: 'string', description: 'ISO 639-1 language for the returned labels.', enum: ['en', 'fr', 'es', 'de', 'it', 'pt', 'ja', 'ko', 'zh', 'ar'], default: 'en' },
          limit: { type: 'integer', description: 'Maximum number of candidates.', minimum: 1, maximum: 10, default: 5 },
        },
        required: ['address'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          results: {
            type: 'array',
            maxItems: 3,
            items: {
              type: 'object',
              properties: {
                formatted_address: { type: 'string' },
                latitude: { type: 'number', minimum: -60, maximum: 70 },
                longitude: { type: 'number', minimum: -180, maximum: 180 },
                postal_code: { type: 'string' },
                country_code: { type: 'string', pattern: '^[A-Z]{2}$' },
                match_type: { type: 'string', enum: ['rooftop', 'street', 'postal_code', 'locality', 'region'] },
                confidence: { type: 'number', minimum: 0, maximum: 1 },
              },
              required: ['formatted_address', 'latitude', 'longitude', 'confidence'],
            },
          },
        },
        required: ['results'],
      },
      origin: 'seed',
    },
    {
      name: 'reverse_geocode',
      domain: 'maps',
      subdomain: 'geocoding',
      description:
        'Find the address, neighborhood or administrative area at given coordinates. Use it to tell the user where a GPS position is.',
      parameters: {
        type: 'object',
        properties: {
          latitude: { type: 'number', description: 'Latitude in decimal degrees.', minimum: -90, maximum: 90 },
          longitude: { type: 'number', description: 'Longitude in decimal degrees.', minimum: -180, maximum: 180 },
          result_types: {
            type: 'array',
            description: 'Kinds of features to return, most precise first.',
            items: { type: 'string', enum: ['address', 'street', 'neighborhood', 'locality', 'postcode', 'region', 'country'] },
            minItems: 1,
            maxItems: 7,
            uniqueItems: true,
            default: ['address'],
          },
          language: { type: 'string', description: 'ISO 639-1 language for labels.', enum: ['en', 'fr', 'es', 'de', 'it', 'pt', 'ja', 'ko', 'zh', 'ar'], default: 'en' },
        },
        required: ['latitude', 'longitude'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          features: {
            type: 'array',
            maxItems: 3,
            items: {
              type: 'object',
              properties: {
                type: { type: 'string' },
                name: { type: 'string' },
                full_address: { type: 'string' },
                distance_m: { type: 'number', minimum: 0, maximum: 500 },
              },
              required: ['type', 'name'],
            },
          },
        },
        required: ['features'],
      },
      origin: 'seed',
    },
    {
      name: 'get_distance_matrix',
      domain: 'maps',
      subdomain: 'routing',
      description:
        'Compute travel time and distance from each of several origins to each of several destinations for a travel mode. Use it to compare options, e.g. which office is closest to each employee.',
      parameters: {
        type: 'object',
        properties: {
          origins: {
            type: 'array',
            description: 'Starting points.',
            items: {
              type: 'object',
              properties: {
                latitude: { type: 'number', description: 'Latitude in decimal degrees.', minimum: -90, maximum: 90 },
                longitude: { type: 'number', description: 'Longitude in decimal degrees.', minimum: -180, maximum: 180 },
              },
              required: ['latitude', 'longitude'],
              additionalProperties: false,
            },
            minItems: 1,
            maxItems: 10,
          },
          destinations: {
            type: 'array',
            description: 'End points.',
            items: {
              type: 'object',
              properties: {
                latitude: { type: 'number', description: 'Latitude in decimal degrees.', minimum: -90, maximum: 90 },
                longitude: { type: 'number', description: 'Longitude in decimal degrees.', minimum: -180, maximum: 180 },
              },
              required: ['latitude', 'longitude'],
              additionalProperties: false,
            },
            minItems: 1,
            maxItems: 10,
          },
          mode: { type: 'string', description: 'Travel mode.', enum: ['driving', 'walking', 'cycling', 'transit'], default: 'driving' },
          departure_time: { type: 'string', description: 'Departure time used for traffic-aware estimates.', format: 'date-time' },
          avoid: {
            type: 'array',
            description: 'Road features to avoid.',
            items: { type: 'string', enum: ['tolls', 'highways', 'ferries'] },
            uniqueItems: true,
            maxItems: 3,
          },
        },
        required: ['origins', 'destinations'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          rows: {
            type: 'array',
            maxItems: 3,
            items: {
              type: 'object',
              properties: {
                origin_index: { type: 'integer', minimum: 0, maximum: 9 },
                elements: {
                  type: 'array',
                  maxItems: 3,
                  items: {
                    type: 'object',
                    properties: {
                      destination_index: { type: 'integer', minimum: 0, maximum: 9 },
                      distance_m: { type: 'integer', minimum: 100, maximum: 200000 },
                      duration_s: { type: 'integer', minimum: 60, maximum: 14400 },
                      status: { type: 'string', enum: ['ok', 'not_found', 'no_route'] },
                    },
                    required: ['destination_index', 'status'],
                  },
                },
              },
              required: ['origin_index', 'elements'],
            },
          },
        },
        required: ['rows'],
      },
      origin: 'seed',
    },
    {
      name: 'compute_isochrone',
      domain: 'maps',
      subdomain: 'routing',
      description:
        'Compute the area reachable from a point within given travel times (isochrone polygons). Use it for questions like what can I reach within 15 minutes by bike.',
      parameters: {
        type: 'object',
        properties: {
          center: {
            type: 'object',
            description: 'Starting point.',
            properties: {
              latitude: { type: 'number', description: 'Latitude in decimal degrees.', minimum: -90, maximum: 90 },
              longitude: { type: 'number', description: 'Longitude in decimal degrees.', minimum: -180, maximum: 180 },
            },
            required: ['latitude', 'longitude'],
            additionalProperties: false,
          },
          profile: { type: 'string', description: 'Travel profile.', enum: ['driving', 'walking', 'cycling'], default: 'walking' },
          contours_minutes: {
            type: 'array',
            description: 'Travel-time thresholds, one polygon each.',
            items: { type: 'integer', minimum: 1, maximum: 60 },
            minItems: 1,
            maxItems: 4,
            uniqueItems: true,
          },
          generalize_m: { type: 'number', description: 'Simplification tolerance of polygon outlines in meters.', minimum: 0, maximum: 500, default: 50 },
        },
        required: ['center', 'contours_minutes'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          contours: {
            type: 'array',
            maxItems: 4,
            items: {
              type: 'object',
              properties: {
                minutes: { type: 'integer', minimum: 1, maximum: 60 },
                area_km2: { type: 'number', minimum: 0.1, maximum: 900 },
                polygon_geojson_url: { type: 'string', format: 'uri' },
              },
              required: ['minutes', 'area_km2'],
            },
          },
          profile: { type: 'string' },
        },
        required: ['contours', 'profile'],
      },
      origin: 'seed',
    },
    {
      name: 'get_place_details',
      domain: 'maps',
      subdomain: 'places',
      description:
        'Get details of a point of interest by its place id: address, phone, website, opening hours, rating and price level. Use it after a place search to answer questions about one place.',
      parameters: {
        type: 'object',
        properties: {
          place_id: { type: 'string', description: 'Identifier of the place, e.g. ChIJN1t_tDeuEmsRUsoyG83frY4.', minLength: 1 },
          fields: {
            type: 'array',
            description: 'Fields to return; all basic fields when omitted.',
            items: { type: 'string', enum: ['address', 'phone', 'website', 'opening_hours', 'rating', 'price_level', 'photos', 'reviews'] },
            minItems: 1,
            maxItems: 8,
            uniqueItems: true,
          },
          language: { type: 'string', description: 'ISO 639-1 language for texts.', enum: ['en', 'fr', 'es', 'de', 'it', 'pt', 'ja', 'ko', 'zh', 'ar'], default: 'en' },
        },
        required: ['place_id'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          place_id: { type: 'string' },
          name: { type: 'string' },
          address: { type: 'string' },
          phone: { type: 'string' },
          website: { type: 'string', format: 'uri' },
          rating: { type: 'number', minimum: 1, maximum: 5 },
          price_level: { type: 'integer', minimum: 1, maximum: 4 },
          open_now: { type: 'boolean' },
          opening_hours: { type: 'array', items: { type: 'string' }, maxItems: 7 },
        },
        required: ['place_id', 'name', 'address'],
      },
      origin: 'seed',
    },
    {
      name: 'get_traffic_incidents',
      domain: 'maps',
      subdomain: 'traffic',
      description:
        'List live traffic incidents (accidents, closures, roadworks, jams) inside a bounding box. Use it to warn about disruption on the roads in an area.',
      parameters: {
        type: 'object',
        properties: {
          bbox: {
            type: 'object',
            description: 'Area to search, as south-west and north-east corners.',
            properties: {
              min_latitude: { type: 'number', description: 'Southern edge.', minimum: -90, maximum: 90 },
              min_longitude: { type: 'number', description: 'Western edge.', minimum: -180, maximum: 180 },
              max_latitude: { type: 'number', description: 'Northern edge.', minimum: -90, maximum: 90 },
              max_longitude: { type: 'number', description: 'Eastern edge.', minimum: -180, maximum: 180 },
            },
            required: ['min_latitude', 'min_longitude', 'max_latitude', 'max_longitude'],
            additionalProperties: false,
          },
          types: {
            type: 'array',
            description: 'Incident types to include.',
            items: { type: 'string', enum: ['accident', 'congestion', 'road_closed', 'roadworks', 'weather', 'event'] },
            uniqueItems: true,
            minItems: 1,
            maxItems: 6,
          },
          min_severity: { type: 'integer', description: 'Minimum severity from 1 (minor) to 4 (major).', minimum: 1, maximum: 4, default: 1 },
        },
        required: ['bbox'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          incidents: {
            type: 'array',
            maxItems: 4,
            items: {
              type: 'object',
              properties: {
                incident_id: { type: 'string' },
                type: { type: 'string' },
                severity: { type: 'integer', minimum: 1, maximum: 4 },
                road: { type: 'string' },
                description: { type: 'string' },
                delay_minutes: { type: 'integer', minimum: 0, maximum: 90 },
                start_time: { type: 'string', format: 'date-time' },
                end_time: { type: 'string', format: 'date-time' },
              },
              required: ['incident_id', 'type', 'severity', 'description'],
            },
          },
          updated_at: { type: 'string', format: 'date-time' },
        },
        required: ['incidents', 'updated_at'],
      },
      origin: 'seed',
    },
    {
      name: 'get_elevation_profile',
      domain: 'maps',
      subdomain: 'terrain',
      description:
        'Sample terrain elevation along a path and report total ascent and descent. Use it to judge how hilly a hike, run or bike route is.',
      parameters: {
        type: 'object',
        properties: {
          path: {
            type: 'array',
            description: 'Vertices of the path in order.',
            items: {
              type: 'object',
              properties: {
                latitude: { type: 'number', description: 'Latitude in decimal degrees.', minimum: -90, maximum: 90 },
                longitude: { type: 'number', description: 'Longitude in decimal degrees.', minimum: -180, maximum: 180 },
              },
              required: ['latitude', 'longitude'],
              additionalProperties: false,
            },
            minItems: 2,
            maxItems: 512,
          },
          samples: { type: 'integer', description: 'Number of equally spaced elevation samples.', minimum: 2, maximum: 500, default: 100 },
          units: { type: 'string', description: 'Unit for heights and distances.', enum: ['meters', 'feet'], default: 'meters' },
        },
        required: ['path'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          total_distance: { type: 'number', minimum: 0, maximum: 100000 },
          total_ascent: { type: 'number', minimum: 0, maximum: 3000 },
          total_descent: { type: 'number', minimum: 0, maximum: 3000 },
          max_elevation: { type: 'number', minimum: 0, maximum: 4000 },
          min_elevation: { type: 'number', minimum: 0, maximum: 4000 },
          samples: {
            type: 'array',
            maxItems: 5,
            items: {
              type: 'object',
              properties: {
                distance: { type: 'number', minimum: 0 },
                elevation: { type: 'number', minimum: 0, maximum: 4000 },
              },
              required: ['distance', 'elevation'],
            },
          },
        },
        required: ['total_distance', 'total_ascent', 'total_descent', 'samples'],
      },
      origin: 'seed',
    },
  ],
};
