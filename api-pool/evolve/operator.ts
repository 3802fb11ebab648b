/**
 * The contract of the evolution operators: what one is given (a parent API, what is remembered of
 * it, its domain and the Rng) and what it returns (a candidate the engine names and checks).
 */
import type { Rng } from '../../core/rng.js';
import type { ApiSpec } from '../types.js';
import { inNamesNouns, reword } from './reword.js';
import type { Params, Schema } from './schema.js';
import type { Trait } from './traits.js';

export interface DomainInfo {
  readonly name: string;
  readonly description: string;
  readonly subdomains: readonly { readonly name: string; readonly description: string }[];
}

/** What the engine remembers about each pool API to derive names and descriptions. */
export interface Meta {
  verb: string | undefined;
  core: string[];
  qual: string[];
  /** The first sentence of the description, without the traits' phrases. */
  lead: string;
  rest: string;
  /** What the lineage changed that still holds (see traits.ts). */
  traits: Trait[];
}

export interface Candidate {
  operator: Operator;
  /** e.g. 'units', 'paginate' */
  variant: string;
  verb: string | undefined;
  core: string[];
  /** Alternative qualifiers, tried in order until a free name is found. */
  quals: readonly (readonly string[])[];
  subdomain: string | undefined;
  lead: string;
  rest: string;
  /** The parent's traits (those that no longer hold are dropped by the engine). */
  traits: Trait[];
  /** What this variant changes: said in its first sentence and one of its own. */
  own?: Trait;
  parameters: Params;
  returns: Schema;
}

export type Operator = 'speciation' | 'adaptation' | 'evolution' | 'renaming';
export const OPERATORS: readonly Operator[] = ['speciation', 'adaptation', 'evolution', 'renaming'];

export interface OpContext {
  parent: ApiSpec;
  meta: Meta;
  domain: DomainInfo;
  rng: Rng;
}

/** Carry the parent's description forward, reworded (in the nouns of the name), with its traits. */
export function inherited(ctx: OpContext, strength: number): { lead: string; rest: string; traits: Trait[] } {
  const { meta, rng } = ctx;
  const say = (text: string): string => inNamesNouns(reword(text, rng, strength, meta.core), meta.core);
  const rest = meta.rest && rng.bool(0.5) ? say(meta.rest) : '';
  return { lead: say(meta.lead), rest, traits: meta.traits };
}
