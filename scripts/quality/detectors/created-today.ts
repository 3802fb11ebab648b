/**
 * Class 3: the `created_at` (created, createdAt, created_on, date_created) of what a create
 * call made is not the dialogue's today. Only the result's own top-level field counts: items
 * listed inside a result were made earlier.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { show, words } from '../fields.js';
import { isObject } from '../record-view.js';
import { dayOf } from '../dates.js';

/** Verbs of calls that make something new. */
const CREATE_VERBS = new Set([
  'create', 'add', 'new', 'open', 'register', 'book', 'reserve', 'schedule', 'submit', 'place', 'post', 'publish', 'send',
  'upload', 'file', 'log', 'record', 'generate', 'issue', 'make', 'insert', 'enroll', 'request', 'buy', 'purchase',
  'order', 'initiate', 'invite', 'draft', 'compose', 'launch', 'start', 'report', 'raise', 'write',
]);

const CREATED = new Set(['created', 'created_at', 'created_on', 'creation_date', 'date_created', 'created_time']);

export const createdToday: Detector = {
  key: 'created-today',
  title: 'created_at of a create result not today',
  check(view) {
    const world = view.world;
    if (!world) return undefined;
    const made = view.calls.filter((c) => !c.failed && isObject(c.result) && CREATE_VERBS.has(words(c.name)[0]));
    return judgeAll(
      made.flatMap((call) => Object.entries(call.result as object).map(([k, v]) => ({ call, k, v }))),
      ({ call, k, v }) => {
        const day = CREATED.has(words(k).join('_')) ? dayOf(v, world.locale.timeZone) : undefined;
        if (!day) return undefined;
        return finding(day.written !== world.today && day.local !== world.today ? `${call.name}: ${k} ${show(v)}, today is ${world.today}` : undefined);
      },
    );
  },
};
