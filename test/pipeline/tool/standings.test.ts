/**
 * League tables add up (pipeline/agents/tool/standings.ts): played is wins, draws and losses;
 * soccer gives 3 points a win and 1 a draw; the NBA has no draws; ranks follow points.
 */
import { describe, expect, it } from 'vitest';
import { STR, api, itemsOf, listOf, results } from '../../helpers/tool-api.js';

const b = (max: number) => ({ type: 'integer', minimum: 0, maximum: max });
const standings = {
  ...api('get_league_standings', { league: STR }, {
    league: STR,
    table: listOf({ rank: { type: 'integer', minimum: 1, maximum: 30 }, team: STR, played: b(82), wins: b(60), draws: b(20), losses: b(60), points: b(100), form: { type: 'string', pattern: '^[WDL]{5}$' } }),
  }),
  domain: 'sports',
};

describe('league tables', () => {
  it('add up, in soccer and in basketball, and rank by points', () => {
    for (const league of ['EPL', 'NBA']) {
      const rs = results(standings, { league }, 30);
      for (const r of rs) {
        const table = r.table as Record<string, number & string>[];
        for (let i = 1; i < table.length; i++) {
          expect(table[i].rank).toBe(table[i - 1].rank + 1);
          expect(table[i].points).toBeLessThanOrEqual(table[i - 1].points);
        }
      }
      for (const t of itemsOf(rs, 'table') as Record<string, number & string>[]) {
        expect(t.wins + t.draws + t.losses).toBe(t.played);
        expect(t.played).toBeLessThanOrEqual(82);
        expect(t.points).toBeLessThanOrEqual(100);
        if (league === 'EPL') expect(t.points).toBe(3 * t.wins + t.draws);
        else {
          expect(t.draws).toBe(0);
          expect(t.points).toBe(2 * t.wins);
          expect(t.form).not.toMatch(/D/);
        }
      }
    }
  });
});
