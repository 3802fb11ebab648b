/**
 * A code problem, answer first: the question, the answer the generator computed, the programs
 * that compute it (in parts, so the assistant can write them in several styles), and the
 * plausible mistakes a first attempt may make, each with what the assistant notices in the
 * output that exposes it.
 */
import type { Rng } from '../../core/rng.js';

export const CODE_SKILLS = [
  'arithmetic',
  'percent',
  'units',
  'dates',
  'counting',
  'decimals',
  'combinatorics',
  'linear',
  'quadratic',
  'cubic',
] as const;
export type CodeSkill = (typeof CODE_SKILLS)[number];

/** 'big': the same templates with 9-11 digit integers or long decimals (the big-values split). */
export type CodeVariant = 'standard' | 'big';

/** A program in parts: imports, the working lines, and the expression whose value is printed last. */
export interface ProgramParts {
  readonly imports: readonly string[];
  readonly lines: readonly string[];
  readonly final: string;
  /** The final value's repr reads as the answer (ints, floats, str): the program may end on the bare expression. */
  readonly plainRepr?: boolean;
}

/** A first attempt that goes wrong in a way its own output shows. */
export interface Mistake {
  readonly program: ProgramParts;
  /** 'error': the program stops with an error; 'wrong': it prints a wrong value. */
  readonly kind: 'error' | 'wrong';
  /**
   * What the assistant says on reading the output (`shown` is the telling part of it, as
   * printed): why it cannot be right, and what the fix is.
   */
  readonly notice: (shown: string) => string;
}

export interface Problem {
  readonly skill: CodeSkill;
  readonly variant: CodeVariant;
  readonly question: string;
  /** The answer, canonical: "23", "12.35", "7/3", "2024-11-19", "Tuesday", "-2, 1, 3". */
  readonly answer: string;
  /** The answer's unit where it has one ("km", "dollars", "days"). */
  readonly unit?: string;
  /** Absolute tolerance when comparing numbers (rounded answers); 0 means exact up to float noise. */
  readonly tolerance: number;
  /** The closing sentence, stating the answer in words. */
  readonly statement: string;
  /** Why code, said before the first program. */
  readonly approach: readonly string[];
  /** Programs that compute the answer (one or more ways). */
  readonly solutions: readonly ProgramParts[];
  /** Mistakes a first attempt may plausibly make (possibly none). */
  readonly mistakes: readonly Mistake[];
}

export type SkillGenerator = (rng: Rng, variant: CodeVariant) => Problem;

/** Digits with thousands separators: 1234567 -> "1,234,567" (bigint or integer number). */
export function grouped(n: bigint | number): string {
  const s = (typeof n === 'bigint' ? n : BigInt(n)).toString();
  const neg = s.startsWith('-');
  const digits = neg ? s.slice(1) : s;
  return (neg ? '-' : '') + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A scaled integer as a decimal string: (12345n, 2) -> "123.45"; trailing zeros kept to `scale`. */
export function scaled(n: bigint, scale: number): string {
  const neg = n < 0n;
  const s = (neg ? -n : n).toString().padStart(scale + 1, '0');
  const out = scale === 0 ? s : `${s.slice(0, s.length - scale)}.${s.slice(s.length - scale)}`;
  return (neg ? '-' : '') + out;
}

/** A decimal string without trailing zeros after the point: "12.50" -> "12.5", "3.00" -> "3". */
export function trimmed(s: string): string {
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/** Round a non-negative scaled integer from `from` to `to` decimal places, half up. */
export function roundScaled(n: bigint, from: number, to: number): bigint {
  const f = 10n ** BigInt(from - to);
  const q = n / f;
  const r = n % f;
  return r * 2n >= f ? q + 1n : q;
}

/** A uniformly drawn bigint with exactly `digits` digits. */
export function bigOfDigits(rng: Rng, digits: number): bigint {
  let s = String(rng.int(1, 9));
  for (let i = 1; i < digits; i++) s += String(rng.int(0, 9));
  return BigInt(s);
}

export const NAMES = ['Maya', 'Liam', 'Sofia', 'Noah', 'Amara', 'Kenji', 'Elena', 'Omar', 'Priya', 'Lucas', 'Zoe', 'Mateo', 'Hana', 'Felix', 'Aisha', 'Jonas'] as const;
