import type { SeedDomain } from '../types.js';

export const domain: SeedDomain = {
  name: 'media',
  description: 'Movies, TV series, podcasts and where to stream them, with discovery and watchlists.',
  subdomains: [
    { name: 'movies', description: 'Film search and details, TMDB-style.' },
    { name: 'tv', description: 'TV series, seasons and episodes.' },
    { name: 'streaming', description: 'Which services offer a title in a country.' },
    { name: 'discovery', description: 'Browsing titles by genre, rating and date.' },
    { name: 'watchlists', description: 'Lists of titles a user wants to watch.' },
    { name: 'podcasts', description: 'Podcast shows and episodes.' },
  ],
  apis: [
    {
      name: 'search_movies',
      domain: 'media',
      subdomain: 'movies',
      description:
        'Search movies by title, optionally narrowed by release year and language. Use it to find the movie id of a film the user mentions.',
      parameters: {
        type: 'object',
        properties: {
          query: { type: 'string', description: 'Title or part of it, e.g. the matrix.', minLength: 1 },
          year: { type: 'integer', description: 'Release year.', minimum: 1888, maximum: 2030 },
          language: { type: 'string', description: 'Language of the results as a locale.', enum: ['en-US', 'en-GB', 'fr-FR', 'de-DE', 'es-ES', 'it-IT', 'pt-BR', 'ja-JP', 'ko-KR'], default: 'en-US' },
          include_adult: { type: 'boolean', description: 'Include adult titles.', default: false },
          page: { type: 'integer', description: 'Result page, from 1.', minimum: 1, maximum: 500, default: 1 },
        },
        required: ['query'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          page: { type: 'integer', minimum: 1, maximum: 500 },
          total_results: { type: 'integer', minimum: 0, maximum: 200 },
          results: {
            type: 'array',
            maxItems: 5,
            items: {
              type: 'object',
              properties: {
                movie_id: { type: 'integer', minimum: 1, maximum: 1200000 },
                title: { type: 'string' },
                original_language: { type: 'string', pattern: '^[a-z]{2}$' },
                release_date: { type: 'string', format: 'date' },
                vote_average: { type: 'number', minimum: 0, maximum: 10 },
                overview: { type: 'string' },
              },
              required: ['movie_id', 'title', 'release_date'],
            },
          },
        },
        required: ['page', 'total_results', 'results'],
      },
      origin: 'seed',
    },
    {
      name: 'get_movie_details',
      domain: 'media',
      subdomain: 'movies',
      description:
        'Get full details of a movie by id (runtime, genres, budget, tagline), optionally appending credits, videos or release dates in the same call. Use it to answer questions about one film.',
      parameters: {
        type: 'object',
        properties: {
          movie_id: { type: 'integer', description: 'Movie identifier from search_movies.', minimum: 1 },
          append: {
            type: 'array',
            description: 'Extra sections to include.',
            items: { type: 'string', enum: ['credits', 'videos', 'images', 'reviews', 'release_dates', 'keywords'] },
            uniqueItems: true,
            maxItems: 6,
          },
          language: { type: 'string', description: 'Locale of the texts.', enum: ['en-US', 'en-GB', 'fr-FR', 'de-DE', 'es-ES', 'it-IT', 'pt-BR', 'ja-JP', 'ko-KR'], default: 'en-US' },
        },
        required: ['movie_id'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          movie_id: { type: 'integer' },
          title: { type: 'string' },
          tagline: { type: 'string' },
          release_date: { type: 'string', format: 'date' },
          runtime_minutes: { type: 'integer', minimum: 70, maximum: 210 },
          genres: { type: 'array', items: { type: 'string' }, maxItems: 3 },
          budget_usd: { type: 'integer', minimum: 0, maximum: 300000000 },
          vote_average: { type: 'number', minimum: 0, maximum: 10 },
          cast: {
            type: 'array',
            maxItems: 4,
            items: {
              type: 'object',
              properties: {
                name: { type: 'string' },
                character: { type: 'string' },
              },
              required: ['name', 'character'],
            },
          },
          director: { type: 'string' },
        },
        required: ['movie_id', 'title', 'release_date', 'runtime_minutes', 'genres'],
      },
      origin: 'seed',
    },
    {
      name: 'get_tv_season',
      domain: 'media',
      subdomain: 'tv',
      description:
        'Get one season of a TV series with its episode list: titles, air dates, runtimes and ratings. Use it for questions about episodes, e.g. when the finale aired.',
      parameters: {
        type: 'object',
        properties: {
          series_id: { type: 'integer', description: 'TV series identifier.', minimum: 1 },
          season_number: { type: 'integer', description: 'Season number; 0 for specials.', minimum: 0, maximum: 100 },
          language: { type: 'string', description: 'Locale of the texts.', enum: ['en-US', 'en-GB', 'fr-FR', 'de-DE', 'es-ES', 'it-IT', 'pt-BR', 'ja-JP', 'ko-KR'], default: 'en-US' },
        },
        required: ['series_id', 'season_number'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          series_id: { type: 'integer' },
          season_number: { type: 'integer' },
          name: { type: 'string' },
          air_date: { type: 'string', format: 'date' },
          episodes: {
            type: 'array',
            maxItems: 6,
            items: {
              type: 'object',
              properties: {
                episode_number: { type: 'integer', minimum: 1, maximum: 24 },
                title: { type: 'string' },
                air_date: { type: 'string', format: 'date' },
                runtime_minutes: { type: 'integer', minimum: 20, maximum: 75 },
                vote_average: { type: 'number', minimum: 0, maximum: 10 },
              },
              required: ['episode_number', 'title', 'air_date'],
            },
          },
        },
        required: ['series_id', 'season_number', 'episodes'],
      },
      origin: 'seed',
    },
    {
      name: 'get_streaming_availability',
      domain: 'media',
      subdomain: 'streaming',
      description:
        'Find which streaming services offer a movie or series in a country, and whether by subscription, rental or purchase, with prices. Use it for where can I watch questions.',
      parameters: {
        type: 'object',
        properties: {
          media_type: { type: 'string', description: 'Kind of title.', enum: ['movie', 'tv'] },
          title_id: { type: 'integer', description: 'Identifier of the movie or series.', minimum: 1 },
          country_code: { type: 'string', description: 'ISO 3166-1 alpha-2 country of the viewer.', pattern: '^[A-Z]{2}$' },
          monetization_types: {
            type: 'array',
            description: 'Kinds of offers to include.',
            items: { type: 'string', enum: ['subscription', 'rent', 'buy', 'free', 'ads'] },
            minItems: 1,
            maxItems: 5,
            uniqueItems: true,
            default: ['subscription', 'rent', 'buy'],
          },
        },
        required: ['media_type', 'title_id', 'country_code'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          title_id: { type: 'integer' },
          country_code: { type: 'string' },
          offers: {
            type: 'array',
            maxItems: 5,
            items: {
              type: 'object',
              properties: {
                provider: { type: 'string' },
                monetization_type: { type: 'string', enum: ['subscription', 'rent', 'buy', 'free', 'ads'] },
                quality: { type: 'string', enum: ['SD', 'HD', '4K'] },
                price: { type: 'number', minimum: 0, maximum: 25 },
                currency: { type: 'string', pattern: '^[A-Z]{3}$' },
                watch_url: { type: 'string', format: 'uri' },
              },
              required: ['provider', 'monetization_type'],
            },
          },
        },
        required: ['title_id', 'country_code', 'offers'],
      },
      origin: 'seed',
    },
    {
      name: 'discover_titles',
      domain: 'media',
      subdomain: 'discovery',
      description:
        'Browse movies or series matching filters (genres, rating range, release period, runtime, original language) sorted by popularity, rating or date. Use it for recommendations like well-rated sci-fi from the 90s.',
      parameters: {
        type: 'object',
        properties: {
          media_type: { type: 'string', description: 'Movies or TV series.', enum: ['movie', 'tv'], default: 'movie' },
          genres: {
            type: 'array',
            description: 'Genres the title must have.',
            items: { type: 'string', enum: ['action', 'comedy', 'drama', 'horror', 'science_fiction', 'thriller', 'romance', 'animation', 'documentary', 'crime', 'fantasy', 'family'] },
            minItems: 1,
            maxItems: 4,
            uniqueItems: true,
          },
          rating: {
            type: 'object',
            description: 'Range of the average user rating out of 10.',
            properties: {
              min: { type: 'number', description: 'Lowest rating.', minimum: 0, maximum: 10 },
              max: { type: 'number', description: 'Highest rating.', minimum: 0, maximum: 10 },
              min_votes: { type: 'integer', description: 'Ignore titles with fewer votes.', minimum: 0, default: 100 },
            },
            required: [],
            additionalProperties: false,
          },
          released_from: { type: 'string', description: 'Earliest release date.', format: 'date' },
          released_to: { type: 'string', description: 'Latest release date.', format: 'date' },
          max_runtime_minutes: { type: 'integer', description: 'Longest acceptable runtime.', minimum: 10, maximum: 400 },
          original_language: { type: 'string', description: 'ISO 639-1 original language.', enum: ['en', 'fr', 'es', 'de', 'it', 'pt', 'ja', 'ko', 'zh', 'ar'] },
          sort_by: { type: 'string', description: 'Ordering of results.', enum: ['popularity', 'rating', 'release_date', 'revenue'], default: 'popularity' },
        },
        required: [],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          total_results: { type: 'integer', minimum: 0, maximum: 5000 },
          results: {
            type: 'array',
            maxItems: 5,
            items: {
              type: 'object',
              properties: {
                id: { type: 'integer', minimum: 1, maximum: 1200000 },
                title: { type: 'string' },
                release_date: { type: 'string', format: 'date' },
                vote_average: { type: 'number', minimum: 0, maximum: 10 },
                genres: { type: 'array', items: { type: 'string' }, maxItems: 3 },
              },
              required: ['id', 'title', 'vote_average'],
            },
          },
        },
        required: ['total_results', 'results'],
      },
      origin: 'seed',
    },
    {
      name: 'add_to_watchlist',
      domain: 'media',
      subdomain: 'watchlists',
      description:
        'Add movies or series to one of the user\'s watchlists, optionally with a note and priority. Use it when the user wants to save titles to watch later.',
      parameters: {
        type: 'object',
        properties: {
          list_name: { type: 'string', description: 'Name of the watchlist.', minLength: 1, maxLength: 60, default: 'Watchlist' },
          items: {
            type: 'array',
            description: 'Titles to add.',
            items: {
              type: 'object',
              properties: {
                media_type: { type: 'string', description: 'Kind of title.', enum: ['movie', 'tv'] },
                id: { type: 'integer', description: 'Identifier of the title.', minimum: 1 },
                note: { type: 'string', description: 'Personal note, e.g. recommended by Sam.', maxLength: 200 },
                priority: { type: 'string', description: 'How soon to watch it.', enum: ['low', 'normal', 'high'], default: 'normal' },
              },
              required: ['media_type', 'id'],
              additionalProperties: false,
            },
            minItems: 1,
            maxItems: 20,
          },
        },
        required: ['items'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          list_id: { type: 'string' },
          list_name: { type: 'string' },
          added: { type: 'integer', minimum: 0, maximum: 20 },
          already_present: { type: 'integer', minimum: 0, maximum: 3 },
          item_count: { type: 'integer', minimum: 1, maximum: 200 },
        },
        required: ['list_id', 'list_name', 'added', 'item_count'],
      },
      origin: 'seed',
    },
    {
      name: 'search_podcast_episodes',
      domain: 'media',
      subdomain: 'podcasts',
      description:
        'Search podcast episodes by topic or guest across shows, filtered by publish date, length and language. Use it to find an episode to listen to about a subject.',
      parameters: {
        type: 'object',
        properties: {
          query: { type: 'string', description: 'Topic, guest or phrase to search for.', minLength: 2 },
          published_after: { type: 'string', description: 'Only episodes published after this date.', format: 'date' },
          min_duration_minutes: { type: 'integer', description: 'Shortest episode length.', minimum: 0, maximum: 600 },
          max_duration_minutes: { type: 'integer', description: 'Longest episode length.', minimum: 1, maximum: 600 },
          language: { type: 'string', description: 'ISO 639-1 language of the episode.', enum: ['en', 'fr', 'es', 'de', 'it', 'pt', 'ja', 'ko', 'zh', 'ar'] },
          explicit_allowed: { type: 'boolean', description: 'Include episodes marked explicit.', default: true },
          limit: { type: 'integer', description: 'Maximum number of episodes.', minimum: 1, maximum: 50, default: 10 },
        },
        required: ['query'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          episodes: {
            type: 'array',
            maxItems: 5,
            items: {
              type: 'object',
              properties: {
                episode_id: { type: 'string' },
                title: { type: 'string' },
                show: { type: 'string' },
                published_at: { type: 'string', format: 'date-time' },
                duration_minutes: { type: 'integer', minimum: 10, maximum: 180 },
                audio_url: { type: 'string', format: 'uri' },
              },
              required: ['episode_id', 'title', 'show', 'published_at'],
            },
          },
          total: { type: 'integer', minimum: 0, maximum: 1000 },
        },
        required: ['episodes', 'total'],
      },
      origin: 'seed',
    },
  ],
};
