/** What values are drawn in: the public context callers pass, and the one generation carries inside a value. */
import type { ApiSpec } from '../../api-pool/types.js';
import type { ItemWorld } from '../../core/plan.js';
import type { Clock } from './dates.js';
import type { Scene } from './places.js';

/**
 * What a value is drawn in: the item's world (today, the user's locale) and the API whose
 * arguments or result it is (its domain, subdomain, name and description tell what a field
 * means). Both optional: without them values are plausible but not anchored.
 */
export interface ValueContext {
  readonly world?: ItemWorld;
  readonly api?: ApiSpec;
  /** Draw away from the user's own defaults (other cities, languages, currencies): the varied values of parallel calls. */
  readonly vary?: boolean;
  /** The value is (part of) a tool's result, not a call's arguments. Default: the value is the API's whole result. */
  readonly inResult?: boolean;
}

/** What a string is drawn in: the item's world and API, the object's places and dates, its key and siblings. */
export interface StringContext extends ValueContext {
  readonly scene: Scene;
  readonly clock: Clock;
  readonly inResult: boolean;
  readonly siblings: ReadonlySet<string> | undefined;
  /** Drawing the items of a list: each item object is a place of its own. */
  readonly listItem?: boolean;
}

