/** English word forms the user agent needs: plurals, articles, acronyms, a tool name's words. */

const ACRONYMS: Readonly<Record<string, string>> = {
  cve: 'CVE', url: 'URL', urls: 'URLs', ip: 'IP', ev: 'EV', vin: 'VIN', isbn: 'ISBN', isrc: 'ISRC', sms: 'SMS', pv: 'PV', uv: 'UV',
  api: 'API', dns: 'DNS', vm: 'VM', tv: 'TV', bmi: 'BMI', aqi: 'AQI', pdf: 'PDF', csv: 'CSV', sku: 'SKU', hvac: 'HVAC', iata: 'IATA',
  iban: 'IBAN', vat: 'VAT', ssl: 'SSL', gp: 'GP', nba: 'NBA', nfl: 'NFL', doi: 'DOI', rss: 'RSS', faq: 'FAQ', id: 'ID', ids: 'IDs',
  ci: 'CI', os: 'OS', pr: 'PR', mms: 'MMS', otp: 'OTP', kyc: 'KYC', gps: 'GPS', co2: 'CO2', nhl: 'NHL', mlb: 'MLB', esg: 'ESG',
};

/** A token of an identifier as said: acronyms upper case, the rest as is. */
export const spoken = (t: string): string => ACRONYMS[t] ?? t;

/** Lower-case tokens of an identifier: `getPostCommentThread` and `get_post_comment_thread` alike. */
export function tokensOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((t) => t.toLowerCase());
}

/** Nouns read as a mass or a whole ("the price history", not "price histories"). */
const MASS = new Set([
  'history', 'weather', 'usage', 'info', 'information', 'data', 'news', 'traffic', 'feedback', 'availability', 'coverage', 'progress',
  'inventory', 'playback', 'engagement', 'exposure', 'reputation', 'intensity', 'generation', 'production', 'elevation', 'population',
  'pricing', 'status', 'health', 'performance', 'quality', 'output', 'demand', 'consumption', 'attendance', 'advice', 'insurance',
  'content', 'footage', 'mail', 'music', 'equipment', 'software', 'research', 'evidence', 'nutrition', 'safety', 'weather', 'position',
  'analytics', 'mileage', 'geometry', 'liability', 'eligibility', 'validity', 'compliance', 'audio', 'video', 'playback', 'weather',
]);

export const isMass = (noun: string): boolean => MASS.has(lastWord(noun));
const lastWord = (s: string): string => s.slice(s.lastIndexOf(' ') + 1);

const IRREGULAR: Readonly<Record<string, string>> = { person: 'people', child: 'children', man: 'men', woman: 'women', analysis: 'analyses', series: 'series', species: 'species', criterion: 'criteria', datum: 'data', medium: 'media' };
const IRREGULAR_ONE = Object.fromEntries(Object.entries(IRREGULAR).map(([a, b]) => [b, a]));

/** Whether a noun phrase is plural ("flight offers"; not "status", "address", "news"). */
export function isPlural(noun: string): boolean {
  const w = lastWord(noun);
  if (w in IRREGULAR_ONE && !(w in IRREGULAR)) return true;
  if (/(ss|us|is|news|ics)$/.test(w)) return false;
  return w.endsWith('s');
}

/** The plural of a noun phrase's last word. */
export function pluralOf(noun: string): string {
  if (isPlural(noun) || isMass(noun)) return noun;
  const head = noun.slice(0, noun.length - lastWord(noun).length);
  const w = lastWord(noun);
  if (IRREGULAR[w]) return head + IRREGULAR[w];
  if (/[^aeiou]y$/.test(w)) return `${head}${w.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(w)) return `${head}${w}es`;
  return `${head}${w}s`;
}

/** The singular of a noun phrase's last word. */
export function singularOf(noun: string): string {
  const w = lastWord(noun);
  const head = noun.slice(0, noun.length - w.length);
  if (IRREGULAR_ONE[w]) return head + IRREGULAR_ONE[w];
  if (!isPlural(noun)) return noun;
  if (/ies$/.test(w)) return `${head}${w.slice(0, -3)}y`;
  if (/(sses|uses|xes|zes|ches|shes)$/.test(w)) return `${head}${w.slice(0, -2)}`;
  return `${head}${w.slice(0, -1)}`;
}

/** "a" or "an" before a word. */
export function article(word: string): string {
  if (/^\d/.test(word)) return /^(8|1[18](\D|$)|1[18]\d{3}(\D|$))/.test(word) ? 'an' : 'a';
  if (/^(uni|use|usu|uti|ure|uro|ubi|one|once|eu|ewe)/i.test(word)) return 'a';
  if (/^(hour|honest|heir)/i.test(word) || /^[AEFHILMNORSX][A-Z0-9]*\b/.test(word)) return 'an';
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
export const withArticle = (noun: string): string => `${article(noun)} ${noun}`;

/** "a count" of a countable noun: "1 adult", "3 adults". */
export function counted(n: number | string, noun: string): string {
  // A count the user says in words ("two adults") is a string here.
  const one = typeof n === 'number' ? n === 1 : /^(one|a|an)$/.test(n);
  return `${n} ${one ? singularOf(noun) : pluralOf(noun)}`;
}

export const cap = (s: string): string => (s === '' ? s : s[0].toUpperCase() + s.slice(1));
/** Lower-cases a sentence's first letter unless it starts a name, "I" or an acronym. */
export const uncap = (s: string): string => (/^(I\b|I'|[A-Z][A-Z0-9])/.test(s) || !/^[A-Z][a-z]/.test(s) ? s : s[0].toLowerCase() + s.slice(1));

/** "a, b and c" (`sep` between the first ones, `and` before the last). */
export function listOf(items: readonly string[], and = 'and', sep = ', '): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1];
  // A last item that brings its own "and" ("and let everyone know") takes no second one.
  return last.startsWith(`${and} `) ? `${items.slice(0, -1).join(sep)}, ${last}` : `${items.slice(0, -1).join(sep)} ${and} ${last}`;
}
