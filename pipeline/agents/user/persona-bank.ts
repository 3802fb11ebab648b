/**
 * Who the user is, for the user model (LLM backend): a persona drawn from the item's seed out of
 * a bank of occupations (by the domain of the request where the bank has some), ages, levels of
 * expertise, tones and writing habits, with the language of the user's world. 193 occupations,
 * 6 ages, 3 expertise levels, 12 tones and 10 habits make 416,880 distinct people (the
 * README's figure, personaBankSize); two draws in three have a job of the request's domain (a
 * devops request mostly comes from someone who runs systems), the others any job (the request
 * is then their own business). The offline backend has its own scene-setting lines
 * (persona.ts); this bank only shapes how the model writes.
 */
import { Rng, subSeed } from '../../../core/rng.js';

export interface Persona {
  readonly occupation: string;
  readonly age: number;
  readonly expertise: 'new to this' | 'comfortable with it' | 'an expert';
  readonly tone: string;
  readonly habit: string;
  /** The language the user writes in (ISO 639-1) and their first language, when it is another. */
  readonly writes: string;
  readonly firstLanguage: string;
}

/** Occupations whose work makes requests of the domain natural. */
const BY_DOMAIN: Readonly<Record<string, readonly string[]>> = {
  finance: ['accountant', 'bookkeeper', 'small-business owner', 'financial analyst', 'retiree managing savings', 'payroll clerk', 'freelance designer'],
  travel: ['travel agent', 'consultant who travels weekly', 'flight attendant', 'student backpacker', 'event planner', 'sales manager'],
  weather: ['gardener', 'wedding planner', 'cyclist commuter', 'construction site manager', 'sailing instructor', 'farmer'],
  health: ['nurse', 'caregiver for a parent', 'pharmacist', 'physiotherapist', 'medical receptionist', 'new parent'],
  'e-commerce': ['online shop owner', 'customer-service agent', 'procurement officer', 'student on a budget', 'reseller', 'office manager'],
  messaging: ['team lead', 'community manager', 'school administrator', 'support agent', 'project manager'],
  calendar: ['executive assistant', 'project manager', 'freelance photographer', 'teacher', 'dentist with a busy practice'],
  maps: ['delivery driver', 'courier', 'real-estate agent showing homes', 'tourist', 'field technician'],
  sports: ['sports journalist', 'youth football coach', 'fantasy-league organiser', 'personal trainer', 'lifelong fan'],
  media: ['film-club organiser', 'film student', 'video editor', 'parent choosing a family film', 'critic'],
  devops: ['site reliability engineer', 'backend developer', 'platform engineer', 'on-call SRE', 'CTO of a startup', 'DevOps consultant'],
  science: ['PhD student', 'lab technician', 'research scientist', 'science teacher', 'data scientist'],
  education: ['teaching assistant', 'high-school teacher', 'university lecturer', 'parent helping with homework', 'tutor'],
  food: ['home cook', 'restaurant owner', 'food blogger', 'nutritionist', 'caterer'],
  'real-estate': ['first-time buyer', 'landlord', 'estate agent', 'property investor', 'tenant looking to move'],
  jobs: ['recruiter', 'hiring manager', 'graduate looking for work', 'career changer', 'HR generalist'],
  legal: ['paralegal', 'solicitor', 'law student', 'compliance officer', 'small-business owner reading a contract'],
  government: ['local journalist', 'city-council clerk', 'resident', 'policy researcher', 'community organiser'],
  automotive: ['mechanic', 'used-car buyer', 'fleet manager', 'electric-car owner', 'driving instructor'],
  energy: ['facilities manager', 'homeowner', 'energy consultant', 'building caretaker', 'solar installer'],
  agriculture: ['farmer', 'agronomist', 'vineyard manager', 'smallholder', 'agricultural student'],
  gaming: ['streamer', 'game reviewer', 'parent of a gamer', 'esports coach', 'casual player'],
  'social-media': ['social-media manager', 'content creator', 'marketing intern', 'brand strategist', 'influencer'],
  security: ['security analyst', 'IT administrator', 'penetration tester', 'CISO', 'help-desk technician'],
  telecom: ['call-centre manager', 'IT administrator', 'telecom engineer', 'office manager', 'frequent traveller'],
  insurance: ['claims adjuster', 'homeowner after a storm', 'insurance broker', 'driver after a fender-bender', 'small-business owner'],
  logistics: ['warehouse supervisor', 'shipping clerk', 'e-commerce seller', 'dispatcher', 'supply-chain analyst'],
  music: ['DJ', 'music teacher', 'playlist curator', 'guitarist in a band', 'music student'],
  news: ['newsletter writer', 'journalist', 'policy analyst', 'retired teacher who follows the news', 'student'],
  'home-automation': ['smart-home hobbyist', 'homeowner away on holiday', 'electrician', 'parent of young children', 'tech-savvy grandparent'],
};

/** Occupations for any request. */
const ANY: readonly string[] = [
  'software engineer', 'graphic designer', 'shop assistant', 'university student', 'retired engineer', 'electrician', 'plumber', 'architect',
  'librarian', 'barista', 'police officer', 'firefighter', 'social worker', 'translator', 'photographer', 'copywriter', 'marketing manager',
  'product manager', 'data analyst', 'civil servant', 'stay-at-home parent', 'dentist', 'veterinarian', 'pilot', 'chef', 'hairdresser',
  'musician', 'actor', 'carpenter', 'nurse', 'taxi driver', 'bank teller', 'receptionist', 'consultant', 'researcher', 'teacher',
  'logistics coordinator', 'HR manager', 'sales representative', 'entrepreneur', 'retiree', 'intern', 'operations manager', 'UX researcher',
];

const AGES = [19, 24, 31, 42, 56, 68] as const;
const EXPERTISE: readonly Persona['expertise'][] = ['new to this', 'comfortable with it', 'an expert'];
const TONES: readonly string[] = [
  'friendly and relaxed', 'brisk and to the point', 'formal and polite', 'chatty, gives a bit of context', 'a little stressed', 'warm and thankful',
  'matter-of-fact', 'curious', 'slightly impatient', 'careful and precise', 'cheerful', 'dry and understated',
];
const HABITS: readonly string[] = [
  'writes full sentences', 'writes in short fragments', 'often starts without a greeting', 'usually says please', 'writes all in lower case',
  'uses abbreviations like "pls" and "thx"', 'asks in the form of a question', 'puts the most important thing first', 'sometimes makes a small typo',
  'adds a short reason for asking',
];

/** The persona of an item's user: drawn from its seed, of the request's domain, writing in `writes` (the dialogue's language). */
export function personaOf(itemSeed: number, domain: string | undefined, writes: string, homeLanguage: string): Persona {
  const rng = new Rng(subSeed(itemSeed, 'user-persona'));
  const own = domain ? BY_DOMAIN[domain] : undefined;
  // Two in three users have a job of the domain; the others any job (the request is then their own business).
  const occupation = own && rng.next() < 2 / 3 ? rng.pick(own) : rng.pick(ANY);
  return {
    occupation,
    age: rng.pick(AGES),
    expertise: rng.pick(EXPERTISE),
    tone: rng.pick(TONES),
    habit: rng.pick(HABITS),
    writes,
    firstLanguage: homeLanguage,
  };
}

const LANGUAGE = new Intl.DisplayNames(['en'], { type: 'language' });
const languageName = (code: string): string => {
  try {
    return LANGUAGE.of(code) ?? code;
  } catch {
    return code;
  }
};

/** The persona in one line for the prompt. */
export function describePersona(p: Persona): string {
  const lang =
    p.writes !== 'en'
      ? `writes in ${languageName(p.writes)}`
      : p.firstLanguage !== 'en'
        ? `writes in English; first language ${languageName(p.firstLanguage)}`
        : 'writes in English';
  return `a ${p.age}-year-old ${p.occupation}, ${p.expertise} when it comes to software; tone: ${p.tone}; ${p.habit}; ${lang}`;
}

/** How many distinct personas the bank holds (for the README and its test). */
export function personaBankSize(): number {
  const occupations = new Set([...ANY, ...Object.values(BY_DOMAIN).flat()]).size;
  return occupations * AGES.length * EXPERTISE.length * TONES.length * HABITS.length;
}
