import type { SeedDomain } from '../types.js';

export const domain: SeedDomain = {
  name: 'real-estate',
  description: 'Homes for sale and rent, property valuations, mortgage rates, viewings and neighborhood data.',
  subdomains: [
    { name: 'listings', description: 'Searching and reading property listings, Zillow-style.' },
    { name: 'valuation', description: 'Estimated values and comparable sales.' },
    { name: 'mortgages', description: 'Current mortgage rates and pre-qualification.' },
    { name: 'viewings', description: 'Booking property tours with agents.' },
    { name: 'neighborhoods', description: 'Schools, safety, walkability and demographics of an area.' },
  ],
  apis: [
    {
      name: 'search_property_listings',
      domain: 'real-estate',
      subdomain: 'listings',
      description:
        'Search homes for sale or rent in an area by price range, bedrooms, bathrooms, property type and size. Use it to find listings matching a buyer\'s or renter\'s criteria.',
      parameters: {
        type: 'object',
        properties: {
          location: { type: 'string', description: 'City, neighborhood or ZIP code, e.g. Austin, TX.', minLength: 2 },
          listing_status: { type: 'string', description: 'Market of the listing.', enum: ['for_sale', 'for_rent', 'recently_sold'], default: 'for_sale' },
          price: {
            type: 'object',
            description: 'Price range; monthly rent for rentals.',
            properties: {
              min: { type: 'integer', description: 'Lowest price.', minimum: 0, maximum: 20000000 },
              max: { type: 'integer', description: 'Highest price.', minimum: 0, maximum: 20000000 },
            },
            required: [],
            additionalProperties: false,
          },
          min_bedrooms: { type: 'integer', description: 'Minimum number of bedrooms.', minimum: 0, maximum: 10 },
          min_bathrooms: { type: 'number', description: 'Minimum number of bathrooms (half baths count 0.5).', minimum: 0, maximum: 10, multipleOf: 0.5 },
          property_types: {
            type: 'array',
            description: 'Property types to include.',
            items: { type: 'string', enum: ['house', 'condo', 'townhouse', 'apartment', 'multi_family', 'land'] },
            minItems: 1,
            maxItems: 6,
            uniqueItems: true,
          },
          min_square_feet: { type: 'integer', description: 'Minimum living area in square feet.', minimum: 100, maximum: 20000 },
          sort: { type: 'string', description: 'Ordering.', enum: ['newest', 'price_low', 'price_high', 'square_feet'], default: 'newest' },
        },
        required: ['location'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          total_results: { type: 'integer', minimum: 0, maximum: 3000 },
          listings: {
            type: 'array',
            maxItems: 5,
            items: {
              type: 'object',
              properties: {
                property_id: { type: 'string' },
                address: { type: 'string' },
                price: { type: 'integer', minimum: 900, maximum: 2500000 },
                bedrooms: { type: 'integer', minimum: 0, maximum: 6 },
                bathrooms: { type: 'number', minimum: 1, maximum: 5, multipleOf: 0.5 },
                square_feet: { type: 'integer', minimum: 400, maximum: 5000 },
                property_type: { type: 'string' },
                days_on_market: { type: 'integer', minimum: 0, maximum: 180 },
                listing_url: { type: 'string', format: 'uri' },
              },
              required: ['property_id', 'address', 'price', 'bedrooms', 'bathrooms'],
            },
          },
        },
        required: ['total_results', 'listings'],
      },
      origin: 'seed',
    },
    {
      name: 'get_property_details',
      domain: 'real-estate',
      subdomain: 'listings',
      description:
        'Get full details of a property: facts (year built, lot size, HOA), features, price and tax history, and the listing agent. Use it after a search to answer questions about one home.',
      parameters: {
        type: 'object',
        properties: {
          property_id: { type: 'string', description: 'Identifier of the property, as returned by search_property_listings.', minLength: 1 },
          include_price_history: { type: 'boolean', description: 'Include past sales and price changes.', default: true },
          include_tax_history: { type: 'boolean', description: 'Include yearly property tax records.', default: false },
        },
        required: ['property_id'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          property_id: { type: 'string' },
          address: { type: 'string' },
          status: { type: 'string', enum: ['for_sale', 'pending', 'for_rent', 'sold', 'off_market'] },
          price: { type: 'integer', minimum: 900, maximum: 2500000 },
          year_built: { type: 'integer', minimum: 1900, maximum: 2025 },
          lot_size_sqft: { type: 'integer', minimum: 0, maximum: 50000 },
          hoa_monthly: { type: 'number', minimum: 0, maximum: 800 },
          features: { type: 'array', items: { type: 'string' }, maxItems: 5 },
          price_history: {
            type: 'array',
            maxItems: 4,
            items: {
              type: 'object',
              properties: {
                date: { type: 'string', format: 'date' },
                event: { type: 'string', enum: ['listed', 'price_change', 'pending', 'sold', 'delisted'] },
                price: { type: 'integer', minimum: 50000, maximum: 2500000 },
              },
              required: ['date', 'event', 'price'],
            },
          },
          agent: {
            type: 'object',
            properties: {
              name: { type: 'string' },
              brokerage: { type: 'string' },
              phone: { type: 'string' },
            },
            required: ['name'],
          },
        },
        required: ['property_id', 'address', 'status', 'price'],
      },
      origin: 'seed',
    },
    {
      name: 'estimate_home_value',
      domain: 'real-estate',
      subdomain: 'valuation',
      description:
        'Estimate the current market value of a home from its address and characteristics (automated valuation model), with a confidence range and rent estimate. Use it for what is my house worth questions.',
      parameters: {
        type: 'object',
        properties: {
          address: {
            type: 'object',
            description: 'Postal address of the home.',
            properties: {
              street: { type: 'string', description: 'Street and number.' },
              city: { type: 'string', description: 'City.' },
              state: { type: 'string', description: 'Two-letter US state code.', pattern: '^[A-Z]{2}$' },
              zip_code: { type: 'string', description: 'Five-digit ZIP code.', pattern: '^[0-9]{5}$' },
            },
            required: ['street', 'zip_code'],
            additionalProperties: false,
          },
          bedrooms: { type: 'integer', description: 'Number of bedrooms.', minimum: 0, maximum: 20 },
          bathrooms: { type: 'number', description: 'Number of bathrooms (half baths count 0.5).', minimum: 0, maximum: 20, multipleOf: 0.5 },
          square_feet: { type: 'integer', description: 'Living area in square feet.', minimum: 100, maximum: 30000 },
          year_built: { type: 'integer', description: 'Year of construction.', minimum: 1700, maximum: 2030 },
          condition: { type: 'string', description: 'Overall condition.', enum: ['poor', 'fair', 'good', 'excellent', 'renovated'], default: 'good' },
        },
        required: ['address'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          estimate: { type: 'integer', minimum: 80000, maximum: 2500000 },
          range_low: { type: 'integer', minimum: 70000, maximum: 2400000 },
          range_high: { type: 'integer', minimum: 90000, maximum: 2700000 },
          rent_estimate: { type: 'integer', minimum: 800, maximum: 9000 },
          confidence: { type: 'string', enum: ['low', 'medium', 'high'] },
          value_change_12m_percent: { type: 'number', minimum: -10, maximum: 15 },
          as_of: { type: 'string', format: 'date' },
        },
        required: ['estimate', 'range_low', 'range_high', 'confidence', 'as_of'],
      },
      origin: 'seed',
    },
    {
      name: 'get_comparable_sales',
      domain: 'real-estate',
      subdomain: 'valuation',
      description:
        'Find recently sold homes similar to a subject property within a radius and time window, with sale price and price per square foot. Use it to justify a listing price or an offer.',
      parameters: {
        type: 'object',
        properties: {
          property_id: { type: 'string', description: 'Identifier of the subject property.', minLength: 1 },
          radius_miles: { type: 'number', description: 'Search radius around the subject.', minimum: 0.1, maximum: 10, default: 1 },
          sold_within_months: { type: 'integer', description: 'Only sales in the last N months.', minimum: 1, maximum: 24, default: 6 },
          max_results: { type: 'integer', description: 'Maximum comparables to return.', minimum: 1, maximum: 25, default: 5 },
        },
        required: ['property_id'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          subject_property_id: { type: 'string' },
          comparables: {
            type: 'array',
            maxItems: 5,
            items: {
              type: 'object',
              properties: {
                property_id: { type: 'string' },
                address: { type: 'string' },
                sold_price: { type: 'integer', minimum: 80000, maximum: 2500000 },
                sold_date: { type: 'string', format: 'date' },
                square_feet: { type: 'integer', minimum: 400, maximum: 5000 },
                price_per_sqft: { type: 'number', minimum: 80, maximum: 1500 },
                distance_miles: { type: 'number', minimum: 0, maximum: 10 },
              },
              required: ['property_id', 'address', 'sold_price', 'sold_date'],
            },
          },
          median_price_per_sqft: { type: 'number', minimum: 80, maximum: 1500 },
        },
        required: ['subject_property_id', 'comparables'],
      },
      origin: 'seed',
    },
    {
      name: 'get_mortgage_rates',
      domain: 'real-estate',
      subdomain: 'mortgages',
      description:
        'Get current mortgage rates offered for a loan profile (loan type, term, credit score, down payment, ZIP code) with APR and monthly payment. Use it to compare today\'s rates before buying or refinancing.',
      parameters: {
        type: 'object',
        properties: {
          zip_code: { type: 'string', description: 'Five-digit ZIP code of the property.', pattern: '^[0-9]{5}$' },
          loan_purpose: { type: 'string', description: 'Purchase or refinance.', enum: ['purchase', 'refinance', 'cash_out_refinance'], default: 'purchase' },
          loan_type: { type: 'string', description: 'Loan program.', enum: ['conventional', 'fha', 'va', 'jumbo'], default: 'conventional' },
          term_years: { type: 'integer', description: 'Loan term in years.', enum: [10, 15, 20, 30], default: 30 },
          rate_type: { type: 'string', description: 'Fixed or adjustable rate.', enum: ['fixed', 'arm_5_1', 'arm_7_1'], default: 'fixed' },
          loan_amount: { type: 'integer', description: 'Amount to borrow in dollars.', minimum: 10000, maximum: 5000000 },
          down_payment_percent: { type: 'number', description: 'Down payment as a share of the price.', minimum: 0, maximum: 100, default: 20 },
          credit_score: { type: 'integer', description: 'Borrower FICO score.', minimum: 300, maximum: 850 },
        },
        required: ['zip_code', 'loan_amount'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          as_of: { type: 'string', format: 'date-time' },
          offers: {
            type: 'array',
            maxItems: 4,
            items: {
              type: 'object',
              properties: {
                lender: { type: 'string' },
                rate_percent: { type: 'number', minimum: 4.5, maximum: 8.5 },
                apr_percent: { type: 'number', minimum: 4.6, maximum: 8.8 },
                points: { type: 'number', minimum: 0, maximum: 2 },
                monthly_payment: { type: 'number', minimum: 300, maximum: 30000 },
                lock_days: { type: 'integer', minimum: 15, maximum: 60 },
              },
              required: ['lender', 'rate_percent', 'apr_percent', 'monthly_payment'],
            },
          },
          average_rate_percent: { type: 'number', minimum: 4.5, maximum: 8.5 },
        },
        required: ['as_of', 'offers'],
      },
      origin: 'seed',
    },
    {
      name: 'schedule_property_tour',
      domain: 'real-estate',
      subdomain: 'viewings',
      description:
        'Request an in-person or video tour of a listed property with the listing agent, proposing up to three time slots. Use it when the user wants to visit a home.',
      parameters: {
        type: 'object',
        properties: {
          property_id: { type: 'string', description: 'Identifier of the property.', minLength: 1 },
          tour_type: { type: 'string', description: 'How to tour.', enum: ['in_person', 'video_chat', 'self_guided'], default: 'in_person' },
          preferred_times: {
            type: 'array',
            description: 'Proposed start times, in order of preference.',
            items: { type: 'string', format: 'date-time' },
            minItems: 1,
            maxItems: 3,
            uniqueItems: true,
          },
          contact: {
            type: 'object',
            description: 'Who will attend.',
            properties: {
              full_name: { type: 'string', description: 'Visitor name.' },
              email: { type: 'string', description: 'Visitor email.', format: 'email' },
              phone: { type: 'string', description: 'Visitor phone in E.164 format.', pattern: '^\\+[1-9][0-9]{7,14}$' },
            },
            required: ['full_name', 'email'],
            additionalProperties: false,
          },
          pre_approved: { type: 'boolean', description: 'Whether the visitor has a mortgage pre-approval.', default: false },
          message: { type: 'string', description: 'Note to the agent.', maxLength: 1000 },
        },
        required: ['property_id', 'preferred_times', 'contact'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          tour_request_id: { type: 'string' },
          status: { type: 'string', enum: ['requested', 'confirmed', 'declined'] },
          confirmed_time: { type: 'string', format: 'date-time' },
          agent_name: { type: 'string' },
          agent_phone: { type: 'string' },
        },
        required: ['tour_request_id', 'status'],
      },
      origin: 'seed',
    },
    {
      name: 'get_neighborhood_profile',
      domain: 'real-estate',
      subdomain: 'neighborhoods',
      description:
        'Get a profile of the area around a ZIP code: school ratings, crime index, walk and transit scores, median home price and demographics. Use it when the user is deciding where to live.',
      parameters: {
        type: 'object',
        properties: {
          zip_code: { type: 'string', description: 'Five-digit ZIP code.', pattern: '^[0-9]{5}$' },
          sections: {
            type: 'array',
            description: 'Sections to include.',
            items: { type: 'string', enum: ['schools', 'safety', 'walkability', 'market', 'demographics', 'amenities'] },
            minItems: 1,
            maxItems: 6,
            uniqueItems: true,
            default: ['schools', 'safety', 'walkability', 'market'],
          },
        },
        required: ['zip_code'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          zip_code: { type: 'string' },
          name: { type: 'string' },
          walk_score: { type: 'integer', minimum: 0, maximum: 100 },
          transit_score: { type: 'integer', minimum: 0, maximum: 100 },
          crime_index: { type: 'integer', minimum: 1, maximum: 100 },
          median_home_price: { type: 'integer', minimum: 100000, maximum: 2000000 },
          median_household_income: { type: 'integer', minimum: 25000, maximum: 250000 },
          schools: {
            type: 'array',
            maxItems: 3,
            items: {
              type: 'object',
              properties: {
                name: { type: 'string' },
                level: { type: 'string', enum: ['elementary', 'middle', 'high'] },
                rating: { type: 'integer', minimum: 1, maximum: 10 },
                distance_miles: { type: 'number', minimum: 0.1, maximum: 5 },
              },
              required: ['name', 'level', 'rating'],
            },
          },
        },
        required: ['zip_code', 'name'],
      },
      origin: 'seed',
    },
  ],
};
