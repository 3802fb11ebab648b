import type { SeedDomain } from '../types.js';
import { domain as jobs } from './jobs.js';
import { domain as legal } from './legal.js';
import { domain as government } from './government.js';
import { domain as automotive } from './automotive.js';
import { domain as energy } from './energy.js';
import { domain as agriculture } from './agriculture.js';
import { domain as gaming } from './gaming.js';
import { domain as socialMedia } from './social-media.js';
import { domain as security } from './security.js';
import { domain as telecom } from './telecom.js';
import { domain as insurance } from './insurance.js';
import { domain as logistics } from './logistics.js';
import { domain as music } from './music.js';
import { domain as news } from './news.js';
import { domain as homeAutomation } from './home-automation.js';

/** Second half of the built-in taxonomy (15 domains), each with hand-written seed APIs. */
export const SEED_DOMAINS_B: readonly SeedDomain[] = [
  jobs,
  legal,
  government,
  automotive,
  energy,
  agriculture,
  gaming,
  socialMedia,
  security,
  telecom,
  insurance,
  logistics,
  music,
  news,
  homeAutomation,
];
