import type { SeedDomain } from '../types.js';

export const domain: SeedDomain = {
  name: 'agriculture',
  description: 'Crop statistics, commodity prices, soil and field data, farm management and pest reporting.',
  subdomains: [
    { name: 'crop-statistics', description: 'Crop production, yields and planted acreage.' },
    { name: 'commodity-markets', description: 'Agricultural commodity prices and market reports.' },
    { name: 'soil-and-fields', description: 'Soil surveys, field boundaries and agronomic conditions.' },
    { name: 'farm-management', description: 'Field operations, livestock records and pest reports.' },
  ],
  apis: [
    {
      name: 'get_crop_production_stats',
      domain: 'agriculture',
      subdomain: 'crop-statistics',
      description:
        'Get official crop statistics (area planted, area harvested, yield, production) for a commodity, region and year range, as published by an agricultural statistics service such as USDA NASS.',
      parameters: {
        type: 'object',
        properties: {
          commodity: { type: 'string', description: 'Crop name.', enum: ['corn', 'soybeans', 'wheat', 'cotton', 'rice', 'barley', 'sorghum', 'oats', 'potatoes'] },
          state_code: { type: 'string', description: 'Two-letter state code, or "US" for the national total.', pattern: '^[A-Z]{2}$' },
          year_from: { type: 'integer', description: 'First year.', minimum: 1900, maximum: 2030 },
          year_to: { type: 'integer', description: 'Last year.', minimum: 1900, maximum: 2030 },
          statistics: {
            type: 'array',
            description: 'Statistics to return.',
            items: { type: 'string', enum: ['area_planted', 'area_harvested', 'yield', 'production', 'price_received'] },
            uniqueItems: true,
            minItems: 1,
            default: ['yield', 'production'],
          },
        },
        required: ['commodity', 'state_code', 'year_from'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          commodity: { type: 'string' },
          state_code: { type: 'string' },
          rows: {
            type: 'array',
            items: {
              type: 'object',
              properties: { year: { type: 'integer' }, statistic: { type: 'string' }, value: { type: 'number' }, unit: { type: 'string' } },
              required: ['year', 'statistic', 'value', 'unit'],
            },
          },
          source: { type: 'string' },
        },
        required: ['commodity', 'rows'],
      },
      origin: 'seed',
    },
    {
      name: 'get_crop_progress_report',
      domain: 'agriculture',
      subdomain: 'crop-statistics',
      description: 'Get the weekly crop progress and condition report (percent planted, emerged, harvested, and good/excellent condition) for a crop in a state.',
      parameters: {
        type: 'object',
        properties: {
          commodity: { type: 'string', description: 'Crop name.', enum: ['corn', 'soybeans', 'winter_wheat', 'spring_wheat', 'cotton', 'rice', 'sorghum'] },
          state_code: { type: 'string', description: 'Two-letter state code.', pattern: '^[A-Z]{2}$' },
          week_ending: { type: 'string', description: 'Week-ending date of the report (a Sunday); defaults to the latest report.', format: 'date' },
        },
        required: ['commodity', 'state_code'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          week_ending: { type: 'string', format: 'date' },
          progress: {
            type: 'object',
            properties: { planted_pct: { type: 'number' }, emerged_pct: { type: 'number' }, harvested_pct: { type: 'number' }, five_year_avg_planted_pct: { type: 'number' } },
          },
          condition: {
            type: 'object',
            properties: {
              very_poor: { type: 'number' },
              poor: { type: 'number' },
              fair: { type: 'number' },
              good: { type: 'number' },
              excellent: { type: 'number' },
            },
          },
        },
        required: ['week_ending', 'progress'],
      },
      origin: 'seed',
    },
    {
      name: 'get_grain_cash_bids',
      domain: 'agriculture',
      subdomain: 'commodity-markets',
      description: 'Get current cash bids and basis for grain offered by elevators and processors near a location, for selling a harvest.',
      parameters: {
        type: 'object',
        properties: {
          commodity: { type: 'string', description: 'Grain being sold.', enum: ['corn', 'soybeans', 'wheat', 'sorghum', 'oats'] },
          postal_code: { type: 'string', description: 'ZIP code of the farm.', pattern: '^[0-9]{5}$' },
          radius_miles: { type: 'integer', description: 'Search radius around the ZIP code.', minimum: 5, maximum: 250, default: 50 },
          delivery_month: { type: 'string', description: 'Delivery month in YYYY-MM form; omit for spot.', pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$' },
        },
        required: ['commodity', 'postal_code'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          commodity: { type: 'string' },
          futures_price: { type: 'number' },
          bids: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                buyer: { type: 'string' },
                location: { type: 'string' },
                distance_miles: { type: 'number' },
                cash_price: { type: 'number' },
                basis: { type: 'number' },
                unit: { type: 'string' },
                updated_at: { type: 'string', format: 'date-time' },
              },
              required: ['buyer', 'cash_price', 'basis'],
            },
          },
        },
        required: ['commodity', 'bids'],
      },
      origin: 'seed',
    },
    {
      name: 'get_soil_survey',
      domain: 'agriculture',
      subdomain: 'soil-and-fields',
      description: 'Get soil survey map units and properties (texture, drainage, pH, organic matter, productivity) for a field polygon.',
      parameters: {
        type: 'object',
        properties: {
          field_boundary: {
            type: 'array',
            description: 'Closed polygon of the field as a list of vertices.',
            minItems: 4,
            maxItems: 500,
            items: {
              type: 'object',
              properties: {
                lat: { type: 'number', description: 'Latitude of the vertex.', minimum: -90, maximum: 90 },
                lon: { type: 'number', description: 'Longitude of the vertex.', minimum: -180, maximum: 180 },
              },
              required: ['lat', 'lon'],
              additionalProperties: false,
            },
          },
          depth_cm: { type: 'integer', description: 'Soil depth for the reported properties, in centimetres.', minimum: 5, maximum: 200, default: 30 },
        },
        required: ['field_boundary'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          area_hectares: { type: 'number' },
          map_units: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                map_unit_key: { type: 'string' },
                soil_name: { type: 'string' },
                percent_of_field: { type: 'number' },
                texture: { type: 'string' },
                drainage_class: { type: 'string' },
                ph: { type: 'number' },
                organic_matter_pct: { type: 'number' },
                productivity_index: { type: 'integer' },
              },
              required: ['map_unit_key', 'soil_name', 'percent_of_field'],
            },
          },
        },
        required: ['area_hectares', 'map_units'],
      },
      origin: 'seed',
    },
    {
      name: 'log_field_operation',
      domain: 'agriculture',
      subdomain: 'farm-management',
      description: 'Record a field operation (planting, spraying, fertilizing, harvest) in the farm management system, including inputs applied and rates.',
      parameters: {
        type: 'object',
        properties: {
          field_id: { type: 'string', description: 'Identifier of the field.', minLength: 1 },
          operation_type: { type: 'string', description: 'Kind of operation.', enum: ['tillage', 'planting', 'fertilizing', 'spraying', 'irrigation', 'harvest'] },
          performed_on: { type: 'string', description: 'Date the operation was done.', format: 'date' },
          area_acres: { type: 'number', description: 'Area covered by the operation.', minimum: 0.1, maximum: 100000 },
          inputs: {
            type: 'array',
            description: 'Products applied during the operation (seed, fertilizer, chemicals).',
            maxItems: 10,
            items: {
              type: 'object',
              properties: {
                product_name: { type: 'string', description: 'Commercial product name.' },
                rate: { type: 'number', description: 'Application rate per acre.', minimum: 0 },
                rate_unit: { type: 'string', description: 'Unit of the rate.', enum: ['lb', 'gal', 'oz', 'seeds', 'bu'] },
              },
              required: ['product_name', 'rate', 'rate_unit'],
              additionalProperties: false,
            },
          },
          operator_notes: { type: 'string', description: 'Free-text notes.', maxLength: 1000 },
        },
        required: ['field_id', 'operation_type', 'performed_on'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          operation_id: { type: 'string' },
          field_id: { type: 'string' },
          recorded_at: { type: 'string', format: 'date-time' },
          total_input_cost: { type: 'number' },
        },
        required: ['operation_id', 'field_id', 'recorded_at'],
      },
      origin: 'seed',
    },
    {
      name: 'report_crop_pest_sighting',
      domain: 'agriculture',
      subdomain: 'farm-management',
      description: 'Report a pest or disease sighting in a crop to an extension-service monitoring network, and get regional alerts for it.',
      parameters: {
        type: 'object',
        properties: {
          pest_name: { type: 'string', description: 'Common name of the pest or disease, e.g. "fall armyworm", "tar spot".', minLength: 2 },
          crop: { type: 'string', description: 'Affected crop.' },
          latitude: { type: 'number', description: 'Latitude of the sighting.', minimum: -90, maximum: 90 },
          longitude: { type: 'number', description: 'Longitude of the sighting.', minimum: -180, maximum: 180 },
          severity: { type: 'integer', description: 'Severity from 1 (trace) to 5 (severe).', minimum: 1, maximum: 5 },
          observed_on: { type: 'string', description: 'Date of the observation.', format: 'date' },
          photo_url: { type: 'string', description: 'Photo of the symptoms.', format: 'uri' },
        },
        required: ['pest_name', 'crop', 'latitude', 'longitude', 'severity'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          report_id: { type: 'string' },
          confirmed_in_county: { type: 'boolean' },
          regional_alerts: {
            type: 'array',
            items: { type: 'object', properties: { title: { type: 'string' }, issued_on: { type: 'string', format: 'date' }, url: { type: 'string', format: 'uri' } }, required: ['title'] },
          },
        },
        required: ['report_id'],
      },
      origin: 'seed',
    },
  ],
};
