/**
 * Players listed together belong to one sport and one game: an injury report of one team does
 * not hold a goalkeeper beside a shooting guard, and the top performers of one game play for
 * its two teams, not for three. Applied to a result after it is drawn; a value is changed only
 * where the field's schema admits the new one.
 */
import { forEachObject, type Schema } from '../../values/schema.js';
import { sportNamed } from '../../values/siblings.js';
import { admits } from './admits.js';
import { textHash } from '../../../core/rng.js';

type Obj = Record<string, unknown>;

/** Positions by sport (the value generator's table draws from all of them). */
const POSITIONS: Readonly<Record<string, readonly string[]>> = {
  soccer: ['goalkeeper', 'defender', 'midfielder', 'forward'],
  basketball: ['point guard', 'shooting guard', 'small forward', 'power forward', 'center'],
  baseball: ['pitcher', 'catcher', 'shortstop', 'first baseman', 'outfielder'],
  american_football: ['quarterback', 'running back', 'wide receiver', 'tight end', 'linebacker', 'cornerback'],
};
const SPORT_OF_POSITION = new Map<string, string>();
for (const [sport, ps] of Object.entries(POSITIONS)) for (const p of ps) if (!SPORT_OF_POSITION.has(p)) SPORT_OF_POSITION.set(p, sport);

const hash = textHash;

const TEAM_KEY = /^(team|team_name)$/;
const SIDE_KEYS: readonly (readonly [string, string])[] = [
  ['home_team', 'away_team'],
  ['home', 'away'],
  ['team1', 'team2'],
];

/** The two sides of a game result, when it names them. */
function sidesOf(o: Obj): [string, string] | undefined {
  for (const [a, b] of SIDE_KEYS) if (typeof o[a] === 'string' && typeof o[b] === 'string' && o[a] !== o[b]) return [o[a] as string, o[b] as string];
  return undefined;
}

/** Bring the lists of players in `result` to one sport, and a game's players to its two teams. */
export function alignSquads(result: unknown, returns: Schema | undefined, args: Readonly<Obj>): void {
  forEachObject(result, returns, (o, props) => {
    for (const k of Object.keys(o)) {
      const list = o[k];
      if (!Array.isArray(list) || list.length < 2) continue;
      const items = list.filter((x): x is Obj => x !== null && typeof x === 'object' && !Array.isArray(x));
      const itemProps = ((props[k]?.items as Schema | undefined)?.properties ?? {}) as Record<string, Schema>;
      alignPositions(items, itemProps, args);
      alignTeams(items, itemProps, o);
    }
  });
}

function alignPositions(items: readonly Obj[], props: Readonly<Record<string, Schema>>, args: Readonly<Obj>): void {
  const placed = items.filter((x) => typeof x.position === 'string' && SPORT_OF_POSITION.has(x.position as string));
  if (placed.length === 0) return;
  // The sport the call names (values/siblings.ts sportNamed), where the table has its positions.
  const named = sportNamed(args.sport) ?? sportNamed(args.league);
  const sport = named !== undefined && POSITIONS[named] ? named : SPORT_OF_POSITION.get(placed[0].position as string)!;
  const own = POSITIONS[sport];
  if (!own) return;
  for (const x of placed) {
    const p = x.position as string;
    if (own.includes(p)) continue;
    const want = own[hash(`${p}\u0000${String(x.player ?? x.name ?? '')}`) % own.length];
    if (admits(props.position, want)) x.position = want;
  }
}

/** The players of one game (a box score's top performers) play for its two sides. */
function alignTeams(items: readonly Obj[], props: Readonly<Record<string, Schema>>, game: Obj): void {
  const teamKey = Object.keys(items[0] ?? {}).find((k) => TEAM_KEY.test(k));
  if (!teamKey || !('game_id' in game || sidesOf(game) || 'periods' in game)) return;
  const teams = items.map((x) => x[teamKey]).filter((t): t is string => typeof t === 'string');
  const sides: readonly string[] = sidesOf(game) ?? [...new Set(teams)].slice(0, 2);
  if (sides.length === 0) return;
  for (const x of items) {
    const t = x[teamKey];
    if (typeof t !== 'string' || sides.includes(t)) continue;
    const want = sides[hash(t) % sides.length];
    if (want !== undefined && admits(props[teamKey], want)) x[teamKey] = want;
  }
}
