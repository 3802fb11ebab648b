/**
 * calls.duplicate: the same call (tool and arguments, in any key order) made twice where the
 * request does not ask for it again. Two such calls in one assistant turn, or one repeated in a
 * later turn with no user message between and no failure to retry, do the same work twice: a
 * model trained on it learns to repeat itself. A request that asks for repeats ("roll the die
 * twice", "four random numbers", "check again") allows them.
 */
import { canonicalJson } from '../../core/canonical-json.js';
import type { ParsedCall, RuleContext } from './context.js';
import { textOf } from './context.js';

const ASKS_AGAIN =
  /\b(?:twice|thrice|again|once more|repeat(?:ed|edly)?|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|a few|a couple of)\s+(?:\S+\s+){0,2}?(?:times|rolls?|draws?|samples?|random|dice|coins?|copies|tosses|flips|tries|attempts|numbers?))\b/i;
/** A tool result that reports a failure: calling again is a retry. */
const FAILED = /"(?:error|errors)"\s*:|"status"\s*:\s*"(?:error|failed|failure)"|\b(?:error|failed|timed? ?out|unavailable)\b/i;

/** Whether the user messages before message `mi` ask for something to be done more than once. */
function asksAgain(ctx: RuleContext, mi: number): boolean {
  for (const u of ctx.users) if (u < mi && ASKS_AGAIN.test(textOf(ctx.messages[u]))) return true;
  return false;
}

function keyOf(c: ParsedCall): string | undefined {
  return c.args === undefined ? undefined : `${c.name}\u0000${canonicalJson(c.args)}`;
}

export function checkDuplicateCalls(ctx: RuleContext): void {
  if (ctx.calls.length < 2) return;
  /** Calls by key, with the last user message index before them. */
  const seen = new Map<string, ParsedCall>();
  let asked: boolean | undefined;
  for (const c of ctx.calls) {
    const key = keyOf(c);
    if (key === undefined) continue;
    const first = seen.get(key);
    seen.set(key, c);
    if (!first) continue;
    if (first.step !== c.step) {
      // A later turn: a new user message, or a failed first try, makes it a call of its own.
      if (ctx.users.some((u) => u > first.message && u < c.message)) continue;
      const answer = ctx.answers.get(first.id);
      if (answer !== undefined && FAILED.test(textOf(ctx.messages[answer]))) continue;
    }
    asked ??= asksAgain(ctx, c.message);
    if (asked) return;
    ctx.add('calls.duplicate', `${c.name} is called again with the same arguments (${c.raw.length > 80 ? `${c.raw.slice(0, 77)}...` : c.raw}) and the request does not ask for it twice`, {
      message: c.message,
      call: c.call,
    });
  }
}
