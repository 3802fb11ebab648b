/** Call categories (BFCL/ToolACE/When2Call taxonomy, DESIGN.md). */
export const CATEGORIES = [
  'single',
  'multiple',
  'parallel',
  'parallel-multiple',
  'dependent',
  'nested',
  'irrelevance',
  'clarification',
  'multi-turn',
  'safety',
] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * What a job's mix may hold: the call categories, and "code" (code-interpreter trajectories:
 * the assistant writes Python, the sandbox runs it, the answer is checked; pipeline/code/).
 */
export const JOB_CATEGORIES = [...CATEGORIES, 'code'] as const;
export type JobCategory = (typeof JOB_CATEGORIES)[number];

/** Where an argument's value comes from when it is not stated by the user (dependent calls). */
export interface ValueSource {
  /** Index (in `ItemPlan.calls`) of the earlier call whose result holds the value. */
  readonly call: number;
  /** Dotted path of the field in that call's result, e.g. "flights.0.flight_id". */
  readonly field: string;
  /**
   * The entity the value is, the same in the result and in the argument ("event id", "flight
   * offer id", "city"): chains join only values of one kind in one system. Absent in plans
   * written by hand or read from other datasets.
   */
  readonly kind?: string;
}

/**
 * How a reader gets from the user's words to an argument's value when the user implies it
 * instead of stating it: a date relative to today ("next Friday"), a code from a real table
 * ("Tokyo" for its airport, time zone or currency; "Germany" for DE; "French" for fr;
 * "Apple" for AAPL, "Frankfurt" for the cloud region eu-central-1; "Lyon" for the latitude or
 * longitude of its centre; "Dota 2" for its store app id 570), a number in words ("two"), another unit ("5 miles" for 8.05 km), a
 * field of an earlier result ("the first one"), a value of an earlier turn's call ("the
 * same account"), a yes/no argument by a phrase that carries it ("nonstop only", "without
 * notifying anyone": flag-words), or an enum code by its words ("turn on" for turn_on:
 * enum-words), a value of the user's own profile by "my" ("to me" for their email, "in my
 * city": user-profile, read from the profile the system prompt states). An object or a list of
 * objects whose fields the user implies one by one
 * ("a room for two adults from this Friday") is nested: its parts say how.
 */
export const DERIVATION_KINDS = [
  'relative-date',
  'spelled-number',
  'unit-conversion',
  'company-ticker',
  'city-airport',
  'city-timezone',
  'city-currency',
  'city-country',
  'city-coordinates',
  'game-app',
  'country-code',
  'state-code',
  'language-code',
  'currency-code',
  'cloud-region',
  'previous-result',
  'previous-turn',
  'flag-words',
  'enum-words',
  'user-profile',
  'nested',
] as const;
export type DerivationKind = (typeof DERIVATION_KINDS)[number];

/** An argument value the user implies: what they say instead of it, and how it gives the value. */
export interface Derivation {
  readonly kind: DerivationKind;
  /** The user's exact words for the value ("next Friday", "Tokyo", "the first one", "five"). */
  readonly said: string;
  /** previous-result: the dotted path of the field in the earlier result ("flights.0.flight_id"). */
  readonly from?: string;
  /**
   * A list value: the words for each item in order (`said` is them as one phrase, "English and
   * Arabic"). An item may be said as the value itself (an enum code's own words) when another
   * item of the list is implied.
   */
  readonly items?: readonly string[];
  /**
   * nested: the derivations of the fields (by name) or items (by index) of an object or list
   * value that the user implies; `said` is empty, each part has its own words. The other fields
   * are stated as they are.
   */
  readonly parts?: Readonly<Record<string, Derivation>>;
}

/** A hidden ground-truth call of the plan (answer first, as APIGen does). */
export interface PlannedCall {
  readonly name: string;
  readonly arguments: Readonly<Record<string, unknown>>;
  /** The user turn (0-based) that leads to this call; multi-turn items have several. Default 0. */
  readonly turn?: number;
  /** Assistant step within the turn (0-based): dependent calls come in a later step than their source. Default 0. */
  readonly step?: number;
  /** Arguments whose values come from an earlier call's result, not from the user. */
  readonly dependsOn?: Readonly<Record<string, ValueSource>>;
  /**
   * A planned tool error the tool agent returns for this call: an identifier the service does not
   * know or rejects, or the service unavailable (a call about a real code or a schema's choice).
   */
  readonly error?: 'invalid-input' | 'not-found' | 'unavailable';
  /**
   * Arguments the user implies rather than states, by key: the user says `said` and the value
   * follows (the grounding rule recomputes it). Absent keys are stated verbatim (or come from
   * `dependsOn`); an optional argument left to its default is not in `arguments` at all.
   */
  readonly derivations?: Readonly<Record<string, Derivation>>;
}

/**
 * The small world an item happens in, drawn from its seed before anything else: the day it is,
 * where the user is and who they are. Argument values, the user's words and the tools' results
 * are drawn from it, so they agree with each other (pipeline/world/).
 */
export interface ItemWorld {
  /** Today in the dialogue, YYYY-MM-DD; the system prompt states it. */
  readonly today: string;
  readonly locale: {
    readonly city: string;
    /** ISO 3166-1 alpha-2 */
    readonly country: string;
    readonly countryName: string;
    /** US cities: the state's code. */
    readonly state?: string;
    /** ISO 4217 */
    readonly currency: string;
    /** ISO 639-1 */
    readonly language: string;
    /** IANA */
    readonly timeZone: string;
    readonly units: 'metric' | 'imperial';
    readonly lat: number;
    readonly lon: number;
  };
  readonly user: { readonly firstName: string; readonly lastName: string; readonly email: string };
}

/** A world for plans made outside the planner (hand-written corpora, plans read from other datasets). */
export const FIXED_WORLD: ItemWorld = Object.freeze({
  today: '2025-06-02',
  locale: Object.freeze({ city: 'Lyon', country: 'FR', countryName: 'France', currency: 'EUR', language: 'fr', timeZone: 'Europe/Paris', units: 'metric', lat: 45.764, lon: 4.8357 }),
  user: Object.freeze({ firstName: 'Anna', lastName: 'Martin', email: 'anna.martin@example.com' }),
}) as ItemWorld;

/** Everything decided about an item before any text is written. */
export interface ItemPlan {
  /** The item's world: today, the user's locale, the user. */
  readonly world: ItemWorld;
  readonly idx: number;
  readonly seed: number;
  readonly category: Category;
  readonly difficulty: number;
  /** 'train', or 'test' for items built only from tools held out of training (unseen split). */
  readonly split: string;
  /** Names of the tools shown to the assistant, in the order shown (targets and distractors). */
  readonly tools: readonly string[];
  /** Names of the tools the request is about (for irrelevance: the fitting tool, not shown). */
  readonly targets: readonly string[];
  /** Ground-truth calls, in order; empty for irrelevance and refused safety items. */
  readonly calls: readonly PlannedCall[];
  readonly domains: readonly string[];
  /** Number of user turns (1, or 2 to 4 for multi-turn; clarification and confirmation add one). */
  readonly turns: number;
  /** Clarification: the required argument the first request leaves out (the user gives it when asked). */
  readonly withheld?: { readonly call: number; readonly argument: string };
  /** Safety: 'refuse' a harmful request (no call), or 'confirm' before a destructive/costly call. */
  readonly safety?: 'refuse' | 'confirm';
}

/** Where an item is in the job: planned and waiting, claimed, or resolved one of three ways. */
export const ITEM_STATUSES = ['pending', 'running', 'accepted', 'rejected', 'failed'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
