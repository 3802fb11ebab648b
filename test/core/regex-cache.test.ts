/**
 * Patterns from tool definitions nobody here wrote run on RE2: a catastrophic one (`^(a+)+$`
 * against 31 a's and a '!') takes the native engine tens of seconds (the time doubles per character)
 * and RE2 a moment, so these tests would time out, not pass slowly, if the native engine came
 * back. Matching itself is the same as ECMA-262's on the patterns tools use.
 */
import { describe, expect, it } from 'vitest';
import { regexOf, safeRegExp } from '../../core/regex-cache.js';
import type { CanonicalRecord } from '../../core/record.js';
import { verifyRecordWith } from '../../verifiers/rules.js';
import { validateApi } from '../../api-pool/validate.js';
import type { ApiSpec } from '../../api-pool/types.js';

const EVIL = '^(a+)+$';
const ATTACK = `${'a'.repeat(31)}!`;

describe('safe patterns', () => {
  it('matches as ECMA-262 does on the patterns tools use', () => {
    const cases: [string, string, boolean][] = [
      ['^\\d{3}-\\d{4}$', '555-1234', true],
      ['^\\d{3}-\\d{4}$', '555-12345', false],
      ['^[A-Z]{2}$', 'US', true],
      ['^[A-Z]{2}$', 'us', false],
      ['^\\p{L}+$', 'héllo', true],
      ['[a-z]+', '123abc', true],
      ['^https?://', 'ftp://x', false],
      ['^(?=.*[A-Z])(?=.*\\d).{8,}$', 'Passw0rdX', true], // lookahead: the native engine reads it
    ];
    for (const [p, s, want] of cases) {
      expect(regexOf(p)?.test(s), `${p} on ${s}`).toBe(want);
      expect(new RegExp(p, 'u').test(s)).toBe(want);
    }
    expect(regexOf('([a-')).toBeNull();
  });

  // A 3 s limit: far above RE2's time, far below the native engine's.
  it('keeps two patterns of one schema apart in ajv (it keys compiled patterns by their text)', async () => {
    const { Ajv } = await import('ajv');
    const v = new Ajv({ allErrors: true, strict: false, code: { regExp: safeRegExp } }).compile({
      type: 'object',
      properties: { bic: { type: 'string', pattern: '^[A-Z]{6}[A-Z0-9]{2,5}$' }, iban: { type: 'string', pattern: '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$' } },
    });
    expect(v({ bic: 'HVEUDEOP', iban: 'DE63309347894266792235' })).toBe(true);
    expect(v({ bic: 'HVEUDEOP', iban: 'de63' })).toBe(false);
  });

  it('leaves to the native engine only patterns whose backtracking is bounded by the square of the text', { timeout: 3000 }, () => {
    // Fixed-width and single-repetition patterns (most of a schema's) compile natively, many times faster than RE2.
    for (const p of ['^\\d{3}-\\d{4}$', '^[A-Z]{2}$', '^https?://', '^[a-z0-9_]+$', '^\\d+(\\.\\d{1,2})?$']) expect(safeRegExp(p), p).toBeInstanceOf(RegExp);
    // A repeated group or two unbounded repetitions go to RE2.
    for (const p of [EVIL, '^(?:ab){2,}$', '^\\S+@\\S+\\.\\S+$', '^a*a*a*a*a*a*b$']) expect(safeRegExp(p), p).not.toBeInstanceOf(RegExp);
    // A polynomial attack of high degree answers at once.
    expect(safeRegExp('^a*a*a*a*a*a*b$').test('a'.repeat(5000))).toBe(false);
  });

  it('answers a catastrophic pattern at once', { timeout: 3000 }, () => {
    expect(safeRegExp(EVIL).test(ATTACK)).toBe(false);
    expect(regexOf(EVIL)?.test('aaaa')).toBe(true);
  });

  it('keeps verify and the pool validator from stalling on one', { timeout: 3000 }, () => {
    const parameters = { type: 'object', properties: { s: { type: 'string', description: 'A string.', pattern: EVIL } }, required: ['s'] };
    const record: CanonicalRecord = {
      id: 'r',
      split: 'train',
      tools: [{ type: 'function', function: { name: 'check', description: 'Checks a string.', parameters } }],
      messages: [
        { role: 'user', content: `Check ${ATTACK}` },
        { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'check', arguments: JSON.stringify({ s: ATTACK }) } }] },
        { role: 'tool', tool_call_id: 'call_1', content: '{"ok":true}' },
        { role: 'assistant', content: 'It does not match.' },
      ],
      meta: { category: 'single', domains: [], difficulty: 1, seed: 1, verdict: { accepted: true, checks: [] }, usage: { prompt_tokens: 0, completion_tokens: 0 } },
    };
    const checks = verifyRecordWith(record, {}, undefined).checks.map((c) => c.rule);
    expect(checks).toContain('args.schema');
    // A default checked against its own pattern, as `pool import` does.
    const api = { name: 'check', domain: 'd', description: 'Checks a string.', parameters: { ...parameters, properties: { s: { ...parameters.properties.s, default: ATTACK } } }, returns: { type: 'object' }, origin: 'test' };
    expect(validateApi(api as unknown as ApiSpec).map((i) => i.problem).join(' ')).toMatch(/pattern/);
  });
});
