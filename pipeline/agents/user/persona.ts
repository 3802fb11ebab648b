/**
 * Who is asking and why, by the tool's domain: a sentence that sets the scene before a request
 * ("I'm planning a trip.") or a reason after it ("for my team's report"). Lines for reads and
 * for changes are kept apart, so nobody "just curious" deletes a policy. No line says a number,
 * a date word or a place: those would stand in for values the request must state itself (the
 * grounding rule reads "this week" as 7 and "now" as today).
 */

interface Personas {
  /** Scene-setting sentences for any request of the domain. */
  readonly any: readonly string[];
  /** Only before a request that changes something. */
  readonly write?: readonly string[];
  /** Only before a request that looks something up. */
  readonly read?: readonly string[];
}

const DOMAIN: Readonly<Record<string, Personas>> = {
  finance: { any: ["I'm going over my finances.", "I'm sorting out the money side of things for our small business.", "I help my parents with their banking."], read: ["I'm putting together numbers for my team's report.", "I'm keeping an eye on my investments."], write: ["I'm paying a few people back.", "I'm tidying up my accounts."] },
  travel: { any: ["I'm planning a trip.", "We're heading away for a long weekend.", "I'm organising travel for a work conference.", 'My parents are coming to visit.'], read: ["I'm comparing options before I commit to anything."], write: ["I've made up my mind about the trip."] },
  weather: { any: ["I'm planning an outdoor event.", "We're thinking about a hike.", "I'm trying to decide what to pack."], read: ["I've got washing on the line.", "I cycle to work and want to know what I'm in for."] },
  health: { any: ["I'm a nurse at a small clinic.", "I look after my elderly father's health admin.", "I'm helping a patient with their records."], read: ["I'm keeping track of my own health.", "My doctor asked me to keep an eye on this."], write: ["I'm sorting out an appointment for my mum."] },
  'e-commerce': { any: ['I run a small online shop.', "I'm doing some shopping.", "I'm handling customer orders."], read: ["I'm comparing a few things before I buy."], write: ['I want to get this order sorted.'] },
  messaging: { any: ["I'm coordinating a team.", "I'm handling our customer messages.", 'I need to get a message out.'], write: ['I need to let people know about a change of plans.'] },
  calendar: { any: ['My schedule is a mess.', "I'm organising a meeting for my team.", "I'm trying to get my diary in order."], write: ['Something came up and plans have changed.'] },
  maps: { any: ["I'm new to the area.", "I'm planning a route for a delivery run.", "I'm looking into getting around by bike."] },
  sports: { any: ["I'm a big fan.", "I'm running our office fantasy league.", "I coach a youth team and like to follow the pros."] },
  media: { any: ["We're planning a movie night.", "I'm looking for something to watch."], read: ["I'm writing a review for our film club."] },
  devops: { any: ["I'm on call.", 'Our deploy is misbehaving.', "I'm the on-call engineer for the platform team."], read: ["I'm digging into an alert."], write: ["We're rolling out a fix."] },
  science: { any: ["I'm working on a research project.", "I'm a grad student writing a literature review.", "I'm preparing a lab report."] },
  education: { any: [], read: ["I'm a teaching assistant.", "I'm helping my kid with school.", "I'm keeping track of a course I teach."] },
  food: { any: ["I'm cooking for friends.", "We're planning a dinner out.", "I'm trying to eat better."], write: ["It's my partner's birthday."] },
  'real-estate': { any: ["We're thinking about moving.", "I'm looking at buying my first home."], read: ["I'm a landlord checking on the market."] },
  jobs: { any: ["I'm job hunting.", "I'm hiring for my team.", "I'm thinking about a career change."] },
  legal: { any: ["I'm a paralegal.", "I'm researching a case for a client.", "I'm helping a friend with a legal question."] },
  government: { any: ["I'm a local resident.", "I'm dealing with some council paperwork."], read: ["I'm writing an article about our city council."], write: ["There's a problem in my neighbourhood."] },
  automotive: { any: ["I'm thinking about buying a used car.", 'My car needs some attention.', 'I drive an electric car.'] },
  energy: { any: ["I'm trying to cut our energy bill.", "I'm looking into solar panels.", "I manage a small building's utilities."] },
  agriculture: { any: ["I run a family farm.", "I'm an agronomist advising a few growers.", "We're planning the season on the farm."] },
  gaming: { any: ["I'm a big gamer.", 'My nephew is really into games.', "I run a gaming community."] },
  'social-media': { any: ["I manage our brand's social accounts.", "I'm a content creator."], read: ["I'm keeping up with what people are saying online."] },
  security: { any: ["I'm on the security team.", 'We might have been breached.', "I'm auditing our systems."], write: ["We're locking things down after an incident."] },
  telecom: { any: ["I'm sorting out our phone lines.", "I'm setting up numbers for a call centre.", "My phone bill looks off."] },
  insurance: { any: ["I'm reviewing my insurance.", "I've had a bit of an accident.", "I'm shopping around for cover."], write: ["I'm switching providers."] },
  logistics: { any: ['I ship products to customers.', "I'm sending a parcel.", "I handle shipping for a small warehouse."] },
  music: { any: ["I'm putting together music for a party.", 'I love discovering new music.', "I'm a DJ preparing a set."] },
  news: { any: ["I'm trying to keep up with the news."], read: ["I'm researching a story.", "I'm writing a newsletter."] },
  'home-automation': { any: ["I've got a smart home setup.", "I'm away from home at the moment.", "I'm tweaking my home automations."] },
};

const READ_ANY = ['Quick question.', 'Just curious.', "I'm trying to get some info.", 'Something I need to check.', "I'm helping a friend out."];
const WRITE_ANY = ["I'm doing some admin.", "I'm sorting a few things out.", 'I need to get this done.', "I'm finally getting round to this."];
/**
 * Reasons said after a request ("..., for my team's report."), by who the act is for: a domain
 * whose acts are someone's job (an incident, a deployment, a case) gets work reasons, a domain of
 * one's own life (a playlist, a 311 report, the home alarm) personal ones; a change gets no
 * reader's reason ("it's for a presentation" fits a look-up, not buying a shipping label).
 */
const REASONS_BY: Readonly<Record<Stance, { readonly read: readonly string[]; readonly write: readonly string[] }>> = {
  work: {
    read: ["it's for my team's report", "it's for a client", "it's for work", "it's for a presentation", "it's for a project I'm on", "I'm helping out a colleague"],
    write: ["it's for a client", "it's for work", 'my boss asked me to', "I'm helping out a colleague"],
  },
  own: {
    read: ["it's for my own records", 'a friend asked me', "it's for my mum", "I'm just trying to plan ahead"],
    write: ["it's for my mum", "I've been meaning to do it for ages", "I'm doing it for a friend"],
  },
  either: {
    read: ["it's for my own records", "it's for work", 'a friend asked me', "it's for a project I'm on"],
    write: ["it's for work", "I'm helping out a colleague", "I've been meaning to do it for ages"],
  },
};
export type Stance = 'work' | 'own' | 'either';
const STANCE: Readonly<Record<string, Stance>> = {
  devops: 'work', security: 'work', science: 'work', legal: 'work', logistics: 'work', 'social-media': 'work', telecom: 'work', jobs: 'work', agriculture: 'work',
  weather: 'own', food: 'own', music: 'own', media: 'own', gaming: 'own', 'home-automation': 'own', travel: 'own', health: 'own', automotive: 'own',
  insurance: 'own', 'real-estate': 'own', government: 'own', 'e-commerce': 'own', sports: 'own',
};

/** Every reason a request may end with, in any domain (for tests and the README). */
export const REASONS: readonly string[] = [...new Set(Object.values(REASONS_BY).flatMap((r) => [...r.read, ...r.write]))];

/** Whose business the acts of `domain` mostly are: someone's job, one's own life, or either. */
export const stanceOf = (domain: string): Stance => STANCE[domain] ?? 'either';

/** The reasons that fit a request of `domain` (`writes`: it changes something). */
export function reasonsFor(domain: string, writes: boolean): readonly string[] {
  const r = REASONS_BY[STANCE[domain] ?? 'either'];
  return writes ? r.write : r.read;
}

/** Scene lines for acts done as someone's job, by the act's verb: grading is a teacher's, whatever else the domain holds. */
const BY_ACT: readonly (readonly [RegExp, readonly string[]])[] = [
  [/^(grade|mark|score|assess)_/, ["I'm a teaching assistant.", "I'm catching up on grading.", "I'm keeping track of a course I teach."]],
];

/** A scene-setting sentence for a request of `domain`; `writes` when the request changes something; `act` the tool's name. */
export function personaLines(domain: string, writes: boolean, act = ''): readonly string[] {
  const byAct = BY_ACT.find(([re]) => re.test(act));
  if (byAct) return byAct[1];
  const key = `${domain}\u0000${writes}`;
  let lines = cache.get(key);
  if (!lines) {
    const p = DOMAIN[domain];
    const own = p ? [...p.any, ...((writes ? p.write : p.read) ?? [])] : [];
    lines = own.length >= 3 ? own : [...own, ...(writes ? WRITE_ANY : READ_ANY)];
    if (cache.size < 1000) cache.set(key, lines);
  }
  return lines;
}
const cache = new Map<string, readonly string[]>();
