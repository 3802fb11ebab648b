/**
 * Problems with known answers from a file (`code.problems`, LLM backend): JSON Lines of
 * `{"question": "...", "answer": "42"}` (answer a string or a number), optionally `unit` and
 * `tolerance` (absolute, for rounded answers). Blank lines are skipped. A bad line stops the job
 * before any item is made, with the file, the line and what is wrong.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ToolforgeError } from '../../core/errors.js';
import { parseRational } from '../../verifiers/index.js';

/** A problems file that cannot be used: exit 2, nothing made. */
export class ProblemFileError extends ToolforgeError {
  readonly exitCode = 2;
}

export interface FileProblem {
  readonly question: string;
  readonly answer: string;
  readonly unit?: string;
  readonly tolerance: number;
}

const KEYS = new Set(['question', 'answer', 'unit', 'tolerance']);
/** Problems a file may hold: a job makes one item per problem at most, in order, and a bigger file is a mistake. */
const MAX_PROBLEMS = 10_000_000;

export function readProblemFile(path: string): { problems: FileProblem[]; sha256: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new ProblemFileError(`problems file ${path}: cannot read it: ${(err as Error).message}`);
  }
  const problems: FileProblem[] = [];
  const lines = bytes.toString('utf8').split('\n');
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const where = `problems file ${path}, line ${i + 1}`;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch (err) {
      throw new ProblemFileError(`${where}: not valid JSON (${(err as Error).message})`);
    }
    if (row === null || typeof row !== 'object' || Array.isArray(row)) throw new ProblemFileError(`${where}: must be a JSON object with "question" and "answer"`);
    const r = row as Record<string, unknown>;
    const unknown = Object.keys(r).filter((k) => !KEYS.has(k));
    if (unknown.length > 0) throw new ProblemFileError(`${where}: unknown key ${JSON.stringify(unknown[0])} (the keys are question, answer, unit, tolerance)`);
    if (typeof r.question !== 'string' || r.question.trim() === '') throw new ProblemFileError(`${where}: "question" must be a non-empty string`);
    if (typeof r.answer === 'number' && !Number.isFinite(r.answer)) throw new ProblemFileError(`${where}: "answer" must be a finite number or a string`);
    if (typeof r.answer !== 'string' && typeof r.answer !== 'number') throw new ProblemFileError(`${where}: "answer" must be a string or a number (got ${JSON.stringify(r.answer)})`);
    const answer = String(r.answer).trim();
    if (answer === '') throw new ProblemFileError(`${where}: "answer" is empty`);
    if (r.unit !== undefined && (typeof r.unit !== 'string' || r.unit.trim() === '')) throw new ProblemFileError(`${where}: "unit" must be a non-empty string`);
    if (r.tolerance !== undefined && (typeof r.tolerance !== 'number' || !(r.tolerance >= 0))) throw new ProblemFileError(`${where}: "tolerance" must be a number >= 0 (got ${JSON.stringify(r.tolerance)})`);
    if (r.tolerance !== undefined && parseRational(answer) === undefined) throw new ProblemFileError(`${where}: "tolerance" is given but the answer ${JSON.stringify(answer)} is not a number`);
    if (problems.length >= MAX_PROBLEMS) throw new ProblemFileError(`${where}: more than ${MAX_PROBLEMS} problems`);
    problems.push({ question: r.question.trim(), answer, ...(typeof r.unit === 'string' ? { unit: r.unit.trim() } : {}), tolerance: (r.tolerance as number | undefined) ?? 0 });
  });
  if (problems.length === 0) throw new ProblemFileError(`problems file ${path}: holds no problem (one JSON object per line: {"question": ..., "answer": ...})`);
  return { problems, sha256: createHash('sha256').update(bytes).digest('hex') };
}
