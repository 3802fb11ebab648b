/**
 * The offline assistant's words: what it says when it does not call a tool (asks for a
 * withheld value, asks to confirm a destructive call, refuses, answers out of scope, declines),
 * and the answer that closes a turn from the tool results.
 */
import type { ApiSpec, ToolPool } from '../../../api-pool/types.js';
import type { ItemPlan } from '../../../core/plan.js';
import type { Message } from '../../../core/record.js';
import { ASK_CONFIRM, ASK_MISSING, DECLINE, FINAL, FINAL_MANY, REFUSE } from '../templates.js';
import { humanize, listOf, say, textOf, type Pick } from '../text.js';
import { apiOf, type UserTurns } from '../user/offline.js';
import type { Call } from './mistakes.js';

/** The assistant's reply in a turn where it calls no tool. */
export function textReply(plan: ItemPlan, pool: ToolPool, shown: readonly ApiSpec[], user: UserTurns, turn: number, pick: Pick): string {
  if (plan.category === 'clarification' && plan.withheld && turn === 0) {
    const api = apiOf(pool, plan.calls[plan.withheld.call].name);
    return pick(ASK_MISSING)(humanize(plan.withheld.argument), textOf(api).short);
  }
  if (plan.safety === 'confirm' && turn === 0) {
    const c = plan.calls[0];
    const api = apiOf(pool, c.name);
    const details = Object.keys(c.arguments)
      .slice(0, 4)
      .map((k) => `${humanize(k)} ${say(c.arguments[k])}`)
      .join(', ');
    return pick(ASK_CONFIRM)(textOf(api).short, details || 'the details you gave');
  }
  if (plan.safety === 'refuse') {
    const can = listOf(shown.slice(0, 3).map((t) => textOf(t).short));
    return pick(REFUSE)(can);
  }
  if (plan.category === 'irrelevance' && user.answer !== undefined) return user.answer;
  const can = listOf(shown.map((t) => textOf(t).short));
  const ask = user.hidden ? textOf(user.hidden.api).short : 'do that';
  return pick(DECLINE)({ ask, can });
}

/**
 * The answer that closes a turn: one call's facts (or its error), or a line per call. A later
 * turn never repeats an earlier answer word for word (two empty searches).
 */
export function turnAnswer(turnCalls: readonly Call[], lines: readonly string[], errorLine: string | undefined, messages: readonly Message[], pick: Pick): string {
  const write = (): string => (turnCalls.length === 1 ? (errorLine ?? pick(FINAL)(lines[0], turnCalls[0].name)) : pick(FINAL_MANY)(lines));
  let content = write();
  const said = (t: string): boolean => messages.some((m) => m.role === 'assistant' && m.content === t);
  for (let tries = 0; tries < 3 && said(content); tries++) content = write();
  if (said(content)) content = `This time too: ${content}`;
  return content;
}

/** What tells a call apart from its siblings: the value of the first argument that differs. */
export function heading(c: Call, calls: readonly Call[]): string {
  if (calls.some((o) => o !== c && o.name !== c.name)) {
    const same = calls.filter((o) => o.name === c.name);
    const short = c.api ? textOf(c.api).short : c.name;
    return same.length > 1 ? `${short} (${headingByArgs(c, same)})` : short;
  }
  return headingByArgs(c, calls);
}

function headingByArgs(c: Call, calls: readonly Call[]): string {
  for (const k in c.args) {
    const v = c.args[k];
    if (calls.some((o) => o !== c && JSON.stringify(o.args[k]) !== JSON.stringify(v))) return `for ${say(v)}`;
  }
  return `${c.name} call ${calls.indexOf(c) + 1}`;
}
