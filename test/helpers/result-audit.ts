/**
 * A reader's audit of one tool result against the call that produced it: what a person checking
 * a record would spot at once. Written apart from the tool agent (it reads names the way a
 * reader does, not the agent's tables), so that it measures the agent rather than restating it.
 *
 * Classes (each with whether it applies to the call, so shares are over the calls it concerns):
 * - echo: a result field named like an argument (same name or an obvious alias) holds another value;
 * - filter: a listed item breaks a filter of the call (bound, range, date, category, place, query, limit, sort);
 * - created: a create call's creation time is not the dialogue's today;
 * - count: a total/count below the number of items listed;
 * - dates: a history field after today or a deadline/expiry field before it.
 */
import type { ApiSpec } from '../../api-pool/types.js';
import type { ItemWorld } from '../../core/plan.js';

type Obj = Record<string, unknown>;
type S = Record<string, unknown>;
export type DefectClass = 'echo' | 'filter' | 'created' | 'count' | 'dates';
export interface Audit {
  readonly applies: Set<DefectClass>;
  readonly defects: Map<DefectClass, string>;
}

const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const toks = (k: string): string[] => k.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase().split(/[_\-.]+/).filter(Boolean);
const singular = (w: string): string => (w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('ses') ? w.slice(0, -2) : w.endsWith('s') ? w.slice(0, -1) : w);
const dayOf = (v: unknown): string | undefined => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : undefined);
const same = (a: unknown, b: unknown): boolean =>
  typeof a === 'string' && typeof b === 'string' ? a.trim().toLowerCase() === b.trim().toLowerCase() || (dayOf(a) !== undefined && dayOf(a) === dayOf(b) && (a.length === 10 || b.length === 10)) : JSON.stringify(a) === JSON.stringify(b);
const IDISH = /(^|_)(id|ids|sid|key|number|code|sku|token|hash|sha256|uri|url|doi|isbn|isrc|vin|iban|accession|citation)$/;
const QUERYISH = /^(query|q|keywords?|search|term|topic|text)$|_text$/;
const CREATE = /^(create|add|book|submit|post|send|schedule|open|file|upload|record|log|report|purchase|buy|apply|declare|enroll|reserve|initiate|register|upsert|start|trigger|declare|place|issue|new|make|generate)$/;

/** What a schema admits, roughly: type, enum, pattern. */
function admits(s: S | undefined, v: unknown): boolean {
  if (!s) return false;
  if (Array.isArray(s.enum)) return s.enum.some((e) => same(e, v));
  const t = Array.isArray(s.type) ? s.type : [s.type];
  const jt = typeof v === 'number' ? (Number.isInteger(v) ? ['integer', 'number'] : ['number']) : typeof v === 'string' ? ['string'] : typeof v === 'boolean' ? ['boolean'] : [];
  if (s.type !== undefined && !jt.some((x) => t.includes(x))) return false;
  if (typeof s.pattern === 'string' && typeof v === 'string' && !new RegExp(s.pattern, 'u').test(v)) return false;
  if (typeof v === 'number' && ((typeof s.minimum === 'number' && v < s.minimum) || (typeof s.maximum === 'number' && v > s.maximum))) return false;
  return typeof v !== 'string' || typeof s.maxLength !== 'number' || v.length <= s.maxLength;
}

interface Arg {
  readonly name: string;
  readonly value: unknown;
  readonly schema: S;
  readonly sent: boolean;
}

/** Every scalar or scalar-list argument, nested objects flattened; a bare bound in an object is named with its parent (price.max -> max_price). */
function argsOf(props: Record<string, S>, args: Obj, parent = ''): Arg[] {
  const out: Arg[] = [];
  for (const k in props) {
    const s = props[k];
    const v = args[k];
    if (isObj(v) && (s.properties || s.type === 'object')) {
      out.push(...argsOf((s.properties ?? {}) as Record<string, S>, v, k));
      continue;
    }
    const bare = /^(min|max|after|before|from|to|start|end|low|high|since|until)$/.test(k);
    // A name reads the same in any case style (sortOrder is sort_order, pageSize is page_size).
    const own = toks(k).join('_');
    const name = bare && parent ? (/^(min|max)$/.test(k) ? `${k}_${toks(parent).join('_')}` : `${toks(parent).join('_')}_${k}`) : own;
    if (v !== undefined) out.push({ name, value: v, schema: s, sent: true });
    // A default asking the tool to choose (auto_detect) is answered by the choice. An object sent
    // (options: {...}) holds its fields' defaults too.
    else if (s.default !== undefined && !/^(auto|auto_detect|autodetect|detect|any|all|best)$/i.test(String(s.default))) out.push({ name, value: s.default, schema: s, sent: false });
  }
  return out;
}

/** The result object a call's fields live in: the result, or its `data` wrapper. */
const bodyOf = (r: Obj): Obj => (isObj(r.data) && !Array.isArray(r.data) ? (r.data as Obj) : r);
const bodySchema = (s: S): S => {
  const p = (s.properties ?? {}) as Record<string, S>;
  return p.data && p.data.properties ? p.data : s;
};

/** Aliases a reader would take as the same thing as an argument. */
function names(resKey: string, argName: string, apiName: string): boolean {
  if (resKey === argName) return true;
  const r = resKey.toLowerCase();
  const a = argName.toLowerCase();
  if (/^(url|link|href)$/.test(r) && /(^|_)(url|link)$/.test(a)) return true;
  if (r === 'id' && a.endsWith('_id') && !CREATE.test(toks(apiName)[0])) return apiName.toLowerCase().includes(a.slice(0, -3));
  if (r === `${a}_name` || a === `${r}_name`) return true;
  if (r === 'currency' && /^(base_currency|currency_code)$/.test(a)) return true;
  if (r === 'base_currency' && a === 'currency') return true;
  return false;
}

const LISTS = (body: Obj, s: S): [string, Obj[], S][] => {
  const out: [string, Obj[], S][] = [];
  const props = (s.properties ?? {}) as Record<string, S>;
  for (const k in body) {
    const v = body[k];
    const items = props[k]?.items as S | undefined;
    if (Array.isArray(v) && items?.properties && v.every(isObj)) out.push([k, v as Obj[], items]);
  }
  return out;
};

function auditEcho(body: Obj, s: S, args: Arg[], apiName: string, note: (c: DefectClass, why: string | false) => void): void {
  const props = (s.properties ?? {}) as Record<string, S>;
  for (const k in body) {
    const v = body[k];
    if (v === null || typeof v === 'object') continue;
    for (const a of args) {
      if (Array.isArray(a.value) || !names(k, a.name, apiName) || !admits(props[k], a.value)) continue;
      note('echo', same(v, a.value) ? false : `${k}=${JSON.stringify(v)} but ${a.name}=${JSON.stringify(a.value)}`);
    }
  }
}

/** The item's numbers a bound's stem is about; a level or tier (price_level: 1-4) is no amount of its stem. */
const numField = (item: Obj, stem: string[]): [string, number][] =>
  Object.keys(item)
    .filter((f) => typeof item[f] === 'number' && (stem.some((t) => /^(level|tier)$/.test(t)) || !toks(f).some((x) => /^(level|tier)$/.test(x))))
    .filter((f) => stem.every((t) => toks(f).includes(t) || (t === 'price' && toks(f).some((x) => /^(price|cost|amount|fee|fees|rate|fare|total)$/.test(x)))))
    .map((f) => [f, item[f] as number]);

const dateFields = (item: Obj): string[] => Object.keys(item).filter((f) => dayOf(item[f]) !== undefined);

const stemOf = (argName: string): string[] => toks(argName).filter((t) => !/^(from|to|start|end|after|before|since|until|min|max|date|time|at|on|earliest|latest|begin)$/.test(t));

/** The item fields a date argument is about: those sharing its stem, else (unless another date argument is about them) the item's first date. */
function datesOf(item: Obj, argName: string, generic = false): string[] {
  const stem = stemOf(argName);
  const fs = dateFields(item);
  const hit = fs.filter((f) => stem.length > 0 && stem.some((t) => toks(f).some((x) => x.startsWith(t.slice(0, 5)))));
  return hit.length > 0 ? hit.slice(0, 1) : stem.length > 0 && generic ? [] : fs.slice(0, 1);
}

function auditItems(list: string, items: Obj[], is: S, args: Arg[], note: (c: DefectClass, why: string | false) => void): void {
  const iprops = (is.properties ?? {}) as Record<string, S>;
  for (const a of args) {
    const tk = toks(a.name);
    const v = a.value;
    const bad = (why: (it: Obj) => string | false): void => {
      let w: string | false = false;
      for (const it of items) if ((w = why(it))) break;
      note('filter', w);
    };
    // Limits.
    if (/^(limit|page_size|max_results|per_page|max_hits|results_per_page|rows|top_n|max_entries|number)$/.test(a.name) && typeof v === 'number' && a.sent) {
      note('filter', items.length > v ? `${items.length} ${list} for ${a.name}=${v}` : false);
      continue;
    }
    // Bounds on numbers.
    if (typeof v === 'number' && (tk[0] === 'min' || tk[0] === 'max' || tk[tk.length - 1] === 'min' || tk[tk.length - 1] === 'max' || /^(budget|radius)/.test(a.name))) {
      const isMax = tk.includes('max') || /^(budget|radius)/.test(a.name);
      let stem = tk.filter((t) => t !== 'min' && t !== 'max');
      if (stem[0] === 'budget') stem = ['price'];
      if (stem[0] === 'radius') stem = ['distance', ...stem.slice(1)];
      if (stem.length === 0 || !items.some((it) => numField(it, stem).length > 0)) continue;
      bad((it) => {
        for (const [f, x] of numField(it, stem)) if (isMax ? x > v : x < v) return `${list}.${f}=${x} against ${a.name}=${v}`;
        return false;
      });
      continue;
    }
    // Dates: ranges and days.
    if (typeof v === 'string' && dayOf(v) && (a.schema.format === 'date' || a.schema.format === 'date-time')) {
      // A date argument naming nothing the items hold is about their first date only when it is the call's one date argument.
      // A calendar year asked (year: 2022) is a date argument too.
      const generic = args.some((d) => d !== a && d.sent && ((typeof d.value === 'string' && dayOf(d.value) !== undefined) || (typeof d.value === 'number' && /(^|_)(within|age|window|past|last|year)(_|$)/.test(d.name))));
      const datesFor = (it: Obj, n: string): string[] => datesOf(it, n, generic);
      const lower = tk.some((t) => /^(from|start|after|since|earliest|begin|min)$/.test(t));
      const upper = tk.some((t) => /^(to|end|before|until|latest|max)$/.test(t));
      if (!items.some((it) => datesFor(it, a.name).length > 0)) continue;
      // A day about something the items do not hold (a return date of one-way offers) is no filter on them.
      if (!lower && !upper && stemOf(a.name).length > 0 && !items.some((it) => dateFields(it).some((f) => stemOf(a.name).some((t) => toks(f).some((x) => x.startsWith(t.slice(0, 5))))))) continue;
      if (!lower && !upper && a.schema.format === 'date' && !items.some((it) => /(^|_)(date|day)$/.test(datesFor(it, a.name)[0] ?? '') || iprops[datesFor(it, a.name)[0]]?.format === 'date-time')) continue;
      bad((it) => {
        for (const f of datesFor(it, a.name)) {
          const x = it[f] as string;
          const dx = a.schema.format === 'date' ? x.slice(0, 10) : x;
          if (lower && dx < v) return `${list}.${f}=${x} before ${a.name}=${v}`;
          if (upper && dx.slice(0, v.length) > v) return `${list}.${f}=${x} after ${a.name}=${v}`;
          if (!lower && !upper && dayOf(x) !== dayOf(v)) return `${list}.${f}=${x} not on ${a.name}=${v}`;
        }
        return false;
      });
      continue;
    }
    // A side asked for is a flag of the items (venue: away -> home false); all sides is no filter.
    if (typeof v === 'string' && /^(all|any|both)$/i.test(v)) continue;
    const opposite: Record<string, string> = { home: 'away', away: 'home', online: 'offline', offline: 'online' };
    const flag = typeof v === 'string' ? Object.keys(iprops).find((k) => iprops[k].type === 'boolean' && (k === v || opposite[v] === k)) : undefined;
    if (flag) {
      bad((it) => (it[flag] === undefined || it[flag] === (flag === v) ? false : `${list}.${flag}=${String(it[flag])} for ${a.name}=${String(v)}`));
      continue;
    }
    // Categories and other equality filters; a list argument is a set of allowed values.
    if (typeof v === 'string' && !IDISH.test(a.name) && !QUERYISH.test(a.name) && iprops[a.name] && typeof iprops[a.name].type === 'string' && admits(iprops[a.name], v)) {
      bad((it) => (it[a.name] === undefined || same(it[a.name], v) ? false : `${list}.${a.name}=${JSON.stringify(it[a.name])} for ${a.name}=${v}`));
      continue;
    }
    if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' || typeof x === 'number')) {
      const f = Object.keys(iprops).find((k) => k === singular(a.name) || singular(a.name) === `${k}_id` || `${singular(a.name)}` === k.replace(/_id$/, ''));
      if (!f) continue;
      bad((it) => (it[f] === undefined || typeof it[f] === 'object' || v.some((x) => same(x, it[f])) ? false : `${list}.${f}=${JSON.stringify(it[f])} not in ${a.name}`));
      continue;
    }
    // Place: the asked city in the items' city or address.
    if (typeof v === 'string' && /^(city|location|near|destination|where|town)$/.test(a.name) && !/\d/.test(v) && v.length > 3) {
      const fs = Object.keys(iprops).filter((k) => /^(city|address|location|locality|place)$/.test(k));
      if (fs.length === 0) continue;
      bad((it) => {
        for (const f of fs) if (typeof it[f] === 'string' && !(it[f] as string).toLowerCase().includes(v.toLowerCase())) return `${list}.${f}=${JSON.stringify(it[f])} not in ${v}`;
        return false;
      });
      continue;
    }
    // Query: items named after it; an item whose name cannot hold it (a case name holds parties) is about it in its snippet.
    if (typeof v === 'string' && /^(query|q|keywords?|search|term|topic|mark_text)$/.test(a.name)) {
      // The generator's order (pipeline/agents/tool/place-filters.ts TITLE_FIELDS).
      // People found beside the things a query names (a catalogue's artists) are not named after the query.
      if (/^(artists|authors|users|people|persons|creators|channels|accounts|players|members|contributors|performers|speakers|actors|cast)$/.test(list)) continue;
      const f = ['title', 'name', 'display_name', 'label', 'headline', 'mark_text', 'text', 'job_title', 'course_name', 'subject', 'snippet', 'summary'].find((k) => iprops[k] && iprops[k].type === 'string' && !iprops[k].pattern && !iprops[k].enum && !iprops[k].format);
      if (!f) continue;
      const words = v.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 3);
      if (words.length === 0) continue;
      bad((it) => (typeof it[f] !== 'string' || words.some((w) => (it[f] as string).toLowerCase().includes(w)) ? false : `${list}.${f}=${JSON.stringify(it[f])} not about ${JSON.stringify(v)}`));
      continue;
    }
    // Sort orders on a named field.
    if (typeof v === 'string' && /^(sort|sort_by|order_by|sort_order|order)$/.test(a.name) && a.sent) {
      const vt = toks(v);
      // The field the value names: the one it is, else the one sharing most of its words (away_score is not home_score).
      const hits = (k: string): number => (typeof items[0]?.[k] === 'number' || dayOf(items[0]?.[k]) !== undefined ? (toks(k).join('_') === vt.join('_') ? 99 : vt.filter((t) => t.length > 3 && toks(k).some((x) => x.startsWith(t.slice(0, 5)))).length) : 0);
      const f = Object.keys(iprops).reduce<string | undefined>((best, k) => (hits(k) > (best === undefined ? 0 : hits(best)) ? k : best), undefined);
      if (!f || items.length < 2) continue;
      // Without a word for it, a reader expects most, best and newest first, cheapest and nearest first, rank 1 first.
      const dir = args.find((d) => d !== a && /^(sort_order|order|direction|sort_direction)$/.test(d.name) && typeof d.value === 'string' && /^(asc|desc)/i.test(d.value as string));
      const said = vt.some((t) => /^(desc|newest|latest|highest|most|high)$/.test(t)) ? true : vt.some((t) => /^(asc|oldest|lowest|cheapest|nearest|closest|earliest|low)$/.test(t)) ? false : undefined;
      // A direction sent wins over the value's own word (lowest_rating), which wins over a direction's default.
      const desc = dir && (dir.sent || said === undefined) ? /^desc/i.test(dir.value as string) : (said ?? !vt.some((t) => /^(price|distance|duration|cost|rank|position)$/.test(t)));
      const seq = items.map((it) => it[f] as string | number).filter((x) => x !== undefined);
      let broke: string | false = false;
      for (let i = 1; i < seq.length; i++) if (desc ? seq[i] > seq[i - 1] : seq[i] < seq[i - 1]) broke = `${list} not sorted by ${f} for ${a.name}=${v}`;
      note('filter', broke);
    }
  }
}

const COUNT = /^(total|count|total_results|total_count|total_entries|result_size_estimate|total_reviews|item_count|game_count)$/;

/** The reader's audit of `result` for a call of `api` with `args` on `world.today`. */
export function auditResult(api: ApiSpec, args: Obj, world: ItemWorld, result: unknown): Audit {
  const applies = new Set<DefectClass>();
  const defects = new Map<DefectClass, string>();
  const note = (c: DefectClass, why: string | false): void => {
    applies.add(c);
    if (why && !defects.has(c)) defects.set(c, why);
  };
  if (!isObj(result) || 'error' in result) return { applies, defects };
  const rs = api.returns as S;
  // A batch: each entry's result is the answer to the request at its index.
  const rprops = (rs.properties ?? {}) as Record<string, S>;
  const batchArg = Object.keys(api.parameters.properties).find((k) => Array.isArray(args[k]) && (args[k] as unknown[]).every(isObj) && (args[k] as unknown[]).length > 0);
  const entry = (rprops.results?.items as S | undefined)?.properties as Record<string, S> | undefined;
  if (batchArg && entry?.result && entry.index && Array.isArray(result.results)) {
    const reqs = args[batchArg] as Obj[];
    const sub = { ...api, parameters: api.parameters.properties[batchArg].items, returns: entry.result } as unknown as ApiSpec;
    note('count', (result.results as unknown[]).length !== reqs.length ? `${(result.results as unknown[]).length} results for ${reqs.length} requests` : false);
    for (const e of result.results as Obj[]) {
      const i = e.index as number;
      if (!isObj(e.result) || !reqs[i]) continue;
      const a = auditResult(sub, reqs[i], world, e.result);
      for (const c of a.applies) applies.add(c);
      for (const [c, w] of a.defects) if (!defects.has(c)) defects.set(c, `results.${i}: ${w}`);
    }
  }
  const body = bodyOf(result);
  const bs = bodySchema(rs);
  const all = argsOf(api.parameters.properties as Record<string, S>, args);
  auditEcho(body, bs, all, api.name, note);
  const lists = LISTS(body, bs);
  for (const [k, items, is] of lists) auditItems(k, items, is, all, note);
  // Counts against the items listed.
  const main = lists.sort((a, b) => b[1].length - a[1].length)[0];
  for (const k in body) {
    if (!COUNT.test(k) || typeof body[k] !== 'number' || !main) continue;
    note('count', (body[k] as number) < main[1].length ? `${k}=${body[k]} with ${main[1].length} ${main[0]}` : false);
  }
  // Creation time of a create call.
  if (CREATE.test(toks(api.name)[0])) {
    for (const k of ['created_at', 'created', 'creation_date', 'created_on']) {
      if (typeof body[k] === 'string') note('created', dayOf(body[k]) === world.today ? false : `${k}=${body[k]} on ${world.today}`);
    }
  }
  // History after today, deadlines before it (top-level and items).
  const history = /^(created_at|updated_at|published_at|posted_at|last_updated|last_modified|modified_at|observed_at|reported_at|submitted_at|received_at|booked_at|authored_at|processed_at|as_of)$/;
  const ahead = /^(expires_at|valid_until|due_at|due_date|return_by|closes_on|estimated_delivery|estimated_delivery_at|next_reminder_at|cancellation_deadline|expected_resolution_date|expected_return)$/;
  // What a state says is over (an expired policy, a delivered parcel) was due by today.
  const over = /^(expired|delivered|returned|returned_to_sender|picked_up|lapsed|closed|completed)$/;
  const scan = (o: Obj, where: string): void => {
    const done = Object.keys(o).some((k) => /(^|_)(status|state)$/.test(k) && typeof o[k] === 'string' && over.test(o[k] as string));
    for (const k in o) {
      const d = dayOf(o[k]);
      if (!d) continue;
      if (history.test(k)) note('dates', d > world.today ? `${where}${k}=${o[k]} after today ${world.today}` : false);
      else if (ahead.test(k) && !done) note('dates', d < world.today ? `${where}${k}=${o[k]} before today ${world.today}` : false);
    }
  };
  scan(body, '');
  for (const [k, items] of lists) for (const it of items) scan(it, `${k}.`);
  return { applies, defects };
}
