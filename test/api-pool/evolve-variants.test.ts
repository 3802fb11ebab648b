/**
 * The evolution's variants say what they changed and their schemas agree: a currency variant
 * takes no other currency, a unit variant's numbers are in its unit, a paginated, versioned,
 * batched or nested variant says so in its first sentence, a lighter variant lacks what it says
 * it lacks, and a renamed variant's description uses the nouns of its name.
 */
import { describe, expect, it } from 'vitest';
import { identifierTokens } from '../../api-pool/dedup.js';
import { evolvePool } from '../../api-pool/evolve.js';
import { NOUN_INDEX } from '../../api-pool/evolve/synonyms.js';
import { leadWith } from '../../api-pool/evolve/traits.js';
import { SEED_DOMAINS } from '../../api-pool/seeds/index.js';
import { firstSentence, UNIT_SUFFIXES } from '../../api-pool/twins.js';
import type { ApiSpec } from '../../api-pool/types.js';
import { validatePool } from '../../api-pool/validate.js';

type Schema = Record<string, unknown>;
const { apis } = evolvePool({ domains: SEED_DOMAINS, size: 2000, seed: 42 });
const byName = new Map(apis.map((a) => [a.name, a]));

/** Every property of a schema at any depth, with its name. */
function props(s: Schema, out: [string, Schema][] = []): [string, Schema][] {
  for (const [k, v] of Object.entries((s.properties ?? {}) as Record<string, Schema>)) {
    out.push([k, v]);
    props(v, out);
  }
  if (s.items && typeof s.items === 'object') props(s.items as Schema, out);
  return out;
}
const variantOf = (a: ApiSpec): { op: string; parent: ApiSpec } | undefined => {
  const m = /^evolved:(\w+):(.+)$/.exec(a.origin);
  const parent = m ? byName.get(m[2]) : undefined;
  return m && parent ? { op: m[1], parent } : undefined;
};
const CURRENCIES = new Set(['usd', 'eur', 'gbp', 'jpy', 'cad', 'aud', 'chf', 'inr', 'brl']);
const SAID_UNIT: Record<string, RegExp> = { km: /kilomet|\bkm\b/, lb: /pound/, kg: /kilogram|\bkg\b/, inches: /inch/, gallons: /gallon/, hours: /hour/ };
const OTHER_UNIT: Record<string, RegExp> = { miles: /^km$|^kilomet/, km: /^miles?$/, fahrenheit: /^celsius$/, celsius: /^fahrenheit$/, lb: /^kg$/, kg: /^lbs?$|^pounds$/, feet: /^meters$|^metres$/, inches: /^cm$/, gallons: /^lit(re|er)s$/, hours: /^minutes$/, mwh: /^kwh$/ };

describe('evolved variants', () => {
  it('stay valid and distinct', () => {
    expect(apis).toHaveLength(2000);
    expect(validatePool(apis).invalid).toEqual([]);
  });

  it('fix the currency a currency variant names, in its parameters, its returns and its description', () => {
    let n = 0;
    for (const a of apis) {
      const t = identifierTokens(a.name);
      const cur = t[t.length - 1];
      if (!CURRENCIES.has(cur) || !variantOf(a)) continue;
      n++;
      const CUR = cur.toUpperCase();
      const fields = [...props(a.parameters as Schema), ...props(a.returns)].filter(([k, s]) => /^currency(_?code)?$/i.test(k) && s.type === 'string');
      expect(fields.length, a.name).toBeGreaterThan(0);
      for (const [k, s] of fields) expect(s.enum, `${a.name}.${k}`).toEqual([CUR]);
      expect(a.description, a.name).toContain(CUR);
    }
    expect(n).toBeGreaterThan(5);
  });

  it('give a unit variant numbers in its unit and none left in the other, and say the unit', () => {
    let n = 0;
    for (const a of apis) {
      const t = identifierTokens(a.name);
      const unit = t[t.length - 1];
      if (!UNIT_SUFFIXES.has(unit) || CURRENCIES.has(unit) || !variantOf(a)) continue;
      n++;
      const params = props(a.parameters as Schema);
      if (unit === 'metric' || unit === 'imperial') {
        const systems = params.filter(([, s]) => Array.isArray(s.enum) && ((s.enum as string[]).includes('metric') || (s.enum as string[]).includes('imperial')));
        expect(systems.length, a.name).toBeGreaterThan(0);
        for (const [k, s] of systems) expect(s.enum, `${a.name}.${k}`).toEqual([unit]);
        continue;
      }
      const other = OTHER_UNIT[unit];
      if (other) for (const [k, s] of params) if (s.type === 'number' || s.type === 'integer') expect(identifierTokens(k).some((x) => other.test(x)), `${a.name}.${k}`).toBe(false);
      expect(firstSentence(a.description), a.name).toMatch(SAID_UNIT[unit] ?? new RegExp(unit));
    }
    expect(n).toBeGreaterThan(5);
  });

  it('say what changed in their first sentence, so it differs from their parent’s', () => {
    const said: Record<string, RegExp> = { paged: /page/, paginated: /page/, scroll: /page/, stream: /page/, cursor: /page/, batch: /requests at once/, bulk: /requests at once/, many: /requests at once/ };
    let checked = 0;
    for (const a of apis) {
      const v = variantOf(a);
      if (!v || v.op === 'speciation') continue;
      expect(firstSentence(a.description), a.name).not.toBe(firstSentence(v.parent.description));
      const t = identifierTokens(a.name);
      const last = t[t.length - 1];
      if (v.op === 'evolution' && said[last]) {
        checked++;
        expect(firstSentence(a.description), a.name).toMatch(said[last]);
      }
      if (v.op === 'evolution' && /^v\d+$/.test(last)) expect(a.description, a.name).toMatch(new RegExp(`version ${last.slice(1)}`, 'i'));
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('never say a parameter is missing that they have', () => {
    const missing = /(?:without the|There is no) ([a-z ]+?) options?\b|It does not take ([a-z ]+?)\.|Simplified: ([a-z ,]+?) cannot be set here/g;
    for (const a of apis) {
      const names = new Set(props(a.parameters as Schema).map(([k]) => identifierTokens(k).join(' ')));
      for (const m of a.description.matchAll(missing)) {
        const listed = (m[1] ?? m[2] ?? m[3]).split(/, | and /);
        for (const p of listed) expect(names.has(p.trim()), `${a.name}: "${m[0]}"`).toBe(false);
      }
    }
  });

  it('give a renamed API a description in the nouns of its name', () => {
    let checked = 0;
    for (const a of apis) {
      const v = variantOf(a);
      if (v?.op !== 'renaming') continue;
      // Parameter names the text mentions ("push notification id", "statistics" an ancestor dropped) are names, not nouns to swap.
      const paramWords = new Set<string>();
      for (let x: ApiSpec | undefined = a; x; x = variantOf(x)?.parent) for (const [k] of props(x.parameters as Schema)) for (const w of identifierTokens(k)) paramWords.add(w);
      // So are the options a variant added ("with options for notifications": the notify option, not an alert).
      const text = a.description.replace(/(with options for|narrowed by|Supports|accepts|Adds optional|Extends the request with|filtering by|further by|Works with)[^.,;]*/g, '');
      const words = new Set(text.toLowerCase().split(/[^a-z]+/).filter((w) => !paramWords.has(w)));
      const tokens = identifierTokens(a.name);
      const inName = new Set([...tokens, ...tokens.map((t) => t.replace(/s$/, ''))]);
      for (const tok of tokens) {
        const group = NOUN_INDEX.get(tok) ?? NOUN_INDEX.get(tok.replace(/s$/, ''));
        if (!group) continue;
        checked++;
        const others = group.filter((w) => !inName.has(w));
        for (const o of others) expect(words.has(o) || words.has(`${o}s`), `${a.name}: "${o}" in ${a.description}`).toBe(false);
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('leadWith', () => {
  it('says the phrases in the first clause, and never inside a list or a parenthesis', () => {
    expect(leadWith('Get the UV index for a day, with sun-protection advice.', ['in degrees Fahrenheit'])).toBe('Get the UV index for a day in degrees Fahrenheit, with sun-protection advice.');
    expect(leadWith('Get one season of a TV series: titles and air dates.', ['with amounts in AUD'])).toBe('Get one season of a TV series with amounts in AUD: titles and air dates.');
    expect(leadWith('Decode a VIN into make, model and year.', ['one page at a time'])).toBe('Decode a VIN into make, model and year, one page at a time.');
    expect(leadWith('Resolve a citation (e.g. "410 U.S. 113", a case) to its case.', ['with strict input checks'])).toBe('Resolve a citation (e.g. "410 U.S. 113", a case) to its case, with strict input checks.');
    expect(leadWith('List invoices.', ['with amounts in EUR', 'one page at a time'])).toBe('List invoices, with amounts in EUR and one page at a time.');
    expect(leadWith('List invoices.', [])).toBe('List invoices.');
  });
});
