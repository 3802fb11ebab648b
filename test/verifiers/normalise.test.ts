import { describe, expect, it } from 'vitest';
import { Rng } from '../../core/rng.js';
import { normalise, normaliseAny } from '../../verifiers/rules/normalise.js';

describe('normalise', () => {
  it('lower-cases, splits words from numbers, drops punctuation, single spaces', () => {
    expect(normalise('  Book 2 rooms, 5cm-wide: A1B2!  ')).toBe('book 2 rooms 5 cm wide a 1 b 2');
    expect(normalise('__--..')).toBe('');
    expect(normalise('')).toBe('');
    expect(normalise('Zürich 5km')).toBe('zürich 5 km');
    expect(normalise('東京2024年')).toBe('東京 2024 年');
  });

  it('gives, on any ASCII text, exactly what its definition gives', () => {
    const rng = new Rng(7);
    const alphabet = 'aZ09 _-.,:;/\\\'"!?@#%&()[]{}\t\n~`^|+=*<>$mQ7x';
    for (let t = 0; t < 5000; t++) {
      const len = Math.floor(rng.next() * 40);
      let s = '';
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(rng.next() * alphabet.length)];
      expect(normalise(s)).toBe(normaliseAny(s));
    }
    const long = 'Order #A-1234 for 3x "Widget" (blue) at $19.99 each; ship to 221B Baker St. '.repeat(200);
    expect(normalise(long)).toBe(normaliseAny(long));
  });
});
