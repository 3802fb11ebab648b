/**
 * Class 107: an address on another country's street: "Rua Augusta 235, Warsaw", "Hauptstrasse 108,
 * Istanbul", "Calle Mayor 95, Cape Town". Judged on result fields holding an address shaped
 * "street, City[, ...]" whose city is one of the geographic tables' and whose street is written
 * with a street word of some language (rua, calle, via, rue, -strasse, -gatan, ulica, jalan...):
 * that language must be one spoken in the city's country. English street words (Street, Avenue)
 * are not judged; neither are streets with no such word.
 */
import { geoTables } from '../../../core/geo.js';
import { finding, judgeAll, type Detector } from '../detector.js';
import { leaves, words } from '../fields.js';
import type { CallView } from '../record-view.js';

/** Street words and the languages that write them (checked against the street, case as written). */
const STREET_WORDS: readonly (readonly [RegExp, readonly string[]])[] = [
  [/^(Rua|Travessa|Largo) /, ['pt']],
  [/^Avenida /, ['es', 'pt']],
  [/^(Calle|Paseo|Camino|Carrera|Gran Via\b)/, ['es', 'ca']],
  [/^(Via|Corso|Viale|Piazza|Vicolo) /, ['it']],
  [/^(Rue|Boulevard|Quai|Impasse|Chemin) /, ['fr']],
  [/(strasse|straße|gasse|allee)$|^(Marktplatz|Gartenweg)$/, ['de']],
  [/(gatan|vagen|vägen)$/, ['sv']],
  [/( gate|gata|veien)$/, ['no']],
  [/(gade|brogade)$|^Stroget$/, ['da']],
  [/(katu|tie)$|^Bulevardi$/, ['fi']],
  [/^(ulica|aleja|plac) /, ['pl']],
  [/ (ut|utca)$/, ['hu']],
  [/^(Odos|Leoforos) /, ['el']],
  [/ (Caddesi|Sokak|Bulvari)$/, ['tr']],
  [/^Jalan /, ['id', 'ms']],
  [/^Thanon /, ['th']],
  [/^(Duong|Pho) /, ['vi']],
  [/-(ro|daero|gil)$/, ['ko']],
  [/ (Lu|Jie|Dajie|Zhonglu)$/, ['zh']],
];

/** Languages besides the table's one that streets of a country are written in. */
const MORE_LANGUAGES: Readonly<Record<string, readonly string[]>> = {
  BE: ['nl', 'fr', 'de'], CH: ['de', 'fr', 'it'], CA: ['en', 'fr'], LU: ['fr', 'de'], SG: ['en', 'zh', 'ms'], MY: ['ms', 'en', 'zh'],
  US: ['en', 'es'], ES: ['es', 'ca'], AT: ['de'], IN: ['en', 'hi'], TW: ['zh'], HK: ['zh', 'en'], MO: ['zh', 'pt'], AD: ['ca', 'es', 'fr'],
};

const ADDRESS_KEY = (key: string): boolean => {
  const w = words(key);
  return w.includes('address') || key === 'location' || key === 'display_name';
};

function check(call: CallView) {
  if (call.failed) return undefined;
  const g = geoTables();
  let applies = false;
  for (const leaf of leaves(call.result)) {
    if (typeof leaf.value !== 'string' || !ADDRESS_KEY(leaf.key)) continue;
    const parts = leaf.value.split(', ');
    const city = parts.length >= 2 ? g.cityByName.get(parts[1].toLowerCase()) : undefined;
    if (!city) continue;
    const street = parts[0].replace(/^\d+[a-z]? | \d+[a-z]?$/g, '');
    const spoken = new Set([g.countryByCode.get(city.country)?.language, ...(MORE_LANGUAGES[city.country] ?? [])].filter((x) => x !== undefined));
    if (spoken.size === 0) continue;
    const by = STREET_WORDS.find(([re]) => re.test(street));
    if (!by) continue;
    applies = true;
    if (!by[1].some((l) => spoken.has(l))) return finding(`${call.name}: ${leaf.path} "${leaf.value}": a ${by[1].join('/')} street in ${city.name} (${city.country})`);
  }
  return applies ? finding(undefined) : undefined;
}

export const streetCountry: Detector = {
  key: 'street-country',
  title: "an address on another country's street (Rua Augusta in Warsaw, Hauptstrasse in Istanbul)",
  check: (view) => judgeAll(view.calls, check),
};
