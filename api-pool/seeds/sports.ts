import type { SeedDomain } from '../types.js';

export const domain: SeedDomain = {
  name: 'sports',
  description: 'Scores, schedules, standings, player statistics, team news and fantasy leagues across major sports.',
  subdomains: [
    { name: 'scores', description: 'Live and final results of games, with box scores.' },
    { name: 'schedules', description: 'Upcoming fixtures of teams.' },
    { name: 'standings', description: 'League tables and rankings.' },
    { name: 'players', description: 'Player statistics and comparisons.' },
    { name: 'teams', description: 'Team rosters and injury news.' },
    { name: 'fantasy', description: 'Fantasy league lineups.' },
  ],
  apis: [
    {
      name: 'get_live_scores',
      domain: 'sports',
      subdomain: 'scores',
      description:
        'Get the scoreboard of a sport and league for a day: games in progress, finished and upcoming, with scores and game clock. Use it for what is the score questions.',
      parameters: {
        type: 'object',
        properties: {
          sport: { type: 'string', description: 'Sport.', enum: ['soccer', 'basketball', 'american_football', 'baseball', 'ice_hockey', 'tennis', 'cricket'] },
          league: { type: 'string', description: 'League code.', enum: ['NBA', 'WNBA', 'NFL', 'MLB', 'NHL', 'MLS', 'EPL', 'LALIGA', 'SERIEA', 'BUNDESLIGA', 'LIGUE1', 'UCL', 'ATP', 'IPL'] },
          date: { type: 'string', description: 'Game day; today when omitted.', format: 'date' },
          team: { type: 'string', description: 'Only games of this team (name or abbreviation).' },
        },
        required: ['sport'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          date: { type: 'string', format: 'date' },
          games: {
            type: 'array',
            maxItems: 5,
            items: {
              type: 'object',
              properties: {
                game_id: { type: 'string' },
                home_team: { type: 'string' },
                away_team: { type: 'string' },
                home_score: { type: 'integer', minimum: 0, maximum: 130 },
                away_score: { type: 'integer', minimum: 0, maximum: 130 },
                status: { type: 'string', enum: ['scheduled', 'in_progress', 'halftime', 'final', 'postponed'] },
                clock: { type: 'string' },
                start_time: { type: 'string', format: 'date-time' },
              },
              required: ['game_id', 'home_team', 'away_team', 'status', 'start_time'],
            },
          },
        },
        required: ['date', 'games'],
      },
      origin: 'seed',
    },
    {
      name: 'get_game_box_score',
      domain: 'sports',
      subdomain: 'scores',
      description:
        'Get the detailed box score of one game: score by period, team totals and top performers, optionally with play-by-play. Use it after finding a game to explain how it went.',
      parameters: {
        type: 'object',
        properties: {
          game_id: { type: 'string', description: 'Identifier of the game, as returned by the scoreboard.', minLength: 1 },
          include_play_by_play: { type: 'boolean', description: 'Also return the key plays in order.', default: false },
          top_performers: { type: 'integer', description: 'How many top players to list per team.', minimum: 0, maximum: 10, default: 3 },
        },
        required: ['game_id'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          game_id: { type: 'string' },
          status: { type: 'string' },
          venue: { type: 'string' },
          attendance: { type: 'integer', minimum: 0, maximum: 90000 },
          periods: {
            type: 'array',
            maxItems: 4,
            items: {
              type: 'object',
              properties: {
                period: { type: 'integer', minimum: 1, maximum: 4 },
                home: { type: 'integer', minimum: 0, maximum: 40 },
                away: { type: 'integer', minimum: 0, maximum: 40 },
              },
              required: ['period', 'home', 'away'],
            },
          },
          top_players: {
            type: 'array',
            maxItems: 4,
            items: {
              type: 'object',
              properties: {
                player: { type: 'string' },
                team: { type: 'string' },
                stat_line: { type: 'string' },
              },
              required: ['player', 'team', 'stat_line'],
            },
          },
        },
        required: ['game_id', 'status', 'periods'],
      },
      origin: 'seed',
    },
    {
      name: 'get_team_schedule',
      domain: 'sports',
      subdomain: 'schedules',
      description:
        'Get the fixtures of a team in a season, optionally only home or away games or within dates, with TV broadcast info. Use it to answer when a team plays next.',
      parameters: {
        type: 'object',
        properties: {
          team_id: { type: 'string', description: 'Identifier or abbreviation of the team, e.g. BOS.', minLength: 1 },
          season: { type: 'integer', description: 'Season start year, e.g. 2025 for 2025-26.', minimum: 1950, maximum: 2030 },
          venue: { type: 'string', description: 'Home games, away games or both.', enum: ['home', 'away', 'all'], default: 'all' },
          from_date: { type: 'string', description: 'Only games on or after this date.', format: 'date' },
          to_date: { type: 'string', description: 'Only games on or before this date.', format: 'date' },
          competition: { type: 'string', description: 'Competition filter.', enum: ['regular_season', 'playoffs', 'cup', 'preseason', 'all'], default: 'all' },
        },
        required: ['team_id'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          team: { type: 'string' },
          games: {
            type: 'array',
            maxItems: 5,
            items: {
              type: 'object',
              properties: {
                game_id: { type: 'string' },
                opponent: { type: 'string' },
                home: { type: 'boolean' },
                start_time: { type: 'string', format: 'date-time' },
                venue: { type: 'string' },
                broadcast: { type: 'string' },
                result: { type: 'string' },
              },
              required: ['game_id', 'opponent', 'home', 'start_time'],
            },
          },
        },
        required: ['team', 'games'],
      },
      origin: 'seed',
    },
    {
      name: 'get_league_standings',
      domain: 'sports',
      subdomain: 'standings',
      description:
        'Get the league table for a season: rank, wins, losses, draws, points and form for each team, optionally per group or conference. Use it for who is top of the league questions.',
      parameters: {
        type: 'object',
        properties: {
          league: { type: 'string', description: 'League code.', enum: ['NBA', 'WNBA', 'NFL', 'MLB', 'NHL', 'MLS', 'EPL', 'LALIGA', 'SERIEA', 'BUNDESLIGA', 'LIGUE1'] },
          season: { type: 'integer', description: 'Season start year.', minimum: 1950, maximum: 2030 },
          group: { type: 'string', description: 'Conference, division or group name, e.g. Eastern.' },
          standing_type: { type: 'string', description: 'Which table.', enum: ['total', 'home', 'away'], default: 'total' },
        },
        required: ['league'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          league: { type: 'string' },
          season: { type: 'integer' },
          table: {
            type: 'array',
            maxItems: 6,
            items: {
              type: 'object',
              properties: {
                rank: { type: 'integer', minimum: 1, maximum: 30 },
                team: { type: 'string' },
                played: { type: 'integer', minimum: 0, maximum: 82 },
                wins: { type: 'integer', minimum: 0, maximum: 60 },
                draws: { type: 'integer', minimum: 0, maximum: 20 },
                losses: { type: 'integer', minimum: 0, maximum: 60 },
                points: { type: 'integer', minimum: 0, maximum: 100 },
                form: { type: 'string', pattern: '^[WDL]{5}$' },
              },
              required: ['rank', 'team', 'played', 'wins', 'losses'],
            },
          },
          updated_at: { type: 'string', format: 'date-time' },
        },
        required: ['league', 'season', 'table'],
      },
      origin: 'seed',
    },
    {
      name: 'compare_player_stats',
      domain: 'sports',
      subdomain: 'players',
      description:
        'Compare season statistics of two to four players side by side on chosen metrics. Use it for who is better questions, e.g. comparing two point guards this season.',
      parameters: {
        type: 'object',
        properties: {
          player_ids: {
            type: 'array',
            description: 'Identifiers of the players to compare.',
            items: { type: 'string', minLength: 1 },
            minItems: 2,
            maxItems: 4,
            uniqueItems: true,
          },
          season: { type: 'integer', description: 'Season start year; current season when omitted.', minimum: 1950, maximum: 2030 },
          metrics: {
            type: 'array',
            description: 'Statistics to compare.',
            items: { type: 'string', enum: ['points', 'assists', 'rebounds', 'goals', 'minutes', 'games_played', 'efficiency', 'shooting_pct'] },
            minItems: 1,
            maxItems: 8,
            uniqueItems: true,
          },
          per_game: { type: 'boolean', description: 'Per-game averages instead of season totals.', default: true },
        },
        required: ['player_ids', 'metrics'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          season: { type: 'integer' },
          players: {
            type: 'array',
            maxItems: 4,
            items: {
              type: 'object',
              properties: {
                player_id: { type: 'string' },
                name: { type: 'string' },
                team: { type: 'string' },
                stats: {
                  type: 'array',
                  maxItems: 4,
                  items: {
                    type: 'object',
                    properties: {
                      metric: { type: 'string' },
                      value: { type: 'number', minimum: 0, maximum: 40 },
                      league_rank: { type: 'integer', minimum: 1, maximum: 300 },
                    },
                    required: ['metric', 'value'],
                  },
                },
              },
              required: ['player_id', 'name', 'stats'],
            },
          },
        },
        required: ['players'],
      },
      origin: 'seed',
    },
    {
      name: 'get_team_injury_report',
      domain: 'sports',
      subdomain: 'teams',
      description:
        'Get the current injury report of a team: who is out, doubtful or questionable, the injury and expected return. Use it before a game or for fantasy decisions.',
      parameters: {
        type: 'object',
        properties: {
          team_id: { type: 'string', description: 'Identifier or abbreviation of the team.', minLength: 1 },
          statuses: {
            type: 'array',
            description: 'Only players with these statuses.',
            items: { type: 'string', enum: ['out', 'doubtful', 'questionable', 'probable', 'day_to_day', 'injured_reserve'] },
            minItems: 1,
            maxItems: 6,
            uniqueItems: true,
          },
        },
        required: ['team_id'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          team: { type: 'string' },
          players: {
            type: 'array',
            maxItems: 4,
            items: {
              type: 'object',
              properties: {
                player: { type: 'string' },
                position: { type: 'string' },
                status: { type: 'string' },
                injury: { type: 'string' },
                expected_return: { type: 'string', format: 'date' },
              },
              required: ['player', 'status', 'injury'],
            },
          },
          updated_at: { type: 'string', format: 'date-time' },
        },
        required: ['team', 'players', 'updated_at'],
      },
      origin: 'seed',
    },
    {
      name: 'set_fantasy_lineup',
      domain: 'sports',
      subdomain: 'fantasy',
      description:
        'Set the starting lineup of a fantasy football team for a week, assigning players to roster slots. Use it when the user decides who starts and who sits on the bench.',
      parameters: {
        type: 'object',
        properties: {
          league_id: { type: 'string', description: 'Identifier of the fantasy league.', minLength: 1 },
          team_id: { type: 'string', description: 'Identifier of the user\'s fantasy team.', minLength: 1 },
          week: { type: 'integer', description: 'Scoring week of the season.', minimum: 1, maximum: 18 },
          starters: {
            type: 'array',
            description: 'Player assigned to each starting slot.',
            items: {
              type: 'object',
              properties: {
                slot: { type: 'string', description: 'Roster slot.', enum: ['QB', 'RB', 'WR', 'TE', 'FLEX', 'K', 'DST'] },
                player_id: { type: 'string', description: 'Identifier of the player to start.' },
              },
              required: ['slot', 'player_id'],
              additionalProperties: false,
            },
            minItems: 1,
            maxItems: 10,
          },
        },
        required: ['league_id', 'team_id', 'week', 'starters'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          team_id: { type: 'string' },
          week: { type: 'integer', minimum: 1, maximum: 18 },
          accepted: { type: 'boolean' },
          projected_points: { type: 'number', minimum: 40, maximum: 180 },
          warnings: { type: 'array', items: { type: 'string' }, maxItems: 3 },
          locked_slots: { type: 'array', items: { type: 'string' }, maxItems: 3 },
        },
        required: ['team_id', 'week', 'accepted'],
      },
      origin: 'seed',
    },
  ],
};
