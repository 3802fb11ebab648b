/**
 * Enum codes as people say them instead of writing the code: a sort order by what the order is
 * called ("cheapest first" for price_asc, "newest first" for date_desc), and the everyday words
 * for common codes ("sci-fi" for science_fiction, "autumn" for fall, "by car" for driving,
 * "declining it" for declined, "with my usual card" for saved_card, "all-wheel drive" for AWD).
 * A code written out ("american football" for american_football) is no derivation: it is the
 * value, stated.
 *
 * The planner has the user say them (a derivation of kind enum-words), the grounding rule reads
 * them back, recorded or not: a phrase gives a code only when no other code of the same enum
 * has it. Phrases marked as clauses stand alone in a request ("..., by car"); the others take
 * the value's place in its clause ("in the sci-fi genre").
 */
import { normalise } from './normalise.js';

/** Sort fields by what their order is called, lowest first and highest first. */
const ORDERS: readonly [RegExp, string, string][] = [
  [/^(price|cost|fare|amount)$/, 'cheapest first', 'most expensive first'],
  [/^(date|created|created_at|published|published_at|updated|updated_at|submitted_date|time|timestamp)$/, 'oldest first', 'newest first'],
  [/^(rating|stars|score)$/, 'lowest rated first', 'highest rated first'],
  [/^(distance)$/, 'nearest first', 'farthest first'],
];
const ORDER_CODE = /^(.+?)[_-](asc|desc|low|high|lowest|highest)$/;

/** The words for a sort-order code ("cheapest first" for price_asc), or undefined. */
function orderPhrase(c: string): string | undefined {
  if (c === 'asc') return 'ascending';
  if (c === 'desc') return 'descending';
  if (c === 'most_recent' || c === 'newest_first') return 'newest first';
  if (c === 'highest_rating' || c === 'top_rated') return 'highest rated first';
  if (c === 'lowest_rating') return 'lowest rated first';
  const m = ORDER_CODE.exec(c);
  if (!m) return undefined;
  const high = /^(desc|high|highest)$/.test(m[2]);
  const o = ORDERS.find(([re]) => re.test(m[1]));
  if (o) return high ? o[2] : o[1];
  return /^[a-z]+$/.test(m[1]) ? `${high ? 'highest' : 'lowest'} ${m[1]} first` : undefined;
}

/**
 * Everyday words for common codes, by the code in lower case: "|" between ways, "+" before a
 * clause that stands alone. Only words that name the code whatever the parameter ("high" is no
 * word for a priority here, since it also names a rating), or, before a dot, for one parameter
 * only ("hvac_mode.dry": "dehumidifying", where a road surface's "dry" is no such thing).
 */
const WORDS = `
science_fiction: sci-fi | science-fiction
comedy: comic
animation: animated
ketogenic: keto
vegetarian: veggie
fall: autumn
movie: film
tv: TV series | TV show
ice_hockey: hockey
accepted: +accepting it | +saying I'll be there
declined: +declining it | +saying I can't make it
tentative: +as a maybe | +tentatively
saved_card: +with my usual card | +with the card I have on file
original_payment_method: +back to the card I paid with | +to the original card
driving: +by car | +driving there
walking: +on foot | +walking
cycling: +by bike | +cycling
transit: +by public transport | +by bus or train
awd: all-wheel drive
4wd: four-wheel drive
fwd: front-wheel drive
rwd: rear-wheel drive
dev: development
prod: production
nation: national | the whole country
fan_only: just the fan
once_daily: +once a day
twice_daily: +twice a day
three_times_daily: +three times a day
as_needed: +only when needed
daily: every day
weekly: every week
monthly: every month
hourly: every hour
annual: once a year | yearly
1d: daily
1wk: weekly
1mo: monthly
public: +for everyone to see | +visible to everyone
private: +just for me | +only visible to me
unlisted: +only for people with the link
reader: +with view-only access | +read-only
writer: +with edit access | +able to edit
free_busy_reader: +seeing only when I'm free or busy
this_event: +just this one occurrence
this_and_following: +this one and all later ones
all_events: +the whole series
phonetic: +that sound alike | +sounding similar
fuzzy: +close matches too
exact: +exact matches only
credit: incoming | money coming in
debit: outgoing | money going out
no_preference: +any table is fine | +wherever's free
economy: coach | economy class
premium_economy: premium economy class
nyse: the New York Stock Exchange
lse: the London Stock Exchange
tse: the Tokyo Stock Exchange
epl: the Premier League | the English Premier League
ucl: the Champions League
ipl: the Indian Premier League
laliga: La Liga
seriea: Serie A
ligue1: Ligue 1
nba: the National Basketball Association
nhl: the National Hockey League
usps: the US Postal Service | the Postal Service
uspto: the US patent office
euipo: the EU trademark office
tbsp: tablespoons | tablespoon
tsp: teaspoons | teaspoon
ml: milliliters | millilitres
kg: kilograms | kilos
g: grams
oz: ounces
lb: pounds
l: liters | litres
gal: gallons
c: Celsius
f: Fahrenheit
temporary: temp
ta: teaching assistant
onsite: in person
in_person: face to face
video: video call
phone_screen: quick phone call
annual_physical: yearly checkup | annual checkup
new_patient: +as a new patient
follow_up: +as a follow-up
requested_by_customer: +because the customer asked for it
fraudulent: +because it looks like fraud | +as fraud
duplicate: +because it was charged twice
changed_mind: +because I changed my mind
wrong_size: the wrong size | +because it doesn't fit
defective: faulty | +because it's faulty
arrived_late: late | +because it came late
wrong_item: the wrong item | +because they sent the wrong thing
not_as_described: not what was described
compromised: +because it was leaked
unused: +since nobody uses it anymore
employee_offboarding: +because the employee is leaving
next: +skip to the next track
previous: +go back a track
pause: +pause the music
new_construction: a new build
addition: an extension
urgent: +as an urgent visit
hvac_mode.heat: heating
hvac_mode.cool: cooling | air conditioning
hvac_mode.dry: dehumidifying
transmission.manual: stick shift
transmission.automatic: an automatic
sev1: critical
sev2: high
sev3: medium
sev4: low
malware: a virus
data_exfiltration: data theft
ddos: a denial-of-service attack
insider: an insider threat
unauthorized_access: a break-in
sex.male: a man
sex.female: a woman
beginner: +for beginners
intermediate: +for intermediate learners
advanced: +for advanced learners
contract: contractor
ice: icy roads
granularity.hour: hourly
granularity.day: daily
granularity.week: weekly
granularity.month: monthly
granularity.year: yearly
aggregation.hour: hourly
aggregation.day: daily
aggregation.week: weekly
aggregation.month: monthly
interval.hour: hourly
interval.day: daily
interval.week: weekly
interval.month: monthly
short_answer: short answers
true_false: true or false
fill_in_blank: fill in the blanks
hypertension: high blood pressure
copd: chronic lung disease
heart_disease: a heart condition
accepted_other_offer: +because I took another offer
brent_crude: Brent oil
regular_gasoline: regular petrol
natural_gas_henry_hub: Henry Hub gas
updated_at: last update
precipitation_probability: the chance of rain
j1772: Type 1
recurrence.none: +just once
priority.high: +urgently | +as a priority
priority.low: +no rush | +whenever there's time
priority.normal: +at the usual pace
status.closed: finished
all_time: +of all time
sort_by.in_stock: availability
sort_by.name: +alphabetically
order_by.name: +alphabetically
sort_by.title: +alphabetically by title
order_by.citation_count: +most cited first
order_by.magnitude: +strongest first
status.active: ongoing
on_hold: paused
sms: text message
csv: a spreadsheet
xlsx: an Excel file
popup: pop-up notification | pop-up
turn_on: switch on
turn_off: switch off
toggle: flip
qb: quarterback
rb: running back
wr: wide receiver
te: tight end
dst: defense
ip: IP address
sha256: SHA-256 hash
culture: culture fit
homeowners_ho3: homeowners insurance
condo_ho6: condo insurance
renters_ho4: renters insurance
full_coverage: full cover
state_minimum: the legal minimum cover
water_damage: a leak
weather: storm damage
streetlight_out: a broken streetlight
missed_collection: a missed bin collection
illegal_dumping: fly-tipping
abandoned_vehicle: an abandoned car
tree_hazard: a dangerous tree
online_url: +as a link | +by sending a link
online_upload: +as a file upload | +by uploading a file
online_text_entry: +typed straight into the box
sunshine_duration: hours of sunshine
snowfall_sum: total snowfall
temperature_max: daily highs | the high temperature
temperature_min: daily lows | the low temperature
precipitation_sum: total rainfall | total precipitation
wind_speed_max: top wind speed
metric: +in kilometres and Celsius | +in metric units
imperial: +in miles and Fahrenheit | +in imperial units
battery_replacement: a new battery
wheel_alignment: an alignment
tire_rotation: rotating the tyres | a tyre rotation
ac_service: an air-con service
annual_inspection: the yearly inspection
oil_change: fresh oil
canonical_smiles: the SMILES string
xlogp: logP
h_bond_donors: hydrogen bond donors
h_bond_acceptors: hydrogen bond acceptors
tpsa: polar surface area
molecular_weight: molar mass
card: cards | credit cards
sepa_debit: SEPA direct debit
images: pictures | photos
credits: the cast and crew
correction: +to correct a mistake
promotion: +for a promotion
switched_carrier: +because I switched to another insurer
relocation: +because I'm moving
damaged: broken on arrival | +because it arrived broken
collision: a crash | a car crash
theft: a break-in | something stolen
en-us: American English
en-gb: British English
pt-br: Brazilian Portuguese
es-mx: Mexican Spanish
fr-ca: Canadian French
caller_name: the caller's name
gym: a fitness center | a fitness room
pet_friendly: pets allowed
pool: a swimming pool
wifi: Wi-Fi
due_at: due date
published_at: publication date
submitted_date: submission date
last_updated: last update
playtime_total: total playtime
playtime_recent: recent playtime
last_played: last played date
ccs1: CCS Type 1
ccs2: CCS Type 2
push: push notification | push notifications
4x6: 4 by 6 inches
4x8: 4 by 8 inches
condo: a condominium

`;

interface Way {
  readonly said: string;
  readonly clause: boolean;
}

const WAYS = new Map<string, readonly Way[]>();
for (const line of WORDS.trim().split('\n')) {
  const [code, ways] = line.split(': ');
  WAYS.set(code, ways.split(' | ').map((w) => ({ said: w.replace(/^\+/, ''), clause: w.startsWith('+') })));
}
/** Normalised phrases that stand alone in a request. */
const CLAUSES = new Set([...WAYS.values()].flat().filter((w) => w.clause).map((w) => normalise(w.said)));

/**
 * The ways people say enum code `code` of parameter `param` (snake_case) instead of writing it
 * (empty when it has none); `clauses`: with the ones that stand alone.
 */
export function enumWays(code: string, clauses = true, param = ''): readonly string[] {
  const c = code.toLowerCase();
  const order = orderPhrase(c);
  const ways = [...(WAYS.get(`${param}.${c}`) ?? []), ...(WAYS.get(c) ?? [])];
  const words = ways.filter((w) => clauses || !w.clause).map((w) => w.said);
  return order === undefined ? words : [order, ...words];
}

/** Whether `said` (enum words) stands alone in a request: a sort order ("cheapest first") or a clause ("by car"). */
export function standsAlone(said: string): boolean {
  const s = normalise(said);
  return / first$/.test(s) || CLAUSES.has(s);
}

/** The normalised ways of a code of a parameter, worked out once (codes and parameters recur from item to item). */
const normalisedWays = new Map<string, ReadonlySet<string>>();
function waysOf(code: string, param: string): ReadonlySet<string> {
  const k = `${param}\u0000${code}`;
  let w = normalisedWays.get(k);
  if (!w) {
    w = new Set(enumWays(code, true, param).map(normalise));
    if (normalisedWays.size > 20_000) normalisedWays.clear();
    normalisedWays.set(k, w);
  }
  return w;
}

/** What `enumValueOf` found, by the enum (its array) and the parameter and words. */
const found = new WeakMap<readonly unknown[], Map<string, string | undefined>>();

/**
 * The value of `choices` (an enum) a user saying `said` means: the one code with `said` among
 * its ways (as normalised), when no other code of the enum has it and it is not a code itself.
 */
export function enumValueOf(choices: readonly unknown[], said: string, param = ''): string | undefined {
  let memo = found.get(choices);
  if (!memo) found.set(choices, (memo = new Map()));
  const key = `${param}\u0000${said}`;
  if (memo.has(key)) return memo.get(key);
  const v = valueOf(choices, normalise(said), param);
  if (memo.size < 200) memo.set(key, v);
  return v;
}

function valueOf(choices: readonly unknown[], s: string, param: string): string | undefined {
  if (s === '') return undefined;
  let hit: string | undefined;
  for (const c of choices) {
    if (typeof c !== 'string') continue;
    if (normalise(c) === s) return undefined;
    if (!waysOf(c, param).has(s)) continue;
    if (hit !== undefined) return undefined;
    hit = c;
  }
  return hit;
}
