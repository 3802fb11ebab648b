/**
 * Word problems over dates, times and text: days between dates, the weekday of a date, an end
 * date, a journey over midnight, seconds across decades (big values); letters, words and digits
 * counted in a text.
 */
import type { Rng } from '../../core/rng.js';
import { NAMES, bigOfDigits, grouped, type CodeVariant, type Problem } from './problem-types.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAY_MS = 86_400_000;

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

function drawDate(rng: Rng, fromYear: number, toYear: number): Ymd {
  const t = Date.UTC(fromYear, 0, 1) + rng.int(0, Math.floor((Date.UTC(toYear, 11, 31) - Date.UTC(fromYear, 0, 1)) / DAY_MS)) * DAY_MS;
  const date = new Date(t);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}
const ms = (x: Ymd): number => Date.UTC(x.y, x.m - 1, x.d);
const spoken = (x: Ymd): string => `${MONTHS[x.m - 1]} ${x.d}, ${x.y}`;
const iso = (x: Ymd): string => `${String(x.y).padStart(4, '0')}-${String(x.m).padStart(2, '0')}-${String(x.d).padStart(2, '0')}`;
const py = (x: Ymd): string => `date(${x.y}, ${x.m}, ${x.d})`;
const fromMs = (t: number): Ymd => {
  const date = new Date(t);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
};

const DATES = ['Calendar arithmetic is easy to get wrong by a day, so I will let Python\'s datetime count.', 'Month lengths and leap years make this error-prone by hand; datetime handles them.'];
const noImport = (shown: string): string => `The program stopped with \`${shown}\`: I forgot to import date from the datetime module. Adding the import fixes it.`;

export function dates(rng: Rng, variant: CodeVariant): Problem {
  const big = variant === 'big';
  const kind = big ? 0 : rng.int(0, 3);
  if (kind === 0) {
    const a = drawDate(rng, big ? 1700 : 2018, big ? 1899 : 2026);
    const b = big ? drawDate(rng, 1950, 2060) : fromMs(ms(a) + rng.int(20, 700) * DAY_MS);
    if (big) {
      const seconds = BigInt((ms(b) - ms(a)) / 1000);
      return {
        skill: 'dates',
        variant,
        question: `How many seconds are there from midnight at the start of ${spoken(a)} to midnight at the start of ${spoken(b)}?`,
        answer: seconds.toString(),
        unit: 'seconds',
        tolerance: 0,
        statement: `There are ${grouped(seconds)} seconds between those two midnights.`,
        approach: DATES,
        solutions: [
          { imports: ['from datetime import date'], lines: [`days = (${py(b)} - ${py(a)}).days`], final: 'days * 24 * 60 * 60', plainRepr: true },
          { imports: ['from datetime import datetime'], lines: [`delta = datetime(${b.y}, ${b.m}, ${b.d}) - datetime(${a.y}, ${a.m}, ${a.d})`], final: 'int(delta.total_seconds())', plainRepr: true },
        ],
        mistakes: [{ kind: 'error', program: { imports: [], lines: [`days = (${py(b)} - ${py(a)}).days`], final: 'days * 24 * 60 * 60' }, notice: noImport }],
      };
    }
    const days = (ms(b) - ms(a)) / DAY_MS;
    return {
      skill: 'dates',
      variant,
      question: rng.pick([`How many days are there from ${spoken(a)} to ${spoken(b)}?`, `${rng.pick(NAMES)} starts a course on ${spoken(a)} and finishes on ${spoken(b)}. How many days apart are those dates?`]),
      answer: String(days),
      unit: 'days',
      tolerance: 0,
      statement: `The two dates are ${grouped(days)} days apart.`,
      approach: DATES,
      solutions: [
        { imports: ['from datetime import date'], lines: [`start = ${py(a)}`, `end = ${py(b)}`], final: '(end - start).days', plainRepr: true },
        { imports: ['from datetime import date'], lines: [], final: `(${py(b)} - ${py(a)}).days`, plainRepr: true },
      ],
      mistakes: [{ kind: 'error', program: { imports: [], lines: [`start = ${py(a)}`, `end = ${py(b)}`], final: '(end - start).days' }, notice: noImport }],
    };
  }
  if (kind === 1) {
    const a = drawDate(rng, 1950, 2040);
    const weekday = WEEKDAYS[new Date(ms(a)).getUTCDay()];
    return {
      skill: 'dates',
      variant,
      question: rng.pick([`What day of the week is ${spoken(a)}?`, `On which day of the week does ${spoken(a)} fall?`]),
      answer: weekday,
      tolerance: 0,
      statement: `${spoken(a)} is a ${weekday}.`,
      approach: ['Working out a weekday by hand means counting through years and leap days; datetime knows the calendar.'],
      solutions: [
        { imports: ['from datetime import date'], lines: [], final: `${py(a)}.strftime("%A")`, plainRepr: true },
        { imports: ['import calendar'], lines: [], final: `calendar.day_name[calendar.weekday(${a.y}, ${a.m}, ${a.d})]`, plainRepr: true },
      ],
      mistakes: [],
    };
  }
  if (kind === 2) {
    const a = drawDate(rng, 2020, 2027);
    const n = rng.int(10, 400);
    const b = fromMs(ms(a) + n * DAY_MS);
    const what = rng.pick(['A project', 'A warranty period', 'A subscription trial', 'A renovation']);
    return {
      skill: 'dates',
      variant,
      question: `${what} starts on ${spoken(a)} and ends ${n} days later. On what date does it end?`,
      answer: iso(b),
      tolerance: 0,
      statement: `It ends on ${WEEKDAYS[new Date(ms(b)).getUTCDay()]}, ${spoken(b)}.`,
      approach: DATES,
      solutions: [
        { imports: ['from datetime import date, timedelta'], lines: [`start = ${py(a)}`], final: `start + timedelta(days=${n})` },
        { imports: ['import datetime'], lines: [`end = datetime.date(${a.y}, ${a.m}, ${a.d}) + datetime.timedelta(days=${n})`], final: 'end.isoformat()', plainRepr: true },
      ],
      mistakes: [],
    };
  }
  // A journey over midnight, in minutes.
  const dep = rng.int(18 * 60, 23 * 60 + 50);
  // It arrives the next morning, between 01:00 and 11:00.
  const dur = rng.int(25 * 60 - dep, 35 * 60 - dep);
  const arr = (dep + dur) % (24 * 60);
  const hm = (t: number): string => `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
  const vehicle = rng.pick(['A night train', 'An overnight bus', 'A ferry', 'A red-eye flight']);
  return {
    skill: 'dates',
    variant,
    question: `${vehicle} leaves at ${hm(dep)} and arrives at ${hm(arr)} the next morning. How many minutes does the journey take?`,
    answer: String(dur),
    unit: 'minutes',
    tolerance: 0,
    statement: `The journey takes ${dur} minutes (${Math.floor(dur / 60)} h ${dur % 60} min).`,
    approach: ['Times across midnight are easy to subtract wrongly; I will compute the minutes in Python.'],
    solutions: [
      { imports: [], lines: [`depart = ${Math.floor(dep / 60)} * 60 + ${dep % 60}`, `arrive = ${Math.floor(arr / 60)} * 60 + ${arr % 60}`], final: '(arrive - depart) % (24 * 60)', plainRepr: true },
      {
        imports: ['from datetime import datetime, timedelta'],
        lines: [`depart = datetime(2024, 1, 1, ${Math.floor(dep / 60)}, ${dep % 60})`, `arrive = datetime(2024, 1, 2, ${Math.floor(arr / 60)}, ${arr % 60})`],
        final: '(arrive - depart) // timedelta(minutes=1)',
        plainRepr: true,
      },
    ],
    mistakes: [
      {
        kind: 'wrong',
        program: { imports: [], lines: [`depart = ${Math.floor(dep / 60)} * 60 + ${dep % 60}`, `arrive = ${Math.floor(arr / 60)} * 60 + ${arr % 60}`], final: 'arrive - depart' },
        notice: (shown) => `A journey of \`${shown}\` minutes is impossible: the arrival is on the next day, so a full day (1440 minutes) has to be added before subtracting.`,
      },
    ],
  };
}

const WORDS = [
  'strawberry', 'Mississippi', 'bookkeeper', 'committee', 'banana', 'assessment', 'parallel', 'occurrence', 'possession', 'referee',
  'millennium', 'Tennessee', 'raspberry', 'nevertheless', 'successfully', 'hippopotamus', 'onomatopoeia', 'embarrassment', 'accommodation',
  'Massachusetts', 'Philippines', 'coffee', 'balloon', 'address', 'cappuccino', 'necessary', 'unnecessary', 'mississauga', 'Cincinnati',
  'abbreviation', 'barrier', 'success', 'tomorrow', 'engineering', 'independence', 'rhythm', 'peppermint', 'grasshopper', 'Saskatchewan',
  'Worcestershire', 'pneumonia', 'questionnaire', 'Connecticut', 'broccoli', 'spaghetti', 'vacuum', 'llama', 'Annapolis', 'Sacramento',
].filter((w) => w !== 'mississauga');

/** Sentences drawn from parts, so that counting them is never a lookup. */
function drawSentence(rng: Rng): string {
  const who = rng.pick(['Rosa', 'Ten tired travellers', 'Some seals', 'Peter', 'My neighbour', 'The old captain', 'Three curious cats', 'A tall teacher', 'Sam', 'The marching band', 'Two tiny turtles', 'Our new intern']);
  const did = rng.pick(['rarely rode', 'slowly swam', 'quietly walked', 'happily hurried', 'carefully carried a parcel', 'suddenly stopped', 'often ran', 'proudly paraded', 'sleepily strolled']);
  const where = rng.pick(['around the river road', 'past the sunny sandbanks', 'to the last train to Turin', 'through the misty meadow', 'along the stony shore', 'across the busy bridge', 'towards the tall tower', 'beside the bright blue boats', 'into the crowded market']);
  const when = rng.pick(['', ' every Saturday', ' before breakfast', ' in March', ' after the storm', ' at twilight', ' on Tuesday morning']);
  return `${who} ${did} ${where}${when}`;
}

export function counting(rng: Rng, variant: CodeVariant): Problem {
  const big = variant === 'big';
  if (big) {
    // Digits in a long number: a count nobody should guess.
    const digit = rng.int(0, 9);
    const base = BigInt(rng.int(3, 13));
    const exp = rng.int(30, 90);
    const value = base ** BigInt(exp);
    const shown = rng.bool() ? { text: `${base}^${exp}`, py: `${base} ** ${exp}` } : { text: grouped(bigOfDigits(rng, rng.int(9, 11))), py: '' };
    const number = shown.py === '' ? BigInt(shown.text.replace(/,/g, '')) : value;
    const n = [...number.toString()].filter((c) => c === String(digit)).length;
    const literal = shown.py === '' ? `"${number}"` : `str(${shown.py})`;
    return {
      skill: 'counting',
      variant,
      question: `How many times does the digit ${digit} appear in the decimal digits of ${shown.text}?`,
      answer: String(n),
      tolerance: 0,
      statement: n === 0 ? `The digit ${digit} does not appear at all.` : `The digit ${digit} appears ${n} time${n === 1 ? '' : 's'}.`,
      approach: ['Counting digits by eye in a number this long is unreliable, so I will count them in Python.'],
      solutions: [
        { imports: [], lines: [`digits = ${literal}`], final: `digits.count("${digit}")`, plainRepr: true },
        { imports: [], lines: [`digits = ${literal}`], final: `sum(1 for c in digits if c == "${digit}")`, plainRepr: true },
      ],
      mistakes: [],
    };
  }
  const kind = rng.int(0, 2);
  if (kind === 0) {
    const word = rng.pick(WORDS);
    const letters = [...new Set(word.toLowerCase())];
    const letter = rng.pick(letters.filter((l) => [...word.toLowerCase()].filter((c) => c === l).length >= 2).concat(letters.slice(0, 1)));
    const count = [...word.toLowerCase()].filter((c) => c === letter).length;
    const caseTrap = word[0].toLowerCase() === letter && word[0] !== letter;
    return {
      skill: 'counting',
      variant,
      question: rng.pick([`How many times does the letter "${letter}" appear in the word "${word}"?`, `How many ${letter}'s are there in "${word}"?`, `Count the letter ${letter} in "${word}".`]),
      answer: String(count),
      tolerance: 0,
      statement: `The letter "${letter}" appears ${count} time${count === 1 ? '' : 's'} in "${word}".`,
      approach: ['Counting letters by eye is a classic slip, so I will let Python count them.', 'I will count the letters in Python rather than by eye.'],
      solutions: [
        { imports: [], lines: [], final: `"${word}".lower().count("${letter}")`, plainRepr: true },
        { imports: [], lines: [`word = "${word}"`], final: `sum(1 for ch in word.lower() if ch == "${letter}")`, plainRepr: true },
      ],
      mistakes: caseTrap
        ? [
            {
              kind: 'wrong',
              program: { imports: [], lines: [], final: `"${word}".count("${letter}")` },
              notice: (shown) => `\`${shown}\` misses the capital ${word[0]} at the start: str.count is case-sensitive. Lower-casing the word first counts both.`,
            },
          ]
        : [],
    };
  }
  const sentence = drawSentence(rng);
  if (kind === 1) {
    const words = sentence.split(' ').length;
    return {
      skill: 'counting',
      variant,
      question: `How many words are in the sentence "${sentence}"?`,
      answer: String(words),
      unit: 'words',
      tolerance: 0,
      statement: `The sentence has ${words} words.`,
      approach: ['I will split the sentence in Python and count the pieces.'],
      solutions: [
        { imports: [], lines: [`sentence = "${sentence}"`], final: 'len(sentence.split())', plainRepr: true },
        { imports: [], lines: [`sentence = "${sentence}"`, 'words = sentence.split()', 'print(words)'], final: 'len(words)', plainRepr: true },
      ],
      mistakes: [
        {
          kind: 'wrong',
          program: { imports: [], lines: [`sentence = "${sentence}"`], final: 'len(sentence)' },
          notice: (shown) => `\`${shown}\` is far too many for a sentence this short: len() of a string counts characters, not words. I need to split it into words first.`,
        },
      ],
    };
  }
  // The sentence's first letter when it is a letter worth counting, so that a capital is in play.
  const letter = rng.bool(0.7) ? sentence[0].toLowerCase() : rng.pick([...new Set(sentence.toLowerCase().replace(/[^a-z]/g, ''))]);
  const count = [...sentence.toLowerCase()].filter((c) => c === letter).length;
  const exact = [...sentence].filter((c) => c === letter).length;
  return {
    skill: 'counting',
    variant,
    question: rng.pick([`How many times does the letter "${letter}" appear in "${sentence}", counting capitals too?`, `In the sentence "${sentence}", how many ${letter}'s are there, upper or lower case?`]),
    answer: String(count),
    tolerance: 0,
    statement: `The letter "${letter}" appears ${count} times, capitals included.`,
    approach: ['I will count the letters in Python rather than by eye.'],
    solutions: [
      { imports: [], lines: [`text = "${sentence}"`], final: `text.lower().count("${letter}")`, plainRepr: true },
      { imports: ['from collections import Counter'], lines: [`counts = Counter("${sentence}".lower())`], final: `counts["${letter}"]`, plainRepr: true },
    ],
    mistakes:
      exact !== count
        ? [
            {
              kind: 'wrong',
              program: { imports: [], lines: [`text = "${sentence}"`], final: `text.count("${letter}")` },
              notice: (shown) => `\`${shown}\` leaves out the capital ${letter.toUpperCase()}${count - exact > 1 ? "'s" : ''} in the sentence: str.count is case-sensitive. Lower-casing the text first counts capitals too.`,
            },
          ]
        : [],
  };
}
