/**
 * The LLM user agent's context (issue 15, item 5): each turn's goal from the plan, the persona
 * bank, the prompt the user model reads (persona, world, the dialogue so far, the goal, the
 * draft), and the checks a written turn must pass.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_TOOLS } from '../../api-pool/builtin-tools.js';
import { makePool } from '../../api-pool/types.js';
import { FIXED_WORLD, type ItemPlan } from '../../core/plan.js';
import type { Message } from '../../core/record.js';
import { itemSeed } from '../../core/rng.js';
import { heldOutTools, planItem, simulateOffline } from '../../pipeline/generate.js';
import { goalFault, replyExpected, userGoals, type TurnGoal } from '../../pipeline/agents/user/goals.js';
import { describePersona, personaBankSize, personaOf } from '../../pipeline/agents/user/persona-bank.js';
import { dialogueForUser, userPrompt, USER_SYSTEM } from '../../pipeline/agents/user/prompt.js';
import { rewriteFault } from '../../pipeline/agents/user/rewrite-check.js';

const pool = makePool(BUILTIN_TOOLS);
const heldOut = heldOutTools(pool, 0.1, 1);

/** The first item of `category` from seed 1 on, with its offline user turns. */
function itemOf(category: ItemPlan['category'], from = 0): { plan: ItemPlan; drafts: string[] } {
  for (let idx = from; idx < from + 400; idx++) {
    const plan = planItem(idx, itemSeed(1, idx), category, pool, { split: 'train', heldOut, distractors: 3 });
    const rec = simulateOffline(plan, pool, { id: 'x', split: 'train', noiseRate: 0 });
    if (rec.meta.plan?.language) continue; // English drafts: the assertions read English words
    const drafts = rec.messages.filter((m) => m.role === 'user').map((m) => (m as { content: string }).content);
    return { plan, drafts };
  }
  throw new Error(`no English ${category} item`);
}

describe('the goal of each user turn', () => {
  it('a clarification withholds the value in its request and gives it in its answer', () => {
    const { plan, drafts } = itemOf('clarification');
    const goals = userGoals(plan, drafts);
    expect(goals.map((g) => g.kind)).toEqual(['request', 'give-missing']);
    const w = plan.withheld!;
    const value = String(plan.calls[w.call].arguments[w.argument]);
    expect(goals[0].withhold).toEqual({ argument: w.argument, value });
    expect(goals[1].missing).toEqual({ argument: w.argument, value });
    // Saying the withheld value in the first request misses the goal; leaving it out does not.
    expect(goalFault(goals[0], `${drafts[0]} ${value}`)).toMatch(/assistant is to ask for/);
    expect(goalFault(goals[0], drafts[0])).toBeUndefined();
  });

  it('a confirmation must say yes when it was asked for, and a multi-turn dialogue goes on with follow-ups', () => {
    let confirm: TurnGoal[] | undefined;
    for (let from = 0; !confirm && from < 4000; from += 400) {
      const { plan, drafts } = itemOf('safety', from);
      if (plan.safety === 'confirm') confirm = userGoals(plan, drafts);
    }
    expect(confirm!.map((g) => g.kind)).toEqual(['request', 'confirm']);
    expect(goalFault(confirm![1], 'Yes, go ahead.')).toBeUndefined();
    expect(goalFault(confirm![1], 'Hmm, I am not sure, what would that do?')).toMatch(/clear yes/);
    expect(goalFault(confirm![1], 'No, wait.')).toMatch(/clear yes/);
    // After a reply that did not ask, the turn reacts instead: no yes is demanded.
    expect(goalFault(confirm![1], 'That is not what I asked.', false)).toBeUndefined();

    const multi = itemOf('multi-turn');
    const goals = userGoals(multi.plan, multi.drafts);
    expect(goals.length).toBeGreaterThanOrEqual(2);
    expect(goals.slice(1).every((g) => g.kind === 'follow-up')).toBe(true);
  });

  it('keeps every value the draft states and the words that imply one', () => {
    let implied: TurnGoal | undefined;
    for (let idx = 0; !implied && idx < 400; idx++) {
      const { plan, drafts } = itemOf('single', idx);
      implied = userGoals(plan, drafts).find((g) => g.implied.length > 0);
    }
    expect(implied).toBeDefined();
    for (const i of implied!.implied) expect(implied!.draft.toLowerCase()).toContain(i.said.toLowerCase());
    expect(implied!.keep.length).toBeGreaterThan(0);
    // A turn that drops a kept value is written again.
    expect(rewriteFault(implied!.draft, 'Can you help me with something?', implied!.keep)).toMatch(/drops/);
  });

  it('reads whether the assistant asked what the plan expects before the turn', () => {
    const confirm: TurnGoal = { turn: 1, kind: 'confirm', draft: 'Yes, go ahead.', keep: [], implied: [] };
    expect(replyExpected(confirm, 'This deletes the file for good. Shall I go ahead?')).toBe(true);
    expect(replyExpected(confirm, 'Done, the file is deleted.')).toBe(false);
    const missing: TurnGoal = { turn: 1, kind: 'give-missing', draft: 'For 3 guests.', keep: [], implied: [], missing: { argument: 'guest_count', value: '3' } };
    expect(replyExpected(missing, 'How many guests should I book for?')).toBe(true);
    expect(replyExpected(missing, 'Here are the hotels I found.')).toBe(false);
    const follow: TurnGoal = { turn: 1, kind: 'follow-up', draft: 'And in Oslo?', keep: [], implied: [] };
    expect(replyExpected(follow, 'It is sunny in Lyon.')).toBe(true);
  });
});

describe('the persona bank', () => {
  it('holds thousands of distinct people, and 2,000 items draw hundreds of them', () => {
    expect(personaBankSize()).toBeGreaterThan(100_000);
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) seen.add(describePersona(personaOf(itemSeed(7, i), 'travel', 'en', 'en')));
    expect(seen.size).toBeGreaterThan(1500);
  });

  it('draws people of the request domain most of the time, in the language they write', () => {
    const sre = ['site reliability engineer', 'backend developer', 'platform engineer', 'on-call SRE', 'CTO of a startup', 'DevOps consultant'];
    const draws = Array.from({ length: 600 }, (_, i) => personaOf(itemSeed(3, i), 'devops', 'en', 'en'));
    const own = draws.filter((p) => sre.includes(p.occupation)).length / draws.length;
    expect(own).toBeGreaterThan(0.55);
    expect(own).toBeLessThan(0.8);
    expect(describePersona(personaOf(1, 'food', 'es', 'es'))).toMatch(/writes in Spanish/);
    expect(describePersona(personaOf(1, 'food', 'en', 'de'))).toMatch(/writes in English; first language German/);
    // The same seed, the same person.
    expect(personaOf(99, 'maps', 'en', 'en')).toEqual(personaOf(99, 'maps', 'en', 'en'));
  });
});

describe('the user model prompt', () => {
  const goal: TurnGoal = {
    turn: 1,
    kind: 'give-missing',
    draft: 'Oh, for 3 guests.',
    keep: ['3'],
    implied: [],
    missing: { argument: 'guest_count', value: '3' },
  };
  const dialogue: Message[] = [
    { role: 'system', content: 'You are a helpful assistant. Today is 2025-06-02.' },
    { role: 'user', content: 'Find me a hotel in Lyon for next Friday.' },
    { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'x', arguments: '{}' } }] },
    { role: 'tool', tool_call_id: 'c1', content: '{"secret_internal":"never shown"}' },
    { role: 'assistant', content: 'How many guests will there be?' },
  ];

  it('shows the persona, the world, the dialogue as the user saw it, the goal and the draft last', () => {
    const p = userPrompt(goal, 'a 31-year-old nurse', FIXED_WORLD, dialogue);
    expect(p).toContain('You are: a 31-year-old nurse.');
    expect(p).toContain('Today is 2025-06-02; you are in Lyon, France.');
    expect(p).toContain('you: Find me a hotel in Lyon for next Friday.');
    expect(p).toContain('assistant: How many guests will there be?');
    // The user never sees tool calls, results or the system prompt.
    expect(p).not.toContain('secret_internal');
    expect(p).not.toContain('helpful assistant');
    expect(p).toMatch(/give your guest count/);
    expect(p).toContain('Keep exactly: "3"');
    expect(p.endsWith('Message:\nOh, for 3 guests.')).toBe(true);
    expect(dialogueForUser([])).toMatch(/you write first/);
  });

  it('tells the user to react when the assistant did not ask what the plan expects', () => {
    const p = userPrompt(goal, 'a nurse', FIXED_WORLD, dialogue.slice(0, 4), false);
    expect(p).toMatch(/not what you expected: react to it/);
    expect(userPrompt({ ...goal, kind: 'request', turn: 0, missing: undefined, withhold: { argument: 'guest_count', value: '3' } }, 'a nurse', FIXED_WORLD, [])).toMatch(/Do not say your guest count yet/);
    expect(USER_SYSTEM).toMatch(/never replace such words by the value/);
  });
});

describe('the checks on a written turn', () => {
  it('hold a request to its draft, but not a short answer: "Sure, please proceed" confirms "Confirmed."', async () => {
    const { start } = await import('../../scripts/lib/openai-stub-server.js');
    const { LlmClient } = await import('../../llm/index.js');
    const { llmUserTurn } = await import('../../pipeline/agents/user/llm.js');
    const answers = ['Sure, please proceed.'];
    const stub = await start({ script: () => ({ content: JSON.stringify({ message: answers.shift() ?? 'Yes.' }) }) });
    const client = new LlmClient({
      endpoints: [{ name: 'stub', baseURL: stub.url, apiKeyEnv: 'STUB_KEY', maxRetries: 0 }],
      roles: { user: { endpoint: 'stub', model: 'stub-user' } },
      env: { STUB_KEY: 'sk-test' },
      cache: false,
    });
    try {
      const confirm: TurnGoal = { turn: 1, kind: 'confirm', draft: 'Confirmed.', keep: [], implied: [] };
      const dialogue: Message[] = [{ role: 'user', content: 'Delete my file notes.txt.' }, { role: 'assistant', content: 'This deletes notes.txt for good. Shall I go ahead?' }];
      const said = await llmUserTurn(client, confirm, { persona: 'a nurse', world: FIXED_WORLD }, dialogue, { itemSeed: 1, attempt: 1, itemIdx: 0 });
      expect(said).toBe('Sure, please proceed.');
      expect(stub.requestCount()).toBe(1);
    } finally {
      client.close();
      await stub.close();
    }
  });
});
