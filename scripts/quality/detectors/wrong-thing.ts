/**
 * Class 17: a value of the right JSON type that is the wrong thing for its field, the way a
 * reader spots it at once: an ISRC that reads "lofi beats", a courtroom "patent validity", a
 * charging station called "Family station", a sports position "Senior Implementation Manager",
 * a connector of type "general", a commit message "Can we move our review to tomorrow morning".
 * Six signatures, each the trace of a generator fallback, judged on every string leaf of the
 * calls' arguments and results:
 *   topic    a term of the generator's topic lists (pipeline/values/terms.ts, any domain) where
 *            the field's name says neither a topic-like thing nor the kind the term's list is made
 *            of (a jobs term is an occupation, a weather term a condition);
 *   name     "<Adjective> <noun>" with an adjective of the generator's name fallback and, as the
 *            noun, the field's own (stations[].name "Family station", map_name "Home map") or
 *            the API's;
 *   job      a job title of the generator's table (pipeline/values/words.ts) in a field that is
 *            not a job title (a party's role, a player's position, a CI job's name);
 *   label    "standard" / "default" / "general", the generator's label fallback, as a type, kind
 *            or mode that no enum of the schema allows;
 *   commit   a commit message that speaks to people (I, we, you, our...) or greets or reminds:
 *            a chat line, not a description of a change to code;
 *   genre    a video game's genre (a result's genre field of a game or store tool) with no word of
 *            a genre: "battle pass", "patch notes", "leaderboard".
 * A name the user chooses in the arguments of a create or add call ("Kitchen music" for a new
 * playlist, a "Travel list" watchlist), and its echo in the result, is the user's naming and
 * not judged for the first two signatures.
 */
import { DOMAIN_TERMS, GENERAL_TERMS } from '../../../pipeline/values/terms.js';
import { JOB_TITLES } from '../../../pipeline/values/words.js';
import { finding, judgeAll, type Detector } from '../detector.js';
import { callLeaves, show, words, type CallLeaf } from '../fields.js';
import { isObject, type CallView, type ToolDef } from '../record-view.js';

/**
 * The generator's name fallback adjectives (pipeline/values/generators.ts NAME_ADJECTIVES). Copied
 * because the generator does not export them, and kept as they were: the class measures that
 * fallback's trace in data made before and after the generator changes.
 */
export const NAME_ADJECTIVES = ['Weekly', 'Main', 'Family', 'Summer', 'Team', 'Personal', 'Morning', 'Travel', 'Home', 'Work', 'Shared', 'Spring', 'Kitchen', 'Garden', 'Quarterly'];
const PLACEHOLDER = new RegExp(`^(${NAME_ADJECTIVES.join('|')}) ([a-z][a-z ]*)$`);

/** Lower-cased topic term -> the domains whose lists hold it ("general" for GENERAL_TERMS). */
const TERMS = new Map<string, string[]>();
for (const [domain, list] of [...Object.entries(DOMAIN_TERMS), ['general', GENERAL_TERMS] as const]) {
  for (const t of list) TERMS.set(t.toLowerCase(), [...(TERMS.get(t.toLowerCase()) ?? []), domain]);
}

/**
 * Field-name words that say the value is what a topic term is: what is searched for or about
 * (query, q, search, grep, pattern, keyword, term, topic, subject, interest), how things are
 * grouped or marked (tag, hashtag, label, category, genre, theme), what a score weighs (its
 * factors: "snowfall" for an alert index), a community named for what it is about, and a title,
 * which names a dataset, a document or an event by its subject ("Census data", "Team meeting").
 */
const TOPIC_WORDS = new Set([
  'query', 'queries', 'q', 'search', 'grep', 'pattern', 'keyword', 'keywords', 'term', 'terms', 'topic', 'topics', 'subject', 'subjects',
  'interest', 'interests', 'tag', 'tags', 'hashtag', 'hashtags', 'label', 'labels', 'category', 'categories', 'genre', 'genres', 'theme',
  'themes', 'factor', 'factors', 'community', 'communities', 'subreddit', 'title',
]);

/**
 * Each topic list is made of one kind of thing; a field named for that kind may hold its terms:
 * an occupation ("teacher" as a role), a weather condition ("fog" as a condition or an alert's
 * event), a kind of place ("museum" as a type), a dish ("ramen" as a cuisine or an excluded food),
 * a genre or format, a kind of property, an event (a calendar's), a kind of product, a device or
 * scene, a competition, a game mode, a medical condition, a claim's cause or coverage, a legal
 * issue, a threat, a research field, a plan. Lists of plain topics (news, finance...) have none.
 */
const KIND_WORDS: Readonly<Record<string, readonly string[]>> = {
  jobs: ['occupation', 'occupations', 'profession', 'role', 'position', 'job'],
  weather: ['condition', 'conditions', 'weather', 'description', 'summary', 'phenomenon', 'variable', 'variables', 'hazard', 'hazards', 'event', 'type'],
  maps: ['type', 'types', 'amenity', 'amenities', 'place', 'places', 'poi'],
  food: ['dish', 'dishes', 'recipe', 'recipes', 'meal', 'meals', 'cuisine', 'cuisines', 'food', 'foods', 'exclude', 'excluded'],
  media: ['format', 'type'],
  music: ['style', 'mood'],
  'real-estate': ['property', 'type', 'types'],
  calendar: ['summary', 'event', 'name'],
  'e-commerce': ['product', 'products', 'item', 'items'],
  'home-automation': ['device', 'devices', 'scene', 'scenes', 'name', 'sensor', 'sensors'],
  sports: ['competition', 'league', 'tournament'],
  gaming: ['mode'],
  health: ['condition', 'conditions', 'diagnosis', 'reason', 'observation', 'observations', 'test', 'tests'],
  insurance: ['coverage', 'coverages', 'cause', 'peril', 'type'],
  legal: ['issue', 'issues', 'area', 'type'],
  security: ['threat', 'threats', 'type', 'classification'],
  devops: ['alert', 'type'],
  science: ['field', 'fields', 'area', 'areas', 'discipline'],
  telecom: ['plan', 'feature', 'features'],
  travel: ['type'],
};

const JOBS = new Set(JOB_TITLES);
/** Keys that are a job title wherever they are. */
const JOB_KEYS = new Set(['occupation', 'profession', 'designation']);
/** Keys that are a job title when the thing they describe is a job or a person at work. */
const TITLE_KEYS = new Set(['title', 'position', 'role']);
/** Words of a tool's or path's name that say its titles, positions and roles are jobs. */
const WORK_WORDS = new Set([
  'job', 'jobs', 'posting', 'postings', 'vacancy', 'vacancies', 'career', 'careers', 'employment', 'employee', 'employees', 'staff', 'hire',
  'hiring', 'recruit', 'recruiting', 'salary', 'salaries', 'contact', 'contacts', 'person', 'people', 'profile', 'user', 'users', 'candidate',
  'candidates', 'applicant', 'applicants', 'worker', 'workers', 'speaker', 'speakers', 'author', 'authors', 'attendee', 'attendees', 'officer',
  'officers', 'executive', 'executives', 'leadership', 'signatory', 'signer', 'colleague', 'colleagues', 'member', 'members',
]);

/** Fields a type, a kind or a mode is. */
const TYPE_WORDS = new Set(['type', 'types', 'kind', 'kinds', 'mode', 'modes']);
const FALLBACK_LABELS = new Set(['standard', 'default', 'general']);
/** Things bought or booked in grades, whose type "standard" is a real one (a standard room, fare, module). */
const GRADED = new Set([
  'room', 'seat', 'fare', 'ticket', 'cabin', 'account', 'plan', 'subscription', 'membership', 'shipping', 'delivery', 'service', 'module',
  'panel', 'storage', 'license', 'vehicle', 'car', 'rate', 'bed', 'admission',
]);

/** A commit message's field: its key, or its array's, says commit. */
const COMMIT_TEXT = new Set(['message', 'msg', 'subject', 'title', 'summary', 'description']);
/** Marks of a line said to people: a first or second person, a greeting, a reminder. */
const CHAT = /\b(I|me|my|we|us|our|you|your)\b|^(Reminder|Heads up|Happy birthday|Congratulations|Welcome back|Thanks again|Well done|Running\b.*\blate)/;

/** Verbs of tools whose name arguments the user chooses. */
const NAMING_VERBS = /^(create|add|new|save|make|rename|register)_/;

const singular = (w: string): string => (w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('sses') ? w.slice(0, -2) : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

/** The names of the path's objects and arrays, the leaf's key last: "stations.0.connectors.1.type" -> [stations, connectors, type]. */
const pathNames = (path: string): string[] => path.split('.').filter((p) => !/^\d+$/.test(p));

/** The JSON Schema of an argument at `path` (through properties and items), when the tool defines it. */
export function schemaAt(def: ToolDef | undefined, path: string): Readonly<Record<string, unknown>> | undefined {
  let s: unknown = def?.parameters;
  for (const part of path.split('.')) {
    if (!isObject(s)) return undefined;
    if (/^\d+$/.test(part)) s = s.items;
    else s = isObject(s.properties) ? s.properties[part] : undefined;
  }
  if (isObject(s) && s.type === 'array' && isObject(s.items)) return s.items;
  return isObject(s) ? s : undefined;
}

/** A value the user chose as a name: an argument of a create or add call, or its echo in that call's result. */
function userNamed(leaf: CallLeaf): boolean {
  if (!NAMING_VERBS.test(leaf.call.name)) return false;
  if (leaf.side === 'args') return true;
  const v = leaf.value;
  for (const a of argStrings(leaf.call)) if (a === v) return true;
  return false;
}
function argStrings(call: CallView): string[] {
  const out: string[] = [];
  const walk = (x: unknown): void => {
    if (typeof x === 'string') out.push(x);
    else if (Array.isArray(x)) x.forEach(walk);
    else if (isObject(x)) Object.values(x).forEach(walk);
  };
  walk(call.args);
  return out;
}

/** Words of the leaf's field and of the fields holding it. */
const fieldWords = (leaf: CallLeaf): string[] => pathNames(leaf.path).flatMap(words);

function topic(leaf: CallLeaf, value: string): string | undefined {
  const domains = TERMS.get(value.toLowerCase());
  if (!domains) return undefined;
  const key = words(leaf.key);
  if (key.some((w) => TOPIC_WORDS.has(w))) return undefined;
  // The field, or the list holding it, named for the kind (devices[].type, possible_conditions[].name).
  const holder = pathNames(leaf.path).slice(-2, -1).flatMap(words).map(singular);
  if (domains.some((d) => [...key, ...holder].some((w) => KIND_WORDS[d]?.includes(w) || KIND_WORDS[d]?.includes(`${w}s`)))) return undefined;
  if (key.includes('name') && userNamed(leaf)) return undefined;
  return `a topic term (${domains.join(', ')}) where ${leaf.key} holds no topic`;
}

/** The nouns a placeholder name may be made of: the field's (map_name -> map, stations[].name -> station) and the API's. */
function ownNouns(leaf: CallLeaf): Set<string> {
  const nouns = new Set<string>();
  for (const name of pathNames(leaf.path)) {
    const w = words(name).filter((x) => x !== 'name' && x !== 'names');
    if (w.length === 0) continue;
    nouns.add(w.map(singular).join(' '));
    nouns.add(singular(w[w.length - 1]));
  }
  const api = words(leaf.call.name);
  for (const w of api) nouns.add(singular(w));
  return nouns;
}

function placeholder(leaf: CallLeaf, value: string): string | undefined {
  const m = PLACEHOLDER.exec(value);
  if (!m || userNamed(leaf)) return undefined;
  const noun = m[2].split(' ').map(singular).join(' ');
  return ownNouns(leaf).has(noun) ? `a placeholder name ("${m[1]}" + the field's or API's noun "${m[2]}")` : undefined;
}

function jobTitle(leaf: CallLeaf, value: string): string | undefined {
  if (!JOBS.has(value)) return undefined;
  const key = words(leaf.key);
  if (key.some((w) => JOB_KEYS.has(w)) || (key.includes('job') && key.includes('title'))) return undefined;
  if (key.some((w) => TITLE_KEYS.has(w))) {
    const around = [...words(leaf.call.name), ...pathNames(leaf.path).slice(0, -1).flatMap(words)];
    if (around.some((w) => WORK_WORDS.has(w))) return undefined;
  }
  return `a job title where ${leaf.key} is not a job's title`;
}

function label(leaf: CallLeaf, value: string): string | undefined {
  if (!FALLBACK_LABELS.has(value.toLowerCase())) return undefined;
  const key = words(leaf.key);
  if (!TYPE_WORDS.has(key[key.length - 1] ?? '')) return undefined;
  if (value.toLowerCase() !== 'default' && fieldWords(leaf).some((w) => GRADED.has(singular(w)))) return undefined;
  if (leaf.side === 'args' && Array.isArray(schemaAt(leaf.call.def, leaf.path)?.enum)) return undefined;
  return `the fallback label "${value}" as a ${key[key.length - 1]} no enum allows`;
}

function commitChat(leaf: CallLeaf, value: string): string | undefined {
  const names = pathNames(leaf.path);
  const key = words(leaf.key);
  const isCommit = key.includes('commit') ? key.some((w) => COMMIT_TEXT.has(w)) || key.length === 1 : names.slice(0, -1).some((n) => words(n).some((w) => w === 'commit' || w === 'commits')) && key.some((w) => COMMIT_TEXT.has(w));
  if (!isCommit || !CHAT.test(value)) return undefined;
  return 'a commit message that reads as a chat message';
}

/** Words a game's genre is made of (Action, open world RPG, co-op shooter, tower defense...). */
const GAME_GENRE = /\b(action|adventure|rpg|role[- ]playing|strategy|simulation|simulator|sports?|racing|puzzle|platformer|shooter|fps|fighting|survival|horror|roguelike|roguelite|sandbox|mmo|mmorpg|casual|indie|arcade|stealth|open world|metroidvania|card|party|visual novel|rhythm|music|tower defense|battle royale|moba|co-op|multiplayer|educational|management|city builder|building|crafting|exploration|narrative|hack and slash|souls-like|soulslike|turn-based|real-time|rts|4x|tactics|tactical|point and click|hidden object|trivia|word|board|family|kids|free to play|free-to-play|early access|singleplayer|single-player|story rich|atmospheric|fantasy|sci-fi|science fiction|anime|pixel|retro|2d|3d|vr)\b/i;
/** Words of a tool's name that say it is about video games. */
const GAME_CALL = /^(game|games|steam|store|app|apps|player|playtime|achievement|achievements|gaming)$/;

/** A video game's genre that is no genre: "battle pass", "patch notes", "leaderboard" for Half-Life 2. */
function gameGenre(leaf: CallLeaf, value: string): string | undefined {
  const key = words(leaf.key);
  if (leaf.side !== 'result' || !key.some((w) => w === 'genre' || w === 'genres')) return undefined;
  if (!words(leaf.call.name).some((w) => GAME_CALL.test(w))) return undefined;
  return GAME_GENRE.test(value) ? undefined : "no genre of a game";
}

const SIGNATURES = [topic, placeholder, jobTitle, label, commitChat, gameGenre];

export function wrongThingIn(leaf: CallLeaf): string | undefined {
  if (typeof leaf.value !== 'string') return undefined;
  const value = leaf.value.trim();
  for (const sig of SIGNATURES) {
    const why = sig(leaf, value);
    if (why) return `${leaf.call.name} ${leaf.side}: ${leaf.path} ${show(leaf.value)} is ${why}`;
  }
  return undefined;
}

export const wrongThing: Detector = {
  key: 'wrong-thing',
  title: 'values of the wrong thing for their field',
  check: (view) => judgeAll(callLeaves(view), (leaf) => (typeof leaf.value === 'string' ? finding(wrongThingIn(leaf)) : undefined)),
};
