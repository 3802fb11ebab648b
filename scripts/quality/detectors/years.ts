/**
 * Class 11: implausible years. A year field (year, fiscal_year, academic_year...) or a date of
 * something planned (a budget month, a booking, an event, a deadline, a reminder) more than
 * three years from today; any other year more than three years ahead, any date more than 50
 * years ahead, and any year before 1000 (a history may reach far back, not that far).
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { callLeaves, show, words, type CallLeaf } from '../fields.js';
import { dayOf } from '../dates.js';
import { dateMeaning } from '../date-kinds.js';

const FEW = 3;
/** Words of a tool or field that make its dates and years plans: close to today, either way. */
const PLANNED = new Set(['budget', 'budgets', 'plan', 'planned', 'book', 'reserve', 'schedule', 'rent']);
/** Tools that look far ahead on purpose (a population projection to 2050). */
const FAR_AHEAD = new Set(['forecast', 'forecasts', 'projection', 'projections', 'projected', 'predict', 'prediction', 'outlook', 'scenario']);
const EVENTFUL = new Set(['event', 'events', 'concert', 'concerts', 'meeting', 'meetings', 'appointment', 'appointments', 'calendar', 'game', 'games', 'match', 'matches', 'fixture', 'fixtures', 'tour', 'tours', 'show', 'shows', 'trip', 'flight', 'flights', 'hotel', 'reservation', 'interview']);
const WHEN = new Set(['due', 'deadline', 'reminder', 'reminders', 'fires', 'expected', 'estimated', 'scheduled', 'start', 'end', 'datetime', 'date', 'starts', 'ends']);

/** Words a year field's name may hold beside "year" (year_from, fiscal_year, year_built...). */
const YEAR_FIELD = new Set(['year', 'from', 'to', 'start', 'end', 'min', 'max', 'range', 'built', 'release', 'released', 'model', 'fiscal', 'academic', 'tax', 'budget', 'birth', 'publication', 'production', 'founded', 'season', 'school', 'calendar', 'target', 'base', 'report', 'reporting']);

/** The years a year field holds (four-digit numbers; a smaller number may be a year of study). */
function yearsIn(leaf: CallLeaf): number[] {
  const w = words(leaf.key);
  if (!w.includes('year') || !w.every((x) => YEAR_FIELD.has(x))) return [];
  if (typeof leaf.value === 'number') return Number.isInteger(leaf.value) && leaf.value >= 1000 ? [leaf.value] : [];
  if (typeof leaf.value === 'string') return [...leaf.value.matchAll(/(?<!\d)(\d{4})(?!\d)/g)].map((m) => Number(m[1]));
  return [];
}

/** Why the year is implausible, or undefined. */
function implausible(leaf: CallLeaf, year: number, nowYear: number, isDate: boolean): string | undefined {
  const callWords = words(leaf.call.name);
  const keyWords = words(leaf.key);
  const planned = [...callWords, ...keyWords].some((x) => PLANNED.has(x));
  const meaning = isDate ? dateMeaning(leaf.key, leaf.call, leaf.side) : undefined;
  const near = planned || meaning === 'booking' || meaning === 'upcoming' || meaning === 'forecast' || (isDate && callWords.some((x) => EVENTFUL.has(x)) && keyWords.some((x) => WHEN.has(x)));
  if (near && meaning !== 'happened' && Math.abs(year - nowYear) > FEW) return `more than ${FEW} years from today`;
  if (year > nowYear + 50 || year < 1000) return 'out of any plausible range';
  if (!isDate && year > nowYear + FEW && !callWords.some((x) => FAR_AHEAD.has(x))) return `more than ${FEW} years ahead`;
  return undefined;
}

export const years: Detector = {
  key: 'years',
  title: 'implausible years',
  check(view) {
    const today = view.world?.today;
    if (!today) return undefined;
    const nowYear = Number(today.slice(0, 4));
    return judgeAll(callLeaves(view), (leaf) => {
      const day = dayOf(leaf.value);
      const ys = day ? [day.year] : yearsIn(leaf);
      if (ys.length === 0) return undefined;
      const why = ys.map((y) => implausible(leaf, y, nowYear, day !== undefined)).find((w) => w !== undefined);
      return finding(why && `${leaf.call.name} ${leaf.side}: ${leaf.path} ${show(leaf.value)} ${why} (${today})`);
    });
  },
};
