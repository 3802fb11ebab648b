/**
 * A game is one consistent event (pipeline/agents/tool/games.ts): a scoreboard's games are on
 * its day, their status follows their start, scores only for games under way or over and in the
 * range of the sport, a team plays once a day, a result only for a game played, a box score's
 * periods numbered once each.
 */
import { describe, expect, it } from 'vitest';
import { DATE, DATE_TIME, INT, STR, api, itemsOf, results } from '../../helpers/tool-api.js';

type Obj = Record<string, unknown>;
const TODAY = '2025-06-02';
const score = { type: 'integer', minimum: 0, maximum: 130 };
const STATUS = { type: 'string', enum: ['scheduled', 'in_progress', 'halftime', 'final', 'postponed'] };
const board = (extraParams: Obj = {}) =>
  api(
    'get_live_scores',
    { sport: { type: 'string', enum: ['soccer', 'basketball', 'baseball', 'ice_hockey'] }, league: STR, date: { ...DATE, description: 'Game day; today when omitted.' }, team: STR, ...extraParams },
    {
      date: DATE,
      games: {
        type: 'array',
        minItems: 1,
        maxItems: 5,
        items: {
          type: 'object',
          properties: { game_id: STR, home_team: STR, away_team: STR, home_score: score, away_score: score, status: STATUS, clock: STR, start_time: DATE_TIME },
          required: ['game_id', 'home_team', 'away_team', 'status', 'start_time'],
        },
      },
    },
  );
const MOST: Record<string, number> = { soccer: 10, basketball: 200, baseball: 30, ice_hockey: 12 };

function expectConsistent(games: Obj[], sport: string, day: string): void {
  const seen = new Set<string>();
  for (const g of games) {
    const start = g.start_time as string;
    expect(start.slice(0, 10)).toBe(day);
    const status = g.status as string;
    if (day < TODAY) expect(status).toMatch(/^(final|postponed)$/);
    if (day > TODAY) expect(status).toMatch(/^(scheduled|postponed)$/);
    if (/^(scheduled|postponed)$/.test(status)) {
      expect(g).not.toHaveProperty('home_score');
      expect(g).not.toHaveProperty('away_score');
      expect(g).not.toHaveProperty('clock');
    } else {
      expect(typeof g.home_score).toBe('number');
      expect(typeof g.away_score).toBe('number');
      expect(Math.max(g.home_score as number, g.away_score as number)).toBeLessThanOrEqual(MOST[sport]);
      if (status === 'final' && sport !== 'soccer') expect(g.home_score).not.toBe(g.away_score);
      if (status === 'halftime') expect(sport).toMatch(/soccer|basketball/);
    }
    for (const t of [g.home_team, g.away_team] as string[]) {
      expect(seen.has(t), `${t} twice on ${day}`).toBe(false);
      seen.add(t);
    }
  }
}

describe('a scoreboard', () => {
  it("holds the day asked (else today), games of that day, a status their start gives, scores only once they start and in the sport's range", () => {
    for (const sport of ['soccer', 'basketball', 'baseball', 'ice_hockey']) {
      for (const date of [undefined, '2025-05-20', TODAY, '2025-06-14']) {
        const rs = results(board(), { sport, ...(date ? { date } : {}) }, 25, TODAY);
        for (const r of rs) {
          expect(r.date).toBe(date ?? TODAY);
          expectConsistent(r.games as Obj[], sport, date ?? TODAY);
        }
        const statuses = new Set(itemsOf(rs, 'games').map((g) => g.status));
        if (date === '2025-05-20') expect(statuses.has('final')).toBe(true);
        if (date === '2025-06-14') expect(statuses.has('scheduled')).toBe(true);
      }
    }
  });

  it('takes the sport from the league, and lists a team asked for once on its day', () => {
    for (const r of results(board(), { league: 'NBA', team: 'Bay City Lions' }, 30, TODAY)) expectConsistent(r.games as Obj[], 'basketball', TODAY);
  });

  it('keeps the order asked (away_score, highest first) after the scores are drawn again', () => {
    const sorted = board({ sort_by: { type: 'string', enum: ['away_score', 'start_time'] }, sort_order: { type: 'string', enum: ['asc', 'desc'] } });
    let checked = 0;
    for (const r of results(sorted, { sport: 'soccer', date: '2025-05-20', sort_by: 'away_score', sort_order: 'desc' }, 30, TODAY)) {
      const scores = (r.games as Obj[]).filter((g) => typeof g.away_score === 'number').map((g) => g.away_score as number);
      for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThanOrEqual(scores[i - 1]);
      checked += scores.length;
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe("a team's fixtures", () => {
  const fixture = { type: 'object', properties: { game_id: STR, opponent: STR, start_time: DATE_TIME, result: { type: 'string' } }, required: ['game_id', 'opponent', 'start_time'] };
  const schedule = {
    ...api('get_team_schedule', { team_id: STR, from_date: DATE, to_date: DATE }, { team: STR, games: { type: 'array', minItems: 2, maxItems: 5, items: fixture } }, ['team', 'games']),
    domain: 'sports',
  };

  it('are one a day, within the dates asked, with a result (its letter agreeing with its score) only for games played', () => {
    let results_ = 0;
    for (const [from_date, to_date] of [['2025-05-01', '2025-05-31'], ['2025-06-05', '2025-06-12'], ['2025-05-25', '2025-06-09']]) {
      for (const r of results(schedule, { team_id: 'BOS', from_date, to_date }, 30, TODAY)) {
        const days = (r.games as Obj[]).map((g) => (g.start_time as string).slice(0, 10));
        expect(new Set(days).size, days.join(' ')).toBe(days.length);
        for (const [i, g] of (r.games as Obj[]).entries()) {
          expect(days[i] >= from_date && days[i] <= to_date, days[i]).toBe(true);
          if (days[i] > TODAY) expect(g).not.toHaveProperty('result');
          const m = typeof g.result === 'string' ? /^([WDL]) (\d+)-(\d+)$/.exec(g.result) : null;
          if (m) {
            results_++;
            expect(m[1]).toBe(+m[2] > +m[3] ? 'W' : +m[2] === +m[3] ? 'D' : 'L');
          }
        }
      }
    }
    expect(results_).toBeGreaterThan(0);
  });
});

describe('a box score', () => {
  it('numbers its periods 1, 2, 3... once each, and says the game is final rather than "open"', () => {
    const box = api('get_game_box_score', { game_id: STR }, { game_id: STR, status: STR, periods: { type: 'array', minItems: 2, maxItems: 4, items: { type: 'object', properties: { period: { ...INT, minimum: 1, maximum: 4 }, home: INT, away: INT }, required: ['period', 'home', 'away'] } } });
    for (const r of results(box, { game_id: 'G1' }, 30, TODAY)) {
      expect((r.periods as Obj[]).map((p) => p.period)).toEqual((r.periods as Obj[]).map((_, i) => i + 1));
      expect(r.status).toMatch(/^(final|completed|finished|in_progress|live|halftime)$/i);
    }
  });
});
