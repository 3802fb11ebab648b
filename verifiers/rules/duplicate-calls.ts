/**
 * calls.duplicate: the same call (tool and arguments, in any key order) made twice where the
 * request does not ask for it again. Two such calls in one assistant turn, or one repeated in a
 * later turn with no user message between and no failure to retry, do the same work twice: a
 * model trained on it learns to repeat itself. A request that asks for repeats ("draw a card
 * three times", "four random numbers") allows them, unless an argument takes the count ("roll
 * a die twice" with `number_of_rolls: 2` is one call).
 */
import { canonicalJson } from '../../core/canonical-json.js';
import type { ParsedCall, RuleContext } from './context.js';
import { textOf } from './context.js';

/** A request for a number of repeats: "twice", "three times", "four random numbers", "roll two dice". */
const ASKS_AGAIN =
  /\b(?:(twice)|(thrice)|once more|repeat(?:ed|edly)?|(\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|a few|a couple of)\s+(?:\S+\s+){0,2}?(?:times|rolls?|draws?|samples?|random|dice|coins?|copies|tosses|flips|tries|attempts))\b/gi;
const COUNTS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, several: 3, multiple: 2, 'a few': 3, 'a couple of': 2 };
/** A tool result that reports a failure: calling again is a retry. */
const FAILED = /"(?:error|errors)"\s*:|"status"\s*:\s*"(?:error|failed|failure)"|\b(?:error|failed|timed? ?out|unavailable)\b/i;

/**
 * Whether the user messages before the call ask for it more than once: a count of repeats that
 * no argument of the call takes ("roll a die twice" with `number_of_rolls: 2` asks one call).
 */
function asksAgain(ctx: RuleContext, c: ParsedCall): boolean {
  const taken = new Set(Object.values(c.args ?? {}).filter((v): v is number => typeof v === 'number'));
  for (const u of ctx.users) {
    if (u > c.message) break;
    const text = textOf(ctx.messages[u]);
    ASKS_AGAIN.lastIndex = 0;
    for (let m = ASKS_AGAIN.exec(text); m !== null; m = ASKS_AGAIN.exec(text)) {
      const n = m[1] ? 2 : m[2] ? 3 : m[3] ? (COUNTS[m[3].toLowerCase()] ?? Number(m[3])) : 2;
      if (n >= 2 && !taken.has(n)) return true;
    }
  }
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
    asked ??= asksAgain(ctx, c);
    if (asked) return;
    ctx.add('calls.duplicate', `${c.name} is called again with the same arguments (${c.raw.length > 80 ? `${c.raw.slice(0, 77)}...` : c.raw}) and the request does not ask for it twice`, {
      message: c.message,
      call: c.call,
    });
  }
}
