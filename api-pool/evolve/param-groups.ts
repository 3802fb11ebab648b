/** Reusable groups of optional parameters, by the action classes they suit. */
import type { Rng } from '../../core/rng.js';
import type { Params, Schema } from './schema.js';
import { paramKey, paramKeys } from './traits.js';
import type { VerbClass } from './verbs.js';

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

/** Add `count` groups that suit the class and name no parameter the schema has (at any depth); returns their phrases. */
export function addGroups(p: Params, cls: VerbClass, rng: Rng, count: number): string[] {
  // At any depth: a currency fixed inside an options object is still the API's currency.
  const have = paramKeys(p as unknown as Schema);
  const fits = PARAM_GROUPS.filter((g) => g.classes.includes(cls) && Object.keys(g.props()).every((k) => !have.has(paramKey(k))));
  const chosen = rng.sample(fits, count);
  for (const g of chosen) Object.assign(p.properties, g.props());
  return chosen.map((g) => g.phrase);
}
