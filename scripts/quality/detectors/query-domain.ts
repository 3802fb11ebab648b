/**
 * Class 9: a search query off its API's domain: a shopping query ("espresso machine",
 * "running shoes") in a search of a domain where products are not what is searched (music,
 * legal, maps, finance, jobs, ...). The domain is the API's in the job's pool; without the
 * pool, it is read off the tool's name for music, legal and maps. Products are recognised by
 * heads that name nothing else ("headphones", "air fryer") and by phrases for words that can
 * ("standing desk", not "help desk"; "running shoes", not "Blue Suede Shoes").
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { show, words } from '../fields.js';
import type { CallView } from '../record-view.js';
import { normText } from '../same-value.js';

const QUERY_KEYS = new Set(['query', 'q', 'search', 'search_query', 'keyword', 'keywords', 'term', 'search_term', 'search_text', 'query_text', 'text_query', 'search_string']);
/** Domains where a shopping query may be what the user looks for. */
const PRODUCTS_OK = new Set(['e-commerce', 'social-media', 'news', 'messaging', 'food', 'media', 'logistics']);
const HEADS = new Set([
  'headphones', 'earbuds', 'earphones', 'sneakers', 'fryer', 'backpack', 'toothbrush', 'moisturizer', 'laptop', 'smartphone', 'blender',
  'kettle', 'toaster', 'mattress', 'stroller', 'sunglasses', 'handbag', 'shampoo', 'hoodie', 'humidifier', 'smartwatch', 'cookware',
  'skillet', 'dishwasher', 'treadmill', 'dumbbells', 'helmet', 'airpods', 'saucepan',
]);
const PHRASES = [
  'espresso machine', 'coffee machine', 'coffee maker', 'washing machine', 'standing desk', 'office desk', 'yoga mat', 'mechanical keyboard',
  'gaming keyboard', 'wireless keyboard', 'waterproof jacket', 'rain jacket', 'winter jacket', 'running shoes', 'hiking shoes', 'hiking boots',
  'winter boots', 'smart watch', 'cast iron pan', 'frying pan', 'desk lamp', 'floor lamp', 'board games', 'winter gloves', 'phone charger',
  'wireless charger', 'graphic novels', 'phone case', 'office chair', 'gaming chair', 'air purifier', 'robot vacuum', 'vacuum cleaner',
  'water bottle', 'gaming mouse', 'wireless mouse', 'bluetooth speaker', 'smart speaker',
];

/** Products that are what a domain's own searches are about: a smart home's devices. */
const DOMAIN_PRODUCTS: Readonly<Record<string, readonly string[]>> = {
  'home-automation': ['robot vacuum', 'vacuum cleaner', 'air purifier', 'humidifier', 'smart speaker', 'smart plug', 'desk lamp', 'floor lamp'],
};

/** Is this a shopping query? */
export function productQuery(q: string): boolean {
  const n = normText(q);
  const w = n.split(' ');
  return HEADS.has(w[w.length - 1]) || PHRASES.some((p) => n === p || n.endsWith(` ${p}`));
}

/** The API's domain: the pool's, or (without it) music, legal or maps read off the tool's name. */
function domainOf(call: CallView): string | undefined {
  if (call.domain) return call.domain;
  const w = words(call.name);
  if (w.some((x) => ['music', 'track', 'tracks', 'song', 'songs', 'album', 'albums', 'artist', 'artists', 'playlist', 'playlists'].includes(x))) return 'music';
  if (w.some((x) => ['legal', 'law', 'laws', 'court', 'statute', 'statutes', 'legislation', 'regulation', 'regulations', 'caselaw'].includes(x))) return 'legal';
  if (w.some((x) => ['place', 'places', 'poi', 'geocode', 'nearby', 'map', 'maps', 'directions'].includes(x))) return 'maps';
  return undefined;
}

export const queryDomain: Detector = {
  key: 'query-domain',
  title: 'search query off the API domain',
  check: (view) =>
    judgeAll(
      view.calls.flatMap((call) => Object.entries(call.args).map(([k, v]) => ({ call, k, v, domain: domainOf(call) }))),
      ({ call, k, v, domain }) => {
        if (domain === undefined || PRODUCTS_OK.has(domain) || !QUERY_KEYS.has(words(k).join('_')) || typeof v !== 'string') return undefined;
        const own = DOMAIN_PRODUCTS[domain]?.some((p) => normText(v).endsWith(p)) ?? false;
        return finding(productQuery(v) && !own ? `${call.name} (${domain}): ${k} ${show(v)} is a shopping query` : undefined);
      },
    ),
};
