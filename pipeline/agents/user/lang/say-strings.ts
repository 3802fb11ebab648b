/**
 * Which clause a string argument takes in a second-language request, by what the value is
 * (pipeline/values/kinds.ts) and the side of a trip it is on: a city "desde"/"a", a date by
 * what it starts or ends, an id after its noun, a code of a list in quotes with its field's
 * noun. The clause words themselves are the language's (es-clauses.ts and its siblings).
 */
import type { FieldKind } from '../../../values/kinds.js';
import { labelOf } from '../speaker.js';
import type { UserGrammar } from './grammar.js';
import { nounFor, sameThing } from './nouns.js';
import { sayClock, sayDate, sayPlain, sayShort, sayWords } from './say-value.js';
import { RANK, type Say } from './say-kind.js';
import type { Lang, Noun } from './types.js';

const START = /(^|_)(start|from|since|after|begin|begins|earliest|window_start|date_from|from_date|start_date|min_date|time_min|valid_from|effective)(_|$)/;
const END = /(^|_)(end|to|until|before|latest|window_end|through|date_to|to_date|end_date|max_date|time_max|valid_until|expires|expiry)(_|$)/;

/** The date clause of a key, with its rank (a trip's return and an end come after its start). */
function dateKey(k: string): readonly [string, number] {
  if (/(^|_)(departure|depart|outbound)/.test(k)) return ['date-depart', RANK.date];
  if (/(^|_)(return|inbound)/.test(k)) return ['date-return', RANK.dateEnd];
  if (/check_?in/.test(k)) return ['date-checkin', RANK.date];
  if (/check_?out/.test(k)) return ['date-checkout', RANK.dateEnd];
  if (/pickup/.test(k)) return ['date-pickup', RANK.date];
  if (/dropoff|drop_off/.test(k)) return ['date-dropoff', RANK.dateEnd];
  if (/(^|_)(since|after|published_after|created_after|updated_since|modified_since|submitted_after)(_|$)/.test(k)) return ['date-since', RANK.date];
  if (/(^|_)before(_|$)/.test(k)) return ['date-before', RANK.dateEnd];
  if (/due|deadline|valid_until|hold_until/.test(k)) return ['date-due', RANK.dateEnd];
  if (/birth|dob/.test(k)) return ['date-birth', RANK.people];
  if (/loss|incident|occurred|happened/.test(k)) return ['date-happened', RANK.date];
  if (/proposed_start/.test(k)) return ['date-proposed', RANK.date];
  if (/proposed_end/.test(k)) return ['date-proposed-end', RANK.dateEnd];
  if (START.test(k)) return ['date-from', RANK.date];
  if (END.test(k)) return ['date-until', RANK.dateEnd];
  return ['on', RANK.date];
}

/** The clause of a code from a list, by what its field is. */
function labelKey(k: string, entity: string | undefined): string {
  const e = entity ?? k;
  if (/^(sort|sort_by|order_by|sort_field|sort_key|rank_by|sort_method)$/.test(k)) return 'sort-by';
  if (/^(sort_order|order|direction|sort_direction|sort_dir)$/.test(k)) return 'sort-order';
  if (/units|unit_system|measurement/.test(k)) return 'units';
  if (e === 'priority' || /urgency/.test(k)) return 'priority';
  if (e === 'severity' || /(^|_)severity$/.test(k)) return 'severity';
  if (e === 'status' || e === 'state' || /(^|_)(status|state)$/.test(k)) return 'status';
  if (e === 'mode' || /(^|_)mode$/.test(k)) return 'mode';
  if (e === 'visibility') return 'visibility';
  if (e === 'format' || /(^|_)format$/.test(k)) return 'format';
  if (/^(frequency|recurrence|interval|granularity|period|cadence)$/.test(e)) return 'frequency';
  if (/^(method|channel|via|medium|delivery_method|capture_method|upload_method|refund_method)$/.test(k)) return 'method';
  if (/(^|_)(type|kind|class)$/.test(k)) return 'kind';
  if (/^(cabin|cabin_class|travel_class|seat_class|fare_class|vehicle_class)$/.test(k)) return 'cabin';
  if (/(^|_)(reason|cause)$/.test(k)) return 'reason';
  if (/^(avoid|exclude|excluded|avoid_features)$/.test(k)) return 'avoid';
  if (/^role$/.test(k)) return 'role';
  if (/^(action|command|operation)$/.test(k)) return 'action';
  if (/^(response|decision|answer)$/.test(k)) return 'answer';
  if (/^(level|tier|grade|stage|phase|coverage_level|geography_level|grade_level)$/.test(e)) return 'level';
  if (/^league$/.test(k)) return 'league';
  if (/^sport$/.test(k)) return 'sport';
  return 'label';
}

const byRole = (role: string, none: string, from: string, to: string): string => (role === 'origin' ? from : role === 'destination' ? to : none);
const at = (rank: number, key: string, value: Say['value'], more: Partial<Say> = {}): Say => ({ rank, key, value, ...more });

/** The noun of an id's field: "course_id" -> course, "account_number" -> account number, a bare "id" -> what the tool is about. */
function idNoun(lang: Lang, k: string, parent: string, subject: Noun | undefined, domain: string): Noun | undefined {
  const t = k.split('_').filter((w, i, all) => i < all.length - 1 || !/^(id|ids|uuid|sid|ref|no)$/.test(w));
  if (t.length === 0) return parent !== '' ? nounFor(lang, parent, domain) : subject;
  return nounFor(lang, t.join(' '), domain);
}

/**
 * The clause of a string argument (snake_case key `k`, kind `fk`), or undefined when the
 * language cannot say it (its noun is not in the tables, or its value is English prose).
 */
export function sayString(lang: Lang, g: UserGrammar, k: string, fk: FieldKind, enumerated: boolean, parent: string, subject: Noun | undefined, domain: string, many: boolean): Say | undefined {
  const words = (v: unknown): string | undefined => sayWords(g, v);
  const labelled = (): Say | undefined => {
    const key = labelKey(k, fk.entity);
    if (key !== 'label') return at(RANK.option, key, words);
    const noun = nounFor(lang, labelOf(k), domain);
    return noun ? at(RANK.option, 'label', words, { noun }) : undefined;
  };
  if (enumerated && /^(job-title|term|name|text|query|id|person|label|unit|region|crop|car-type|car-transmission|venue|exchange|shipper|locale)$/.test(fk.kind)) return labelled();
  const r = fk.role;
  switch (fk.kind) {
    case 'city':
      return at(r === 'origin' ? RANK.origin : r === 'destination' ? RANK.destination : RANK.place, byRole(r, 'around', 'from', 'to'), sayPlain);
    case 'airport':
      return at(r === 'origin' ? RANK.origin : r === 'destination' ? RANK.destination : RANK.place, byRole(r, 'airport', 'airport-from', 'airport-to'), sayPlain);
    case 'location': case 'address': case 'street': case 'postal': case 'region': case 'state': case 'state-code': case 'country':
      if (/^near$/.test(k)) return at(RANK.place, 'near', sayPlain);
      return at(r === 'origin' ? RANK.origin : r === 'destination' ? RANK.destination : RANK.place, byRole(r, fk.kind === 'address' || fk.kind === 'street' ? 'at' : fk.kind === 'postal' ? 'postal' : fk.kind === 'location' ? 'in' : 'in-area', 'from', 'to'), sayPlain);
    case 'country-code':
      if (/nationality|citizenship/.test(k)) return at(RANK.people, 'nationality', sayPlain);
      if (/market/.test(k)) return at(RANK.place, 'market', sayPlain);
      return at(RANK.place, byRole(r, 'country', 'country-from', 'country-to'), sayPlain);
    case 'currency':
      return at(RANK.amount, byRole(r, 'currency', 'currency-from', 'currency-to'), sayPlain);
    case 'language':
      return at(RANK.option, byRole(r, 'language', 'language-from', 'language-to'), sayPlain);
    case 'locale': return at(RANK.option, 'locale', sayPlain);
    case 'time-zone': return at(RANK.option, 'timezone', sayPlain);
    case 'date': case 'date-time': {
      const [key, rank] = dateKey(k);
      return at(rank, key, (v) => sayDate(g, v));
    }
    case 'month': return at(RANK.date, 'month', sayPlain);
    case 'year': case 'year-range': return at(RANK.date, 'year', sayPlain);
    case 'clock': return at(RANK.date, 'clock', (v) => sayClock(g, v));
    case 'email':
      if (many) return at(RANK.people, 'email-list', sayPlain);
      if (/grantee|share/.test(k)) return at(RANK.people, 'email-share', sayPlain);
      if (/(^|_)(to|recipient|recipients|invitee|attendee|notify)(_|$)/.test(k)) return at(RANK.people, 'email-to', sayPlain);
      if (/^cc$/.test(k)) return at(RANK.people, 'email-cc', sayPlain);
      if (/^bcc$/.test(k)) return at(RANK.people, 'email-bcc', sayPlain);
      return at(RANK.people, /from|sender/.test(k) ? 'email-from' : 'email-at', sayPlain);
    case 'phone': return at(RANK.people, /(^|_)(to|recipient)/.test(k) ? 'phone-to' : 'phone', sayPlain);
    case 'first-name': return at(RANK.people, 'first-name', sayPlain);
    case 'last-name': return at(RANK.people, 'last-name', sayPlain);
    case 'username': return at(RANK.what, 'username', sayPlain);
    case 'person': return at(RANK.people, personKey(k), sayPlain);
    case 'judge': return at(RANK.people, 'person-with', sayPlain);
    case 'ticker': return at(RANK.what, 'ticker', sayPlain);
    case 'exchange': return at(RANK.place, 'exchange', sayPlain);
    case 'company': return at(RANK.what, /payee|vendor|supplier|merchant/.test(k) ? 'company-to' : /brand|manufacturer/.test(k) ? 'company-brand' : 'company', sayPlain);
    case 'insurer': case 'shipper': case 'telecom': return at(RANK.what, 'carrier', sayPlain);
    case 'airline': return at(RANK.option, 'airline', sayPlain);
    case 'publisher': case 'outlet': return at(RANK.option, 'outlet', sayPlain);
    case 'artist': return at(RANK.what, 'artist', sayPlain);
    case 'album': case 'song': case 'book': case 'show': case 'game': case 'podcast': case 'course': case 'case-name': case 'citation':
      return at(RANK.what, 'work', (v) => sayShort(g, v, 6));
    case 'venue': case 'hotel': case 'restaurant': case 'shop': return at(RANK.place, 'venue', sayPlain);
    case 'team': return at(RANK.what, 'team', sayPlain);
    case 'crop': case 'chemical': case 'pest': case 'species': case 'dish': case 'drug': case 'ingredient':
      return at(RANK.what, 'thing', words);
    case 'symptom': case 'condition': return at(RANK.what, 'symptom', words);
    case 'genre': return at(RANK.option, 'genre', words);
    case 'job-title': return at(RANK.what, 'job-title', words);
    case 'department': return at(RANK.option, 'department', words);
    case 'repo': return at(RANK.what, 'repo', sayPlain);
    case 'service': return at(RANK.what, 'service', sayPlain);
    case 'court': return at(RANK.place, 'court', sayPlain);
    case 'car-make': case 'car-model': return at(RANK.what, 'car', sayPlain);
    case 'flight': return at(RANK.what, 'flight', sayPlain);
    case 'seat': case 'gate': case 'terminal': return at(RANK.option, fk.kind, sayPlain);
    case 'road': return at(RANK.place, 'road', sayPlain);
    case 'isbn': case 'iban': case 'bic': case 'vin': case 'doi': return at(RANK.what, 'code', sayPlain, { code: fk.kind.toUpperCase() });
    case 'arxiv': return at(RANK.what, 'code', sayPlain, { code: 'arXiv' });
    case 'cve': return at(RANK.what, 'cve', sayPlain);
    case 'hash': return at(RANK.what, 'hash', sayPlain);
    case 'ip': case 'ipv6': return at(RANK.what, 'ip', sayPlain);
    case 'url': return at(RANK.what, /callback|webhook|redirect/.test(k) ? 'url-callback' : /resume|cv/.test(k) ? 'url-resume' : 'url', sayPlain);
    case 'domain': return at(RANK.what, 'domain', sayPlain);
    case 'unit': return at(RANK.option, 'unit', words);
    case 'cloud-region': return at(RANK.place, 'cloud-region', sayPlain);
    case 'id': {
      const noun = idNoun(lang, k, parent, subject, domain);
      // The thing the tool acts on, by its id: the id follows its noun directly ("cancelar el pedido 8812").
      if (noun && subject && sameThing(lang, subject, noun) && parent === '') return at(RANK.attached, 'id-same', sayPlain, { noun });
      return noun ? at(RANK.what, 'id', sayPlain, { noun }) : undefined;
    }
    case 'query':
      if (/tag|hashtag|label/.test(k)) return at(RANK.what, 'query-tag', (v) => sayShort(g, v, 2));
      if (/categor/.test(k)) {
        const noun = nounFor(lang, 'category');
        return noun ? at(RANK.option, 'query-category', (v) => sayShort(g, v, 3), { noun }) : undefined;
      }
      return at(RANK.what, 'query', (v) => sayShort(g, v, 3));
    case 'label': return labelled();
    case 'name': return at(RANK.what, 'name', (v) => sayShort(g, v, 5));
    case 'text': {
      if (enumerated) return labelled();
      const p = fk.purpose ?? 'message';
      const key = p === 'subject' ? 'text-subject' : p === 'title' || p === 'event' || p === 'headline' ? 'text-title' : p === 'note' ? 'text-note' : p === 'comment' || p === 'review' ? 'text-comment' : p === 'reason' || p === 'return' ? 'text-reason' : p === 'question' ? 'text-question' : p === 'caption' ? 'text-caption' : /message|body|text|content/.test(k) ? 'text-message' : 'text-describe';
      return at(RANK.text, key, (v) => sayShort(g, v, 3));
    }
    default: {
      if (enumerated) return labelled();
      if (/^group$/.test(k)) return at(RANK.place, 'group', sayPlain);
      if (/^(channel|channel_name|community|subreddit|forum|room)$/.test(k)) return at(RANK.place, 'channel', sayPlain);
      // A free-form field holding a date ("start", "scheduled_for") reads as one.
      const [key, rank] = dateKey(k);
      const noun = nounFor(lang, labelOf(k), domain);
      const word = (v: unknown): string | undefined => (typeof v === 'string' && v.length <= 30 && v.split(' ').length <= 3 ? sayWords(g, v) : undefined);
      return at(rank, key, (v) => sayDate(g, v), noun ? { noun, or: { key: 'label', value: word } } : { or: { key: 'clock', value: (v) => sayClock(g, v) } });
    }
  }
}

function personKey(k: string): string {
  if (/author|composer|inventor|director|artist|creator/.test(k)) return 'person-by';
  if (/assign/.test(k)) return 'person-assign';
  if (/review/.test(k)) return 'person-review';
  if (/recipient|beneficiary|payee/.test(k)) return 'person-to';
  if (/sender|from/.test(k)) return 'person-from';
  if (/card|holder|insured|policyholder/.test(k)) return 'person-holder';
  if (/doctor|physician|practitioner|adjuster|agent|instructor|teacher|host|judge/.test(k)) return 'person-with';
  if (/attendee|invitee|participant|guest_list/.test(k)) return 'person-invite';
  return 'person';
}
