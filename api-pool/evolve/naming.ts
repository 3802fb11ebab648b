/** API names as verb + core nouns + qualifiers: parsing a seed's name, building an evolved one. */
import { identifierTokens } from '../dedup.js';
import { VERB_CLASS_OF } from './verbs.js';

/** Name qualifiers per variant; an operator offers a few, the engine takes the first free name. */
export const QUALIFIERS = {
  generalise: [['basic'], ['simple'], ['quick'], ['lite'], ['minimal'], ['core']],
  constrain: [['strict'], ['validated'], ['checked'], ['bounded']],
  nest: [['structured'], ['advanced'], ['with', 'filters'], ['grouped']],
  batch: [['batch'], ['bulk'], ['many']],
  paginate: [['paged'], ['paginated'], ['by', 'page']],
  cursor: [['cursor'], ['stream'], ['scroll']],
  sort: [['sorted'], ['ordered'], ['ranked']],
  filter: [['filtered'], ['refined'], ['narrowed']],
} as const;

/** Split a name into its verb (when it is a known one), core nouns and a trailing `vN` qualifier. */
export function parseName(name: string): { verb: string | undefined; core: string[]; qual: string[] } {
  const t = identifierTokens(name);
  const verb = t.length > 1 && VERB_CLASS_OF.has(t[0]) ? t[0] : undefined;
  const rest = verb ? t.slice(1) : t;
  const qual = rest.length > 1 && /^v\d+$/.test(rest[rest.length - 1]) ? [rest.pop()!] : [];
  return { verb, core: rest, qual };
}

/** Join verb, core and qualifier into a snake_case name, shortening the core to fit 64 characters. */
export function buildName(verb: string | undefined, core: readonly string[], qual: readonly string[]): string | undefined {
  let coreT = core.filter(Boolean);
  const make = (): string => {
    const tokens = [...(verb ? [verb] : []), ...coreT, ...qual].map((x) => x.toLowerCase().replace(/[^a-z0-9]/g, '')).filter(Boolean);
    const dedup = tokens.filter((x, i) => i === 0 || x !== tokens[i - 1]);
    return dedup.join('_');
  };
  let name = make();
  while (name.length > 64 && coreT.length > 1) {
    coreT = [...coreT.slice(0, Math.max(1, coreT.length - 2)), coreT[coreT.length - 1]];
    if (coreT.length === 2 && make().length > 64) coreT = coreT.slice(1);
    name = make();
  }
  return name.length >= 1 && name.length <= 64 ? name : undefined;
}
