import type { SeedDomain } from '../types.js';

export const domain: SeedDomain = {
  name: 'government',
  description: 'Public-sector services and open government data: datasets, permits, public officials, legislation and civic requests.',
  subdomains: [
    { name: 'open-data', description: 'Open government datasets and statistics portals.' },
    { name: 'permits', description: 'Applications for permits and licences from local authorities.' },
    { name: 'civic-services', description: 'Non-emergency service requests and public offices.' },
    { name: 'legislation', description: 'Bills, votes and elected representatives.' },
  ],
  apis: [
    {
      name: 'search_open_datasets',
      domain: 'government',
      subdomain: 'open-data',
      description: 'Search an open government data catalog (CKAN-style, e.g. data.gov) for datasets by keyword, publisher and format.',
      parameters: {
        type: 'object',
        properties: {
          query: { type: 'string', description: 'Keywords to match in dataset titles, descriptions and tags.', minLength: 1 },
          organization: { type: 'string', description: 'Publishing agency slug, e.g. "epa-gov".' },
          resource_formats: {
            type: 'array',
            description: 'Only datasets offering at least one resource in these formats.',
            items: { type: 'string', enum: ['CSV', 'JSON', 'XML', 'GeoJSON', 'API', 'XLSX', 'PDF'] },
            uniqueItems: true,
            maxItems: 7,
          },
          modified_since: { type: 'string', description: 'Only datasets modified on or after this date.', format: 'date' },
          rows: { type: 'integer', description: 'Number of datasets to return.', minimum: 1, maximum: 100, default: 10 },
        },
        required: ['query'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          count: { type: 'integer' },
          datasets: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                dataset_id: { type: 'string' },
                title: { type: 'string' },
                organization: { type: 'string' },
                license: { type: 'string' },
                metadata_modified: { type: 'string', format: 'date-time' },
                resources: {
                  type: 'array',
                  items: { type: 'object', properties: { format: { type: 'string' }, url: { type: 'string', format: 'uri' } }, required: ['format', 'url'] },
                },
              },
              required: ['dataset_id', 'title', 'organization'],
            },
          },
        },
        required: ['count', 'datasets'],
      },
      origin: 'seed',
    },
    {
      name: 'get_census_population_stats',
      domain: 'government',
      subdomain: 'open-data',
      description: 'Get census population and demographic estimates for a geographic area (state, county or city) for a given survey year.',
      parameters: {
        type: 'object',
        properties: {
          geography_level: { type: 'string', description: 'Level of the geographic area.', enum: ['nation', 'state', 'county', 'place', 'zip'] },
          geography_code: { type: 'string', description: 'FIPS code or ZIP code of the area, e.g. "06" for California or "06075" for San Francisco County.', pattern: '^[0-9]{2,7}$' },
          year: { type: 'integer', description: 'Survey year.', minimum: 2000, maximum: 2030 },
          variables: {
            type: 'array',
            description: 'Statistics to return.',
            items: { type: 'string', enum: ['total_population', 'median_age', 'median_household_income', 'poverty_rate', 'housing_units', 'bachelors_degree_rate'] },
            minItems: 1,
            uniqueItems: true,
            default: ['total_population'],
          },
        },
        required: ['geography_level', 'geography_code'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          geography_name: { type: 'string' },
          geography_code: { type: 'string' },
          year: { type: 'integer' },
          source: { type: 'string' },
          values: { type: 'object', additionalProperties: { type: 'number' } },
          margin_of_error: { type: 'object', additionalProperties: { type: 'number' } },
        },
        required: ['geography_name', 'geography_code', 'year', 'values'],
      },
      origin: 'seed',
    },
    {
      name: 'apply_for_building_permit',
      domain: 'government',
      subdomain: 'permits',
      description:
        'File a building permit application with the local permitting authority, including the project address, scope and contractor. Application fees are charged to the applicant on submission.',
      parameters: {
        type: 'object',
        properties: {
          jurisdiction_id: { type: 'string', description: 'Identifier of the city or county permitting office.', minLength: 1 },
          site_address: {
            type: 'object',
            description: 'Address of the property where work will be done.',
            properties: {
              street: { type: 'string', description: 'Street address.' },
              city: { type: 'string', description: 'City.' },
              postal_code: { type: 'string', description: 'Postal or ZIP code.' },
              parcel_number: { type: 'string', description: 'Assessor parcel number, if known.' },
            },
            required: ['street', 'city', 'postal_code'],
            additionalProperties: false,
          },
          work_type: { type: 'string', description: 'Category of work.', enum: ['new_construction', 'addition', 'alteration', 'demolition', 'roofing', 'electrical', 'plumbing', 'solar'] },
          description_of_work: { type: 'string', description: 'Narrative description of the proposed work.', minLength: 10, maxLength: 2000 },
          estimated_cost: { type: 'number', description: 'Estimated project valuation in local currency.', minimum: 0 },
          applicant_email: { type: 'string', description: 'Email of the applicant for notices.', format: 'email' },
          contractor_license: { type: 'string', description: 'License number of the contractor doing the work, if any.' },
        },
        required: ['jurisdiction_id', 'site_address', 'work_type', 'description_of_work', 'estimated_cost', 'applicant_email'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          permit_application_id: { type: 'string' },
          status: { type: 'string', enum: ['submitted', 'incomplete'] },
          fee_charged: { type: 'number' },
          currency: { type: 'string' },
          submitted_at: { type: 'string', format: 'date-time' },
          estimated_review_days: { type: 'integer' },
        },
        required: ['permit_application_id', 'status', 'submitted_at'],
      },
      origin: 'seed',
    },
    {
      name: 'get_permit_status',
      domain: 'government',
      subdomain: 'permits',
      description: 'Check the review status and inspection history of a permit application.',
      parameters: {
        type: 'object',
        properties: {
          permit_application_id: { type: 'string', description: 'Identifier of the permit application.', minLength: 1 },
          include_inspections: { type: 'boolean', description: 'Include scheduled and completed inspections.', default: true },
        },
        required: ['permit_application_id'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          permit_application_id: { type: 'string' },
          status: { type: 'string', enum: ['submitted', 'in_review', 'corrections_required', 'approved', 'issued', 'denied', 'expired'] },
          permit_number: { type: 'string' },
          last_updated: { type: 'string', format: 'date-time' },
          inspections: {
            type: 'array',
            items: {
              type: 'object',
              properties: { type: { type: 'string' }, date: { type: 'string', format: 'date' }, result: { type: 'string', enum: ['scheduled', 'passed', 'failed'] } },
              required: ['type', 'result'],
            },
          },
        },
        required: ['permit_application_id', 'status', 'last_updated'],
      },
      origin: 'seed',
    },
    {
      name: 'submit_311_service_request',
      domain: 'government',
      subdomain: 'civic-services',
      description: 'Report a non-emergency issue to the city (pothole, graffiti, broken streetlight, missed trash pickup) through its 311 service.',
      parameters: {
        type: 'object',
        properties: {
          service_code: {
            type: 'string',
            description: 'Type of issue being reported.',
            enum: ['pothole', 'graffiti', 'streetlight_out', 'missed_collection', 'illegal_dumping', 'noise_complaint', 'abandoned_vehicle', 'tree_hazard'],
          },
          location: {
            type: 'object',
            description: 'Where the issue is.',
            properties: {
              latitude: { type: 'number', description: 'Latitude in decimal degrees.', minimum: -90, maximum: 90 },
              longitude: { type: 'number', description: 'Longitude in decimal degrees.', minimum: -180, maximum: 180 },
              address: { type: 'string', description: 'Nearest street address.' },
            },
            required: ['latitude', 'longitude'],
            additionalProperties: false,
          },
          description: { type: 'string', description: 'Details of the problem.', maxLength: 1000 },
          photo_urls: { type: 'array', description: 'Photos of the issue.', items: { type: 'string', format: 'uri' }, maxItems: 5 },
          reporter_email: { type: 'string', description: 'Email to receive status updates.', format: 'email' },
        },
        required: ['service_code', 'location'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          service_request_id: { type: 'string' },
          status: { type: 'string', enum: ['open', 'acknowledged'] },
          agency_responsible: { type: 'string' },
          requested_at: { type: 'string', format: 'date-time' },
          expected_resolution_date: { type: 'string', format: 'date' },
        },
        required: ['service_request_id', 'status', 'requested_at'],
      },
      origin: 'seed',
    },
    {
      name: 'find_elected_representatives',
      domain: 'government',
      subdomain: 'legislation',
      description: 'Find the elected officials (national, state and local) representing a residential address, with their contact channels.',
      parameters: {
        type: 'object',
        properties: {
          address: { type: 'string', description: 'Full residential address.', minLength: 5 },
          levels: {
            type: 'array',
            description: 'Government levels to include.',
            items: { type: 'string', enum: ['country', 'state', 'county', 'city'] },
            uniqueItems: true,
            minItems: 1,
            default: ['country', 'state'],
          },
        },
        required: ['address'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          normalized_address: { type: 'string' },
          officials: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                name: { type: 'string' },
                office: { type: 'string' },
                level: { type: 'string' },
                party: { type: 'string' },
                phone: { type: 'string' },
                email: { type: 'string', format: 'email' },
                website: { type: 'string', format: 'uri' },
              },
              required: ['name', 'office', 'level'],
            },
          },
        },
        required: ['normalized_address', 'officials'],
      },
      origin: 'seed',
    },
    {
      name: 'get_bill_status',
      domain: 'government',
      subdomain: 'legislation',
      description: 'Get the text summary, sponsors, legislative actions and roll-call votes of a bill in a legislature session.',
      parameters: {
        type: 'object',
        properties: {
          chamber: { type: 'string', description: 'Chamber where the bill was introduced.', enum: ['house', 'senate'] },
          bill_number: { type: 'integer', description: 'Bill number within the chamber, e.g. 3076 for H.R. 3076.', minimum: 1, maximum: 99999 },
          session: { type: 'integer', description: 'Legislative session (e.g. 118 for the 118th U.S. Congress).', minimum: 1, maximum: 200 },
          include_votes: { type: 'boolean', description: 'Include roll-call vote tallies.', default: false },
        },
        required: ['chamber', 'bill_number', 'session'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          bill_id: { type: 'string' },
          title: { type: 'string' },
          summary: { type: 'string' },
          sponsor: { type: 'string' },
          cosponsor_count: { type: 'integer' },
          latest_action: { type: 'object', properties: { date: { type: 'string', format: 'date' }, text: { type: 'string' } }, required: ['date', 'text'] },
          status: { type: 'string', enum: ['introduced', 'in_committee', 'passed_chamber', 'passed_both', 'enacted', 'vetoed', 'failed'] },
          votes: {
            type: 'array',
            items: {
              type: 'object',
              properties: { date: { type: 'string', format: 'date' }, chamber: { type: 'string' }, yeas: { type: 'integer' }, nays: { type: 'integer' }, result: { type: 'string' } },
              required: ['date', 'yeas', 'nays'],
            },
          },
        },
        required: ['bill_id', 'title', 'status', 'latest_action'],
      },
      origin: 'seed',
    },
  ],
};
