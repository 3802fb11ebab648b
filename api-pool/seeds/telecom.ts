import type { SeedDomain } from '../types.js';

export const domain: SeedDomain = {
  name: 'telecom',
  description: 'Telecommunications: phone number intelligence and provisioning, mobile plans and usage, eSIMs and network coverage.',
  subdomains: [
    { name: 'number-intelligence', description: 'Carrier, line type and validity lookups for phone numbers.' },
    { name: 'number-provisioning', description: 'Searching, buying and releasing virtual phone numbers.' },
    { name: 'mobile-plans', description: 'Subscriber usage, plan changes and eSIM activation.' },
    { name: 'network', description: 'Network coverage and service status.' },
  ],
  apis: [
    {
      name: 'lookup_phone_number_info',
      domain: 'telecom',
      subdomain: 'number-intelligence',
      description:
        'Validate a phone number and return its E.164 formatting, country, carrier, line type (mobile, landline, VoIP) and, optionally, caller name. Use before sending texts or to screen for fraud.',
      parameters: {
        type: 'object',
        properties: {
          phone_number: { type: 'string', description: 'Phone number in E.164 or national format.', minLength: 3, maxLength: 20 },
          country_code: { type: 'string', description: 'ISO 3166-1 alpha-2 country used to parse national-format numbers.', pattern: '^[A-Z]{2}$', default: 'US' },
          fields: {
            type: 'array',
            description: 'Extra data packages to include.',
            items: { type: 'string', enum: ['carrier', 'caller_name', 'sim_swap', 'line_status'] },
            uniqueItems: true,
            default: ['carrier'],
          },
        },
        required: ['phone_number'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          phone_number: { type: 'string', description: 'E.164 form.' },
          valid: { type: 'boolean' },
          country_code: { type: 'string' },
          national_format: { type: 'string' },
          carrier: {
            type: 'object',
            properties: { name: { type: 'string' }, type: { type: 'string', enum: ['mobile', 'landline', 'voip', 'toll_free', 'unknown'] }, mcc: { type: 'string' }, mnc: { type: 'string' } },
          },
          caller_name: { type: 'string' },
          last_sim_swap: { type: 'string', format: 'date-time' },
        },
        required: ['phone_number', 'valid'],
      },
      origin: 'seed',
    },
    {
      name: 'search_available_phone_numbers',
      domain: 'telecom',
      subdomain: 'number-provisioning',
      description: 'Search the inventory of virtual phone numbers that can be purchased, by country, area code, digits pattern and capabilities.',
      parameters: {
        type: 'object',
        properties: {
          country_code: { type: 'string', description: 'ISO 3166-1 alpha-2 country of the number.', pattern: '^[A-Z]{2}$' },
          number_type: { type: 'string', description: 'Kind of number.', enum: ['local', 'mobile', 'toll_free'], default: 'local' },
          area_code: { type: 'string', description: 'Area code to search in (local numbers).', pattern: '^[0-9]{2,5}$' },
          contains: { type: 'string', description: 'Digits the number must contain, e.g. "2024".', pattern: '^[0-9]{1,10}$' },
          capabilities: {
            type: 'array',
            description: 'Required capabilities.',
            items: { type: 'string', enum: ['voice', 'sms', 'mms', 'fax'] },
            uniqueItems: true,
            default: ['voice', 'sms'],
          },
          limit: { type: 'integer', description: 'Maximum numbers to return.', minimum: 1, maximum: 50, default: 10 },
        },
        required: ['country_code'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          available_numbers: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                phone_number: { type: 'string' },
                locality: { type: 'string' },
                region: { type: 'string' },
                capabilities: { type: 'array', items: { type: 'string' } },
                monthly_price: { type: 'number' },
                currency: { type: 'string' },
              },
              required: ['phone_number', 'capabilities', 'monthly_price'],
            },
          },
        },
        required: ['available_numbers'],
      },
      origin: 'seed',
    },
    {
      name: 'purchase_phone_number',
      domain: 'telecom',
      subdomain: 'number-provisioning',
      description:
        'Buy a virtual phone number for the account and configure where incoming calls and messages are sent. The account is billed the monthly fee from today.',
      parameters: {
        type: 'object',
        properties: {
          phone_number: { type: 'string', description: 'Number to buy in E.164 format, as returned by search_available_phone_numbers.', pattern: '^\\+[1-9][0-9]{6,14}$' },
          friendly_name: { type: 'string', description: 'Label for the number in the console.', maxLength: 64 },
          routing: {
            type: 'object',
            description: 'Webhooks invoked for inbound traffic.',
            properties: {
              voice_url: { type: 'string', description: 'Webhook called on incoming calls.', format: 'uri' },
              sms_url: { type: 'string', description: 'Webhook called on incoming messages.', format: 'uri' },
              http_method: { type: 'string', description: 'HTTP method for the webhooks.', enum: ['GET', 'POST'], default: 'POST' },
            },
            additionalProperties: false,
          },
        },
        required: ['phone_number'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          number_sid: { type: 'string' },
          phone_number: { type: 'string' },
          status: { type: 'string', enum: ['active', 'pending_regulatory_review'] },
          monthly_price: { type: 'number' },
          currency: { type: 'string' },
          purchased_at: { type: 'string', format: 'date-time' },
        },
        required: ['number_sid', 'phone_number', 'status', 'purchased_at'],
      },
      origin: 'seed',
    },
    {
      name: 'release_phone_number',
      domain: 'telecom',
      subdomain: 'number-provisioning',
      description: 'Release a phone number the account owns. Billing stops, inbound calls and texts stop working, and the number may be reassigned to someone else; it cannot be recovered.',
      parameters: {
        type: 'object',
        properties: {
          number_sid: { type: 'string', description: 'Identifier of the owned number.', pattern: '^PN[a-f0-9]{32}$' },
          confirm: { type: 'boolean', description: 'Must be true to confirm the irreversible release.' },
        },
        required: ['number_sid', 'confirm'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          number_sid: { type: 'string' },
          released: { type: 'boolean' },
          released_at: { type: 'string', format: 'date-time' },
        },
        required: ['number_sid', 'released'],
      },
      origin: 'seed',
    },
    {
      name: 'get_mobile_line_usage',
      domain: 'telecom',
      subdomain: 'mobile-plans',
      description: 'Get the current billing-cycle usage of a mobile line (data, minutes, texts, roaming) against its plan allowances.',
      parameters: {
        type: 'object',
        properties: {
          msisdn: { type: 'string', description: 'Mobile number of the line in E.164 format.', pattern: '^\\+[1-9][0-9]{6,14}$' },
          include_daily_breakdown: { type: 'boolean', description: 'Include per-day usage.', default: false },
        },
        required: ['msisdn'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          msisdn: { type: 'string' },
          plan_name: { type: 'string' },
          cycle_start: { type: 'string', format: 'date' },
          cycle_end: { type: 'string', format: 'date' },
          data_used_mb: { type: 'number' },
          data_allowance_mb: { type: 'number' },
          minutes_used: { type: 'integer' },
          texts_used: { type: 'integer' },
          roaming_data_mb: { type: 'number' },
          daily: {
            type: 'array',
            items: { type: 'object', properties: { date: { type: 'string', format: 'date' }, data_mb: { type: 'number' }, minutes: { type: 'integer' } }, required: ['date'] },
          },
        },
        required: ['msisdn', 'plan_name', 'data_used_mb', 'cycle_end'],
      },
      origin: 'seed',
    },
    {
      name: 'change_mobile_plan',
      domain: 'telecom',
      subdomain: 'mobile-plans',
      description: 'Switch a mobile line to another tariff plan, now or at the next billing cycle, optionally adding add-ons. Prorated charges may apply when switching immediately.',
      parameters: {
        type: 'object',
        properties: {
          msisdn: { type: 'string', description: 'Mobile number of the line in E.164 format.', pattern: '^\\+[1-9][0-9]{6,14}$' },
          new_plan_code: { type: 'string', description: 'Code of the target plan, e.g. "UNL-5G-PLUS".', pattern: '^[A-Z0-9-]{3,20}$' },
          effective: { type: 'string', description: 'When the change takes effect.', enum: ['immediately', 'next_cycle'], default: 'next_cycle' },
          add_ons: {
            type: 'array',
            description: 'Add-ons to attach to the new plan.',
            items: { type: 'string', enum: ['intl_roaming_pass', 'hotspot_10gb', 'intl_calling', 'device_protection', 'streaming_bundle'] },
            uniqueItems: true,
            maxItems: 5,
          },
        },
        required: ['msisdn', 'new_plan_code'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          order_id: { type: 'string' },
          previous_plan: { type: 'string' },
          new_plan: { type: 'string' },
          effective_date: { type: 'string', format: 'date' },
          prorated_charge: { type: 'number' },
          new_monthly_price: { type: 'number' },
        },
        required: ['order_id', 'new_plan', 'effective_date'],
      },
      origin: 'seed',
    },
    {
      name: 'check_network_coverage',
      domain: 'telecom',
      subdomain: 'network',
      description: 'Check mobile network coverage (2G to 5G) and signal quality at a location for a carrier, plus any ongoing outages in the area.',
      parameters: {
        type: 'object',
        properties: {
          location: {
            type: 'object',
            description: 'Point to check.',
            properties: {
              latitude: { type: 'number', description: 'Latitude in decimal degrees.', minimum: -90, maximum: 90 },
              longitude: { type: 'number', description: 'Longitude in decimal degrees.', minimum: -180, maximum: 180 },
            },
            required: ['latitude', 'longitude'],
            additionalProperties: false,
          },
          carrier: { type: 'string', description: 'Carrier name; omit to compare all carriers.' },
          technologies: {
            type: 'array',
            description: 'Radio technologies to check.',
            items: { type: 'string', enum: ['2G', '3G', '4G', '5G_NSA', '5G_SA'] },
            uniqueItems: true,
            default: ['4G', '5G_NSA', '5G_SA'],
          },
          indoor: { type: 'boolean', description: 'Estimate indoor rather than outdoor coverage.', default: false },
        },
        required: ['location'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          results: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                carrier: { type: 'string' },
                technology: { type: 'string' },
                signal: { type: 'string', enum: ['none', 'weak', 'fair', 'good', 'excellent'] },
                est_download_mbps: { type: 'number' },
              },
              required: ['carrier', 'technology', 'signal'],
            },
          },
          active_outages: {
            type: 'array',
            items: { type: 'object', properties: { carrier: { type: 'string' }, started_at: { type: 'string', format: 'date-time' }, description: { type: 'string' } }, required: ['carrier', 'started_at'] },
          },
        },
        required: ['results'],
      },
      origin: 'seed',
    },
  ],
};
