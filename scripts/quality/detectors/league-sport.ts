/**
 * Class 37: a league of another sport: the live scores of the NBA asked "in baseball", the MLS
 * "in basketball". Judged on objects of arguments and results holding a sport and a league the
 * reader knows (NBA, NFL, MLB, NHL, MLS, EPL, Bundesliga...): the league's sport is the sport.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { callObjects, fieldAt, show } from '../fields.js';

const LEAGUES: Readonly<Record<string, RegExp>> = {
  nba: /basket/, wnba: /basket/, nfl: /american|^football$/, mlb: /baseball/, nhl: /hockey/, mls: /soccer|^football$/, epl: /soccer|^football$/,
  laliga: /soccer|^football$/, seriea: /soccer|^football$/, bundesliga: /soccer|^football$/, ligue1: /soccer|^football$/, ucl: /soccer|^football$/, atp: /tennis/, ipl: /cricket/,
};

export const leagueSport: Detector = {
  key: 'league-sport',
  title: 'a league of another sport (NBA scores in baseball)',
  check: (view) =>
    judgeAll(callObjects(view), ({ object, path, call }) => {
      if (typeof object.sport !== 'string' || typeof object.league !== 'string') return undefined;
      const re = LEAGUES[object.league.toLowerCase().replace(/[\s_-]+/g, '')];
      if (!re) return undefined;
      return finding(re.test(object.sport.toLowerCase()) ? undefined : `${fieldAt(call, path, 'league')} ${show(object.league)} with sport ${show(object.sport)}`);
    }),
};
