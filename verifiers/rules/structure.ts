/**
 * structure.*: a valid role order (system first, a user before any assistant or tool, no two
 * user turns in a row, a tool message only right after the assistant call it answers or
 * another tool message, the assistant speaks after tool results), call ids present and
 * unique, every call answered exactly once by a tool message of its own step, and a final
 * assistant text answer.
 */
import type { RuleContext } from './context.js';

export function checkStructure(ctx: RuleContext): void {
  const { messages } = ctx;
  const seenIds = new Set<string>();
  /** Ids of the calls of the step the current run of tool messages answers. */
  let stepIds: Set<string> | undefined;
  const answered = new Set<string>();
  let sawUser = false;
  for (let mi = 0; mi < messages.length; mi++) {
    const m = messages[mi];
    const prev = mi > 0 ? messages[mi - 1] : undefined;
    const at = { message: mi };
    if (m.role === 'system') {
      if (mi !== 0) ctx.add('structure.role-order', 'system message is not the first message', at);
    } else if (m.role === 'user') {
      if (prev?.role === 'user') ctx.add('structure.role-order', 'two user messages in a row without an assistant reply', at);
      else if (prev?.role === 'tool') ctx.add('structure.role-order', 'user message right after tool results: the assistant has not answered them', at);
      sawUser = true;
    } else if (m.role === 'assistant') {
      if (!sawUser) ctx.add('structure.role-order', 'assistant message before any user message', at);
      if (m.tool_calls && m.tool_calls.length > 0) {
        stepIds = new Set();
        for (let ci = 0; ci < m.tool_calls.length; ci++) {
          const id = m.tool_calls[ci]?.id;
          if (typeof id !== 'string' || id === '') ctx.add('structure.call-id', 'tool call without an id', { message: mi, call: ci });
          else if (seenIds.has(id)) ctx.add('structure.call-id', `call id ${JSON.stringify(id)} is used twice`, { message: mi, call: ci });
          else {
            seenIds.add(id);
            stepIds.add(id);
          }
        }
      } else stepIds = undefined;
    } else if (m.role === 'tool') {
      if (!sawUser) ctx.add('structure.role-order', 'tool message before any user message', at);
      else if (!(prev?.role === 'tool' || (prev?.role === 'assistant' && (prev.tool_calls?.length ?? 0) > 0))) {
        ctx.add('structure.role-order', 'tool message not after an assistant tool call or another tool message', at);
        continue;
      }
      const id = m.tool_call_id;
      if (answered.has(id)) ctx.add('structure.duplicate-answer', `call ${id} is answered more than once`, at);
      else if (!stepIds?.has(id)) {
        ctx.add('structure.orphan-tool-message', `tool message answers no call of the step it follows (tool_call_id ${JSON.stringify(id)})`, at);
      } else answered.add(id);
    } else {
      ctx.add('structure.role-order', `unknown role ${JSON.stringify((m as { role?: unknown }).role)}`, at);
    }
  }

  for (const c of ctx.calls) {
    if (c.id !== '' && !answered.has(c.id)) ctx.add('structure.unanswered-call', `call ${c.id} (${c.name}) has no tool answer`, { message: c.message, call: c.call });
  }

  const last = messages[messages.length - 1];
  if (!last) ctx.add('structure.final-answer', 'the record has no messages', { message: 0 });
  else if (last.role !== 'assistant' || (last.tool_calls?.length ?? 0) > 0 || typeof last.content !== 'string' || last.content.trim() === '') {
    ctx.add(
      'structure.final-answer',
      `the dialogue ends with ${last.role === 'assistant' ? ((last.tool_calls?.length ?? 0) > 0 ? 'an assistant tool call' : 'an empty assistant message') : `a ${last.role} message`}, not an assistant answer`,
      { message: messages.length - 1 },
    );
  }
}
