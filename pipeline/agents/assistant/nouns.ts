/**
 * What a tool acts on, as its name says it: "void_shipping_label_checked" voids a shipping
 * label, "remove_tracks_from_playlist" removes tracks, "set_out_of_office" sets an out of
 * office. Memoised per tool name.
 */
import { tokens } from '../tool/names.js';
import { labelOf, singularOf } from './words.js';

const NOUN_STOP = /^(v\d+|advanced|checked|basic|simple|extended|detailed|lite|batch|bulk|plus|strict|safe|fast|quick|full|new|all|my|details|detail|info|information|data|summary|record|records|by|with|for|in|from|to|on|and|or|the|a|an)$/;

/** The singular noun of what a tool is about, from its name: "void_shipping_label_checked" -> "shipping label". */
export function apiNounOf(name: string): string {
  return singularOf(apiObjectOf(name)); // both memoised
}

const objects = new Map<string, string>();
/** The words a tool acts on, as its name says them: "remove_tracks_from_playlist" -> "tracks". */
export function apiObjectOf(name: string): string {
  let o = objects.get(name);
  if (o !== undefined) return o;
  const t = tokens(name);
  const words: string[] = [];
  for (const w of t.slice(1)) {
    if (/^(by|with|for|in|from|to|on|and|using|via|per|at)$/.test(w)) {
      if (words.length > 0) break;
      continue;
    }
    // "list_providers_ranked", "search_reviews_validated": a trailing participle says how, not what.
    if (!NOUN_STOP.test(w) && !(/[^e]ed$/.test(w) && w.length > 4)) words.push(w);
  }
  // "out of office" keeps its "of"; otherwise the last two words name the thing.
  const kept = words.includes('of') ? words.slice(-3) : words.slice(-2);
  while (kept[0] === 'of') kept.shift();
  while (kept[kept.length - 1] === 'of') kept.pop();
  o = kept.length === 0 ? 'request' : kept.map((w) => labelOf(w).words).join(' ');
  if (objects.size < 20_000) objects.set(name, o);
  return o;
}
