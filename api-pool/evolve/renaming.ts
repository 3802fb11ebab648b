/** The renaming operator: another provider's name and wording for the parent's operation. */
import { addGroups } from './param-groups.js';
import type { Candidate, OpContext } from './operator.js';
import { reword } from './reword.js';
import { cloneParams, optionalNames, renameProp, type Schema } from './schema.js';
import { NOUN_INDEX, PARAM_SYNONYMS } from './synonyms.js';
import { VERB_CLASS_OF, VERBS, verbPhrase } from './verbs.js';
import { humanize, joinList, plural, singular } from './words.js';

/** Synonym verbs and nouns in the name, reworded description, some parameters renamed. */
export function renaming(ctx: OpContext): Candidate | null {
  const { parent, meta, rng } = ctx;
  const cls = meta.verb ? VERB_CLASS_OF.get(meta.verb) : undefined;
  const verbs = cls ? VERBS[cls].filter((v) => v !== meta.verb) : meta.verb ? [] : VERBS.read;
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
  const renamed: string[] = [];
  for (const k of rng.shuffle(Object.keys(p.properties))) {
    if (renamed.length >= 2) break;
    const syns = PARAM_SYNONYMS[k];
    if (!syns || !rng.bool(0.6)) continue;
    const to = syns.find((s) => !(s in p.properties) && rng.bool(0.7)) ?? syns.find((s) => !(s in p.properties));
    if (!to) continue;
    renameProp(p, k, to);
    renamed.push(`${k} → ${to}`);
  }
  // A renamed API is another provider's take on the same operation: beside the new names,
  // its surface differs a little (one option more or less), so it is not a pure alias.
  const extra: string[] = [];
  const opt = optionalNames(p);
  if (opt.length >= 2 && rng.bool(0.4)) {
    const drop = rng.pick(opt);
    delete p.properties[drop];
    extra.push(rng.pick(['It does not take {x}.', 'There is no {x} option here.']).replace('{x}', humanize(drop)));
  } else if (rng.bool(0.7)) {
    const phrases = addGroups(p, cls ?? 'read', rng, 1);
    if (phrases.length) extra.push(rng.pick(['It also accepts {x}.', 'Supports {x} as well.']).replace('{x}', joinList(phrases)));
  }
  let lead = reword(meta.lead, rng, 0.9);
  if (meta.verb && verb && verb !== meta.verb) {
    const oldPhrase = verbPhrase(meta.verb);
    if (lead.startsWith(oldPhrase)) lead = verbPhrase(verb) + lead.slice(oldPhrase.length);
  }
  const rest = meta.rest ? reword(meta.rest, rng, 0.8) : '';
  const notes = [...meta.notes.map((n) => reword(n, rng, 0.8)), ...extra];
  return {
    operator: 'renaming',
    variant: renamed.length ? 'name+params' : 'name',
    verb,
    core,
    quals: [meta.qual, []],
    subdomain: parent.subdomain,
    lead,
    rest,
    notes,
    parameters: p,
    returns: structuredClone(parent.returns) as Schema,
  };
}
