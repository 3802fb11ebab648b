import type { SeedDomain } from '../types.js';

export const domain: SeedDomain = {
  name: 'legal',
  description: 'Court records, case law, statutes, trademarks and legal document workflows.',
  subdomains: [
    { name: 'case-law', description: 'Searching court opinions and citations.' },
    { name: 'court-records', description: 'Dockets, filings and hearing calendars of court cases.' },
    { name: 'intellectual-property', description: 'Trademark and patent registries.' },
    { name: 'contracts', description: 'Electronic signature and contract management.' },
  ],
  apis: [
    {
      name: 'search_court_opinions',
      domain: 'legal',
      subdomain: 'case-law',
      description:
        'Full-text search of published court opinions (case law), filterable by court, jurisdiction and decision date. Use it to find precedents on a legal question.',
      parameters: {
        type: 'object',
        properties: {
          query: { type: 'string', description: 'Search terms or phrase, e.g. "fourth amendment cell phone search".', minLength: 2 },
          court_ids: {
            type: 'array',
            description: 'Restrict to these court identifiers, e.g. "scotus", "ca9".',
            items: { type: 'string', pattern: '^[a-z0-9]{2,12}$' },
            maxItems: 10,
          },
          decided: {
            type: 'object',
            description: 'Range of decision dates.',
            properties: {
              after: { type: 'string', description: 'Only opinions decided on or after this date.', format: 'date' },
              before: { type: 'string', description: 'Only opinions decided on or before this date.', format: 'date' },
            },
            additionalProperties: false,
          },
          precedential_status: {
            type: 'string',
            description: 'Filter by precedential status.',
            enum: ['published', 'unpublished', 'any'],
            default: 'published',
          },
          order_by: { type: 'string', description: 'Sort order of results.', enum: ['relevance', 'date_desc', 'date_asc', 'citation_count'], default: 'relevance' },
        },
        required: ['query'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          count: { type: 'integer' },
          results: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                opinion_id: { type: 'string' },
                case_name: { type: 'string' },
                court: { type: 'string' },
                date_decided: { type: 'string', format: 'date' },
                citation: { type: 'string' },
                snippet: { type: 'string' },
                cited_by_count: { type: 'integer' },
              },
              required: ['opinion_id', 'case_name', 'court', 'date_decided'],
            },
          },
        },
        required: ['count', 'results'],
      },
      origin: 'seed',
    },
    {
      name: 'lookup_legal_citation',
      domain: 'legal',
      subdomain: 'case-law',
      description: 'Resolve a legal citation string (e.g. "410 U.S. 113") to the case it refers to, and report whether it is still good law.',
      parameters: {
        type: 'object',
        properties: {
          citation: { type: 'string', description: 'Citation in reporter format: volume, reporter abbreviation, page.', minLength: 5 },
          check_treatment: { type: 'boolean', description: 'Also return how later cases treated it (followed, distinguished, overruled).', default: true },
        },
        required: ['citation'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          citation: { type: 'string' },
          case_name: { type: 'string' },
          court: { type: 'string' },
          date_decided: { type: 'string', format: 'date' },
          good_law: { type: 'boolean' },
          treatments: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                citing_case: { type: 'string' },
                treatment: { type: 'string', enum: ['followed', 'distinguished', 'criticized', 'overruled'] },
              },
              required: ['citing_case', 'treatment'],
            },
          },
        },
        required: ['citation', 'case_name', 'good_law'],
      },
      origin: 'seed',
    },
    {
      name: 'get_court_docket',
      domain: 'legal',
      subdomain: 'court-records',
      description: 'Get the docket of a court case: parties, assigned judge, status and its docket entries (filings and orders).',
      parameters: {
        type: 'object',
        properties: {
          court_id: { type: 'string', description: 'Court identifier, e.g. "nysd" for the Southern District of New York.', pattern: '^[a-z0-9]{2,12}$' },
          docket_number: { type: 'string', description: 'Docket number as assigned by the court, e.g. "1:21-cv-04512".', minLength: 3 },
          max_entries: { type: 'integer', description: 'Maximum number of docket entries to return, newest first.', minimum: 1, maximum: 500, default: 50 },
        },
        required: ['court_id', 'docket_number'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          docket_id: { type: 'string' },
          case_name: { type: 'string' },
          judge: { type: 'string' },
          status: { type: 'string', enum: ['open', 'closed', 'stayed'] },
          date_filed: { type: 'string', format: 'date' },
          parties: {
            type: 'array',
            items: { type: 'object', properties: { name: { type: 'string' }, role: { type: 'string' } }, required: ['name', 'role'] },
          },
          entries: {
            type: 'array',
            items: {
              type: 'object',
              properties: { entry_number: { type: 'integer' }, date_filed: { type: 'string', format: 'date' }, description: { type: 'string' } },
              required: ['entry_number', 'date_filed', 'description'],
            },
          },
        },
        required: ['docket_id', 'case_name', 'status', 'entries'],
      },
      origin: 'seed',
    },
    {
      name: 'list_court_hearings',
      domain: 'legal',
      subdomain: 'court-records',
      description: 'List scheduled hearings of a court for a date range, optionally for one judge or courtroom.',
      parameters: {
        type: 'object',
        properties: {
          court_id: { type: 'string', description: 'Court identifier.', pattern: '^[a-z0-9]{2,12}$' },
          from_date: { type: 'string', description: 'First day of the range.', format: 'date' },
          to_date: { type: 'string', description: 'Last day of the range (at most 31 days after from_date).', format: 'date' },
          judge_name: { type: 'string', description: 'Only hearings before this judge.' },
          hearing_type: { type: 'string', description: 'Kind of hearing.', enum: ['trial', 'motion', 'sentencing', 'status_conference', 'arraignment'] },
        },
        required: ['court_id', 'from_date', 'to_date'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          hearings: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                hearing_id: { type: 'string' },
                docket_number: { type: 'string' },
                case_name: { type: 'string' },
                start_time: { type: 'string', format: 'date-time' },
                courtroom: { type: 'string' },
                judge: { type: 'string' },
                hearing_type: { type: 'string' },
              },
              required: ['hearing_id', 'docket_number', 'start_time'],
            },
          },
          total: { type: 'integer' },
        },
        required: ['hearings', 'total'],
      },
      origin: 'seed',
    },
    {
      name: 'search_trademark_registry',
      domain: 'legal',
      subdomain: 'intellectual-property',
      description:
        'Search a national trademark registry for marks similar to a given word mark, to check availability before filing. Returns live and dead registrations with their Nice classes.',
      parameters: {
        type: 'object',
        properties: {
          mark_text: { type: 'string', description: 'Word mark to search for.', minLength: 1, maxLength: 100 },
          nice_classes: {
            type: 'array',
            description: 'Nice classification classes (1-45) to restrict the search to.',
            items: { type: 'integer', minimum: 1, maximum: 45 },
            uniqueItems: true,
            maxItems: 45,
          },
          office: { type: 'string', description: 'Trademark office to search.', enum: ['USPTO', 'EUIPO', 'UKIPO', 'WIPO', 'CIPO'], default: 'USPTO' },
          include_dead: { type: 'boolean', description: 'Include abandoned, cancelled and expired marks.', default: false },
          similarity: { type: 'string', description: 'Matching mode.', enum: ['exact', 'phonetic', 'fuzzy'], default: 'fuzzy' },
        },
        required: ['mark_text'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          total: { type: 'integer' },
          marks: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                serial_number: { type: 'string' },
                mark_text: { type: 'string' },
                owner: { type: 'string' },
                status: { type: 'string', enum: ['live', 'pending', 'dead'] },
                nice_classes: { type: 'array', items: { type: 'integer' } },
                filing_date: { type: 'string', format: 'date' },
                similarity_score: { type: 'number', minimum: 0, maximum: 1 },
              },
              required: ['serial_number', 'mark_text', 'status'],
            },
          },
        },
        required: ['total', 'marks'],
      },
      origin: 'seed',
    },
    {
      name: 'get_patent_details',
      domain: 'legal',
      subdomain: 'intellectual-property',
      description: 'Get bibliographic data, claims and legal status of a patent or published patent application by its publication number.',
      parameters: {
        type: 'object',
        properties: {
          publication_number: {
            type: 'string',
            description: 'Publication number with country prefix and kind code, e.g. "US10123456B2" or "EP3456789A1".',
            pattern: '^[A-Z]{2}[0-9]{4,12}[A-Z][0-9]?$',
          },
          include_claims: { type: 'boolean', description: 'Include the full text of the claims.', default: false },
        },
        required: ['publication_number'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          publication_number: { type: 'string' },
          title: { type: 'string' },
          abstract: { type: 'string' },
          assignees: { type: 'array', items: { type: 'string' } },
          inventors: { type: 'array', items: { type: 'string' } },
          priority_date: { type: 'string', format: 'date' },
          legal_status: { type: 'string', enum: ['pending', 'granted', 'expired', 'lapsed', 'revoked'] },
          expiry_date: { type: 'string', format: 'date' },
          claims: { type: 'array', items: { type: 'string' } },
        },
        required: ['publication_number', 'title', 'legal_status'],
      },
      origin: 'seed',
    },
    {
      name: 'send_contract_for_signature',
      domain: 'legal',
      subdomain: 'contracts',
      description:
        'Send a contract document to one or more signers for electronic signature, in a set signing order. Emails go out to the signers immediately.',
      parameters: {
        type: 'object',
        properties: {
          document_url: { type: 'string', description: 'URL of the PDF to be signed.', format: 'uri' },
          title: { type: 'string', description: 'Title of the envelope shown to signers.', minLength: 1, maxLength: 120 },
          signers: {
            type: 'array',
            description: 'People who must sign, in routing order.',
            minItems: 1,
            maxItems: 10,
            items: {
              type: 'object',
              properties: {
                name: { type: 'string', description: 'Signer full name.' },
                email: { type: 'string', description: 'Signer email address.', format: 'email' },
                routing_order: { type: 'integer', description: 'Position in the signing sequence, starting at 1.', minimum: 1, maximum: 10 },
                role: { type: 'string', description: 'Role of the signer.', enum: ['signer', 'approver', 'cc'], default: 'signer' },
              },
              required: ['name', 'email'],
              additionalProperties: false,
            },
          },
          expires_in_days: { type: 'integer', description: 'Days before the signing request expires.', minimum: 1, maximum: 120, default: 30 },
          message: { type: 'string', description: 'Message included in the signing email.', maxLength: 1000 },
        },
        required: ['document_url', 'title', 'signers'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          envelope_id: { type: 'string' },
          status: { type: 'string', enum: ['sent', 'created'] },
          sent_at: { type: 'string', format: 'date-time' },
          expires_at: { type: 'string', format: 'date-time' },
          signing_urls: {
            type: 'array',
            items: { type: 'object', properties: { email: { type: 'string' }, url: { type: 'string', format: 'uri' } }, required: ['email', 'url'] },
          },
        },
        required: ['envelope_id', 'status', 'sent_at'],
      },
      origin: 'seed',
    },
  ],
};
