/**
 * What calling an API does to the world, read off its name and description: whether it only
 * reads, or changes something, and whether that change is destructive or costly (so an
 * assistant calls it only after the user confirms). The planner plans confirmations from it and
 * the verifier checks the system prompt's confirmation rule against it.
 */
import type { ApiSpec } from './types.js';

const DESTRUCTIVE_VERBS =
  /^(delete|cancel|pay|send|purchase|buy|transfer|remove|void|refund|revoke|withdraw|terminate|wipe|erase|destroy|drop|close|unsubscribe|charge|book|order|place|submit|initiate|deactivate|disable|unlink|reset|archive|sell|execute|publish|post|decline|reject|block|ban|evict|dispose)$/;

/** Destructive or costly: its name holds such a verb, or its description starts with one. */
export function isDestructive(api: Pick<ApiSpec, 'name' | 'description'>): boolean {
  for (const tok of api.name.toLowerCase().split(/[_\-]+|(?<=[a-z])(?=[A-Z])/)) if (DESTRUCTIVE_VERBS.test(tok)) return true;
  const first = /^\s*(\w+)/.exec(api.description)?.[1]?.toLowerCase() ?? '';
  return DESTRUCTIVE_VERBS.test(first.replace(/e?s$/, '')) || DESTRUCTIVE_VERBS.test(first.replace(/s$/, '')) || /\b(permanently|irreversibl|cannot be undone)/i.test(api.description);
}
