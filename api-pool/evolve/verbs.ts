/**
 * The action classes of API verbs: which verbs are synonyms (renaming swaps within a class),
 * which class a seed's verb belongs to, and how a verb reads at the start of a description.
 */

export type VerbClass =
  | 'read'
  | 'list'
  | 'search'
  | 'create'
  | 'update'
  | 'delete'
  | 'send'
  | 'compute'
  | 'convert'
  | 'check'
  | 'schedule'
  | 'track';

/** Name verbs per action class; the phrase used in descriptions is in VERB_PHRASE. */
export const VERBS: Record<VerbClass, readonly string[]> = {
  read: ['get', 'fetch', 'retrieve', 'lookup', 'read', 'obtain', 'view', 'load'],
  list: ['list', 'browse', 'enumerate', 'show', 'collect'],
  search: ['search', 'find', 'query', 'discover', 'locate', 'explore'],
  create: ['create', 'add', 'register', 'submit', 'open', 'file', 'issue'],
  update: ['update', 'modify', 'edit', 'change', 'amend', 'adjust', 'patch', 'set'],
  delete: ['delete', 'remove', 'cancel', 'discard', 'withdraw', 'revoke', 'archive', 'close'],
  send: ['send', 'dispatch', 'notify', 'share', 'broadcast', 'forward'],
  compute: ['calculate', 'compute', 'estimate', 'evaluate', 'assess', 'score', 'forecast', 'predict', 'analyze', 'compare', 'rank'],
  convert: ['convert', 'translate', 'transform', 'normalize'],
  check: ['check', 'verify', 'validate', 'inspect', 'audit', 'resolve', 'test'],
  schedule: ['schedule', 'book', 'reserve', 'plan', 'arrange'],
  track: ['track', 'monitor', 'watch', 'follow', 'trace', 'subscribe'],
};

const VERB_PHRASE: Record<string, string> = {
  lookup: 'Look up',
  file: 'File',
  set: 'Set',
  show: 'Show',
  subscribe: 'Subscribe to',
  analyze: 'Analyze',
};

export function verbPhrase(verb: string): string {
  return VERB_PHRASE[verb] ?? verb.charAt(0).toUpperCase() + verb.slice(1);
}

export const VERB_CLASS_OF: ReadonlyMap<string, VerbClass> = (() => {
  const m = new Map<string, VerbClass>();
  for (const [cls, verbs] of Object.entries(VERBS) as [VerbClass, readonly string[]][]) for (const v of verbs) if (!m.has(v)) m.set(v, cls);
  // Verbs seen in hand-written seeds that belong to a class without being its synonyms.
  const extra: Record<string, VerbClass> = {
    post: 'send', publish: 'send', reply: 'send', request: 'create', apply: 'create', start: 'create', upload: 'create',
    renew: 'update', refill: 'create', transfer: 'send', pay: 'send', approve: 'update', reject: 'update', assign: 'update',
    generate: 'compute', quote: 'compute', simulate: 'compute', recommend: 'compute', summarize: 'compute', detect: 'check',
    stop: 'delete', pause: 'update', resume: 'update', report: 'create', log: 'create', record: 'create', order: 'create', buy: 'create',
    sell: 'create', place: 'create', join: 'create', invite: 'send', lock: 'update', unlock: 'update', enroll: 'create', register: 'create',
  };
  for (const [v, c] of Object.entries(extra)) if (!m.has(v)) m.set(v, c);
  return m;
})();

export function classOf(verb: string | undefined): VerbClass {
  return (verb && VERB_CLASS_OF.get(verb)) || 'read';
}
