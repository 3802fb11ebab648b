/**
 * What a date means, read off its field and its tool: a moment that has happened (created,
 * paid, last_login...), a booking that lies ahead (departure, pickup, check-in, appointment, or
 * the date of a book/reserve/schedule call), or a value of a tool about the past (history,
 * historical, past), the future (upcoming) or a forecast. Dates of no clear meaning are left out.
 */
import { words } from './fields.js';
import type { CallView } from './record-view.js';

export type DateMeaning = 'happened' | 'booking' | 'history' | 'upcoming' | 'forecast';

const HAPPENED = new Set([
  'created', 'updated', 'modified', 'published', 'posted', 'sent', 'received', 'paid', 'completed', 'delivered', 'shipped', 'joined',
  'registered', 'responded', 'recorded', 'measured', 'observed', 'occurred', 'purchased', 'ordered', 'signed', 'submitted', 'filed',
  'resolved', 'generated', 'computed', 'retrieved', 'fetched', 'scanned', 'deleted', 'cancelled', 'canceled', 'issued', 'logged',
  'birth', 'born', 'dob', 'enrolled', 'uploaded', 'approved', 'refunded', 'transferred', 'archived', 'revoked', 'granted', 'captured',
]);
const LAST_WHAT = new Set(['seen', 'login', 'active', 'activity', 'updated', 'modified', 'run', 'checked', 'sync', 'synced', 'contacted', 'visit', 'visited', 'played', 'used', 'ping', 'heartbeat']);
const BOOKED = new Set(['departure', 'departures', 'depart', 'departs', 'departing', 'arrival', 'arrive', 'arrives', 'arriving', 'pickup', 'dropoff', 'appointment', 'reservation']);
/** Check-in and check-out are bookings at a stay (not a shop's checkout). */
const STAYS = new Set(['hotel', 'hotels', 'lodging', 'lodgings', 'stay', 'stays', 'room', 'rooms', 'accommodation', 'accommodations', 'rental', 'rentals', 'booking', 'bookings', 'reservation', 'reservations', 'property', 'properties', 'vacation']);
const BOOKING_VERBS = new Set(['book', 'reserve', 'schedule', 'rent']);
const GENERIC_WHEN = new Set(['date', 'start', 'end', 'datetime', 'time', 'day', 'when', 'slot', 'starts', 'ends']);
/** Words of a field that looks ahead whatever its tool's tense. */
const AHEAD = new Set(['estimated', 'expected', 'eta', 'next', 'scheduled', 'due', 'planned', 'projected', 'upcoming']);
/** Tools whose dates may lie in the past whatever the field says (a flight's status, a parcel's history). */
const LOOKBACK = new Set(['status', 'history', 'historical', 'past', 'track', 'tracking', 'log', 'logs', 'report', 'archive']);

/** The tool's own time orientation, from its name and the first sentence of its description (what it is for). */
export function toolTense(call: CallView): 'history' | 'upcoming' | 'forecast' | undefined {
  const purpose = (call.def?.description ?? '').split(/(?<=[.!?])\s/)[0];
  const text = `${call.name.replace(/_/g, ' ')} ${purpose}`.toLowerCase();
  const past = /\b(history|historical|past|previous)\b/.test(text);
  const ahead = /\b(upcoming|future)\b/.test(text);
  const forecast = /\b(forecasts?|outlook)\b/.test(text);
  if (past && !ahead && !forecast) return 'history';
  if (ahead && !past) return 'upcoming';
  if (forecast && !past) return 'forecast';
  return undefined;
}

/** What a date in field `key` of this call means, if it is clear. */
export function dateMeaning(key: string, call: CallView, side: 'args' | 'result'): DateMeaning | undefined {
  const w = words(key);
  if (w.some((x) => HAPPENED.has(x)) || (w[0] === 'last' && LAST_WHAT.has(w[1]))) return 'happened';
  const nameWords = words(call.name);
  const lookback = nameWords.some((x) => LOOKBACK.has(x));
  const joined = w.join('');
  const stay = /check(in|out)/.test(joined) && nameWords.some((x) => STAYS.has(x));
  if (!lookback && (w.some((x) => BOOKED.has(x)) || stay || /pickup|dropoff/.test(joined))) return 'booking';
  if (side === 'args' && BOOKING_VERBS.has(nameWords[0]) && w.some((x) => GENERIC_WHEN.has(x))) return 'booking';
  const tense = toolTense(call);
  // A history tool's expected or next dates look ahead (a parcel's estimated delivery): not history.
  if (tense === 'history' && w.some((x) => AHEAD.has(x))) return undefined;
  return tense;
}
