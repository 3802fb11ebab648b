/**
 * The offline problem generator: a skill and a variant drawn from the item's seed, then a word
 * problem of that skill with its answer computed first; and the programs in the style the
 * assistant writes them.
 */
import { Rng, subSeed } from '../../core/rng.js';
import { CODE_SKILLS, type CodeSkill, type CodeVariant, type Problem, type ProgramParts, type SkillGenerator } from './problem-types.js';
import { arithmetic, decimals, percent, units } from './skills-numbers.js';
import { counting, dates } from './skills-text.js';
import { combinatorics, cubic, linear, quadratic } from './skills-algebra.js';

const GENERATORS: Readonly<Record<CodeSkill, SkillGenerator>> = { arithmetic, percent, units, dates, counting, decimals, combinatorics, linear, quadratic, cubic };

/** How hard a skill is taken to be (meta.difficulty, 1 to 5); big values add one. */
const DIFFICULTY: Readonly<Record<CodeSkill, number>> = { arithmetic: 2, percent: 2, units: 1, dates: 2, counting: 1, decimals: 1, combinatorics: 3, linear: 3, quadratic: 3, cubic: 4 };

export function skillDifficulty(skill: CodeSkill, variant: CodeVariant): number {
  return Math.min(5, DIFFICULTY[skill] + (variant === 'big' ? 1 : 0));
}

/** The item's problem: its skill from `skills` (all by default), drawn with the item's seed. */
export function drawProblem(seed: number, variant: CodeVariant, skills: readonly CodeSkill[] = CODE_SKILLS): Problem {
  const rng = new Rng(subSeed(seed, 'code-problem'));
  const skill = rng.pick(skills);
  return GENERATORS[skill](rng, variant);
}

export const PROGRAM_STYLES = ['steps', 'function', 'expression'] as const;
export type ProgramStyle = (typeof PROGRAM_STYLES)[number];

/** A program's text in a style: working lines then a print; the same in a function; or ending on the bare expression (its value is the result). */
export function renderProgram(parts: ProgramParts, style: ProgramStyle): string {
  const head = parts.imports.length > 0 ? [...parts.imports, ''] : [];
  if (parts.final === '') return [...head, ...parts.lines].join('\n');
  if (style === 'function' && parts.lines.length > 0) {
    return [...head, 'def solve():', ...parts.lines.map((l) => `    ${l}`), `    return ${parts.final}`, '', 'print(solve())'].join('\n');
  }
  if (style === 'expression' && parts.plainRepr) return [...head, ...parts.lines, parts.final].join('\n');
  return [...head, ...parts.lines, `print(${parts.final})`].join('\n');
}
