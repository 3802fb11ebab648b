/**
 * Yes/no values a user says in words rather than writing them, with the word lists both sides
 * read: a phrase whose wording carries the value ("nonstop only", "without notifying anyone",
 * "as a dry run"). The user agent says them (pipeline/agents/user/flags.ts), the planner
 * records them as derivations (pipeline/planning/implied-said.ts), and the grounding rule
 * recomputes the value from them (derivation.ts): one list, so the three cannot drift apart.
 * Enum codes said in words are enum-words.ts.
 */
import { normalise } from './normalise.js';

/** "departure_date" -> "departure date"; "maxPrice" -> "max price". */
export function labelOf(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase().trim();
}

/** Phrases for true and for false. */
export interface FlagWords {
  readonly yes: readonly string[];
  readonly no: readonly string[];
}

/** Flags named by a verb: "force_rescan" -> "and force a rescan" / "don't force a rescan". */
const VERBISH = /^(force|allow|enable|require|skip|use|stop|delete|keep|overwrite|replace|send|confirm|apply|lock|follow|sync|share|merge|create|request|archive|remove|purge|retry|auto|ignore|save|attach|hide|mute|subscribe|reset)(_|$)/;

/** A flag named by no pattern: said as its plain words. */
export const PLAIN: FlagWords = { yes: [], no: [] };

/** The phrases of a flag (snake_case `k`) read off its name, or PLAIN when its name has no pattern. */
export function flagWords(k: string): FlagWords {
  const l = labelOf(k);
  let m = /^(include|with|show|return|add|expand|fetch|list)_(.+)$/.exec(k);
  if (m) {
    const x = labelOf(m[2]);
    return { yes: [`including ${x}`, `plus ${x}`, `with ${x} included`], no: [`without ${x}`, `leaving out ${x}`, `no ${x}`] };
  }
  m = /^(.+)_only$/.exec(k) ?? /^only_(.+)$/.exec(k);
  if (m) {
    const x = labelOf(m[1]);
    // A clause ("when home") is no state of a thing: not "whether when home or not", "only the when home ones".
    return CLAUSE.test(x) ? { yes: [`only ${x}`, `just ${x}`], no: [`not just ${x}`, `not only ${x}`] } : { yes: [`only ${x}`, `just ${x}`, `only the ${x} ones`], no: [`not just ${x}`, `whether ${x} or not`] };
  }
  m = /^(notify|alert|email|inform)(?:_(.+))?$/.exec(k);
  if (m) {
    const who = m[2] ? `the ${labelOf(m[2])}` : '';
    return { yes: [`and let ${who || 'everyone'} know`, `notifying ${who || 'the people involved'}`], no: [`without notifying ${who || 'anyone'}`, `no need to tell ${who || 'anyone'}`] };
  }
  if (k === 'dry_run') return { yes: ['as a dry run', 'just a dry run first', 'as a test run only'], no: ['for real, not a dry run', 'no dry run'] };
  if (k === 'stop_on_error') return { yes: ['stopping at the first error', 'and stop if anything fails'], no: ['carrying on past errors', 'without stopping on errors'] };
  if (/^send_updates$|^send_notifications?$/.test(k)) return { yes: ['and send updates', 'sending updates'], no: ['without sending updates', 'no updates'] };
  m = /^(is|has|are|was|can|should|accepts?|supports?)_(.+)$/.exec(k);
  if (m) {
    const x = labelOf(m[2]);
    return m[1] === 'has'
      ? { yes: [`with ${x}`, `that has ${x}`], no: [`without ${x}`, `with no ${x}`] }
      : /^accept|^support/.test(m[1]) ? { yes: [`that ${m[1].replace(/s?$/, 's')} ${x}`], no: [`even if it doesn't take ${x}`] } : { yes: [`as ${x}`, `${x}`], no: [`not ${x}`, `not as ${x}`] };
  }
  if (VERBISH.test(k)) return { yes: [`and please ${l}`, `making sure to ${l}`], no: [`don't ${l}`, `without having to ${l}`] };
  return PLAIN;
}

/** Words that open a clause rather than name a state ("when home", "if available"). */
const CLAUSE = /^(when|if|while|in|at|on|for|with|during|after|before|from)\b/;
/** A state the things asked for are in ("open now", "in stock"): a filter said of them. */
const STATE = /^(open|open now|available|in stock|active|public|private|verified|refundable|online|remote|featured|pinned|unread|starred|completed|paid|unpaid|free|archived|sold out|on sale|accessible|wheelchair accessible|pet friendly|kid friendly|family friendly|vegan|vegetarian|organic|refurbished|used|new)$/;
/** Things that come with what is asked for ("sms reminders", "images"): a plural noun phrase. */
const THINGS = /^[a-z]+( [a-z]+)?s$/;
const NOT_THINGS = /(ss|us|is)$|^(needs|requires|has|includes|allows|wants|uses|supports|accepts|gets|is|was|does|news|status)\b/;

/** The phrases of a flag as said at the top of a request (`nested`: inside an object or a list item, fewer ways). */
export function flagPhrases(k: string, nested = false): FlagWords {
  const w = flagWords(k);
  if (w !== PLAIN) return w;
  const l = labelOf(k);
  // A bare "public or not" reads as a question left open; "whether" makes it the choice it is.
  if (STATE.test(l)) return { yes: [`that are ${l}`, `only ones that are ${l}`], no: [`whether ${l} or not`, `not necessarily ${l}`] };
  // Named by what it does ("needs loaner"): said of it, yes or no.
  const verb = /^(needs|requires|wants|has|uses|allows) (.+)$/.exec(l);
  if (verb) return { yes: [`and it ${l}`], no: [`and it doesn't ${verb[1] === 'has' ? 'have' : verb[1].slice(0, -1)} ${verb[2]}`] };
  if (THINGS.test(l) && !NOT_THINGS.test(l)) return { yes: [`with ${l}`, `including ${l}`], no: [`without ${l}`, `with no ${l}`] };
  return nested ? { yes: [`as ${l}`], no: [`not ${l}`] } : { yes: [`as ${l}`, `turning on ${l}`, `making sure it's ${l}`], no: [`not ${l}`, `without ${l}`, `turning off ${l}`] };
}

/** Whether normalised `a` is `b` or a run of whole words inside it ("just x" in "not just x"). */
const within = (a: string, b: string): boolean => ` ${b} `.includes(` ${a} `);

/**
 * The value a top-level flag `k` said as `said` has: true for a phrase of its yes
 * list, false for one of its no list, undefined when `said` is in neither or could be read
 * either way: inside a phrase of the other list ("just x" in "not just x", where the words a
 * user said for false would also hold the words for true).
 */
export function flagValueOf(k: string, said: string): boolean | undefined {
  const key = `${k}\u0000${said}`;
  if (flagValues.has(key)) return flagValues.get(key);
  const v = readFlag(k, said);
  if (flagValues.size >= 10_000) flagValues.clear();
  flagValues.set(key, v);
  return v;
}

/** What a flag's phrase read as, by key and phrase (both recur from record to record). */
const flagValues = new Map<string, boolean | undefined>();

function readFlag(k: string, said: string): boolean | undefined {
  const s = normalise(said);
  if (s === '') return undefined;
  // The key as the user agent reads it (pipeline/values/kinds.ts snake): "nonstopOnly" is nonstop_only.
  const w = flagPhrases(k.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[-\s]+/g, '_').toLowerCase());
  const yes = w.yes.map(normalise);
  const no = w.no.map(normalise);
  const inYes = yes.includes(s);
  const inNo = no.includes(s);
  if (inYes === inNo) return undefined;
  return (inYes ? no : yes).some((p) => within(s, p)) ? undefined : inYes;
}
