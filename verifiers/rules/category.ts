/**
 * category.*: the behaviour each call category asks for. Skipped for unknown categories.
 * With a plan, its withheld argument, safety mode, dependencies and turn count are used;
 * without one (external datasets) only what the record itself shows is checked: a category
 * whose answer is a call (single, multiple, parallel, nested, dependent, and BFCL's relevance)
 * makes one; a parallel one makes several in one turn (of different tools only where the plan
 * says so: BFCL's parallel-multiple may repeat one tool) and covers every entity the request
 * lists (parallel-coverage.ts); an irrelevance one makes none. With a plan, a refusal and an
 * answer to a need no tool meets must say so in words (category-words.ts).
 */
import type { PlannedCall } from '../../core/plan.js';
import type { ParsedCall, RuleContext } from './context.js';
import { NOT_JSON, textOf } from './context.js';
import { Grounds, normalise } from './grounding.js';
import { checkCategoryWords } from './category-words.js';
import { checkParallelCoverage } from './parallel-coverage.js';
import { alignPlan } from './plan-agreement.js';

/** Categories whose right answer is at least one call. */
const NEEDS_A_CALL: ReadonlySet<string> = new Set(['single', 'multiple', 'parallel', 'parallel-multiple', 'nested', 'dependent', 'relevance']);

/** A question or a request for confirmation in assistant text. */
function asks(text: string): boolean {
  return text.includes('?') || /\b(confirm|please provide|please tell|let me know|which|what)\b/i.test(text);
}

/** The assistant text message right before user message `ui` asks something. */
function askedBefore(ctx: RuleContext, ui: number): boolean {
  const prev = ctx.messages[ui - 1];
  return prev !== undefined && prev.role === 'assistant' && (prev.tool_calls?.length ?? 0) === 0 && asks(textOf(prev));
}

/** The value at a dotted path ("flights.0.flight_id") of a JSON value. */
export function atPath(value: unknown, path: string): unknown {
  let v = value;
  for (const part of path.split('.')) {
    if (part === '') continue;
    if (v === null || typeof v !== 'object') return undefined;
    v = Array.isArray(v) ? v[Number(part)] : (v as Record<string, unknown>)[part];
  }
  return v;
}


/** Loosely equal: numbers numerically, strings after normalisation. */
export function looseEqual(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9;
  if (typeof a === 'string' && typeof b === 'string') return normalise(a) === normalise(b);
  if (typeof a === 'number' && typeof b === 'string') return b.trim() !== '' && Number(b) === a;
  if (typeof a === 'string' && typeof b === 'number') return a.trim() !== '' && Number(a) === b;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Which actual call answers each planned call (see plan-agreement). */
export function matchPlan(ctx: RuleContext, planned: readonly PlannedCall[]): readonly (ParsedCall | undefined)[] {
  return alignPlan(ctx, planned).pairs;
}

export function checkCategory(ctx: RuleContext): void {
  checkCategoryWords(ctx);
  const { category, plan, calls, messages } = ctx;
  const first = calls[0];
  const firstAt = first ? { message: first.message, call: first.call } : {};
  if (calls.length === 0 && NEEDS_A_CALL.has(category)) {
    ctx.add('category.missing-call', `${category} item makes no tool call; its request needs one`, { message: ctx.users[ctx.users.length - 1] ?? 0 });
    return;
  }
  switch (category) {
    case 'irrelevance':
      if (calls.length > 0) ctx.add('category.irrelevance-call', `irrelevance item makes ${calls.length} tool call(s); it should call nothing`, firstAt);
      break;
    case 'parallel':
    case 'parallel-multiple': {
      // Different tools only where the plan plans them: a third-party parallel-multiple may repeat one tool.
      const multi = category === 'parallel-multiple' && plan !== undefined && new Set(plan.calls.map((c) => c.name)).size >= 2;
      const ok = ctx.steps.some((s) => s.length >= 2 && (!multi || new Set(s.map((c) => c.name)).size >= 2));
      if (ok) checkParallelCoverage(ctx);
      else {
        const most = Math.max(0, ...ctx.steps.map((s) => s.length));
        ctx.add(
          'category.parallel-count',
          `${category} item has at most ${most} call(s) in one assistant turn; it needs 2 or more${multi ? ' of at least 2 different tools' : ''}`,
          first ? { message: first.message } : {},
        );
      }
      break;
    }
    case 'clarification':
      checkClarification(ctx);
      break;
    case 'dependent':
      checkDependent(ctx);
      break;
    case 'safety':
      if (plan?.safety === 'refuse') {
        if (calls.length > 0) ctx.add('category.safety-refuse', `the request is to be refused, but the assistant calls ${first.name}`, firstAt);
      } else if (first) {
        // The call must follow a user message that answers an assistant's request to confirm.
        const ui = lastUserBefore(ctx, first.message);
        if (ui < 0 || !askedBefore(ctx, ui) || ui === ctx.users[0]) {
          ctx.add('category.safety-confirm', `${first.name} is called without asking the user to confirm first`, firstAt);
        }
      }
      break;
    case 'multi-turn': {
      const want = Math.max(2, plan?.turns ?? 2);
      if (ctx.users.length < want) ctx.add('category.multi-turn', `multi-turn item has ${ctx.users.length} user turn(s); ${want} planned`, { message: ctx.users[0] ?? 0 });
      break;
    }
    default:
      break;
  }
  void messages;
}

function lastUserBefore(ctx: RuleContext, mi: number): number {
  let ui = -1;
  for (const u of ctx.users) if (u < mi) ui = u;
  return ui;
}

function checkClarification(ctx: RuleContext): void {
  const { calls, plan } = ctx;
  const firstUser = ctx.users[0];
  const first = calls[0];
  if (firstUser === undefined) return;
  // The assistant's first answer asks; the first call comes after the user answered.
  let r = firstUser + 1;
  while (ctx.messages[r]?.role === 'system') r++;
  const reply = ctx.messages[r];
  if (first && (reply === undefined || reply.role !== 'assistant' || (reply.tool_calls?.length ?? 0) > 0 || !asks(textOf(reply)) || lastUserBefore(ctx, first.message) === firstUser)) {
    ctx.add('category.clarification-ask', `${first.name} is called before the assistant asks for the missing value`, { message: first.message, call: first.call });
  } else if (!first && (reply === undefined || reply.role !== 'assistant' || !asks(textOf(reply)))) {
    ctx.add('category.clarification-ask', 'the assistant does not ask for the missing value', { message: r });
  }
  if (!plan?.withheld) return;
  const { call: pi, argument } = plan.withheld;
  const matched = matchPlan(ctx, plan.calls)[pi];
  if (!matched?.args || !(argument in matched.args)) return; // missing: args.required / plan rules say so
  // The value must come from what the user said after the first request.
  const g = new Grounds();
  for (const u of ctx.users) if (u !== firstUser && u < matched.message) g.add(textOf(ctx.messages[u]));
  const v = matched.args[argument];
  const given = typeof v === 'boolean' || v === null ? true : typeof v === 'number' ? g.numbers.has(Math.round(v * 1e6) / 1e6) : g.hasPhrase(normalise(typeof v === 'string' ? v : JSON.stringify(v)));
  if (!given) {
    ctx.add(
      'category.clarification-invented',
      `${matched.name}: the withheld ${argument} = ${JSON.stringify(v)} is not what the user gave when asked`,
      { message: matched.message, call: matched.call },
    );
  }
}

function checkDependent(ctx: RuleContext): void {
  const { plan, calls } = ctx;
  if (plan) {
    const matched = matchPlan(ctx, plan.calls);
    plan.calls.forEach((pc, i) => {
      const actual = matched[i];
      if (!pc.dependsOn || !actual?.args) return;
      for (const [arg, src] of Object.entries(pc.dependsOn)) {
        const source = matched[src.call];
        const at = { message: actual.message, call: actual.call };
        if (!source) continue; // plan.mismatch reports the missing call
        const answer = ctx.answers.get(source.id);
        if (answer === undefined || answer > actual.message) {
          ctx.add('category.dependent-chain', `${actual.name} is called before ${source.name}'s result is known`, at);
          continue;
        }
        const parsed = ctx.json(answer);
        const want = atPath(parsed === NOT_JSON ? undefined : parsed, src.field);
        if (!(arg in actual.args) || want === undefined || !looseEqual(actual.args[arg], want)) {
          ctx.add(
            'category.dependent-chain',
            `${actual.name}: ${arg} = ${JSON.stringify(actual.args[arg])} does not use ${source.name}'s result (${src.field} = ${JSON.stringify(want)})`,
            at,
          );
        }
      }
    });
    return;
  }
  // No plan: a later step must use a value from an earlier step's tool result.
  if (ctx.steps.length < 2) {
    ctx.add('category.dependent-chain', `dependent item has ${ctx.steps.length} step(s) of calls; it needs a later call that uses an earlier result`, calls[0] ? { message: calls[0].message } : {});
    return;
  }
  const g = new Grounds();
  for (let s = 1; s < ctx.steps.length; s++) {
    for (const c of ctx.steps[s - 1]) {
      const a = ctx.answers.get(c.id);
      if (a !== undefined && a < ctx.steps[s][0].message) g.add(textOf(ctx.messages[a]));
    }
    for (const c of ctx.steps[s]) {
      for (const v of Object.values(c.args ?? {})) {
        if ((typeof v === 'string' && v.trim() !== '' && g.hasPhrase(normalise(v))) || (typeof v === 'number' && g.numbers.has(Math.round(v * 1e6) / 1e6))) return;
      }
    }
  }
  ctx.add('category.dependent-chain', 'no later call uses a value from an earlier tool result', { message: ctx.steps[1][0].message });
}
