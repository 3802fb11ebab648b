/**
 * Class 6: the generator's old filler words (alpha, delta, orbit, ...) standing in for a name
 * (a person, artist, venue, drug, product, company, rule...) or inside an identifier. A name
 * counts when it holds two of them ("Ember ember", "orbit tundra") or is one written in lower
 * case ("aurora" as a venue); a real name that happens to hold one ("Delta" the airline,
 * "Sierra" as a first name, "Orbit Buds") does not. An identifier counts when one of its
 * separated parts is a filler word (rule id "orbit").
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { callLeaves, show, words } from '../fields.js';

export const FILLER = new Set(['alpha', 'delta', 'orbit', 'harbor', 'summit', 'cedar', 'falcon', 'meadow', 'aurora', 'beacon', 'comet', 'ember', 'glacier', 'lumen', 'nova', 'pioneer', 'quartz', 'ridge', 'sierra', 'tundra']);

/** Words of a field name that say its value is a name. */
const NAME_WORDS = new Set([
  'name', 'names', 'artist', 'artists', 'venue', 'venues', 'drug', 'drugs', 'medication', 'medications', 'medicine', 'product', 'products',
  'performer', 'performers', 'author', 'authors', 'owner', 'manufacturer', 'brand', 'company', 'provider', 'lineup', 'person', 'customer',
  'doctor', 'physician', 'assignee', 'reviewer', 'player', 'players', 'member', 'members', 'host', 'band', 'creator', 'publisher', 'vendor',
  'merchant', 'seller', 'landlord', 'tenant', 'agent', 'sender', 'organizer', 'attendee', 'attendees', 'guest', 'guests', 'driver', 'rule',
  'hotel', 'restaurant', 'store', 'pharmacy', 'clinic', 'hospital', 'employer', 'candidate', 'instructor', 'teacher', 'speaker', 'nickname',
]);
/** Person-name parts: a single word there may be a real name that is also a filler word. */
const NAME_PARTS = new Set(['first', 'last', 'given', 'family', 'middle', 'surname']);

const isId = (w: readonly string[]): boolean => w[w.length - 1] === 'id' || w[w.length - 1] === 'ids';

export function fillerIn(key: string, value: string): string | undefined {
  const w = words(key);
  if (isId(w)) {
    const parts = value.toLowerCase().split(/[\s_\-./:]+/);
    return parts.some((p) => FILLER.has(p)) ? `id ${key} ${show(value)}` : undefined;
  }
  if (!w.some((x) => NAME_WORDS.has(x)) || value.includes('@') || value.includes('://')) return undefined;
  const tokens = value.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  const filler = tokens.filter((t) => FILLER.has(t)).length;
  if (filler === 0) return undefined;
  const lowerOne = filler === 1 && tokens.length === 1 && value === value.toLowerCase() && !w.some((x) => NAME_PARTS.has(x));
  if (filler >= 2 || lowerOne) return `name ${key} ${show(value)}`;
  return undefined;
}

export const fillerNames: Detector = {
  key: 'filler-names',
  title: 'filler words as names or ids',
  check: (view) =>
    judgeAll(callLeaves(view), (leaf) => {
      const w = words(leaf.key);
      if (typeof leaf.value !== 'string' || (!isId(w) && !w.some((x) => NAME_WORDS.has(x)))) return undefined;
      const bad = fillerIn(leaf.key, leaf.value);
      return finding(bad && `${leaf.call.name} ${leaf.side}: ${bad}`);
    }),
};
