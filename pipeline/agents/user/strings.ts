/**
 * How a string argument is said, by what it is (pipeline/values/kinds.ts): a city with the side
 * of the trip it is on ("from Boston", "to Lisbon"), a date by what it starts or ends ("from
 * 2026-12-04", "until ..."), an id after its noun ("order 8812"), a free text in quotes, an
 * enum's words ("turn on"). The value stays verbatim (an enum code as its words).
 */
import type { FieldKind } from '../../values/kinds.js';
import { labelOf, quoted, RANK, sayString, speaker, type Speaker } from './speaker.js';
import { pluralOf, singularOf } from './words.js';

const verbatim = (enumerated: boolean) => (v: unknown): string => (typeof v === 'string' ? sayString(v, enumerated) : String(v));
const inQuotes = (v: unknown): string => quoted(String(v));

const START = /(^|_)(start|from|since|after|begin|begins|check_in|checkin|earliest|window_start|published_after|created_after|updated_since|date_from|from_date|start_date|min_date|time_min|departure|depart|outbound|pickup|pickup_at|valid_from|effective)(_|$)/;
const END = /(^|_)(end|to|until|before|check_out|checkout|latest|window_end|through|date_to|to_date|end_date|max_date|time_max|return|inbound|dropoff|dropoff_at|valid_until|expires|expiry)(_|$)/;

function dateTemplates(k: string): { rank: number; tpl: readonly string[] } {
  if (/(^|_)(departure|depart|outbound)/.test(k)) return { rank: RANK.date, tpl: ['leaving {v}', 'departing {v}', 'on {v}'] };
  if (/(^|_)(return|inbound)/.test(k)) return { rank: RANK.dateEnd, tpl: ['coming back {v}', 'returning {v}', 'back on {v}'] };
  if (/pickup/.test(k)) return { rank: RANK.date, tpl: ['picking up {v}', 'collecting it {v}'] };
  if (/dropoff|drop_off/.test(k)) return { rank: RANK.dateEnd, tpl: ['dropping off {v}', 'returning it {v}'] };
  if (/(^|_)(since|after|published_after|created_after|updated_since)(_|$)/.test(k)) return { rank: RANK.date, tpl: ['since {v}', 'after {v}', 'from {v} onwards'] };
  if (/(^|_)before(_|$)/.test(k)) return { rank: RANK.dateEnd, tpl: ['before {v}', 'up to {v}'] };
  if (/due|deadline|expir|valid_until/.test(k)) return { rank: RANK.dateEnd, tpl: ['due {v}', 'by {v}', 'no later than {v}'] };
  if (/birth|dob/.test(k)) return { rank: RANK.people, tpl: ['born {v}', 'born on {v}', 'with a birth date of {v}'] };
  if (/as_of/.test(k)) return { rank: RANK.date, tpl: ['as it stood on {v}', 'as things were on {v}'] };
  if (/cancel/.test(k)) return { rank: RANK.date, tpl: ['effective {v}', 'as of {v}'] };
  if (/week_ending/.test(k)) return { rank: RANK.date, tpl: ['for the week ending {v}', 'in the week ending {v}'] };
  if (/loss|incident|occurred|happened/.test(k)) return { rank: RANK.date, tpl: ['it happened {v}', 'which happened on {v}', 'on {v}'] };
  if (/measured|taken|recorded/.test(k)) return { rank: RANK.date, tpl: ['taken {v}', 'measured at {v}'] };
  if (/proposed_start/.test(k)) return { rank: RANK.date, tpl: ['proposing {v} instead', 'suggesting {v} as the new start'] };
  if (/proposed_end/.test(k)) return { rank: RANK.dateEnd, tpl: ['ending {v}', 'and {v} as the new end'] };
  if (START.test(k)) return { rank: RANK.date, tpl: ['from {v}', 'starting {v}', 'beginning {v}'] };
  if (END.test(k)) return { rank: RANK.dateEnd, tpl: ['until {v}', 'through {v}', 'up to {v}', 'ending {v}'] };
  return { rank: RANK.date, tpl: ['on {v}', 'for {v}', 'dated {v}'] };
}

const byRole = (role: string, none: readonly string[], from: readonly string[], to: readonly string[]): readonly string[] => (role === 'origin' ? from : role === 'destination' ? to : none);

/** An id's noun: "order_id" -> "order", "tracking_number" -> "tracking number", a bare "id" or "code" -> what the tool is about. */
function idNoun(k: string, parent: string, subject: string): string {
  const t = k.split('_');
  const last = t[t.length - 1];
  if (last === 'sku') return 'SKU';
  if (/^(number|code|key|reference|token|handle|slug)$/.test(last)) {
    if (t.length > 1) return t.join(' ');
    const owner = singularOf(parent) || subject;
    return owner.endsWith(last) ? owner : `${owner} ${last}`;
  }
  const rest = t.filter((w, i) => i < t.length - 1 || !/^(id|ids|uuid|sid|ref|no)$/.test(w)).join(' ');
  return rest || parent || subject || 'record';
}

/** Person fields by what the person is to the request. */
function personTemplates(k: string): readonly string[] {
  if (/author|composer|inventor|director|artist|creator/.test(k)) return ['by {v}', 'from {v}'];
  if (/assign/.test(k)) return ['assigned to {v}', 'for {v} to handle'];
  if (/review/.test(k)) return ['with {v} reviewing', 'reviewed by {v}'];
  if (/recipient|beneficiary|payee/.test(k)) return ['to {v}', 'for {v}'];
  if (/sender|from/.test(k)) return ['from {v}', 'sent by {v}'];
  if (/card|holder|insured|policyholder/.test(k)) return ['in the name of {v}', 'under {v}', 'for {v}'];
  if (/doctor|physician|practitioner|adjuster|agent|instructor|teacher|host|judge/.test(k)) return ['with {v}', 'seeing {v}'];
  if (/attendee|invitee|participant|guest_list/.test(k)) return ['with {v}', 'inviting {v}'];
  return ['for {v}', 'under the name {v}', 'named {v}'];
}

export function labelTemplates(k: string, entity: string | undefined, many = false, owner = ''): readonly string[] {
  const e = entity ?? k;
  // A bare "type" is the type of what holds it ("a sunrise trigger"), not "picking sunrise for the type".
  const pre = k.replace(/_?(type|kind|category|class)$/, '').replace(/_/g, ' ') || (/^(type|kind)$/.test(k) ? singularOf(owner) : '');
  if (/^(sort|sort_by|order_by|sort_field|sort_key|rank_by)$/.test(k)) return ['sorted by {v}', 'ordered by {v}', 'by {v}'];
  if (/^(sort_order|order|direction|sort_direction|sort_dir)$/.test(k)) return ['in {v} order', 'with {v} ordering'];
  if (/units|unit_system|measurement/.test(k)) return ['in {v} units', 'using {v} units'];
  if (e === 'priority' || /urgency/.test(k)) return ['{v} priority', 'as {v} priority', 'with {v} priority'];
  if (e === 'severity') return ['{v} severity', 'at {v} severity', 'marked {v}'];
  if (e === 'status' || e === 'state') return ['that are {v}', 'in {v} status', 'only {v} ones', 'marked {v}'];
  if (e === 'mode') return ['in {v} mode', 'on {v} mode'];
  if (e === 'visibility') return ['as {v}', 'with {v} visibility', 'kept {v}'];
  if (e === 'format') return ['as {v}', 'in {v} format'];
  if (/^(frequency|recurrence|interval|granularity|period|cadence)$/.test(e)) return ['{v}', 'on a {v} basis', 'broken down {v}'];
  if (/^(send_updates|notify|notifications|notify_attendees)$/.test(k)) return ['sending updates to {v}', 'with notifications going to {v}'];
  if (/^sport$/.test(k)) return ['for {v}', 'in {v}'];
  if (/^(cabin|cabin_class|travel_class|class|seat_class|fare_class)$/.test(k)) return ['in {v}', 'flying {v}', 'in {v} class'];
  if (/(^|_)(reason|cause)$/.test(k)) return ['because it was {v}', 'with the reason {v}'];
  if (/^(avoid|exclude|excluded|avoid_features)$/.test(k)) return ['avoiding {v}', 'with no {v}'];
  if (/home_away|venue_type/.test(k)) return ['{v} games only', 'for {v} games'];
  if (/^league$/.test(k)) return ['in the {v}', 'in {v}'];
  if (/^(level|tier|grade|stage|phase)$/.test(e)) return [`at the {v} ${e}`, `at {v} ${e}`];
  if (/^(method|channel|via|medium|delivery_method)$/.test(k)) return ['by {v}', 'via {v}', 'through {v}'];
  // Several types are several kinds of the thing asked for: "only sensor, switch and thermostat ones", not "the ... kind of device".
  if (/^(type|kind|category|class)$/.test(e) && pre) return many ? [`only {v} ones`, `just the {v} ones`] : [`for {av} ${pre}`, `as {av} ${pre}`, `the {v} kind of ${pre}`];
  if (/^(action|command|operation|response|decision|answer)$/.test(k)) return ['{v}', 'with {v}', 'to {v}'];
  if (/^(sex|gender)$/.test(k)) return ['{v}'];
  if (/^role$/.test(k)) return ['as {av}', 'in the {v} role'];
  const l = labelOf(k);
  // A field named by what to do ("append", "apply to", "include"): said as done ("with images appended").
  const done = DONE[l];
  if (done) return done;
  return [`picking {v} for the ${l}`, `using {v} as the ${l}`, `choosing {v} as the ${l}`];
}

/** Field names that say what to do with the value rather than what it is, and how it is said done. */
const DONE: Readonly<Record<string, readonly string[]>> = {
  append: ['with {v} appended', 'with {v} added on'],
  apply: ['applying it to {v}'],
  'apply to': ['applying it to {v}', 'for {v} too'],
  include: ['with {v} included', 'along with {v}'],
  expand: ['with {v} expanded', 'expanding {v}'],
  embed: ['with {v} embedded'],
  attach: ['with {v} attached'],
  exclude: ['leaving out {v}', 'without {v}'],
  add: ['adding {v}'],
  remove: ['removing {v}'],
  'group by': ['grouped by {v}'],
  'split by': ['split by {v}'],
  'compare to': ['compared with {v}'],
  'convert to': ['converted to {v}'],
  'round to': ['rounded to {v}'],
  'export as': ['saved as {v}'],
  'save as': ['saved as {v}'],
};

const TEXT_TPL: Readonly<Record<string, readonly string[]>> = {
  message: ['saying {v}', 'that says {v}', 'with the text {v}', 'reading {v}'],
  caption: ['with the caption {v}', 'saying {v}'],
  subject: ['with the subject {v}', 'with the subject line {v}', 'titled {v}'],
  title: ['called {v}', 'titled {v}', 'named {v}'],
  event: ['called {v}', 'titled {v}', 'named {v}'],
  headline: ['headlined {v}', 'titled {v}'],
  note: ['with a note saying {v}', 'adding {v}', 'with the note {v}'],
  comment: ['with the comment {v}', 'adding {v}', 'commenting {v}'],
  review: ['saying {v}', 'with the review {v}'],
  reason: ['with the reason {v}', 'since {v}', 'because of this: {v}'],
  return: ['because {v}', 'with the reason {v}'],
  question: ['asking {v}', 'with the question {v}'],
  answer: ['answering {v}', 'with the answer {v}'],
  commit: ['with the message {v}', 'described as {v}'],
  request: ['with the request {v}', 'noting {v}'],
  directions: ['with these instructions: {v}', 'with the instructions {v}'],
};
const DESCRIBE = ['described as {v}', 'with the description {v}', 'with these details: {v}'];
/** Text fields named by a kind of text of their own: said by that name ("with the feedback ..."), not as a description. */
const OWN_TEXT = /^(feedback|comments?|remarks?|notes?|summary|instructions|bio|biography|abstract|excerpt|transcript|answer|response|reply|justification|rationale|explanation|resolution|diagnosis|findings?|observations?|symptoms|caption|tagline|slogan|statement|testimony|agenda|minutes|prompt)$/;
function ownText(k: string): readonly string[] {
  const last = k.split('_').pop() ?? k;
  if (!OWN_TEXT.test(last)) return DESCRIBE;
  const l = k.replace(/_/g, ' ');
  // Not "and the comment is ...": a field's name then its value reads as a form being filled in.
  return [`with the ${l} {v}`, `with this ${l}: {v}`, `adding the ${l} {v}`];
}

/** Secrets entered to act (a PIN, an alarm code), and things a bare "code" unlocks. */
const SECRET = /(^|_)(pin|passcode|password|access_code|security_code|alarm_code|door_code|lock_code|unlock_code|disarm_code|arm_code)$/;
const LOCKED = /\b(alarm|lock|door|safe|gate|panel|keypad)\b/;

/** How a string field is said, from its kind (`fk`), its snake_case key and its schema's enum. */
export function stringSpeaker(k: string, fk: FieldKind, enumerated: boolean, parent: string, subject: string, many = false): Speaker {
  const say = verbatim(enumerated);
  const r = fk.role;
  // A choice among fixed words reads as an option, whatever kind of thing it names.
  if (enumerated && /^(job-title|term|name|text|query|id|person|label)$/.test(fk.kind)) return speaker(RANK.option, labelTemplates(k, fk.entity, many, parent || subject), say);
  switch (fk.kind) {
    case 'city':
      return speaker(r === 'origin' ? RANK.origin : r === 'destination' ? RANK.destination : RANK.place, byRole(r, ['in {v}', 'for {v}', 'around {v}'], ['from {v}', 'leaving from {v}', 'out of {v}'], ['to {v}', 'going to {v}', 'into {v}']), say);
    case 'airport':
      return speaker(r === 'origin' ? RANK.origin : r === 'destination' ? RANK.destination : RANK.place, byRole(r, ['at {v}'], ['from {v}', 'out of {v}', 'departing {v}'], ['to {v}', 'into {v}', 'landing at {v}']), say);
    case 'location': case 'address': case 'street': case 'postal': case 'region': case 'state': case 'state-code': case 'country':
      if (/^near$/.test(k)) return speaker(RANK.place, ['near {v}', 'close to {v}'], say);
      return speaker(r === 'origin' ? RANK.origin : r === 'destination' ? RANK.destination : RANK.place, byRole(r, fk.kind === 'address' || fk.kind === 'street' ? ['at {v}', 'for {v}'] : ['in {v}', 'around {v}', 'near {v}'], ['from {v}', 'starting at {v}'], ['to {v}', 'ending at {v}']), say);
    case 'country-code':
      if (/nationality|citizenship/.test(k)) return speaker(RANK.people, ['with a {v} passport', 'as a {v} citizen', 'holding a {v} passport'], say);
      if (/market/.test(k)) return speaker(RANK.place, ['in the {v} market', 'for the {v} market'], say);
      return speaker(RANK.place, byRole(r, ['in {v}', 'for {v}'], ['from {v}'], ['to {v}']), say);
    case 'currency':
      return speaker(RANK.amount, byRole(r, ['in {v}'], ['from {v}'], ['into {v}', 'to {v}']), say);
    case 'language':
      return speaker(RANK.option, byRole(r, ['in {v}'], ['from {v}'], ['into {v}']), say);
    case 'locale': return speaker(RANK.option, ['in the {v} locale', 'using {v}'], say);
    case 'time-zone': return speaker(RANK.option, ['in {v} time', 'on {v} time', 'using the {v} time zone'], say);
    case 'date': case 'date-time': {
      const d = dateTemplates(k);
      return speaker(d.rank, fk.kind === 'date-time' && d.tpl[0] === 'on {v}' ? ['at {v}', 'for {v}', 'on {v}'] : d.tpl, say);
    }
    case 'month': return speaker(RANK.date, ['for {v}', 'in {v}'], say);
    case 'year': case 'year-range': return speaker(RANK.date, ['in {v}', 'for {v}', 'covering {v}'], say);
    case 'clock': return speaker(RANK.date, ['at {v}', 'around {v}'], say);
    case 'email':
      if (many) return speaker(RANK.people, ['for {v}', 'with {v}', 'including {v}'], say);
      if (/(^|_)(to|recipient|recipients|invitee|attendee|grantee|share_with|notify)(_|$)/.test(k)) return speaker(RANK.people, /grantee|share/.test(k) ? ['with {v}', 'for {v}'] : ['to {v}', 'for {v}'], say);
      if (/^cc$/.test(k)) return speaker(RANK.people, ['cc {v}', 'copying {v}'], say);
      if (/^bcc$/.test(k)) return speaker(RANK.people, ['bcc {v}', 'blind-copying {v}'], say);
      if (/from|sender/.test(k)) return speaker(RANK.people, ['from {v}', 'sent from {v}'], say);
      return speaker(RANK.people, ['at {v}', 'with the email {v}', 'reachable at {v}'], say);
    case 'phone':
      if (/(^|_)(to|recipient)/.test(k)) return speaker(RANK.people, ['to {v}', 'to the number {v}'], say);
      return speaker(RANK.people, ['at {v}', 'on {v}', 'for {v}'], say);
    case 'first-name': return speaker(RANK.people, ['named {v}', 'called {v}'], say);
    case 'last-name': return speaker(RANK.people, ['with the surname {v}', 'whose surname is {v}'], say);
    case 'username': return speaker(RANK.what, ['for {v}', 'for user {v}', "for {v}'s account"], say);
    case 'person': return speaker(RANK.people, personTemplates(k), say);
    case 'ticker': return speaker(RANK.what, ['for {v}', 'on {v}', 'for {v} stock', 'for {v} shares'], say);
    case 'exchange': return speaker(RANK.place, ['on {v}', 'listed on {v}'], say);
    case 'company': return speaker(RANK.what, /payee|vendor|supplier|merchant/.test(k) ? ['to {v}', 'with {v}'] : /brand|manufacturer/.test(k) ? ['from {v}', 'made by {v}'] : ['at {v}', 'for {v}', 'with {v}'], say);
    case 'insurer': case 'shipper': case 'telecom': return speaker(RANK.what, ['with {v}', 'through {v}', 'via {v}'], say);
    case 'airline': return speaker(RANK.option, ['on {v}', 'with {v}', 'flying {v}'], say);
    case 'publisher': case 'outlet': return speaker(RANK.option, ['in {v}', 'published by {v}', 'by {v}'], say);
    case 'artist': return speaker(RANK.what, ['by {v}', 'from {v}'], say);
    case 'album': case 'song': case 'book': case 'show': case 'game': case 'podcast': case 'course': case 'case-name': case 'citation':
      return speaker(RANK.what, ['for {v}', 'called {v}', '{v}'], (v) => quoted(String(v)));
    case 'venue': case 'hotel': case 'restaurant': case 'shop': return speaker(RANK.place, ['at {v}'], say);
    case 'team': return speaker(RANK.what, ['for {v}', 'for the {v}'], say);
    case 'crop': case 'chemical': return speaker(RANK.what, ['for {v}', 'of {v}'], say);
    case 'pest': return speaker(RANK.what, ['of {v}', 'for {v}'], say);
    case 'species': return speaker(RANK.what, ['in {v}', 'for {v}'], say);
    case 'dish': return speaker(RANK.what, ['for {v}', 'making {v}'], say);
    case 'drug': return speaker(RANK.what, ['for {v}', 'of {v}', 'on {v}'], say);
    case 'symptom': return speaker(RANK.what, ['with {v}', 'having {v}'], say);
    case 'condition': return speaker(RANK.what, ['with {v}', 'for {v}'], say);
    case 'genre': return speaker(RANK.option, ['in {v}', 'in the {v} genre'], say);
    case 'job-title': return speaker(RANK.what, ['for a {v} role', 'as a {v}', 'for {v} positions'], say);
    case 'department': return speaker(RANK.option, ['in {v}', 'for the {v} department'], say);
    case 'ingredient': return speaker(RANK.what, ['with {v}', 'using {v}'], say);
    case 'repo': return speaker(RANK.what, ['in {v}', 'on {v}', 'in the {v} repo'], say);
    case 'service': return speaker(RANK.what, ['for {v}', 'for the {v} service', 'on {v}'], say);
    case 'court': return speaker(RANK.place, ['in {v}', 'at {v}', 'before {v}'], say);
    case 'car-make': case 'car-model': return speaker(RANK.what, ['for a {v}', 'on a {v}'], say);
    case 'flight': return speaker(RANK.what, ['on flight {v}', 'for flight {v}'], say);
    case 'seat': case 'gate': case 'terminal': return speaker(RANK.option, [`at ${fk.kind} {v}`, `in ${fk.kind} {v}`], say);
    case 'road': return speaker(RANK.place, ['on {v}', 'along {v}'], say);
    case 'isbn': case 'iban': case 'bic': case 'vin': case 'doi': return speaker(RANK.what, [`for ${fk.kind.toUpperCase()} {v}`, `on ${fk.kind.toUpperCase()} {v}`, 'for {v}'], say);
    case 'cve': case 'arxiv': return speaker(RANK.what, ['{v}', 'for {v}'], say);
    case 'hash': return speaker(RANK.what, ['for {v}', 'with the hash {v}'], say);
    case 'ip': case 'ipv6': return speaker(RANK.what, ['for {v}', 'from {v}', 'for the address {v}', 'for IP {v}'], say);
    case 'url': return speaker(RANK.what, /callback|webhook|redirect/.test(k) ? ['calling back {v}', 'with the callback {v}'] : /resume|cv/.test(k) ? ['with my resume at {v}', 'with the resume at {v}'] : ['at {v}', 'with this link: {v}', 'over at {v}'], say);
    case 'domain': return speaker(RANK.what, ['for {v}', 'on {v}'], say);
    case 'unit': return speaker(RANK.option, ['in {v}', 'using {v}'], say);
    case 'cloud-region': return speaker(RANK.place, ['in {v}', 'in the {v} region'], say);
    case 'id': {
      const noun = many ? pluralOf(idNoun(k, parent, subject)) : idNoun(k, parent, subject);
      if (/^(in|on|for|to|from|by|of|at) /.test(noun)) return speaker(RANK.what, [`${noun} {v}`], say);
      // A secret one enters (an alarm code, a PIN) is used, not talked about ("about home alarm code 4191").
      if (!many && SECRET.test(k)) return speaker(RANK.what, [`using ${noun} {v}`, `with ${noun} {v}`], say);
      if (!many && k === 'code' && LOCKED.test(`${subject} ${parent}`)) return speaker(RANK.what, ['using the code {v}', 'with the code {v}', 'entering {v}'], say);
      return speaker(RANK.what, [`for ${noun} {v}`, `on ${noun} {v}`, `about ${noun} {v}`], say);
    }
    case 'query':
      if (/tag|hashtag|label/.test(k)) return speaker(RANK.what, ['tagged {v}', 'with the tags {v}'], say);
      if (/categor/.test(k)) return speaker(RANK.option, ['in {v}', 'under {v}', 'in the {v} category'], say);
      if (/topic|interest|feature|factor|area|domain/.test(k)) return speaker(RANK.what, ['about {v}', 'on {v}', 'covering {v}'], say);
      return speaker(RANK.what, ['for {v}', 'about {v}', 'matching {v}'], say);
    case 'label': return speaker(RANK.option, labelTemplates(k, fk.entity, many, parent || subject), say);
    case 'choice':
      // A word of the field's own vocabulary (field-tables.ts): a genre, a room, a network, a role.
      if (/genre/.test(k)) return speaker(RANK.option, ['in {v}', 'in the {v} genre'], say);
      if (/room/.test(k)) return speaker(RANK.place, ['in the {v}', 'in {v}'], say);
      if (/network|broadcast/.test(k)) return speaker(RANK.option, ['on {v}', 'with {v}'], say);
      return speaker(RANK.option, labelTemplates(k, fk.entity, many, parent || subject), say);
    case 'isrc': case 'cwe': case 'cpe': case 'smiles': case 'uuid': case 'cvss-vector':
      return speaker(RANK.what, [`for ${fk.kind === 'smiles' ? 'SMILES' : fk.kind === 'uuid' ? 'id' : fk.kind.toUpperCase()} {v}`, 'for {v}'], say);
    case 'name': {
      const e = fk.entity && fk.entity !== k ? fk.entity.replace(/_/g, ' ') : '';
      return speaker(RANK.what, e && !/^(full|display|contact)$/.test(e) ? ['called {v}', 'named {v}', `for the {v} ${e}`] : ['called {v}', 'named {v}'], say);
    }
    case 'text': {
      if (enumerated) return speaker(RANK.option, labelTemplates(k, fk.entity), say);
      const purpose = fk.purpose ?? 'message';
      const tpl = /gift/.test(k) ? ['with a gift note saying {v}'] : /cover_letter/.test(k) ? ['with this cover letter: {v}'] : (TEXT_TPL[purpose] ?? (/message|body|text|content/.test(k) ? TEXT_TPL.message : ownText(k)));
      return speaker(RANK.text, tpl, inQuotes);
    }
    default:
      if (enumerated) return speaker(RANK.option, labelTemplates(k, fk.entity, many, parent || subject), say);
      if (/^(channel|channel_name|community|subreddit|group|forum|room)$/.test(k)) return speaker(RANK.place, ['in {v}', 'on {v}', 'over in {v}'], say);
      return speaker(RANK.option, ['for {v}', 'with {v}', `using {v} as the ${labelOf(k)}`], say);
  }
}
