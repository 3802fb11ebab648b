/**
 * The contract of the evolution operators: what one is given (a parent API, what is remembered of
 * it, its domain and the Rng) and what it returns (a candidate the engine names and checks).
 */
import type { Rng } from '../../core/rng.js';
import type { ApiSpec } from '../types.js';
import { reword } from './reword.js';
import type { Params, Schema } from './schema.js';

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
  lead: string;
  rest: string;
  notes: string[];
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
  notes: string[];
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

/** Carry the parent's description forward, reworded, with earlier notes (the last two). */
export function inherited(ctx: OpContext, strength: number): { lead: string; rest: string; notes: string[] } {
  const { meta, rng } = ctx;
  const rest = meta.rest && rng.bool(0.5) ? reword(meta.rest, rng, strength) : '';
  return { lead: reword(meta.lead, rng, strength), rest, notes: meta.notes.slice(-2) };
}

/** An evolved API's description: the lead sentence, the notes of its lineage, then the rest. */
export function describe(lead: string, notes: readonly string[], rest: string): string {
  return [lead, ...notes, rest].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
}
