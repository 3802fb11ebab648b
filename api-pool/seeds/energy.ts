import type { SeedDomain } from '../types.js';

export const domain: SeedDomain = {
  name: 'energy',
  description: 'Energy markets and statistics, utility accounts, renewable generation estimates and grid emissions.',
  subdomains: [
    { name: 'market-data', description: 'Energy prices and production statistics.' },
    { name: 'utility-accounts', description: 'Household and business utility usage, bills and tariffs.' },
    { name: 'renewables', description: 'Solar and wind generation estimates.' },
    { name: 'grid', description: 'Grid carbon intensity, demand and outages.' },
  ],
  apis: [
    {
      name: 'get_energy_price_series',
      domain: 'energy',
      subdomain: 'market-data',
      description:
        'Get a time series of energy prices (retail electricity, natural gas, crude oil or gasoline) for a region, as published by a statistics agency such as the EIA.',
      parameters: {
        type: 'object',
        properties: {
          commodity: {
            type: 'string',
            description: 'Which price series to return.',
            enum: ['retail_electricity', 'natural_gas_henry_hub', 'wti_crude', 'brent_crude', 'regular_gasoline', 'diesel'],
          },
          region: { type: 'string', description: 'Region code, e.g. a US state code ("TX") or "US" for the national average.', pattern: '^[A-Z]{2}$', default: 'US' },
          sector: { type: 'string', description: 'Customer sector (electricity only).', enum: ['residential', 'commercial', 'industrial', 'all'], default: 'all' },
          frequency: { type: 'string', description: 'Sampling frequency of the series.', enum: ['daily', 'weekly', 'monthly', 'annual'], default: 'monthly' },
          start: { type: 'string', description: 'First date of the series.', format: 'date' },
          end: { type: 'string', description: 'Last date of the series.', format: 'date' },
        },
        required: ['commodity', 'start'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          series_id: { type: 'string' },
          commodity: { type: 'string' },
          units: { type: 'string', description: 'e.g. cents/kWh, USD/MMBtu, USD/barrel' },
          data: {
            type: 'array',
            items: { type: 'object', properties: { period: { type: 'string' }, value: { type: 'number' } }, required: ['period', 'value'] },
          },
        },
        required: ['series_id', 'units', 'data'],
      },
      origin: 'seed',
    },
    {
      name: 'get_power_plant_generation',
      domain: 'energy',
      subdomain: 'market-data',
      description: 'Get electricity generation totals by fuel source for a balancing authority or country over a period, to see the energy mix.',
      parameters: {
        type: 'object',
        properties: {
          area_code: { type: 'string', description: 'Balancing authority code (e.g. "ERCO", "CISO") or ISO country code.', pattern: '^[A-Z]{2,6}$' },
          start: { type: 'string', description: 'Start of the period.', format: 'date' },
          end: { type: 'string', description: 'End of the period.', format: 'date' },
          fuel_types: {
            type: 'array',
            description: 'Fuel sources to include; omit for all.',
            items: { type: 'string', enum: ['coal', 'natural_gas', 'nuclear', 'hydro', 'wind', 'solar', 'oil', 'biomass', 'geothermal', 'other'] },
            uniqueItems: true,
          },
        },
        required: ['area_code', 'start', 'end'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          area_code: { type: 'string' },
          total_mwh: { type: 'number' },
          by_fuel: {
            type: 'array',
            items: {
              type: 'object',
              properties: { fuel_type: { type: 'string' }, generation_mwh: { type: 'number' }, share_percent: { type: 'number' } },
              required: ['fuel_type', 'generation_mwh', 'share_percent'],
            },
          },
        },
        required: ['area_code', 'total_mwh', 'by_fuel'],
      },
      origin: 'seed',
    },
    {
      name: 'get_utility_usage_history',
      domain: 'energy',
      subdomain: 'utility-accounts',
      description: 'Get metered consumption of a utility account (electricity, gas or water) at hourly, daily or monthly granularity, with cost estimates.',
      parameters: {
        type: 'object',
        properties: {
          account_number: { type: 'string', description: 'Utility account number.', pattern: '^[0-9]{6,14}$' },
          meter_type: { type: 'string', description: 'Which meter to read.', enum: ['electricity', 'gas', 'water'], default: 'electricity' },
          granularity: { type: 'string', description: 'Interval length of the readings.', enum: ['hourly', 'daily', 'monthly'], default: 'daily' },
          start_date: { type: 'string', description: 'First day of the period.', format: 'date' },
          end_date: { type: 'string', description: 'Last day of the period.', format: 'date' },
        },
        required: ['account_number', 'start_date', 'end_date'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          account_number: { type: 'string' },
          unit: { type: 'string', enum: ['kWh', 'therm', 'm3', 'gallon'] },
          total_usage: { type: 'number' },
          estimated_cost: { type: 'number' },
          readings: {
            type: 'array',
            items: {
              type: 'object',
              properties: { start: { type: 'string', format: 'date-time' }, usage: { type: 'number' }, cost: { type: 'number' } },
              required: ['start', 'usage'],
            },
          },
        },
        required: ['account_number', 'unit', 'total_usage', 'readings'],
      },
      origin: 'seed',
    },
    {
      name: 'pay_utility_bill',
      domain: 'energy',
      subdomain: 'utility-accounts',
      description:
        'Pay the outstanding balance (or a partial amount) of a utility bill using a saved payment method. The payment is charged immediately and cannot be reversed through this API.',
      parameters: {
        type: 'object',
        properties: {
          account_number: { type: 'string', description: 'Utility account number.', pattern: '^[0-9]{6,14}$' },
          bill_id: { type: 'string', description: 'Identifier of the bill being paid.', minLength: 1 },
          amount: { type: 'number', description: 'Amount to pay, in the account currency.', minimum: 0.01, maximum: 100000 },
          payment_method_id: { type: 'string', description: 'Identifier of the saved card or bank account.', minLength: 1 },
          schedule_date: { type: 'string', description: 'Pay on this future date instead of immediately.', format: 'date' },
        },
        required: ['account_number', 'bill_id', 'amount', 'payment_method_id'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          payment_id: { type: 'string' },
          status: { type: 'string', enum: ['completed', 'scheduled', 'declined'] },
          amount: { type: 'number' },
          remaining_balance: { type: 'number' },
          processed_at: { type: 'string', format: 'date-time' },
          confirmation_number: { type: 'string' },
        },
        required: ['payment_id', 'status', 'amount'],
      },
      origin: 'seed',
    },
    {
      name: 'estimate_solar_pv_output',
      domain: 'energy',
      subdomain: 'renewables',
      description:
        'Estimate the monthly and annual energy production of a grid-connected solar PV system from its location, size and panel orientation (PVWatts-style model).',
      parameters: {
        type: 'object',
        properties: {
          latitude: { type: 'number', description: 'Latitude of the installation.', minimum: -90, maximum: 90 },
          longitude: { type: 'number', description: 'Longitude of the installation.', minimum: -180, maximum: 180 },
          system_capacity_kw: { type: 'number', description: 'DC nameplate capacity in kW.', minimum: 0.05, maximum: 500000 },
          array: {
            type: 'object',
            description: 'Array mounting and orientation.',
            properties: {
              tilt_degrees: { type: 'number', description: 'Tilt from horizontal.', minimum: 0, maximum: 90 },
              azimuth_degrees: { type: 'number', description: 'Compass direction the panels face (180 = south).', minimum: 0, maximum: 359.9, default: 180 },
              mounting: { type: 'string', description: 'Mounting type.', enum: ['fixed_open_rack', 'fixed_roof_mount', 'one_axis_tracking', 'two_axis_tracking'], default: 'fixed_roof_mount' },
            },
            required: ['tilt_degrees'],
            additionalProperties: false,
          },
          system_losses_percent: { type: 'number', description: 'Total system losses.', minimum: 0, maximum: 99, default: 14 },
          module_type: { type: 'string', description: 'PV module technology.', enum: ['standard', 'premium', 'thin_film'], default: 'standard' },
        },
        required: ['latitude', 'longitude', 'system_capacity_kw', 'array'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          annual_ac_kwh: { type: 'number' },
          capacity_factor_percent: { type: 'number' },
          monthly_ac_kwh: { type: 'array', items: { type: 'number' }, minItems: 12, maxItems: 12 },
          solar_radiation_kwh_m2_day: { type: 'number' },
        },
        required: ['annual_ac_kwh', 'monthly_ac_kwh'],
      },
      origin: 'seed',
    },
    {
      name: 'get_grid_carbon_intensity',
      domain: 'energy',
      subdomain: 'grid',
      description: 'Get the current and forecast carbon intensity (gCO2/kWh) of the electricity grid in a zone, to time flexible consumption for low emissions.',
      parameters: {
        type: 'object',
        properties: {
          zone: { type: 'string', description: 'Grid zone code, e.g. "GB", "DE", "US-CAL-CISO".', pattern: '^[A-Z]{2}(-[A-Z0-9]{2,6}){0,2}$' },
          forecast_hours: { type: 'integer', description: 'Hours of forecast to include after now.', minimum: 0, maximum: 72, default: 24 },
        },
        required: ['zone'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          zone: { type: 'string' },
          current: {
            type: 'object',
            properties: {
              datetime: { type: 'string', format: 'date-time' },
              carbon_intensity_g_per_kwh: { type: 'number' },
              renewable_percent: { type: 'number' },
            },
            required: ['datetime', 'carbon_intensity_g_per_kwh'],
          },
          forecast: {
            type: 'array',
            items: {
              type: 'object',
              properties: { datetime: { type: 'string', format: 'date-time' }, carbon_intensity_g_per_kwh: { type: 'number' } },
              required: ['datetime', 'carbon_intensity_g_per_kwh'],
            },
          },
        },
        required: ['zone', 'current'],
      },
      origin: 'seed',
    },
    {
      name: 'report_power_outage',
      domain: 'energy',
      subdomain: 'grid',
      description: 'Report a power outage at a service address to the utility, and get the known outage status and estimated restoration time.',
      parameters: {
        type: 'object',
        properties: {
          account_number: { type: 'string', description: 'Utility account number at the affected address.', pattern: '^[0-9]{6,14}$' },
          outage_started_at: { type: 'string', description: 'When the power went out.', format: 'date-time' },
          hazard_observed: { type: 'string', description: 'Any hazard seen near the site.', enum: ['none', 'downed_line', 'sparking', 'fire', 'tree_on_line'], default: 'none' },
          partial_outage: { type: 'boolean', description: 'True if only some circuits or lights are out.', default: false },
          notify: {
            type: 'object',
            description: 'How to send restoration updates.',
            properties: {
              channel: { type: 'string', description: 'Notification channel.', enum: ['sms', 'voice', 'email'] },
              phone: { type: 'string', description: 'Phone number in E.164 format, for sms or voice.', pattern: '^\\+[1-9][0-9]{6,14}$' },
              email: { type: 'string', description: 'Email address, for email updates.', format: 'email' },
            },
            required: ['channel'],
            additionalProperties: false,
          },
        },
        required: ['account_number'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          ticket_id: { type: 'string' },
          known_outage: { type: 'boolean' },
          customers_affected: { type: 'integer' },
          cause: { type: 'string' },
          estimated_restoration: { type: 'string', format: 'date-time' },
        },
        required: ['ticket_id', 'known_outage'],
      },
      origin: 'seed',
    },
  ],
};
