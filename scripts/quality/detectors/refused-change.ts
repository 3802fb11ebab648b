/**
 * Class 59: a refusal that changed something: a leaderboard score "accepted": false with
 * "score_changed": true, or a rank moved from 19 to 40. Judged on result objects saying
 * `accepted: false` beside a change flag or an old and a new rank.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { fieldAt, resultObjects } from '../fields.js';

export const refusedChange: Detector = {
  key: 'refused-change',
  title: 'a refusal that changed something (not accepted, yet the rank moved)',
  check: (view) =>
    judgeAll(
      resultObjects(view),
      ({ call, object, path }) => {
        if (object.accepted !== false) return undefined;
        const flag = ['score_changed', 'changed', 'updated', 'improved'].find((k) => typeof object[k] === 'boolean');
        const moved = typeof object.global_rank_new === 'number' && typeof object.global_rank_previous === 'number';
        if (!flag && !moved) return undefined;
        if (flag && object[flag] === true) return finding(`${fieldAt(call, path, flag)} true beside accepted false`);
        return finding(moved && object.global_rank_new !== object.global_rank_previous ? `${fieldAt(call, path, 'global_rank_new')} ${String(object.global_rank_new)} from ${String(object.global_rank_previous)} beside accepted false` : undefined);
      },
    ),
};
