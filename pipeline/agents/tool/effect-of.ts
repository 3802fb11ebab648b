/**
 * What a call does, as its result must show it: reads leave the world as it was; a create makes
 * a new entity now (created today, a fresh id, a status that is not already final); an update
 * changes one now; a delete or cancel reports it done for the id sent. Read off the tool's first
 * verb (its name, else its description's first word): `get_post_comment_thread` reads. Every
 * synonym the pool's evolution renames a verb to (api-pool/evolve/verbs.ts) is read as its class
 * is: `collect_`, `enumerate_` and `browse_` list, `amend_` updates, `dispatch_` sends.
 */
import type { ApiSpec } from '../../../api-pool/types.js';
import type { Effect } from './call-context.js';
import { tokens } from './names.js';

const READ = /^(get|fetch|lookup|look|read|view|retrieve|obtain|load|find|search|list|enumerate|collect|query|show|check|browse|explore|discover|locate|trace|audit|test|transform|normalize|normalise|compare|estimate|calculate|compute|analy[sz]e|assess|evaluate|score|forecast|predict|convert|decode|identify|validate|verify|track|describe|inspect|count|summari[sz]e|preview|resolve|detect|scan|geocode|reverse|watch|monitor|measure|simulate|rank|recommend|suggest|translate|match)$/;
const CREATE = /^(create|add|book|submit|post|send|schedule|open|file|upload|record|log|report|purchase|buy|apply|declare|enroll|reserve|initiate|register|upsert|start|trigger|place|issue|new|make|generate|arrange|subscribe|compose|draft|request|order|insert|import|save|publish|invite|share|follow|launch|run|grant|attach|plan|provision|pay|refund|charge|transfer|dispatch|notify|broadcast|forward)$/;
const UPDATE = /^(update|set|change|adjust|modify|amend|edit|patch|move|rename|reschedule|scale|arm|disarm|control|respond|grade|assign|mark|toggle|enable|disable|pause|resume|lock|unlock|rotate|renew|extend|upgrade|downgrade|replace|restore|approve|reject|confirm|accept|decline|complete|sync)$/;
const DELETE = /^(delete|cancel|remove|void|revoke|withdraw|release|unsubscribe|terminate|archive|deactivate|erase|drop|clear|purge|destroy|wipe|unfollow|unlink|uninstall|dismiss|discard|retract|stop|end|close)$/;

function verbEffect(verb: string): Effect | undefined {
  if (READ.test(verb)) return 'read';
  if (DELETE.test(verb)) return 'delete';
  if (CREATE.test(verb)) return 'create';
  if (UPDATE.test(verb)) return 'update';
  return undefined;
}

export function effectOf(api: Pick<ApiSpec, 'name' | 'description'>): Effect {
  const byName = verbEffect(tokens(api.name)[0] ?? '');
  const word = /^\s*(?:permanently\s+)?([A-Za-z]+)/i.exec(api.description)?.[1]?.toLowerCase() ?? '';
  const byText = verbEffect(word) ?? verbEffect(word.replace(/e?s$/, '')) ?? verbEffect(word.replace(/s$/, ''));
  // A renamed tool keeps its description: "close_grid_bookmark: Permanently delete a bookmark" deletes.
  if (byText === 'delete' && (byName === 'create' || byName === 'update')) return 'delete';
  return byName ?? byText ?? 'read';
}

/** The participles a delete-like verb's result states (cancel -> cancelled, canceled). */
export function doneWords(api: Pick<ApiSpec, 'name'>): readonly string[] {
  const verb = tokens(api.name).find((t) => DELETE.test(t)) ?? 'delete';
  const stem = verb.replace(/e$/, '');
  const out = [`${stem}ed`, `${verb}d`, `${stem}led`, `${verb}ed`];
  if (verb === 'withdraw') out.push('withdrawn');
  if (verb === 'cancel') out.push('canceled', 'cancelled');
  if (verb === 'stop' || verb === 'end') out.push('stopped', 'ended', 'completed');
  if (verb === 'void') out.push('void', 'voided');
  return out;
}
