/**
 * The user's own things in a second language, built the one way each language builds them: the
 * world's fields (email, city...) as whole phrases, the things on file as a noun with the
 * possessive and the role's preposition ("de mi cuenta", "von meinem Konto", "dalla mia carta").
 */
import { ON_FILE, type OnFile, type ProfileField, type WorldField } from '../profile.js';
import type { Gender, Role } from './types.js';

export type Phrases = Readonly<Record<Role, readonly string[]>>;

/** The profile table of a language: its world phrases, its nouns for the things on file, and how a role says one. */
export function profileTable(
  world: Readonly<Record<WorldField, Phrases>>,
  nouns: Readonly<Record<Exclude<OnFile, 'owner'>, readonly [Gender | 'n', string]>>,
  owner: Phrases,
  say: (role: Role, g: Gender | 'n', noun: string) => readonly string[],
): Readonly<Record<ProfileField, Phrases>> {
  const out: Partial<Record<ProfileField, Phrases>> = { ...world, owner };
  for (const f of ON_FILE) {
    if (f === 'owner') continue;
    const [g, noun] = nouns[f];
    out[f] = { to: say('to', g, noun), from: say('from', g, noun), at: say('at', g, noun) };
  }
  return out as Record<ProfileField, Phrases>;
}
