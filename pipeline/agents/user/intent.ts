/**
 * What a user wants from a tool, in their own words: the action and its object read off the
 * tool's name (verb, core nouns, minus the qualifiers evolution adds: `_strict`, `_v2`,
 * `_in_miles`, `_with_filters`), phrased by how people ask for that action (verbs.ts). Never
 * from the description: a request that copies it teaches a model to route by copied words.
 * Worked out once per API (WeakMap), so an item only picks among ready phrases.
 */
import type { ApiSpec } from '../../../api-pool/types.js';
import { TOOL_PHRASES } from '../phrases.js';
import { classOf, isVerb, verbAsks } from './verbs.js';
import { isMass, isPlural, pluralOf, singularOf, spoken, tokensOf, withArticle } from './words.js';

export interface Intent {
  /** The verb's class (read, search, create, ...). */
  readonly cls: string;
  /** Verb phrases completing "Can you ...". */
  readonly you: readonly string[];
  /** Verb phrases completing "I need to ...". */
  readonly self: readonly string[];
  /** Questions (no final "?"); empty for actions. */
  readonly questions: readonly string[];
  /** Sentences stating the need (no final punctuation). */
  readonly needs: readonly string[];
  /** The object as a bare noun phrase, plural when the tool is about many ("flight offers"). */
  readonly topic: string;
  /** The request in a few words, for the teacher ("find flight offers"). */
  readonly ask: string;
  /** The tool's verb as its name says it ("search"), when it has one (second-language requests pick theirs by it). */
  readonly verb: string | undefined;
  /** The object in the singular ("flight offer"), and whether the tool is about many of them (not a mass noun). */
  readonly one: string;
  readonly plural: boolean;
}

/** Name words evolution appends to say what a variant changed; none is what the user wants. */
const QUALIFIERS = new Set([
  'basic', 'simple', 'quick', 'lite', 'minimal', 'core', 'strict', 'validated', 'checked', 'bounded', 'structured', 'advanced',
  'grouped', 'batch', 'bulk', 'many', 'paged', 'paginated', 'cursor', 'stream', 'scroll', 'sorted', 'ordered', 'ranked',
  'filtered', 'refined', 'narrowed', 'extended', 'detailed', 'full', 'legacy', 'beta', 'async', 'sync', 'raw',
]);
const PREPS = new Set(['with', 'for', 'from', 'by', 'in', 'on', 'to', 'via', 'using', 'per', 'at', 'into', 'within', 'without']);
/** Complements worth keeping after the object ("scan a URL for threats", "posts by hashtag"). */
const KEEP_PREPS = new Set(['for', 'from', 'by', 'to', 'in', 'on', 'into']);
/** Things searched in rather than searched for. */
const CONTAINERS = new Set(['mailbox', 'inbox', 'catalog', 'catalogue', 'registry', 'database', 'archive', 'index', 'directory', 'library', 'web', 'repository', 'marketplace', 'store', 'feed', 'timeline']);
/** The user's own things, by the object's last word: "my order", "my policy". */
const PERSONAL = new Set([
  'account', 'order', 'booking', 'reservation', 'policy', 'claim', 'cart', 'playlist', 'calendar', 'watchlist', 'grades', 'lineup',
  'appointment', 'application', 'subscription', 'transactions', 'balance', 'bill', 'plan', 'thermostat', 'alarm', 'reminders', 'budget',
  'portfolio', 'inbox', 'mailbox', 'contacts', 'usage', 'parcel', 'shipment', 'package', 'itinerary', 'workout', 'submission', 'invitation',
]);
/** Things the user changes, cancels or follows are theirs too ("delete my rule"). */
const OWNED = new Set([...PERSONAL, 'rule', 'event', 'post', 'key', 'number', 'label', 'device', 'channel', 'reminder', 'lock', 'light', 'state', 'alert', 'application']);
/** Acts done to someone else's things: a teacher grades a student's submission, not "my submission". */
const OTHERS_ACT = /^(grade|mark|score|review|approve|reject|moderate|assess|evaluate|audit|inspect|verify)$/;
/** A thing named by whose it is ("student grades", "patient records"): theirs, not the user's. */
const OTHERS_THING = /^(student|students|customer|customers|patient|patients|employee|employees|user|users|member|members|client|clients|candidate|candidates|tenant|tenants)$/;
/** Whether the object (parsed `p`, last word `head`) of a request of class `cls` is the user's own. */
function ownedBy(p: Parsed, head: string, cls: string): boolean {
  if (p.verb !== undefined && OTHERS_ACT.test(p.verb)) return false;
  const words = p.obj.split(' ');
  if (words.slice(0, -1).some((w) => OTHERS_THING.test(w))) return false;
  return PERSONAL.has(head) || ((cls === 'update' || cls === 'delete' || cls === 'track') && OWNED.has(head));
}

interface Parsed {
  readonly verb: string | undefined;
  /** The object as said ("flight offers"), with a leading preposition when the name has one ("to invitation"). */
  readonly obj: string;
  /** A preposition the object comes after ("respond to the invitation"). */
  readonly lead: string;
  /** A complement said after the object ("for threats"). */
  readonly comp: string;
}

function parseName(api: ApiSpec): Parsed {
  const all = tokensOf(api.name);
  // A namespace before the verb ("svc_search_flights", "crm.get_contact") is not part of the request.
  const at = all.findIndex((w, i) => i < 3 && i < all.length - 1 && isVerb(w));
  const t = at > 0 ? all.slice(at) : all;
  const verb = t.length > 1 && isVerb(t[0]) ? t[0] : undefined;
  let rest = verb ? t.slice(1) : t;
  while (rest.length > 1 && (QUALIFIERS.has(rest[rest.length - 1]) || /^v\d+$/.test(rest[rest.length - 1]))) rest = rest.slice(0, -1);
  let lead = '';
  if (rest.length > 1 && PREPS.has(rest[0])) {
    lead = rest[0];
    rest = rest.slice(1);
  }
  const cut = rest.findIndex((w, i) => i > 0 && PREPS.has(w));
  let comp = '';
  if (cut > 0) {
    const tail = rest.slice(cut);
    // An evolved variant's tail says how it differs ("by_amount_range", "with_visibility"), not what is wanted.
    if (!api.origin.startsWith('evolved') && KEEP_PREPS.has(tail[0]) && tail.length <= 3 && tail.every((w) => !QUALIFIERS.has(w) && !/^(miles|km|metric|imperial|usd|eur|gbp|aud|cad|jpy|units?|filters|options|page|visibility)$/.test(w))) {
      comp = tail.map(spoken).join(' ');
    }
    rest = rest.slice(0, cut);
  }
  const obj = (rest.length > 0 ? rest : [api.subdomain ?? api.domain]).map(spoken).join(' ').replace(/-/g, ' ');
  return { verb, obj, lead, comp };
}

/** An object after a preposition reads better with an article: "in course" -> "in a course". */
function complement(comp: string): string {
  const sp = comp.indexOf(' ');
  if (sp < 0) return comp;
  const noun = comp.slice(sp + 1);
  const prep = comp.slice(0, sp);
  if (PERSONAL.has(noun)) return `${prep} my ${noun}`;
  return prep === 'by' || prep === 'for' || isPlural(noun) || isMass(noun) ? comp : `${prep} ${withArticle(noun)}`;
}

const intents = new WeakMap<ApiSpec, Intent>();

export function intentOf(api: ApiSpec): Intent {
  let it = intents.get(api);
  if (it) return it;
  it = buildIntent(api);
  intents.set(api, it);
  return it;
}

function buildIntent(api: ApiSpec): Intent {
  const p = parseName(api);
  const plural = isPlural(p.obj);
  const mass = isMass(p.obj);
  const one = plural ? singularOf(p.obj) : p.obj;
  const many = plural || mass ? p.obj : pluralOf(p.obj);
  const comp = p.comp ? ` ${complement(p.comp)}` : '';
  const fix = plural ? (s: string): string => s.replace(/^what's (the|my) /, 'what are $1 ').replace(/^is (the|my) /, 'are $1 ').replace(/^(the|my) (.+) needs /, '$1 $2 need ') : (s: string): string => s;
  const lead = p.lead ? `${p.lead} ` : '';
  const head = p.obj.slice(p.obj.lastIndexOf(' ') + 1);
  const cls = classOf(p.verb);
  const personal = ownedBy(p, head, cls);
  const forms = {
    T: [`${lead}the ${p.obj}${comp}`, ...(personal ? [`${lead}my ${p.obj}${comp}`] : [])],
    A: [`${lead}${plural || mass ? p.obj : withArticle(one)}${comp}`, ...(plural ? [`${lead}some ${p.obj}${comp}`] : [])],
    P: [`${lead}${many}${comp}`],
    O: [`${lead}${p.obj}${comp}`],
  };
  /** Every filling of a template's slots. */
  const fill = (templates: readonly string[]): string[] => {
    const out: string[] = [];
    for (const tpl of templates) {
      const slot = /\{([TAPO])\}/.exec(tpl);
      if (!slot) out.push(tpl);
      else for (const f of forms[slot[1] as keyof typeof forms]) out.push(fix(tpl.replace(slot[0], f)));
    }
    return [...new Set(out)];
  };
  const searchIn = cls === 'search' && !plural && CONTAINERS.has(head);
  let asks = verbAsks(p.verb, searchIn);
  // "add an item to my cart": only the verb itself fits the preposition that follows.
  if (p.verb && /^(to|into|from) /.test(p.comp)) {
    const v = p.verb;
    const keep = (l: readonly string[]): string[] => l.filter((t) => t.startsWith(`${v} `));
    asks = { you: keep(asks.you).length > 0 ? keep(asks.you) : [`${v} {A}`], self: keep(asks.self).length > 0 ? keep(asks.self) : [`${v} {A}`], questions: [], needs: [] };
  }
  // A name that puts a preposition first ("respond_to_invitation") keeps its verb: "respond to the invitation".
  if (p.lead && p.verb) {
    const own = [`${p.verb} {T}`, `${p.verb} {A}`];
    asks = { you: own, self: own, questions: [], needs: [] };
  }
  const builtin = TOOL_PHRASES[api.name]?.asks ?? [];
  const you = [...builtin, ...fill(asks.you)];
  const self = [...builtin.filter((a) => !/\bme\b/.test(a)), ...fill(asks.self)];
  return {
    cls,
    you,
    self,
    questions: fill(asks.questions),
    needs: fill(asks.needs),
    topic: many,
    ask: self[0] ?? you[0],
    verb: p.verb,
    one,
    plural,
  };
}
