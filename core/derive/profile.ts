/**
 * Values carried from the user's own world when the request says "my" or "me": their email
 * ("send it to me", "at my email address"), name, city, country, currency, time zone and
 * language, and the things they have on file with a service (their account, the card they
 * usually pay with, their calendar, cart, policy, claim, player profile, team or league). A
 * reader gets them from the profile the system prompt states ("You are assisting Anna Martin
 * (anna.martin@example.com) in Lyon, France... On file: account 598445; card I96NS5S2.");
 * without it "my usual card" names nothing. Each phrase names one field of the profile; the
 * planner has the user say one for a value that is that field, the grounding rule reads the
 * field back.
 */
import type { ItemWorld } from '../plan.js';
import { normalise } from './normalise.js';

export type WorldField = 'email' | 'name' | 'city' | 'country' | 'currency' | 'timeZone' | 'language';
/** Things a user has on file with a service, by the word the profile states them with. */
export const ON_FILE = ['account', 'card', 'calendar', 'cart', 'policy', 'claim', 'player', 'team', 'league', 'order', 'application', 'phone', 'key', 'parcel', 'course', 'doctor', 'field', 'profile', 'appointment', 'contract', 'owner'] as const;
export type OnFile = (typeof ON_FILE)[number];
export type ProfileField = WorldField | OnFile;

const profiles = new WeakMap<ItemWorld, Readonly<Record<WorldField, string>>>();

/** The profile fields of a world, as values are written (codes for the country, currency and language). */
export function profileOf(world: ItemWorld): Readonly<Record<WorldField, string>> {
  let p = profiles.get(world);
  if (!p) profiles.set(world, (p = build(world)));
  return p;
}

function build(world: ItemWorld): Readonly<Record<WorldField, string>> {
  const { user, locale } = world;
  return {
    email: user.email,
    name: `${user.firstName} ${user.lastName}`,
    city: locale.city,
    country: locale.country,
    currency: locale.currency,
    timeZone: locale.timeZone,
    language: locale.language,
  };
}

/** How a request says each field, by the part the value plays (`to`: a recipient, `from`: a sender, `at`: anything else). All stand alone in a request. */
const PHRASES: Readonly<Record<ProfileField, Readonly<Record<'to' | 'from' | 'at', readonly string[]>>>> = {
  email: { to: ['to me', 'to my own inbox'], from: ['from my address', 'from my own email'], at: ['at my email address', 'with my usual email'] },
  name: { to: ['for me', 'addressed to me'], from: ['from me'], at: ['under my name', 'in my name'] },
  city: { to: ['to my city', 'back home'], from: ['from my city', 'from home'], at: ['in my city', 'where I live'] },
  country: { to: ['to my country'], from: ['from my country'], at: ['in my country', 'for my own country'] },
  currency: { to: ['into my currency', 'into my own money'], from: ['from my currency'], at: ['in my currency', 'in my own money'] },
  timeZone: { to: ['in my time zone'], from: ['from my time zone'], at: ['in my time zone', 'on my local time'] },
  language: { to: ['into my language'], from: ['from my language'], at: ['in my language', 'in my own language'] },
  account: { to: ['into my account', 'to my own account'], from: ['from my account', 'out of my account'], at: ['on my account', 'for my account'] },
  card: { to: ['back to my usual card'], from: ['from my usual card'], at: ['with my usual card', 'on the card I have on file'] },
  calendar: { to: ['to my calendar'], from: ['from my calendar'], at: ['on my calendar', 'in my main calendar'] },
  cart: { to: ['to my cart'], from: ['from my cart'], at: ['in my cart', 'for my cart'] },
  policy: { to: ['to my policy'], from: ['from my policy'], at: ['on my policy', 'for my insurance policy'] },
  claim: { to: ['to my claim'], from: ['from my claim'], at: ['on my claim', 'for my open claim'] },
  player: { to: ['to my player profile'], from: ['from my player profile'], at: ['for my player profile', 'on my player account'] },
  team: { to: ['to my team'], from: ['from my team'], at: ['for my team', 'on my team'] },
  league: { to: ['to my league'], from: ['from my league'], at: ['in my league', 'for my league'] },
  order: { to: ['to my order'], from: ['from my order'], at: ['on my order', 'for my last order'] },
  application: { to: ['to my application'], from: ['from my application'], at: ['on my application', 'for my application'] },
  phone: { to: ['to my phone', 'to my own number'], from: ['from my phone', 'from my own number'], at: ['on my number', 'for my phone line'] },
  key: { to: ['to my API key'], from: ['from my API key'], at: ['on my API key', 'for my API key'] },
  parcel: { to: ['to my parcel'], from: ['from my parcel'], at: ['on my parcel', 'for my package'] },
  course: { to: ['to my course'], from: ['from my course'], at: ['in my course', 'for my course'] },
  doctor: { to: ['to my doctor'], from: ['from my doctor'], at: ['with my usual doctor', 'with my GP'] },
  field: { to: ['to my field'], from: ['from my field'], at: ['on my field', 'for my own field'] },
  profile: { to: ['to my profile'], from: ['from my profile'], at: ['on my profile', 'for my own profile'] },
  appointment: { to: ['to my appointment'], from: ['from my appointment'], at: ['for my appointment', 'on my upcoming appointment'] },
  contract: { to: ['to my contract'], from: ['from my contract'], at: ['on my contract', 'for my contract'] },
  owner: { to: ['to me as the owner'], from: ['from me as the owner'], at: ['owned by me', 'that I own'] },
};

/** The parameters whose value may be the user's own thing on file, by what it is. */
const OWNED: readonly [RegExp, OnFile][] = [
  [/^(account_id|account_number|account|from_account_id|from_account|source_account_id|debit_account_id)$/, 'account'],
  [/^(payment_method_id|payment_method|card_id|source_card_id)$/, 'card'],
  [/^calendar_id$/, 'calendar'],
  [/^cart_id$/, 'cart'],
  [/^(policy_number|policy_id)$/, 'policy'],
  [/^(claim_number|claim_id)$/, 'claim'],
  [/^(player_id|player_profile_id)$/, 'player'],
  [/^(team_id|my_team_id)$/, 'team'],
  [/^league_id$/, 'league'],
  [/^order_id$/, 'order'],
  [/^(application_id|permit_application_id)$/, 'application'],
  [/^(msisdn|my_number|number_sid)$/, 'phone'],
  [/^(key_id|api_key_id)$/, 'key'],
  [/^(tracking_number|tracking_id)$/, 'parcel'],
  [/^course_id$/, 'course'],
  [/^practitioner_id$/, 'doctor'],
  [/^field_id$/, 'field'],
  [/^profile_id$/, 'profile'],
  [/^appointment_id$/, 'appointment'],
  [/^contract_id$/, 'contract'],
  [/^(owner_id|owned_by)$/, 'owner'],
];

const ownedByKey = new Map<string, OnFile | null>();

/** What a parameter (`key`, as named or snake_case) holds when its value is the user's own thing on file, or undefined. */
export function ownedField(key: string): OnFile | undefined {
  let f = ownedByKey.get(key);
  if (f === undefined) {
    const k = key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[-\s]+/g, '_').toLowerCase();
    f = OWNED.find(([re]) => re.test(k))?.[1] ?? null;
    if (ownedByKey.size < 20_000) ownedByKey.set(key, f);
  }
  return f ?? undefined;
}

/** How a system prompt states the things on file, on a line of its own: "On file: account 598445; card I96NS5S2". */
export function onFileLine(things: readonly (readonly [OnFile, string])[]): string {
  return `On file: ${things.map(([f, v]) => `${f} ${v}`).join('; ')}`;
}

const ON_FILE_LINE = /^On file: (.*)$/m;
const LABELS: ReadonlySet<string> = new Set(ON_FILE);

/** The things on file a system prompt states (read back from onFileLine's form). */
export function onFileIn(system: string): Partial<Record<OnFile, string>> {
  const m = ON_FILE_LINE.exec(system);
  const out: Partial<Record<OnFile, string>> = {};
  if (!m) return out;
  for (const part of m[1].split('; ')) {
    const [label, value] = part.split(' ');
    if (LABELS.has(label) && value) out[label as OnFile] = value;
  }
  return out;
}

const FIELD_OF = new Map<string, ProfileField>();
const ROLE_OF = new Map<string, 'to' | 'from' | 'at'>();
for (const [field, byRole] of Object.entries(PHRASES) as [ProfileField, Record<'to' | 'from' | 'at', readonly string[]>][]) {
  for (const [role, list] of Object.entries(byRole) as ['to' | 'from' | 'at', readonly string[]][]) {
    for (const p of list) {
      FIELD_OF.set(normalise(p), field);
      ROLE_OF.set(normalise(p), role);
    }
  }
}

/** The phrases for `field` in role `role`. */
export const profilePhrases = (field: ProfileField, role: 'to' | 'from' | 'at'): readonly string[] => PHRASES[field][role];

/** The part a profile phrase has the value play (a recipient, a sender, anything else), or undefined. */
export const profileRoleOf = (said: string): 'to' | 'from' | 'at' | undefined => ROLE_OF.get(normalise(said));

/** The profile field a phrase names (every phrase names one), or undefined. */
export const profileFieldOf = (said: string): ProfileField | undefined => FIELD_OF.get(normalise(said));

type Said = { readonly kind: string; readonly said: string; readonly parts?: Readonly<Record<string, Said>> };

/** Every profile phrase of a derivation and the value it stands for (parts of a nested one included). */
function profileSaid(d: Said, value: unknown, out: [string, unknown][]): void {
  if (d.kind === 'user-profile') out.push([d.said, value]);
  if (d.parts && value !== null && typeof value === 'object') for (const [k, p] of Object.entries(d.parts)) profileSaid(p, (value as Record<string, unknown>)[k], out);
}

/**
 * What a plan's calls take from the user's profile: whether a field of their world (their email,
 * city...), and the things on file with their values, as the system prompt states them.
 */
export function profileOfCalls(calls: readonly { readonly arguments: Readonly<Record<string, unknown>>; readonly derivations?: Readonly<Record<string, Said>> }[]): { world: boolean; onFile: [OnFile, string][] } {
  const said: [string, unknown][] = [];
  for (const c of calls) for (const [k, d] of Object.entries(c.derivations ?? {})) profileSaid(d, c.arguments[k], said);
  const onFile = new Map<OnFile, string>();
  let world = false;
  for (const [phrase, value] of said) {
    const field = FIELD_OF.get(normalise(phrase));
    if (field !== undefined && (ON_FILE as readonly string[]).includes(field)) onFile.set(field as OnFile, String(value));
    else world = true;
  }
  return { world, onFile: [...onFile] };
}
