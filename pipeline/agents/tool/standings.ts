/**
 * A league table adds up: each team has played its wins, draws and losses (no draws where the
 * sport has none: the NBA, NFL, MLB, NHL); a soccer table gives 3 points a win and 1 a draw, a
 * table without draws 2 a win; the teams are ranked by points (or wins), the best first, from
 * the first rank listed. Applied to results holding a list of teams with played, wins and losses.
 */
import type { Schema } from '../../values/values.js';
import { isPinned, type Obj, type Rule } from './call-context.js';

const NO_DRAWS = /^(nba|wnba|nfl|mlb|nhl|ncaab|ncaaf|euroleague)$/i;
const NO_DRAW_SPORT = /basket|baseball|american|hockey/i;

const int = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? Math.max(0, Math.round(v)) : 0);
const maxOf = (s: Schema | undefined, fallback: number): number => (typeof s?.maximum === 'number' ? (s.maximum as number) : fallback);

/** The list of team rows in a result schema, if any. */
function tableKey(body: Schema): string | undefined {
  const props = (body.properties ?? {}) as Record<string, Schema>;
  return Object.keys(props).find((k) => {
    const it = props[k].items as Schema | undefined;
    const ip = (it?.properties ?? {}) as Record<string, Schema>;
    return props[k].type === 'array' && 'wins' in ip && 'losses' in ip && 'played' in ip;
  });
}

export function standingsRule(body: Schema): Rule | undefined {
  const key = tableKey(body);
  if (!key) return undefined;
  const row = ((body.properties as Record<string, Schema>)[key].items as Schema).properties as Record<string, Schema>;
  return (out: Obj, c) => {
    const rows = out[key];
    if (!Array.isArray(rows) || rows.length === 0) return;
    const league = typeof c.args.league === 'string' ? c.args.league : typeof out.league === 'string' ? out.league : '';
    const sport = typeof c.args.sport === 'string' ? c.args.sport : '';
    const draws = !NO_DRAWS.test(league.replace(/[\s_-]+/g, '')) && !NO_DRAW_SPORT.test(sport);
    for (const r of rows as Obj[]) {
      if (!r || typeof r !== 'object' || isPinned(c, r, 'played')) continue;
      let w = int(r.wins);
      let d = draws && 'draws' in r ? int(r.draws) : 0;
      let l = int(r.losses);
      const perWin = draws ? 3 : 2;
      // Within the schema's bounds: games played and points.
      const played = maxOf(row.played, 82);
      const points = 'points' in r ? maxOf(row.points, 200) : Infinity;
      const scale = Math.min(1, played / Math.max(1, w + d + l), points / Math.max(1, perWin * w + d));
      if (scale < 1) [w, d, l] = [Math.floor(w * scale), Math.floor(d * scale), Math.floor(l * scale)];
      r.wins = w;
      r.losses = l;
      if ('draws' in r) r.draws = d;
      r.played = w + d + l;
      if ('points' in r) r.points = perWin * w + d;
      if (typeof r.form === 'string' && !draws) r.form = r.form.replace(/D/g, 'L');
    }
    const score = (r: Obj): number => (typeof r.points === 'number' ? (r.points as number) : int(r.wins));
    const ranked = (rows as Obj[]).filter((r) => r && typeof r === 'object');
    const first = Math.min(...ranked.map((r) => (typeof r.rank === 'number' ? (r.rank as number) : 1)));
    ranked.sort((a, b) => score(b) - score(a));
    ranked.forEach((r, i) => {
      if ('rank' in r) r.rank = first + i;
    });
    out[key] = ranked;
  };
}
