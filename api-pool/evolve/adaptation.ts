/** The adaptation operator: specialise, generalise, constrain, or change units (unit-variants.ts). */
import { identifierTokens } from '../dedup.js';
import { QUALIFIERS } from './naming.js';
import { inherited, type Candidate, type OpContext } from './operator.js';
import { addGroups } from './param-groups.js';
import { cloneParams, optionalNames, SIZE_PARAMS, type Schema } from './schema.js';
import { keptParams, paramKey, type Trait } from './traits.js';
import { unitVariant } from './unit-variants.js';
import { classOf } from './verbs.js';
import { humanize, joinList } from './words.js';

/** Specialise, generalise, constrain, or change units. */
export function adaptation(ctx: OpContext): Candidate | null {
  const { parent, meta, rng } = ctx;
  const cls = classOf(meta.verb);
  const p = cloneParams(parent.parameters);
  const returns = structuredClone(parent.returns) as Schema;
  const base = inherited(ctx, 0.6);
  const variants = rng.shuffle(['specialise', 'generalise', 'constrain', 'units'] as const);
  for (const variant of variants) {
    if (variant === 'specialise') {
      const before = new Set(Object.keys(p.properties));
      const phrases = addGroups(p, cls, rng, rng.bool(0.7) ? 1 : 2);
      if (phrases.length === 0) continue;
      const added = Object.keys(p.properties).filter((k) => !before.has(k));
      const words = identifierTokens(phrases[0])
        .filter((w) => !['a', 'an', 'the', 'from', 'of'].includes(w))
        .slice(0, 3);
      const prep = cls === 'list' || cls === 'search' ? 'by' : 'with';
      const note = rng
        .pick(
          cls === 'list' || cls === 'search'
            ? ['Results can also be narrowed by {x}.', 'This variant adds filtering by {x}.', 'Narrow the results further by {x}.']
            : ['This variant also accepts {x}.', 'Adds optional {x}.', 'Extends the request with {x}.'],
        )
        .replace('{x}', joinList(phrases));
      const own: Trait = { key: `adds:${added.sort().join(',')}`, phrase: cls === 'list' || cls === 'search' ? `narrowed by ${joinList(phrases)}` : `with options for ${joinList(phrases)}`, sentence: note, needs: added };
      return { operator: 'adaptation', variant, verb: meta.verb, core: meta.core, quals: [[prep, ...words], [...words], ['plus', ...words]], subdomain: parent.subdomain, ...base, own, parameters: p, returns };
    }
    if (variant === 'generalise') {
      const kept = keptParams(base.traits);
      const opt = optionalNames(p).filter((k) => !kept.has(paramKey(k)));
      if (opt.length < 2) continue;
      const drop = rng.sample(opt, rng.int(1, Math.min(3, opt.length - 1)));
      for (const d of drop) delete p.properties[d];
      const note = rng
        .pick([`A lighter variant without the {x} option${drop.length > 1 ? 's' : ''}.`, 'Simplified: {x} cannot be set here.', `Only the essential inputs; {x} ${drop.length > 1 ? 'are' : 'is'} left at the default.`])
        .replace('{x}', joinList(drop.map(humanize)));
      const own: Trait = { key: `drops:${[...drop].sort().join(',')}`, phrase: `without the ${joinList(drop.map(humanize))} option${drop.length > 1 ? 's' : ''}`, sentence: note, lacks: drop };
      return { operator: 'adaptation', variant, verb: meta.verb, core: meta.core, quals: rng.sample(QUALIFIERS.generalise, 3), subdomain: parent.subdomain, ...base, own, parameters: p, returns };
    }
    if (variant === 'constrain') {
      const changes: string[] = [];
      const touched: string[] = [];
      for (const [name, raw] of Object.entries(p.properties)) {
        const before = changes.length;
        const s = { ...raw };
        const t = identifierTokens(name);
        const h = humanize(name);
        if (s.type === 'string' && !s.format && !s.enum && !s.pattern) {
          if (t.includes('date') && !t.includes('time')) (s.format = 'date'), changes.push(`${h} must be an ISO date`);
          else if (t.includes('time') || t.includes('at') || t.includes('since') || t.includes('until')) (s.format = 'date-time'), changes.push(`${h} must be an ISO 8601 timestamp`);
          else if (t.includes('email')) (s.format = 'email'), changes.push(`${h} must be an email address`);
          else if (t.includes('url') || t.includes('website') || t.includes('link')) (s.format = 'uri'), changes.push(`${h} must be an absolute URL`);
          else if (t[t.length - 1] === 'id' && s.maxLength === undefined) (s.maxLength = 64), (s.minLength ??= 1), changes.push(`${h} is at most 64 characters`);
          else if (s.maxLength === undefined && typeof s.default !== 'string') (s.maxLength = rng.pick([80, 120, 200, 500])), changes.push(`${h} is limited to ${s.maxLength} characters`);
          if (s.format && (s.default !== undefined || s.examples !== undefined)) delete s.default, delete s.examples;
        } else if ((s.type === 'integer' || s.type === 'number') && !s.enum) {
          const isSize = SIZE_PARAMS.includes(name) || t.includes('max') || t.includes('count');
          if (s.minimum === undefined && s.exclusiveMinimum === undefined) {
            s.minimum = isSize ? 1 : 0;
            changes.push(`${h} is at least ${s.minimum}`);
          }
          if (s.maximum === undefined && s.exclusiveMaximum === undefined && isSize) {
            s.maximum = rng.pick([50, 100, 200]);
            changes.push(`${h} is at most ${s.maximum}`);
          }
          if (typeof s.default === 'number' && ((typeof s.minimum === 'number' && s.default < s.minimum) || (typeof s.maximum === 'number' && s.default > s.maximum))) delete s.default;
          if (Array.isArray(s.examples)) delete s.examples;
        } else if (s.type === 'array' && s.maxItems === undefined) {
          s.maxItems = rng.pick([10, 20, 50]);
          if (Array.isArray(s.default) && (s.default as unknown[]).length > (s.maxItems as number)) delete s.default;
          if (Array.isArray(s.examples)) delete s.examples;
          changes.push(`${h} holds at most ${s.maxItems} entries`);
        }
        if (changes.length > before) touched.push(name);
        p.properties[name] = s;
      }
      if (changes.length === 0) continue;
      const shown = rng.sample(changes, 3);
      const note = rng.pick(['Inputs are validated strictly: {x}.', 'Stricter input rules apply: {x}.', 'Rejects malformed input early ({x}).']).replace('{x}', shown.join('; '));
      const own: Trait = { key: 'strict', phrase: 'with strict input checks', sentence: note, needs: touched };
      return { operator: 'adaptation', variant, verb: meta.verb, core: meta.core, quals: rng.sample(QUALIFIERS.constrain, 3), subdomain: parent.subdomain, ...base, own, parameters: p, returns };
    }
    const unit = unitVariant(ctx, p, returns, base, cls);
    if (unit) return unit;
  }
  return null;
}
