/**
 * The adaptation operator's unit variants: the same operation in another unit or currency, and
 * said everywhere it shows. The name says the unit (`_in_miles`, `_in_aud`), the first sentence
 * says it, the parameters and returns that carry it are converted or fixed to it (a `_in_aud`
 * variant's currency parameter accepts AUD and nothing else, so it is never called with CAD),
 * and a lineage changes each dimension once (no km → miles → km).
 *   - conversion: numbers whose name or description names a unit are converted (bounds,
 *     defaults, names, descriptions), in the parameters and the returns alike;
 *   - a unit enum fixed to its other value (metric → imperial, celsius → fahrenheit);
 *   - a currency: only for APIs that deal in money, and not for those that convert currencies;
 *   - a unit-system parameter: only for APIs that return physical quantities.
 */
import { identifierTokens } from '../dedup.js';
import type { Candidate, OpContext } from './operator.js';
import { mapProps, someProp, type Params, type Schema } from './schema.js';
import { renamedTraits, type Trait } from './traits.js';
import { convertSchemaUnits, fixedUnit, UNIT_CONVERSIONS, UNIT_ENUM_PREFERENCE, unitKey, type UnitConversion } from './units.js';
import type { VerbClass } from './verbs.js';
import { capitalize, humanize, stripPeriod } from './words.js';

interface Base {
  readonly lead: string;
  readonly rest: string;
  readonly traits: Trait[];
}

const isNumber = (s: Schema): boolean => s.type === 'number' || s.type === 'integer';
// Money, not counts: `total`, `charge` (a battery's) and `tip` (advice) say nothing of a currency.
const MONEY = /(^|_)(prices?|amounts?|costs?|fees?|budgets?|salary|salaries|premiums?|revenue|balances?|payments?|fares?|refunds?|income|spend|spending|subtotal|discounts?|rent|wages?|payouts?|invoices?)(_|$)/;
const CONVERTS_MONEY = /(^|_)(from|to|base|target|source|quote)_currency$|^(base|symbols)$/;
// Physical quantities, not their homonyms: a sound's or a stock's volume, a comment thread's depth.
const QUANTITY = /(^|_)(distance|temperature|temp|weight|height|speed|elevation|altitude|radius|precipitation|rainfall|snowfall|wind|km|miles|kg|lb|lbs|celsius|fahrenheit|meters|metres|feet|mm|cm|inches)(_|$)/;
const CURRENCY_FIELD = /^(currency|currency_?code)$/i;
/** A clock or calendar field ("minute, 0 to 59") is a position in time, not an amount in a unit. */
const CLOCK_FIELD = /^(seconds?|minutes?|hours?|days?|weeks?|months?|years?)$/i;
const CURRENCIES = ['EUR', 'GBP', 'JPY', 'CAD', 'AUD', 'CHF', 'INR', 'BRL', 'USD'];

/** A renamed identifier in the spelling of the original (snake_case or camelCase). */
function respell(original: string, tokens: readonly string[]): string {
  return /[A-Z]/.test(original) && !original.includes('_') ? tokens.map((w, i) => (i === 0 ? w : capitalize(w))).join('') : tokens.join('_');
}

/** Convert every number of a schema that names the unit (by its name or description); returns their names now and the renames. */
function convertTree(schema: Schema, conv: UnitConversion): { schema: Schema; changed: string[]; renames: Map<string, string> } {
  const changed: string[] = [];
  const renames = new Map<string, string>();
  const words = new RegExp(conv.fromWords.source, conv.fromWords.flags.replace('g', ''));
  const out = mapProps(schema, (k, s, siblings) => {
    if (!isNumber(s) || CLOCK_FIELD.test(k)) return [k, s];
    const t = identifierTokens(k);
    const idx = t.findIndex((x) => conv.fromTokens.includes(x));
    if (idx < 0 && !(typeof s.description === 'string' && words.test(s.description))) return [k, s];
    let nk = k;
    if (idx >= 0) {
      t[idx] = conv.toToken;
      const renamed = respell(k, t);
      if (!(renamed in siblings)) nk = renamed;
    }
    changed.push(nk);
    if (nk !== k) renames.set(k, nk);
    return [nk, convertSchemaUnits(s, conv)];
  });
  return { schema: out, changed, renames };
}

/** A currency field fixed to one currency. */
function fixCurrencyField(s: Schema, cur: string, isParam: boolean): Schema {
  const { pattern: _p, examples: _e, default: _d, ...rest } = s;
  if (!isParam) return { ...rest, type: 'string', enum: [cur] };
  return { ...rest, type: 'string', enum: [cur], default: cur, description: `ISO 4217 code of the currency of every amount: always ${cur} here.` };
}

export function unitVariant(ctx: OpContext, p: Params, returns: Schema, base: Base, cls: VerbClass): Candidate | null {
  const { parent, meta, rng } = ctx;
  const has = new Set(base.traits.map((t) => t.key));
  const mk = (quals: readonly (readonly string[])[], own: Trait, parameters: Params, ret: Schema, lead = base.lead, rest = base.rest, traits = base.traits): Candidate => ({
    operator: 'adaptation',
    variant: 'units',
    verb: meta.verb,
    core: meta.core,
    quals,
    subdomain: parent.subdomain,
    lead,
    rest,
    traits,
    own,
    parameters,
    returns: ret,
  });
  const paramHas = (re: RegExp): boolean => someProp(p as unknown as Schema, (k) => re.test(k));

  // Conversion of unit-bearing numbers.
  for (const conv of rng.shuffle(UNIT_CONVERSIONS)) {
    if (has.has(unitKey(conv.dimension))) continue;
    if (conv.dimension === 'currency' && paramHas(CURRENCY_FIELD)) continue;
    const params = convertTree(p as unknown as Schema, conv);
    if (params.changed.length === 0) continue;
    const ret = convertTree(returns, conv).schema;
    const own: Trait = { key: unitKey(conv.dimension), phrase: conv.phrase, sentence: conv.sentence, needs: params.changed, sticky: true, keep: true };
    const quals = [conv.qualifier, [conv.qualifier[1]], ['converted', conv.qualifier[1]]];
    // Every text of the lineage now speaks of the new unit and the renamed parameters.
    const say = (text: string): string => text.replace(conv.fromWords, conv.toWord);
    const traits = renamedTraits(base.traits, params.renames, say);
    return mk(quals, own, params.schema as unknown as Params, ret, say(base.lead), say(base.rest), traits);
  }

  // A unit enum fixed to its other value.
  for (const [name, s] of Object.entries(p.properties)) {
    if (!Array.isArray(s.enum) || s.type !== 'string') continue;
    const values = s.enum as string[];
    const cur = typeof s.default === 'string' ? s.default : values[0];
    const prefs = UNIT_ENUM_PREFERENCE[cur.toLowerCase()];
    const target = prefs && values.find((v) => prefs.includes(v.toLowerCase()));
    if (!target) continue;
    const fx = fixedUnit(target);
    if (has.has(unitKey(fx.dimension))) continue;
    const params: Params = { ...p, properties: { ...p.properties, [name]: { ...s, enum: [target], default: target, description: `${stripPeriod(String(s.description ?? capitalize(humanize(name))))}: always ${target} here.` } } };
    const ret = mapProps(returns, (k, r) => {
      if (k === name && Array.isArray(r.enum) && (r.enum as unknown[]).includes(target)) return [k, { ...r, enum: [target] }];
      return [k, fx.dimension === 'currency' && CURRENCY_FIELD.test(k) && r.type === 'string' ? fixCurrencyField(r, target.toUpperCase(), false) : r];
    });
    const own: Trait = { key: unitKey(fx.dimension), phrase: fx.phrase, sentence: `${capitalize(humanize(name))} is always ${target}.`, needs: [name], sticky: true, keep: true };
    const t = target.toLowerCase();
    return mk([['in', t], [t], [t, 'only']], own, params, ret);
  }

  const currency = (): Candidate | null => {
    if (has.has('currency') || !['read', 'list', 'search', 'compute', 'create'].includes(cls) || paramHas(CONVERTS_MONEY)) return null;
    const money = (k: string): boolean => MONEY.test(identifierTokens(k).join('_'));
    if (!someProp(p as unknown as Schema, money) && !someProp(returns, money)) return null;
    // Another currency than the parent's default (USD when it names none).
    let parentCur = 'USD';
    someProp(p as unknown as Schema, (k, s) => {
      const d = s.default ?? (Array.isArray(s.enum) ? s.enum[0] : undefined);
      if (CURRENCY_FIELD.test(k) && typeof d === 'string') parentCur = d.toUpperCase();
      return false;
    });
    const cur = rng.pick(CURRENCIES.filter((c) => c !== parentCur));
    const fixed: string[] = [];
    let params = mapProps(p as unknown as Schema, (k, s) => (CURRENCY_FIELD.test(k) && (s.type === 'string' || Array.isArray(s.enum)) ? (fixed.push(k), [k, fixCurrencyField(s, cur, true)]) : [k, s])) as unknown as Params;
    if (fixed.length === 0) {
      params = { ...params, properties: { ...params.properties, currency: fixCurrencyField({}, cur, true) } };
      fixed.push('currency');
    }
    const ret = mapProps(returns, (k, s) => [k, CURRENCY_FIELD.test(k) && s.type === 'string' ? fixCurrencyField(s, cur, false) : s]);
    const own: Trait = { key: 'currency', phrase: `with amounts in ${cur}`, sentence: `Every amount is in ${cur}; no other currency can be asked for.`, needs: fixed, sticky: true, keep: true };
    const c = cur.toLowerCase();
    return mk([['in', c], [c], ['priced', 'in', c]], own, params, ret);
  };

  const unitSystem = (): Candidate | null => {
    if (has.has(unitKey('system')) || !['read', 'list', 'search', 'compute', 'track'].includes(cls)) return null;
    if (paramHas(/^(units?|unit_?system|measurement_?system)$/i)) return null;
    if (!someProp(returns, (k, s) => isNumber(s) && QUANTITY.test(identifierTokens(k).join('_')))) return null;
    const def = rng.pick(['metric', 'imperial']);
    const params: Params = { ...p, properties: { ...p.properties, units: { type: 'string', enum: ['metric', 'imperial'], default: def, description: 'Measurement system of every quantity in the response.' } } };
    // The unit-system key: a later variant does not fix the system this one lets the caller choose.
    const own: Trait = { key: unitKey('system'), phrase: 'in metric or imperial units', sentence: `Quantities come in metric or imperial units, as asked (default ${def}).`, needs: ['units'], keep: true };
    return mk([['with', 'units'], ['with', 'unit', 'system'], ['metric', 'or', 'imperial']], own, params, returns);
  };

  return rng.bool(0.5) ? (currency() ?? unitSystem()) : (unitSystem() ?? currency());
}
