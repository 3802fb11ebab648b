/**
 * A record's dialogue language (meta.plan.language, English when unset). The sweeps that read a
 * record's English words (values as English states them, derivations in English, numbers in an
 * answer) take the English records; second-language records have their own sweep
 * (test/pipeline/second-language.test.ts), which reads them through the verifier and the
 * language's own rules.
 */
import type { CanonicalRecord } from '../../core/record.js';

export const languageOf = (r: CanonicalRecord): string => r.meta.plan?.language ?? 'en';
export const inEnglish = (r: CanonicalRecord): boolean => languageOf(r) === 'en';
