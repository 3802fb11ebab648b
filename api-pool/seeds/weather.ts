import type { SeedDomain } from '../types.js';

export const domain: SeedDomain = {
  name: 'weather',
  description: 'Observations, forecasts, warnings and climate history for places on land and at sea.',
  subdomains: [
    { name: 'observations', description: 'What the weather is right now, from stations and models.' },
    { name: 'forecasts', description: 'Hour-by-hour and route forecasts for the days ahead.' },
    { name: 'alerts', description: 'Official severe weather warnings.' },
    { name: 'climate', description: 'Past weather and long-term climate normals.' },
    { name: 'marine', description: 'Waves, swell and sea conditions.' },
  ],
  apis: [
    {
      name: 'get_station_observation',
      domain: 'weather',
      subdomain: 'observations',
      description:
        'Get the latest METAR-style observation reported by a weather station identified by its ICAO code. Use it for exact measured conditions at an airport or station.',
      parameters: {
        type: 'object',
        properties: {
          station_id: { type: 'string', description: 'ICAO code of the station, e.g. KSEA or LFPG.', pattern: '^[A-Z]{4}$' },
          units: { type: 'string', description: 'Unit system of the values.', enum: ['metric', 'imperial'], default: 'metric' },
          include_raw: { type: 'boolean', description: 'Also return the raw METAR text.', default: false },
        },
        required: ['station_id'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          station_id: { type: 'string' },
          observed_at: { type: 'string', format: 'date-time' },
          temperature: { type: 'number', minimum: -30, maximum: 45 },
          dew_point: { type: 'number', minimum: -35, maximum: 30 },
          wind_direction_deg: { type: 'integer', minimum: 0, maximum: 360 },
          wind_speed: { type: 'number', minimum: 0, maximum: 120 },
          visibility_km: { type: 'number', minimum: 0, maximum: 10 },
          pressure_hpa: { type: 'number', minimum: 960, maximum: 1050 },
          sky: { type: 'string', enum: ['clear', 'few', 'scattered', 'broken', 'overcast'] },
          raw_metar: { type: 'string' },
        },
        required: ['station_id', 'observed_at', 'temperature', 'wind_speed', 'pressure_hpa'],
      },
      origin: 'seed',
    },
    {
      name: 'get_uv_index',
      domain: 'weather',
      subdomain: 'observations',
      description:
        'Get the current and peak UV index for a location on a day, with sun-protection advice. Use it for questions about sunburn risk or when to apply sunscreen.',
      parameters: {
        type: 'object',
        properties: {
          latitude: { type: 'number', description: 'Latitude in decimal degrees.', minimum: -90, maximum: 90 },
          longitude: { type: 'number', description: 'Longitude in decimal degrees.', minimum: -180, maximum: 180 },
          date: { type: 'string', description: 'Day to report; today when omitted.', format: 'date' },
        },
        required: ['latitude', 'longitude'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          uv_index: { type: 'number', minimum: 0, maximum: 12 },
          uv_max: { type: 'number', minimum: 0, maximum: 14 },
          uv_max_time: { type: 'string', format: 'date-time' },
          risk_level: { type: 'string', enum: ['low', 'moderate', 'high', 'very_high', 'extreme'] },
          safe_exposure_minutes: { type: 'integer', minimum: 5, maximum: 180 },
        },
        required: ['uv_index', 'uv_max', 'risk_level'],
      },
      origin: 'seed',
    },
    {
      name: 'get_hourly_forecast',
      domain: 'weather',
      subdomain: 'forecasts',
      description:
        'Get an hour-by-hour forecast for coordinates, with selectable variables. Use it when the user needs timing within a day (when will the rain start, temperature at 6pm).',
      parameters: {
        type: 'object',
        properties: {
          latitude: { type: 'number', description: 'Latitude in decimal degrees.', minimum: -90, maximum: 90 },
          longitude: { type: 'number', description: 'Longitude in decimal degrees.', minimum: -180, maximum: 180 },
          hours: { type: 'integer', description: 'Number of hours ahead to return.', minimum: 1, maximum: 168, default: 24 },
          variables: {
            type: 'array',
            description: 'Variables to include for each hour.',
            items: { type: 'string', enum: ['temperature', 'precipitation_probability', 'precipitation', 'wind_speed', 'wind_gusts', 'cloud_cover', 'humidity'] },
            minItems: 1,
            maxItems: 7,
            uniqueItems: true,
            default: ['temperature', 'precipitation_probability'],
          },
          units: { type: 'string', description: 'Unit system.', enum: ['metric', 'imperial'], default: 'metric' },
          timezone: { type: 'string', description: 'IANA time zone for the timestamps, e.g. Europe/Paris; UTC when omitted.' },
        },
        required: ['latitude', 'longitude'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          latitude: { type: 'number' },
          longitude: { type: 'number' },
          timezone: { type: 'string' },
          hourly: {
            type: 'array',
            maxItems: 6,
            items: {
              type: 'object',
              properties: {
                time: { type: 'string', format: 'date-time' },
                temperature: { type: 'number', minimum: -20, maximum: 40 },
                precipitation_probability: { type: 'integer', minimum: 0, maximum: 100 },
                precipitation: { type: 'number', minimum: 0, maximum: 20 },
                wind_speed: { type: 'number', minimum: 0, maximum: 80 },
              },
              required: ['time'],
            },
          },
        },
        required: ['latitude', 'longitude', 'hourly'],
      },
      origin: 'seed',
    },
    {
      name: 'get_route_weather',
      domain: 'weather',
      subdomain: 'forecasts',
      description:
        'Forecast the weather along a journey: for each waypoint, the conditions expected at the time the traveler passes it. Use it for road trips, cycling tours or hikes.',
      parameters: {
        type: 'object',
        properties: {
          waypoints: {
            type: 'array',
            description: 'Points of the route in travel order, with the expected time of passage.',
            items: {
              type: 'object',
              properties: {
                latitude: { type: 'number', description: 'Latitude in decimal degrees.', minimum: -90, maximum: 90 },
                longitude: { type: 'number', description: 'Longitude in decimal degrees.', minimum: -180, maximum: 180 },
                eta: { type: 'string', description: 'Expected arrival time at the waypoint.', format: 'date-time' },
                label: { type: 'string', description: 'Optional name of the waypoint, e.g. a town.' },
              },
              required: ['latitude', 'longitude', 'eta'],
              additionalProperties: false,
            },
            minItems: 2,
            maxItems: 25,
          },
          units: { type: 'string', description: 'Unit system.', enum: ['metric', 'imperial'], default: 'metric' },
          include_road_conditions: { type: 'boolean', description: 'Also estimate road surface state (dry, wet, icy).', default: false },
        },
        required: ['waypoints'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          points: {
            type: 'array',
            maxItems: 6,
            items: {
              type: 'object',
              properties: {
                label: { type: 'string' },
                eta: { type: 'string', format: 'date-time' },
                temperature: { type: 'number', minimum: -20, maximum: 40 },
                condition: { type: 'string', enum: ['clear', 'cloudy', 'rain', 'snow', 'fog', 'thunderstorm'] },
                road_surface: { type: 'string', enum: ['dry', 'wet', 'icy', 'snow_covered'] },
              },
              required: ['eta', 'temperature', 'condition'],
            },
          },
          worst_condition: { type: 'string' },
        },
        required: ['points'],
      },
      origin: 'seed',
    },
    {
      name: 'get_severe_weather_alerts',
      domain: 'weather',
      subdomain: 'alerts',
      description:
        'List official severe weather warnings (storms, floods, heat, snow) issued for a country or region. Use it when the user asks whether there are warnings in effect.',
      parameters: {
        type: 'object',
        properties: {
          country_code: { type: 'string', description: 'ISO 3166-1 alpha-2 country code.', pattern: '^[A-Z]{2}$' },
          region: { type: 'string', description: 'State, province or county name to narrow the area, e.g. Bavaria.' },
          min_severity: { type: 'string', description: 'Lowest severity to include.', enum: ['minor', 'moderate', 'severe', 'extreme'], default: 'moderate' },
          event_types: {
            type: 'array',
            description: 'Only these hazard types.',
            items: { type: 'string', enum: ['thunderstorm', 'flood', 'heat', 'wind', 'snow', 'ice', 'fog', 'wildfire', 'tornado', 'hurricane'] },
            uniqueItems: true,
            minItems: 1,
            maxItems: 10,
          },
          active_only: { type: 'boolean', description: 'Exclude alerts that have expired or not yet started.', default: true },
        },
        required: ['country_code'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          alerts: {
            type: 'array',
            maxItems: 4,
            items: {
              type: 'object',
              properties: {
                alert_id: { type: 'string' },
                event: { type: 'string' },
                severity: { type: 'string', enum: ['minor', 'moderate', 'severe', 'extreme'] },
                headline: { type: 'string' },
                areas: { type: 'array', items: { type: 'string' }, maxItems: 4 },
                effective: { type: 'string', format: 'date-time' },
                expires: { type: 'string', format: 'date-time' },
                issuer: { type: 'string' },
              },
              required: ['alert_id', 'event', 'severity', 'headline', 'effective', 'expires'],
            },
          },
          count: { type: 'integer', minimum: 0 },
        },
        required: ['alerts', 'count'],
      },
      origin: 'seed',
    },
    {
      name: 'get_historical_weather',
      domain: 'weather',
      subdomain: 'climate',
      description:
        'Get daily weather records for a past date range at coordinates (reanalysis archive). Use it for questions like how much it rained last month or how hot it was on a past date.',
      parameters: {
        type: 'object',
        properties: {
          latitude: { type: 'number', description: 'Latitude in decimal degrees.', minimum: -90, maximum: 90 },
          longitude: { type: 'number', description: 'Longitude in decimal degrees.', minimum: -180, maximum: 180 },
          start_date: { type: 'string', description: 'First day of the range.', format: 'date' },
          end_date: { type: 'string', description: 'Last day of the range (at most 366 days after start).', format: 'date' },
          daily_variables: {
            type: 'array',
            description: 'Daily aggregates to return.',
            items: { type: 'string', enum: ['temperature_max', 'temperature_min', 'precipitation_sum', 'snowfall_sum', 'wind_speed_max', 'sunshine_duration'] },
            minItems: 1,
            maxItems: 6,
            uniqueItems: true,
          },
          units: { type: 'string', description: 'Unit system.', enum: ['metric', 'imperial'], default: 'metric' },
        },
        required: ['latitude', 'longitude', 'start_date', 'end_date', 'daily_variables'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          days: {
            type: 'array',
            maxItems: 7,
            items: {
              type: 'object',
              properties: {
                date: { type: 'string', format: 'date' },
                temperature_max: { type: 'number', minimum: -20, maximum: 42 },
                temperature_min: { type: 'number', minimum: -30, maximum: 30 },
                precipitation_sum: { type: 'number', minimum: 0, maximum: 60 },
                wind_speed_max: { type: 'number', minimum: 0, maximum: 100 },
              },
              required: ['date'],
            },
          },
          summary: {
            type: 'object',
            properties: {
              mean_temperature: { type: 'number', minimum: -20, maximum: 35 },
              total_precipitation: { type: 'number', minimum: 0, maximum: 500 },
            },
          },
        },
        required: ['days'],
      },
      origin: 'seed',
    },
    {
      name: 'get_marine_forecast',
      domain: 'weather',
      subdomain: 'marine',
      description:
        'Get a daily marine forecast (wave height, swell, sea temperature, wind) for a point at sea or on the coast. Use it for sailing, surfing or fishing plans.',
      parameters: {
        type: 'object',
        properties: {
          latitude: { type: 'number', description: 'Latitude in decimal degrees.', minimum: -90, maximum: 90 },
          longitude: { type: 'number', description: 'Longitude in decimal degrees.', minimum: -180, maximum: 180 },
          days: { type: 'integer', description: 'Number of days to forecast.', minimum: 1, maximum: 10, default: 3 },
          include_tides: { type: 'boolean', description: 'Also return high and low tide times.', default: false },
        },
        required: ['latitude', 'longitude'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          days: {
            type: 'array',
            maxItems: 5,
            items: {
              type: 'object',
              properties: {
                date: { type: 'string', format: 'date' },
                wave_height_m: { type: 'number', minimum: 0, maximum: 8 },
                swell_period_s: { type: 'number', minimum: 3, maximum: 20 },
                swell_direction_deg: { type: 'integer', minimum: 0, maximum: 360 },
                sea_temperature_c: { type: 'number', minimum: 0, maximum: 32 },
                wind_speed_kn: { type: 'number', minimum: 0, maximum: 50 },
                high_tides: { type: 'array', items: { type: 'string', format: 'date-time' }, maxItems: 2 },
              },
              required: ['date', 'wave_height_m', 'swell_period_s'],
            },
          },
        },
        required: ['days'],
      },
      origin: 'seed',
    },
  ],
};
