/**
 * Implied values: for every argument of a plan's calls, whether the user states it verbatim or
 * implies it, and then by which words (`PlannedCall.derivations`). A date is said relative to
 * the world's today, a code by what it stands for, a count in words, an amount in another
 * unit, a value from an earlier result by which one it is ("the first one", "the cheapest
 * one"), a list item by item, an object field by field (implied-of.ts). An argument is implied
 * only where a reader gets exactly the value back from the words; the grounding rule recomputes
 * each derivation (core/derive/derivation.ts).
 *
 * Decided after the calls are planned, on a stream of its own (`implied`), so the arguments,
 * tools and results the item already had do not change. One value is said one way in an item:
 * the same key and value in two calls get the same words.
 */
import type { ToolPool } from '../../api-pool/types.js';
import { Rng, subSeed } from '../../core/rng.js';
import type { Derivation, ItemWorld, PlannedCall } from '../../core/plan.js';
import { coordinateOf } from '../../core/derive/codes.js';
import { unitOfWord } from '../../core/derive/units.js';
import { saidDerivations } from '../../core/derive/derivation.js';
import { derivationOf } from './implied-of.js';
import { ownedField } from '../../core/derive/profile.js';

/** Share of the arguments that can be implied which the user does imply (the rest are stated verbatim); flags and enum words are recorded always. */
export const IMPLY_RATE = 1;

/** Kinds the user agent says in words in any case (flags.ts, enum codes): never stated instead. */
const WORDS_ALWAYS: ReadonlySet<Derivation['kind']> = new Set(['flag-words', 'enum-words']);

/** Superlatives a user picks a list item by, with the field they compare (as the grounding rule reads them). */
const SUPERLATIVES: readonly [string, RegExp, number][] = [
  ['the cheapest one', /(^|_)(price|cost|fare|amount|total|rate|fee)s?($|_)/i, -1],
  ['the highest-rated one', /(^|_)(rating|stars|score)s?($|_)/i, 1],
  ['the nearest one', /(^|_)distance/i, -1],
];

/** Whether item 0 of `items` alone has the lowest (sign -1) or highest (1) value of the first numeric field matching `field`. */
function firstIsExtreme(items: readonly unknown[], field: RegExp, sign: number): boolean {
  const first = items[0] as Record<string, unknown> | null;
  if (items.length < 2 || first === null || typeof first !== 'object') return false;
  const key = Object.keys(first).find((k) => field.test(k) && typeof first[k] === 'number');
  if (key === undefined) return false;
  const v = first[key] as number;
  return items.slice(1).every((it) => {
    const x = (it as Record<string, unknown> | null)?.[key];
    return typeof x !== 'number' || sign * (v - x) > 0;
  });
}

/**
 * How the user refers to the value at `path` of an earlier result instead of repeating it:
 * "the first one", "the first flight", or "the cheapest one" where the first item is the
 * cheapest; "that one" for a result that is one object. `seed` picks among the ways.
 */
export function resultDerivation(result: unknown, path: string, seed: number): Derivation {
  const parts = path.split('.');
  const at = parts.findIndex((x) => /^\d+$/.test(x));
  if (at < 1 || parts[at] !== '0') return { kind: 'previous-result', said: 'that one', from: path };
  let items: unknown = result;
  for (const x of parts.slice(0, at)) items = items !== null && typeof items === 'object' ? (items as Record<string, unknown>)[x] : undefined;
  const list = Array.isArray(items) ? items : [];
  const noun = parts[at - 1].replace(/_/g, ' ').toLowerCase();
  const one = noun.endsWith('ies') ? `${noun.slice(0, -3)}y` : noun.endsWith('s') && !noun.endsWith('ss') ? noun.slice(0, -1) : '';
  const ways = ['the first one', ...(one !== '' && /^[a-z ]+$/.test(one) ? [`the first ${one}`] : [])];
  for (const [said, field, sign] of SUPERLATIVES) if (firstIsExtreme(list, field, sign)) ways.push(said, said);
  return { kind: 'previous-result', said: ways[seed % ways.length], from: path };
}

/** What a parameter names, for "the same ...": `account_id` -> "account", `from_currency` -> "currency". */
export function nounOf(key: string): string {
  // A point's two coordinates are one place: "the same spot" (said once for the pair).
  if (coordinateOf(key) !== undefined) return 'spot';
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[_\-\s]+/).filter((w) => w !== '');
  while (words.length > 1 && /^(from|to|in|on|at|for|by|of|with)$/.test(words[0])) words.shift();
  while (words.length > 1 && /^(id|ids|code|number|no|ref)$/.test(words[words.length - 1])) words.pop();
  // A unit at the end names the scale, not the thing: "the same distance", not "the same distance km".
  if (words.length > 1 && unitOfWord(words[words.length - 1]) !== undefined) words.pop();
  const noun = words.join(' ');
  return /^[a-z][a-z ]*$/.test(noun) && !/^(id|ids|code)$/.test(noun) ? noun : 'one';
}


/**
 * The parameters the item may take as the user's own things on file ("my account"): the keys of
 * such a thing (core/derive/profile.ts) when it has one value in all the item's calls, none of
 * them taken from a result or withheld: "my account" can only be one account.
 */
function ownedValues(calls: readonly PlannedCall[], withheld?: { readonly call: number; readonly argument: string }): ReadonlyMap<string, unknown> {
  // By what the thing is: "my account" is one account, whichever parameter takes it.
  const value = new Map<string, unknown>();
  const keys = new Map<string, Set<string>>();
  const mixed = new Set<string>();
  calls.forEach((c, i) => {
    for (const [k, v] of Object.entries(c.arguments)) {
      const field = typeof v === 'string' ? ownedField(k) : undefined;
      if (field === undefined) continue;
      if (c.dependsOn?.[k] || (withheld?.call === i && withheld.argument === k) || (value.has(field) && value.get(field) !== v)) mixed.add(field);
      value.set(field, v);
      (keys.get(field) ?? keys.set(field, new Set()).get(field)!).add(k);
    }
  });
  const out = new Map<string, unknown>();
  for (const [field, ks] of keys) if (!mixed.has(field)) for (const k of ks) out.set(k, value.get(field));
  return out;
}

/**
 * The calls with the derivations of the arguments the user implies. A call's values taken
 * from an earlier result keep the derivation they were planned with (dependent.ts), or that
 * of the same value in an earlier call (a multi-turn follow-up that carries it over).
 */
export function withDerivations(
  pool: ToolPool,
  seed: number,
  world: ItemWorld,
  calls: readonly PlannedCall[],
  withheld?: { readonly call: number; readonly argument: string },
): readonly PlannedCall[] {
  if (calls.length === 0) return calls;
  const rng = new Rng(subSeed(seed, 'implied'));
  const r = (): number => rng.next();
  const decided = new Map<string, Derivation | null>();
  const owned = ownedValues(calls, withheld);
  const w = withheld && calls[withheld.call]?.arguments[withheld.argument];
  const hidden = typeof w === 'string' || typeof w === 'number' ? String(w).toLowerCase() : undefined;
  return calls.map((c, i) => {
    const api = pool.byName.get(c.name);
    if (!api) return c;
    const out: Record<string, Derivation> = { ...c.derivations };
    for (const key in c.arguments) {
      if (key in out) continue;
      // A withheld value is given verbatim when the assistant asks for it (the clarification check reads it so).
      if (withheld && withheld.call === i && withheld.argument === key) continue;
      const value = c.arguments[key];
      if (c.dependsOn?.[key]) {
        const src = c.dependsOn[key];
        const earlier = calls.slice(0, i).find((o) => o.derivations?.[key] && o.dependsOn?.[key]?.call === src.call && o.dependsOn[key].field === src.field);
        if (earlier) out[key] = earlier.derivations![key];
        continue;
      }
      if (value === null) continue;
      // A value of an earlier turn's call, asked for again: "the same account".
      const turn = c.turn ?? 0;
      if (turn > 0 && typeof value !== 'boolean' && calls.slice(0, i).some((o) => (o.turn ?? 0) < turn && key in o.arguments && JSON.stringify(o.arguments[key]) === JSON.stringify(value))) {
        if (r() < IMPLY_RATE) out[key] = { kind: 'previous-turn', said: `the same ${nounOf(key)}` };
        continue;
      }
      const memo = `${key}\u0000${typeof value}\u0000${typeof value === 'object' ? JSON.stringify(value) : String(value)}`;
      let d = decided.get(memo);
      if (d === undefined) {
        // A flag or an enum code is said in words whether or not it is recorded: recorded always.
        const implies = (found: Derivation): boolean => WORDS_ALWAYS.has(found.kind) || r() < IMPLY_RATE;
        const found = derivationOf(api, key, value, c.arguments, world, owned, r, implies);
        d = found && (found.kind === 'nested' || implies(found)) ? found : null;
        decided.set(memo, d);
      }
      // Words that name the withheld value ("Shanghai" for a time zone) would give it away before it is asked for.
      if (d && !(hidden !== undefined && saidDerivations(d).some((x) => x.said.toLowerCase().includes(hidden)))) out[key] = d;
    }
    pairCentres(out);
    return Object.keys(out).length > 0 ? { ...c, derivations: out } : c;
  });
}

/** A city's centre is said for its latitude and longitude together: one of them alone (the other withheld or stated) is stated too. */
function pairCentres(out: Record<string, Derivation>): void {
  const centres = Object.keys(out).filter((k) => out[k].kind === 'city-coordinates');
  if (centres.length === 1) delete out[centres[0]];
}
