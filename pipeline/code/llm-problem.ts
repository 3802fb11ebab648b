/**
 * A code item's problem from the `user` model (LLM backend): the generator draws the problem and
 * computes its answer first; the user model, as the item's persona, asks it in its own words.
 * Every number of the problem must survive character for character (rewrite-check.ts), so the
 * known answer still holds; a rewrite that drops one, or asks something else, is sampled again.
 */
import { normalise } from '../../core/derive/normalise.js';
import type { LlmClient } from '../../llm/index.js';
import { describePersona, personaOf } from '../agents/user/persona-bank.js';
import { USER_SCHEMA } from '../agents/user/prompt.js';
import { rewriteFault } from '../agents/user/rewrite-check.js';

export const PROBLEM_SYSTEM = [
  'You play a person who asks an AI assistant with a Python tool a question that takes some computing, for a dataset of such conversations.',
  'You are told who you are and given the problem. Ask it as this person would, in their voice: you may add why you ask, but keep every number, unit, name and condition exactly as written, character for character.',
  'Do not solve it, do not hint at the answer, do not add or drop facts. Answer with JSON: {"message": "..."}',
].join('\n');

/** The numbers of a problem, normalised as the rewrite check reads them. */
export function problemNumbers(question: string): string[] {
  return [...new Set((question.match(/-?\d[\d,]*(?:\.\d+)?/g) ?? []).map((n) => normalise(n)).filter((n) => n !== ''))];
}

export async function llmProblem(client: LlmClient, question: string, ctx: { readonly itemSeed: number; readonly attempt: number; readonly itemIdx: number }): Promise<string> {
  const persona = describePersona(personaOf(ctx.itemSeed, undefined, 'en', 'en'));
  const keep = problemNumbers(question);
  const answer = await client.complete({
    role: 'user',
    messages: [
      { role: 'system', content: PROBLEM_SYSTEM },
      { role: 'user', content: `You are: ${persona}.\nKeep exactly: ${keep.map((v) => JSON.stringify(v)).join(', ') || '(no numbers)'}\nMessage:\n${question}` },
    ],
    jsonSchema: { name: 'user_message', schema: USER_SCHEMA },
    check: (r) => rewriteFault(question, (r.json as { message: string }).message, keep),
    ...ctx,
  });
  return (answer.json as { message: string }).message;
}
