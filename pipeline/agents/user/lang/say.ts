/**
 * How a second-language request says one argument: its clause key and the value as written
 * (say-strings.ts for strings, say-numbers.ts for numbers, flags.ts for yes/no), objects and
 * lists as people give them (an address in one run, people by name, counts with their nouns,
 * options as details of the request, changes as "el título a ..."). An argument the language
 * cannot say yields undefined, and its request stays English. Worked out once per API, field
 * path and language (WeakMap per API).
 */
import type { ApiSpec } from '../../../../api-pool/types.js';
import { siblingsOf, snake, kindOf } from '../../../values/kinds.js';
import type { Schema } from '../../../values/schema.js';
import { intentOf } from '../intent.js';
import { flagPhrasesIn } from './flags.js';
import type { UserGrammar } from './grammar.js';
import { counted, listIn } from './morph.js';
import { nounFor } from './nouns.js';
import { RANK, type Say } from './say-kind.js';
import { sayNumber } from './say-numbers.js';
import { sayString } from './say-strings.js';
import { sayPlain } from './say-value.js';
import type { Lang } from './types.js';

type Obj = Record<string, unknown>;


const FLATTEN = /^(options|filters?|criteria|settings|params|parameters|config|configuration|preferences|search_options|query_options|extras|advanced|window|notify|delivery|routing|limits|details|gift_options)$/;
const COUNTS = /^(adults|children|kids|infants|seniors|students|guests|people|rooms|pets|youths|travellers|travelers)$/;
const ADDRESSEE = /^(name|full_name|first_name|last_name|company|phone|email|recipient|recipient_name|attention)$/;
const ADDRESS_PARTS = ['street', 'street1', 'street2', 'address_line1', 'address_line2', 'line1', 'line2', 'unit', 'apartment', 'city', 'state', 'region', 'province', 'postal_code', 'zip', 'zip_code', 'postcode', 'country', 'country_code'];
const propsOf = (schema: Schema): Record<string, Schema> => (schema.properties ?? {}) as Record<string, Schema>;

const cache = new WeakMap<ApiSpec, Map<string, Say | null>>();

/** How `lang` says field `key` (under `parent`, '' at the top) of `api`, or undefined when it cannot. */
export function sayerOf(api: ApiSpec, key: string, schema: Schema | undefined, parent: string, lang: Lang, g: UserGrammar): Say | undefined {
  let m = cache.get(api);
  if (!m) cache.set(api, (m = new Map()));
  const path = `${lang}\u0000${parent}\u0000${key}`;
  let s = m.get(path);
  if (s === undefined) {
    s = build(api, key, schema ?? {}, parent, lang, g, false) ?? null;
    if (m.size < 4000) m.set(path, s);
  }
  return s ?? undefined;
}

function build(api: ApiSpec, key: string, schema: Schema, parent: string, lang: Lang, g: UserGrammar, many: boolean): Say | undefined {
  const k = snake(key);
  const type = schema.type;
  if (type === 'boolean') {
    const flag = flagPhrasesIn(lang, k);
    return flag ? { rank: RANK.flag, key: 'flag', value: () => undefined, flag } : undefined;
  }
  if (type === 'integer' || type === 'number') return sayNumber(lang, k, parent !== '', api.domain);
  if (type === 'object' || (schema.properties && type === undefined)) return objectSay(api, key, schema, lang);
  if (type === 'array') {
    const items = (schema.items ?? {}) as Schema;
    if (items.type === 'object') return listSay(k, items, lang);
    const one = key.replace(/ies$/, 'y').replace(/s$/, '');
    const inner = build(api, one === key ? key : one, items, parent, lang, g, true);
    if (!inner || inner.flag) return undefined;
    return { ...inner, value: (v) => (Array.isArray(v) ? listOfAll(lang, v.map((x) => inner.value(x))) : inner.value(v)) };
  }
  const subject = nounFor(lang, intentOf(api).one, api.domain);
  const fk = kindOf(key, parent.split('.').pop() ?? '', schema, api, siblingsOf(api.parameters as Schema));
  const byFormat = schema.format === 'date' ? 'date' : schema.format === 'date-time' ? 'date-time' : schema.format === 'email' ? 'email' : undefined;
  const kind = byFormat && fk.kind !== byFormat && (fk.kind === 'term' || byFormat.startsWith('date')) ? { ...fk, kind: byFormat } : fk;
  return sayString(lang, g, k, kind, Array.isArray(schema.enum), parent.split('.').pop() ?? '', subject, api.domain, many);
}

/** Every part said, joined as a list; undefined when one cannot be said. */
function listOfAll(lang: Lang, parts: readonly (string | undefined)[]): string | undefined {
  if (parts.length === 0 || parts.some((p) => p === undefined)) return undefined;
  return listIn(lang, parts as string[]);
}

const fieldOf = (o: Obj, re: RegExp): string | undefined => Object.keys(o).find((f) => re.test(snake(f)));

/** An address in one run: who it is for, then the address in address order. */
function addressOf(o: Obj): string | undefined {
  const keys = Object.keys(o);
  const who = keys.filter((f) => ADDRESSEE.test(snake(f)) && !/phone|email/.test(f)).map((f) => String(o[f]));
  const where = keys.filter((f) => ADDRESS_PARTS.includes(snake(f))).sort((a, b) => ADDRESS_PARTS.indexOf(snake(a)) - ADDRESS_PARTS.indexOf(snake(b)));
  return [who.join(' '), ...where.map((f) => String(o[f]))].filter((x) => x !== '').join(', ') || undefined;
}

/** A person by name, with an e-mail in brackets ("Ana Ruiz (ana@x.com)"), or the e-mail alone; undefined when the object is more than that. */
function personOf(o: Obj): string | undefined {
  const keys = Object.keys(o);
  const first = fieldOf(o, /^(first_name|given_name|firstname)$/);
  const last = fieldOf(o, /^(last_name|surname|family_name|lastname)$/);
  const full = fieldOf(o, /^(full_name|name|display_name|contact_name)$/);
  const mail = fieldOf(o, /^(email|email_address)$/);
  const used = [first, last, full, mail].filter((x) => x !== undefined);
  if (used.length !== keys.length || used.length === 0) return undefined;
  const name = full ? String(o[full]) : first && last ? `${o[first]} ${o[last]}` : '';
  if (name === '') return mail ? String(o[mail]) : undefined;
  return mail ? `${name} (${o[mail]})` : name;
}

function objectSay(api: ApiSpec, key: string, schema: Schema, lang: Lang): Say | undefined {
  const k = snake(key);
  const props = propsOf(schema);
  const names = Object.keys(props).map(snake);
  if (FLATTEN.test(k)) return { rank: RANK.option, key: 'fields', value: () => undefined, fields: true };
  if (names.some((n) => /^(street|street1|address_line1|line1|city)$/.test(n)) && names.every((n) => ADDRESS_PARTS.includes(n) || ADDRESSEE.test(n))) {
    const clause = /ship|deliver/.test(k) ? 'address-ship' : /bill/.test(k) ? 'address-bill' : /pickup|from|origin|sender/.test(k) ? 'address-from' : /to|destination|recipient/.test(k) ? 'address-to' : 'address-at';
    return { rank: RANK.place, key: clause, value: (v) => (v && typeof v === 'object' ? addressOf(v as Obj) : undefined) };
  }
  const lat = names.find((n) => /^(lat|latitude)$/.test(n));
  const lon = names.find((n) => /^(lon|lng|long|longitude)$/.test(n));
  if (lat && lon && names.length === 2) {
    return { rank: RANK.place, key: 'coords', value: (v) => {
      const o = v as Obj;
      const a = fieldOf(o, /^(lat|latitude)$/);
      const b = fieldOf(o, /^(lon|lng|long|longitude)$/);
      return a && b ? `${o[a]}, ${o[b]}` : undefined;
    } };
  }
  if (names.length > 0 && Object.values(props).every((p) => p.type === 'integer') && names.every((n) => COUNTS.test(n))) {
    return { rank: RANK.people, key: 'counts', value: (v) => {
      const o = v as Obj;
      return listOfAll(lang, Object.keys(o).map((f) => {
        const n = nounFor(lang, f.replace(/_/g, ' '));
        return n && typeof o[f] === 'number' ? counted(lang, o[f] as number, n) : undefined;
      }));
    } };
  }
  const lo = names.find((n) => /^(start|min|from|low|lower|minimum)$/.test(n));
  const hi = names.find((n) => /^(end|max|to|high|upper|maximum)$/.test(n));
  if (lo && hi && names.length === 2 && props[Object.keys(props)[0]].type !== 'string') {
    const noun = nounFor(lang, key.replace(/_/g, ' '), api.domain);
    if (!noun) return undefined;
    return { rank: RANK.amount, key: 'range', noun, value: (v) => {
      const o = v as Obj;
      const a = fieldOf(o, /^(start|min|from|low|lower|minimum)$/);
      const b = fieldOf(o, /^(end|max|to|high|upper|maximum)$/);
      return a && b ? listIn(lang, [String(o[a]), String(o[b])]) : undefined;
    } };
  }
  if (/^(changes|updates|patch|fields|set|new_values|update)$/.test(k)) return { rank: RANK.what, key: 'changes', value: () => undefined, changes: true };
  if (names.every((n) => /(name|email|first|last)/.test(n))) return { rank: RANK.people, key: 'persons', value: (v) => (v && typeof v === 'object' ? personOf(v as Obj) : undefined) };
  // Any other object: its fields as details of their own.
  return { rank: RANK.option, key: 'fields', value: () => undefined, fields: true };
}

/** A list of objects: people (signers, recipients, guests), or counted items ("2 × SKU-1"); anything else is not said. */
function listSay(k: string, items: Schema, lang: Lang): Say | undefined {
  const names = Object.keys(propsOf(items)).map(snake);
  const qty = names.find((n) => /^(quantity|qty|count)$/.test(n));
  if (qty && names.length === 2) {
    return { rank: RANK.option, key: 'list-items', value: (v) => (Array.isArray(v) ? listOfAll(lang, v.map((o) => {
      const q = fieldOf(o as Obj, /^(quantity|qty|count)$/);
      const other = Object.keys(o as Obj).find((f) => f !== q);
      const name = other ? sayPlain((o as Obj)[other]) : undefined;
      return q && name ? `${(o as Obj)[q]} × ${name}` : undefined;
    })) : undefined) };
  }
  if (names.length > 0 && names.every((n) => /(name|email|first|last)/.test(n))) {
    const key = /signer/.test(k) ? 'list-signers' : /recipient/.test(k) ? 'list-to' : 'list-with';
    return { rank: RANK.people, key, value: (v) => (Array.isArray(v) ? listOfAll(lang, v.map((o) => (o && typeof o === 'object' ? personOf(o as Obj) : undefined))) : undefined) };
  }
  return undefined;
}
