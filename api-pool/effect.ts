/**
 * What calling an API does to the world: it only reads ('read'), changes the user's own data in
 * a way that can be changed back ('write'), or does something that cannot be taken back or
 * costs money or reaches other people ('destructive': deletes, cancels, pays, sends, books,
 * publishes, unlocks...), which an assistant does only after the user confirms. The planner
 * plans confirmations from it and the verifier checks the system prompt's confirmation rule
 * against it.
 *
 * The effect is read off the API's action, not off any word of its name: the leading verb of
 * the name decides first (`get_post_comment_thread` reads, whatever follows "get"), then the
 * HTTP method of an imported operation, then the leading verb of the description and what the
 * description says happens (charged, sent, cannot be undone).
 */
import type { ApiSpec } from './types.js';

export type Effect = 'read' | 'write' | 'destructive';

/** Verbs that only look, compute or convert: a tool named with one reads, whatever follows. */
const READ_VERBS = new Set([
  'get', 'list', 'search', 'find', 'fetch', 'retrieve', 'lookup', 'look', 'read', 'obtain', 'view', 'load', 'browse',
  'enumerate', 'show', 'collect', 'query', 'discover', 'locate', 'explore', 'check', 'verify', 'validate', 'inspect',
  'audit', 'calculate', 'compute', 'estimate', 'evaluate', 'assess', 'score', 'forecast', 'predict', 'analyze',
  'analyse', 'compare', 'rank', 'convert', 'translate', 'transform', 'normalize', 'decode', 'encode', 'geocode',
  'identify', 'reverse', 'detect', 'track', 'trace', 'summarize', 'recommend', 'suggest', 'simulate', 'quote',
  'preview', 'describe', 'count', 'sample', 'download', 'measure', 'scan', 'generate', 'classify', 'extract', 'parse',
  'format', 'match', 'resolve', 'test', 'is', 'has', 'can', 'lint', 'diff', 'render', 'plot', 'solve', 'sum',
  'average', 'determine', 'interpret', 'explain', 'tell', 'see',
]);

/**
 * Verbs whose action is destructive or costly by itself, as the leading verb of a name or of a
 * description: removal, money, messages and posts to others, bookings and submissions, access.
 */
const DESTRUCTIVE_VERBS = new Set([
  'delete', 'remove', 'cancel', 'discard', 'withdraw', 'revoke', 'archive', 'close', 'purge', 'erase', 'wipe',
  'destroy', 'drop', 'void', 'terminate', 'deactivate', 'disable', 'unlink', 'unsubscribe', 'reset', 'release',
  'evict', 'dispose', 'ban', 'decline', 'reject', 'refund', 'pay', 'purchase', 'buy', 'order', 'checkout', 'charge',
  'transfer', 'sell', 'trade', 'wire', 'donate', 'tip', 'initiate', 'send', 'dispatch', 'notify', 'broadcast',
  'forward', 'share', 'post', 'publish', 'tweet', 'reply', 'email', 'sms', 'text', 'invite', 'book', 'reserve',
  'submit', 'unlock', 'disarm', 'grant', 'execute', 'deploy', 'merge', 'shutdown', 'kill', 'rollback',
]);

/** Verbs that change something reversibly; the description can still make the call destructive. */
const WRITE_VERBS = new Set([
  'create', 'add', 'register', 'open', 'file', 'issue', 'update', 'modify', 'edit', 'change', 'amend', 'adjust',
  'patch', 'set', 'schedule', 'plan', 'arrange', 'follow', 'subscribe', 'monitor', 'watch', 'upsert', 'save', 'put',
  'record', 'log', 'upload', 'attach', 'start', 'stop', 'pause', 'resume', 'enroll', 'grade', 'apply', 'request',
  'respond', 'accept', 'approve', 'assign', 'control', 'toggle', 'turn', 'enable', 'configure', 'scale', 'trigger',
  'declare', 'report', 'mark', 'tag', 'label', 'rate', 'review', 'rename', 'move', 'restore', 'lock', 'arm',
  'block', 'increase', 'decrease', 'replace', 'install', 'import', 'sync', 'refill', 'renew', 'join', 'link', 'like',
  'pin', 'star', 'insert', 'write', 'store', 'claim', 'redeem', 'activate', 'upgrade', 'login', 'logout', 'sign',
]);

/** What the description says happens that makes a change destructive or costly. */
const DESTRUCTIVE_CUES = new RegExp(
  [
    String.raw`\bpermanent(ly)?\b`,
    String.raw`\birreversibl`,
    String.raw`\bcan ?not be (undone|recovered|restored|reversed)`,
    String.raw`\b(is|are|will be|gets?) (charged|billed|debited)\b`,
    String.raw`\bcharges? (to |the |a |an |your |for )`,
    String.raw`\bcharges may apply|\bfees? (may )?apply|\bfees? (is|are) charged`,
    String.raw`\b(is|are|will be) sent (to|on)\b`,
    String.raw`\bthis sends\b`,
    String.raw`\bpag(e|es|ing) the on-?call`,
    String.raw`\b(disarm|unlock)(s|ing)?\b`,
    String.raw`\bonly (do it |use it |call it )?(on|after) the user('s| has)? (explicit|confirm)`,
  ].join('|'),
  'i',
);

/** Lower-case tokens of an identifier: `getPostCommentThread` and `get_post_comment_thread` alike. */
function tokens(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((t) => t.toLowerCase());
}

/** The description's leading verb: after a "For <subject>:" lead-in and any adverb ("Permanently delete"). */
function descriptionVerb(description: string): string {
  let text = description.trimStart();
  const lead = /^for [^:.]{1,120}:\s*/i.exec(text);
  if (lead) text = text.slice(lead[0].length);
  for (const w of text.split(/[^A-Za-z-]+/, 4)) {
    const word = w.toLowerCase();
    if (word === '' || /ly$/.test(word) || word === 'to') continue;
    return verbStem(word);
  }
  return '';
}

/** "Deletes" -> "delete", "Lists" -> "list", "Searches" -> "search" (third person of a description). */
function verbStem(word: string): string {
  if (READ_VERBS.has(word) || DESTRUCTIVE_VERBS.has(word) || WRITE_VERBS.has(word)) return word;
  for (const cut of [1, 2]) {
    const stem = word.slice(0, -cut);
    if (word.endsWith(cut === 1 ? 's' : 'es') && (READ_VERBS.has(stem) || DESTRUCTIVE_VERBS.has(stem) || WRITE_VERBS.has(stem))) return stem;
  }
  return word;
}

/** The HTTP method of an imported OpenAPI operation (its origin ends in the method's pointer segment). */
function httpMethod(origin: string | undefined): string | undefined {
  if (!origin?.startsWith('openapi:')) return undefined;
  return /\/(get|head|options|delete|post|put|patch)$/i.exec(origin)?.[1]?.toLowerCase();
}

/** What calling `api` does: 'read', 'write' or 'destructive' (see the file comment for the order of the evidence). */
export function effectOf(api: Pick<ApiSpec, 'name' | 'description'> & { readonly origin?: string }): Effect {
  const nameTokens = tokens(api.name);
  // "check_in_guest" / "check_out" change a booking although "check" reads.
  const verb = nameTokens[0] === 'check' && (nameTokens[1] === 'in' || nameTokens[1] === 'out') ? 'checkin' : (nameTokens[0] ?? '');
  if (READ_VERBS.has(verb)) return 'read';
  if (DESTRUCTIVE_VERBS.has(verb)) return 'destructive';
  const method = httpMethod(api.origin);
  if (method === 'delete') return 'destructive';
  if (method === 'get' || method === 'head' || method === 'options') return 'read';
  const dverb = descriptionVerb(api.description);
  if (DESTRUCTIVE_VERBS.has(dverb) || DESTRUCTIVE_CUES.test(api.description)) return 'destructive';
  if (WRITE_VERBS.has(verb) || WRITE_VERBS.has(dverb) || method !== undefined || verb === 'checkin') return 'write';
  // A tool that names no action (BFCL's math_factorial: "Calculate the factorial...") looks something up.
  return 'read';
}

/** Destructive or costly: called only once the user confirms it. */
export function isDestructive(api: Pick<ApiSpec, 'name' | 'description'> & { readonly origin?: string }): boolean {
  return effectOf(api) === 'destructive';
}
