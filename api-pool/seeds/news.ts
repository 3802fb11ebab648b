import type { SeedDomain } from '../types.js';

export const domain: SeedDomain = {
  name: 'news',
  description: 'News aggregation: headlines, article search, publishers, topic alerts and fact checks.',
  subdomains: [
    { name: 'headlines', description: 'Breaking and top headlines and trending topics.' },
    { name: 'article-search', description: 'Searching and retrieving news articles.' },
    { name: 'sources', description: 'News publishers and their metadata.' },
    { name: 'alerts', description: 'Keyword and topic news alerts delivered by email or webhook.' },
    { name: 'fact-checking', description: 'Published fact checks of public claims.' },
  ],
  apis: [
    {
      name: 'get_top_news_headlines',
      domain: 'news',
      subdomain: 'headlines',
      description: 'Get the current top headlines for a country and category, or from specific sources.',
      parameters: {
        type: 'object',
        properties: {
          country: { type: 'string', description: 'ISO 3166-1 alpha-2 country of the headlines.', pattern: '^[A-Z]{2}$' },
          category: { type: 'string', description: 'News category.', enum: ['general', 'business', 'technology', 'science', 'health', 'sports', 'entertainment', 'politics'], default: 'general' },
          sources: { type: 'array', description: 'Source IDs to take headlines from (cannot be mixed with country/category).', items: { type: 'string', pattern: '^[a-z0-9-]{2,50}$' }, maxItems: 20 },
          page_size: { type: 'integer', description: 'Number of headlines.', minimum: 1, maximum: 100, default: 20 },
        },
        required: [],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          total_results: { type: 'integer' },
          articles: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                source: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } }, required: ['name'] },
                title: { type: 'string' },
                description: { type: 'string' },
                url: { type: 'string', format: 'uri' },
                image_url: { type: 'string', format: 'uri' },
                published_at: { type: 'string', format: 'date-time' },
              },
              required: ['source', 'title', 'url', 'published_at'],
            },
          },
        },
        required: ['total_results', 'articles'],
      },
      origin: 'seed',
    },
    {
      name: 'get_trending_news_topics',
      domain: 'news',
      subdomain: 'headlines',
      description: 'Get the topics and named entities trending across news coverage in a region over the last hours, with article volume and change.',
      parameters: {
        type: 'object',
        properties: {
          region: { type: 'string', description: 'ISO 3166-1 alpha-2 country code.', pattern: '^[A-Z]{2}$', default: 'US' },
          window_hours: { type: 'integer', description: 'Look-back window in hours.', minimum: 1, maximum: 168, default: 24 },
          entity_types: {
            type: 'array',
            description: 'Kinds of trending items to include.',
            items: { type: 'string', enum: ['topic', 'person', 'organization', 'location', 'event'] },
            uniqueItems: true,
          },
          limit: { type: 'integer', description: 'Number of topics.', minimum: 1, maximum: 50, default: 10 },
        },
        required: [],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          generated_at: { type: 'string', format: 'date-time' },
          topics: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                label: { type: 'string' },
                entity_type: { type: 'string' },
                article_count: { type: 'integer' },
                change_percent: { type: 'number' },
                sample_headlines: { type: 'array', items: { type: 'string' } },
              },
              required: ['label', 'article_count'],
            },
          },
        },
        required: ['generated_at', 'topics'],
      },
      origin: 'seed',
    },
    {
      name: 'search_news_articles',
      domain: 'news',
      subdomain: 'article-search',
      description:
        'Search news articles from thousands of publishers by keywords or boolean query, date range, language and domains. Use it for coverage of a specific subject rather than current headlines.',
      parameters: {
        type: 'object',
        properties: {
          q: { type: 'string', description: 'Keywords or a boolean query, e.g. "(electric OR EV) AND battery -Tesla".', minLength: 1, maxLength: 500 },
          search_in: {
            type: 'array',
            description: 'Article fields to search.',
            items: { type: 'string', enum: ['title', 'description', 'content'] },
            uniqueItems: true,
            minItems: 1,
            default: ['title', 'description'],
          },
          from: { type: 'string', description: 'Oldest publication time.', format: 'date-time' },
          to: { type: 'string', description: 'Newest publication time.', format: 'date-time' },
          language: { type: 'string', description: 'ISO 639-1 language code.', pattern: '^[a-z]{2}$' },
          domains: { type: 'array', description: 'Restrict to these publisher domains, e.g. "bbc.co.uk".', items: { type: 'string' }, maxItems: 20 },
          sort_by: { type: 'string', description: 'Ordering of results.', enum: ['relevancy', 'popularity', 'published_at'], default: 'published_at' },
          page: { type: 'integer', description: 'Page number.', minimum: 1, maximum: 100, default: 1 },
        },
        required: ['q'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          total_results: { type: 'integer' },
          articles: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                article_id: { type: 'string' },
                source_name: { type: 'string' },
                author: { type: 'string' },
                title: { type: 'string' },
                description: { type: 'string' },
                url: { type: 'string', format: 'uri' },
                published_at: { type: 'string', format: 'date-time' },
              },
              required: ['article_id', 'source_name', 'title', 'url', 'published_at'],
            },
          },
        },
        required: ['total_results', 'articles'],
      },
      origin: 'seed',
    },
    {
      name: 'get_news_article_content',
      domain: 'news',
      subdomain: 'article-search',
      description: 'Get the extracted full text, author, word count and entities of one news article, for reading or summarising it.',
      parameters: {
        type: 'object',
        properties: {
          article_url: { type: 'string', description: 'URL of the article.', format: 'uri' },
          include_entities: { type: 'boolean', description: 'Also extract people, organizations and places mentioned.', default: false },
        },
        required: ['article_url'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          url: { type: 'string', format: 'uri' },
          title: { type: 'string' },
          authors: { type: 'array', items: { type: 'string' } },
          published_at: { type: 'string', format: 'date-time' },
          text: { type: 'string' },
          word_count: { type: 'integer' },
          paywalled: { type: 'boolean' },
          entities: {
            type: 'array',
            items: { type: 'object', properties: { name: { type: 'string' }, type: { type: 'string' }, mentions: { type: 'integer' } }, required: ['name', 'type'] },
          },
        },
        required: ['url', 'title', 'text'],
      },
      origin: 'seed',
    },
    {
      name: 'list_news_sources',
      domain: 'news',
      subdomain: 'sources',
      description: 'List the news publishers available, with their category, language, country and home page.',
      parameters: {
        type: 'object',
        properties: {
          category: { type: 'string', description: 'Main category of the source.', enum: ['general', 'business', 'technology', 'science', 'health', 'sports', 'entertainment', 'politics'] },
          language: { type: 'string', description: 'ISO 639-1 language code.', pattern: '^[a-z]{2}$' },
          country: { type: 'string', description: 'ISO 3166-1 alpha-2 country code.', pattern: '^[A-Z]{2}$' },
        },
        required: [],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          sources: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                id: { type: 'string' },
                name: { type: 'string' },
                description: { type: 'string' },
                url: { type: 'string', format: 'uri' },
                category: { type: 'string' },
                language: { type: 'string' },
                country: { type: 'string' },
              },
              required: ['id', 'name', 'url'],
            },
          },
        },
        required: ['sources'],
      },
      origin: 'seed',
    },
    {
      name: 'create_news_alert',
      domain: 'news',
      subdomain: 'alerts',
      description: 'Create a standing news alert that emails or posts to a webhook whenever new articles match a query. Deliveries start immediately.',
      parameters: {
        type: 'object',
        properties: {
          query: { type: 'string', description: 'Keywords or boolean query to watch.', minLength: 1, maxLength: 300 },
          delivery: {
            type: 'object',
            description: 'Where and how often to deliver matches.',
            properties: {
              channel: { type: 'string', description: 'Delivery channel.', enum: ['email', 'webhook'] },
              email: { type: 'string', description: 'Recipient address for email delivery.', format: 'email' },
              webhook_url: { type: 'string', description: 'Endpoint for webhook delivery.', format: 'uri' },
              frequency: { type: 'string', description: 'How often to send.', enum: ['realtime', 'hourly', 'daily', 'weekly'], default: 'daily' },
            },
            required: ['channel'],
            additionalProperties: false,
          },
          languages: { type: 'array', description: 'Only articles in these languages (ISO 639-1).', items: { type: 'string', pattern: '^[a-z]{2}$' }, maxItems: 10 },
          min_source_rank: { type: 'integer', description: 'Only sources at or above this authority rank (1-10).', minimum: 1, maximum: 10, default: 1 },
        },
        required: ['query', 'delivery'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          alert_id: { type: 'string' },
          status: { type: 'string', enum: ['active', 'pending_verification'] },
          created_at: { type: 'string', format: 'date-time' },
          estimated_matches_per_day: { type: 'number' },
        },
        required: ['alert_id', 'status', 'created_at'],
      },
      origin: 'seed',
    },
    {
      name: 'search_fact_checks',
      domain: 'news',
      subdomain: 'fact-checking',
      description: 'Search published fact checks of a claim by text, returning each fact-checker\'s rating and article.',
      parameters: {
        type: 'object',
        properties: {
          claim_text: { type: 'string', description: 'The claim or keywords to look up.', minLength: 3 },
          language_code: { type: 'string', description: 'BCP-47 language of the fact checks, e.g. "en-US".', pattern: '^[a-z]{2}(-[A-Z]{2})?$', default: 'en' },
          max_age_days: { type: 'integer', description: 'Only fact checks published in the last N days.', minimum: 1, maximum: 3650 },
          publisher_site: { type: 'string', description: 'Restrict to one fact-checking site, e.g. "politifact.com".' },
        },
        required: ['claim_text'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          claims: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                text: { type: 'string' },
                claimant: { type: 'string' },
                claim_date: { type: 'string', format: 'date' },
                reviews: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: { publisher: { type: 'string' }, rating: { type: 'string' }, url: { type: 'string', format: 'uri' }, review_date: { type: 'string', format: 'date' } },
                    required: ['publisher', 'rating', 'url'],
                  },
                },
              },
              required: ['text', 'reviews'],
            },
          },
        },
        required: ['claims'],
      },
      origin: 'seed',
    },
  ],
};
