/**
 * The facts of a result object, each a field read by meaning: what it is (a status, an amount
 * of money, a measure with its unit, a count, a date, a yes/no, a name...), its value in words
 * and how much a reader wants it (a status before a price before a timestamp). Fields nobody
 * reads out are left out: secrets, links, coordinates, paging, raw hashes, long free text. What
 * a name says is worked out once per name (keys.ts); per call only the values are worded
 * (fact-words.ts says them as phrases and clauses).
 */
import { boolWords, phrase } from './fact-words.js';
import { fact, type Fact, type FactScene, type Role } from './fact.js';
import { keyInfo, type KeyInfo } from './keys.js';
import { article, isIsoDate, joinAnd, sayDate, sayLabelValue, sayMoney, sayNumber, singularOf } from './words.js';

/** A sibling unit field's value as it is written after a number. */
const UNIT_WORDS: Readonly<Record<string, string>> = { C: '°C', F: '°F', celsius: '°C', fahrenheit: '°F', percent: '%', pct: '%' };

type KeyRole = Role | 'skip' | 'currency' | 'unit' | 'number';

/** Statuses said otherwise after "is". */
const STATUS_WORDS: Readonly<Record<string, string>> = { succeeded: 'successful', success: 'successful', failure: 'failed', ok: 'OK', done: 'done', error: 'in error' };
/** Statuses that read after "is": participles, -ing forms, adjectives, "in transit", "on time". */
const ADJECTIVE = /^((\w+(ed|ing|ful|ive|ible|able))|pending|open|closed|late|early|available|unavailable|live|online|offline|due|overdue|valid|invalid|ok|healthy|unhealthy|down|up|idle|busy|full|empty|new|draft|final|paid|unpaid|lost|sent|done|clear|stable|critical|high|low|moderate|severe|normal|elevated|safe|unsafe|malicious|suspicious|harmless|clean|ready|due soon|(in|on|out|not|under|at|off) [\w -]+)$/;

/** What a field holds, from what its name says (keys.ts) and the JSON type of its value. */
function roleOf(i: KeyInfo, v: unknown): KeyRole {
  if (v === null || v === undefined || i.skip) return 'skip';
  if (Array.isArray(v)) return v.length > 0 && v[0] !== null && typeof v[0] === 'object' ? 'items' : 'list';
  switch (typeof v) {
    case 'object':
      return 'group';
    case 'boolean':
      return 'bool';
    case 'number':
      return i.year ? 'label' : i.id ? 'id' : 'number';
    case 'string':
      return i.currency ? 'currency' : i.unit ? 'unit' : i.id ? 'id' : i.stamp ? 'stamp' : i.status ? 'status' : i.name ? 'name' : 'label';
    default:
      return 'skip';
  }
}

const RANK: Readonly<Record<Role, number>> = {
  status: 90, money: 80, change: 74, measure: 70, rating: 68, count: 62, group: 52, name: 50, label: 56, list: 40, date: 46, text: 20, bool: 30, stamp: 8, id: 5, items: 60,
};

/** 218000 ms -> "3 min 38 s", 5400 seconds -> "1 h 30 min": long durations in the units people use. */
function durationOf(n: number, unit: string): string | undefined {
  const seconds = unit === ' ms' && n >= 1000 ? n / 1000 : (unit === ' s' || unit === ' seconds') && n >= 120 ? n : undefined;
  if (seconds === undefined || !Number.isFinite(seconds)) return undefined;
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h} h${m > 0 ? ` ${m} min` : ''}`;
  return m > 0 ? `${m} min${s > 0 ? ` ${s} s` : ''}` : `${s} s`;
}

/** A unit a price is given per (price_per_kwh: " per kWh"). */
const PER_UNIT = /^ per \S+$/;

/** What a number is: a year, a count, money, a change, a rating or a measure (no string is built). */
function numberRole(i: KeyInfo, n: number, unit: string | undefined): Role {
  const lab = i.label;
  const counted = Number.isInteger(n) && n >= 0 && !lab.unit && !lab.per;
  if (i.year && Number.isInteger(n) && n > 1000 && n < 2200) return 'label';
  if (counted && (i.countFirst || i.plural)) return 'count';
  // A bare "value" beside a unit is a measure (1.2 °C); a price stays money whatever unit it is per
  // ("$0.32 per kWh", price_per_kwh), down to a cent.
  if (i.money && (!lab.unit || (PER_UNIT.test(lab.unit) && Math.abs(n) >= 0.1)) && !(unit && i.moneyGeneric)) return 'money';
  // "accepted: 21", "invitations sent: 34": how many were.
  if (counted && !unit && i.participle) return 'count';
  if (i.change) return 'change';
  if (i.rating) return 'rating';
  if (i.count && counted && !unit) return 'count';
  return 'measure';
}

function numberFact(key: string, i: KeyInfo, n: number, role: Role, scene: FactScene, unit: string | undefined): Fact {
  const lab = i.label;
  const label = lab.head ?? lab.words;
  if (role === 'label') return fact(key, role, label, String(n), RANK.label, n);
  if (role === 'count') return fact(key, role, label, sayNumber(n, 0), RANK.count, n);
  // "388.20 ARS a person", not "price per person 388.20 ARS": "per" is said once, as "a".
  const each = lab.per ? ` ${article(lab.per)} ${lab.per}` : '';
  if (role === 'money') return fact(key, role, label, `${sayMoney(n, lab.currency ?? scene.currency)}${each}${PER_UNIT.test(lab.unit) ? lab.unit : ''}`, RANK.money, n);
  const u0 = lab.unit || (unit ? (unit === '%' ? '%' : ` ${unit}`) : '');
  // Small numbers keep their precision (an exchange rate of 0.7481 is not 0.75).
  const digits = Math.abs(n) < 10 ? 4 : 2;
  // "1 miles" is "1 mile" (and so is 0.99996, said as 1).
  const u = /^ [a-z]{3,}s$/.test(u0) && sayNumber(Math.abs(n), digits) === '1' ? u0.slice(0, -1) : u0;
  const span = durationOf(n, u);
  const value = span !== undefined ? span : `${role === 'change' && !u && scene.priced && scene.currency ? sayMoney(Math.abs(n), scene.currency) : `${sayNumber(Math.abs(n), digits)}${u}`}${each}`;
  if (role === 'change') return fact(key, role, label, n === 0 ? `unchanged${u === '%' ? ' (0%)' : ''}` : `${n < 0 ? 'down' : 'up'} ${value}`, RANK.change, n);
  return fact(key, role, label, `${n < 0 ? '-' : ''}${value}`, RANK[role], n);
}

/** Where a field goes: its role and how much it is wanted, or undefined when nobody reads it out. Cheap: no words are built. */
function placeOf(i: KeyInfo, v: unknown, unit: string | undefined): { readonly role: Role; readonly rank: number } | undefined {
  const role = roleOf(i, v);
  switch (role) {
    case 'skip':
    case 'currency':
    case 'unit':
      return undefined;
    case 'items':
      return i.plural ? PLACES.items : undefined;
    case 'number': {
      const r = numberRole(i, v as number, unit);
      return PLACES[r];
    }
    case 'bool':
      // ok: true says nothing beyond the answer itself; ok: false is said, first.
      return i.ok ? (v ? undefined : PLACES.status) : PLACES.bool;
    case 'label':
    case 'id':
      if (typeof v === 'number') return PLACES[role];
      break;
    case 'list':
    case 'group':
      return PLACES[role];
    default:
      break;
  }
  const s = v as string;
  if (s.trim() === '') return undefined;
  if (isIsoDate(s)) return i.stamp ? PLACES.stamp : PLACES.date;
  if (role === 'id') return s.length > 40 ? undefined : PLACES.id;
  if (s.length > 90 || (s.length > 40 && !/\s/.test(s))) return undefined;
  if (role === 'status' && s.length <= 40) return i.mainStatus ? PLACES.status : SIDE_STATUS;
  if (role === 'name') return PLACES.name;
  if (/\s/.test(s) && (s.length > 30 || s.split(/\s+/).length >= 4)) return i.payload ? PAYLOAD_TEXT : PLACES.text;
  return PLACES.label;
}

const PLACES = Object.fromEntries(Object.entries(RANK).map(([role, rank]) => [role, { role, rank }])) as unknown as Readonly<Record<Role, { readonly role: Role; readonly rank: number }>>;
/** A side state (market_state, severity) comes after the numbers; the entity's own status leads. */
const SIDE_STATUS = { role: 'status' as Role, rank: 60 };
/** Free text that is what was asked for (a translation, advice) comes before the details. */
const PAYLOAD_TEXT = { role: 'text' as Role, rank: 66 };

/** One field in words, once placed (placeOf). */
function wordOf(key: string, i: KeyInfo, v: unknown, place: { readonly role: Role; readonly rank: number }, scene: FactScene, unit: string | undefined): Fact | undefined {
  const label = i.label.words;
  const { role, rank } = place;
  if (typeof v === 'number' && role !== 'id') return numberFact(key, i, v, role, scene, unit);
  switch (role) {
    case 'items': {
      const n = (v as unknown[]).length;
      return fact(key, role, label, `${sayNumber(n, 0)} ${n === 1 ? singularOf(label) : label}`, rank, n);
    }
    case 'bool':
      return fact(key, role, label, boolWords(label, v as boolean), rank, v ? 1 : 0);
    case 'list':
      return listFact(key, label, v as unknown[]);
    case 'group':
      return groupFact(key, label, v as Record<string, unknown>, scene);
    case 'status':
      if (typeof v === 'boolean') return fact(key, role, 'outcome', 'unsuccessful', rank, undefined, true);
      break;
    default:
      break;
  }
  const s = String(v).trim();
  if (role === 'date' || role === 'stamp') {
    const when = sayDate(s, scene.today, role === 'date' && i.timed);
    return when === undefined ? undefined : fact(key, role, label, when, rank);
  }
  if (role === 'status') {
    const value = STATUS_WORDS[s.toLowerCase()] ?? sayLabelValue(s);
    return fact(key, role, label, value, rank, undefined, ADJECTIVE.test(value.toLowerCase()));
  }
  if (role === 'text') return fact(key, role, label, `“${s.replace(/[.\s]+$/, '')}”`, rank);
  return fact(key, role, label, role === 'label' ? sayLabelValue(s) : s, rank);
}

/** One field as a fact, or undefined when nobody would read it out. */
export function factOf(key: string, v: unknown, scene: FactScene, unit?: string): Fact | undefined {
  const i = keyInfo(key);
  const place = placeOf(i, v, unit);
  return place ? wordOf(key, i, v, place, scene, unit) : undefined;
}

function listFact(key: string, label: string, v: readonly unknown[]): Fact | undefined {
  const items = v.filter((x) => typeof x === 'string' || typeof x === 'number').map((x) => (typeof x === 'number' ? sayNumber(x) : sayLabelValue(x)));
  if (items.length === 0) return undefined;
  if (items.some((x) => x.length > 60)) return undefined;
  const shown = items.length > 4 ? [...items.slice(0, 3), `${items.length - 3} more`] : items;
  return fact(key, 'list', label, joinAnd(shown), RANK.list, items.length);
}

/** A nested object: up to three of its facts; counts read as "32 malicious, 25 suspicious". */
function groupFact(key: string, label: string, o: Readonly<Record<string, unknown>>, scene: FactScene): Fact | undefined {
  const inner = factsOf(o, scene, undefined, 4).filter((f) => f.role !== 'group' && f.role !== 'id' && f.role !== 'stamp');
  if (inner.length === 0) return undefined;
  const allCounts = inner.every((f) => f.num !== undefined && Number.isInteger(f.num) && f.role !== 'money' && !/%|°/.test(f.value));
  // A person or place in a group is said by its name: "Layla Bechtelar (email ...)".
  const name = inner.find((f) => f.role === 'name');
  if (name) {
    const rest = inner.filter((f) => f !== name).slice(0, 2).map(phrase);
    return fact(key, 'group', label, `${name.value}${rest.length > 0 ? ` (${rest.join(', ')})` : ''}`, RANK.group, undefined, true);
  }
  const parts = inner.slice(0, 3).map((f) => (allCounts ? `${f.value} ${f.label}` : phrase(f)));
  return fact(key, 'group', label, joinAnd(parts), RANK.group + Math.min(10, inner[0].rank / 10));
}

/**
 * The facts of an object, most wanted first (ties in the object's order): at most `limit`,
 * and only those are put in words (placing a field is cheap, wording it is not).
 */
export function factsOf(o: Readonly<Record<string, unknown>>, scene: FactScene, skip?: ReadonlySet<string>, limit = Infinity): Fact[] {
  let currency = scene.currency;
  let unit: string | undefined;
  let priced = false;
  const keys: string[] = [];
  const infos: KeyInfo[] = [];
  for (const k in o) {
    const v = o[k];
    const i = keyInfo(k);
    if (typeof v === 'string') {
      if (i.currency && /^[A-Z]{3}$/.test(v)) currency = v;
      else if (i.unit) unit = UNIT_WORDS[v] ?? v;
    } else if (typeof v === 'number' && i.money) priced = true;
    if (!i.skip && !skip?.has(k)) {
      keys.push(k);
      infos.push(i);
    }
  }
  const inner: FactScene = currency === scene.currency && priced === (scene.priced ?? false) ? scene : { today: scene.today, currency, priced };
  // Placed by rank, the object's order breaking ties (an insertion sort over indices: objects are small).
  const places: ({ readonly role: Role; readonly rank: number } | undefined)[] = [];
  const order: number[] = [];
  for (let n = 0; n < keys.length; n++) {
    const p = placeOf(infos[n], o[keys[n]], unit);
    places.push(p);
    if (!p) continue;
    let at = order.length;
    while (at > 0 && (places[order[at - 1]] as { rank: number }).rank < p.rank) at--;
    order.splice(at, 0, n);
  }
  const out: Fact[] = [];
  for (const n of order) {
    if (out.length >= limit) break;
    const f = wordOf(keys[n], infos[n], o[keys[n]], places[n] as { readonly role: Role; readonly rank: number }, inner, unit);
    if (f) out.push(f);
  }
  // "up $1.63" and "up 4%" are one fact: "up $1.63 (4%)".
  const ch = out.findIndex((f) => f.role === 'change' && !f.value.endsWith('%'));
  const pc = out.findIndex((f) => f.role === 'change' && f.value.endsWith('%'));
  if (ch >= 0 && pc >= 0) {
    const pct = out[pc].value.replace(/^(up|down) /, '');
    const c = out[ch];
    out[ch] = fact(c.key, c.role, c.label, c.value.startsWith('unchanged') ? c.value : `${c.value} (${pct})`, c.rank, c.num);
    out.splice(pc, 1);
  }
  return out;
}

