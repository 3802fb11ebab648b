/**
 * Class 49: players listed together from different sports or games: a team's injury report with
 * a goalkeeper beside a shooting guard, a box score whose top performers play for three teams.
 * Judged on result lists of players with a position of a known sport, or with a team inside a
 * result about one game (a game id, home and away sides, or periods).
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { fieldAt, resultObjects } from '../fields.js';
import { isObject } from '../record-view.js';

const SPORT: Readonly<Record<string, string>> = {
  goalkeeper: 'soccer', defender: 'soccer', midfielder: 'soccer', striker: 'soccer', winger: 'soccer',
  'point guard': 'basketball', 'shooting guard': 'basketball', 'small forward': 'basketball', 'power forward': 'basketball',
  pitcher: 'baseball', catcher: 'baseball', shortstop: 'baseball', 'first baseman': 'baseball', outfielder: 'baseball',
  quarterback: 'american football', 'running back': 'american football', 'wide receiver': 'american football', 'tight end': 'american football', linebacker: 'american football', cornerback: 'american football',
};

export const squads: Detector = {
  key: 'squads',
  title: 'players of one list from two sports, or of one game from three teams',
  check: (view) =>
    judgeAll(
      resultObjects(view),
      ({ call, object, path }) => {
        let applies = false;
        for (const [k, v] of Object.entries(object)) {
          if (!Array.isArray(v) || v.length < 2) continue;
          const items = v.filter(isObject);
          const sports = new Set(items.map((x) => (typeof x.position === 'string' ? SPORT[x.position.toLowerCase()] : undefined)).filter((s) => s !== undefined));
          const positioned = items.some((x) => typeof x.position === 'string' && SPORT[x.position.toLowerCase()] !== undefined);
          if (positioned) {
            applies = true;
            if (sports.size > 1) return finding(`${fieldAt(call, path, k)}: positions of ${[...sports].join(' and ')} in one list`);
          }
          const aboutGame = 'game_id' in object || 'periods' in object || (typeof object.home_team === 'string' && typeof object.away_team === 'string');
          const teams = new Set(items.map((x) => x.team).filter((t) => typeof t === 'string'));
          if (aboutGame && teams.size > 0) {
            applies = true;
            if (teams.size > 2) return finding(`${fieldAt(call, path, k)}: players of ${teams.size} teams in one game`);
          }
        }
        return applies ? finding(undefined) : undefined;
      },
    ),
};
