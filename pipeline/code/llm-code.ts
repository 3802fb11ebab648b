/**
 * The assistant model on a code item (LLM backend): it is given the question and the python
 * tool, and each program it writes runs in the sandbox, its result going back as the tool
 * message, until it answers in text (or runs out of steps). Nothing of the known answer is shown
 * to it; the verifier compares its final answer with the known one afterwards.
 */
import type { Message, ToolCall } from '../../core/record.js';
import type { LlmClient } from '../../llm/index.js';
import type { RunResult } from './sandbox.js';
import { PYTHON_TOOL, systemPrompt, toolContent } from './trajectory.js';

/** Programs the model may run before it must answer: a first try, fixes, a check. */
export const MAX_CODE_STEPS = 6;

export interface LlmCodeResult {
  readonly messages: Message[];
  /** What each program run was, for the plan: "ok", or "error" for a failed run the model went on from. */
  readonly runs: ('ok' | 'error')[];
}

export async function llmCodeTrajectory(
  client: LlmClient,
  question: string,
  run: (code: string) => Promise<RunResult>,
  ctx: { readonly itemSeed: number; readonly attempt: number; readonly itemIdx: number; readonly boxed: boolean },
): Promise<LlmCodeResult> {
  const messages: Message[] = [
    { role: 'system', content: systemPrompt({ format: 'tool', boxed: ctx.boxed }) },
    { role: 'user', content: question },
  ];
  const failed: boolean[] = [];
  for (let step = 0; step <= MAX_CODE_STEPS; step++) {
    const last = step === MAX_CODE_STEPS;
    const answer = await client.complete({
      role: 'assistant',
      messages,
      // The last step offers no tool: the model has to answer with what it has.
      ...(last ? {} : { tools: [PYTHON_TOOL] }),
      itemSeed: ctx.itemSeed,
      attempt: ctx.attempt,
      itemIdx: ctx.itemIdx,
    });
    const calls = answer.toolCalls ?? [];
    if (calls.length === 0) {
      messages.push({ role: 'assistant', content: answer.text ?? '' });
      break;
    }
    const toolCalls: ToolCall[] = calls.map((c) => ({ id: c.id, type: 'function', function: { name: c.name, arguments: JSON.stringify(c.arguments) } }));
    messages.push({ role: 'assistant', content: answer.text || null, tool_calls: toolCalls });
    for (const c of calls) {
      const code = typeof c.arguments.code === 'string' ? c.arguments.code : '';
      const result = c.name === 'python' && code !== '' ? await run(code) : { stdout: '', result: null, error: `ToolError: no program: call python with {"code": "..."}` };
      failed.push(result.error !== null);
      messages.push({ role: 'tool', tool_call_id: c.id, content: toolContent(result) });
    }
  }
  // A failed run the model went on from (a later program) was handled; the verifier checks the rest.
  const runs = failed.map((f, i) => (f && i < failed.length - 1 ? 'error' : 'ok') as 'ok' | 'error');
  return { messages, runs };
}
