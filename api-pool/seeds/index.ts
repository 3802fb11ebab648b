/**
 * The built-in taxonomy as a value, read when this module loads: for tests and scripts. The
 * CLI's code calls seedDomains() (./load.ts) instead, when a command needs the seeds, so that a
 * bad seed file is reported by that command and does not stop every command from starting.
 */
import type { SeedDomain } from '../types.js';
import { seedDomains } from './load.js';

/** The built-in taxonomy: every domain with its subdomains and hand-written seed APIs. */
export const SEED_DOMAINS: readonly SeedDomain[] = seedDomains();
