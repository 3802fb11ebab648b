import type { SeedDomain } from '../types.js';

export const domain: SeedDomain = {
  name: 'insurance',
  description: 'Personal and commercial insurance: quotes, policy management, claims and agent services.',
  subdomains: [
    { name: 'quotes', description: 'Premium quotes for auto, home, renters, travel and life cover.' },
    { name: 'policies', description: 'Policy details, changes, documents and cancellation.' },
    { name: 'claims', description: 'Filing claims, uploading evidence and tracking settlements.' },
  ],
  apis: [
    {
      name: 'get_auto_insurance_quote',
      domain: 'insurance',
      subdomain: 'quotes',
      description:
        'Get premium quotes for a private auto policy from the driver\'s profile, vehicle and desired coverage limits. Quotes are indicative and valid for 30 days.',
      parameters: {
        type: 'object',
        properties: {
          vehicle_vin: { type: 'string', description: 'VIN of the vehicle to insure.', pattern: '^[A-HJ-NPR-Z0-9]{17}$' },
          garaging_zip: { type: 'string', description: 'ZIP code where the vehicle is kept overnight.', pattern: '^[0-9]{5}$' },
          drivers: {
            type: 'array',
            description: 'Drivers to be listed on the policy.',
            minItems: 1,
            maxItems: 6,
            items: {
              type: 'object',
              properties: {
                date_of_birth: { type: 'string', description: 'Driver date of birth.', format: 'date' },
                years_licensed: { type: 'integer', description: 'Years holding a full licence.', minimum: 0, maximum: 80 },
                at_fault_accidents_5y: { type: 'integer', description: 'At-fault accidents in the last five years.', minimum: 0, maximum: 20, default: 0 },
                violations_3y: { type: 'integer', description: 'Moving violations in the last three years.', minimum: 0, maximum: 20, default: 0 },
              },
              required: ['date_of_birth', 'years_licensed'],
              additionalProperties: false,
            },
          },
          coverage_level: { type: 'string', description: 'Coverage package.', enum: ['state_minimum', 'standard', 'full_coverage', 'premium'], default: 'standard' },
          deductible: { type: 'integer', description: 'Collision and comprehensive deductible.', enum: [250, 500, 1000, 2000], default: 500 },
          annual_mileage: { type: 'integer', description: 'Estimated miles driven per year.', minimum: 0, maximum: 100000 },
        },
        required: ['vehicle_vin', 'garaging_zip', 'drivers'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          quote_id: { type: 'string' },
          valid_until: { type: 'string', format: 'date' },
          options: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                carrier: { type: 'string' },
                term_months: { type: 'integer' },
                premium: { type: 'number' },
                monthly_payment: { type: 'number' },
                bodily_injury_limits: { type: 'string' },
                deductible: { type: 'integer' },
              },
              required: ['carrier', 'term_months', 'premium'],
            },
          },
        },
        required: ['quote_id', 'valid_until', 'options'],
      },
      origin: 'seed',
    },
    {
      name: 'get_home_insurance_quote',
      domain: 'insurance',
      subdomain: 'quotes',
      description: 'Get a homeowners or renters insurance quote for a property, based on dwelling characteristics and chosen coverage amounts.',
      parameters: {
        type: 'object',
        properties: {
          policy_type: { type: 'string', description: 'Form of the policy.', enum: ['homeowners_ho3', 'condo_ho6', 'renters_ho4'] },
          property: {
            type: 'object',
            description: 'Insured property.',
            properties: {
              address: { type: 'string', description: 'Full street address.' },
              year_built: { type: 'integer', description: 'Year of construction.', minimum: 1800, maximum: 2030 },
              square_feet: { type: 'integer', description: 'Living area in square feet.', minimum: 100, maximum: 50000 },
              construction: { type: 'string', description: 'Construction type.', enum: ['frame', 'masonry', 'steel', 'mixed'] },
              has_security_system: { type: 'boolean', description: 'Monitored alarm installed.', default: false },
            },
            required: ['address'],
            additionalProperties: false,
          },
          dwelling_coverage: { type: 'number', description: 'Coverage A amount (rebuild cost); not used for renters.', minimum: 0 },
          personal_property_coverage: { type: 'number', description: 'Coverage for belongings.', minimum: 0 },
          deductible: { type: 'integer', description: 'All-perils deductible.', minimum: 250, maximum: 25000, default: 1000 },
        },
        required: ['policy_type', 'property'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          quote_id: { type: 'string' },
          annual_premium: { type: 'number' },
          currency: { type: 'string' },
          coverages: {
            type: 'array',
            items: { type: 'object', properties: { name: { type: 'string' }, limit: { type: 'number' } }, required: ['name', 'limit'] },
          },
          discounts_applied: { type: 'array', items: { type: 'string' } },
          valid_until: { type: 'string', format: 'date' },
        },
        required: ['quote_id', 'annual_premium', 'currency'],
      },
      origin: 'seed',
    },
    {
      name: 'get_insurance_policy',
      domain: 'insurance',
      subdomain: 'policies',
      description: 'Get the details of an insurance policy: insured items, coverages and limits, term, premium, billing status and documents.',
      parameters: {
        type: 'object',
        properties: {
          policy_number: { type: 'string', description: 'Policy number as printed on the declarations page.', pattern: '^[A-Z]{2,4}-?[0-9]{6,10}$' },
          include_documents: { type: 'boolean', description: 'Include download links for policy documents.', default: false },
        },
        required: ['policy_number'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          policy_number: { type: 'string' },
          line_of_business: { type: 'string', enum: ['auto', 'home', 'renters', 'life', 'travel', 'pet', 'umbrella'] },
          status: { type: 'string', enum: ['active', 'pending', 'lapsed', 'cancelled'] },
          effective_date: { type: 'string', format: 'date' },
          expiration_date: { type: 'string', format: 'date' },
          premium: { type: 'number' },
          coverages: {
            type: 'array',
            items: { type: 'object', properties: { code: { type: 'string' }, limit: { type: 'number' }, deductible: { type: 'number' } }, required: ['code'] },
          },
          documents: {
            type: 'array',
            items: { type: 'object', properties: { title: { type: 'string' }, url: { type: 'string', format: 'uri' } }, required: ['title', 'url'] },
          },
        },
        required: ['policy_number', 'line_of_business', 'status', 'effective_date', 'expiration_date'],
      },
      origin: 'seed',
    },
    {
      name: 'cancel_insurance_policy',
      domain: 'insurance',
      subdomain: 'policies',
      description:
        'Cancel an active insurance policy as of a given date. Coverage ends on that date; any unearned premium is refunded, possibly minus a short-rate fee. This cannot be reversed, a new policy would be required.',
      parameters: {
        type: 'object',
        properties: {
          policy_number: { type: 'string', description: 'Policy to cancel.', pattern: '^[A-Z]{2,4}-?[0-9]{6,10}$' },
          cancellation_date: { type: 'string', description: 'Date coverage ends (today or later).', format: 'date' },
          reason: { type: 'string', description: 'Reason for cancelling.', enum: ['sold_vehicle', 'sold_property', 'switched_carrier', 'cost', 'no_longer_needed', 'other'] },
          refund_method: { type: 'string', description: 'How to return unearned premium.', enum: ['original_payment_method', 'check'], default: 'original_payment_method' },
        },
        required: ['policy_number', 'cancellation_date', 'reason'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          policy_number: { type: 'string' },
          status: { type: 'string', enum: ['cancelled', 'pending_cancellation'] },
          coverage_end_date: { type: 'string', format: 'date' },
          refund_amount: { type: 'number' },
          cancellation_fee: { type: 'number' },
          confirmation_number: { type: 'string' },
        },
        required: ['policy_number', 'status', 'coverage_end_date'],
      },
      origin: 'seed',
    },
    {
      name: 'file_insurance_claim',
      domain: 'insurance',
      subdomain: 'claims',
      description: 'File a first notice of loss (a new claim) against a policy, describing the incident, damages and any other parties involved.',
      parameters: {
        type: 'object',
        properties: {
          policy_number: { type: 'string', description: 'Policy the claim is made under.', pattern: '^[A-Z]{2,4}-?[0-9]{6,10}$' },
          loss_type: { type: 'string', description: 'Type of loss.', enum: ['collision', 'theft', 'vandalism', 'water_damage', 'fire', 'weather', 'liability', 'glass', 'other'] },
          loss_datetime: { type: 'string', description: 'When the incident happened.', format: 'date-time' },
          loss_location: { type: 'string', description: 'Where the incident happened.' },
          description: { type: 'string', description: 'What happened, in the claimant\'s words.', minLength: 10, maxLength: 4000 },
          estimated_damage: { type: 'number', description: 'Claimant\'s estimate of the damage amount.', minimum: 0 },
          police_report_number: { type: 'string', description: 'Police report number, if one was filed.' },
          other_parties: {
            type: 'array',
            description: 'Other people or vehicles involved.',
            maxItems: 10,
            items: {
              type: 'object',
              properties: {
                name: { type: 'string', description: 'Full name.' },
                phone: { type: 'string', description: 'Phone number.' },
                insurer: { type: 'string', description: 'Their insurance company.' },
                policy_number: { type: 'string', description: 'Their policy number, if known.' },
              },
              required: ['name'],
              additionalProperties: false,
            },
          },
        },
        required: ['policy_number', 'loss_type', 'loss_datetime', 'description'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          claim_number: { type: 'string' },
          status: { type: 'string', enum: ['reported', 'assigned'] },
          adjuster: { type: 'object', properties: { name: { type: 'string' }, email: { type: 'string', format: 'email' }, phone: { type: 'string' } } },
          deductible: { type: 'number' },
          reported_at: { type: 'string', format: 'date-time' },
          next_steps: { type: 'array', items: { type: 'string' } },
        },
        required: ['claim_number', 'status', 'reported_at'],
      },
      origin: 'seed',
    },
    {
      name: 'upload_claim_document',
      domain: 'insurance',
      subdomain: 'claims',
      description: 'Attach a supporting document (photo of damage, repair estimate, receipt, police report) to an open claim.',
      parameters: {
        type: 'object',
        properties: {
          claim_number: { type: 'string', description: 'Claim the document belongs to.', minLength: 4 },
          document_type: { type: 'string', description: 'Kind of document.', enum: ['damage_photo', 'repair_estimate', 'receipt', 'police_report', 'medical_record', 'other'] },
          file_url: { type: 'string', description: 'URL of the file to attach.', format: 'uri' },
          caption: { type: 'string', description: 'Short description of the document.', maxLength: 300 },
        },
        required: ['claim_number', 'document_type', 'file_url'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          document_id: { type: 'string' },
          claim_number: { type: 'string' },
          uploaded_at: { type: 'string', format: 'date-time' },
          documents_on_file: { type: 'integer' },
        },
        required: ['document_id', 'claim_number', 'uploaded_at'],
      },
      origin: 'seed',
    },
    {
      name: 'get_claim_status',
      domain: 'insurance',
      subdomain: 'claims',
      description: 'Get the status of a claim: stage, assigned adjuster, outstanding requirements, and payments issued so far.',
      parameters: {
        type: 'object',
        properties: {
          claim_number: { type: 'string', description: 'Claim number.', minLength: 4 },
          include_payments: { type: 'boolean', description: 'Include the list of payments issued.', default: true },
        },
        required: ['claim_number'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          claim_number: { type: 'string' },
          stage: { type: 'string', enum: ['reported', 'under_investigation', 'awaiting_documents', 'approved', 'partially_paid', 'paid', 'denied', 'closed'] },
          adjuster_name: { type: 'string' },
          outstanding_requirements: { type: 'array', items: { type: 'string' } },
          payments: {
            type: 'array',
            items: {
              type: 'object',
              properties: { payment_id: { type: 'string' }, amount: { type: 'number' }, payee: { type: 'string' }, issued_on: { type: 'string', format: 'date' } },
              required: ['payment_id', 'amount', 'issued_on'],
            },
          },
          last_updated: { type: 'string', format: 'date-time' },
        },
        required: ['claim_number', 'stage', 'last_updated'],
      },
      origin: 'seed',
    },
  ],
};
