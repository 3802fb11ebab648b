import type { SeedDomain } from '../types.js';

export const domain: SeedDomain = {
  name: 'logistics',
  description: 'Parcel and freight shipping: rate shopping, labels, tracking, address validation, pickups and warehouse inventory.',
  subdomains: [
    { name: 'shipping-rates', description: 'Comparing carrier rates and transit times.' },
    { name: 'labels', description: 'Buying and voiding shipping labels.' },
    { name: 'tracking', description: 'Tracking parcels and freight in transit.' },
    { name: 'addresses-and-pickups', description: 'Address validation and carrier pickup scheduling.' },
    { name: 'warehousing', description: 'Warehouse stock levels and inbound shipments.' },
  ],
  apis: [
    {
      name: 'compare_shipping_rates',
      domain: 'logistics',
      subdomain: 'shipping-rates',
      description: 'Get rates and estimated transit times from multiple carriers for shipping a set of parcels between two addresses.',
      parameters: {
        type: 'object',
        properties: {
          from_postal_code: { type: 'string', description: 'Origin postal code.', minLength: 3, maxLength: 10 },
          from_country: { type: 'string', description: 'Origin ISO 3166-1 alpha-2 country code.', pattern: '^[A-Z]{2}$' },
          to_postal_code: { type: 'string', description: 'Destination postal code.', minLength: 3, maxLength: 10 },
          to_country: { type: 'string', description: 'Destination ISO 3166-1 alpha-2 country code.', pattern: '^[A-Z]{2}$' },
          parcels: {
            type: 'array',
            description: 'Parcels in the shipment.',
            minItems: 1,
            maxItems: 20,
            items: {
              type: 'object',
              properties: {
                weight_kg: { type: 'number', description: 'Weight in kilograms.', minimum: 0.01, maximum: 70 },
                length_cm: { type: 'number', description: 'Length in centimetres.', minimum: 1, maximum: 300 },
                width_cm: { type: 'number', description: 'Width in centimetres.', minimum: 1, maximum: 300 },
                height_cm: { type: 'number', description: 'Height in centimetres.', minimum: 1, maximum: 300 },
              },
              required: ['weight_kg', 'length_cm', 'width_cm', 'height_cm'],
              additionalProperties: false,
            },
          },
          carriers: {
            type: 'array',
            description: 'Only quote these carriers; omit for all connected carriers.',
            items: { type: 'string', enum: ['usps', 'ups', 'fedex', 'dhl_express', 'canada_post', 'royal_mail'] },
            uniqueItems: true,
          },
          ship_date: { type: 'string', description: 'Planned ship date.', format: 'date' },
        },
        required: ['from_postal_code', 'from_country', 'to_postal_code', 'to_country', 'parcels'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          shipment_id: { type: 'string' },
          rates: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                rate_id: { type: 'string' },
                carrier: { type: 'string' },
                service_level: { type: 'string' },
                amount: { type: 'number' },
                currency: { type: 'string' },
                estimated_days: { type: 'integer' },
                guaranteed: { type: 'boolean' },
              },
              required: ['rate_id', 'carrier', 'service_level', 'amount', 'currency'],
            },
          },
        },
        required: ['shipment_id', 'rates'],
      },
      origin: 'seed',
    },
    {
      name: 'buy_shipping_label',
      domain: 'logistics',
      subdomain: 'labels',
      description:
        'Purchase a shipping label for a previously quoted rate. The account is charged the rate amount and a tracking number is issued; the label can be voided later only if unused.',
      parameters: {
        type: 'object',
        properties: {
          rate_id: { type: 'string', description: 'Rate to buy, from compare_shipping_rates.', minLength: 1 },
          label_format: { type: 'string', description: 'File format of the label.', enum: ['PDF', 'PNG', 'ZPL'], default: 'PDF' },
          label_size: { type: 'string', description: 'Label dimensions.', enum: ['4x6', '4x8', 'letter'], default: '4x6' },
          insurance_amount: { type: 'number', description: 'Declared value to insure, in the rate currency.', minimum: 0, maximum: 10000 },
          signature_required: { type: 'boolean', description: 'Require a signature on delivery.', default: false },
          reference: { type: 'string', description: 'Order number or reference printed on the label.', maxLength: 35 },
        },
        required: ['rate_id'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          label_id: { type: 'string' },
          tracking_number: { type: 'string' },
          label_url: { type: 'string', format: 'uri' },
          amount_charged: { type: 'number' },
          currency: { type: 'string' },
          created_at: { type: 'string', format: 'date-time' },
        },
        required: ['label_id', 'tracking_number', 'label_url', 'amount_charged'],
      },
      origin: 'seed',
    },
    {
      name: 'void_shipping_label',
      domain: 'logistics',
      subdomain: 'labels',
      description: 'Void an unused shipping label and request a refund of its postage. A voided label can no longer be used to ship.',
      parameters: {
        type: 'object',
        properties: {
          label_id: { type: 'string', description: 'Identifier of the label to void.', minLength: 1 },
        },
        required: ['label_id'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          label_id: { type: 'string' },
          refund_status: { type: 'string', enum: ['submitted', 'refunded', 'rejected'] },
          refund_amount: { type: 'number' },
          voided_at: { type: 'string', format: 'date-time' },
        },
        required: ['label_id', 'refund_status'],
      },
      origin: 'seed',
    },
    {
      name: 'track_parcel_shipment',
      domain: 'logistics',
      subdomain: 'tracking',
      description: 'Get the tracking history and current status of a parcel from its carrier and tracking number, including estimated delivery.',
      parameters: {
        type: 'object',
        properties: {
          carrier: { type: 'string', description: 'Carrier code.', enum: ['usps', 'ups', 'fedex', 'dhl_express', 'canada_post', 'royal_mail', 'auto_detect'], default: 'auto_detect' },
          tracking_number: { type: 'string', description: 'Carrier tracking number.', pattern: '^[A-Z0-9]{8,34}$' },
        },
        required: ['tracking_number'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          tracking_number: { type: 'string' },
          carrier: { type: 'string' },
          status: { type: 'string', enum: ['pre_transit', 'in_transit', 'out_for_delivery', 'delivered', 'exception', 'returned'] },
          estimated_delivery: { type: 'string', format: 'date' },
          events: {
            type: 'array',
            items: {
              type: 'object',
              properties: { occurred_at: { type: 'string', format: 'date-time' }, status: { type: 'string' }, message: { type: 'string' }, location: { type: 'string' } },
              required: ['occurred_at', 'message'],
            },
          },
        },
        required: ['tracking_number', 'carrier', 'status', 'events'],
      },
      origin: 'seed',
    },
    {
      name: 'validate_shipping_address',
      domain: 'logistics',
      subdomain: 'addresses-and-pickups',
      description: 'Validate and standardize a postal address for shipping, returning corrections and whether it is residential or commercial.',
      parameters: {
        type: 'object',
        properties: {
          address: {
            type: 'object',
            description: 'Address to validate.',
            properties: {
              street1: { type: 'string', description: 'First street line.', minLength: 1 },
              street2: { type: 'string', description: 'Apartment, suite, unit.' },
              city: { type: 'string', description: 'City or locality.' },
              state: { type: 'string', description: 'State, province or region code.' },
              postal_code: { type: 'string', description: 'Postal code.' },
              country: { type: 'string', description: 'ISO 3166-1 alpha-2 country code.', pattern: '^[A-Z]{2}$' },
            },
            required: ['street1', 'country'],
            additionalProperties: false,
          },
        },
        required: ['address'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          is_valid: { type: 'boolean' },
          is_residential: { type: 'boolean' },
          standardized_address: {
            type: 'object',
            properties: {
              street1: { type: 'string' },
              street2: { type: 'string' },
              city: { type: 'string' },
              state: { type: 'string' },
              postal_code: { type: 'string' },
              country: { type: 'string' },
            },
          },
          messages: { type: 'array', items: { type: 'string' } },
        },
        required: ['is_valid'],
      },
      origin: 'seed',
    },
    {
      name: 'schedule_carrier_pickup',
      domain: 'logistics',
      subdomain: 'addresses-and-pickups',
      description: 'Schedule a carrier to pick up labelled parcels from an address within a time window. Some carriers charge a pickup fee.',
      parameters: {
        type: 'object',
        properties: {
          carrier: { type: 'string', description: 'Carrier to dispatch.', enum: ['usps', 'ups', 'fedex', 'dhl_express'] },
          label_ids: { type: 'array', description: 'Labels of the parcels to collect.', items: { type: 'string' }, minItems: 1, maxItems: 100, uniqueItems: true },
          window_start: { type: 'string', description: 'Earliest pickup time.', format: 'date-time' },
          window_end: { type: 'string', description: 'Latest pickup time.', format: 'date-time' },
          instructions: { type: 'string', description: 'Instructions for the driver, e.g. "at the back dock".', maxLength: 200 },
        },
        required: ['carrier', 'label_ids', 'window_start', 'window_end'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          pickup_id: { type: 'string' },
          confirmation_number: { type: 'string' },
          status: { type: 'string', enum: ['scheduled', 'unavailable'] },
          fee: { type: 'number' },
          scheduled_window: { type: 'object', properties: { start: { type: 'string', format: 'date-time' }, end: { type: 'string', format: 'date-time' } } },
        },
        required: ['pickup_id', 'status'],
      },
      origin: 'seed',
    },
    {
      name: 'get_warehouse_stock_levels',
      domain: 'logistics',
      subdomain: 'warehousing',
      description: 'Get on-hand, reserved and inbound quantities of SKUs across fulfillment warehouses, to check availability before allocating orders.',
      parameters: {
        type: 'object',
        properties: {
          skus: { type: 'array', description: 'SKUs to look up.', items: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,40}$' }, minItems: 1, maxItems: 200, uniqueItems: true },
          warehouse_ids: { type: 'array', description: 'Restrict to these warehouses; omit for all.', items: { type: 'string' }, maxItems: 50 },
          include_inbound: { type: 'boolean', description: 'Include quantities on inbound purchase orders.', default: true },
          low_stock_threshold: { type: 'integer', description: 'Flag SKUs with available quantity below this value.', minimum: 0, maximum: 100000, default: 10 },
        },
        required: ['skus'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          items: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                sku: { type: 'string' },
                warehouse_id: { type: 'string' },
                on_hand: { type: 'integer' },
                reserved: { type: 'integer' },
                available: { type: 'integer' },
                inbound: { type: 'integer' },
                low_stock: { type: 'boolean' },
              },
              required: ['sku', 'warehouse_id', 'on_hand', 'available'],
            },
          },
          as_of: { type: 'string', format: 'date-time' },
        },
        required: ['items', 'as_of'],
      },
      origin: 'seed',
    },
  ],
};
