/**
 * Filters of a call that each listed item must meet, besides numbers and dates (bounds.ts,
 * date-filters.ts): an asked value (status, cuisine, room, author) is the item's; a set of asked
 * values (categories, carriers, statuses) holds the item's; an asked value is among the item's
 * own (genre in genres); a flag asked for (nonstop_only, unread_only, has_attachment,
 * explicit_allowed: false) shows; a person's name asked for is in the item's name.
 */
import { typeOf, type Schema } from '../../values/values.js';
import { admits } from './admits.js';
import { argValue, isMatched, isPinned, match, pin, sent, type ArgLeaf } from './call-context.js';
import type { ItemRule } from './bounds.js';
import { covers, endOf, isIdLike, isTextArg, namesArg, singularName, snake, tokens } from './names.js';

const SCALAR = new Set(['string', 'integer', 'number', 'boolean']);
const NUMERIC_FILTER = /(^|_)(season|year|week|month|level|grade|semester|round|edition)$/;
const ALL_OF = /^(capabilities|amenities|features|services|requirements|skills)$/;
/** Values that ask for no particular one. */
const ANY = /^(all|any|both|either|\*)$/i;
const same = (a: unknown, b: unknown): boolean => a === b || (typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase());
const isDateLeaf = (l: ArgLeaf): boolean => l.schema.format === 'date' || l.schema.format === 'date-time';

/** Whether an asked scalar is an exact filter on items (not an id, free text, a bound or a date). */
function filters(l: ArgLeaf): boolean {
  if (!SCALAR.has(l.type) || isIdLike(l.name) || isTextArg(l.name) || isDateLeaf(l) || (l.type !== 'string' && endOf(l.name))) return false;
  return l.type === 'string' || l.type === 'boolean' || NUMERIC_FILTER.test(snake(l.name));
}

function equalRule(f: string, fs: Schema, leaf: ArgLeaf): ItemRule {
  // A field of the argument's own name (category for category), not an alias (currency for base_currency).
  const exact = snake(f) === snake(leaf.name);
  return (it, c) => {
    const v = argValue(c.args, leaf);
    if (v === undefined || v === false || it[f] === undefined || ANY.test(String(v))) return true;
    if (same(it[f], v)) {
      match(c, it, f);
      return true;
    }
    // Another filter of the call set it otherwise (categories: dining, salary beside category: stocks): no item
    // meets both. What the call fixed otherwise (a budget's category sent, the quote currency a rate is listed
    // for) stays, and the item is left out only when this filter was sent and names the field itself.
    if (isMatched(c, it, f)) return false;
    if (isPinned(c, it, f)) return !(exact && sent(c.args, leaf));
    pin(c, it, f);
    if (!admits(fs, v)) return !sent(c.args, leaf);
    it[f] = v;
    match(c, it, f);
    return true;
  };
}

/** home_team / away_team: one of them is the asked team. */
function eitherRule(fs: readonly string[], leaf: ArgLeaf, iprops: Record<string, Schema>): ItemRule {
  return (it, c) => {
    const v = argValue(c.args, leaf);
    if (typeof v !== 'string' || fs.some((f) => same(it[f], v))) return true;
    const f = fs[Math.floor(c.rng.next() * fs.length)];
    if (!admits(iprops[f], v)) return false;
    it[f] = v;
    pin(c, it, f);
    return true;
  };
}

/** An asked value among the item's own (genre in genres), or asked values among them (all of capabilities; any of genres). */
function containsRule(f: string, fs: Schema, leaf: ArgLeaf, all: boolean): ItemRule {
  return (it, c) => {
    const v = argValue(c.args, leaf);
    const own = it[f];
    if (v === undefined || !Array.isArray(own)) return true;
    const asked = Array.isArray(v) ? v : [v];
    if (asked.length === 0) return true;
    const has = (x: unknown): boolean => own.some((o) => same(o, x));
    pin(c, it, f);
    if (all ? asked.every(has) : asked.some(has)) return true;
    const add = all ? asked : [asked[Math.floor(c.rng.next() * asked.length)]];
    const next = [...add, ...own.filter((o) => !add.some((a) => same(a, o)))];
    const max = typeof fs.maxItems === 'number' ? fs.maxItems : next.length;
    const fitted = next.slice(0, Math.max(add.length, Math.min(max, own.length)));
    if (!admits(fs, fitted)) return false;
    it[f] = fitted;
    return true;
  };
}

/** The item's value is one of the asked set (categories, statuses, carriers). */
function memberRule(f: string, fs: Schema, leaf: ArgLeaf): ItemRule {
  return (it, c) => {
    const v = argValue(c.args, leaf);
    if (!Array.isArray(v) || v.length === 0 || it[f] === undefined) return true;
    if (v.some((x) => same(x, it[f]))) {
      match(c, it, f);
      return true;
    }
    if (isMatched(c, it, f)) return false;
    if (isPinned(c, it, f)) return !sent(c.args, leaf);
    pin(c, it, f);
    const ok = v.filter((x) => admits(fs, x));
    if (ok.length === 0) return false;
    it[f] = ok[Math.floor(c.rng.next() * ok.length)];
    match(c, it, f);
    return true;
  };
}

/** Whether item field `f` is what a list argument names one of (statuses -> status, court_ids -> court, device_types -> type). */
export function memberField(f: string, leaf: ArgLeaf): boolean {
  const sn = singularName(leaf.name);
  const fn = singularName(f);
  if (fn === sn || sn === `${fn}_id` || sn === `${fn}_type`) return true;
  const st = tokens(sn);
  const ft = tokens(fn);
  if (st.length >= 2 && st[st.length - 1] === fn) return !/^(id|name|value|key)$/.test(fn);
  return st.length === 1 && ft.length === 2 && ft[1] === sn && /^(primary|main|current)$/.test(ft[0]);
}

/** A flag asked for: nonstop_only -> no stops, unread_only -> unread, has_attachment -> attachments, explicit_allowed: false -> not explicit, include_declined: false -> no declined. */
function flagRule(leaf: ArgLeaf, iprops: Record<string, Schema>): ItemRule | undefined {
  const t = tokens(leaf.name);
  const keys = Object.keys(iprops);
  const bool = (x: readonly string[]): string | undefined => keys.find((k) => typeOf(iprops[k]) === 'boolean' && (covers(tokens(k), x) || covers(x, tokens(k))));
  const set = (f: string, want: unknown, when: boolean): ItemRule => (it, c) => {
    if (argValue(c.args, leaf) !== when || it[f] === undefined) return true;
    pin(c, it, f);
    if (it[f] === want) return true;
    if (!admits(iprops[f], want)) return false;
    it[f] = want;
    return true;
  };
  if (t.includes('only')) {
    const x = t.filter((w) => w !== 'only');
    if (x[0] === 'nonstop' || x[0] === 'direct') return keys.includes('stops') ? set('stops', 0, true) : undefined;
    if (x[0] === 'offline') return keys.includes('online') ? set('online', false, true) : undefined;
    const f = bool(x);
    if (f) return set(f, true, true);
    const status = keys.find((k) => Array.isArray(iprops[k].enum) && (iprops[k].enum as unknown[]).some((e) => typeof e === 'string' && covers(x, tokens(e))));
    return status ? set(status, (iprops[status].enum as string[]).find((e) => covers(x, tokens(e))), true) : undefined;
  }
  if (t[0] === 'has' || t[0] === 'with') {
    const x = t.slice(1);
    const f = bool(x);
    if (f) return set(f, true, true);
    const n = keys.find((k) => typeOf(iprops[k]) === 'integer' && tokens(k).includes('count') && covers(tokens(k), x));
    if (!n) return undefined;
    return (it, c) => {
      if (argValue(c.args, leaf) !== true || typeof it[n] !== 'number' || (it[n] as number) >= 1) return true;
      it[n] = admits(iprops[n], 1) ? 1 : it[n];
      pin(c, it, n);
      return (it[n] as number) >= 1;
    };
  }
  if (t[t.length - 1] === 'allowed' || t[0] === 'include' || t[0] === 'show') {
    const x = t[0] === 'include' || t[0] === 'show' ? t.slice(1) : t.slice(0, -1);
    const f = bool(x);
    if (f) return set(f, false, false);
    const e = keys.find((k) => Array.isArray(iprops[k].enum) && (iprops[k].enum as unknown[]).some((v) => typeof v === 'string' && covers(tokens(v), x)));
    if (!e) return undefined;
    const others = (iprops[e].enum as unknown[]).filter((v) => !(typeof v === 'string' && covers(tokens(v), x)));
    return (it, c) => {
      if (argValue(c.args, leaf) !== false || it[e] === undefined || others.includes(it[e])) return true;
      if (others.length === 0) return false;
      it[e] = others[Math.floor(c.rng.next() * others.length)];
      pin(c, it, e);
      return true;
    };
  }
  if (t[0] === 'exclude') {
    const f = bool(t.slice(1));
    return f ? set(f, false, true) : undefined;
  }
  // available_now -> a connector's status is available.
  const x = t.filter((w) => !/^(now|only|show|currently)$/.test(w));
  const e = keys.find((k) => Array.isArray(iprops[k].enum) && (iprops[k].enum as unknown[]).some((v) => typeof v === 'string' && covers(x, tokens(v))));
  return e ? set(e, (iprops[e].enum as string[]).find((v) => covers(x, tokens(v))), true) : undefined;
}

/** Values that name a side of a flag: venue away is home false. */
const OPPOSITE: Record<string, string> = { home: 'away', away: 'home', online: 'offline', offline: 'online', active: 'inactive', inactive: 'active', open: 'closed', closed: 'open', public: 'private', private: 'public', enabled: 'disabled', disabled: 'enabled' };

/** An asked value that is a flag of the items (venue: away -> home false; status: online -> online true). */
function sideRule(leaf: ArgLeaf, iprops: Record<string, Schema>): ItemRule | undefined {
  const values = ((leaf.schema.enum as unknown[] | undefined) ?? []).filter((v): v is string => typeof v === 'string');
  const flags = Object.keys(iprops).filter((k) => typeOf(iprops[k]) === 'boolean' && values.some((v) => snake(v) === snake(k) || OPPOSITE[snake(v)] === snake(k)));
  if (flags.length === 0) return undefined;
  return (it, c) => {
    const v = argValue(c.args, leaf);
    if (typeof v !== 'string') return true;
    for (const f of flags) {
      const want = snake(v) === snake(f) ? true : OPPOSITE[snake(v)] === snake(f) ? false : undefined;
      if (want === undefined || it[f] === undefined) continue;
      it[f] = want;
      pin(c, it, f);
    }
    return true;
  };
}

/** A person's name asked for (family_name, given_name) is in the item's name. */
function personRule(f: string, leaf: ArgLeaf, first: boolean): ItemRule {
  return (it, c) => {
    const v = argValue(c.args, leaf);
    const own = it[f];
    if (typeof v !== 'string' || typeof own !== 'string' || own.toLowerCase().split(/\s+/).includes(v.toLowerCase())) return true;
    const words = own.split(/\s+/);
    if (words.length < 2) words.push(v);
    else words[first ? 0 : words.length - 1] = v;
    it[f] = words.join(' ');
    pin(c, it, f);
    return true;
  };
}

/** The rules a listed item with properties `iprops` meets for the call's argument leaves. */
export function matchRules(leaves: readonly ArgLeaf[], iprops: Record<string, Schema>, subject: ReadonlySet<string>, creates: boolean): ItemRule[] {
  const rules: ItemRule[] = [];
  const keys = Object.keys(iprops);
  for (const leaf of leaves) {
    if (leaf.type === 'array') {
      const items = (leaf.schema.items ?? {}) as Schema;
      if (!SCALAR.has(typeOf(items)) || isDateLeaf(leaf)) continue;
      for (const f of keys) {
        const ft = typeOf(iprops[f]);
        if (SCALAR.has(ft) && memberField(f, leaf)) rules.push(memberRule(f, iprops[f], leaf));
        else if (ft === 'array' && snake(f) === snake(leaf.name)) rules.push(containsRule(f, iprops[f], leaf, ALL_OF.test(snake(f))));
      }
      continue;
    }
    if (leaf.type === 'boolean') {
      const r = flagRule(leaf, iprops);
      if (r) rules.push(r);
    }
    if (leaf.type === 'string' && /^(family_name|last_name|surname|given_name|first_name)$/.test(snake(leaf.name))) {
      const f = keys.find((k) => /^(name|full_name|patient_name|display_name|person_name)$/.test(snake(k)));
      if (f && !(leaf.name in iprops)) rules.push(personRule(f, leaf, /given|first/.test(leaf.name)));
      continue;
    }
    if (!filters(leaf)) continue;
    const side = leaf.type === 'string' ? sideRule(leaf, iprops) : undefined;
    if (side) {
      rules.push(side);
      continue;
    }
    // A base (base_currency) is what the listed items are quoted against, not a filter on them: rates list other currencies.
    const eq = keys.filter((k) => SCALAR.has(typeOf(iprops[k])) && namesArg(k, leaf.name, subject, creates) && !(snake(k) !== snake(leaf.name) && /^base_/.test(snake(leaf.name))));
    const f = eq.find((k) => snake(k) === snake(leaf.name)) ?? eq[0];
    if (f) {
      rules.push(equalRule(f, iprops[f], leaf));
      continue;
    }
    const either = keys.filter((k) => /^(home|away)_/.test(snake(k)) && snake(k).replace(/^(home|away)_/, '') === snake(leaf.name));
    if (either.length === 2) rules.push(eitherRule(either, leaf, iprops));
    const many = keys.find((k) => typeOf(iprops[k]) === 'array' && singularName(k) === snake(leaf.name));
    if (many && leaf.type === 'string') rules.push(containsRule(many, iprops[many], leaf, false));
  }
  return rules;
}
