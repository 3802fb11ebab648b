/**
 * Numbers, money and dates as the second-language assistant writes them: the country's
 * separators ("1.224,88" in Spain, "1,224.88" in Mexico, "1 224,88" in France), the euro after
 * the amount ("435,07 €"), dates in words relative to today ("mañana", "el viernes", "le 10
 * juin", "am 10. Juni"). The answer's facts arrive worded in English (assistant/facts.ts); the
 * forms that wording uses are read back here (`readNumber`, `readMoney`, `readWhen`) and said
 * again, so the same result gives the same fact in every language.
 */
import type { Lang } from '../../user/lang/types.js';

interface Seps {
  readonly dec: string;
  readonly group: string;
}

/** Decimal and grouping separators by language, and the countries that write them otherwise. */
const SEPS: Readonly<Record<Lang, Seps>> = {
  es: { dec: ',', group: '.' },
  fr: { dec: ',', group: '\u202f' },
  de: { dec: ',', group: '.' },
  pt: { dec: ',', group: '.' },
  it: { dec: ',', group: '.' },
};
const BY_COUNTRY: Readonly<Record<string, Seps>> = { MX: { dec: '.', group: ',' }, CH: { dec: '.', group: '’' }, PT: { dec: ',', group: '\u00a0' } };

/** The separators of a dialogue in `lang` whose user is in `country`. */
export const sepsOf = (lang: Lang, country: string): Seps => BY_COUNTRY[country] ?? SEPS[lang];

/** A number written with `s`'s separators, at most `decimals` decimals (money keeps two). */
export function number(n: number, s: Seps, decimals = 2, money = false): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  let fixed = money && !Number.isInteger(abs) ? abs.toFixed(2) : abs.toFixed(decimals);
  if (!(money && !Number.isInteger(abs)) && fixed.includes('.')) fixed = fixed.replace(/\.?0+$/, '');
  const dot = fixed.indexOf('.');
  const int = dot < 0 ? fixed : fixed.slice(0, dot);
  let grouped = int;
  // Four-digit numbers stay ungrouped ("2500"), as Spanish and French style books have them.
  if (int.length > 4) {
    grouped = int.slice(0, int.length % 3 || 3);
    for (let i = grouped.length; i < int.length; i += 3) grouped += `${s.group}${int.slice(i, i + 3)}`;
  }
  return `${n < 0 ? '-' : ''}${grouped}${dot < 0 ? '' : `${s.dec}${fixed.slice(dot + 1)}`}`;
}

/** An amount with its currency: "435,07 €", "1.224,88 USD", Brazilian reais as "R$ 435,07". */
export function money(n: number, currency: string | undefined, s: Seps): string {
  const digits = currency === 'JPY' || currency === 'KRW' || currency === 'CLP' ? 0 : 2;
  const amount = number(n, s, digits, true);
  if (!currency) return number(n, s, 2);
  if (currency === 'EUR') return `${amount} €`;
  if (currency === 'BRL' && s.dec === ',') return `R$ ${amount}`;
  return `${amount} ${currency}`;
}

// The grouped form must end where the number ends: "2024" is one number, not "202" and "4".
const EN_NUMBER = /^-?\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\d,])|^-?\d+(?:\.\d+)?/;
/** A number as the English facts write it ("1,224.88") and the rest after it (" km", "%"). */
export function readNumber(s: string): { n: number; rest: string } | undefined {
  const m = EN_NUMBER.exec(s);
  if (!m) return undefined;
  return { n: Number(m[0].replace(/,/g, '')), rest: s.slice(m[0].length) };
}

const SYMBOL_CURRENCY: Readonly<Record<string, string>> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };
/** Money as the English facts write it ("$1,224.88", "480.20 INR", "-$4.90"), with what follows (" a night"). */
export function readMoney(s: string): { n: number; currency: string | undefined; rest: string } | undefined {
  const m = /^(-?)([$€£¥]?)(\d[\d,]*(?:\.\d+)?)(?: ([A-Z]{3})\b)?/.exec(s);
  if (!m) return undefined;
  const n = Number(m[3].replace(/,/g, '')) * (m[1] === '-' ? -1 : 1);
  return { n, currency: m[4] ?? SYMBOL_CURRENCY[m[2]], rest: s.slice(m[0].length) };
}

const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date as the English facts say it, read back: a relative day, a weekday (this or last week) or a day of a month, and a time. */
export type When =
  | { readonly rel: -1 | 0 | 1; readonly time?: Clock }
  | { readonly weekday: number; readonly last: boolean; readonly time?: Clock }
  | { readonly day: number; readonly month: number; readonly year?: number; readonly time?: Clock };
export interface Clock {
  readonly hh: string;
  readonly mm: string;
  /** " UTC", " (UTC+02:00)" or "". */
  readonly zone: string;
}

const WHEN = new RegExp(
  `^(?:on )?(?:(today|tomorrow|yesterday)|(last )?(${WEEKDAYS_EN.join('|')})|(${MONTHS_EN.join('|')}) (\\d{1,2})(?:, (\\d{4}))?|(\\d{1,2}) (${MONTHS_EN.join('|')})(?: (\\d{4}))?)(?: at (\\d{2}):(\\d{2})( UTC| \\(UTC[+-]\\d{2}:?\\d{2}\\))?)?$`,
);

/** Reads back what assistant/words.ts sayDate wrote (with or without its leading "on"). */
export function readWhen(s: string): When | undefined {
  const m = WHEN.exec(s);
  if (!m) return undefined;
  const time = m[10] !== undefined ? { hh: m[10], mm: m[11], zone: m[12] ?? '' } : undefined;
  const t = time ? { time } : {};
  if (m[1]) return { rel: m[1] === 'today' ? 0 : m[1] === 'tomorrow' ? 1 : -1, ...t };
  if (m[3]) return { weekday: WEEKDAYS_EN.indexOf(m[3]), last: m[2] !== undefined, ...t };
  const month = MONTHS_EN.indexOf(m[4] ?? m[8]);
  const day = Number(m[5] ?? m[7]);
  const year = m[6] ?? m[9];
  return { day, month, ...(year ? { year: Number(year) } : {}), ...t };
}
