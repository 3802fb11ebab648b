/**
 * Class 15: behaviour against the system prompt's confirmation rule. (a) The prompt asks the
 * assistant to confirm before some actions ("Before anything that deletes, cancels, pays,
 * sends or buys, ask the user to confirm", or before anything destructive/irreversible), and
 * such a call is made without a confirmation round just before it (the assistant asks, the
 * user says yes). (b) A confirmation round wraps only read-only calls (get, list, search...).
 * What a call does is read off its verb (the first word of its name), not any word inside it.
 */
import { CLEAN, finding, type Detector, type Finding } from '../detector.js';
import { words } from '../fields.js';
import type { CallView, RecordView } from '../record-view.js';

/**
 * The actions a prompt may name, with the verbs of tools that do them (the evolved pool's
 * synonyms included: dispatch/broadcast send, discard erases). Verbs whose effect depends on
 * the thing (archive, close, share, submit, book) are left out, so a flag is never a judgment call.
 */
const ACTIONS: Readonly<Record<string, readonly string[]>> = {
  delete: ['delete', 'remove', 'erase', 'wipe', 'purge', 'destroy', 'discard'],
  cancel: ['cancel', 'terminate', 'void', 'revoke', 'unsubscribe', 'deactivate'],
  pay: ['pay', 'charge', 'transfer', 'withdraw', 'refund'],
  send: ['send', 'dispatch', 'notify', 'broadcast', 'forward', 'post', 'publish', 'reply', 'email'],
  buy: ['buy', 'purchase', 'order', 'checkout', 'rent'],
  transfer: ['transfer'],
  book: ['book'],
  refund: ['refund'],
};
const DESTRUCTIVE = [...new Set([...Object.values(ACTIONS).flat(), 'sell', 'evict'])];
/** Verbs that start a money movement named by the next word (initiate_bank_transfer, make_payment). */
const STARTS = new Set(['initiate', 'execute', 'make', 'start', 'schedule', 'create', 'send']);
const MONEY_NOUNS = new Set(['transfer', 'payment', 'payout', 'purchase', 'wire']);
const READ_ONLY = new Set([
  'get', 'fetch', 'retrieve', 'lookup', 'read', 'obtain', 'view', 'load', 'list', 'browse', 'enumerate', 'show', 'collect', 'search', 'find',
  'query', 'discover', 'locate', 'explore', 'calculate', 'compute', 'estimate', 'evaluate', 'assess', 'forecast', 'predict', 'analyze',
  'analyse', 'compare', 'rank', 'convert', 'translate', 'check', 'verify', 'validate', 'inspect', 'audit', 'scan', 'preview', 'describe',
  'identify', 'detect', 'geocode', 'decode', 'summarize', 'recommend', 'suggest', 'measure', 'seek', 'count', 'look', 'trace',
]);
// A question that asks to confirm an action, not any question: "What level should I use?" asks for a value.
const CONFIRM_QUESTION = /\b(confirm|(shall|should) i (go ahead|proceed|do (it|that|this))|do you want me to|want me to go ahead|go ahead\?|proceed\?|are you sure)/i;
const YES = /^\s*(yes|yep|yeah|sure|ok|okay|confirmed|correct|go ahead|please proceed|proceed|do it|absolutely)\b/i;

/** The verbs whose calls the system prompt wants confirmed (empty: no confirmation rule). */
export function confirmRule(system: string): Set<string> {
  const verbs = new Set<string>();
  for (const sentence of system.split(/(?<=[.!?])\s+|\n/)) {
    if (!/confirm/i.test(sentence) || !/\b(ask|before|only after|must|require|always)\b/i.test(sentence)) continue;
    const lower = sentence.toLowerCase();
    for (const [action, vs] of Object.entries(ACTIONS)) if (new RegExp(`\\b${action}(s|es|ing|ed)?\\b`).test(lower)) for (const v of vs) verbs.add(v);
    if (/destructive|irreversible|cannot be undone|can't be undone|permanent|money|spend|costly|costs/.test(lower)) for (const v of DESTRUCTIVE) verbs.add(v);
  }
  return verbs;
}

const verbOf = (call: CallView): string => words(call.name)[0] ?? '';
/** The action a call does, for the rule: its verb, or "transfer" for initiate_bank_transfer and the like. */
function actionOf(call: CallView): string {
  const w = words(call.name);
  if (STARTS.has(w[0]) && w.slice(1).some((x) => MONEY_NOUNS.has(x))) return 'transfer';
  return w[0] ?? '';
}
const readOnly = (call: CallView): boolean => READ_ONLY.has(verbOf(call)) && !(verbOf(call) === 'check' && words(call.name)[1] === 'in');

/** Message indices of user replies that confirm a question the assistant asked just before. */
function confirmations(view: RecordView): Set<number> {
  const m = view.record.messages;
  const out = new Set<number>();
  for (let i = 1; i < m.length; i++) {
    const ask = m[i - 1];
    const reply = m[i];
    if (reply.role !== 'user' || ask.role !== 'assistant' || ask.tool_calls?.length || !ask.content) continue;
    if (ask.content.includes('?') && CONFIRM_QUESTION.test(ask.content) && YES.test(reply.content) && reply.content.length < 80) out.add(i);
  }
  return out;
}

/** The user message a call answers: the last one before it. */
function lastUser(view: RecordView, before: number): number {
  for (let i = before - 1; i >= 0; i--) if (view.record.messages[i].role === 'user') return i;
  return -1;
}

export const confirmation: Detector = {
  key: 'confirmation',
  title: 'destructive call unconfirmed / confirmation around a read-only tool',
  check(view): Finding | undefined {
    const rule = confirmRule(view.system);
    const confirmed = confirmations(view);
    let applies = confirmed.size > 0;
    for (const call of view.calls) {
      if (!rule.has(actionOf(call))) continue;
      applies = true;
      if (!confirmed.has(lastUser(view, call.message))) return finding(`${call.name} called without confirmation; the system prompt demands it`);
    }
    for (const at of confirmed) {
      const wrapped = view.calls.filter((c) => lastUser(view, c.message) === at);
      if (wrapped.length > 0 && wrapped.every(readOnly)) return finding(`confirmation asked before ${wrapped.map((c) => c.name).join(', ')}, which only read${wrapped.length > 1 ? '' : 's'}`);
    }
    return applies ? CLEAN : undefined;
  },
};
