/**
 * The word lists values are drawn from: our own, widened once at load with tables drawn from
 * @faker-js/faker (people, companies, products, streets, job titles) under a fixed seed. Faker
 * is not called per item: re-seeding it costs ~35 µs, more than a third of an item's budget.
 * Its values that a user could not state verbatim (apostrophes, quotes, O'Keefe) are dropped.
 * (The tables depend on the faker version in package-lock.json: a faker upgrade can change
 * generated values, not their validity.)
 */
import { faker } from '@faker-js/faker/locale/en';
import type { Rng } from '../../core/rng.js';

const words = (s: string): readonly string[] => s.split('|');

export const CITIES = words(
  'Lyon|Paris|Berlin|Madrid|Lisbon|Rome|Vienna|Prague|Oslo|Stockholm|Dublin|Amsterdam|Brussels|Zurich|Munich|Barcelona|Seattle|Boston|Chicago|Denver|Austin|Toronto|Vancouver|Montreal|Tokyo|Osaka|Seoul|Singapore|Sydney|Melbourne|Auckland|Nairobi|Cape Town|Cairo|Istanbul|Athens|Warsaw|Budapest|Helsinki|Copenhagen|Edinburgh|Manchester|Porto|Seville|Marseille|Nice|Hamburg|Milan|Naples|Krakow|Mexico City|Lima|Bogota|Santiago|Buenos Aires|Sao Paulo|Mumbai|Bangalore|Hanoi|Bangkok',
);
export const AIRPORTS = words('JFK|LAX|SFO|ORD|ATL|SEA|BOS|MIA|DEN|YYZ|LHR|CDG|FRA|AMS|MAD|BCN|FCO|MUC|ZRH|VIE|CPH|OSL|ARN|DUB|LIS|IST|DXB|DOH|SIN|HND|NRT|ICN|SYD|MEL|GRU|MEX');
export const COUNTRIES = words(
  'France|Germany|Spain|Italy|Portugal|Japan|Canada|Brazil|India|Australia|Mexico|Kenya|Egypt|Norway|Sweden|Ireland|Netherlands|Switzerland|Thailand|Vietnam|South Korea|New Zealand|Argentina|Chile|Peru|Morocco|Turkey|Greece|Poland|United States|United Kingdom',
);
export const COUNTRY_CODES = words('US|GB|FR|DE|ES|IT|PT|JP|CA|BR|IN|AU|MX|NL|SE|NO|IE|CH|KR|NZ');
export const CURRENCIES = words('USD|EUR|GBP|JPY|CHF|CAD|AUD|SEK|NOK|INR|BRL|MXN|KRW|SGD');
export const TICKERS = words('AAPL|MSFT|GOOGL|AMZN|TSLA|NVDA|META|IBM|ORCL|NFLX|AMD|INTC|SAP|SHOP|UBER|ADBE|CRM|DIS|KO|PEP');
const FIRST = words(
  'Anna|Liam|Sofia|Noah|Maya|Lucas|Chloe|Omar|Elena|Hugo|Yuki|Priya|Mateo|Lena|Ines|Jonas|Amara|Felix|Nora|Diego|Clara|Ravi|Zoe|Leo|Mina|Tomas|Aisha|Emil|Sara|Kenji',
);
const LAST = words(
  'Martin|Kim|Garcia|Novak|Rossi|Schmidt|Dubois|Silva|Tanaka|Patel|Johnson|Nguyen|Larsen|Costa|Fischer|Moreau|Ahmed|Lopez|Weber|Ivanova|Okafor|Berg|Santos|Khan|Murphy|Meyer|Haddad|Sato|Eriksen|Bianchi',
);
export const MAIL_DOMAINS = words('example.com|example.org|mail.example.net|acme.io|northwind.dev|contoso.com');
const STREETS = words(
  'Maple Avenue|Oak Street|Rue Victor Hugo|Elm Road|High Street|Baker Street|Calle Mayor|Market Street|Park Lane|River Road|Station Road|Hauptstrasse|Via Roma|Church Street|Mill Lane|King Street',
);
export const PRODUCT_QUERIES = words(
  'wireless headphones|running shoes|espresso machine|standing desk|yoga mat|mechanical keyboard|waterproof jacket|air fryer|kids bike helmet|noise cancelling earbuds|hiking backpack|smart watch|cast iron pan|LED desk lamp|board games|electric toothbrush|winter gloves|phone charger|graphic novels|face moisturizer',
);
const PRODUCT_NAMES = words(
  'Aero Pro 2|Nimbus Runner|Barista Mini|Flex Desk 120|Zen Mat|Quill K8|Storm Shell|Crisp XL|Orbit Buds|Trail 35|Pulse Watch S|Forge Skillet|Halo Lamp|Spark Charger|Glow Cream',
);
export const PLACE_NAMES = words(
  'Blue Door Cafe|Green Leaf Pharmacy|Casa Lucia|The Copper Pot|Northside Market|City Museum|Le Petit Jardin|Sunrise Bakery|Harbor Grill|Old Town Pharmacy|Corner Espresso|Golden Dragon|Riverside Bistro|Station Deli',
);
export const HOTELS = words('Hotel Lumiere|Grand Central Hotel|Harbor View Inn|The Linden|Park Plaza|Casa del Sol|Nordic Lodge|The Meridian|Old Mill Hotel|Skyline Suites');
export const AIRLINES = words('Air France|Lufthansa|Delta|United|KLM|Iberia|British Airways|Emirates|ANA|Qantas|SAS|TAP Portugal');
export const CARRIERS = words('UPS|DHL|FedEx|USPS|La Poste|DPD|GLS|Royal Mail');
export const INSURERS = words('Aetna|Cigna|Allianz|AXA|Blue Cross|UnitedHealthcare|Humana|Kaiser');
export const LANGUAGES = words('English|French|Spanish|German|Italian|Portuguese|Japanese|Mandarin|Arabic|Hindi|Korean|Dutch');
export const EVENT_TITLES = words(
  'Quarterly planning review|Team standup|Design sync|Budget meeting|Product demo|Interview with a candidate|One on one|Sprint retro|Client call|Board prep|Lunch with the sales team|Roadmap workshop|Dentist appointment|Yoga class',
);
export const SUBJECTS = words(
  'Project update for Friday|Invoice for March|Meeting notes|Welcome aboard|Schedule change|Quick question about the report|Travel plans|Contract draft|Reminder about the deadline|Thanks for your help',
);
export const SENTENCES = words(
  'Running ten minutes late, start without me|The report is attached, please review it by Thursday|Can we move our call to next week|Dinner is booked for eight people|Please bring the signed contract tomorrow|Your package has arrived at the front desk|The meeting room changed to the third floor|Happy birthday, have a great day|I will send the slides tonight|Meet me at the station at noon|The flight lands at six, see you at arrivals|Please confirm the budget numbers before Monday',
);
export const STEPS = words(
  'Head north on Main Street|Turn left onto Park Lane|Continue straight for 2 km|Take the second exit at the roundabout|Turn right at the station|Keep left at the fork|Arrive at your destination on the right',
);
export const REASONS = words('Schedule conflict|The speaker is ill|Moved to next quarter|No longer needed|Room unavailable|Budget freeze');
export const NOUNS = words('alpha|delta|orbit|harbor|summit|cedar|falcon|meadow|aurora|beacon|comet|ember|glacier|lumen|nova|pioneer|quartz|ridge|sierra|tundra');
/**
 * n distinct values of `gen` under a fixed faker seed, keeping only plain ones: letters,
 * digits, spaces and - , . & (no apostrophes or quotes), at most 40 characters.
 */
function fakerTable(seed: number, n: number, gen: () => string, extra: readonly string[] = []): readonly string[] {
  faker.seed(seed);
  const out = new Set<string>(extra);
  for (let i = 0; i < n * 3 && out.size < n + extra.length; i++) {
    const v = gen().replace(/\s+/g, ' ').trim();
    if (v.length > 0 && v.length <= 40 && /^[A-Za-z0-9][A-Za-z0-9 ,.&-]*$/.test(v) && !/\b(PhD|MD|DDS|DVM|Jr|Sr|II|III|IV|V|Mr|Mrs|Ms|Miss|Dr)\.?$/.test(v)) out.add(v);
  }
  return [...out];
}
export const FAKE_FIRST = fakerTable(101, 200, () => faker.person.firstName(), FIRST);
export const FAKE_LAST = fakerTable(102, 200, () => faker.person.lastName(), LAST);
export const COMPANIES = fakerTable(103, 150, () => faker.company.name());
export const FAKE_PRODUCTS = fakerTable(104, 100, () => faker.commerce.productName(), PRODUCT_NAMES);
export const FAKE_STREETS = fakerTable(105, 100, () => faker.location.street(), STREETS);
export const JOB_TITLES = fakerTable(106, 100, () => faker.person.jobTitle());
export const DEPARTMENTS = fakerTable(107, 40, () => faker.commerce.department());
export const GENRES = fakerTable(108, 60, () => faker.music.genre());

/** A word of `list`, drawn with one step of `rng`. */
export const pick = (rng: Rng, list: readonly string[]): string => list[Math.floor(rng.next() * list.length)];
