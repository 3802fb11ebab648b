/**
 * What a variant changed, kept with its lineage so every description tells the truth about its
 * own API: a trait ("amounts in AUD", "one page at a time", "version 2") has a short phrase that
 * goes into the first sentence, where it tells the variant from its parent and siblings, and a
 * sentence that explains it. A trait names the parameters it speaks of; once they are gone (a
 * lighter variant dropped them) or back (a later variant added them again), it no longer holds
 * and leaves the description, so a description never says "also accepts X" beside "X cannot be
 * set". Unit and currency traits are sticky: every descendant says them in its first sentence.
 */
import { identifierTokens } from '../dedup.js';
import type { Params, Schema } from './schema.js';

export interface Trait {
  /** One trait per key: a later trait of the same key replaces the earlier one (version 3 after 2). */
  readonly key: string;
  /** Said in the first sentence: "with amounts in AUD", "one page at a time". */
  readonly phrase: string;
  /** The sentence that explains it. */
  readonly sentence: string;
  /** Parameters (at any depth, in any case style) that must be there for it to hold. */
  readonly needs?: readonly string[];
  /** Parameters that must not be there for it to hold. */
  readonly lacks?: readonly string[];
  /** Said by every descendant (units, currency). */
  readonly sticky?: boolean;
  /** Its parameters may not be dropped or renamed by later variants (units, currency, paging...). */
  readonly keep?: boolean;
}

/** A parameter name in one spelling: `pageSize`, `page_size` and `page-size` are the same. */
export function paramKey(name: string): string {
  return identifierTokens(name).join('_');
}

/** Every parameter name of a schema, nested ones included, as paramKey spells them. */
export function paramKeys(schema: Schema, out = new Set<string>(), depth = 0): Set<string> {
  if (depth > 8 || typeof schema !== 'object' || schema === null) return out;
  const props = schema.properties as Record<string, Schema> | undefined;
  if (props && typeof props === 'object') {
    for (const [k, v] of Object.entries(props)) {
      out.add(paramKey(k));
      paramKeys(v, out, depth + 1);
    }
  }
  if (schema.items && typeof schema.items === 'object') paramKeys(schema.items as Schema, out, depth + 1);
  return out;
}

export function holds(t: Trait, keys: ReadonlySet<string>): boolean {
  return (t.needs ?? []).every((n) => keys.has(paramKey(n))) && !(t.lacks ?? []).some((n) => keys.has(paramKey(n)));
}

/** The traits that still hold for these parameters, with `own` replacing one of its key. */
export function traitsFor(inherited: readonly Trait[], own: Trait | undefined, params: Params): Trait[] {
  const keys = paramKeys(params as unknown as Schema);
  const out = inherited.filter((t) => t.key !== own?.key && holds(t, keys));
  if (own && holds(own, keys)) out.push(own);
  return out;
}

/** Parameters later variants must leave as they are (dropping or renaming them would falsify a trait). */
export function keptParams(traits: readonly Trait[]): Set<string> {
  const out = new Set<string>();
  for (const t of traits) if (t.keep) for (const n of t.needs ?? []) out.add(paramKey(n));
  return out;
}

/** Words after a comma that open a new clause (rather than continue a list). */
const CLAUSE_WORDS = /^(with|without|plus|to|for|so|returning|optionally|including|given|where|which|then)\b/i;

/**
 * The lead with the phrases said in its first clause: before its first boundary outside
 * parentheses (`;`, `:` or a comma that opens a new clause), or at the end of the sentence when
 * that boundary is a comma inside a list.
 */
export function leadWith(lead: string, phrases: readonly string[]): string {
  const text = lead.trim().replace(/\s+/g, ' ');
  if (phrases.length === 0) return text;
  const said = phrases.length === 1 ? phrases[0] : `${phrases.slice(0, -1).join(', ')} and ${phrases[phrases.length - 1]}`;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ';' || c === ':' || c === ',')) {
      if (c === ',' && !CLAUSE_WORDS.test(text.slice(i + 1).trimStart())) break;
      return `${text.slice(0, i)} ${said}${text.slice(i)}`;
    }
  }
  return `${text.replace(/[.!?]+$/, '')}, ${said}.`;
}

/** Traits as they read once parameters are renamed (`radius_km` → `radius_miles`) and `edit` is applied to their words. */
export function renamedTraits(traits: readonly Trait[], renames: ReadonlyMap<string, string>, edit: (text: string) => string = (t) => t): Trait[] {
  const rename = (n: string): string => renames.get(n) ?? n;
  const say = (text: string): string => {
    let out = text;
    for (const [from, to] of renames) out = out.replace(new RegExp(`\\b${identifierTokens(from).join(' ')}\\b`, 'g'), identifierTokens(to).join(' '));
    return edit(out);
  };
  return traits.map((t) => ({ ...t, phrase: say(t.phrase), sentence: say(t.sentence), ...(t.needs ? { needs: t.needs.map(rename) } : {}), ...(t.lacks ? { lacks: t.lacks.map(rename) } : {}) }));
}

/**
 * An evolved API's description: the lead with the sticky traits and its own in its first clause,
 * then the sentences of its own trait, of the sticky ones and of the two latest others, then the rest.
 */
export function describe(lead: string, traits: readonly Trait[], own: Trait | undefined, rest: string): string {
  const ownHolds = own !== undefined && traits.includes(own);
  const sticky = traits.filter((t) => t.sticky && t !== own);
  const others = traits.filter((t) => !t.sticky && t !== own).slice(-2);
  const inLead = [...sticky, ...(ownHolds ? [own] : [])];
  const sentences = [...others, ...sticky, ...(ownHolds ? [own] : [])].map((t) => t.sentence);
  return [leadWith(lead, inLead.map((t) => t.phrase)), ...sentences, rest].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
}
