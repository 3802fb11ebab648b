/**
 * What was not accepted changed nothing: a leaderboard score "accepted": false does not also say
 * "score_changed": true or move the player from rank 19 to 40. Applied to results after they
 * are drawn, only where the schema admits the value.
 */
import { forEachObject, type Schema } from '../../values/schema.js';
import { admits } from './admits.js';

const CHANGED = /^(score_changed|changed|updated|improved|is_new_best|new_best|personal_best)$/;

export function alignRefusals(result: unknown, returns: Schema | undefined): void {
  forEachObject(result, returns, (o, props) => {
    if (o.accepted !== false) return;
    for (const k of Object.keys(o)) if (CHANGED.test(k) && o[k] === true && admits(props[k], false)) o[k] = false;
    // A rank that did not move: the new one is the previous one, or is not given.
    for (const k of Object.keys(o)) {
      const m = /^(.*)rank_new$/.exec(k) ?? /^new_(.*)rank$/.exec(k);
      if (!m || typeof o[k] !== 'number') continue;
      const prev = [`${m[1]}rank_previous`, `previous_${m[1]}rank`, `${m[1]}rank_old`].find((p) => typeof o[p] === 'number');
      if (prev !== undefined) {
        if (admits(props[k], o[prev])) o[k] = o[prev];
      } else if (o === result && !(Array.isArray(returns?.required) && (returns.required as string[]).includes(k))) delete o[k];
    }
  });
}
