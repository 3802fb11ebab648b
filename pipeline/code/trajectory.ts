/**
 * The offline assistant of a code item: it decides its programs before anything runs (a style,
 * and sometimes a first attempt with a plausible mistake), and once the sandbox has run them it
 * writes the trajectory around the real outputs: why code, the program, what the output shows
 * (a mistake noticed and fixed), and the final answer. Two shapes, chosen by config: python tool
 * calls with their results, or code and output blocks inside the assistant's text.
 */
import type { Message, ToolCall, ToolDefinition } from '../../core/record.js';
import { Rng, subSeed } from '../../core/rng.js';
import type { Problem, ProgramParts } from './problem-types.js';
import { PROGRAM_STYLES, renderProgram, type ProgramStyle } from './problems.js';
import type { RunResult } from './sandbox.js';

/** The python tool: a program in, its stdout, the value of its last expression and its error out. */
export const PYTHON_TOOL: ToolDefinition = Object.freeze({
  type: 'function',
  function: {
    name: 'python',
    description:
      'Run a Python 3 program (standard library only: math, fractions, decimal, statistics, itertools, datetime, ...; no files, no network) and return its printed output (stdout), the value of its last expression (result) and the error that stopped it (error). Each call starts from a fresh namespace.',
    parameters: {
      type: 'object',
      properties: { code: { type: 'string', description: 'The complete program to run.' } },
      required: ['code'],
      additionalProperties: false,
    },
  },
}) as ToolDefinition;

export interface CodeStyleOptions {
  readonly format: 'tool' | 'inline';
  readonly boxed: boolean;
  /** Share of items whose first attempt makes a mistake the output exposes (where the problem has one). */
  readonly mistakeRate: number;
}

/** The programs of an item, decided before they run. */
export interface Draft {
  readonly style: ProgramStyle;
  readonly approach: string;
  readonly attempts: readonly { readonly code: string; readonly planned: 'ok' | 'error' | 'wrong'; readonly notice?: (shown: string) => string }[];
}

export function draftPrograms(problem: Problem, seed: number, options: CodeStyleOptions): Draft {
  const rng = new Rng(subSeed(seed, 'code-assistant'));
  const style = rng.pick(PROGRAM_STYLES);
  let solution = rng.pick(problem.solutions);
  const approach = rng.pick(problem.approach);
  const attempts: Draft['attempts'][number][] = [];
  if (problem.mistakes.length > 0 && rng.bool(options.mistakeRate)) {
    const m = rng.pick(problem.mistakes);
    attempts.push({ code: renderProgram(m.program, style), planned: m.kind, notice: m.notice });
    // The fix is the smallest change: the solution that keeps most of the failed program's lines.
    const kept = (s: ProgramParts): number => [...s.imports, ...s.lines].filter((l) => m.program.lines.includes(l) || m.program.imports.includes(l)).length;
    const best = Math.max(...problem.solutions.map(kept));
    if (kept(solution) < best) solution = problem.solutions.find((s) => kept(s) === best)!;
  }
  attempts.push({ code: renderProgram(solution, style), planned: 'ok' });
  return { style, approach, attempts };
}

/** The telling part of an output: the error's last line, or the last line printed, or the result. */
export function shownPart(r: RunResult): string {
  if (r.error) return r.error.trim().split('\n').pop()!.trim();
  if (r.result !== null) return r.result.split('\n').pop()!.trim();
  const lines = r.stdout.trimEnd().split('\n');
  return lines[lines.length - 1].trim();
}

/** An output as the inline format shows it: what was printed, then the result, then the error. */
export function outputText(r: RunResult): string {
  return [r.stdout.replace(/\n$/, ''), r.result ?? '', r.error ?? ''].filter((s) => s !== '').join('\n');
}

/** An output as the python tool returns it. */
export function toolContent(r: RunResult): string {
  return JSON.stringify({ stdout: r.stdout, result: r.result, error: r.error });
}

const SYSTEM_TOOL =
  'You are a careful assistant with a Python tool. When a question needs arithmetic, counting, dates or equation solving, write a short program and call `python` with it; ' +
  'it runs Python 3 with the standard library only and returns what the program printed (stdout), the value of its last expression (result) and any error. Read the output before you answer, and fix the program if the output shows it is wrong.';
const SYSTEM_INLINE =
  'You are a careful assistant who computes with Python while reasoning. Write code in ```python blocks; each block is run (Python 3, standard library only) and its output follows in an ```output block. ' +
  'Read the output before you go on, and fix the program if the output shows it is wrong.';
const BOXED = ' Give the final answer as \\boxed{...}.';

const FIXES = ['Here is the corrected program.', 'Let me fix that.', 'Trying again with that fixed.'];
const PRINTED = [(s: string) => `The program prints \`${s}\`.`, (s: string) => `The output is \`${s}\`.`, (s: string) => `Python gives \`${s}\`.`];
const VALUED = [(s: string) => `The result is \`${s}\`.`, (s: string) => `Python gives \`${s}\`.`, (s: string) => `The expression evaluates to \`${s}\`.`];

export function systemPrompt(options: Pick<CodeStyleOptions, 'format' | 'boxed'>): string {
  return (options.format === 'tool' ? SYSTEM_TOOL : SYSTEM_INLINE) + (options.boxed ? BOXED : '');
}

/** The final answer line: \boxed{answer}, or "**Answer:** answer unit". */
export function answerLine(problem: Pick<Problem, 'answer' | 'unit'>, boxed: boolean): string {
  if (boxed) return `\\boxed{${problem.answer}}`;
  const unit = problem.unit && problem.unit !== 'dollars' ? ` ${problem.unit}` : '';
  return `**Answer:** ${problem.unit === 'dollars' ? '$' : ''}${problem.answer}${unit}`;
}

/** The record's tools and messages from the problem, the draft and what each program gave. */
export function writeTrajectory(
  problem: Problem,
  draft: Draft,
  results: readonly RunResult[],
  seed: number,
  options: CodeStyleOptions,
): { tools: readonly ToolDefinition[]; messages: Message[] } {
  const rng = new Rng(subSeed(seed, 'code-words'));
  const turns: { text: string; code: string; result: RunResult }[] = [];
  draft.attempts.forEach((a, i) => {
    const before = i === 0 ? draft.approach : `${draft.attempts[i - 1].notice!(shownPart(results[i - 1]))} ${rng.pick(FIXES)}`;
    turns.push({ text: before, code: a.code, result: results[i] });
  });
  const last = results[results.length - 1];
  const closing = `${rng.pick(last.result !== null ? VALUED : PRINTED)(shownPart(last))} ${problem.statement}\n\n${answerLine(problem, options.boxed)}`;
  const head: Message[] = [
    { role: 'system', content: systemPrompt(options) },
    { role: 'user', content: problem.question },
  ];
  if (options.format === 'inline') {
    const body = turns.map((t) => `${t.text}\n\n\`\`\`python\n${t.code}\n\`\`\`\n\`\`\`output\n${outputText(t.result)}\n\`\`\``).join('\n\n');
    return { tools: [], messages: [...head, { role: 'assistant', content: `${body}\n\n${closing}` }] };
  }
  const messages = [...head];
  turns.forEach((t, i) => {
    const call: ToolCall = { id: `call_${i + 1}`, type: 'function', function: { name: 'python', arguments: JSON.stringify({ code: t.code }) } };
    // The thinking before a call is the step's reasoning, as the teacher's rationale is on tool steps: `export --rationale` places it.
    messages.push({ role: 'assistant', content: null, reasoning: t.text, tool_calls: [call] });
    messages.push({ role: 'tool', tool_call_id: call.id, content: toolContent(t.result) });
  });
  messages.push({ role: 'assistant', content: closing });
  return { tools: [PYTHON_TOOL], messages };
}
