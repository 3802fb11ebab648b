/**
 * Class 39: a league table that does not add up: a team that played 16 with 4 wins and 28
 * losses, 93 points from 4 wins, draws in an NBA table, rank 18 above rank 19 with fewer points.
 * Judged on results listing teams with played, wins and losses: wins + draws + losses = played;
 * with draws and points, points = 3 a win + 1 a draw; no draws in a basketball, baseball,
 * American football or hockey league; ranks ascend as points (or wins) descend.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { isObject } from '../record-view.js';

const DRAWLESS = /^(nba|wnba|nfl|mlb|nhl)$/i;

export const standingsTable: Detector = {
  key: 'standings',
  title: 'a league table that does not add up (4 won, 28 lost of 16 played)',
  check(view) {
    return judgeAll(view.calls, (call) => {
      if (call.failed || !isObject(call.result)) return undefined;
      const r = call.result;
      const key = Object.keys(r).find((k) => Array.isArray(r[k]) && (r[k] as unknown[]).some((x) => isObject(x) && 'wins' in x && 'losses' in x && 'played' in x));
      if (!key) return undefined;
      const league = String(call.args.league ?? r.league ?? '');
      const rows = (r[key] as unknown[]).filter(isObject);
      for (const [i, t] of rows.entries()) {
        const [w, d, l, p] = [t.wins, t.draws ?? 0, t.losses, t.played].map(Number);
        if (w + d + l !== p) return finding(`${call.name}: ${key}.${i} played ${p} but won ${w}, drew ${d}, lost ${l}`);
        if (d > 0 && DRAWLESS.test(league)) return finding(`${call.name}: ${key}.${i} ${d} draws in the ${league}`);
        if ('draws' in t && typeof t.points === 'number' && !DRAWLESS.test(league) && t.points !== 3 * w + d) return finding(`${call.name}: ${key}.${i} ${t.points} points from ${w} wins and ${d} draws`);
      }
      const score = (t: Record<string, unknown>): number => Number(t.points ?? t.wins);
      for (let i = 1; i < rows.length; i++) {
        if (typeof rows[i].rank === 'number' && typeof rows[i - 1].rank === 'number' && (rows[i].rank as number) > (rows[i - 1].rank as number) && score(rows[i]) > score(rows[i - 1])) {
          return finding(`${call.name}: rank ${String(rows[i].rank)} has more than rank ${String(rows[i - 1].rank)} (${score(rows[i])} against ${score(rows[i - 1])})`);
        }
      }
      return finding(undefined);
    });
  },
};
