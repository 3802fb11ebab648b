/**
 * Verification of a code item by its execution: the programs and their real outputs are in the
 * record (python calls and results, or ```python / ```output blocks), the known answer in
 * `meta.plan.code`. A record is accepted only if every program ran cleanly except a first
 * attempt planned to go wrong (and then fixed), a planned wrong attempt really is wrong, every
 * output the assistant quotes is in the output it follows, the last output shows the known
 * answer, and the final answer equals it.
 */
import type { CanonicalRecord, Check, CodeTruth, Message, Verdict } from '../../core/record.js';
import { outputShows, sameAnswer } from './answer-match.js';

export const CODE_RULE_INFO = {
  'code.structure': 'a code trajectory out of shape: no question, a call that is not python with a code string, a result that is not {stdout, result, error}, a python block without its output block, no final text',
  'code.runs': 'the number of programs run differs from the plan',
  'code.ran': 'a program stopped with an error it was not planned to make, a planned failure that did not fail, or a failed attempt that nothing fixes',
  'code.mistake-exposed': 'a first attempt planned to be wrong already gives the known answer, so the text calling it wrong is false',
  'code.output-claim': 'the assistant quotes an output (`...`) that is not in the output it follows',
  'code.unsupported': 'the last program\'s output does not show the answer given',
  'code.answer': 'no final answer, or one that differs from the known answer (numbers within tolerance, fractions, units)',
} as const;
export type CodeRuleId = keyof typeof CODE_RULE_INFO;

/** One program and what came of it, read from the record. */
export interface CodeRun {
  readonly code: string;
  /** The output as shown: printed text, result, error. */
  readonly output: string;
  readonly failed: boolean;
  /** The assistant's text after the output (up to the next program or the end). */
  readonly after: string;
  /** Index of the message the program is in. */
  readonly message: number;
}

const ERROR_LINE = /(^|\n)[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt)(:[^\n]*)?$/;

/** The programs of a record, with their outputs and the text that follows each; or the problem with its shape. */
export function codeRuns(record: CanonicalRecord): { runs: CodeRun[]; final: string; problem?: string } {
  const msgs = record.messages;
  const assistants = msgs.filter((m) => m.role === 'assistant');
  if (!msgs.some((m) => m.role === 'user')) return { runs: [], final: '', problem: 'no user question' };
  const calls = assistants.some((m) => (m.tool_calls?.length ?? 0) > 0);
  return calls ? toolRuns(msgs) : inlineRuns(msgs);
}

function toolRuns(msgs: readonly Message[]): { runs: CodeRun[]; final: string; problem?: string } {
  const runs: { code: string; output: string; failed: boolean; message: number }[] = [];
  const afters: string[] = [];
  let final = '';
  for (let i = 0; i < msgs.length; i++) {
    const m = msgs[i];
    if (m.role !== 'assistant') continue;
    if (runs.length > 0) afters[runs.length - 1] = [m.reasoning ?? '', m.content ?? ''].filter((s) => s !== '').join('\n');
    if (!m.tool_calls || m.tool_calls.length === 0) {
      final = m.content ?? '';
      continue;
    }
    for (const call of m.tool_calls) {
      if (call.function.name !== 'python') return { runs: [], final: '', problem: `message ${i} calls ${JSON.stringify(call.function.name)}, not python` };
      let code: unknown;
      try {
        code = (JSON.parse(call.function.arguments) as { code?: unknown }).code;
      } catch {
        code = undefined;
      }
      if (typeof code !== 'string') return { runs: [], final: '', problem: `message ${i}: the python call has no code string` };
      const answer = msgs.find((t): t is Extract<Message, { role: 'tool' }> => t.role === 'tool' && t.tool_call_id === call.id);
      if (!answer) return { runs: [], final: '', problem: `message ${i}: the python call ${call.id} has no result` };
      let out: { stdout?: unknown; result?: unknown; error?: unknown };
      try {
        out = JSON.parse(answer.content) as typeof out;
      } catch {
        return { runs: [], final: '', problem: `the result of ${call.id} is not JSON` };
      }
      if (typeof out.stdout !== 'string' || !(out.result === null || typeof out.result === 'string') || !(out.error === null || typeof out.error === 'string')) {
        return { runs: [], final: '', problem: `the result of ${call.id} is not {stdout, result, error}` };
      }
      const output = [out.stdout.replace(/\n$/, ''), out.result ?? '', out.error ?? ''].filter((s) => s !== '').join('\n');
      runs.push({ code, output, failed: out.error !== null, message: i });
    }
  }
  if (msgs[msgs.length - 1].role !== 'assistant' || final === '') return { runs: [], final: '', problem: 'the trajectory does not end with an assistant text' };
  return { runs: runs.map((r, k) => ({ ...r, after: afters[k] ?? '' })), final };
}

const BLOCK = /```python\n([\s\S]*?)\n```\n```output\n([\s\S]*?)\n?```/g;

function inlineRuns(msgs: readonly Message[]): { runs: CodeRun[]; final: string; problem?: string } {
  const last = msgs[msgs.length - 1];
  if (last.role !== 'assistant' || !last.content) return { runs: [], final: '', problem: 'the trajectory does not end with an assistant text' };
  const text = last.content;
  const runs: CodeRun[] = [];
  let end = 0;
  const found = [...text.matchAll(BLOCK)];
  const pythonBlocks = (text.match(/```python\n/g) ?? []).length;
  if (found.length !== pythonBlocks) return { runs: [], final: '', problem: 'a ```python block without its ```output block' };
  found.forEach((m, k) => {
    const next = k + 1 < found.length ? found[k + 1].index! : text.length;
    const after = text.slice(m.index! + m[0].length, next);
    runs.push({ code: m[1], output: m[2], failed: ERROR_LINE.test(m[2]), after, message: msgs.length - 1 });
    end = m.index! + m[0].length;
  });
  return { runs, final: text.slice(end) };
}

/** The final answer as stated: the last \boxed{...} (braces balanced), or the "Answer:" line. */
export function statedAnswer(final: string): string | undefined {
  const at = final.lastIndexOf('\\boxed{');
  if (at >= 0) {
    let depth = 0;
    for (let i = at + 7; i < final.length; i++) {
      if (final[i] === '{') depth++;
      else if (final[i] === '}') {
        if (depth === 0) return final.slice(at + 7, i).trim();
        depth--;
      }
    }
    return undefined;
  }
  const line = /\*{0,2}Answer:?\*{0,2}:?\s*(.+)\s*$/i.exec(final);
  return line ? line[1].trim() : undefined;
}

/**
 * Is this a code trajectory? Its category says so; a row of unknown category (read from an
 * export, which keeps no meta) is one when its only tool is python with a code string, or when it
 * has no tools and its assistant writes ```python blocks followed by ```output.
 */
export function isCodeRecord(record: CanonicalRecord): boolean {
  const category = record.meta?.category;
  if (category === 'code') return true;
  if (category !== undefined && category !== 'unknown') return false;
  const tools = record.tools ?? [];
  if (tools.length === 1) {
    const f = tools[0].function;
    const props = (f.parameters as { properties?: Record<string, { type?: unknown }> } | undefined)?.properties;
    return f.name === 'python' && props?.code?.type === 'string' && Object.keys(props).length === 1;
  }
  return tools.length === 0 && record.messages.some((m) => m.role === 'assistant' && /```python\n[\s\S]*?```\n```output\n/.test(m.content ?? ''));
}

export function verifyCodeRecord(record: CanonicalRecord): Verdict {
  const checks: Check[] = [];
  const add = (rule: CodeRuleId, message: string, at?: { message?: number }): void => {
    checks.push({ rule, message, layer: 'rules', ...(at ? { at } : {}) });
  };
  const truth: CodeTruth | undefined = record.meta?.plan?.code;
  const { runs, final, problem } = codeRuns(record);
  if (problem !== undefined) {
    add('code.structure', problem);
    return { accepted: false, checks };
  }
  if (runs.length === 0) add('code.structure', 'no program was run');
  // Without the plan (a row read from an export), a failed run that a later one follows counts as handled.
  const planned = truth?.runs ?? runs.map((r, i) => (r.failed && i < runs.length - 1 ? ('error' as const) : ('ok' as const)));
  if (truth && planned.length !== runs.length) add('code.runs', `${runs.length} programs ran where the plan has ${planned.length}`);
  runs.forEach((run, i) => {
    const plan = planned[i] ?? 'ok';
    const at = { message: run.message };
    if (plan === 'ok' && run.failed) add('code.ran', `program ${i + 1} stopped with an error: ${run.output.split('\n').pop()}`, at);
    if (plan === 'error' && !run.failed) add('code.ran', `program ${i + 1} was planned to fail and did not`, at);
    if (plan !== 'ok' && i === runs.length - 1) add('code.ran', `program ${i + 1} went wrong and no program after it fixes it`, at);
    if (plan === 'wrong' && truth && outputShows(run.output, truth.answer, truth.tolerance, false)) {
      add('code.mistake-exposed', `program ${i + 1} is called wrong, but its output already shows the answer ${truth.answer}`, at);
    }
    const near = `${runs[i]?.code ?? ''}\n${runs[i + 1]?.code ?? ''}`;
    for (const m of run.after.matchAll(/`([^`\n]+)`/g)) {
      const span = m[1];
      if (near.includes(span)) continue; // code quoted from the program, not a claim about its output
      if (!run.output.includes(span)) add('code.output-claim', `the text after program ${i + 1} quotes \`${span}\`, which its output does not show`, at);
    }
  });
  const stated = statedAnswer(final);
  if (stated === undefined && truth) add('code.answer', truth.boxed ? 'no \\boxed{} final answer' : 'no final answer');
  else if (stated !== undefined && truth && !sameAnswer(stated, truth.answer, truth.tolerance, truth.unit)) add('code.answer', `the final answer ${JSON.stringify(stated)} is not the known answer ${JSON.stringify(truth.answer)}`);
  if (truth && runs.length > 0 && !outputShows(runs[runs.length - 1].output, truth.answer, truth.tolerance)) {
    add('code.unsupported', `the last output does not show the answer ${truth.answer}`);
  }
  return { accepted: checks.length === 0, checks };
}
