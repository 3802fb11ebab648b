/**
 * A game is one consistent event: a scoreboard's games are played on the board's day (the day
 * asked, else today); a game's status follows its start against the moment of the call (ahead:
 * scheduled; under way: in progress, or at halftime in a sport that has one; over: final); a game
 * not under way or over has no score and no clock, one under way or over has both sides' scores
 * in the range of its sport (no soccer score of 110, no draw where the sport has none at full
 * time); a team's result ("W 3-1") is given for a game already played, its letter agreeing with
 * its score; a box score numbers its periods 1, 2, 3... once each. Applied to results holding a
 * list of games (home and away teams, or an opponent, with a start time) or of numbered periods.
 */
import { requiredOf } from '../../values/schema.js';
import { sportNamed } from '../../values/siblings.js';
import type { Schema } from '../../values/values.js';
import { admits } from './admits.js';
import { isPinned, type CallContext, type Obj, type Rule } from './call-context.js';
import { dayNumber, onDay } from './days.js';
import { snake } from './names.js';

type Props = Record<string, Schema>;

/** A side's final score in the sport: [least, most] (cricket's runs as the schemas here bound them). */
const FINAL: Readonly<Record<string, readonly [number, number]>> = {
  soccer: [0, 4], ice_hockey: [0, 6], baseball: [0, 11], american_football: [3, 38], basketball: [84, 128], tennis: [0, 2], cricket: [90, 130], rugby_league: [4, 36], australian_football: [50, 110],
};
/** Where a game can end level. */
const DRAWS = /^(soccer|cricket)$/;
const HALVES = /^(soccer|basketball|american_football|rugby_league)$/;
/** How long a game lasts, in minutes. */
const LENGTH: Readonly<Record<string, number>> = { soccer: 115, basketball: 150, american_football: 195, baseball: 180, ice_hockey: 160, tennis: 150, cricket: 420 };

const GAME_STATUS = { ahead: 'scheduled', live: 'in_progress', over: 'final' } as const;
const AHEAD = /^(scheduled|postponed|not_started|upcoming)$/;

const keyOf = (props: Props, name: string): string | undefined => Object.keys(props).find((k) => snake(k) === name);

interface GameList {
  readonly key: string;
  readonly item: Props;
  readonly required: ReadonlySet<string>;
  readonly homeScore?: string;
  readonly awayScore?: string;
  readonly start: string;
  readonly status?: string;
  readonly clock?: string;
  readonly result?: string;
  /** The teams' keys (home and away), or none: the opponent of the result's own team. */
  readonly teams: readonly string[];
  readonly minItems: number;
}

function gameList(key: string, list: Schema): GameList | undefined {
  const items = list.items as Schema | undefined;
  const item = (items?.properties ?? {}) as Props;
  const start = keyOf(item, 'start_time') ?? keyOf(item, 'kickoff_time') ?? keyOf(item, 'scheduled_at');
  const teams = (keyOf(item, 'home_team') && keyOf(item, 'away_team')) || keyOf(item, 'opponent');
  if (list.type !== 'array' || !start || !teams) return undefined;
  return {
    key,
    item,
    required: requiredOf(items),
    homeScore: keyOf(item, 'home_score'),
    awayScore: keyOf(item, 'away_score'),
    start,
    status: keyOf(item, 'status'),
    clock: keyOf(item, 'clock'),
    result: keyOf(item, 'result'),
    minItems: typeof list.minItems === 'number' ? (list.minItems as number) : 0,
    teams: [keyOf(item, 'home_team'), keyOf(item, 'away_team')].filter((k): k is string => k !== undefined && !!keyOf(item, 'opponent') === false),
  };
}

/** A side's score of a finished game, and one of a game under way `share` of the way through. */
function sideScore(sport: string | undefined, c: CallContext, share: number): number {
  const [lo, hi] = FINAL[sport ?? ''] ?? [0, 4];
  return Math.round(c.rng.int(lo, hi) * share);
}

/** A live game's clock in the sport's way of telling it. */
function clockOf(sport: string | undefined, minutes: number, c: CallContext): string {
  const mmss = (m: number): string => `${String(Math.max(0, Math.floor(m))).padStart(2, '0')}:${String(15 * c.rng.int(0, 3)).padStart(2, '0')}`;
  switch (sport) {
    case 'soccer':
      return `${Math.min(90, Math.max(1, Math.round(minutes)))}'`;
    case 'basketball':
      return `Q${Math.min(4, 1 + Math.floor(minutes / 36))} ${mmss(12 - (minutes % 36) / 3)}`;
    case 'american_football':
      return `Q${Math.min(4, 1 + Math.floor(minutes / 45))} ${mmss(15 - (minutes % 45) / 3)}`;
    case 'ice_hockey':
      return `P${Math.min(3, 1 + Math.floor(minutes / 50))} ${mmss(20 - (minutes % 50) / 2.5)}`;
    case 'baseball':
      return `${c.rng.pick(['Top', 'Bottom'])} ${Math.min(9, 1 + Math.floor(minutes / 20))}`;
    default:
      return mmss(minutes % 60);
  }
}

function setOrDrop(g: Obj, key: string | undefined, value: unknown, list: GameList): void {
  if (!key || !(key in g || list.required.has(key))) return;
  if (value !== undefined && admits(list.item[key], value)) g[key] = value;
  else if (value === undefined && !list.required.has(key)) delete g[key];
}

function alignGame(g: Obj, list: GameList, sport: string | undefined, c: CallContext, boardDay: string | undefined): void {
  const startKey = list.start;
  let start = typeof g[startKey] === 'string' ? (g[startKey] as string) : undefined;
  if (!start || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(start)) return;
  if (boardDay && start.slice(0, 10) !== boardDay && admits(list.item[startKey], boardDay + start.slice(10))) g[startKey] = start = boardDay + start.slice(10);
  const minutes = (Date.parse(c.now) - Date.parse(start)) / 60_000;
  const when: keyof typeof GAME_STATUS = minutes < 0 ? 'ahead' : minutes < (LENGTH[sport ?? ''] ?? 120) ? 'live' : 'over';
  let status = list.status && typeof g[list.status] === 'string' ? (g[list.status] as string) : undefined;
  if (list.status && status !== undefined && !isPinned(c, g, list.status)) {
    // A postponed game stays postponed; any other takes the status its time says.
    const want = /^postponed$/i.test(status) ? status : when === 'live' && /^halftime$/i.test(status) && HALVES.test(sport ?? '') ? status : GAME_STATUS[when];
    if (want !== status && admits(list.item[list.status], want)) g[list.status] = status = want;
  }
  const played = status !== undefined ? !AHEAD.test(status.toLowerCase()) : when !== 'ahead';
  if (list.homeScore && list.awayScore) {
    if (!played) {
      setOrDrop(g, list.homeScore, list.required.has(list.homeScore) ? 0 : undefined, list);
      setOrDrop(g, list.awayScore, list.required.has(list.awayScore) ? 0 : undefined, list);
    } else {
      const share = status === undefined || /final|finished|completed/i.test(status) ? 1 : /halftime/i.test(status) ? 0.5 : Math.min(0.95, Math.max(0.1, minutes / (LENGTH[sport ?? ''] ?? 120)));
      let home = sideScore(sport, c, share);
      const away = sideScore(sport, c, share);
      if (share === 1 && home === away && !DRAWS.test(sport ?? 'soccer')) home += sport === 'basketball' || sport === 'american_football' ? c.rng.int(1, 7) : 1;
      for (const [k, v] of [[list.homeScore, home], [list.awayScore, away]] as const) {
        if (admits(list.item[k], v)) g[k] = v;
        else if (!list.required.has(k)) delete g[k];
      }
    }
  }
  if (list.clock && list.clock in g) {
    const live = status !== undefined && /in_progress|live/i.test(status);
    setOrDrop(g, list.clock, live ? clockOf(sport, minutes, c) : status !== undefined && /halftime/i.test(status) ? 'HT' : undefined, list);
  }
  if (list.result && list.result in g) {
    const r = typeof g[list.result] === 'string' ? /^([WDL])(\s*)(\d+)(\s*-\s*)(\d+)$/.exec((g[list.result] as string).trim()) : null;
    if (when === 'ahead') setOrDrop(g, list.result, undefined, list);
    else if (r) {
      let [us, them] = [Number(r[3]), Number(r[5])];
      if (sport && !DRAWS.test(sport) && us === them) us += 1;
      const letter = us > them ? 'W' : us === them ? 'D' : 'L';
      setOrDrop(g, list.result, `${letter}${r[2] || ' '}${us}${r[4]}${them}`, list);
    }
  }
}

/**
 * A team plays one game a day. On a scoreboard a game whose team already plays that day leaves
 * the board; a team's own fixtures that share a day are spread over the days the call allows
 * (up to its last date, else a week apart), in the order they were listed.
 */
function oneGameADay(games: Obj[], list: GameList, c: CallContext): Obj[] {
  const day = (g: Obj): number => dayNumber(g[list.start]);
  if (list.teams.length > 0) {
    const seen = new Set<string>();
    if (list.minItems > 1) return games;
    return games.filter((g, i) => {
      const keys = list.teams.map((k) => `${String(g[k])}@${day(g)}`);
      const clash = keys.some((k) => seen.has(k));
      keys.forEach((k) => seen.add(k));
      return i === 0 || !clash;
    });
  }
  const days = games.map(day);
  if (days.some(Number.isNaN) || new Set(days).size === days.length) return games;
  const order = games.map((_, i) => i).sort((a, b) => days[a] - days[b] || a - b);
  const dateArg = (re: RegExp): number => {
    const k = Object.keys(c.args).find((a) => re.test(snake(a)) && !Number.isNaN(dayNumber(c.args[a])));
    return k ? dayNumber(c.args[k]) : NaN;
  };
  const first = dateArg(/^(from_date|start_date|since|date_from|after)$/);
  const last = dateArg(/^(to_date|end_date|until|date_to|before)$/);
  const lo = Number.isNaN(first) ? days[order[0]] : first;
  const hi = Number.isNaN(last) ? lo + 7 * (games.length - 1) : last;
  const step = Math.floor((hi - lo) / Math.max(1, games.length - 1));
  if (step < 1) return list.minItems <= Math.max(1, hi - lo + 1) ? oneGameADay(games.slice(0, Math.max(1, hi - lo + 1)), list, c) : games;
  order.forEach((gi, rank) => {
    const moved = onDay(games[gi][list.start] as string, lo + rank * step);
    if (admits(list.item[list.start], moved)) games[gi][list.start] = moved;
  });
  return games;
}

type Order = readonly [field: string, desc: boolean];

/**
 * The order the call put the games in: a field pinned on the games holding it whose values run
 * one way; a field the call names (sort_by: away_score) first, its direction the one the call
 * says when too few games hold it to tell.
 */
function orderOf(games: readonly Obj[], c: CallContext): Order | undefined {
  const words = Object.values(c.args).filter((v): v is string => typeof v === 'string');
  const named = new Set(words.map(snake));
  const said = words.find((w) => /^(asc|ascending|desc|descending)$/i.test(w));
  const fields = [...new Set(games.flatMap((g) => [...(c.pinned.get(g) ?? [])]))].sort((a, b) => Number(named.has(snake(b))) - Number(named.has(snake(a))));
  for (const f of fields) {
    const v = games.filter((g) => isPinned(c, g, f) && (typeof g[f] === 'number' || typeof g[f] === 'string')).map((g) => g[f] as number | string);
    if (v.length < 2 || v.every((x) => x === v[0])) {
      if (named.has(snake(f)) && said) return [f, /^desc/i.test(said)];
      continue;
    }
    if (v.every((x, i) => i === 0 || v[i - 1] <= x)) return [f, false];
    if (v.every((x, i) => i === 0 || v[i - 1] >= x)) return [f, true];
  }
  return undefined;
}

/** The games back in the call's order, those without the field last. */
function reorder(games: Obj[], [f, desc]: Order): Obj[] {
  const has = (g: Obj): boolean => typeof g[f] === 'number' || typeof g[f] === 'string';
  return games.slice().sort((a, b) => {
    if (!has(a) || !has(b)) return Number(!has(a)) - Number(!has(b));
    const [x, y] = [a[f] as number | string, b[f] as number | string];
    return (x < y ? -1 : x > y ? 1 : 0) * (desc ? -1 : 1);
  });
}

/** A box score's periods, numbered 1, 2, 3... in order; its status one a game has (not "open"). */
function periodsRule(key: string, statusKey: string | undefined): Rule {
  return (out) => {
    if (statusKey && typeof out[statusKey] === 'string' && !/^(final|completed|finished|in_progress|live|halftime)$/i.test(out[statusKey] as string)) out[statusKey] = 'final';
    const rows = out[key];
    if (!Array.isArray(rows)) return;
    const periods = rows.filter((r): r is Obj => !!r && typeof r === 'object' && typeof (r as Obj).period === 'number');
    if (periods.length !== rows.length) return;
    periods.forEach((p, i) => (p.period = i + 1));
  };
}

export function gamesRule(body: Schema): Rule | undefined {
  const props = (body.properties ?? {}) as Props;
  const lists = Object.keys(props).flatMap((k) => gameList(k, props[k]) ?? []);
  const periodsKey = Object.keys(props).find((k) => snake(k) === 'periods' && ((props[k].items as Schema | undefined)?.properties as Props | undefined)?.period);
  const statusKey = keyOf(props, 'status');
  const periods = periodsKey ? periodsRule(periodsKey, statusKey && admits(props[statusKey], 'final') ? statusKey : undefined) : undefined;
  if (lists.length === 0) return periods;
  const dateKey = keyOf(props, 'date');
  return (out, c) => {
    periods?.(out, c);
    const sport = sportNamed(c.args.sport) ?? sportNamed(c.args.league) ?? sportNamed(out.sport) ?? sportNamed(out.league);
    // A scoreboard of one day: the day asked, else today ("today when omitted").
    let boardDay: string | undefined;
    if (dateKey && typeof out[dateKey] === 'string' && (props[dateKey].format === 'date' || /^\d{4}-\d{2}-\d{2}$/.test(out[dateKey] as string))) {
      const asked = Object.keys(c.args).find((k) => /^(date|day|game_date)$/.test(snake(k)) && typeof c.args[k] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(c.args[k] as string));
      boardDay = asked ? (c.args[asked] as string) : c.world.today;
      if (admits(props[dateKey], boardDay)) out[dateKey] = boardDay;
    }
    for (const list of lists) {
      const all = out[list.key];
      if (!Array.isArray(all) || !all.every((g) => g && typeof g === 'object' && !Array.isArray(g))) continue;
      // A team's fixtures are spread over days before their status is read from their time; a board's day is its own.
      const order = orderOf(all as Obj[], c);
      let games = list.teams.length === 0 ? oneGameADay(all as Obj[], list, c) : (all as Obj[]);
      for (const g of games) alignGame(g, list, sport, c, boardDay);
      if (list.teams.length > 0) games = oneGameADay(games, list, c);
      out[list.key] = order ? reorder(games, order) : games;
    }
  };
}
