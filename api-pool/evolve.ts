/**
 * ToolACE's tool self-evolution, offline and deterministic from a seed.
 *
 * The pool starts with the seed APIs (validated and deduplicated) and grows by applying one
 * of four operators to an API already in the pool, so evolved APIs evolve further:
 *   - speciation: a new API for a sibling subdomain of the parent's domain (new subject,
 *     verb and parameters, description written for that subdomain);
 *   - adaptation: specialise (add optional parameters), generalise (drop some), constrain
 *     (formats, bounds, lengths), or change units (km → miles, °C → °F, USD → EUR ...);
 *   - evolution: nest flat parameters into objects, batch (arrays of objects), pagination
 *     (page/page_size or cursor), sorting, a filters object, or a versioned `_vN` variant
 *     with a changed shape;
 *   - renaming: synonym verbs and nouns in the name, a reworded description, synonyms for
 *     some parameter names.
 * Each candidate must pass validateApi, have a free name, and be neither an exact nor a near
 * duplicate (MinHash/LSH, incremental) of anything already in the pool; otherwise it is
 * discarded and counted. Every random choice comes from one Rng seeded from `seed`, and the
 * iteration order is fixed, so a seed always gives the same pool.
 */
import { Rng, subSeed } from '../core/rng.js';
import { apiShingles, DEFAULT_NEAR_THRESHOLD, exactKey, identifierTokens, minhash, NearDuplicateIndex } from './dedup.js';
import type { ApiSpec, SeedDomain } from './types.js';
import { validateApi } from './validate.js';

// ---------------------------------------------------------------------------------------
// Vocabularies
// ---------------------------------------------------------------------------------------

type Schema = Record<string, unknown>;

type VerbClass =
  | 'read'
  | 'list'
  | 'search'
  | 'create'
  | 'update'
  | 'delete'
  | 'send'
  | 'compute'
  | 'convert'
  | 'check'
  | 'schedule'
  | 'track';

/** Name verbs per action class; the phrase used in descriptions is in VERB_PHRASE. */
const VERBS: Record<VerbClass, readonly string[]> = {
  read: ['get', 'fetch', 'retrieve', 'lookup', 'read', 'obtain', 'view', 'load'],
  list: ['list', 'browse', 'enumerate', 'show', 'collect'],
  search: ['search', 'find', 'query', 'discover', 'locate', 'explore'],
  create: ['create', 'add', 'register', 'submit', 'open', 'file', 'issue'],
  update: ['update', 'modify', 'edit', 'change', 'amend', 'adjust', 'patch', 'set'],
  delete: ['delete', 'remove', 'cancel', 'discard', 'withdraw', 'revoke', 'archive', 'close'],
  send: ['send', 'dispatch', 'notify', 'share', 'broadcast', 'forward'],
  compute: ['calculate', 'compute', 'estimate', 'evaluate', 'assess', 'score', 'forecast', 'predict', 'analyze', 'compare', 'rank'],
  convert: ['convert', 'translate', 'transform', 'normalize'],
  check: ['check', 'verify', 'validate', 'inspect', 'audit', 'resolve', 'test'],
  schedule: ['schedule', 'book', 'reserve', 'plan', 'arrange'],
  track: ['track', 'monitor', 'watch', 'follow', 'trace', 'subscribe'],
};

const VERB_PHRASE: Record<string, string> = {
  lookup: 'Look up',
  file: 'File',
  set: 'Set',
  show: 'Show',
  subscribe: 'Subscribe to',
  analyze: 'Analyze',
};

function verbPhrase(verb: string): string {
  return VERB_PHRASE[verb] ?? verb.charAt(0).toUpperCase() + verb.slice(1);
}

const VERB_CLASS_OF: ReadonlyMap<string, VerbClass> = (() => {
  const m = new Map<string, VerbClass>();
  for (const [cls, verbs] of Object.entries(VERBS) as [VerbClass, readonly string[]][]) for (const v of verbs) if (!m.has(v)) m.set(v, cls);
  // Verbs seen in hand-written seeds that belong to a class without being its synonyms.
  const extra: Record<string, VerbClass> = {
    post: 'send', publish: 'send', reply: 'send', request: 'create', apply: 'create', start: 'create', upload: 'create',
    renew: 'update', refill: 'create', transfer: 'send', pay: 'send', approve: 'update', reject: 'update', assign: 'update',
    generate: 'compute', quote: 'compute', simulate: 'compute', recommend: 'compute', summarize: 'compute', detect: 'check',
    stop: 'delete', pause: 'update', resume: 'update', report: 'create', log: 'create', record: 'create', order: 'create', buy: 'create',
    sell: 'create', place: 'create', join: 'create', invite: 'send', lock: 'update', unlock: 'update', enroll: 'create', register: 'create',
  };
  for (const [v, c] of Object.entries(extra)) if (!m.has(v)) m.set(v, c);
  return m;
})();

/** Interchangeable nouns (singular). Renaming and rewording swap within a group. */
const NOUN_GROUPS: readonly (readonly string[])[] = [
  ['details', 'info', 'particulars'],
  ['summary', 'overview', 'synopsis'],
  ['posting', 'listing', 'advert'],
  ['job', 'vacancy'],
  ['application', 'submission'],
  ['booking', 'reservation'],
  ['price', 'cost'],
  ['forecast', 'outlook', 'projection'],
  ['history', 'timeline'],
  ['settings', 'preferences', 'configuration'],
  ['payment', 'transaction'],
  ['task', 'assignment'],
  ['vehicle', 'car', 'automobile'],
  ['opinion', 'ruling', 'judgment'],
  ['hearing', 'proceeding'],
  ['contract', 'agreement'],
  ['alert', 'warning', 'notification'],
  ['player', 'gamer', 'participant'],
  ['leaderboard', 'ranking', 'standings'],
  ['permit', 'license', 'authorization'],
  ['benchmark', 'baseline'],
  ['interview', 'screening'],
  ['candidate', 'applicant'],
  ['trip', 'journey', 'itinerary'],
  ['hotel', 'accommodation', 'lodging'],
  ['medication', 'drug', 'medicine'],
  ['results', 'hits'],
  ['stats', 'statistics', 'metrics', 'figures'],
  ['trend', 'pattern'],
  ['news', 'headlines'],
  ['comment', 'remark'],
  ['customer', 'client'],
  ['company', 'firm'],
  ['usage', 'consumption'],
  ['tariff', 'pricing'],
  ['shipment', 'consignment'],
  ['picture', 'image', 'photo'],
  ['video', 'clip'],
  ['recipe', 'dish'],
  ['student', 'learner', 'pupil'],
  ['team', 'squad'],
  ['device', 'gadget'],
  ['doctor', 'physician', 'clinician'],
  ['symptom', 'complaint'],
];

/** Other words and phrases the rewording may swap (lowercase keys). */
const PHRASE_SWAPS: readonly (readonly [RegExp, readonly string[]])[] = [
  [/\buse it to\b/gi, ['call it to', 'use this tool to', 'this helps to', 'invoke it to']],
  [/\boptionally\b/gi, ['if needed', 'if desired', 'where useful']],
  [/\breturns\b/gi, ['gives back', 'responds with', 'yields', 'provides']],
  [/\bfor example\b/gi, ['such as', 'for instance']],
  [/\bby its\b/gi, ['using its', 'given its', 'from its']],
  [/\bthe full\b/gi, ['the complete', 'the entire', 'all of the']],
  [/\bmatching\b/gi, ['that match', 'meeting', 'fitting']],
  [/\bwithin\b/gi, ['inside', 'in']],
  [/\bincluding\b/gi, ['with', 'covering', 'plus']],
  [/\blist of\b/gi, ['set of', 'collection of', 'series of']],
  [/\bcurrent\b/gi, ['latest', 'present', 'up-to-date']],
  [/\bof a\b/gi, ['of one', 'for a', 'of a given']],
];

interface ParamGroup {
  /** Properties this group adds (fresh objects each call). */
  readonly props: () => Record<string, Schema>;
  /** How a description mentions it: "narrow by <phrase>". */
  readonly phrase: string;
  /** Action classes it suits. */
  readonly classes: readonly VerbClass[];
}

const READS: VerbClass[] = ['read', 'list', 'search', 'compute', 'check', 'track'];
const LISTS: VerbClass[] = ['list', 'search'];
const WRITES: VerbClass[] = ['create', 'update', 'schedule'];

/** Reusable optional parameters (ToolACE's "specialise" adds these). */
const PARAM_GROUPS: readonly ParamGroup[] = [
  {
    phrase: 'a date range',
    classes: [...LISTS, 'compute', 'track'],
    props: () => ({
      start_date: { type: 'string', format: 'date', description: 'Earliest date to include (YYYY-MM-DD).' },
      end_date: { type: 'string', format: 'date', description: 'Latest date to include (YYYY-MM-DD).' },
    }),
  },
  { phrase: 'last change time', classes: LISTS, props: () => ({ updated_since: { type: 'string', format: 'date-time', description: 'Only items modified at or after this instant (ISO 8601).' } }) },
  { phrase: 'creation time', classes: LISTS, props: () => ({ created_after: { type: 'string', format: 'date-time', description: 'Only items created after this instant (ISO 8601).' } }) },
  { phrase: 'language', classes: [...READS, 'send'], props: () => ({ language: { type: 'string', pattern: '^[a-z]{2}(-[A-Z]{2})?$', description: 'Language of returned text as a BCP 47 tag, e.g. "en" or "pt-BR".', default: 'en' } }) },
  { phrase: 'country', classes: [...READS, 'create'], props: () => ({ country_code: { type: 'string', pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 country code, e.g. "FR".' } }) },
  { phrase: 'region', classes: READS, props: () => ({ region: { type: 'string', minLength: 1, description: 'Region, state or province to restrict to.' } }) },
  { phrase: 'city', classes: READS, props: () => ({ city: { type: 'string', minLength: 1, description: 'City name, e.g. "Lyon".' } }) },
  { phrase: 'currency', classes: ['read', 'list', 'search', 'compute', 'create'], props: () => ({ currency: { type: 'string', pattern: '^[A-Z]{3}$', description: 'ISO 4217 currency code for amounts, e.g. "EUR".', default: 'USD' } }) },
  { phrase: 'status', classes: LISTS, props: () => ({ status: { type: 'string', enum: ['active', 'pending', 'closed', 'archived'], description: 'Only items in this lifecycle status.' } }) },
  { phrase: 'priority', classes: [...LISTS, ...WRITES], props: () => ({ priority: { type: 'string', enum: ['low', 'normal', 'high', 'urgent'], description: 'Priority level.', default: 'normal' } }) },
  {
    phrase: 'tags',
    classes: [...LISTS, ...WRITES],
    props: () => ({ tags: { type: 'array', items: { type: 'string', minLength: 1, maxLength: 40 }, uniqueItems: true, maxItems: 10, description: 'Free-form labels (up to 10).' } }),
  },
  { phrase: 'minimum rating', classes: LISTS, props: () => ({ min_rating: { type: 'number', minimum: 0, maximum: 5, description: 'Lowest average rating to include, from 0 to 5.' } }) },
  {
    phrase: 'a price range',
    classes: [...LISTS, 'compute'],
    props: () => ({
      min_price: { type: 'number', minimum: 0, description: 'Lowest price to include.' },
      max_price: { type: 'number', minimum: 0, description: 'Highest price to include.' },
    }),
  },
  { phrase: 'archived items', classes: LISTS, props: () => ({ include_archived: { type: 'boolean', description: 'Also return archived items.', default: false } }) },
  { phrase: 'extra detail', classes: ['read', 'check'], props: () => ({ include_details: { type: 'boolean', description: 'Return the extended record with every secondary field.', default: false } }) },
  { phrase: 'metadata', classes: ['read', 'list'], props: () => ({ include_metadata: { type: 'boolean', description: 'Attach provenance metadata (source, last sync time) to each item.', default: false } }) },
  { phrase: 'owner', classes: [...LISTS, 'create'], props: () => ({ owner_id: { type: 'string', minLength: 1, description: 'Identifier of the owning user or team.' } }) },
  { phrase: 'time zone', classes: ['read', 'list', 'schedule', 'compute'], props: () => ({ timezone: { type: 'string', minLength: 1, description: 'IANA time zone for dates in the response, e.g. "Europe/Paris".', default: 'UTC' } }) },
  { phrase: 'export format', classes: ['read', 'list', 'compute'], props: () => ({ output_format: { type: 'string', enum: ['json', 'csv', 'pdf'], description: 'Format of the returned document.', default: 'json' } }) },
  { phrase: 'notifications', classes: ['create', 'update', 'delete', 'schedule'], props: () => ({ notify: { type: 'boolean', description: 'Notify the people concerned about the change.', default: true } }) },
  { phrase: 'a dry run', classes: ['create', 'update', 'delete', 'send'], props: () => ({ dry_run: { type: 'boolean', description: 'Validate the request and report what would happen without applying it.', default: false } }) },
  { phrase: 'a callback URL', classes: ['create', 'track', 'compute'], props: () => ({ callback_url: { type: 'string', format: 'uri', description: 'HTTPS URL called when the result is ready.' } }) },
  { phrase: 'a contact email', classes: ['create', 'schedule', 'track'], props: () => ({ contact_email: { type: 'string', format: 'email', description: 'Email address for confirmations.' } }) },
  { phrase: 'an idempotency key', classes: ['create', 'update', 'send'], props: () => ({ idempotency_key: { type: 'string', format: 'uuid', description: 'UUID that makes a retried request apply only once.' } }) },
  {
    phrase: 'distance from a point',
    classes: READS,
    props: () => ({
      latitude: { type: 'number', minimum: -90, maximum: 90, description: 'Latitude of the centre point in decimal degrees.' },
      longitude: { type: 'number', minimum: -180, maximum: 180, description: 'Longitude of the centre point in decimal degrees.' },
      radius_km: { type: 'number', exclusiveMinimum: 0, maximum: 500, description: 'Search radius in kilometres.', default: 10 },
    }),
  },
  { phrase: 'keyword', classes: ['list', 'track'], props: () => ({ keyword: { type: 'string', minLength: 1, description: 'Free-text keyword that must appear in the item.' } }) },
  { phrase: 'category', classes: [...LISTS, 'create'], props: () => ({ category: { type: 'string', minLength: 1, description: 'Category name to restrict to.' } }) },
  {
    phrase: 'an amount range',
    classes: [...LISTS, 'check'],
    props: () => ({
      min_amount: { type: 'number', minimum: 0, description: 'Smallest amount to include.' },
      max_amount: { type: 'number', minimum: 0, description: 'Largest amount to include.' },
    }),
  },
  { phrase: 'year', classes: [...READS], props: () => ({ year: { type: 'integer', minimum: 1900, maximum: 2100, description: 'Calendar year, e.g. 2024.' } }) },
  { phrase: 'granularity', classes: ['compute', 'track', 'read'], props: () => ({ granularity: { type: 'string', enum: ['hour', 'day', 'week', 'month'], description: 'Time bucket of the aggregated values.', default: 'day' } }) },
  { phrase: 'a look-back window', classes: ['compute', 'check', 'track', 'list'], props: () => ({ window_days: { type: 'integer', minimum: 1, maximum: 365, description: 'How many past days to take into account.', default: 30 } }) },
  { phrase: 'a reason', classes: ['delete', 'update', 'create'], props: () => ({ reason: { type: 'string', maxLength: 500, description: 'Why the change is made, kept in the audit trail.' } }) },
  { phrase: 'a note', classes: ['create', 'update', 'schedule', 'send'], props: () => ({ note: { type: 'string', maxLength: 1000, description: 'Free-text note attached to the request.' } }) },
  { phrase: 'a due date', classes: ['create', 'update', 'schedule'], props: () => ({ due_date: { type: 'string', format: 'date', description: 'Date by which it must be done (YYYY-MM-DD).' } }) },
  { phrase: 'visibility', classes: ['create', 'update'], props: () => ({ visibility: { type: 'string', enum: ['private', 'team', 'public'], description: 'Who can see it.', default: 'private' } }) },
  { phrase: 'a reminder', classes: ['schedule', 'create'], props: () => ({ reminder_minutes: { type: 'integer', minimum: 0, maximum: 10080, description: 'Minutes before the start to send a reminder.', default: 30 } }) },
  { phrase: 'recurrence', classes: ['schedule'], props: () => ({ recurrence: { type: 'string', enum: ['none', 'daily', 'weekly', 'monthly'], description: 'How often it repeats.', default: 'none' } }) },
  { phrase: 'an alert threshold', classes: ['track', 'check'], props: () => ({ threshold: { type: 'number', description: 'Value that triggers an alert when crossed.' } }) },
  { phrase: 'delivery channel', classes: ['send', 'track', 'schedule'], props: () => ({ channel: { type: 'string', enum: ['email', 'sms', 'push', 'webhook'], description: 'Channel used to deliver messages.', default: 'email' } }) },
  {
    phrase: 'extra recipients',
    classes: ['send', 'create'],
    props: () => ({ cc: { type: 'array', items: { type: 'string', format: 'email' }, minItems: 1, maxItems: 20, uniqueItems: true, description: 'Additional email addresses to copy.' } }),
  },
  { phrase: 'a reference date', classes: ['read', 'check', 'compute'], props: () => ({ as_of: { type: 'string', format: 'date', description: 'Evaluate the data as it stood on this date (YYYY-MM-DD).' } }) },
  { phrase: 'strict matching', classes: ['search', 'check'], props: () => ({ exact_match: { type: 'boolean', description: 'Require an exact match instead of a fuzzy one.', default: false } }) },
  { phrase: 'a confidence floor', classes: ['compute', 'check', 'search'], props: () => ({ min_confidence: { type: 'number', minimum: 0, maximum: 1, description: 'Lowest confidence score (0-1) to report.', default: 0.5 } }) },
  { phrase: 'a source', classes: ['list', 'search', 'read'], props: () => ({ source: { type: 'string', minLength: 1, description: 'Name of the data source or provider to use.' } }) },
];

/** Parameter renames the renaming operator may apply (name → synonyms). */
const PARAM_SYNONYMS: Record<string, readonly string[]> = {
  query: ['search_text', 'keywords', 'q', 'text'],
  keywords: ['query', 'search_terms'],
  limit: ['max_results', 'top_n', 'count'],
  max_results: ['limit', 'top_n'],
  page_size: ['per_page', 'batch_size'],
  start_date: ['from_date', 'date_from', 'since'],
  end_date: ['to_date', 'date_to', 'until'],
  start: ['from', 'begin'],
  end: ['to', 'finish'],
  language: ['lang', 'locale'],
  country_code: ['country'],
  location: ['place', 'area'],
  city: ['town', 'locality'],
  sort_by: ['order_by'],
  include_details: ['verbose', 'expand'],
  notes: ['comments', 'remarks'],
  note: ['comment', 'remark'],
  reason: ['justification', 'explanation'],
  title: ['headline', 'subject'],
  description: ['summary', 'details'],
  email: ['email_address'],
  days: ['num_days', 'day_count'],
  date: ['day', 'on_date'],
  amount: ['value', 'sum'],
  category: ['kind', 'group'],
  status: ['state'],
  region: ['area', 'zone'],
  message: ['text', 'body'],
  units: ['unit_system', 'measurement_system'],
};

interface UnitConversion {
  /** Tokens that mark the source unit in a parameter name (e.g. radius_km). */
  readonly fromTokens: readonly string[];
  readonly toToken: string;
  /** Words in descriptions to replace. */
  readonly fromWords: RegExp;
  readonly toWord: string;
  readonly convert: (x: number) => number;
  readonly qualifier: readonly string[];
  readonly sentence: string;
}

const UNIT_CONVERSIONS: readonly UnitConversion[] = [
  { fromTokens: ['km', 'kilometers', 'kilometres'], toToken: 'miles', fromWords: /\bkilomet(?:re|er)s?\b|\bkm\b/gi, toWord: 'miles', convert: (x) => x * 0.621371, qualifier: ['in', 'miles'], sentence: 'Distances are given in miles instead of kilometres.' },
  { fromTokens: ['miles', 'mi'], toToken: 'km', fromWords: /\bmiles?\b/gi, toWord: 'kilometres', convert: (x) => x * 1.609344, qualifier: ['in', 'km'], sentence: 'Distances are given in kilometres instead of miles.' },
  { fromTokens: ['celsius', 'c'], toToken: 'fahrenheit', fromWords: /\bcelsius\b|°C/gi, toWord: 'Fahrenheit', convert: (x) => (x * 9) / 5 + 32, qualifier: ['in', 'fahrenheit'], sentence: 'Temperatures are expressed in degrees Fahrenheit rather than Celsius.' },
  { fromTokens: ['fahrenheit', 'f'], toToken: 'celsius', fromWords: /\bfahrenheit\b|°F/gi, toWord: 'Celsius', convert: (x) => ((x - 32) * 5) / 9, qualifier: ['in', 'celsius'], sentence: 'Temperatures are expressed in degrees Celsius rather than Fahrenheit.' },
  { fromTokens: ['kg', 'kilograms'], toToken: 'lb', fromWords: /\bkilograms?\b|\bkg\b/gi, toWord: 'pounds', convert: (x) => x * 2.20462, qualifier: ['in', 'pounds'], sentence: 'Weights are given in pounds instead of kilograms.' },
  { fromTokens: ['lb', 'lbs', 'pounds'], toToken: 'kg', fromWords: /\bpounds?\b|\blbs?\b/gi, toWord: 'kilograms', convert: (x) => x / 2.20462, qualifier: ['in', 'kg'], sentence: 'Weights are given in kilograms instead of pounds.' },
  { fromTokens: ['m', 'meters', 'metres'], toToken: 'feet', fromWords: /\bmet(?:re|er)s\b/gi, toWord: 'feet', convert: (x) => x * 3.28084, qualifier: ['in', 'feet'], sentence: 'Lengths are given in feet instead of metres.' },
  { fromTokens: ['cm'], toToken: 'inches', fromWords: /\bcentimet(?:re|er)s?\b|\bcm\b/gi, toWord: 'inches', convert: (x) => x / 2.54, qualifier: ['in', 'inches'], sentence: 'Sizes are given in inches instead of centimetres.' },
  { fromTokens: ['liters', 'litres', 'l'], toToken: 'gallons', fromWords: /\blit(?:re|er)s?\b/gi, toWord: 'US gallons', convert: (x) => x * 0.264172, qualifier: ['in', 'gallons'], sentence: 'Volumes are given in US gallons instead of litres.' },
  { fromTokens: ['usd'], toToken: 'eur', fromWords: /\bUSD\b|\bUS dollars?\b/g, toWord: 'EUR', convert: (x) => x * 0.92, qualifier: ['in', 'eur'], sentence: 'Amounts are denominated in euros (EUR) instead of US dollars.' },
  { fromTokens: ['eur'], toToken: 'gbp', fromWords: /\bEUR\b|\beuros?\b/g, toWord: 'GBP', convert: (x) => x * 0.85, qualifier: ['in', 'gbp'], sentence: 'Amounts are denominated in pounds sterling (GBP) instead of euros.' },
  { fromTokens: ['minutes', 'min', 'mins'], toToken: 'hours', fromWords: /\bminutes?\b/gi, toWord: 'hours', convert: (x) => x / 60, qualifier: ['in', 'hours'], sentence: 'Durations are given in hours instead of minutes.' },
  { fromTokens: ['kwh'], toToken: 'mwh', fromWords: /\bkWh\b|\bkilowatt[- ]hours?\b/gi, toWord: 'MWh', convert: (x) => x / 1000, qualifier: ['in', 'mwh'], sentence: 'Energy is expressed in megawatt-hours instead of kilowatt-hours.' },
];

/** Nouns speciation appends to a sibling subdomain, by action class. */
const SPECIATION_NOUNS: Record<VerbClass, readonly string[]> = {
  read: ['details', 'summary', 'overview', 'status', 'profile', 'history', 'settings', 'metrics', 'report', 'availability', 'trends', 'insights', 'timeline', 'snapshot', 'breakdown'],
  list: ['records', 'entries', 'reports', 'alerts', 'events', 'requests', 'documents', 'contacts', 'notes', 'categories', 'updates', 'changes', 'providers', 'locations', 'templates'],
  search: ['records', 'providers', 'documents', 'events', 'offers', 'listings', 'resources', 'contacts', 'locations', 'programs', 'reports', 'archives'],
  create: ['record', 'request', 'note', 'alert', 'report', 'template', 'rule', 'reminder', 'draft', 'bookmark', 'subscription', 'export', 'ticket', 'entry'],
  update: ['record', 'settings', 'preferences', 'status', 'note', 'rule', 'limits', 'profile', 'entry', 'contact'],
  delete: ['record', 'entry', 'note', 'alert', 'rule', 'draft', 'subscription', 'bookmark', 'request'],
  send: ['notification', 'reminder', 'summary', 'report', 'message', 'invite', 'digest'],
  compute: ['score', 'estimate', 'total', 'risk', 'benchmark', 'index', 'cost', 'ranking', 'trend', 'variance'],
  convert: ['units', 'format', 'codes'],
  check: ['eligibility', 'compliance', 'availability', 'validity', 'limits', 'health', 'coverage', 'conflicts'],
  schedule: ['review', 'session', 'reminder', 'inspection', 'meeting', 'delivery', 'report', 'call'],
  track: ['status', 'changes', 'progress', 'usage', 'activity', 'deadlines', 'updates'],
};

/** Classes speciation may switch to, with the nouns above. */
const SPECIATION_CLASSES: readonly VerbClass[] = ['read', 'list', 'search', 'create', 'update', 'delete', 'send', 'compute', 'check', 'schedule', 'track'];

const QUALIFIERS = {
  generalise: [['basic'], ['simple'], ['quick'], ['lite'], ['minimal'], ['core']],
  constrain: [['strict'], ['validated'], ['checked'], ['bounded']],
  nest: [['structured'], ['advanced'], ['with', 'filters'], ['grouped']],
  batch: [['batch'], ['bulk'], ['many']],
  paginate: [['paged'], ['paginated'], ['by', 'page']],
  cursor: [['cursor'], ['stream'], ['scroll']],
  sort: [['sorted'], ['ordered'], ['ranked']],
  filter: [['filtered'], ['refined'], ['narrowed']],
} as const;

// ---------------------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------------------

const NOUN_INDEX: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, readonly string[]>();
  for (const g of NOUN_GROUPS) for (const w of g) m.set(w, g);
  return m;
})();

function plural(w: string): string {
  if (/(s|x|ch|sh)$/.test(w)) return w.endsWith('ss') || w.endsWith('x') || /(ch|sh)$/.test(w) ? `${w}es` : w;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  return `${w}s`;
}

function singular(w: string): string {
  if (/ies$/.test(w) && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(ss|us|is|news|series)$/.test(w)) return w;
  if (/(sses|xes|ches|shes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && w.length > 3) return w.slice(0, -1);
  return w;
}

function humanize(name: string): string {
  return identifierTokens(name).join(' ');
}

function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function lcFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

function stripPeriod(s: string): string {
  return s.trim().replace(/[.\s]+$/, '');
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function matchCase(original: string, replacement: string): string {
  return /^[A-Z]/.test(original) ? capitalize(replacement) : replacement;
}

/** Swap phrases and nouns for synonyms, each with probability `strength`. */
function reword(text: string, rng: Rng, strength: number): string {
  let out = text;
  for (const [re, alts] of PHRASE_SWAPS) {
    out = out.replace(re, (m) => (rng.bool(strength) ? matchCase(m, rng.pick(alts)) : m));
  }
  return out.replace(/\b[A-Za-z]+\b/g, (word) => {
    const lower = word.toLowerCase();
    let group = NOUN_INDEX.get(lower);
    let isPlural = false;
    if (!group && lower.endsWith('s')) {
      group = NOUN_INDEX.get(singular(lower));
      isPlural = group !== undefined;
    }
    if (!group || !rng.bool(strength)) return word;
    const base = isPlural ? singular(lower) : lower;
    const others = group.filter((w) => w !== base);
    if (others.length === 0) return word;
    const alt = rng.pick(others);
    return matchCase(word, isPlural ? plural(alt) : alt);
  });
}

function classOf(verb: string | undefined): VerbClass {
  return (verb && VERB_CLASS_OF.get(verb)) || 'read';
}

// ---------------------------------------------------------------------------------------
// Schema helpers
// ---------------------------------------------------------------------------------------

interface Params {
  type: 'object';
  properties: Record<string, Schema>;
  required: string[];
  [k: string]: unknown;
}

function cloneParams(p: ApiSpec['parameters']): Params {
  const c = structuredClone(p) as unknown as Params;
  c.properties ??= {};
  c.required = Array.isArray(c.required) ? c.required.slice() : [];
  return c;
}

function optionalNames(p: Params): string[] {
  return Object.keys(p.properties).filter((k) => !p.required.includes(k));
}

function isPrimitive(s: Schema): boolean {
  return ['string', 'integer', 'number', 'boolean'].includes(s.type as string);
}

function renameProp(p: Params, from: string, to: string): void {
  const entries = Object.entries(p.properties).map(([k, v]) => [k === from ? to : k, v] as const);
  p.properties = Object.fromEntries(entries);
  p.required = p.required.map((r) => (r === from ? to : r));
}

function camelCase(name: string): string {
  const t = identifierTokens(name);
  return t.map((w, i) => (i === 0 ? w : capitalize(w))).join('');
}

function camelizeSchema(s: Schema): Schema {
  const out: Schema = { ...s };
  if (s.properties && typeof s.properties === 'object') {
    out.properties = Object.fromEntries(Object.entries(s.properties as Record<string, Schema>).map(([k, v]) => [camelCase(k), camelizeSchema(v)]));
    if (Array.isArray(s.required)) out.required = (s.required as string[]).map(camelCase);
  }
  if (s.items && typeof s.items === 'object' && !Array.isArray(s.items)) out.items = camelizeSchema(s.items as Schema);
  return out;
}

/** The first array-of-objects property of a returns schema, for sort fields and batch naming. */
function arrayItemProps(returns: Schema): Record<string, Schema> | undefined {
  const props = returns.properties as Record<string, Schema> | undefined;
  if (!props) return undefined;
  for (const v of Object.values(props)) {
    const items = v?.items as Schema | undefined;
    if (v?.type === 'array' && items && typeof items === 'object' && items.properties) {
      const ip = items.properties as Record<string, Schema>;
      // The per-entry results of a batch variant are not a listing to sort or page through.
      if ('index' in ip && 'ok' in ip) return undefined;
      return ip;
    }
  }
  return undefined;
}

const SIZE_PARAMS = ['limit', 'page_size', 'max_results', 'per_page', 'count', 'top_n', 'pageSize', 'maxResults'];
const PAGE_PARAMS = ['page', 'cursor', 'offset', 'page_token', 'pageToken', 'next_cursor'];

// ---------------------------------------------------------------------------------------
// Operators
// ---------------------------------------------------------------------------------------

interface DomainInfo {
  readonly name: string;
  readonly description: string;
  readonly subdomains: readonly { readonly name: string; readonly description: string }[];
}

/** What the engine remembers about each pool API to derive names and descriptions. */
interface Meta {
  verb: string | undefined;
  core: string[];
  qual: string[];
  lead: string;
  rest: string;
  notes: string[];
}

interface Candidate {
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
const OP_WEIGHTS: Record<Operator, number> = { speciation: 0.28, adaptation: 0.3, evolution: 0.27, renaming: 0.15 };

interface OpContext {
  parent: ApiSpec;
  meta: Meta;
  domain: DomainInfo;
  rng: Rng;
}

/** Carry the parent's description forward, reworded, with earlier notes (the last two). */
function inherited(ctx: OpContext, strength: number): { lead: string; rest: string; notes: string[] } {
  const { meta, rng } = ctx;
  const rest = meta.rest && rng.bool(0.5) ? reword(meta.rest, rng, strength) : '';
  return { lead: reword(meta.lead, rng, strength), rest, notes: meta.notes.slice(-2) };
}

function paramSentence(p: Params, rng: Rng): string {
  const req = p.required.map(humanize);
  const opt = rng.sample(optionalNames(p), 3).map(humanize);
  const parts: string[] = [];
  if (req.length) parts.push(rng.pick(['Requires {x}.', 'Needs {x}.', 'Mandatory input: {x}.', 'Pass {x}.']).replace('{x}', joinList(req)));
  if (opt.length) parts.push(rng.pick(['Optional inputs include {x}.', 'Can be narrowed by {x}.', 'Supports optional {x}.', 'Also accepts {x}.']).replace('{x}', joinList(opt)));
  return parts.join(' ');
}

function addGroups(p: Params, cls: VerbClass, rng: Rng, count: number): string[] {
  const fits = PARAM_GROUPS.filter((g) => g.classes.includes(cls) && Object.keys(g.props()).every((k) => !(k in p.properties)));
  const chosen = rng.sample(fits, count);
  for (const g of chosen) Object.assign(p.properties, g.props());
  return chosen.map((g) => g.phrase);
}

const PURPOSE: Record<VerbClass, readonly string[]> = {
  read: ['Returns the current values and when they last changed.', 'Useful before acting on a single item.', 'Gives one consolidated view instead of several lookups.'],
  list: ['Results come back newest first.', 'Handy for dashboards and periodic reviews.', 'Each entry carries its identifier for follow-up calls.'],
  search: ['Matches are ranked by relevance.', 'Fuzzy matching tolerates small typos.', 'Use it when the exact identifier is unknown.'],
  create: ['The new item gets an identifier returned in the response.', 'Creation is recorded in the audit trail.', 'The item starts in a pending state until reviewed.'],
  update: ['Only the fields provided are changed.', 'Changes are versioned and can be reverted.', 'The response lists which fields changed.'],
  delete: ['The removal cannot be undone after 30 days.', 'Dependent items are detached, not deleted.', 'A confirmation is logged with the reason given.'],
  send: ['Delivery status can be checked afterwards with the returned id.', 'Messages are queued and sent within a minute.', 'Bounced addresses are reported in the response.'],
  compute: ['The calculation uses the latest available data.', 'The response explains the main factors behind the figure.', 'Values are rounded to two decimals.'],
  convert: ['Conversion uses standard factors.', 'Rounding follows the target unit conventions.'],
  check: ['Returns a yes/no verdict with the reasons behind it.', 'Nothing is changed; this is a read-only check.', 'Each failed rule is reported separately.'],
  schedule: ['Conflicts with existing bookings are rejected.', 'A calendar invitation is sent on success.', 'Times are interpreted in the given time zone.'],
  track: ['Updates are pushed until the subscription is cancelled.', 'Returns a subscription id that can be cancelled later.', 'Changes are checked every few minutes.'],
};

function returnsFor(cls: VerbClass, idName: string, subject: string): Schema {
  const id = { type: 'string', description: `Identifier of the ${subject}.` };
  switch (cls) {
    case 'list':
    case 'search':
      return {
        type: 'object',
        properties: {
          total: { type: 'integer', description: 'Number of matching items.' },
          items: {
            type: 'array',
            items: {
              type: 'object',
              properties: { [idName]: id, title: { type: 'string' }, updated_at: { type: 'string', format: 'date-time' }, score: { type: 'number' } },
              required: [idName, 'title'],
            },
          },
        },
        required: ['total', 'items'],
      };
    case 'create':
    case 'schedule':
      return { type: 'object', properties: { [idName]: id, status: { type: 'string' }, created_at: { type: 'string', format: 'date-time' } }, required: [idName, 'status'] };
    case 'update':
      return { type: 'object', properties: { [idName]: id, updated_at: { type: 'string', format: 'date-time' }, changed_fields: { type: 'array', items: { type: 'string' } } }, required: [idName] };
    case 'delete':
      return { type: 'object', properties: { [idName]: id, deleted: { type: 'boolean' } }, required: [idName, 'deleted'] };
    case 'send':
      return { type: 'object', properties: { message_id: { type: 'string' }, status: { type: 'string', enum: ['queued', 'sent', 'failed'] } }, required: ['message_id', 'status'] };
    case 'compute':
      return { type: 'object', properties: { value: { type: 'number' }, unit: { type: 'string' }, factors: { type: 'array', items: { type: 'string' } }, computed_at: { type: 'string', format: 'date-time' } }, required: ['value'] };
    case 'convert':
      return { type: 'object', properties: { value: { type: 'number' }, unit: { type: 'string' } }, required: ['value', 'unit'] };
    case 'check':
      return { type: 'object', properties: { ok: { type: 'boolean' }, reasons: { type: 'array', items: { type: 'string' } } }, required: ['ok'] };
    case 'track':
      return { type: 'object', properties: { subscription_id: { type: 'string' }, status: { type: 'string', enum: ['active', 'paused'] } }, required: ['subscription_id'] };
    default:
      return { type: 'object', properties: { [idName]: id, name: { type: 'string' }, updated_at: { type: 'string', format: 'date-time' }, attributes: { type: 'object' } }, required: [idName] };
  }
}

/** A new API for a sibling subdomain: new subject, verb and parameters. */
function speciation(ctx: OpContext): Candidate | null {
  const { parent, meta, domain, rng } = ctx;
  const siblings = domain.subdomains.filter((s) => s.name !== parent.subdomain);
  if (siblings.length === 0) return null;
  const target = rng.pick(siblings);
  const cls = rng.bool(0.35) ? classOf(meta.verb) : rng.pick(SPECIATION_CLASSES);
  const verb = rng.pick(VERBS[cls]);
  const noun = rng.pick(SPECIATION_NOUNS[cls]);
  const subTokens = identifierTokens(target.name);
  subTokens[subTokens.length - 1] = singular(subTokens[subTokens.length - 1]);
  const core = subTokens[subTokens.length - 1] === singular(noun) ? subTokens : [...subTokens, noun];
  const subject = core.join(' ');
  const idName = `${subTokens.join('_')}_id`;
  const p: Params = { type: 'object', properties: {}, required: [], additionalProperties: false };
  const idProp = (): Schema => ({ type: 'string', minLength: 1, description: `Identifier of the ${subTokens.join(' ')} concerned.` });
  const need = (name: string, schema: Schema): void => {
    p.properties[name] = schema;
    p.required.push(name);
  };
  switch (cls) {
    case 'search':
      need('query', { type: 'string', minLength: 1, description: `Free-text query over ${plural(subject)}.` });
      break;
    case 'list':
      p.properties.limit = { type: 'integer', minimum: 1, maximum: 100, default: 20, description: 'Maximum number of items to return.' };
      break;
    case 'create':
      need('title', { type: 'string', minLength: 1, maxLength: 200, description: `Short title of the new ${noun}.` });
      p.properties.details = { type: 'string', maxLength: 2000, description: 'Longer free-text body.' };
      break;
    case 'send':
      need('recipient', { type: 'string', format: 'email', description: 'Email address of the recipient.' });
      need('message', { type: 'string', minLength: 1, maxLength: 2000, description: 'Text of the message.' });
      break;
    case 'schedule':
      need(idName, idProp());
      need('start_time', { type: 'string', format: 'date-time', description: 'When it starts (ISO 8601).' });
      p.properties.duration_minutes = { type: 'integer', minimum: 5, maximum: 480, default: 30, description: 'Length in minutes.' };
      break;
    case 'convert':
      need('value', { type: 'number', description: 'The value to convert.' });
      need('from_unit', { type: 'string', minLength: 1, description: 'Unit of the input value.' });
      need('to_unit', { type: 'string', minLength: 1, description: 'Unit wanted in the result.' });
      break;
    default:
      need(idName, idProp());
  }
  if (cls === 'update') p.properties.status = { type: 'string', enum: ['draft', 'active', 'on_hold', 'closed'], description: 'New lifecycle status.' };
  const phrases = addGroups(p, cls, rng, rng.int(1, 3));
  // Carry over a contextual parameter or two of the parent (location, currency, dates...).
  const parentProps = parent.parameters.properties ?? {};
  const carry = Object.keys(parentProps).filter((k) => !k.endsWith('_id') && !(k in p.properties) && isPrimitive(parentProps[k]) && !(parent.parameters.required ?? []).includes(k));
  for (const k of rng.sample(carry, rng.int(0, 2))) p.properties[k] = structuredClone(parentProps[k]);
  if (Object.keys(p.properties).length === 0) return null;

  const vp = verbPhrase(verb);
  const subDesc = lcFirst(stripPeriod(target.description));
  const domainHuman = humanize(domain.name);
  const art = ['create', 'send', 'schedule'].includes(cls) ? (/^[aeiou]/.test(subject) ? 'an ' : 'a ') : ['update', 'delete', 'read', 'check', 'track'].includes(cls) ? 'the ' : '';
  const lead = rng
    .pick([
      `${vp} ${art}${subject} for ${subDesc}.`,
      `${vp} ${art}${subject} in ${domainHuman} (${humanize(target.name)}: ${subDesc}).`,
      `${vp} ${art}${subject} within ${humanize(target.name)}, the part of ${domainHuman} covering ${subDesc}.`,
      `For ${subDesc}: ${lcFirst(vp)} ${art}${subject}.`,
    ])
    .replace(/\s+/g, ' ');
  const rest = [rng.pick(PURPOSE[cls]), paramSentence(p, rng), phrases.length && rng.bool(0.3) ? `Works with ${joinList(phrases)}.` : ''].filter(Boolean).join(' ');
  return {
    operator: 'speciation',
    variant: cls,
    verb,
    core,
    quals: [[], ...rng.sample([['for', singular(identifierTokens(domain.name)[0])], ['v2'], ['plus'], ['pro'], ['extended']], 2)],
    subdomain: target.name,
    lead,
    rest,
    notes: [],
    parameters: p,
    returns: returnsFor(cls, idName, subject),
  };
}

function scaleNumber(x: unknown, f: (n: number) => number, integer: boolean): unknown {
  if (typeof x !== 'number') return x;
  const y = f(x);
  return integer ? Math.round(y) : Math.round(y * 100) / 100;
}

function convertSchemaUnits(s: Schema, conv: UnitConversion): Schema {
  const out: Schema = { ...s };
  const integer = s.type === 'integer';
  for (const k of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'default']) if (k in out) out[k] = scaleNumber(out[k], conv.convert, integer);
  if (Array.isArray(out.examples)) out.examples = (out.examples as unknown[]).map((e) => scaleNumber(e, conv.convert, integer));
  if ('multipleOf' in out) delete out.multipleOf;
  if (typeof out.description === 'string') out.description = (out.description as string).replace(conv.fromWords, conv.toWord);
  // Rounding can swap a tight pair of bounds or push the default outside; fix rather than fail.
  const lo = (out.minimum ?? out.exclusiveMinimum) as number | undefined;
  const hi = (out.maximum ?? out.exclusiveMaximum) as number | undefined;
  if (typeof lo === 'number' && typeof hi === 'number' && lo >= hi) {
    delete out.exclusiveMinimum;
    delete out.exclusiveMaximum;
    out.minimum = Math.min(lo, hi);
    out.maximum = Math.max(lo, hi) + (integer ? 1 : 0.01);
  }
  if (typeof out.default === 'number') {
    const d: number = out.default;
    if (typeof out.minimum === 'number' && d < out.minimum) out.default = out.minimum;
    if (typeof out.maximum === 'number' && d > out.maximum) out.default = out.maximum;
    if (typeof out.exclusiveMinimum === 'number' || typeof out.exclusiveMaximum === 'number') delete out.default;
  }
  if (Array.isArray(out.examples)) delete out.examples;
  return out;
}

const UNIT_ENUM_PREFERENCE: Record<string, readonly string[]> = {
  metric: ['imperial', 'us'],
  imperial: ['metric', 'si'],
  celsius: ['fahrenheit'],
  fahrenheit: ['celsius'],
  c: ['f'],
  f: ['c'],
  km: ['mi', 'miles'],
  miles: ['km'],
  kg: ['lb', 'lbs'],
  usd: ['eur', 'gbp'],
  eur: ['usd', 'gbp'],
};

/** Specialise, generalise, constrain, or change units. */
function adaptation(ctx: OpContext): Candidate | null {
  const { parent, meta, rng } = ctx;
  const cls = classOf(meta.verb);
  const p = cloneParams(parent.parameters);
  let returns = structuredClone(parent.returns) as Schema;
  const base = inherited(ctx, 0.6);
  const variants = rng.shuffle(['specialise', 'generalise', 'constrain', 'units'] as const);
  for (const variant of variants) {
    if (variant === 'specialise') {
      const phrases = addGroups(p, cls, rng, rng.bool(0.7) ? 1 : 2);
      if (phrases.length === 0) continue;
      const words = identifierTokens(phrases[0])
        .filter((w) => !['a', 'an', 'the', 'from', 'of'].includes(w))
        .slice(0, 3);
      const prep = cls === 'list' || cls === 'search' ? 'by' : 'with';
      const note = rng
        .pick(
          cls === 'list' || cls === 'search'
            ? ['Results can also be narrowed by {x}.', 'This variant adds filtering by {x}.', 'Narrow the results further by {x}.']
            : ['This variant also accepts {x}.', 'Adds optional {x}.', 'Extends the request with {x}.'],
        )
        .replace('{x}', joinList(phrases));
      return { operator: 'adaptation', variant, verb: meta.verb, core: meta.core, quals: [[prep, ...words], [...words], ['plus', ...words]], subdomain: parent.subdomain, ...base, notes: [...base.notes, note], parameters: p, returns };
    }
    if (variant === 'generalise') {
      const opt = optionalNames(p);
      if (opt.length < 2) continue;
      const drop = rng.sample(opt, rng.int(1, Math.min(3, opt.length - 1)));
      for (const d of drop) delete p.properties[d];
      const note = rng
        .pick([`A lighter variant without the {x} option${drop.length > 1 ? 's' : ''}.`, 'Simplified: {x} cannot be set here.', `Only the essential inputs; {x} ${drop.length > 1 ? 'are' : 'is'} left at the default.`])
        .replace('{x}', joinList(drop.map(humanize)));
      return { operator: 'adaptation', variant, verb: meta.verb, core: meta.core, quals: rng.sample(QUALIFIERS.generalise, 3), subdomain: parent.subdomain, ...base, notes: [...base.notes, note], parameters: p, returns };
    }
    if (variant === 'constrain') {
      const changes: string[] = [];
      for (const [name, raw] of Object.entries(p.properties)) {
        const s = { ...raw };
        const t = identifierTokens(name);
        const h = humanize(name);
        if (s.type === 'string' && !s.format && !s.enum && !s.pattern) {
          if (t.includes('date') && !t.includes('time')) (s.format = 'date'), changes.push(`${h} must be an ISO date`);
          else if (t.includes('time') || t.includes('at') || t.includes('since') || t.includes('until')) (s.format = 'date-time'), changes.push(`${h} must be an ISO 8601 timestamp`);
          else if (t.includes('email')) (s.format = 'email'), changes.push(`${h} must be an email address`);
          else if (t.includes('url') || t.includes('website') || t.includes('link')) (s.format = 'uri'), changes.push(`${h} must be an absolute URL`);
          else if (t[t.length - 1] === 'id' && s.maxLength === undefined) (s.maxLength = 64), (s.minLength ??= 1), changes.push(`${h} is at most 64 characters`);
          else if (s.maxLength === undefined && typeof s.default !== 'string') (s.maxLength = rng.pick([80, 120, 200, 500])), changes.push(`${h} is limited to ${s.maxLength} characters`);
          if (s.format && (s.default !== undefined || s.examples !== undefined)) delete s.default, delete s.examples;
        } else if ((s.type === 'integer' || s.type === 'number') && !s.enum) {
          const isSize = SIZE_PARAMS.includes(name) || t.includes('max') || t.includes('count');
          if (s.minimum === undefined && s.exclusiveMinimum === undefined) {
            s.minimum = isSize ? 1 : 0;
            changes.push(`${h} is at least ${s.minimum}`);
          }
          if (s.maximum === undefined && s.exclusiveMaximum === undefined && isSize) {
            s.maximum = rng.pick([50, 100, 200]);
            changes.push(`${h} is at most ${s.maximum}`);
          }
          if (typeof s.default === 'number' && ((typeof s.minimum === 'number' && s.default < s.minimum) || (typeof s.maximum === 'number' && s.default > s.maximum))) delete s.default;
          if (Array.isArray(s.examples)) delete s.examples;
        } else if (s.type === 'array' && s.maxItems === undefined) {
          s.maxItems = rng.pick([10, 20, 50]);
          if (Array.isArray(s.default) && (s.default as unknown[]).length > (s.maxItems as number)) delete s.default;
          if (Array.isArray(s.examples)) delete s.examples;
          changes.push(`${h} holds at most ${s.maxItems} entries`);
        }
        p.properties[name] = s;
      }
      if (changes.length === 0) continue;
      const shown = rng.sample(changes, 3);
      const note = rng.pick(['Inputs are validated strictly: {x}.', 'Stricter input rules apply: {x}.', 'Rejects malformed input early ({x}).']).replace('{x}', shown.join('; '));
      return { operator: 'adaptation', variant, verb: meta.verb, core: meta.core, quals: rng.sample(QUALIFIERS.constrain, 3), subdomain: parent.subdomain, ...base, notes: [...base.notes, note], parameters: p, returns };
    }
    // units
    const convs = rng.shuffle(UNIT_CONVERSIONS);
    for (const conv of convs) {
      let hit = false;
      for (const [name, s] of Object.entries(p.properties)) {
        const t = identifierTokens(name);
        const idx = t.findIndex((x) => conv.fromTokens.includes(x));
        const inDesc = typeof s.description === 'string' && (s.type === 'number' || s.type === 'integer') && new RegExp(conv.fromWords.source, conv.fromWords.flags).test(s.description);
        if (idx < 0 && !inDesc) continue;
        if (s.type !== 'number' && s.type !== 'integer') continue;
        hit = true;
        const converted = convertSchemaUnits(s, conv);
        p.properties[name] = converted;
        if (idx >= 0) {
          t[idx] = conv.toToken;
          const newName = t.join('_');
          if (!(newName in p.properties)) renameProp(p, name, newName);
        }
      }
      if (!hit) continue;
      const rp = returns.properties as Record<string, Schema> | undefined;
      if (rp) {
        const np: Record<string, Schema> = {};
        for (const [k, v] of Object.entries(rp)) {
          const t = identifierTokens(k);
          const idx = t.findIndex((x) => conv.fromTokens.includes(x));
          if (idx >= 0 && !(t.slice(0, idx).concat(conv.toToken, t.slice(idx + 1)).join('_') in rp)) {
            t[idx] = conv.toToken;
            np[t.join('_')] = convertSchemaUnits(v, conv);
          } else np[k] = v;
        }
        const req = Array.isArray(returns.required) ? (returns.required as string[]) : undefined;
        returns = { ...returns, properties: np };
        if (req) {
          const oldKeys = Object.keys(rp);
          const newKeys = Object.keys(np);
          returns.required = req.map((r) => newKeys[oldKeys.indexOf(r)] ?? r);
        }
      }
      return { operator: 'adaptation', variant: 'units', verb: meta.verb, core: meta.core, quals: [conv.qualifier, [conv.qualifier[1]], ['converted', conv.qualifier[1]]], subdomain: parent.subdomain, ...base, lead: base.lead.replace(conv.fromWords, conv.toWord), notes: [...base.notes, conv.sentence], parameters: p, returns };
    }
    // No unit-bearing number: flip the default of a unit enum, or add a unit system / currency.
    for (const [name, s] of Object.entries(p.properties)) {
      if (!Array.isArray(s.enum) || s.type !== 'string') continue;
      const values = s.enum as string[];
      const cur = (typeof s.default === 'string' ? s.default : values[0]).toLowerCase();
      const prefs = UNIT_ENUM_PREFERENCE[cur];
      const target = prefs && values.find((v) => prefs.includes(v.toLowerCase()));
      if (!target) continue;
      p.properties[name] = { ...s, default: target };
      const note = `Defaults to ${target} ${humanize(name)} instead of ${cur}.`;
      return { operator: 'adaptation', variant: 'units', verb: meta.verb, core: meta.core, quals: [['in', target.toLowerCase()], [target.toLowerCase()], [target.toLowerCase(), 'default']], subdomain: parent.subdomain, ...base, notes: [...base.notes, note], parameters: p, returns };
    }
    if (!('units' in p.properties) && !('unit_system' in p.properties) && ['read', 'list', 'search', 'compute', 'track'].includes(cls) && rng.bool(0.5)) {
      const def = rng.pick(['metric', 'imperial']);
      p.properties.units = { type: 'string', enum: ['metric', 'imperial'], default: def, description: 'Measurement system of every quantity in the response.' };
      const note = `Quantities can be returned in metric or imperial units (default ${def}).`;
      return { operator: 'adaptation', variant: 'units', verb: meta.verb, core: meta.core, quals: [[def], ['in', def], ['with', 'units']], subdomain: parent.subdomain, ...base, notes: [...base.notes, note], parameters: p, returns };
    }
    if (!('currency' in p.properties) && ['read', 'list', 'search', 'compute', 'create'].includes(cls)) {
      const cur = rng.pick(['EUR', 'GBP', 'JPY', 'CAD', 'AUD', 'CHF', 'INR', 'BRL']);
      p.properties.currency = { type: 'string', pattern: '^[A-Z]{3}$', default: cur, description: `ISO 4217 code of the currency amounts are expressed in (default ${cur}).` };
      const note = `Monetary amounts are expressed in ${cur} unless another currency is requested.`;
      return { operator: 'adaptation', variant: 'units', verb: meta.verb, core: meta.core, quals: [['in', cur.toLowerCase()], [cur.toLowerCase()], ['multi', 'currency']], subdomain: parent.subdomain, ...base, notes: [...base.notes, note], parameters: p, returns };
    }
  }
  return null;
}

/** Nest, batch, paginate, sort, filter, or a versioned variant with a changed shape. */
function evolution(ctx: OpContext): Candidate | null {
  const { parent, meta, rng } = ctx;
  const cls = classOf(meta.verb);
  const base = inherited(ctx, 0.6);
  const listy = cls === 'list' || cls === 'search' || arrayItemProps(parent.returns as Schema) !== undefined;
  const variants = rng.shuffle(['nest', 'batch', 'paginate', 'sort', 'filter', 'version'] as const);
  for (const variant of variants) {
    const p = cloneParams(parent.parameters);
    const returns = structuredClone(parent.returns) as Schema;
    const mk = (quals: readonly (readonly string[])[], note: string, ret: Schema = returns, lead = base.lead): Candidate => ({
      operator: 'evolution',
      variant,
      verb: meta.verb,
      core: meta.core,
      quals,
      subdomain: parent.subdomain,
      ...base,
      lead,
      notes: [...base.notes, note],
      parameters: p,
      returns: ret,
    });
    if (variant === 'nest') {
      if ('latitude' in p.properties && 'longitude' in p.properties && !('coordinates' in p.properties) && rng.bool(0.5)) {
        const both = ['latitude', 'longitude'];
        const req = both.filter((k) => p.required.includes(k));
        const obj: Schema = { type: 'object', description: 'Geographic point in decimal degrees.', properties: { latitude: p.properties.latitude, longitude: p.properties.longitude }, required: both, additionalProperties: false };
        delete p.properties.latitude;
        delete p.properties.longitude;
        p.properties.coordinates = obj;
        p.required = p.required.filter((k) => !both.includes(k));
        if (req.length) p.required.push('coordinates');
        return mk([['by', 'coordinates'], ['geo'], ['at', 'point']], 'The location is passed as one coordinates object with latitude and longitude.');
      }
      const opt = optionalNames(p).filter((k) => !(p.properties[k].type === 'object'));
      if (opt.length < 2) continue;
      const moved = rng.sample(opt, Math.min(opt.length, rng.int(2, 6)));
      const holder = rng.pick(cls === 'list' || cls === 'search' ? ['filters', 'criteria', 'constraints'] : ['options', 'settings', 'preferences']);
      if (holder in p.properties) continue;
      const props = Object.fromEntries(moved.map((k) => [k, p.properties[k]]));
      for (const k of moved) delete p.properties[k];
      p.properties[holder] = { type: 'object', description: `Optional ${holder}, grouped in one object.`, properties: props, additionalProperties: false };
      return mk(rng.sample(QUALIFIERS.nest, 3), `${capitalize(joinList(moved.map(humanize)))} are grouped in a ${holder} object.`);
    }
    if (variant === 'batch') {
      if (cls === 'list' || cls === 'search' || Object.keys(p.properties).length === 0) continue;
      const maxItems = rng.pick([10, 20, 25, 50, 100]);
      const last = meta.core[meta.core.length - 1] ?? 'item';
      const field = plural(singular(last)) === last ? `${singular(last)}_requests` : plural(last);
      const item: Schema = { type: 'object', properties: p.properties, required: p.required, additionalProperties: false, description: `One ${humanize(singular(last))} request.` };
      const params: Params = { type: 'object', properties: { [field]: { type: 'array', items: item, minItems: 1, maxItems, description: `Up to ${maxItems} independent requests.` } }, required: [field], additionalProperties: false };
      if (rng.bool(0.5)) params.properties.stop_on_error = { type: 'boolean', default: false, description: 'Stop at the first failing entry instead of processing the rest.' };
      const ret: Schema = {
        type: 'object',
        properties: {
          results: {
            type: 'array',
            items: { type: 'object', properties: { index: { type: 'integer' }, ok: { type: 'boolean' }, result: returns, error: { type: 'string' } }, required: ['index', 'ok'] },
          },
        },
        required: ['results'],
      };
      const c = mk(rng.sample(QUALIFIERS.batch, 3), rng.pick([`Handles up to ${maxItems} requests in one call and reports success or failure per entry.`, `Batch form: send up to ${maxItems} entries at once; each gets its own result.`]), ret);
      c.parameters = params;
      return c;
    }
    if (variant === 'paginate') {
      if (!listy || PAGE_PARAMS.some((k) => k in p.properties)) continue;
      const hasSize = SIZE_PARAMS.some((k) => k in p.properties);
      const rp = (returns.properties ?? undefined) as Record<string, Schema> | undefined;
      if (rng.bool(0.5)) {
        p.properties.page = { type: 'integer', minimum: 1, default: 1, description: 'Page number, starting at 1.' };
        if (!hasSize) p.properties.page_size = { type: 'integer', minimum: 1, maximum: 100, default: 25, description: 'Items per page.' };
        if (rp) returns.properties = { ...rp, page: { type: 'integer' }, total_pages: { type: 'integer' } };
        return mk(rng.sample(QUALIFIERS.paginate, 3), 'Results are paginated with page and page size; the response gives the total number of pages.');
      }
      p.properties.cursor = { type: 'string', minLength: 1, description: 'Opaque cursor from next_cursor of the previous response; omit for the first page.' };
      if (!hasSize) p.properties.limit = { type: 'integer', minimum: 1, maximum: 200, default: 50, description: 'Items per page.' };
      if (rp) returns.properties = { ...rp, next_cursor: { type: 'string', description: 'Cursor of the next page; absent on the last page.' } };
      return mk(rng.sample(QUALIFIERS.cursor, 3), 'Uses cursor pagination: pass next_cursor back to get the following page.');
    }
    if (variant === 'sort') {
      if ('sort_by' in p.properties || 'order_by' in p.properties || !listy) continue;
      const itemProps = arrayItemProps(returns) ?? {};
      const fields = Object.keys(itemProps).filter((k) => isPrimitive(itemProps[k] ?? {}) && !k.endsWith('id'));
      if (fields.length < 2) continue;
      const chosen = rng.sample(fields, Math.min(fields.length, rng.int(2, 5)));
      p.properties.sort_by = { type: 'string', enum: chosen, default: chosen[0], description: 'Field to order the results by.' };
      if (!('sort_order' in p.properties)) p.properties.sort_order = { type: 'string', enum: ['asc', 'desc'], default: 'desc', description: 'Ascending or descending order.' };
      return mk(rng.sample(QUALIFIERS.sort, 3), `Results can be ordered by ${joinList(chosen.map(humanize))}, ascending or descending.`);
    }
    if (variant === 'filter') {
      if ('filters' in p.properties || !listy) continue;
      const holder: Params = { type: 'object', properties: {}, required: [] };
      const phrases = addGroups(holder, cls === 'list' || cls === 'search' ? cls : 'list', rng, rng.int(2, 3));
      for (const k of Object.keys(holder.properties)) if (k in p.properties) delete holder.properties[k];
      if (Object.keys(holder.properties).length < 2) continue;
      p.properties.filters = { type: 'object', description: 'Conditions every returned item must meet.', properties: holder.properties, additionalProperties: false };
      return mk(rng.sample(QUALIFIERS.filter, 3), `A filters object narrows the results by ${joinList(phrases)}.`);
    }
    // version: changed shape, and the response wrapped in an envelope.
    const vMatch = meta.qual.find((q) => /^v\d+$/.test(q));
    const nextVersion = vMatch ? Number(vMatch.slice(1)) + 1 : 2;
    const changes: string[] = [];
    let params: Params = p;
    const opt = optionalNames(p).filter((k) => p.properties[k].type !== 'object');
    if (opt.length >= 2 && !('options' in p.properties) && rng.bool(0.6)) {
      const props = Object.fromEntries(opt.map((k) => [k, p.properties[k]]));
      for (const k of opt) delete p.properties[k];
      p.properties.options = { type: 'object', description: 'Optional settings.', properties: props, additionalProperties: false };
      changes.push('optional settings move into an options object');
    }
    if (Object.keys(params.properties).some((k) => k.includes('_')) && (changes.length === 0 || rng.bool(0.5))) {
      params = camelizeSchema(params) as unknown as Params;
      if (new Set(Object.keys(params.properties)).size !== Object.keys(p.properties).length) continue;
      changes.push('parameter names use camelCase');
    }
    if (changes.length === 0) continue;
    const ret: Schema = {
      type: 'object',
      properties: {
        data: returns,
        meta: { type: 'object', properties: { api_version: { type: 'string', const: String(nextVersion) }, request_id: { type: 'string' } }, required: ['api_version'] },
      },
      required: ['data', 'meta'],
    };
    const c = mk([[`v${nextVersion}`]], `Version ${nextVersion} of ${parent.name}: ${joinList(changes)}, and the response is wrapped in a data/meta envelope.`, ret);
    c.parameters = params;
    c.quals = [[...meta.qual.filter((q) => !/^v\d+$/.test(q)), `v${nextVersion}`], [`v${nextVersion}`]];
    return c;
  }
  return null;
}

/** Synonym verbs and nouns in the name, reworded description, some parameters renamed. */
function renaming(ctx: OpContext): Candidate | null {
  const { parent, meta, rng } = ctx;
  const cls = meta.verb ? VERB_CLASS_OF.get(meta.verb) : undefined;
  const verbs = cls ? VERBS[cls].filter((v) => v !== meta.verb) : meta.verb ? [] : VERBS.read;
  const verb = verbs.length && rng.bool(0.85) ? rng.pick(verbs) : meta.verb;
  let nounChanged = false;
  const core = meta.core.map((tok) => {
    const sing = singular(tok);
    const group = NOUN_INDEX.get(tok) ?? NOUN_INDEX.get(sing);
    if (!group || !rng.bool(0.7)) return tok;
    const alts = group.filter((w) => w !== tok && w !== sing);
    if (!alts.length) return tok;
    nounChanged = true;
    const alt = rng.pick(alts);
    return tok !== sing && NOUN_INDEX.get(sing) ? plural(alt) : alt;
  });
  if (verb === meta.verb && !nounChanged) return null;
  const p = cloneParams(parent.parameters);
  const renamed: string[] = [];
  for (const k of rng.shuffle(Object.keys(p.properties))) {
    if (renamed.length >= 2) break;
    const syns = PARAM_SYNONYMS[k];
    if (!syns || !rng.bool(0.6)) continue;
    const to = syns.find((s) => !(s in p.properties) && rng.bool(0.7)) ?? syns.find((s) => !(s in p.properties));
    if (!to) continue;
    renameProp(p, k, to);
    renamed.push(`${k} → ${to}`);
  }
  // A renamed API is another provider's take on the same operation: beside the new names,
  // its surface differs a little (one option more or less), so it is not a pure alias.
  const extra: string[] = [];
  const opt = optionalNames(p);
  if (opt.length >= 2 && rng.bool(0.4)) {
    const drop = rng.pick(opt);
    delete p.properties[drop];
    extra.push(rng.pick(['It does not take {x}.', 'There is no {x} option here.']).replace('{x}', humanize(drop)));
  } else if (rng.bool(0.7)) {
    const phrases = addGroups(p, cls ?? 'read', rng, 1);
    if (phrases.length) extra.push(rng.pick(['It also accepts {x}.', 'Supports {x} as well.']).replace('{x}', joinList(phrases)));
  }
  let lead = reword(meta.lead, rng, 0.9);
  if (meta.verb && verb && verb !== meta.verb) {
    const oldPhrase = verbPhrase(meta.verb);
    if (lead.startsWith(oldPhrase)) lead = verbPhrase(verb) + lead.slice(oldPhrase.length);
  }
  const rest = meta.rest ? reword(meta.rest, rng, 0.8) : '';
  const notes = [...meta.notes.map((n) => reword(n, rng, 0.8)), ...extra];
  return {
    operator: 'renaming',
    variant: renamed.length ? 'name+params' : 'name',
    verb,
    core,
    quals: [meta.qual, []],
    subdomain: parent.subdomain,
    lead,
    rest,
    notes,
    parameters: p,
    returns: structuredClone(parent.returns) as Schema,
  };
}

const APPLY: Record<Operator, (ctx: OpContext) => Candidate | null> = { speciation, adaptation, evolution, renaming };

// ---------------------------------------------------------------------------------------
// The engine
// ---------------------------------------------------------------------------------------

function parseName(name: string): { verb: string | undefined; core: string[]; qual: string[] } {
  const t = identifierTokens(name);
  const verb = t.length > 1 && VERB_CLASS_OF.has(t[0]) ? t[0] : undefined;
  const rest = verb ? t.slice(1) : t;
  const qual = rest.length > 1 && /^v\d+$/.test(rest[rest.length - 1]) ? [rest.pop()!] : [];
  return { verb, core: rest, qual };
}

function buildName(verb: string | undefined, core: readonly string[], qual: readonly string[]): string | undefined {
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

function describe(lead: string, notes: readonly string[], rest: string): string {
  return [lead, ...notes, rest].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
}

export interface EvolveOptions {
  /** The taxonomy whose seed APIs start the pool. */
  readonly domains: readonly SeedDomain[];
  /** More seeds (e.g. imported); their domain need not be in `domains`. */
  readonly extraSeeds?: readonly ApiSpec[];
  /** Number of APIs wanted in the pool, seeds included. */
  readonly size: number;
  /** Every random choice derives from it. */
  readonly seed: number;
  /** Called after each API added to the pool. */
  readonly onProgress?: (done: number, size: number) => void;
  /** Near-duplicate Jaccard threshold. Default 0.8. */
  readonly threshold?: number;
}

export interface EvolveReport {
  /** Candidates produced by operators (seeds not counted). */
  generated: number;
  /** Candidates (and seeds) discarded by validateApi. */
  invalid: number;
  /** Candidates (and seeds) discarded as exact or near duplicates, or for a name already taken. */
  duplicates: number;
  /** Evolved APIs kept, per operator. */
  byOperator: Record<string, number>;
  /** Evolved APIs kept, per operator:variant (e.g. 'adaptation:units'). */
  byVariant: Record<string, number>;
  /** Seeds kept in the pool. */
  seeds: number;
  /** How many APIs short of `size` the pool is (0 when the size was reached). */
  shortfall: number;
  /** Why the pool is short, when it is. */
  note?: string;
}

export function evolvePool(opts: EvolveOptions): { apis: ApiSpec[]; report: EvolveReport } {
  const { size, seed } = opts;
  if (!Number.isInteger(size) || size < 0) throw new Error(`evolvePool: size must be a non-negative integer, got ${JSON.stringify(size)}`);
  if (!Number.isInteger(seed)) throw new Error(`evolvePool: seed must be an integer, got ${JSON.stringify(seed)}`);
  const rng = new Rng(subSeed(seed >>> 0, 'api-pool/evolve'));
  const index = new NearDuplicateIndex(opts.threshold ?? DEFAULT_NEAR_THRESHOLD);
  const exact = new Set<string>();
  const names = new Set<string>();
  const pool: ApiSpec[] = [];
  const metaOf = new Map<string, Meta>();
  const children = new Map<string, number>();
  const byDomain = new Map<string, ApiSpec[]>();
  const report: EvolveReport = { generated: 0, invalid: 0, duplicates: 0, byOperator: Object.fromEntries(OPERATORS.map((o) => [o, 0])), byVariant: {}, seeds: 0, shortfall: 0 };

  const domains = new Map<string, DomainInfo>();
  for (const d of opts.domains) domains.set(d.name, { name: d.name, description: d.description, subdomains: d.subdomains });
  for (const api of opts.extraSeeds ?? []) {
    const d = domains.get(api.domain);
    if (!d) domains.set(api.domain, { name: api.domain, description: `${humanize(api.domain)} APIs`, subdomains: api.subdomain ? [{ name: api.subdomain, description: humanize(api.subdomain) }] : [] });
    else if (api.subdomain && !d.subdomains.some((s) => s.name === api.subdomain)) {
      domains.set(api.domain, { ...d, subdomains: [...d.subdomains, { name: api.subdomain, description: humanize(api.subdomain) }] });
    }
  }

  /** Try to add; returns false (and counts why) when invalid or duplicate. */
  const tryAdd = (api: ApiSpec, meta: Meta): boolean => {
    if (names.has(api.name)) {
      report.duplicates++;
      return false;
    }
    if (validateApi(api).length > 0) {
      report.invalid++;
      return false;
    }
    const key = exactKey(api);
    if (exact.has(key)) {
      report.duplicates++;
      return false;
    }
    const sig = minhash(apiShingles(api));
    if (index.query(sig)) {
      report.duplicates++;
      return false;
    }
    exact.add(key);
    index.add(api.name, sig);
    names.add(api.name);
    pool.push(api);
    metaOf.set(api.name, meta);
    let list = byDomain.get(api.domain);
    if (!list) byDomain.set(api.domain, (list = []));
    list.push(api);
    opts.onProgress?.(pool.length, size);
    return true;
  };

  const seeds = [...opts.domains.flatMap((d) => d.apis), ...(opts.extraSeeds ?? [])];
  for (const api of seeds) {
    if (pool.length >= size) break;
    const parsed = parseName(api.name ?? '');
    const [lead = '', ...rest] = sentences(api.description ?? '');
    if (tryAdd(api, { ...parsed, lead, rest: rest.join(' '), notes: [] })) report.seeds++;
  }

  const maxAttempts = size * 40 + 1000;
  let attempts = 0;
  while (pool.length < size && byDomain.size > 0 && attempts < maxAttempts) {
    attempts++;
    const domainName = rng.pick([...byDomain.keys()]);
    const list = byDomain.get(domainName)!;
    const a = rng.pick(list);
    const b = rng.pick(list);
    const parent = (children.get(a.name) ?? 0) <= (children.get(b.name) ?? 0) ? a : b;
    const op = rng.weighted(OP_WEIGHTS);
    const domain = domains.get(parent.domain) ?? { name: parent.domain, description: parent.domain, subdomains: [] };
    const cand = APPLY[op]({ parent, meta: metaOf.get(parent.name)!, domain, rng });
    if (!cand) continue;
    report.generated++;
    let name: string | undefined;
    let qual: readonly string[] = [];
    for (const q of cand.quals) {
      const n = buildName(cand.verb, cand.core, q);
      if (n && !names.has(n) && n !== parent.name) {
        name = n;
        qual = q;
        break;
      }
    }
    if (!name) {
      report.duplicates++;
      continue;
    }
    const description = describe(cand.lead, cand.notes, cand.rest);
    const api: ApiSpec = {
      name,
      domain: parent.domain,
      ...(cand.subdomain ? { subdomain: cand.subdomain } : {}),
      description,
      parameters: cand.parameters as unknown as ApiSpec['parameters'],
      returns: cand.returns,
      origin: `evolved:${cand.operator}:${parent.name}`,
    };
    const meta: Meta = { verb: cand.verb, core: cand.core, qual: [...qual], lead: cand.lead, rest: cand.rest, notes: cand.notes.slice(-3) };
    if (tryAdd(api, meta)) {
      children.set(parent.name, (children.get(parent.name) ?? 0) + 1);
      report.byOperator[cand.operator] = (report.byOperator[cand.operator] ?? 0) + 1;
      const vk = `${cand.operator}:${cand.variant}`;
      report.byVariant[vk] = (report.byVariant[vk] ?? 0) + 1;
    }
  }
  report.shortfall = Math.max(0, size - pool.length);
  if (report.shortfall > 0) {
    report.note =
      byDomain.size === 0
        ? 'no valid seed API to evolve from'
        : `stopped after ${attempts} attempts: the operators could not produce ${report.shortfall} more distinct valid APIs from these seeds`;
  }
  return { apis: pool, report };
}
