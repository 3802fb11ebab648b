/**
 * What a string field holds, read off its name (camelCase read as snake_case), its parent's
 * name, its description and pattern, and the API it belongs to: a `query` of a music API is a
 * song or an artist, `state` beside a city is a US state, a bare `name` of `create_playlist` is
 * a playlist's name. Decided once per schema and API (memoised): the per-item cost is a lookup.
 */
import type { ApiSpec } from '../../api-pool/types.js';
import { FIELD_TABLES, type FieldTable } from './field-tables.js';
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
  /** No rule knew the field: its value is a guess (a domain topic word). A result leaves such a field out when it may. */
  readonly weak?: true;
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
/** A field with a vocabulary of its own (field-tables.ts). */
const choice = (t: FieldTable): FieldKind => ({ kind: 'choice', role: '', examples: FIELD_TABLES[t] });
const OUTDOOR_DOMAINS = /^(maps|travel|logistics|weather|automotive)$/;
const GEO_SIBLING = /(^|_)(city|zip|zip_code|postal_code|postcode|country|country_code|street|address|address_line1|street1|county)$/;
const has = (i: Info, re: RegExp): boolean => [...i.siblings].some((s) => re.test(s));

/** Tried in order against the field's snake_case name; the first rule returning a kind wins. */
const RULES: readonly Rule[] = [
  // Fields with a form or a vocabulary of their own, before the generic readings below.
  [/(^|_)isrc$/, () => k('isrc')],
  [/(^|_)(canonical_smiles|isomeric_smiles|smiles)$/, () => k('smiles')],
  [/(^|_)(cpe|cpes|affected_cpes|cpe_name)$/, () => k('cpe')],
  [/(^|_)vector(_string)?$/, (i) => (i.domain === 'security' || /cvss/.test(i.parent) ? k('cvss-vector') : undefined)],
  [/(^|_)(cwe|cwe_id|cwe_ids)$/, () => k('cwe')],
  [/^mcc$/, () => k('mcc')],
  [/^mnc$/, () => k('mnc')],
  [/(^|_)(raw_metar|metar)$/, () => k('metar')],
  [/(^|_)(mbid|[a-z]+_mbid|guid)$/, () => k('uuid')],
  [/(^|_)(client_secret|api_secret|secret)$/, () => k('secret')],
  [/(^|_)reference_range$/, () => k('range')],
  [/(^|_)texture$/, () => choice('soilTexture')],
  [/(^|_)drainage(_class)?$/, () => choice('soilDrainage')],
  [/(^|_)(soil_name|soil_series|map_unit_name)$/, () => choice('soilSeries')],
  [/(^|_)(rating|textual_rating)$/, (i) => (i.domain === 'news' || /fact.?check|claim/.test(i.api) ? choice('factRating') : undefined)],
  [/(^|_)party$/, (i) => (i.domain === 'government' || /official|representative|candidate|legislat/.test(`${i.parent} ${i.api}`) ? choice('politicalParty') : undefined)],
  [/(^|_)office$/, (i) => (i.domain === 'government' ? choice('electedOffice') : undefined)],
  [/(^|_)(role|party_role|party_type)$/, (i) => (i.domain === 'legal' ? choice('partyRole') : i.domain === 'music' || i.domain === 'media' || /credit/.test(i.parent) ? choice('creditRole') : undefined)],
  [/(^|_)position$/, (i) => (i.domain === 'sports' ? choice('sportsPosition') : undefined)],
  [/(^|_)(injury|injuries)$/, (i) => (i.domain === 'sports' ? choice('injury') : undefined)],
  [/(^|_)(broadcast|broadcaster|broadcasts|tv_channel|network)$/, (i) => (i.domain === 'sports' || i.domain === 'media' ? choice('broadcaster') : i.domain === 'energy' || i.domain === 'automotive' || /charg/.test(i.api) ? choice('evNetwork') : i.domain === 'telecom' ? k('telecom') : undefined)],
  [/^result$/, (i) => (/vote/.test(i.parent) ? choice('voteResult') : i.domain === 'sports' ? k('score') : i.domain === 'security' ? choice('avVerdict') : undefined)],
  [/(^|_)engine(_name)?$/, (i) => (i.domain === 'security' ? choice('avEngine') : undefined)],
  [/^category$/, (i) => (i.domain === 'security' && /engine/.test(i.parent) ? choice('avVerdict') : undefined)],
  [/^type$/, (i) => (/connector|plug/.test(i.parent) ? choice('connector') : /entit/.test(i.parent) ? choice('entityType') : undefined)],
  [/(^|_)(connector|connectors|connector_type|connector_types|plug_type|plug_types)$/, () => choice('connector')],
  // A room of a home (where a device is), not a hotel's room type.
  [/(^|_)room$/, (i) => (i.domain === 'home-automation' || /device|sensor|light|camera|thermostat/.test(`${i.parent} ${i.api}`) ? choice('room') : undefined)],
  [/(^|_)data_class(es)?$/, () => choice('dataClass')],
  [/^tags?$/, (i) => (i.domain === 'security' && /reference/.test(i.parent) ? choice('advisoryTag') : undefined)],
  [/(^|_)benefits?$/, (i) => (i.domain === 'jobs' ? choice('jobBenefit') : undefined)],
  [/(^|_)(requirements|qualifications)$/, (i) => (i.domain === 'jobs' ? choice('jobRequirement') : i.domain === 'insurance' ? choice('claimRequirement') : undefined)],
  [/(^|_)(industry|sector)$/, () => choice('industry')],
  [/(^|_)(plan|plan_name|new_plan|previous_plan|current_plan|tariff)$/, (i) => (i.domain === 'telecom' ? choice('mobilePlan') : undefined)],
  [/^coverage_name$/, (i) => (i.domain === 'insurance' ? choice('homeCoverage') : undefined)],
  [/(^|_)(discounts|discounts_applied|discount_names)$/, (i) => (i.domain === 'insurance' ? choice('insuranceDiscount') : undefined)],
  [/(^|_)(bodily_injury_limits|liability_limits|limits)$/, (i) => (i.domain === 'insurance' ? choice('liabilityLimits') : undefined)],
  [/^source$/, (i) => (/census|population/.test(i.api) ? choice('censusSource') : i.domain === 'agriculture' ? choice('cropSource') : undefined)],
  [/(^|_)issuer$/, (i) => (i.domain === 'weather' ? choice('alertIssuer') : undefined)],
  [/^(map|map_name)$/, (i) => (i.domain === 'gaming' ? choice('gameMap') : undefined)],
  [/^server_name$/, (i) => (i.domain === 'gaming' ? k('game-server') : undefined)],
  [/^(achievement_display_name|display_name|achievement_name)$/, (i) => (i.domain === 'gaming' && /achievement/.test(i.parent + i.key) ? choice('achievementTitle') : undefined)],
  [/^(achievement_api_name|api_name)$/, (i) => (i.domain === 'gaming' ? k('achievement-id') : undefined)],
  [/^entity_name$/, (i) => (i.domain === 'news' ? choice('newsTopicEntity') : undefined)],
  [/^(display|observation_display|test_name|lab_test)$/, (i) => (i.domain === 'health' ? choice('labTest') : undefined)],
  [/(^|_)cause$/, (i) => (i.domain === 'energy' || /outage/.test(i.api) ? choice('outageCause') : undefined)],
  [/(^|_)job_name$/, (i) => (i.domain === 'devops' ? choice('ciJob') : undefined)],
  [/^(ref|branch|git_ref|target_branch|source_branch|base_branch|head_branch|head|base)$/, (i) => (i.domain === 'devops' && (!/^(head|base)$/.test(i.key) || /pull|merge/.test(i.api)) ? choice('gitRef') : undefined)],
  [/(^|_)(unit|apartment|apt|suite|unit_number)$/, (i) => (/address|location/.test(i.parent) || has(i, /(^|_)(street|city|postal_code|zip|line1|address_line1)$/) ? k('apt-unit') : undefined)],
  [/^reason$/, (i) => (i.domain === 'health' && /appointment|visit|consult|book/.test(i.api) ? choice('visitReason') : undefined)],
  [/^(feedback|comments|comment)$/, (i) => (i.domain === 'education' ? text('grading') : undefined)],
  [/^(path|paths|file_path)$/, (i) => (i.domain === 'devops' ? choice('repoPath') : undefined)],
  [/^(affected_assets|assets|asset|hosts|hostname|host_names)$/, (i) => (i.domain === 'security' ? choice('hostname') : undefined)],
  [/^instructions$/, (i) => (i.domain === 'logistics' ? text('delivery-request') : undefined)],
  // What a patient is told before a visit, what a diner asks of a dish: not directions or cooking steps.
  [/^(instructions|special_instructions|patient_instructions|preparation_instructions)$/, (i) => (i.domain === 'health' ? choice('visitNote') : i.domain === 'food' && !/recipe|cook|meal_plan|instruction/.test(i.api.split(' ')[0]) ? choice('orderNote') : undefined)],
  // A trademark is a word or a short brand, not a sentence.
  [/^(mark_text|mark|word_mark|trademark|trademark_text)$/, (i) => (i.domain === 'legal' || /trademark|mark/.test(i.api) ? choice('brandMark') : undefined)],
  [/^domains$/, (i) => (i.domain === 'news' ? choice('newsDomain') : undefined)],
  [/^(choices|options|answer_choices|distractors)$/, (i) => (i.domain === 'education' ? choice('quizChoice') : i.domain === 'automotive' ? choice('carOption') : undefined)],
  [/^model$/, (i) => (/vehicle|car/.test(i.parent) ? k('car-model') : undefined)],
  [/(^|_)stat_line$/, () => k('stat-line')],
  [/^(reading|readings|value)$/, (i) => (i.domain === 'health' && /flag|vital|alert/.test(i.parent) ? choice('vitalReading') : undefined)],
  [/^type$/, (i) => (/inspection/.test(i.parent) ? choice('inspectionType') : /incident/.test(i.parent) && OUTDOOR_DOMAINS.test(i.domain) ? choice('incidentType') : /device/.test(i.parent) ? choice('deviceType') : undefined)],
  [/^(value|indicator|ioc)$/, (i) => (i.domain === 'security' && /indicator|ioc/.test(i.parent + i.key) ? k('ioc') : undefined)],
  [/^(features|amenities)$/, (i) => (i.domain === 'real-estate' ? choice('propertyFeature') : undefined)],
  [/^content_warnings?$/, () => choice('contentWarning')],
  [/^(character|character_name|hero|champion)$/, (i) => (i.domain === 'gaming' ? choice('gameCharacter') : undefined)],
  [/^friendly_name$/, (i) => (i.domain === 'telecom' || /phone|number/.test(i.api) ? choice('lineName') : undefined)],
  [/^(error|error_message)$/, (i) => (i.domain === 'home-automation' ? choice('deviceError') : undefined)],
  [/^(group|conference|division)$/, (i) => (i.domain === 'sports' ? choice('leagueGroup') : undefined)],
  [/^(domain_filter|domains_filter|domain_name)$/, () => k('domain')],
  [/^(signer|signers|signer_name|signatory)_?(name)?$/, () => k('person')],
  [/^(changed_fields|updated_fields|modified_fields|fields_changed)$/, () => k('field-name')],
  [/^(component|components|system)$/, (i) => (i.domain === 'automotive' ? choice('recallComponent') : undefined)],
  [/^(technology|technologies|network_type|radio_technology)$/, (i) => (i.domain === 'telecom' ? choice('networkTech') : undefined)],
  [/(^|_)title$/, (i) => (i.domain === 'jobs' && /document|attachment|file/.test(`${i.parent} ${i.api}`) ? choice('applicationDocument') : undefined)],
  [/^(mode|game_mode|game_modes|modes)$/, (i) => (i.domain === 'gaming' ? choice('gameMode') : undefined)],
  [/^(character|character_name)$/, (i) => (i.domain === 'media' ? choice('movieCharacter') : undefined)],
  [/^courtroom$/, () => choice('courtroom')],
  [/(^|_)(lines|log_lines|logs)$/, (i) => (i.domain === 'devops' ? k('log-line') : undefined)],
  [/^(areas|area_names|affected_areas)$/, (i) => (i.domain === 'weather' ? k('region') : undefined)],
  [/^label$/, (i) => (/waypoint|point|stop|leg/.test(i.parent) ? k('city') : undefined)],
  [/(^|_)(condition|worst_condition|conditions)$/, (i) => (i.domain === 'weather' ? choice('weatherCondition') : undefined)],
  [/^event$/, (i) => (i.domain === 'weather' ? choice('weatherEvent') : undefined)],
  [/(^|_)genres?$/, (i) => (i.domain === 'media' ? choice('filmGenre') : i.domain === 'gaming' ? choice('gameGenre') : undefined)],
  [/(^|_)submission_types?$/, () => choice('submissionType')],
  [/(^|_)(period|billing_period)$/, (i) => (i.pattern === '' ? { kind: 'month', role: '', entity: i.key } : undefined)],
  [/(^|_)vehicle_description$/, () => k('vehicle')],
  [/^(commit_)?message$/, (i) => (i.parent === 'commit' ? text('commit') : undefined)],
  // A parcel's scan events say where it is; an address check says what it found; a candidate answers a screening question.
  [/^(message|messages|description|status_detail|status_description|details)$/, (i) => (/track|parcel|shipment|package/.test(`${i.parent} ${i.api}`) && /event|checkpoint|scan|history|track/.test(`${i.parent} ${i.api}`) ? text('tracking') : /validat|verif|standardi/.test(i.api) && /address/.test(i.api) ? text('validation') : undefined)],
  [/^(answer|answer_text)$/, (i) => (/screening|question/.test(i.parent) && /job|application|candidate|apply/.test(i.api) ? text('screening') : undefined)],
  [/^(body|text|content)$/, (i) => (i.parent === 'review' ? text('review') : i.domain === 'news' && /article/.test(`${i.parent} ${i.api}`) ? text('article') : /action/.test(i.parent) && (i.domain === 'government' || i.domain === 'legal') ? text('bill-action') : undefined)],
  [/^review_title$/, () => text('review-title')],
  [/^(description|details|summary)$/, (i) => {
    if (i.key !== 'summary' && i.domain === 'insurance' && /claim/.test(i.api)) return text('loss');
    if (i.key !== 'summary' && /payment|charge|invoice|transfer/.test(i.api.split(' ')[0])) return text('transaction');
    if (/^(transaction|payment|charge)$/.test(i.parent) || (i.domain === 'finance' && /transaction/.test(i.api))) return text('transaction');
    if (/incident/.test(i.parent) && OUTDOOR_DOMAINS.test(i.domain)) return text('incident');
    if (/outage/.test(`${i.parent} ${i.api}`)) return text('outage');
    if (/recall/.test(`${i.parent} ${i.api}`)) return text('recall');
    if (/interaction/.test(i.parent)) return text('interaction');
    if (i.domain === 'security' && /cve|vulnerab/.test(`${i.parent} ${i.api}`)) return text('vulnerability');
    return undefined;
  }],
  [/^(remedy|recommendation|recommendations|consequence|advice|next_steps)$/, (i) => {
    if (i.domain === 'automotive') return text(/consequence/.test(i.key) ? 'recall' : 'remedy');
    if (i.domain === 'agriculture') return text('farm');
    if (i.domain === 'health') return text('advice');
    if (i.domain === 'insurance' && /next_steps/.test(i.key)) return choice('claimRequirement');
    return text('tip');
  }],
  [/^(abstract|claims|claim)$/, (i) => (/patent/.test(i.api) ? text('patent') : undefined)],
  [/^tagline$/, (i) => (i.domain === 'media' ? text('tagline') : undefined)],
  [/^(overview|synopsis|plot|summary)$/, (i) => (i.domain === 'media' ? text('plot') : undefined)],
  [/^(claim_text|claim|claims|text)$/, (i) => (i.domain === 'news' && /claim|fact/.test(`${i.key} ${i.parent} ${i.api}`) ? text('claim') : undefined)],
  [/(^|_)threat_label$/, () => choice('threatLabel')],
  [/^status$/, (i) => (i.domain === 'sports' && /injur|player/.test(`${i.parent} ${i.api}`) ? choice('injuryStatus') : undefined)],
  [/^(headline|event_headline)$/, (i) => (i.domain === 'weather' ? text('alert') : undefined)],
  [/^value$/, (i) => (/variable|param|setting|env/.test(i.parent) ? k('var-value') : undefined)],
  [/^(description|details|issue|problem)$/, (i) => (i.domain === 'government' && /311|service_request|report_issue|complaint/.test(i.api) ? text('street-report') : undefined)],
  [/^(labels|metric_labels|label_set)$/, (i) => (i.domain === 'devops' ? k('metric-labels') : undefined)],
  [/^(snippet|excerpt|preview)$/, (i) => (i.domain === 'legal' ? text('case') : i.domain === 'messaging' || /mail|message|inbox/.test(`${i.parent} ${i.api}`) ? text('message') : undefined)],
  [/^definition$/, (i) => (i.domain === 'science' ? k('seq-definition') : undefined)],
  [/(^|_)title$/, (i) => {
    if (/patent/.test(i.api)) return text('invention');
    if (i.domain === 'science') return text('paper');
    if ((i.domain === 'government' || i.domain === 'legal') && /bill|legislat/.test(i.api)) return text('bill-title');
    if (/document/.test(i.parent)) return choice('documentTitle');
    if (i.domain === 'agriculture' && /alert/.test(i.parent)) return text('farm-alert');
    if (i.domain === 'travel' && /activit|tour|experience/.test(`${i.parent} ${i.api}`)) return text('tour');
    if (i.domain === 'e-commerce' && /^(|product|line|item|variant|cart_line|line_item)_?title$/.test(i.key)) return k('product');
    return undefined;
  }],
  [/(^|_)ipv6(_address)?$/, () => k('ipv6')],
  [/(^|_)(ip|ipv4|ip_address|ip_addr|client_ip|source_ip|remote_addr)$/, () => k('ip')],
  [/(^|_)e?mail(_address)?$/, () => k('email')],
  [/(^|_)(first_name|given_name|firstname)$/, () => k('first-name')],
  [/(^|_)(last_name|surname|family_name|lastname)$/, () => k('last-name')],
  [/(^|_)(username|user_name|handle|screen_name|login|account_handle)$/, () => k('username')],
  [/(^|_)account$/, (i) => (i.domain === 'social-media' || i.domain === 'messaging' ? k('username') : undefined)],
  [/(^|_)(license|licence|contractor_license|permit_number|license_number|policy_number|docket_number)$/, () => k('id')],
  [/(^|_)citation$/, (i) => (i.domain === 'legal' ? k('citation') : undefined)],
  [/(^|_)(case_name|case_title|caption_name|citing_case|cited_case)$/, () => k('case-name')],
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
  [/(^|_)(artist|artists|band|performer|performers|musician|artist_name|lineup|headliner)$/, () => k('artist')],
  [/(^|_)(album|album_name|album_title|release)$/, () => k('album')],
  [/(^|_)(song|songs|track|track_name|track_title|song_title)$/, () => k('song')],
  [/(^|_)(book|book_title)$/, () => k('book')],
  [/(^|_)publisher$/, (i) => k(i.domain === 'news' ? 'outlet' : 'publisher')],
  [/(^|_)(venue|venue_name|journal|journal_name|publication_venue)$/, (i) => (/paper|citation|publication|scholar|research|journal|article|doi|preprint/.test(`${i.api} ${i.parent}`) ? choice('publicationVenue') : undefined)],
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
  [/(^|_)(symptom|symptoms|red_flags|warning_signs)$/, () => k('symptom')],
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
  [/(^|_)(doctor|physician|practitioner|primary_practitioner|person|contact|guest|passenger|customer|owner|author|authors|assignee|assignees|assigned_to|reviewer|reviewers|recipient_name|sender_name|driver|patient|student|teacher|instructor|agent|agent_name|adjuster|adjuster_name|claimant|candidate|employee|manager|caller_name|host|attendee|attendees|player|inventor|inventors|composer|composers|director|buyer|seller|full_name|display_name|contact_name|beneficiary|name_on_card|cardholder|policyholder|insured)(_name|_full_name)?$/, (i) => /^(.*_)?host_(full_)?name$/.test(i.key) ? undefined : (/reviewers|assignees/.test(i.key) && /\[a-z0-9-\]/.test(i.pattern) ? k('username') : k('person'))],
  [/(^|_)(commit|commit_message)$/, () => text('commit')],
  [/(^|_)(review|review_text|feedback|testimonial)$/, () => text('review')],
  [/(^|_)(comment|comments)$/, (i) => text(i.domain === 'e-commerce' ? 'return' : i.domain === 'devops' ? 'comment' : i.domain === 'health' ? 'clinical' : 'comment')],
  [/(^|_)(reason|reasons|justification|cause|return_reason)$/, (i) => text(i.domain === 'e-commerce' && /return|refund/.test(i.api + i.desc) ? 'return' : 'reason')],
  [/(^|_)(summary|abstract|synopsis|overview)$/, (i) => text(i.domain === 'legal' ? (/bill|legislat/.test(i.api) ? 'bill' : 'case') : i.domain === 'government' ? 'bill' : i.domain === 'science' || /abstract/.test(i.key) ? 'abstract' : 'summary')],
  [/(^|_)(note|notes|operator_notes|memo)$/, (i) => text(i.domain === 'health' ? 'clinical' : 'note')],
  [/(^|_)cover_letter$/, () => text('cover-letter')],
  [/(^|_)(message|messages|body|text|content|sms|gift_message|decline_message|claim_text|mark_text)$/, (i) => text(i.domain === 'social-media' ? 'caption' : i.domain === 'legal' && /claim|mark/.test(i.key) ? 'case' : 'message')],
  [/(^|_)(description|details|description_of_work|vehicle_description)$/, (i) => text(i.domain === 'food' && !/recipe|cook|meal|dish/.test(i.api.split(' ')[0]) ? 'dining' : DESCRIPTION_BY_DOMAIN[i.domain] ?? 'summary')],
  [/(^|_)(headline|snippet|sample_headlines)$/, () => text('headline')],
  [/(^|_)(instructions|steps|directions|step)$/, (i) => text(i.domain === 'food' ? 'recipe' : 'directions')],
  [/(^|_)question$/, () => text('question')],
  [/(^|_)answer$/, () => text('answer')],
  [/(^|_)(bio|about|tagline)$/, () => text('bio')],
  [/(^|_)(caption|alt_text|lyrics_excerpt)$/, () => text('caption')],
  [/(^|_)(advice|recommendation|next_steps|remedy|consequence|definition)$/, () => text('advice')],
  [/(^|_)(special_requests|request|requests|delivery_instructions|delivery_notes)$/, (i) => text(/restaurant|table|dining|dinner/.test(i.api) ? 'table-request' : /hotel|room|stay|lodging|accommodation|check in|vacation/.test(i.api) ? 'stay-request' : /deliver|ship|parcel|package|courier|grocer|order/.test(`${i.api} ${i.key}`) ? 'delivery-request' : 'request')],
  [/(^|_)subject$/, () => text('subject')],
  [/(^|_)(title|event_title|event_name|meeting|event)$/, (i) => (i.domain === 'news' ? text('headline') : i.domain === 'food' ? k('dish') : i.domain === 'music' ? k('song') : i.domain === 'media' ? k('show') : i.domain === 'education' ? k('course') : i.domain === 'jobs' ? k('job-title') : text(i.domain === 'calendar' ? 'event' : 'title'))],
  [/(^|_)(query|q|search|search_text|keyword|keywords|term|terms|topic|topics|tag|tags|label|labels|category|categories|interest|interests|hashtag|hashtags|factors|features|areas|domains)$/, () => k('query')],
  [/(^|_)(url|link|website|homepage|uri|href|final_url|context_uri)$/, () => k('url')],
  [/(^|_)domain$/, () => k('domain')],
  [/(^|_)(time|at_time|clock)$/, () => k('clock')],
  [/(^|_)(flight|flight_number|flight_numbers|flight_no)$/, () => k('flight')],
  [/(^|_)(terminal|gate|baggage_belt|belt|seat|seat_number|platform|track_number)$/, (i) => k(/seat/.test(i.key) ? 'seat' : /gate/.test(i.key) ? 'gate' : 'terminal')],
  [/(^|_)(road|street_name|route_name|highway)$/, () => k('road')],
  [/(^|_)(trim|body_class|body_type|drive_type|drivetrain|transmission|fuel_type)$/, (i) => k(/fuel/.test(i.key) ? 'car-fuel_type' : `car-${i.key.split('_').pop()}`)],
  [/(^|_)(prompt)$/, () => text('question')],
  [/(^|_)(project|project_name)$/, (i) => (i.domain === 'devops' ? k('repo') : undefined)],
  [/(^|_)(accession|accession_number)$/, () => k('id')],
  // A carrier's service (ground, express), not a level of something.
  [/(^|_)service_level$/, (i) => (i.domain === 'logistics' || /ship|parcel|carrier|rate/.test(`${i.parent} ${i.api}`) ? { kind: 'label', role: '', entity: 'service_level' } : undefined)],
  [/(^|_)(status|state|mode|type|kind|level|severity|priority|visibility|tier|stage|phase|entity_type|event_type|frequency|granularity|interval|format|method|grade)$/, (i) => ({ kind: 'label', role: '', entity: i.key.split('_').pop() })],
  [/(^|_)(date|dates|day|birthday|dob|[a-z]+_on|date_[a-z]+|[a-z]+_date)$/, (i) => (i.pattern === '' || /\\d\{4\}-|\[0-9\]\{4\}-/.test(i.pattern) ? k('date') : undefined)],
  [/(^|_)(datetime|timestamp|[a-z]+_at)$/, (i) => (i.pattern === '' ? k('date-time') : undefined)],
  [/(^|_)(month|budget_month|delivery_month|billing_month|period|billing_period|statement_month)$/, (i) => (/\{4\}-|\\d\{4\}-/.test(i.pattern) || /yyyy-mm/.test(i.desc) ? { kind: 'month', role: '', entity: i.key } : undefined)],
  [/(^|_)(year_range|years|year|season)$/, (i) => (/\{4\}/.test(i.pattern) || /yyyy/.test(i.desc) ? k(/range|years/.test(i.key) || /\)\?/.test(i.pattern) ? 'year-range' : 'year') : undefined)],
  [/(^|_)(ids?|uuid|sid|ref|reference|number|code|key|token|cursor|next_cursor|identifier|serial_number|confirmation|skus?)$|_ids?$/, () => k('id')],
  [/^(.*?)_?(name|names)$/, (i, m) => ({ kind: 'name', role: '', entity: m[1] || i.parent || apiThing(i.api.split(' ')[0]) })],
];

/** Words of an API name that say how it answers, not what it is about (get_property_details: a property). */
// with the qualifiers evolution adds to a name (_lite, _core, _grouped, _by_page, _v2).
const ASPECT = /^(details?|info|information|status|summary|history|list|data|stats|statistics|report|results?|metrics|profile|overview|snapshot|by|page|batch|bulk|v\d+|lite|core|grouped|refined|checked|ordered|cursor|stream|extended|detailed|compact|full|basic|simple|safe|async|paged|paginated|filtered|sorted|validated|export|format)$/;
const PREPOSITION = /^(from|by|for|in|of|to|with|on|at|per|into)$/;
/**
 * The thing an API is about, from its name: the last noun before a preposition or an aspect word
 * (create_home_automation_rule -> rule, identify_song_from_audio -> song, get_property_details ->
 * property, create_music_playlist -> playlist).
 */
export function apiThing(name: string): string {
  const words = name.replace(VERB, '').split('_');
  const cut = words.findIndex((w) => PREPOSITION.test(w));
  const head = (cut > 0 ? words.slice(0, cut) : words).filter((w) => w !== '');
  while (head.length > 1 && ASPECT.test(head[head.length - 1])) head.pop();
  return singular(head[head.length - 1] ?? '');
}

const VERB = /^(get|list|search|find|create|add|update|delete|remove|set|fetch|check|lookup|look_up|book|cancel|send|post|put|start|stop|track|schedule|submit|make|generate|compute|calculate|load|view|read|show|obtain|browse|resolve|modify|patch|adjust|change|verify|retrieve|query|display|edit|pull|register|request|open|close|run|apply|issue|record|log|report|estimate|analyze|analyse|compare|decode|identify|trigger|declare|initiate|scale|purchase|release|reserve|publish|arm|respond|refund|enroll|grade|file)_/;
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
  fk = classify({ ...info, key: own }) ?? (own !== info.key ? classify(info) : undefined) ?? WEAK_TERM;
  const examples = paramEnum(key, schema, api) ?? examplesOf(info.desc === '' ? '' : String(schema.description));
  if (examples) {
    // Examples make a guess an informed one.
    const { weak: _guess, ...known } = fk;
    // A vocabulary keeps its other words beside the description's example ("e.g. living room").
    fk = { ...known, examples: fk.kind === 'choice' && fk.examples ? [...new Set([...examples, ...fk.examples])] : examples };
  }
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

const WEAK_TERM: FieldKind = { kind: 'term', role: '', weak: true };
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
