/**
 * The derivation library (core/derive/) as a reader uses it: numbers with their magnitude,
 * amounts with their units, dates in many formats and locales, relative dates against a stated
 * today only, clock times, codes from names in several languages and scripts, word forms.
 * Each reading is paired with what it must not read.
 */
import { describe, expect, it } from 'vitest';
import { clockOfValue, clocksIn } from '../../core/derive/clock.js';
import { entitiesOfValue, localeName, namedEntities, namesEntityOf } from '../../core/derive/codes.js';
import { datesIn, datesOfValue, dateOrderOf, isDateValue, monthDaysIn } from '../../core/derive/date-formats.js';
import { normalise } from '../../core/derive/normalise.js';
import { numberInWords, numbersIn, spell } from '../../core/derive/numbers.js';
import { compoundOf, prefixedAmountsIn, quantitiesIn } from '../../core/derive/quantities.js';
import { anchorIn, relativeDatesIn } from '../../core/derive/relative-text.js';
import { oneSlipApart, stemOf } from '../../core/derive/word-forms.js';

const numbers = (s: string): number[] => [...numbersIn(s, normalise(s))].sort((a, b) => a - b);
const named = (s: string): Set<string> => namedEntities(s, normalise(s));

describe('numbers', () => {
  it.each([
    ['two thousand five hundred', 2500],
    ['twenty-two', 22],
    ['a dozen', 12],
    ['1.5k', 1500],
    ['433 thousand', 433000],
    ['2.5 million', 2_500_000],
    ['1,250', 1250],
    ['two two', undefined],
  ])('"%s" is %s', (said, n) => expect(numberInWords(said)).toBe(n));

  it('spells what it reads back', () => {
    for (const n of [0, 7, 19, 22, 105, 900, 2500, 12_345]) expect(numberInWords(spell(n))).toBe(n);
  });

  it('reads a number with its magnitude and a share as a fraction', () => {
    expect(numbers('revenues of $1M in 2019 and $1.2M in 2020')).toEqual(expect.arrayContaining([1_000_000, 1_200_000, 2019, 2020]));
    expect(numbers('a 5% fee')).toEqual(expect.arrayContaining([5, 0.05]));
    expect(numbers('roll it twice, then three more times')).toEqual(expect.arrayContaining([2, 3]));
  });

  it('reads no other magnitude and no "one" that counts nothing', () => {
    expect(numbers('sold 43 units')).not.toContain(4300);
    expect(numbers('2 million people')).not.toContain(200);
    expect(numbers('one of them, or no one at all')).not.toContain(1);
    expect(numbers('a 5m rope')).not.toContain(5_000_000);
  });

  it('reads no number from the digits of a word, the groups of a thousands number, or a "first" that counts off items', () => {
    expect(numbers('Sample1: [22, 33] and group2')).toEqual([22, 33]);
    expect(numbers('我想买10个')).toEqual([10]);
    expect(numbers('a loan of 1,000,000 pesos')).toEqual([1_000_000]);
    expect(numbers('widths of 200,300,400')).toEqual(expect.arrayContaining([200, 300, 400]));
    expect(numbers('The first car starts at 6 m/s, the second car at 4 m/s.')).not.toContain(1);
    expect(numbers('the interest for the first 2 years')).toEqual([2]);
    expect(numbers('show me the first page')).toContain(1);
    expect(numbers('The second one has an amplitude of 3')).toEqual([3]);
  });
});

describe('amounts in units', () => {
  it('reads simple, compound and SI-prefixed amounts', () => {
    const q = (s: string): [number, string][] => quantitiesIn(s).map((x) => [x.value, x.unit.id]);
    expect(q('height 5ft 10in')).toContainEqual([70, 'in']);
    expect(q('3 hours and 17 minutes')).toContainEqual([197, 'min']);
    expect(q('for three nights')).toEqual([[3, 'd']]);
    expect(q('and then some')).toEqual([]);
    expect(compoundOf('44 minutes and ten seconds')).toMatchObject({ value: 2650, unit: { id: 's' } });
    expect(prefixedAmountsIn('capacitance of 100µF and inductance of 50mH')).toEqual([0.0001, 0.05]);
  });
});

describe('dates', () => {
  it.each([
    ['on 2023-05-04', '2023-05-04'],
    ['May 4th, 2023', '2023-05-04'],
    ['4 May 2023', '2023-05-04'],
    ['the 4th of May 2023', '2023-05-04'],
    ['2023 May 4th', '2023-05-04'],
    ['le 4 mai 2023', '2023-05-04'],
    ['2023年5月4日', '2023-05-04'],
    ['today is 20230504', '2023-05-04'],
    ['Jan.28,2021', '2021-01-28'],
  ])('reads "%s"', (text, iso) => expect(datesIn(text)).toContain(iso));

  it('reads a slashed date in the locale order, both ways when the locale is unknown', () => {
    expect(datesIn('04/05/2023', dateOrderOf('US'))).toEqual(['2023-04-05']);
    expect(datesIn('04/05/2023', dateOrderOf('FR'))).toEqual(['2023-05-04']);
    expect(datesIn('04/05/2023')).toEqual(['2023-04-05', '2023-05-04']);
  });

  it('reads a date whole: digits said apart are no date', () => {
    expect(datesIn('4 people on 2024-05-12')).toEqual(['2024-05-12']);
    expect(isDateValue('2024-12-04')).toBe(true);
    expect(isDateValue('notes of 2024-05-12 for the board meeting')).toBe(false);
    expect(datesOfValue('12/04/2024')).toEqual(['2024-12-04', '2024-04-12']);
    expect(monthDaysIn('from April 4th to April 8th')).toEqual([[4, 4], [4, 8]]);
  });

  it('reads relative dates only against a stated today', () => {
    const text = 'What was the air quality yesterday and the day before yesterday? Today is May 5, 2023';
    const today = anchorIn(text);
    expect(today).toBe('2023-05-05');
    expect([...relativeDatesIn(text, normalise(text), today!).dates].sort()).toEqual(['2023-05-03', '2023-05-04', '2023-05-05']);
    expect(anchorIn('What was the air quality yesterday?')).toBeUndefined();
    expect(anchorIn('The invoice is dated 2023-05-05.')).toBeUndefined();
  });

  it('reads "next Friday" both ways when it reads both ways', () => {
    const text = 'Book it for next Friday.';
    // 2025-06-11 is a Wednesday: the Friday of this week, or of the next.
    expect([...relativeDatesIn(text, normalise(text), '2025-06-11').dates].sort()).toEqual(['2025-06-13', '2025-06-20']);
  });
});

describe('clock times', () => {
  it('reads 12 and 24 hour clocks, words and the time of a date-time', () => {
    expect([...clocksIn('at 3pm, then 2:30 p.m., 14h30, noon, half past two')]).toEqual(expect.arrayContaining(['15:00', '14:30', '12:00', '02:30']));
    expect(clocksIn('at 3pm')).toEqual(new Set(['15:00']));
    expect(clocksIn('room 230 on floor 3')).toEqual(new Set());
    expect(clockOfValue('14:00')).toBe('14:00');
    expect(clockOfValue('2:00 PM')).toBe('14:00');
    expect(clockOfValue('2025-06-12T09:30:00+01:00')).toBe('09:30');
  });
});

describe('codes from names', () => {
  it.each([
    ['Convert 150 Euros to Canadian dollars.', 'EUR', true],
    ['Convert 150 Euros to Canadian dollars.', 'CAD', true],
    ['Convert 150 Euros to Canadian dollars.', 'USD', false],
    ['crime rate in San Francisco', 'CA', true],
    ['crime rate in San Francisco', 'California', true],
    ['3pm from New York time zone to London', 'America/New_York', true],
    ['3pm from New York time zone to London', 'Europe/London', true],
    ['prices for Apple Inc.', 'AAPL', true],
    ['prices for Apple Inc.', 'MSFT', false],
    ['time in Japan', 'Asia/Tokyo', true],
    ['我想去中国旅游', 'CN', true],
    ['un livre en anglais', 'en', true],
    ['hotels in Germany', 'EUR', true],
    ['pay in euros', 'DE', false],
    ['tell us more', 'US', false],
    ['a flight from Lisbon', 'LIS', true],
    ['a bucket in Frankfurt', 'eu-central-1', true],
    ['homes in San Diego', 'SD', false],
  ])('"%s" gives %s: %s', (text, value, gives) => expect(namesEntityOf(value, named(text))).toBe(gives));

  it('takes a name for what it is, never for what it gives', () => {
    expect(entitiesOfValue('Germany')).toEqual(['country:DE']);
    expect(entitiesOfValue('SD')).toContain('state:SD');
    expect(localeName('en-US')).toBe('American English');
    expect(localeName('fr-FR')).toBeUndefined();
  });
});

describe('word forms', () => {
  it('matches forms of one word, and one slip in a long one', () => {
    expect(stemOf('books')).toBe(stemOf('book'));
    expect(stemOf('opens')).toBe(stemOf('open'));
    expect(stemOf('women')).toBe(stemOf('woman'));
    expect(stemOf('categories')).toBe('category');
    expect(oneSlipApart('chicgo', 'chicago')).toBe(true);
    expect(oneSlipApart('recieve', 'receive')).toBe(true);
    expect(oneSlipApart('lyon', 'lion')).toBe(false);
    expect(oneSlipApart('krml9wc6', 'krml9wc7')).toBe(false);
  });
});
