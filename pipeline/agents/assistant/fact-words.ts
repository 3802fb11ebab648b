/**
 * A fact (facts.ts) in words: as a noun phrase inside a list ("nightly rate $435.07", "120
 * reviews", "not late", "due on June 3") or as a clause of its own ("the nightly rate is
 * $435.07", "it is pending", "3 were removed", "it expires on 3 September").
 */
import type { Fact } from './fact.js';
import { isPluralWord, PARTICIPLE } from './keys.js';
import { bareDate, pastOf, plural, singularOf } from './words.js';

/** "due date" -> "due", "submitted at" -> "submitted": a date's label reads before the date. */
const dateLabel = (label: string): string => label.replace(/ (date|at|on|time|datetime)$/i, '') || label;
/** A label that ends in a preposition reads straight before the date: "valid until 20 March". */
const BEFORE_DATE = / (until|by|from|since|to|after|before|through|till)$/;
/** A deadline named by its act ("return by", "pay by"). */
const ACT_BY = /^(return|respond|reply|pay|ship|use|apply|submit|cancel|claim|redeem|renew|register|book|confirm|complete|deliver|collect|activate|accept|sign|file|vote) (by|before)$/;
const PAST = /[^e]ed$|^(sent|paid|built|made|done|held|shown|taken|given|written|won|lost|seen|known)$/;
const lastWord = (label: string): string => label.slice(label.lastIndexOf(' ') + 1);

/** How a yes/no field reads: "late", "score changed", "posted to student", or a thing it has ("free cancellation"). */
type BoolShape = 'one' | 'last' | 'first' | 'noun';
function boolShape(label: string): BoolShape {
  const words = label.split(' ');
  if (words.length === 1) return PARTICIPLE.test(words[0]) ? 'one' : 'noun';
  if (PARTICIPLE.test(words[words.length - 1])) return 'last';
  // "posted to student" leads with a participle; "free cancellation" with an adjective of a thing it has.
  return PAST.test(words[0]) ? 'first' : 'noun';
}

/** A yes/no field as a noun phrase: "late" / "not late", "score not changed", "with free cancellation" / "without free cancellation". */
export function boolWords(label: string, v: boolean): string {
  switch (boolShape(label)) {
    case 'one':
    case 'first':
      return v ? label : `not ${label}`;
    case 'last': {
      const i = label.lastIndexOf(' ');
      return v ? label : `${label.slice(0, i)} not ${label.slice(i + 1)}`;
    }
    default:
      return v ? `with ${label}` : `without ${label}`;
  }
}

/** A yes/no field as a clause: "it is late", "the score was changed", "it was not posted to student", "it has free cancellation". */
function boolClause(f: Fact, subject: string): string {
  const yes = f.num === 1;
  switch (boolShape(f.label)) {
    case 'one':
      return `${subject} ${/ed$/.test(f.label) ? 'was' : 'is'} ${yes ? '' : 'not '}${f.label}`;
    case 'first':
      return `${subject} was ${yes ? '' : 'not '}${f.label}`;
    case 'last': {
      const i = f.label.lastIndexOf(' ');
      return `the ${f.label.slice(0, i)} was ${yes ? '' : 'not '}${f.label.slice(i + 1)}`;
    }
    default:
      return `${subject} has ${yes ? '' : 'no '}${f.label}`;
  }
}

/** A fact as a noun phrase: "nightly rate $435.07", "down 4.90", "late", "120 reviews", "due on June 3". */
export function phrase(f: Fact): string {
  switch (f.role) {
    case 'change':
    case 'bool':
    case 'items':
      return f.value;
    case 'status':
      return f.adjective ? f.value : `${f.label} ${f.value}`;
    case 'count':
      return countPhrase(f);
    case 'date':
    case 'stamp':
      if (/^(date|datetime|time|timestamp|when|day|at)$/.test(dateLabel(f.label))) return f.value;
      return BEFORE_DATE.test(f.label) ? `${f.label} ${bareDate(f.value)}` : `${dateLabel(f.label)} ${f.value}`;
    case 'list':
    case 'group':
      return f.adjective ? `${f.label} ${f.value}` : `${f.label}: ${f.value}`;
    case 'rating':
      return /^stars?$/.test(f.label) ? `${f.value} stars` : `${f.label} ${f.value}`;
    default:
      return `${f.label} ${f.value}`;
  }
}

/** "review count 120" -> "120 reviews"; "total results 22,000" -> "22,000 results in total". */
function countPhrase(f: Fact): string {
  const words = f.label.split(' ');
  const rest = words.filter((w) => !/^(count|counts|total|num|number|of)$/.test(w));
  if (rest.length === 0) return `${f.value} in total`;
  const noun = rest.join(' ');
  const n = f.num ?? 0;
  // "cited by 5": a label ending in a preposition is no noun to count.
  if (/^(by|of|for|in|on|at|to|from|with|per)$/.test(rest[rest.length - 1])) return `${f.label} ${f.value}`;
  if (PARTICIPLE.test(rest[rest.length - 1])) {
    // "1 customer affected", "34 invitations sent".
    const head = rest.slice(0, -1).join(' ');
    return head && n === 1 ? `${f.value} ${singularOf(head)} ${rest[rest.length - 1]}` : `${f.value} ${noun}`;
  }
  const one = singularOf(noun);
  const many = one === noun ? plural(noun) : noun;
  return `${f.value} ${n === 1 ? one : many}${words[0] === 'total' ? ' in total' : ''}`;
}

/** Counts named by a noun or an adjective of how things went, said with a verb. */
const COUNT_VERB: Readonly<Record<string, string>> = { success: 'succeeded', successful: 'succeeded', ok: 'went through' };

/** A fact as a clause: "the nightly rate is $435.07", "it is pending", "it is down 4.90". */
export function clause(f: Fact, subject = 'it'): string {
  switch (f.role) {
    case 'status':
      return f.adjective ? `${subject} is ${f.value}` : `the ${f.label} is ${f.value}`;
    case 'change':
      return `${subject} is ${f.value}`;
    case 'bool':
      return boolClause(f, subject);
    case 'count': {
      const p = countPhrase(f);
      const words = p.slice(f.value.length + 1).split(' ');
      // "2 succeeded", not "2 were success" (success_count).
      if (words.length === 1 && COUNT_VERB[words[0]]) return `${f.value} ${COUNT_VERB[words[0]]}`;
      if (words.length === 1 && PARTICIPLE.test(words[0])) return `${f.value} ${f.num === 1 ? 'was' : 'were'} ${words[0]}`;
      return `there ${f.num === 1 ? 'is' : 'are'} ${p}`;
    }
    case 'items':
      return `there ${f.num === 1 ? 'is' : 'are'} ${f.value}`;
    case 'date':
    case 'stamp': {
      const short = dateLabel(f.label);
      // "return by": it must be returned by then, not "it is return by 10 November".
      const act = ACT_BY.exec(f.label);
      if (act) return `${subject} must be ${pastOf(act[1])} ${act[2]} ${bareDate(f.value)}`;
      if (BEFORE_DATE.test(f.label)) return `${subject} is ${f.label} ${bareDate(f.value)}`;
      if (/^(expires|ends|starts|begins|opens|closes|departs|arrives|renews|runs|lasts|leaves|lands)$/.test(short)) return `${subject} ${short} ${f.value}`;
      return PARTICIPLE.test(short) && !short.includes(' ') ? `${subject} was ${short} ${f.value}` : `the ${/^(date|datetime|time)$/.test(short) ? f.label : short} is ${bareDate(f.value)}`;
    }
    case 'list':
    case 'group':
      return `the ${f.label} ${/s$/.test(f.label) ? 'are' : 'is'} ${f.value}`;
    default:
      return `the ${f.label} ${isPluralWord(lastWord(f.label)) ? 'are' : 'is'} ${f.value}`;
  }
}
