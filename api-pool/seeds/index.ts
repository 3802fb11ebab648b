import type { SeedDomain } from '../types.js';
import { SEED_DOMAINS_A } from './index-a.js';
import { SEED_DOMAINS_B } from './index-b.js';

/** The built-in taxonomy: every domain with its subdomains and hand-written seed APIs. */
export const SEED_DOMAINS: readonly SeedDomain[] = [...SEED_DOMAINS_A, ...SEED_DOMAINS_B];
