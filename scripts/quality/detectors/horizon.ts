/**
 * Class 85: a sky object "above the horizon" at a negative altitude, or below it at a positive
 * one (Vega above_horizon: true at -55.4°). Judged on result objects holding above_horizon beside
 * an altitude in degrees.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { fieldAt, resultObjects } from '../fields.js';

export const horizon: Detector = {
  key: 'horizon',
  title: 'a sky object above the horizon at a negative altitude (Vega "above_horizon" at -55.4°)',
  check: (view) =>
    judgeAll(resultObjects(view), ({ call, object, path }) => {
      const alt = ['altitude_deg', 'altitude', 'altitude_degrees', 'alt_deg'].find((k) => typeof object[k] === 'number');
      if (alt === undefined || typeof object.above_horizon !== 'boolean') return undefined;
      const up = (object[alt] as number) > 0;
      return finding(up === object.above_horizon ? undefined : `${fieldAt(call, path, 'above_horizon')} ${String(object.above_horizon)} at ${alt} ${object[alt] as number}`);
    }),
};
