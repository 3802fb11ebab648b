/**
 * Class 40: a game that contradicts itself: a soccer score of 110, a scheduled game with a
 * score, a final that kicks off after today, a game at halftime in baseball, a scoreboard of
 * 2025-10-24 whose games are played on 2025-09-22, a team's result for a game not played yet,
 * a box score listing period 3 twice, a team playing three games in one afternoon. Judged on results holding games (home and away teams, or
 * an opponent, with a status or a start time) and on box scores (a list of numbered periods).
 */
import { finding, judgeAll, type Detector, type Finding } from '../detector.js';
import { callObjects, fieldAt, show } from '../fields.js';
import { isObject } from '../record-view.js';

type Obj = Readonly<Record<string, unknown>>;

/** The sport a call is about, from its sport or its league. */
export function sportOf(...values: unknown[]): string | undefined {
  for (const v of values) {
    if (typeof v !== 'string') continue;
    const s = v.toLowerCase().replace(/[\s_-]+/g, '');
    if (/soccer|^(mls|epl|laliga|seriea|bundesliga|ligue1|ucl)$/.test(s)) return 'soccer';
    if (/basket|^w?nba$/.test(s)) return 'basketball';
    if (/baseball|^mlb$/.test(s)) return 'baseball';
    if (/hockey|^nhl$/.test(s)) return 'ice_hockey';
    if (/americanfootball|^nfl$/.test(s)) return 'american_football';
    if (/tennis|^atp$/.test(s)) return 'tennis';
    if (/cricket|^ipl$/.test(s)) return 'cricket';
  }
  return undefined;
}

/** The most one side scores in a game of the sport (cricket's runs are not judged). */
const MOST: Readonly<Record<string, number>> = { soccer: 10, ice_hockey: 12, baseball: 30, american_football: 80, basketball: 200, tennis: 5 };
/** Sports with a halftime. */
const HALVES = /^(soccer|basketball|american_football)$/;
const PLAYED = /^(final|finished|completed|full_time|in_progress|live|halftime)$/;
const LIVE = /^(in_progress|live|halftime)$/;
const AHEAD = /^(scheduled|postponed|not_started|upcoming)$/;

const dayOf = (v: unknown): string | undefined => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : undefined);

function judgeGame(game: Obj, at: string, sport: string | undefined, today: string | undefined, boardDay: string | undefined): Finding | undefined {
  const status = typeof game.status === 'string' ? game.status.toLowerCase() : undefined;
  const start = dayOf(game.start_time ?? game.date ?? game.scheduled_at);
  const scores = ['home_score', 'away_score'].filter((k) => typeof game[k] === 'number');
  const teams = ('home_team' in game && 'away_team' in game) || 'opponent' in game;
  if (!teams || (status === undefined && start === undefined)) return undefined;
  const bad = (why: string): Finding => finding(`${at}: ${why}`);
  if (boardDay && start && start !== boardDay) return bad(`a game on ${start} on the scoreboard of ${boardDay}`);
  if (status && AHEAD.test(status) && scores.length > 0) return bad(`${status} with a score (${scores.map((k) => `${k} ${String(game[k])}`).join(', ')})`);
  if (status && PLAYED.test(status) && scores.length === 1) return bad(`${status} with ${scores[0]} only`);
  if (status === 'halftime' && sport && !HALVES.test(sport)) return bad(`at halftime in ${sport}`);
  if (today && start && status) {
    if (start > today && PLAYED.test(status)) return bad(`${status} but it starts ${start}, after today ${today}`);
    if (start < today && LIVE.test(status)) return bad(`${status} but it started ${start}, before today ${today}`);
  }
  if (today && start && typeof game.result === 'string' && game.result.trim() !== '' && start > today) return bad(`result ${show(game.result)} of a game on ${start}, after today ${today}`);
  const most = sport ? MOST[sport] : undefined;
  for (const k of scores) if (most !== undefined && (game[k] as number) > most) return bad(`${k} ${String(game[k])} in ${sport}`);
  const r = typeof game.result === 'string' ? /^([WDL])\s+(\d+)\s*-\s*(\d+)$/.exec(game.result.trim()) : null;
  if (r) {
    const [us, them] = [Number(r[2]), Number(r[3])];
    if ((r[1] === 'W') !== us > them || (r[1] === 'D') !== (us === them)) return bad(`result ${show(game.result)}`);
    if (most !== undefined && Math.max(us, them) > most) return bad(`result ${show(game.result)} in ${sport}`);
  }
  return finding(undefined);
}

/** A team in two games of one day: the team, and the day. */
function sameDay(list: readonly Obj[]): string | undefined {
  const seen = new Set<string>();
  for (const g of list) {
    const day = dayOf(g.start_time);
    if (!day) continue;
    const teams = 'opponent' in g ? ['the team'] : [g.home_team, g.away_team].filter((t): t is string => typeof t === 'string');
    for (const t of teams) {
      if (seen.has(`${t}@${day}`)) return `${t} plays twice on ${day}`;
      seen.add(`${t}@${day}`);
    }
  }
  return undefined;
}

/** A box score's periods: numbered 1, 2, 3... once each, in order. */
function judgePeriods(list: readonly unknown[], at: string): Finding | undefined {
  const numbers = list.filter(isObject).map((p) => p.period);
  if (numbers.length < 2 || !numbers.every((n) => typeof n === 'number')) return undefined;
  for (let i = 1; i < numbers.length; i++) {
    if ((numbers[i] as number) <= (numbers[i - 1] as number)) return finding(`${at}: periods ${numbers.join(', ')}`);
  }
  return finding(undefined);
}

export const games: Detector = {
  key: 'games',
  title: 'a game that contradicts itself (a soccer score of 110, a final before kick-off)',
  check(view) {
    const today = view.world?.today;
    return judgeAll(callObjects(view), ({ object, path, call, side }) => {
      if (side !== 'result') return undefined;
      const sport = sportOf(call.args.sport, call.args.league, object.sport, object.league, isObject(call.result) ? call.result.sport : undefined, isObject(call.result) ? call.result.league : undefined);
      return judgeAll(Object.keys(object), (k) => {
        const v = object[k];
        if (!Array.isArray(v)) return undefined;
        if (k === 'periods') return judgePeriods(v, fieldAt(call, path, k));
        const boardDay = k === 'games' ? dayOf(object.date) : undefined;
        const twice = sameDay(v.filter(isObject));
        if (twice) return finding(`${fieldAt(call, path, k)}: ${twice}`);
        return judgeAll(
          v.map((g, i) => [g, i] as const),
          ([g, i]) => (isObject(g) ? judgeGame(g, fieldAt(call, path, `${k}.${i}`), sport, today, boardDay) : undefined),
        );
      });
    });
  },
};
