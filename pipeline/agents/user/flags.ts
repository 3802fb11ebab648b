/**
 * How a yes/no argument is said: the wording carries the value ("nonstop only", "without
 * notifying anyone", "just a dry run first"), read off the flag's name.
 */
import { labelOf, RANK, speaker, type Speaker } from './speaker.js';

/** Flags named by a verb: "force_rescan" -> "and force a rescan" / "don't force a rescan". */
const VERBISH = /^(force|allow|enable|require|skip|use|stop|delete|keep|overwrite|replace|send|confirm|apply|lock|follow|sync|share|merge|create|request|archive|remove|purge|retry|auto|ignore|save|attach|hide|mute|subscribe|reset)(_|$)/;

function flagWords(k: string): { yes: readonly string[]; no: readonly string[] } {
  const l = labelOf(k);
  let m = /^(include|with|show|return|add|expand|fetch|list)_(.+)$/.exec(k);
  if (m) {
    const x = labelOf(m[2]);
    return { yes: [`including ${x}`, `plus ${x}`, `with ${x} included`], no: [`without ${x}`, `leaving out ${x}`, `no ${x}`] };
  }
  m = /^(.+)_only$/.exec(k) ?? /^only_(.+)$/.exec(k);
  if (m) {
    const x = labelOf(m[1]);
    return { yes: [`only ${x}`, `just ${x}`, `only the ${x} ones`], no: [`not just ${x}`, `whether ${x} or not`] };
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
const PLAIN = { yes: [], no: [] };

/** How a boolean field (snake_case `k`; `nested` inside an object or a list item) is said. */
export function flagSpeaker(k: string, nested: boolean): Speaker {
  const l = labelOf(k);
  let w = flagWords(k);
  // A flag named by a plain word: "optional" / "not optional" inside a list item, more ways at the top.
  if (w === PLAIN) w = nested ? { yes: [`as ${l}`], no: [`not ${l}`] } : { yes: [`as ${l}`, `turning on ${l}`, `making sure it's ${l}`], no: [`not ${l}`, `without ${l}`, `turning off ${l}`] };
  return speaker(RANK.flag, [], String, { yes: w.yes, no: w.no });
}
