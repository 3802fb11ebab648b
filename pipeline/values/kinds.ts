/**
 * What a string field holds, read off its name (camelCase read as snake_case), its parent's
 * name, its description and pattern, and the API it belongs to: a `query` of a music API is a
 * song or an artist, `state` beside a city is a US state, a bare `name` of `create_playlist` is
 * a playlist's name. Decided once per schema and API (memoised): the per-item cost is a lookup.
 */
import type { ApiSpec } from '../../api-pool/types.js';
import type { Purpose } from './phrases.js';
import type { Schema } from './schema.js';

/** Where a place-like field points: the user's side (origin, from, pickup), the other side (destination, to), or the object's place. */
export type Role = '' | 'origin' | 'destination';

export interface FieldKind {
  readonly kind: string;
  readonly role: Role;
  /** text kinds: the purpose of the sentence. */
  readonly purpose?: Purpose;
  /** name kinds: what is named (playlist, leaderboard). */
  readonly entity?: string;
  /** Values the field's description gives as examples (`e.g. "deathmatch"`), or the enum of the API's parameter of the same name. */
  readonly examples?: readonly string[];
}

const snakeMemo = new Map<string, string>();
/** A property name in snake_case (memoised: names recur across items). */
export function snake(k: string): string {
  let s = snakeMemo.get(k);
  if (s === undefined) {
    s = k.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[-\s]+/g, '_').toLowerCase();
    if (snakeMemo.size < 50_000) snakeMemo.set(k, s);
  }
  return s;
}
const singular = (w: string): string => (w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('sses') ? w.slice(0, -2) : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

const ORIGIN = /^(origin|from|departure|depart|pickup|start|source|sender|src)$/;
const DESTINATION = /^(destination|dest|to|arrival|arrive|dropoff|drop_off|end|target|recipient|quote)$/;
function roleOf(prefix: string): Role {
  const p = prefix.replace(/_$/, '');
  return ORIGIN.test(p) ? 'origin' : DESTINATION.test(p) ? 'destination' : '';
}

/** An API's domain as a purpose for a description field. */
const DESCRIPTION_BY_DOMAIN: Readonly<Record<string, Purpose>> = {
  'e-commerce': 'product', calendar: 'event', jobs: 'job', devops: 'issue', security: 'issue', 'real-estate': 'property', health: 'clinical',
  legal: 'case', government: 'work', news: 'headline', science: 'abstract', food: 'recipe', messaging: 'message', 'social-media': 'caption',
};

interface Info {
  readonly key: string;
  readonly parent: string;
  readonly desc: string;
  readonly pattern: string;
  readonly domain: string;
  readonly api: string;
  readonly siblings: ReadonlySet<string>;
}
type Rule = readonly [RegExp, (i: Info, m: RegExpExecArray) => FieldKind | undefined];
const k = (kind: string, role: Role = ''): FieldKind => ({ kind, role });
const text = (purpose: Purpose): FieldKind => ({ kind: 'text', role: '', purpose });
const GEO_SIBLING = /(^|_)(city|zip|zip_code|postal_code|postcode|country|country_code|street|address|address_line1|street1|county)$/;
const has = (i: Info, re: RegExp): boolean => [...i.siblings].some((s) => re.test(s));

/** Tried in order against the field's snake_case name; the first rule returning a kind wins. */
const RULES: readonly Rule[] = [
  [/(^|_)ipv6(_address)?$/, () => k('ipv6')],
  [/(^|_)(ip|ipv4|ip_address|ip_addr|client_ip|source_ip|remote_addr)$/, () => k('ip')],
  [/(^|_)e?mail(_address)?$/, () => k('email')],
  [/(^|_)(first_name|given_name|firstname)$/, () => k('first-name')],
  [/(^|_)(last_name|surname|family_name|lastname)$/, () => k('last-name')],
  [/(^|_)(username|user_name|handle|screen_name|login|account_handle)$/, () => k('username')],
  [/(^|_)account$/, (i) => (i.domain === 'social-media' || i.domain === 'messaging' ? k('username') : undefined)],
  [/(^|_)(license|licence|contractor_license|permit_number|license_number|policy_number|docket_number)$/, () => k('id')],
  [/(^|_)citation$/, (i) => (i.domain === 'legal' ? k('citation') : undefined)],
  [/(^|_)(case_name|case_title|caption_name)$/, () => k('case-name')],
  [/(^|_)(unit|units|uom|unit_of_measure)$/, () => k('unit')],
  [/(^|_)isbn(13)?$/, () => k('isbn')],
  [/(^|_)(opening_hours|business_hours|open_hours|hours_of_operation|store_hours|hours)$/, () => k('opening-hours')],
  [/(^|_)iban$/, () => k('iban')],
  [/(^|_)(bic|swift|swift_code)$/, () => k('bic')],
  [/(^|_)vin$/, () => k('vin')],
  [/(^|_)cve(_id)?$/, () => k('cve')],
  [/(^|_)doi$/, () => k('doi')],
  [/(^|_)arxiv(_id)?$/, () => k('arxiv')],
  [/(^|_)(sha|sha1|sha256|md5|hash|checksum|digest)$/, () => k('hash')],
  [/(^|_)(ticker|symbol|symbols|stock_symbol)$/, (i) => (i.domain === 'finance' || /ticker|stock|share/.test(i.desc) ? k('ticker') : undefined)],
  [/(^|_)exchange$/, (i) => (i.domain === 'finance' ? k('exchange') : undefined)],
  [/^(.*?)_?(timezone|time_zone|tz)$/, (_i, m) => k('time-zone', roleOf(m[1]))],
  [/^(.*?)_?(currency|currencies|currency_code)$/, (_i, m) => k('currency', roleOf(m[1]))],
  [/^(.*?)_?(language|languages|lang|language_code|locale)$/, (_i, m) => k(m[2] === 'locale' ? 'locale' : 'language', roleOf(m[1]))],
  [/^(.*?)_?(country_code|country_codes|nationality|citizenship|market)$/, (i, m) => (m[2] !== 'market' || /^\^?\[A-Z\]\{2\}/.test(i.pattern) || /country/.test(i.desc) ? k('country-code', roleOf(m[1])) : undefined)],
  [/^(.*?)_?country$/, (i, m) => k(/^\^?\[A-Z\]\{2\}/.test(i.pattern) || /\b(code|iso|alpha-2)\b/.test(i.desc) ? 'country-code' : 'country', roleOf(m[1]))],
  [/^(.*?)_?state_code$/, (_i, m) => k('state-code', roleOf(m[1]))],
  [/^(.*?)_?(state|province)$/, (i, m) => (has(i, GEO_SIBLING) || /province|us state|state code|two-letter/.test(i.desc) || /address|location/.test(i.parent) ? k(/^\^?\[A-Z\]\{2\}/.test(i.pattern) || /code|two-letter|abbreviation/.test(i.desc) ? 'state-code' : 'state', roleOf(m[1])) : undefined)],
  [/^(.*?)_?(region|county)$/, (i, m) => (/^\^?\[A-Z\]\{2\}/.test(i.pattern) ? k('country-code') : i.domain === 'devops' || /us-east|cloud|aws|azure|gcp/.test(i.desc) ? k('cloud-region') : k('region', roleOf(m[1])))],
  [/^(.*?)_?(city|town|municipality|locality)$/, (_i, m) => k('city', roleOf(m[1]))],
  [/^(.*?)_?(airport|airport_code|iata|iata_code)$/, (_i, m) => k('airport', roleOf(m[1]))],
  [/^(origin|destination|from|to)$/, (i, m) => k(/\{3\}/.test(i.pattern) || /airport|iata/.test(i.desc) ? 'airport' : 'location', roleOf(m[1]))],
  [/^(.*?)_?(latitude|lat)$/, (_i, m) => k('lat', roleOf(m[1]))],
  [/^(.*?)_?(longitude|lon|lng|long)$/, (_i, m) => k('lon', roleOf(m[1]))],
  [/^(.*?)_?(street\d?|street_address|address_line\d?|line\d)$/, (_i, m) => k('street', roleOf(m[1]))],
  [/^(.*?)_?(address|full_address|formatted_address|normalized_address)$/, (_i, m) => k('address', roleOf(m[1]))],
  [/^(.*?)_?(postal_code|postcode|zip|zip_code|zipcode|garaging_zip)$/, (_i, m) => k('postal', roleOf(m[1]))],
  [/^(.*?)_?(location|place|where|near|loss_location|last_location|neighborhood|area)$/, (i, m) => (i.domain === 'maps' && /place|where|near/.test(m[2]) ? k('address', roleOf(m[1])) : k('location', roleOf(m[1])))],
  [/(^|_)(phone|phone_number|msisdn|mobile|fax|telephone|caller_id)$/, () => k('phone')],
  [/(^|_)(airline|airline_name)$/, () => k('airline')],
  [/(^|_)(carrier|carrier_name|courier)$/, (i) => k(i.domain === 'telecom' ? 'telecom' : i.domain === 'travel' ? 'airline' : i.domain === 'insurance' ? 'insurer' : 'shipper')],
  [/(^|_)(insurer|insurance_company|insurance_provider)$/, () => k('insurer')],
  [/(^|_)(company|employer|organi[sz]ation|business|vendor|supplier|merchant|brand|manufacturer|lender|issuer|counterparty|payee|sponsor|developer|brokerage|isp|provider|agency|landlord)(_name)?$/, (i) => k(i.domain === 'health' && /provider/.test(i.key) ? 'person' : 'company')],
  [/(^|_)(artist|artists|band|performer|musician|artist_name)$/, () => k('artist')],
  [/(^|_)(album|album_name|album_title|release)$/, () => k('album')],
  [/(^|_)(song|songs|track|track_name|track_title|song_title)$/, () => k('song')],
  [/(^|_)(book|book_title)$/, () => k('book')],
  [/(^|_)publisher$/, (i) => k(i.domain === 'news' ? 'outlet' : 'publisher')],
  [/(^|_)(venue|venue_name|arena|stadium)$/, () => k('venue')],
  [/(^|_)(hotel|hotel_name|property_name|lodging)$/, (i) => k(i.domain === 'real-estate' ? 'name' : 'hotel')],
  [/(^|_)(restaurant|restaurant_name)$/, () => k('restaurant')],
  [/(^|_)(shop|store|shop_name|store_name|pharmacy)$/, () => k('shop')],
  [/(^|_)(team|home_team|away_team|opponent|club|team_name)$/, () => k('team')],
  [/(^|_)(course|course_name|course_title|program)$/, (i) => k(i.domain === 'education' ? 'course' : 'term')],
  [/(^|_)(podcast|podcast_name)$/, () => k('podcast')],
  [/(^|_)(show|series|movie|film|tv_show)$/, () => k('show')],
  [/(^|_)(game|game_name|game_title)$/, () => k('game')],
  [/(^|_)(crop|crops|commodity)$/, () => k('crop')],
  [/(^|_)(pest|pest_name)$/, () => k('pest')],
  [/(^|_)(organism|species|organism_filter)$/, () => k('species')],
  [/(^|_)(drug|drugs|medication|medications|medicine|medication_name|prescription|generic_name)$/, () => k('drug')],
  [/(^|_)(symptom|symptoms)$/, () => k('symptom')],
  [/(^|_)(condition|conditions|diagnosis|injury)$/, (i) => k(i.domain === 'health' || i.domain === 'insurance' ? 'condition' : 'term')],
  [/(^|_)(chemical|compound|iupac_name|substance)$/, () => k('chemical')],
  [/(^|_)(service|services|deployment|namespace|app_name)$/, (i) => (i.domain === 'devops' || i.domain === 'security' ? k('service') : undefined)],
  [/(^|_)(repository|repo)$/, () => k('repo')],
  [/(^|_)(outlet|source|sources|source_name|publisher_site|news_source)$/, (i) => (i.domain === 'news' ? k('outlet') : undefined)],
  [/(^|_)(court|court_name)$/, () => k('court')],
  [/(^|_)(judge|judge_name)$/, () => k('judge')],
  [/(^|_)(make)$/, (i) => (i.domain === 'automotive' || i.siblings.has('model') ? k('car-make') : undefined)],
  [/(^|_)(model)$/, (i) => (i.domain === 'automotive' || i.siblings.has('make') ? k('car-model') : undefined)],
  [/(^|_)(dish|recipe|recipe_name|meal|menu_item)$/, () => k('dish')],
  [/(^|_)(ingredient|ingredients|include_ingredients|unrecognized_ingredients)$/, () => k('ingredient')],
  [/(^|_)(job_title|position|role|occupation|job_name)$/, (i) => (i.domain === 'devops' && /role/.test(i.key) ? k('term') : k('job-title'))],
  [/(^|_)department$/, () => k('department')],
  [/(^|_)(genre|genres|primary_category)$/, (i) => k(i.domain === 'music' || i.domain === 'media' ? 'genre' : 'term')],
  [/(^|_)(doctor|physician|practitioner|primary_practitioner|person|contact|guest|passenger|customer|owner|author|authors|assignee|assignees|assigned_to|reviewer|reviewers|recipient_name|sender_name|driver|patient|student|teacher|instructor|agent|agent_name|adjuster|adjuster_name|claimant|candidate|employee|manager|caller_name|host|attendee|attendees|player|inventor|inventors|composer|composers|director|buyer|seller|full_name|display_name|contact_name|beneficiary|name_on_card|cardholder|policyholder|insured)$/, (i) => (/reviewers|assignees/.test(i.key) && /\[a-z0-9-\]/.test(i.pattern) ? k('username') : k('person'))],
  [/(^|_)(commit|commit_message)$/, () => text('commit')],
  [/(^|_)(review|review_text|feedback|testimonial)$/, () => text('review')],
  [/(^|_)(comment|comments)$/, (i) => text(i.domain === 'e-commerce' ? 'return' : i.domain === 'devops' ? 'comment' : i.domain === 'health' ? 'clinical' : 'comment')],
  [/(^|_)(reason|reasons|justification|cause|return_reason)$/, (i) => text(i.domain === 'e-commerce' && /return|refund/.test(i.api + i.desc) ? 'return' : 'reason')],
  [/(^|_)(summary|abstract|synopsis|overview)$/, (i) => text(i.domain === 'legal' ? (/bill|legislat/.test(i.api) ? 'bill' : 'case') : i.domain === 'government' ? 'bill' : i.domain === 'science' || /abstract/.test(i.key) ? 'abstract' : 'summary')],
  [/(^|_)(note|notes|operator_notes|memo)$/, (i) => text(i.domain === 'health' ? 'clinical' : 'note')],
  [/(^|_)(message|messages|body|text|content|sms|cover_letter|gift_message|decline_message|claim_text|mark_text)$/, (i) => text(i.domain === 'social-media' ? 'caption' : i.domain === 'legal' && /claim|mark/.test(i.key) ? 'case' : 'message')],
  [/(^|_)(description|details|description_of_work|vehicle_description)$/, (i) => text(DESCRIPTION_BY_DOMAIN[i.domain] ?? 'summary')],
  [/(^|_)(headline|snippet|sample_headlines)$/, () => text('headline')],
  [/(^|_)(instructions|steps|directions|step)$/, (i) => text(i.domain === 'food' ? 'recipe' : 'directions')],
  [/(^|_)question$/, () => text('question')],
  [/(^|_)answer$/, () => text('answer')],
  [/(^|_)(bio|about|tagline)$/, () => text('bio')],
  [/(^|_)(caption|alt_text|lyrics_excerpt)$/, () => text('caption')],
  [/(^|_)(advice|recommendation|next_steps|remedy|consequence|definition)$/, () => text('advice')],
  [/(^|_)(special_requests|request)$/, () => text('request')],
  [/(^|_)subject$/, () => text('subject')],
  [/(^|_)(title|event_title|event_name|meeting|event)$/, (i) => (i.domain === 'news' ? text('headline') : i.domain === 'food' ? k('dish') : i.domain === 'music' ? k('song') : i.domain === 'media' ? k('show') : i.domain === 'education' ? k('course') : i.domain === 'jobs' ? k('job-title') : text(i.domain === 'calendar' ? 'event' : 'title'))],
  [/(^|_)(query|q|search|search_text|keyword|keywords|term|terms|topic|topics|tag|tags|label|labels|category|categories|interest|interests|hashtag|hashtags|factors|features|areas|domains)$/, () => k('query')],
  [/(^|_)(url|link|website|homepage|uri|href|final_url|context_uri)$/, () => k('url')],
  [/(^|_)domain$/, () => k('domain')],
  [/(^|_)(time|at_time|clock)$/, () => k('clock')],
  [/(^|_)(flight|flight_number|flight_numbers|flight_no)$/, () => k('flight')],
  [/(^|_)(terminal|gate|baggage_belt|belt|seat|seat_number|platform|track_number)$/, (i) => k(/seat/.test(i.key) ? 'seat' : /gate/.test(i.key) ? 'gate' : 'terminal')],
  [/(^|_)(road|street_name|route_name|highway)$/, () => k('road')],
  [/(^|_)(trim|body_class|body_type|drive_type|drivetrain|transmission|fuel_type)$/, (i) => k(`car-${i.key.split('_').pop()}`)],
  [/(^|_)(prompt)$/, () => text('question')],
  [/(^|_)(project|project_name)$/, (i) => (i.domain === 'devops' ? k('repo') : undefined)],
  [/(^|_)(accession|accession_number)$/, () => k('id')],
  [/(^|_)(status|state|mode|type|kind|level|severity|priority|visibility|tier|stage|phase|entity_type|event_type|frequency|granularity|interval|format|method|grade)$/, (i) => ({ kind: 'label', role: '', entity: i.key.split('_').pop() })],
  [/(^|_)(date|dates|day|birthday|dob|[a-z]+_on|date_[a-z]+|[a-z]+_date)$/, (i) => (i.pattern === '' || /\\d\{4\}-|\[0-9\]\{4\}-/.test(i.pattern) ? k('date') : undefined)],
  [/(^|_)(datetime|timestamp|[a-z]+_at)$/, (i) => (i.pattern === '' ? k('date-time') : undefined)],
  [/(^|_)(month|budget_month|delivery_month|billing_month|period|billing_period|statement_month)$/, (i) => (/\{4\}-|\\d\{4\}-/.test(i.pattern) || /yyyy-mm/.test(i.desc) ? { kind: 'month', role: '', entity: i.key } : undefined)],
  [/(^|_)(year_range|years|year|season)$/, (i) => (/\{4\}/.test(i.pattern) || /yyyy/.test(i.desc) ? k(/range|years/.test(i.key) || /\)\?/.test(i.pattern) ? 'year-range' : 'year') : undefined)],
  [/(^|_)(ids?|uuid|sid|ref|reference|number|code|key|token|cursor|next_cursor|identifier|serial_number|confirmation|sku)$|_ids?$/, () => k('id')],
  [/^(.*?)_?(name|names)$/, (i, m) => ({ kind: 'name', role: '', entity: m[1] || i.parent || apiNoun(i.api) })],
];

const VERB = /^(get|list|search|find|create|add|update|delete|remove|set|fetch|check|lookup|book|cancel|send|post|put|start|stop|track|schedule|submit|make|generate|compute|calculate)_/;
/** The thing an API is about, from its name: create_playlist -> playlist. */
export const apiNoun = (name: string): string => singular(name.replace(VERB, '').split('_')[0] ?? '');

interface Memo {
  key: string;
  parent: string;
  api: ApiSpec | undefined;
  fk: FieldKind;
  /** Other keys and APIs the schema was read under (rare: made on the second one, not per schema). */
  more: Map<string, FieldKind> | undefined;
}
const memo = new WeakMap<Schema, Memo>();

/** The kind of the string field `key` (under `parentKey`) of `schema`, given its siblings' names. */
export function kindOf(key: string, parentKey: string, schema: Schema, api: ApiSpec | undefined, siblings: ReadonlySet<string> = EMPTY): FieldKind {
  // A schema is nearly always read under one key of one API: that case is one lookup.
  const m = memo.get(schema);
  if (m && m.key === key && m.parent === parentKey && m.api === api) return m.fk;
  const memoKey = `${key}\u0000${parentKey}\u0000${api?.name ?? ''}`;
  let fk = m?.more?.get(memoKey);
  if (fk) return fk;
  const info: Info = {
    key: snake(key),
    parent: singular(snake(parentKey)),
    desc: typeof schema.description === 'string' ? schema.description.toLowerCase() : '',
    pattern: typeof schema.pattern === 'string' ? schema.pattern : '',
    domain: api?.domain ?? '',
    api: api ? `${api.name} ${api.description}`.toLowerCase() : '',
    siblings,
  };
  // A bare name or id is read with its parent (hotels.name is a hotel's name).
  const own = info.key === 'name' || info.key === 'title' ? (info.parent ? `${info.parent}_${info.key}` : info.key) : info.key;
  fk = classify({ ...info, key: own }) ?? (own !== info.key ? classify(info) : undefined) ?? k('term');
  const examples = paramEnum(key, schema, api) ?? examplesOf(info.desc === '' ? '' : String(schema.description));
  if (examples) fk = { ...fk, examples };
  if (!m) memo.set(schema, { key, parent: parentKey, api, fk, more: undefined });
  else {
    // The reading the memo held moves to `more`; the memo holds the latest one.
    m.more ??= new Map();
    if (m.more.size < 1000) m.more.set(`${m.key}\u0000${m.parent}\u0000${m.api?.name ?? ''}`, m.fk).set(memoKey, fk);
    Object.assign(m, { key, parent: parentKey, api, fk });
  }
  return fk;
}

function classify(info: Info): FieldKind | undefined {
  for (const [re, decide] of RULES) {
    const m = re.exec(info.key);
    if (!m) continue;
    const fk = decide(info, m);
    if (fk) return fk;
  }
  return undefined;
}

/** A result field named like a parameter with an enum takes its values from that enum (hvac_mode, status). */
function paramEnum(key: string, schema: Schema, api: ApiSpec | undefined): readonly string[] | undefined {
  if (!api || api.parameters.properties[key] === schema) return undefined;
  const p = api.parameters.properties[key] as Schema | undefined;
  const e = p && (Array.isArray(p.enum) ? p.enum : Array.isArray((p.items as Schema | undefined)?.enum) ? ((p.items as Schema).enum as unknown[]) : undefined);
  return e && e.every((x) => typeof x === 'string') ? (e as string[]) : undefined;
}

/** The examples a description gives: `e.g. "deathmatch"`, `e.g. ramen, tapas, vegan`, `e.g. Austin, TX.` (one place). */
export function examplesOf(description: string): readonly string[] | undefined {
  const at = description.search(/\be\.g\.,?\s/);
  if (at < 0) return undefined;
  const rest = description.slice(at).replace(/^e\.g\.,?\s*/, '');
  const quoted = [...rest.matchAll(/"([^"]{1,60})"/g)].map((m) => m[1]);
  const list = quoted.length > 0 ? quoted : rest.replace(/[.;)]\s.*$|[.;)]$/, '').split(/,\s*|\s+or\s+/);
  const out = list.map((x) => x.trim()).filter((x) => x !== '' && x.length <= 60 && !/["'\n]/.test(x) && !/^(a|an|the)\s/.test(x));
  return out.length > 0 ? out : undefined;
}

const EMPTY: ReadonlySet<string> = new Set();
/** The snake_case names of an object's properties, for sibling-aware kinds (memoised). */
const siblingMemo = new WeakMap<Schema, ReadonlySet<string>>();
export function siblingsOf(schema: Schema): ReadonlySet<string> {
  let s = siblingMemo.get(schema);
  if (!s) siblingMemo.set(schema, (s = new Set(Object.keys((schema.properties ?? {}) as object).map(snake))));
  return s;
}

/** Kinds drawn from an object's place (places.ts): a value of one of them changes the others with it. */
const PLACE_KINDS = new Set(['time-zone', 'country-code', 'country', 'state-code', 'state', 'region', 'city', 'airport', 'location', 'lat', 'lon', 'street', 'address', 'postal', 'phone']);

/** The parameters of an API that name its place (city, country, zone...), for the user's side of it. */
export function placeKeys(schema: Schema, api: ApiSpec | undefined): ReadonlySet<string> {
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  const siblings = siblingsOf(schema);
  const out = new Set<string>();
  for (const k in props) {
    const fk = kindOf(k, '', props[k], api, siblings);
    if (PLACE_KINDS.has(fk.kind) && fk.role === '') out.add(k);
  }
  return out;
}
