import type { SeedDomain } from '../types.js';

export const domain: SeedDomain = {
  name: 'science',
  description: 'Scientific literature, chemistry, genomics, astronomy and earth-science data services.',
  subdomains: [
    { name: 'literature', description: 'Research papers, preprints and citations, arXiv and Crossref style.' },
    { name: 'chemistry', description: 'Properties of chemical compounds, PubChem style.' },
    { name: 'genomics', description: 'Sequence records and sequence similarity search, NCBI style.' },
    { name: 'astronomy', description: 'Positions and visibility of celestial objects.' },
    { name: 'earth-sciences', description: 'Earthquakes and other geophysical event catalogs.' },
  ],
  apis: [
    {
      name: 'search_research_papers',
      domain: 'science',
      subdomain: 'literature',
      description:
        'Search preprints and papers by keywords, author and subject category, sorted by relevance or date. Use it to find recent work on a topic or papers by a researcher.',
      parameters: {
        type: 'object',
        properties: {
          query: { type: 'string', description: 'Keywords matched in title and abstract, e.g. diffusion models protein folding.', minLength: 2 },
          author: { type: 'string', description: 'Author name, e.g. Hinton.' },
          categories: {
            type: 'array',
            description: 'arXiv subject categories.',
            items: { type: 'string', enum: ['cs.LG', 'cs.CL', 'cs.CV', 'cs.AI', 'stat.ML', 'math.OC', 'physics.optics', 'q-bio.BM', 'astro-ph.CO', 'quant-ph'] },
            minItems: 1,
            maxItems: 5,
            uniqueItems: true,
          },
          submitted_after: { type: 'string', description: 'Only papers first submitted after this date.', format: 'date' },
          sort_by: { type: 'string', description: 'Ordering.', enum: ['relevance', 'submitted_date', 'last_updated'], default: 'relevance' },
          max_results: { type: 'integer', description: 'Maximum number of papers.', minimum: 1, maximum: 100, default: 10 },
        },
        required: ['query'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          total_results: { type: 'integer', minimum: 0, maximum: 5000 },
          papers: {
            type: 'array',
            maxItems: 5,
            items: {
              type: 'object',
              properties: {
                arxiv_id: { type: 'string', pattern: '^[0-9]{4}\\.[0-9]{5}$' },
                title: { type: 'string' },
                authors: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 4 },
                abstract: { type: 'string' },
                primary_category: { type: 'string' },
                published: { type: 'string', format: 'date-time' },
                pdf_url: { type: 'string', format: 'uri' },
              },
              required: ['arxiv_id', 'title', 'authors', 'published'],
            },
          },
        },
        required: ['total_results', 'papers'],
      },
      origin: 'seed',
    },
    {
      name: 'get_paper_citations',
      domain: 'science',
      subdomain: 'literature',
      description:
        'Get the citation count of a paper by DOI and the list of works citing it (or the works it references). Use it to gauge a paper\'s impact or follow its references.',
      parameters: {
        type: 'object',
        properties: {
          doi: { type: 'string', description: 'DOI of the paper, e.g. 10.1038/s41586-021-03819-2.', pattern: '^10\\.[0-9]{4,9}/[A-Za-z0-9./_-]{4,40}$' },
          direction: { type: 'string', description: 'Works citing this paper, or works it cites.', enum: ['cited_by', 'references'], default: 'cited_by' },
          limit: { type: 'integer', description: 'Maximum number of works to list.', minimum: 1, maximum: 200, default: 20 },
          from_year: { type: 'integer', description: 'Only citing works published from this year.', minimum: 1900, maximum: 2030 },
        },
        required: ['doi'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          doi: { type: 'string' },
          title: { type: 'string' },
          citation_count: { type: 'integer', minimum: 0, maximum: 30000 },
          works: {
            type: 'array',
            maxItems: 5,
            items: {
              type: 'object',
              properties: {
                doi: { type: 'string' },
                title: { type: 'string' },
                year: { type: 'integer', minimum: 1990, maximum: 2026 },
                venue: { type: 'string' },
              },
              required: ['title', 'year'],
            },
          },
        },
        required: ['doi', 'citation_count', 'works'],
      },
      origin: 'seed',
    },
    {
      name: 'get_compound_properties',
      domain: 'science',
      subdomain: 'chemistry',
      description:
        'Look up a chemical compound by name, CID, SMILES or InChIKey and return computed properties such as formula, molecular weight, logP and hydrogen-bond counts. Use it for chemistry facts about a substance.',
      parameters: {
        type: 'object',
        properties: {
          identifier: { type: 'string', description: 'The compound identifier, e.g. caffeine or 2519.', minLength: 1 },
          identifier_type: { type: 'string', description: 'What kind of identifier is given.', enum: ['name', 'cid', 'smiles', 'inchikey'], default: 'name' },
          properties: {
            type: 'array',
            description: 'Properties to return.',
            items: { type: 'string', enum: ['molecular_formula', 'molecular_weight', 'xlogp', 'h_bond_donors', 'h_bond_acceptors', 'tpsa', 'iupac_name', 'canonical_smiles'] },
            minItems: 1,
            maxItems: 8,
            uniqueItems: true,
          },
        },
        required: ['identifier', 'properties'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          cid: { type: 'integer', minimum: 1, maximum: 200000000 },
          iupac_name: { type: 'string' },
          molecular_formula: { type: 'string', pattern: '^C[0-9]{1,2}H[0-9]{1,2}N[0-9]O[0-9]$' },
          molecular_weight: { type: 'number', minimum: 16, maximum: 900 },
          xlogp: { type: 'number', minimum: -5, maximum: 8 },
          h_bond_donors: { type: 'integer', minimum: 0, maximum: 10 },
          h_bond_acceptors: { type: 'integer', minimum: 0, maximum: 15 },
          tpsa: { type: 'number', minimum: 0, maximum: 250 },
          canonical_smiles: { type: 'string' },
        },
        required: ['cid'],
      },
      origin: 'seed',
    },
    {
      name: 'get_sequence_record',
      domain: 'science',
      subdomain: 'genomics',
      description:
        'Fetch a nucleotide or protein sequence record by accession number, in FASTA or GenBank format, optionally only a sub-range. Use it to retrieve a gene or protein sequence.',
      parameters: {
        type: 'object',
        properties: {
          accession: { type: 'string', description: 'Accession with version, e.g. NM_000546.6 or P04637.', pattern: '^[A-Z]{1,2}_?[0-9]{5,9}\\.?[0-9]?$' },
          database: { type: 'string', description: 'Database holding the record.', enum: ['nucleotide', 'protein'] },
          format: { type: 'string', description: 'Output format.', enum: ['fasta', 'genbank'], default: 'fasta' },
          range: {
            type: 'object',
            description: 'Sub-sequence to return, 1-based inclusive coordinates.',
            properties: {
              start: { type: 'integer', description: 'First position.', minimum: 1 },
              end: { type: 'integer', description: 'Last position.', minimum: 1 },
              strand: { type: 'string', description: 'Strand for nucleotide records.', enum: ['plus', 'minus'], default: 'plus' },
            },
            required: ['start', 'end'],
            additionalProperties: false,
          },
        },
        required: ['accession', 'database'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          accession: { type: 'string' },
          definition: { type: 'string' },
          organism: { type: 'string' },
          length: { type: 'integer', minimum: 50, maximum: 20000 },
          molecule_type: { type: 'string', enum: ['DNA', 'mRNA', 'protein'] },
          sequence: { type: 'string', pattern: '^[ACGT]{60}$' },
          updated: { type: 'string', format: 'date' },
        },
        required: ['accession', 'definition', 'length', 'sequence'],
      },
      origin: 'seed',
    },
    {
      name: 'run_sequence_similarity_search',
      domain: 'science',
      subdomain: 'genomics',
      description:
        'Run a BLAST similarity search of a query sequence against a reference database and return the best hits with identity and E-value. Use it to identify an unknown sequence or find homologs.',
      parameters: {
        type: 'object',
        properties: {
          sequence: { type: 'string', description: 'Query sequence in one-letter codes, no header, e.g. ATGGCGTAC...', pattern: '^[ACGTUNRDEQHILKMFPSWYV]{10,}$', maxLength: 10000 },
          program: { type: 'string', description: 'BLAST program matching the query and database types.', enum: ['blastn', 'blastp', 'blastx', 'tblastn'] },
          database: { type: 'string', description: 'Reference database.', enum: ['nt', 'nr', 'refseq_rna', 'refseq_protein', 'swissprot'] },
          max_hits: { type: 'integer', description: 'Maximum number of hits.', minimum: 1, maximum: 500, default: 10 },
          evalue_threshold: { type: 'number', description: 'Only hits with an E-value at most this.', minimum: 0, maximum: 1000, default: 10 },
          organism_filter: { type: 'string', description: 'Restrict hits to an organism, e.g. Homo sapiens.' },
        },
        required: ['sequence', 'program', 'database'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          search_id: { type: 'string' },
          query_length: { type: 'integer', minimum: 10, maximum: 10000 },
          hits: {
            type: 'array',
            maxItems: 5,
            items: {
              type: 'object',
              properties: {
                accession: { type: 'string' },
                description: { type: 'string' },
                percent_identity: { type: 'number', minimum: 40, maximum: 100 },
                alignment_length: { type: 'integer', minimum: 10, maximum: 3000 },
                evalue: { type: 'number', minimum: 0, maximum: 1 },
                bit_score: { type: 'number', minimum: 20, maximum: 5000 },
              },
              required: ['accession', 'description', 'percent_identity', 'evalue'],
            },
          },
        },
        required: ['search_id', 'hits'],
      },
      origin: 'seed',
    },
    {
      name: 'get_celestial_object_position',
      domain: 'science',
      subdomain: 'astronomy',
      description:
        'Compute where a planet, star, the Moon or a deep-sky object appears in the sky for an observer at a given time: altitude, azimuth, rise and set. Use it for stargazing and observation planning.',
      parameters: {
        type: 'object',
        properties: {
          object_name: { type: 'string', description: 'Name or catalog designation, e.g. Jupiter, Vega, M31.', minLength: 1 },
          observer: {
            type: 'object',
            description: 'Where the observer stands.',
            properties: {
              latitude: { type: 'number', description: 'Latitude in decimal degrees.', minimum: -90, maximum: 90 },
              longitude: { type: 'number', description: 'Longitude in decimal degrees.', minimum: -180, maximum: 180 },
              elevation_m: { type: 'number', description: 'Height above sea level in meters.', minimum: -500, maximum: 9000, default: 0 },
            },
            required: ['latitude', 'longitude'],
            additionalProperties: false,
          },
          time: { type: 'string', description: 'Instant of the observation; now when omitted.', format: 'date-time' },
        },
        required: ['object_name', 'observer'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          object_name: { type: 'string' },
          altitude_deg: { type: 'number', minimum: -90, maximum: 90 },
          azimuth_deg: { type: 'number', minimum: 0, maximum: 360 },
          right_ascension: { type: 'string', pattern: '^[0-2][0-9]h[0-5][0-9]m$' },
          declination_deg: { type: 'number', minimum: -90, maximum: 90 },
          magnitude: { type: 'number', minimum: -5, maximum: 12 },
          rises_at: { type: 'string', format: 'date-time' },
          sets_at: { type: 'string', format: 'date-time' },
          above_horizon: { type: 'boolean' },
        },
        required: ['object_name', 'altitude_deg', 'azimuth_deg', 'above_horizon'],
      },
      origin: 'seed',
    },
    {
      name: 'search_earthquake_catalog',
      domain: 'science',
      subdomain: 'earth-sciences',
      description:
        'Search the earthquake catalog for events in a time window, above a magnitude, optionally within a radius of a point. Use it for questions about recent or historical earthquakes in a region.',
      parameters: {
        type: 'object',
        properties: {
          start_time: { type: 'string', description: 'Start of the window.', format: 'date-time' },
          end_time: { type: 'string', description: 'End of the window; now when omitted.', format: 'date-time' },
          min_magnitude: { type: 'number', description: 'Smallest magnitude to include.', minimum: 0, maximum: 10, default: 2.5 },
          circle: {
            type: 'object',
            description: 'Only events within a radius of a point.',
            properties: {
              latitude: { type: 'number', description: 'Center latitude.', minimum: -90, maximum: 90 },
              longitude: { type: 'number', description: 'Center longitude.', minimum: -180, maximum: 180 },
              radius_km: { type: 'number', description: 'Radius in kilometers.', minimum: 1, maximum: 20000 },
            },
            required: ['latitude', 'longitude', 'radius_km'],
            additionalProperties: false,
          },
          order_by: { type: 'string', description: 'Ordering of events.', enum: ['time', 'time_asc', 'magnitude', 'magnitude_asc'], default: 'time' },
          limit: { type: 'integer', description: 'Maximum number of events.', minimum: 1, maximum: 20000, default: 100 },
        },
        required: ['start_time'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          count: { type: 'integer', minimum: 0, maximum: 2000 },
          events: {
            type: 'array',
            maxItems: 5,
            items: {
              type: 'object',
              properties: {
                event_id: { type: 'string' },
                magnitude: { type: 'number', minimum: 2.5, maximum: 8 },
                place: { type: 'string' },
                time: { type: 'string', format: 'date-time' },
                depth_km: { type: 'number', minimum: 0, maximum: 700 },
                latitude: { type: 'number', minimum: -90, maximum: 90 },
                longitude: { type: 'number', minimum: -180, maximum: 180 },
                tsunami_warning: { type: 'boolean' },
              },
              required: ['event_id', 'magnitude', 'place', 'time'],
            },
          },
        },
        required: ['count', 'events'],
      },
      origin: 'seed',
    },
  ],
};
