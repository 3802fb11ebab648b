/**
 * Class 37: a league of another sport: the live scores of the NBA asked "in baseball", the MLS
 * "in basketball". Judged on objects of arguments and results holding a sport and a league the
 * reader knows (NBA, NFL, MLB, NHL, MLS, EPL, Bundesliga...): the league's sport is the sport.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { objects, show } from '../fields.js';

const LEAGUES: Readonly<Record<string, RegExp>> = {
  nba: /basket/, wnba: /basket/, nfl: /american|^football$/, mlb: /baseball/, nhl: /hockey/, mls: /soccer|^football$/, epl: /soccer|^football$/,
  laliga: /soccer|^football$/, seriea: /soccer|^football$/, bundesliga: /soccer|^football$/, ligue1: /soccer|^football$/, ucl: /soccer|^football$/, atp: /tennis/, ipl: /cricket/,
};

export const leagueSport: Detector = {
  key: 'league-sport',
  title: 'a league of another sport (NBA scores in baseball)',
  check(view) {
    return judgeAll(view.calls, (call) => {
      const checks: ReturnType<Detector['check']>[] = [];
      for (const side of [call.args, call.failed ? undefined : call.result]) {
        for (const { object, path } of objects(side)) {
          if (typeof object.sport !== 'string' || typeof object.league !== 'string') continue;
          const re = LEAGUES[object.league.toLowerCase().replace(/[\s_-]+/g, '')];
          if (re) checks.push(finding(re.test(object.sport.toLowerCase()) ? undefined : `${call.name}: ${path ? `${path}.` : ''}league ${show(object.league)} with sport ${show(object.sport)}`));
        }
      }
      return judgeAll(checks, (f) => f);
    });
  },
};
