/**
 * The assistant's second-language words in a turn where it calls no tool: asking for the value
 * a request left out, in the words a person uses for it ("¿Para qué fecha?", "¿Cuál es el número
 * de póliza?"), never the parameter's name; and declining a need no tool here meets by saying
 * what it wanted and what the tools cover instead (topics, not tool descriptions).
 */
import type { ApiSpec } from '../../../../api-pool/types.js';
import { kindOf, siblingsOf } from '../../../values/kinds.js';
import type { Schema } from '../../../values/schema.js';
import type { Pick } from '../../text.js';
import { labelOf } from '../../user/speaker.js';
import { elided, np } from '../../user/lang/morph.js';
import { nounFor, sameThing } from '../../user/lang/nouns.js';
import { askingOf, vpOf } from '../../user/lang/topic.js';
import type { Lang } from '../../user/lang/types.js';
import { ANSWERS } from './grammars.js';

/** The question for the missing `key` of `api`, or undefined when the language has no words for it. */
function questionIn(api: ApiSpec, key: string, lang: Lang, pick?: Pick): string | undefined {
  const g = ANSWERS[lang];
  const schema = (api.parameters.properties as Record<string, Schema>)[key] ?? {};
  const kind = schema.type === 'string' ? kindOf(key, '', schema, api, siblingsOf(api.parameters as Schema)).kind : '';
  const byKind = Array.isArray(schema.enum) ? undefined : g.askKind[kind];
  const choose: Pick = pick ?? ((items) => items[0]);
  if (byKind) return choose(byKind);
  const label = labelOf(key);
  const thing = / (id|ids|uuid|sid)$/.test(label);
  const noun = nounFor(lang, label.replace(/ (id|ids|uuid|sid)$/, ''), api.domain);
  if (!noun) return undefined;
  // An id names a thing: which one ("¿De qué solicitud se trata?"), not what it is.
  return thing ? choose(g.askThing)(noun.sg, noun) : choose(g.askLabel)(np(lang, noun, 'def', false, 'nom'), noun.sg, noun.g === 'f');
}

/** Whether the assistant can ask for `key` of `api` in `lang` (a second-language clarification needs it). */
export const canAskIn = (api: ApiSpec, key: string, lang: Lang): boolean => askingOf(api, lang) !== undefined && questionIn(api, key, lang) !== undefined;

/** Asking for the value of `key` the user left out of a request for `api`. */
export function askMissingIn(api: ApiSpec, key: string, lang: Lang, pick: Pick): string {
  const g = ANSWERS[lang];
  const q = questionIn(api, key, lang, pick) as string;
  const a = askingOf(api, lang);
  const noun = nounFor(lang, labelOf(key).replace(/ (id|ids|uuid|sid)$/, ''), api.domain);
  const verb = a?.verbs[0];
  const action = a && verb ? vpOf(lang, a, verb, '').inf : '';
  // "To withdraw the application I need the application" says nothing: that frame only for another field.
  const frames = g.askFrames.filter((_f, i) => (action !== '' || i < 3) && (i !== 4 || (noun !== undefined && !(a && sameThing(lang, a.noun, noun)))));
  return elided(lang, pick(frames)(q, action, noun ? np(lang, noun, 'def') : ''));
}

/** Declining a need `hidden` meets but no tool shown here does, with what the shown tools cover. */
export function declineIn(hidden: ApiSpec, shown: readonly ApiSpec[], lang: Lang, pick: Pick): string {
  const g = ANSWERS[lang];
  const a = askingOf(hidden, lang);
  const verb = a?.verbs[0];
  const vp = a && verb ? vpOf(lang, a, verb, '').inf : '';
  const topics: string[] = [];
  for (const t of shown) {
    const name = g.domains[t.domain];
    if (name && !topics.includes(name)) topics.push(name);
  }
  return elided(lang, pick(g.decline)(vp, g.and(topics.slice(0, 3))));
}
