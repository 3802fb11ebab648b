/**
 * What the consistency rules read off names: a field's name in snake case, what a tool's
 * verb does (reads, changes, creates), the entity a tool is about, and the stem a filter
 * argument names. Names repeat across records (the same few hundred keys), so every answer
 * is cached by the name; the caches are cleared when they grow past a bound, so a
 * third-party dataset with endless distinct keys cannot grow them without end.
 */

const CACHE_LIMIT = 4096;

/** A cache of a pure function of a string. */
export function cached<T>(f: (s: string) => T): (s: string) => T {
  const memo = new Map<string, T>();
  return (s) => {
    let v = memo.get(s);
    if (v === undefined && !memo.has(s)) {
      if (memo.size >= CACHE_LIMIT) memo.clear();
      v = f(s);
      memo.set(s, v);
    }
    return v as T;
  };
}

/** "createdAt", "Created-At" and "created_at" all read "created_at". */
export const snake = cached((k: string): string =>
  k
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase(),
);

/** The words of a name: "get_post_comment_thread" → get, post, comment, thread. */
export const words = cached((name: string): readonly string[] => snake(name).split('_').filter(Boolean));

/** A plural noun's singular, for field names only (categories → category, statuses → status). */
export function singular(w: string): string {
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(ses|xes|zes|ches|shes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) return w.slice(0, -1);
  return w;
}

/** Verbs of tools that only read. */
const READ_VERBS = new Set([
  'get', 'fetch', 'retrieve', 'read', 'show', 'view', 'describe', 'lookup', 'look', 'find', 'search', 'list', 'query', 'browse',
  'check', 'inspect', 'discover', 'explore', 'filter', 'recommend', 'compare', 'track', 'locate', 'count', 'enumerate', 'load',
  'summarize', 'summarise', 'estimate', 'calculate', 'compute', 'convert', 'validate', 'verify', 'detect', 'identify', 'decode',
  'assess', 'evaluate', 'analyze', 'analyse', 'resolve', 'match', 'preview', 'peek', 'download', 'export',
]);
/** Verbs of tools that change an existing thing (its id names it; the result is that thing). */
const CHANGE_VERBS = new Set([
  'update', 'edit', 'modify', 'patch', 'set', 'change', 'rename', 'move', 'delete', 'remove', 'cancel', 'archive', 'close',
  'restore', 'enable', 'disable', 'pause', 'resume', 'void', 'revoke', 'withdraw', 'release', 'unarchive', 'reopen',
]);
/** Verbs of tools that make something new, now. */
const CREATE_VERBS = new Set([
  'create', 'add', 'new', 'make', 'insert', 'register', 'open', 'post', 'publish', 'submit', 'upload', 'book', 'reserve',
  'schedule', 'generate', 'start', 'issue', 'place', 'log', 'record', 'file', 'apply', 'enroll', 'declare', 'send', 'buy',
  'purchase', 'order', 'report', 'request', 'share', 'initiate', 'trigger', 'pay', 'refund', 'grade', 'respond', 'duplicate', 'copy', 'clone',
]);

export type VerbKind = 'read' | 'change' | 'create' | 'other';

/** What a tool's first word says it does. */
export const verbKind = cached((tool: string): VerbKind => {
  const v = words(tool)[0] ?? '';
  return READ_VERBS.has(v) ? 'read' : CHANGE_VERBS.has(v) ? 'change' : CREATE_VERBS.has(v) ? 'create' : 'other';
});

/** A tool's first word ("create_event" → create). */
export const verbOf = (tool: string): string => words(tool)[0] ?? '';

const GENERIC_TAIL = new Set(['details', 'detail', 'info', 'information', 'status', 'data', 'record', 'profile', 'summary', 'by', 'id', 'ids', 'v1', 'v2', 'v3']);

/** The entity a tool is about: its last word that is not a generic one ("get_order_details" → order). */
export const entityOf = cached((tool: string): string => {
  const ws = words(tool);
  for (let i = ws.length - 1; i > 0; i--) if (!GENERIC_TAIL.has(ws[i])) return singular(ws[i]);
  return '';
});

/** A stem's form that its other forms share ("released" and "release_date" share "releas"). */
export function stemOf(w: string): string {
  return w.replace(/(ed|ing|es|e|s)$/, '');
}
