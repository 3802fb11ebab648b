/**
 * Class 44: a booking at another time than asked: a service appointment asked for 2026-04-07
 * 12:15 "confirmed" for 2026-03-21 08:15, a viewing asked at three preferred times confirmed at
 * a fourth, an email asked to go at 09:00 scheduled for 14:00. Judged on calls asking one moment
 * (a date-time argument, or a list of them: preferred times) whose result says when the thing is
 * booked (confirmed_time, scheduled_for, booked_at, reserved_for...): it is a moment asked.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { callLeaves, show, words, type CallLeaf } from '../fields.js';

const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const BOOKED = /^(confirmed|scheduled|booked|reserved)_(time|at|for|datetime|date_time|start|slot)$|^confirmed_start$/;
const ASKED = /(^|_)(time|times|at|datetime|slot|slots)$/;
const NOT_ASKED = /(^|_)(created|updated|deleted|until|before|after|end|from|to|since)(_|$)/;

export const bookedTime: Detector = {
  key: 'booked-time',
  title: 'a booking at another time than asked (asked for 12:15 on the 7th, confirmed for the 21st)',
  check(view) {
    const all = [...callLeaves(view)];
    return judgeAll(view.calls, (call) => {
      if (call.failed) return undefined;
      const mine = all.filter((l): l is CallLeaf & { value: string } => l.call === call && typeof l.value === 'string' && MOMENT.test(l.value));
      const askedKeys = new Set(mine.filter((l) => l.side === 'args' && ASKED.test(words(l.key).join('_')) && !NOT_ASKED.test(words(l.key).join('_'))).map((l) => l.key));
      if (askedKeys.size !== 1) return undefined;
      const asked = mine.filter((l) => l.side === 'args' && askedKeys.has(l.key)).map((l) => Date.parse(l.value));
      return judgeAll(
        mine.filter((l) => l.side === 'result' && BOOKED.test(words(l.key).join('_'))),
        (l) => finding(asked.includes(Date.parse(l.value)) ? undefined : `${call.name}: ${l.path} ${show(l.value)}, the call asks ${[...askedKeys][0]} ${mine.filter((a) => a.side === 'args' && askedKeys.has(a.key)).map((a) => a.value).join(' or ')}`),
      );
    });
  },
};
