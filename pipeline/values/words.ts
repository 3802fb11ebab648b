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
const PRODUCT_NAMES = words(
  'Aero Pro 2|Nimbus Runner|Barista Mini|Flex Desk 120|Zen Mat|Quill K8|Storm Shell|Crisp XL|Loop Buds|Trail 35|Pulse Watch S|Forge Skillet|Halo Lamp|Spark Charger|Glow Cream',
);
export const INSURERS = words('Aetna|Cigna|Allianz|AXA|Blue Cross|UnitedHealthcare|Humana|Kaiser');
/**
 * n distinct values of `gen` under a fixed faker seed, keeping only plain ones: letters,
 * digits, spaces and - , . & (no apostrophes or quotes), at most 40 characters.
 */
export function fakerTable(seed: number, n: number, gen: () => string, extra: readonly string[] = []): readonly string[] {
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
