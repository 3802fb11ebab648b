/**
 * One thing a result says, read by meaning (facts.ts), before it is put in words
 * (fact-words.ts): its role, its label, its value in words and how much a reader wants it.
 */
import type { Today } from './words.js';

export type Role = 'status' | 'money' | 'change' | 'measure' | 'rating' | 'count' | 'name' | 'label' | 'text' | 'date' | 'stamp' | 'bool' | 'list' | 'group' | 'id' | 'items';

export interface Fact {
  readonly key: string;
  readonly role: Role;
  /** The key in words, without its unit ("nightly rate", "share"). */
  readonly label: string;
  /** The value in words ("$435.07", "pending", "on June 10", "74%"). */
  readonly value: string;
  /** The number behind a numeric fact, to rank items and compare answers. */
  readonly num: number | undefined;
  /** How much a reader wants it; higher first. */
  readonly rank: number;
  /** A status that reads after "is" ("pending", "in transit"); else it is said with its label. */
  readonly adjective: boolean | undefined;
}

/** What an answer's facts are read against: the dialogue's today and the money's currency. */
export interface FactScene {
  readonly today: Today;
  /** The currency of the object (its own currency field, else the enclosing one's, else the call's). */
  readonly currency?: string;
  /** The object states a price: a bare change beside it is money too ("down $4.90"). */
  readonly priced?: boolean;
}

/** A fact with every field set, in one order: one object shape for all facts keeps the readers fast. */
export function fact(key: string, role: Role, label: string, value: string, rank: number, num?: number, adjective?: boolean): Fact {
  return { key, role, label, value, num, rank, adjective };
}

/** States of an act not carried out yet (a booking on the waitlist, an email in the queue): no "booked", "sent" or "done" for them. */
const WAITING = /^(waitlisted|on the waitlist|queued|pending|pending review|processing|requested|on hold|under review|in review|awaiting [a-z ]+)$/;

/** Whether a reading's leading status says its act is not carried out yet. */
export const waitingStatus = (facts: readonly Fact[]): Fact | undefined => (facts[0]?.role === 'status' && WAITING.test(facts[0].value) ? facts[0] : undefined);
