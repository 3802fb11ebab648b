/**
 * consistency.policy: the system prompt says to ask the user to confirm before destructive
 * or costly actions, and the assistant calls such a tool without the user having confirmed
 * after being asked.
 *
 * The rule is a sentence of a system message that speaks of confirming before acting
 * ("Before anything that deletes, cancels, pays, sends or buys, ask the user to confirm",
 * "never delete without explicit confirmation"), and not of not needing to. When that
 * sentence names the actions (deletes, pays...) and no general kind (destructive, costly,
 * irreversible, any action), only tools that do one of those (or a close synonym) are
 * held to it. A tool is destructive by api-pool/effect.ts's isDestructive, on its name
 * and description. Confirmed: the last user message before the call answers yes to an
 * assistant message, right before it, that asks for a confirmation.
 */
import { isDestructive } from '../../api-pool/effect.js';
import { textOf } from './context.js';
import type { Consistency } from './consistency-site.js';
import { stemOf, words } from './consistency-names.js';

const SENTENCES = /[^.!?\n]+[.!?]?/g;
const CONFIRM = /\bconfirm/i;
const BEFORE = /\b(before|prior to|first)\b|\bwithout\b[^.]*\bconfirm|\b(always|must|should)\s+(ask|get|obtain|request|seek)\b/i;
const NO_NEED = /\b(no need|don'?t need|do not need|need not|needn'?t|never ask|not necessary|unnecessary)\b/i;
const GENERAL = /\b(destructive|irreversibl|costly|cost|money|payments?|financial|spend|any action|anything that (changes|modifies)|side effects?|state[- ]changing|sensitive|consequential|important actions?|dangerous|risky|permanent)/i;
const ACTION_WORDS = /\b(delet|remov|eras|wip|destroy|drop|cancel|terminat|void|revok|pay|charg|transfer|buy|bought|purchas|order|send|sent|post|publish|submit|book|reserv|sell|refund|withdraw|clos|unsubscrib|archiv|execut|reset|disabl|block|ban)\w*/gi;
/** Actions the same sentence covers by naming a close one. */
const SYNONYMS: readonly (readonly string[])[] = [
  ['delet', 'remov', 'eras', 'wip', 'destroy', 'drop'],
  ['buy', 'bought', 'purchas', 'order', 'book', 'reserv'],
  ['pay', 'charg', 'transfer'],
  ['cancel', 'terminat', 'void', 'revok', 'withdraw'],
  ['send', 'sent', 'post', 'publish', 'submit'],
];
const ASKS = /\b(confirm|go ahead|proceed|continue|shall i|should i|do you want me to|would you like me to|are you sure|ok(ay)? to|is that (right|correct|ok))\b/i;
const YES = /^\W*(yes|yep|yeah|yup|sure|ok(ay)?|confirm(ed)?|correct|go ahead|please (do|proceed|go ahead)|do it|proceed|absolutely|of course|that'?s (right|correct)|affirmative|approved?|right|go)\b/i;
const NO = /^\W*(no|nope|not|don'?t|do not|cancel|stop|wait|hold on)\b/i;

/** The policy sentence of the system prompt: the actions it names (empty: every destructive one), or undefined when there is none. */
function policyOf(cc: Consistency): ReadonlySet<string> | undefined {
  for (const m of cc.ctx.messages) {
    if (m.role !== 'system') continue;
    const text = textOf(m);
    if (!CONFIRM.test(text)) continue;
    for (const s of text.match(SENTENCES) ?? []) {
      if (!CONFIRM.test(s) || !BEFORE.test(s) || NO_NEED.test(s)) continue;
      if (GENERAL.test(s)) return new Set();
      const named = new Set<string>();
      for (const w of s.match(ACTION_WORDS) ?? []) {
        const st = stemOf(w.toLowerCase());
        for (const g of SYNONYMS) if (g.some((x) => st.startsWith(x))) for (const x of g) named.add(x);
        named.add(st);
      }
      return named;
    }
  }
  return undefined;
}

/** Does the tool do one of the named actions (by a word of its name or its description's first word)? */
function inScope(named: ReadonlySet<string>, name: string, description: string): boolean {
  if (named.size === 0) return true;
  const first = /^\s*(\w+)/.exec(description)?.[1] ?? '';
  for (const w of [...words(name), first.toLowerCase()]) {
    const st = stemOf(w);
    if (st.length >= 3) for (const n of named) if (st.startsWith(n)) return true;
  }
  return false;
}

/** Whether an assistant's text asks the user to confirm (as this rule reads one). */
export function asksToConfirm(text: string): boolean {
  return text.includes('?') && ASKS.test(text);
}

/** Whether a user's answer says yes (as this rule reads one). */
export function saysYes(text: string): boolean {
  return YES.test(text) && !NO.test(text);
}

function confirmedBefore(cc: Consistency, mi: number): boolean {
  const { messages, users } = cc.ctx;
  let u = -1;
  for (const x of users) if (x < mi) u = x;
  if (u <= 0) return false;
  const answer = textOf(messages[u]);
  const prev = messages[u - 1];
  if (prev.role !== 'assistant' || (prev.tool_calls?.length ?? 0) > 0) return false;
  return asksToConfirm(textOf(prev)) && saysYes(answer);
}

export function checkPolicy(cc: Consistency): void {
  if (cc.pairs.length === 0) return;
  const named = policyOf(cc);
  if (!named) return;
  for (const { call } of cc.pairs) {
    const fn = call.tool;
    if (!fn) continue;
    const description = typeof fn.description === 'string' ? fn.description : '';
    if (!isDestructive({ name: call.name, description }) || !inScope(named, call.name, description)) continue;
    if (!confirmedBefore(cc, call.message)) {
      cc.ctx.add('consistency.policy', `${call.name} changes something that cannot be taken back, and the system prompt asks to confirm first, but the user was not asked (or did not say yes) before the call`, { message: call.message, call: call.call });
      return;
    }
  }
}
