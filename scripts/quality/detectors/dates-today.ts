/**
 * Class 4: dates against the dialogue's today. Something that has happened (created, paid,
 * last login...) dated after today; a booking (departure, pickup, check-in, appointment, the
 * date of a book/reserve/schedule call) before today; a history tool's dates after today; an
 * upcoming-events or forecast tool's dates before today. A date-time counts by its day as
 * written and in the user's time zone: only a day wrong in both readings is flagged.
 */
import { CLEAN, finding, judgeAll, type Detector } from '../detector.js';
import { callLeaves, show } from '../fields.js';
import { afterToday, beforeToday, dayOf } from '../dates.js';
import { dateMeaning } from '../date-kinds.js';

export const datesToday: Detector = {
  key: 'dates-today',
  title: 'dates against today (past in the future, bookings before today)',
  check(view) {
    const world = view.world;
    if (!world) return undefined;
    return judgeAll(callLeaves(view), (leaf) => {
      const day = dayOf(leaf.value, world.locale.timeZone);
      const meaning = day && dateMeaning(leaf.key, leaf.call, leaf.side);
      if (!day || !meaning) return undefined;
      const wrong =
        ((meaning === 'happened' || meaning === 'history') && afterToday(day, world.today)) ||
        ((meaning === 'booking' || meaning === 'upcoming' || meaning === 'forecast') && beforeToday(day, world.today));
      if (!wrong) return CLEAN;
      const what = meaning === 'happened' ? 'has happened' : meaning === 'history' ? 'of a history tool' : meaning === 'booking' ? 'a booking' : meaning === 'forecast' ? 'of a forecast tool' : 'of an upcoming-events tool';
      return finding(`${leaf.call.name} ${leaf.side}: ${leaf.path} ${show(leaf.value)} (${what}) against today ${world.today}`);
    });
  },
};
