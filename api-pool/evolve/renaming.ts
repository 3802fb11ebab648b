/**
 * The renaming operator: another provider's name and wording for the parent's operation. The
 * description follows the new name: the name's verb opens it and the nouns the name swapped are
 * swapped in it too (a `view_vehicle_history` does not describe "the car's history"), and
 * parameters renamed are renamed where the text names them.
 */
import { addGroups } from './param-groups.js';
import type { Candidate, OpContext } from './operator.js';
import { inNamesNouns, reword, swapNoun } from './reword.js';
import { cloneParams, optionalNames, renameProp, type Schema } from './schema.js';
import { NOUN_INDEX, PARAM_SYNONYMS } from './synonyms.js';
import { paramKey, type Trait } from './traits.js';
import { VERB_CLASS_OF, VERBS, verbPhrase } from './verbs.js';
import { humanize, joinList, plural, singular } from './words.js';

/** The text with the verb phrase of `from` replaced by that of `to` where it opens the text or a clause after a colon. */
function swapVerb(text: string, from: string, to: string): string {
  const a = verbPhrase(from);
  const b = verbPhrase(to);
  if (text.startsWith(a)) return b + text.slice(a.length);
  const at = text.indexOf(`: ${a.toLowerCase()} `);
  return at < 0 ? text : `${text.slice(0, at + 2)}${b.toLowerCase()}${text.slice(at + 2 + a.length)}`;
}

/** Synonym verbs and nouns in the name, reworded description, some parameters renamed. */
export function renaming(ctx: OpContext): Candidate | null {
  const { parent, meta, rng } = ctx;
  const cls = meta.verb ? VERB_CLASS_OF.get(meta.verb) : undefined;
  // A verb the tables do not know is kept: a synonym for it would be a guess (`release_phone_number` is no `get_`).
  const verbs = cls ? VERBS[cls].filter((v) => v !== meta.verb) : [];
  const verb = verbs.length && rng.bool(0.85) ? rng.pick(verbs) : meta.verb;
  let nounChanged = false;
  const core = meta.core.map((tok) => {
    const sing = singular(tok);
    const group = NOUN_INDEX.get(tok) ?? NOUN_INDEX.get(sing);
    if (!group || !rng.bool(0.7)) return tok;
    const alts = group.filter((w) => w !== tok && w !== sing);
    if (!alts.length) return tok;
    nounChanged = true;
    const alt = rng.pick(alts);
    return tok !== sing && NOUN_INDEX.get(sing) ? plural(alt) : alt;
  });
  if (verb === meta.verb && !nounChanged) return null;
  const p = cloneParams(parent.parameters);
  // Parameters a trait speaks of keep their names (its sentence names them).
  const spoken = new Set(meta.traits.flatMap((t) => [...(t.needs ?? []), ...(t.lacks ?? [])].map(paramKey)));
  const renamed: [string, string][] = [];
  for (const k of rng.shuffle(Object.keys(p.properties))) {
    if (renamed.length >= 2) break;
    const syns = PARAM_SYNONYMS[k];
    if (!syns || spoken.has(paramKey(k)) || !rng.bool(0.6)) continue;
    const to = syns.find((s) => !(s in p.properties) && rng.bool(0.7)) ?? syns.find((s) => !(s in p.properties));
    if (!to) continue;
    renameProp(p, k, to);
    renamed.push([k, to]);
  }
  // A renamed API is another provider's take on the same operation: beside the new names,
  // its surface differs a little (one option more or less), so it is not a pure alias.
  let own: Trait | undefined;
  const opt = optionalNames(p).filter((k) => !spoken.has(paramKey(k)));
  if (opt.length >= 2 && rng.bool(0.4)) {
    const drop = rng.pick(opt);
    delete p.properties[drop];
    const sentence = rng.pick(['It does not take {x}.', 'There is no {x} option here.']).replace('{x}', humanize(drop));
    own = { key: `drops:${drop}`, phrase: `without the ${humanize(drop)} option`, sentence, lacks: [drop] };
  } else if (rng.bool(0.7)) {
    const before = new Set(Object.keys(p.properties));
    const phrases = addGroups(p, cls ?? 'read', rng, 1);
    const added = Object.keys(p.properties).filter((k) => !before.has(k));
    if (phrases.length) {
      const sentence = rng.pick(['It also accepts {x}.', 'Supports {x} as well.']).replace('{x}', joinList(phrases));
      own = { key: `adds:${added.sort().join(',')}`, phrase: `with options for ${joinList(phrases)}`, sentence, needs: added };
    }
  }
  // The nouns the name swapped are swapped in the text, and the text is in the name's nouns.
  const fit = (text: string): string => {
    let out = text;
    meta.core.forEach((tok, i) => {
      if (core[i] !== tok) out = swapNoun(out, tok, core[i]);
    });
    out = inNamesNouns(reword(out, rng, 0.9, core), core);
    for (const [from, to] of renamed) out = out.replace(new RegExp(`\\b${humanize(from)}\\b`, 'g'), humanize(to));
    return out;
  };
  let lead = fit(meta.lead);
  if (meta.verb && verb && verb !== meta.verb) lead = swapVerb(lead, meta.verb, verb);
  const rest = meta.rest ? fit(meta.rest) : '';
  return {
    operator: 'renaming',
    variant: renamed.length ? 'name+params' : 'name',
    verb,
    core,
    quals: [meta.qual, []],
    subdomain: parent.subdomain,
    lead,
    rest,
    traits: meta.traits,
    own,
    parameters: p,
    returns: structuredClone(parent.returns) as Schema,
  };
}
