import type { SeedDomain } from '../types.js';

export const domain: SeedDomain = {
  name: 'gaming',
  description: 'Video game stores, player profiles and achievements, leaderboards and multiplayer servers.',
  subdomains: [
    { name: 'game-store', description: 'Game catalog, prices and purchases.' },
    { name: 'player-profiles', description: 'Player libraries, playtime and achievements.' },
    { name: 'leaderboards', description: 'Competitive rankings and score submission.' },
    { name: 'multiplayer', description: 'Game servers and matchmaking.' },
  ],
  apis: [
    {
      name: 'get_game_store_details',
      domain: 'gaming',
      subdomain: 'game-store',
      description: 'Get the store page details of a game: price and discount, platforms, genres, release date, review score and system requirements.',
      parameters: {
        type: 'object',
        properties: {
          app_id: { type: 'integer', description: 'Numeric store identifier of the game.', minimum: 1 },
          country_code: { type: 'string', description: 'ISO 3166-1 alpha-2 country for regional pricing.', pattern: '^[A-Z]{2}$', default: 'US' },
          language: { type: 'string', description: 'Language of the descriptions (ISO 639-1).', pattern: '^[a-z]{2}$', default: 'en' },
        },
        required: ['app_id'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          app_id: { type: 'integer' },
          name: { type: 'string' },
          developer: { type: 'string' },
          release_date: { type: 'string', format: 'date' },
          platforms: { type: 'array', items: { type: 'string', enum: ['windows', 'mac', 'linux'] } },
          genres: { type: 'array', items: { type: 'string' } },
          price: {
            type: 'object',
            properties: { currency: { type: 'string' }, initial: { type: 'number' }, final: { type: 'number' }, discount_percent: { type: 'integer' } },
            required: ['currency', 'final'],
          },
          review_score_percent: { type: 'integer', minimum: 0, maximum: 100 },
          total_reviews: { type: 'integer' },
        },
        required: ['app_id', 'name', 'platforms'],
      },
      origin: 'seed',
    },
    {
      name: 'purchase_game_gift',
      domain: 'gaming',
      subdomain: 'game-store',
      description:
        'Buy a game as a gift for a friend, charging the sender\'s wallet or saved payment method. The gift is delivered to the recipient immediately or on a scheduled date.',
      parameters: {
        type: 'object',
        properties: {
          app_id: { type: 'integer', description: 'Store identifier of the game to gift.', minimum: 1 },
          recipient_player_id: { type: 'string', description: 'Player ID of the friend receiving the gift.', pattern: '^[0-9]{17}$' },
          gift_message: { type: 'string', description: 'Personal note shown with the gift.', maxLength: 500 },
          payment_source: { type: 'string', description: 'How to pay.', enum: ['wallet', 'saved_card', 'paypal'], default: 'wallet' },
          deliver_on: { type: 'string', description: 'Date to deliver the gift; omit to deliver now.', format: 'date' },
        },
        required: ['app_id', 'recipient_player_id'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          order_id: { type: 'string' },
          status: { type: 'string', enum: ['delivered', 'scheduled', 'payment_failed'] },
          amount_charged: { type: 'number' },
          currency: { type: 'string' },
          purchased_at: { type: 'string', format: 'date-time' },
        },
        required: ['order_id', 'status'],
      },
      origin: 'seed',
    },
    {
      name: 'get_player_owned_games',
      domain: 'gaming',
      subdomain: 'player-profiles',
      description: 'List the games in a player\'s library with total and recent playtime, optionally sorted by playtime.',
      parameters: {
        type: 'object',
        properties: {
          player_id: { type: 'string', description: '17-digit player ID.', pattern: '^[0-9]{17}$' },
          include_free_games: { type: 'boolean', description: 'Include free-to-play games the player has launched.', default: false },
          sort_by: { type: 'string', description: 'Sort order of the library.', enum: ['playtime_total', 'playtime_recent', 'name', 'last_played'], default: 'playtime_total' },
          limit: { type: 'integer', description: 'Maximum number of games to return.', minimum: 1, maximum: 500, default: 100 },
        },
        required: ['player_id'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          game_count: { type: 'integer' },
          games: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                app_id: { type: 'integer' },
                name: { type: 'string' },
                playtime_total_minutes: { type: 'integer' },
                playtime_2weeks_minutes: { type: 'integer' },
                last_played: { type: 'string', format: 'date-time' },
              },
              required: ['app_id', 'name', 'playtime_total_minutes'],
            },
          },
        },
        required: ['game_count', 'games'],
      },
      origin: 'seed',
    },
    {
      name: 'get_player_achievements',
      domain: 'gaming',
      subdomain: 'player-profiles',
      description: 'Get which achievements a player has unlocked in a game, with unlock times and global rarity.',
      parameters: {
        type: 'object',
        properties: {
          player_id: { type: 'string', description: '17-digit player ID.', pattern: '^[0-9]{17}$' },
          app_id: { type: 'integer', description: 'Store identifier of the game.', minimum: 1 },
          only_unlocked: { type: 'boolean', description: 'Return only unlocked achievements.', default: false },
        },
        required: ['player_id', 'app_id'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          game_name: { type: 'string' },
          unlocked_count: { type: 'integer' },
          total_count: { type: 'integer' },
          achievements: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                api_name: { type: 'string' },
                display_name: { type: 'string' },
                unlocked: { type: 'boolean' },
                unlock_time: { type: 'string', format: 'date-time' },
                global_percent: { type: 'number' },
              },
              required: ['api_name', 'display_name', 'unlocked'],
            },
          },
        },
        required: ['game_name', 'unlocked_count', 'total_count', 'achievements'],
      },
      origin: 'seed',
    },
    {
      name: 'get_game_leaderboard',
      domain: 'gaming',
      subdomain: 'leaderboards',
      description: 'Get ranked entries of a game leaderboard, either the global top, around a given player, or among the player\'s friends.',
      parameters: {
        type: 'object',
        properties: {
          app_id: { type: 'integer', description: 'Store identifier of the game.', minimum: 1 },
          leaderboard_name: { type: 'string', description: 'Name of the leaderboard, e.g. "speedrun_any_percent".', pattern: '^[a-zA-Z0-9_]{1,64}$' },
          scope: { type: 'string', description: 'Which entries to return.', enum: ['global', 'around_player', 'friends'], default: 'global' },
          player_id: { type: 'string', description: 'Player to center on (required for around_player and friends scopes).', pattern: '^[0-9]{17}$' },
          time_window: { type: 'string', description: 'Period the scores were set in.', enum: ['all_time', 'season', 'weekly', 'daily'], default: 'all_time' },
          limit: { type: 'integer', description: 'Number of entries.', minimum: 1, maximum: 100, default: 25 },
        },
        required: ['app_id', 'leaderboard_name'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          leaderboard_name: { type: 'string' },
          total_entries: { type: 'integer' },
          sort_method: { type: 'string', enum: ['ascending', 'descending'] },
          entries: {
            type: 'array',
            items: {
              type: 'object',
              properties: { rank: { type: 'integer' }, player_id: { type: 'string' }, display_name: { type: 'string' }, score: { type: 'number' }, set_at: { type: 'string', format: 'date-time' } },
              required: ['rank', 'player_id', 'score'],
            },
          },
        },
        required: ['leaderboard_name', 'total_entries', 'entries'],
      },
      origin: 'seed',
    },
    {
      name: 'submit_leaderboard_score',
      domain: 'gaming',
      subdomain: 'leaderboards',
      description: 'Submit a player\'s score to a leaderboard, with optional replay metadata for verification. Returns the new rank.',
      parameters: {
        type: 'object',
        properties: {
          app_id: { type: 'integer', description: 'Store identifier of the game.', minimum: 1 },
          leaderboard_name: { type: 'string', description: 'Name of the leaderboard.', pattern: '^[a-zA-Z0-9_]{1,64}$' },
          player_id: { type: 'string', description: 'Player who set the score.', pattern: '^[0-9]{17}$' },
          score: { type: 'integer', description: 'Score value (for time-based boards, milliseconds).', minimum: 0 },
          upload_method: { type: 'string', description: 'Whether to keep the player\'s best score or overwrite it.', enum: ['keep_best', 'force_update'], default: 'keep_best' },
          details: {
            type: 'object',
            description: 'Optional run metadata.',
            properties: {
              replay_url: { type: 'string', description: 'URL of a replay or video of the run.', format: 'uri' },
              character: { type: 'string', description: 'Character or loadout used.' },
              platform: { type: 'string', description: 'Platform played on.', enum: ['pc', 'playstation', 'xbox', 'switch', 'mobile'] },
            },
            additionalProperties: false,
          },
        },
        required: ['app_id', 'leaderboard_name', 'player_id', 'score'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          accepted: { type: 'boolean' },
          score_changed: { type: 'boolean' },
          global_rank_previous: { type: 'integer' },
          global_rank_new: { type: 'integer' },
        },
        required: ['accepted', 'score_changed'],
      },
      origin: 'seed',
    },
    {
      name: 'list_game_servers',
      domain: 'gaming',
      subdomain: 'multiplayer',
      description: 'List dedicated multiplayer servers for a game, filtered by region, map, game mode and free slots.',
      parameters: {
        type: 'object',
        properties: {
          app_id: { type: 'integer', description: 'Store identifier of the game.', minimum: 1 },
          region: { type: 'string', description: 'Server region.', enum: ['us_east', 'us_west', 'south_america', 'europe', 'asia', 'oceania', 'africa', 'middle_east'] },
          map_name: { type: 'string', description: 'Only servers running this map.' },
          game_mode: { type: 'string', description: 'Only servers running this mode, e.g. "deathmatch".' },
          min_free_slots: { type: 'integer', description: 'Minimum number of open player slots.', minimum: 0, maximum: 128, default: 1 },
          max_ping_ms: { type: 'integer', description: 'Maximum estimated latency.', minimum: 10, maximum: 500 },
          exclude_password_protected: { type: 'boolean', description: 'Hide password-protected servers.', default: true },
        },
        required: ['app_id'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          servers: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                server_id: { type: 'string' },
                name: { type: 'string' },
                address: { type: 'string' },
                map_name: { type: 'string' },
                game_mode: { type: 'string' },
                players: { type: 'integer' },
                max_players: { type: 'integer' },
                ping_ms: { type: 'integer' },
                secure: { type: 'boolean' },
              },
              required: ['server_id', 'name', 'address', 'players', 'max_players'],
            },
          },
          total: { type: 'integer' },
        },
        required: ['servers', 'total'],
      },
      origin: 'seed',
    },
  ],
};
