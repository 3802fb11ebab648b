/** The adaptation operator: specialise, generalise, constrain, or change units. */
import { identifierTokens } from '../dedup.js';
import { QUALIFIERS } from './naming.js';
import { inherited, type Candidate, type OpContext } from './operator.js';
import { addGroups } from './param-groups.js';
import { cloneParams, optionalNames, renameProp, SIZE_PARAMS, type Schema } from './schema.js';
import { convertSchemaUnits, UNIT_CONVERSIONS, UNIT_ENUM_PREFERENCE } from './units.js';
import { classOf } from './verbs.js';
import { humanize, joinList } from './words.js';

/** Specialise, generalise, constrain, or change units. */
export function adaptation(ctx: OpContext): Candidate | null {
  const { parent, meta, rng } = ctx;
  const cls = classOf(meta.verb);
  const p = cloneParams(parent.parameters);
  let returns = structuredClone(parent.returns) as Schema;
  const base = inherited(ctx, 0.6);
  const variants = rng.shuffle(['specialise', 'generalise', 'constrain', 'units'] as const);
  for (const variant of variants) {
    if (variant === 'specialise') {
      const phrases = addGroups(p, cls, rng, rng.bool(0.7) ? 1 : 2);
      if (phrases.length === 0) continue;
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
      return { operator: 'adaptation', variant, verb: meta.verb, core: meta.core, quals: [[prep, ...words], [...words], ['plus', ...words]], subdomain: parent.subdomain, ...base, notes: [...base.notes, note], parameters: p, returns };
    }
    if (variant === 'generalise') {
      const opt = optionalNames(p);
      if (opt.length < 2) continue;
      const drop = rng.sample(opt, rng.int(1, Math.min(3, opt.length - 1)));
      for (const d of drop) delete p.properties[d];
      const note = rng
        .pick([`A lighter variant without the {x} option${drop.length > 1 ? 's' : ''}.`, 'Simplified: {x} cannot be set here.', `Only the essential inputs; {x} ${drop.length > 1 ? 'are' : 'is'} left at the default.`])
        .replace('{x}', joinList(drop.map(humanize)));
      return { operator: 'adaptation', variant, verb: meta.verb, core: meta.core, quals: rng.sample(QUALIFIERS.generalise, 3), subdomain: parent.subdomain, ...base, notes: [...base.notes, note], parameters: p, returns };
    }
    if (variant === 'constrain') {
      const changes: string[] = [];
      for (const [name, raw] of Object.entries(p.properties)) {
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
        p.properties[name] = s;
      }
      if (changes.length === 0) continue;
      const shown = rng.sample(changes, 3);
      const note = rng.pick(['Inputs are validated strictly: {x}.', 'Stricter input rules apply: {x}.', 'Rejects malformed input early ({x}).']).replace('{x}', shown.join('; '));
      return { operator: 'adaptation', variant, verb: meta.verb, core: meta.core, quals: rng.sample(QUALIFIERS.constrain, 3), subdomain: parent.subdomain, ...base, notes: [...base.notes, note], parameters: p, returns };
    }
    // units
    const convs = rng.shuffle(UNIT_CONVERSIONS);
    for (const conv of convs) {
      let hit = false;
      for (const [name, s] of Object.entries(p.properties)) {
        const t = identifierTokens(name);
        const idx = t.findIndex((x) => conv.fromTokens.includes(x));
        const inDesc = typeof s.description === 'string' && (s.type === 'number' || s.type === 'integer') && new RegExp(conv.fromWords.source, conv.fromWords.flags).test(s.description);
        if (idx < 0 && !inDesc) continue;
        if (s.type !== 'number' && s.type !== 'integer') continue;
        hit = true;
        const converted = convertSchemaUnits(s, conv);
        p.properties[name] = converted;
        if (idx >= 0) {
          t[idx] = conv.toToken;
          const newName = t.join('_');
          if (!(newName in p.properties)) renameProp(p, name, newName);
        }
      }
      if (!hit) continue;
      const rp = returns.properties as Record<string, Schema> | undefined;
      if (rp) {
        const np: Record<string, Schema> = {};
        for (const [k, v] of Object.entries(rp)) {
          const t = identifierTokens(k);
          const idx = t.findIndex((x) => conv.fromTokens.includes(x));
          if (idx >= 0 && !(t.slice(0, idx).concat(conv.toToken, t.slice(idx + 1)).join('_') in rp)) {
            t[idx] = conv.toToken;
            np[t.join('_')] = convertSchemaUnits(v, conv);
          } else np[k] = v;
        }
        const req = Array.isArray(returns.required) ? (returns.required as string[]) : undefined;
        returns = { ...returns, properties: np };
        if (req) {
          const oldKeys = Object.keys(rp);
          const newKeys = Object.keys(np);
          returns.required = req.map((r) => newKeys[oldKeys.indexOf(r)] ?? r);
        }
      }
      return { operator: 'adaptation', variant: 'units', verb: meta.verb, core: meta.core, quals: [conv.qualifier, [conv.qualifier[1]], ['converted', conv.qualifier[1]]], subdomain: parent.subdomain, ...base, lead: base.lead.replace(conv.fromWords, conv.toWord), notes: [...base.notes, conv.sentence], parameters: p, returns };
    }
    // No unit-bearing number: flip the default of a unit enum, or add a unit system / currency.
    for (const [name, s] of Object.entries(p.properties)) {
      if (!Array.isArray(s.enum) || s.type !== 'string') continue;
      const values = s.enum as string[];
      const cur = (typeof s.default === 'string' ? s.default : values[0]).toLowerCase();
      const prefs = UNIT_ENUM_PREFERENCE[cur];
      const target = prefs && values.find((v) => prefs.includes(v.toLowerCase()));
      if (!target) continue;
      p.properties[name] = { ...s, default: target };
      const note = `Defaults to ${target} ${humanize(name)} instead of ${cur}.`;
      return { operator: 'adaptation', variant: 'units', verb: meta.verb, core: meta.core, quals: [['in', target.toLowerCase()], [target.toLowerCase()], [target.toLowerCase(), 'default']], subdomain: parent.subdomain, ...base, notes: [...base.notes, note], parameters: p, returns };
    }
    if (!('units' in p.properties) && !('unit_system' in p.properties) && ['read', 'list', 'search', 'compute', 'track'].includes(cls) && rng.bool(0.5)) {
      const def = rng.pick(['metric', 'imperial']);
      p.properties.units = { type: 'string', enum: ['metric', 'imperial'], default: def, description: 'Measurement system of every quantity in the response.' };
      const note = `Quantities can be returned in metric or imperial units (default ${def}).`;
      return { operator: 'adaptation', variant: 'units', verb: meta.verb, core: meta.core, quals: [[def], ['in', def], ['with', 'units']], subdomain: parent.subdomain, ...base, notes: [...base.notes, note], parameters: p, returns };
    }
    if (!('currency' in p.properties) && ['read', 'list', 'search', 'compute', 'create'].includes(cls)) {
      const cur = rng.pick(['EUR', 'GBP', 'JPY', 'CAD', 'AUD', 'CHF', 'INR', 'BRL']);
      p.properties.currency = { type: 'string', pattern: '^[A-Z]{3}$', default: cur, description: `ISO 4217 code of the currency amounts are expressed in (default ${cur}).` };
      const note = `Monetary amounts are expressed in ${cur} unless another currency is requested.`;
      return { operator: 'adaptation', variant: 'units', verb: meta.verb, core: meta.core, quals: [['in', cur.toLowerCase()], [cur.toLowerCase()], ['multi', 'currency']], subdomain: parent.subdomain, ...base, notes: [...base.notes, note], parameters: p, returns };
    }
  }
  return null;
}
