/**
 * First half of the built-in seed taxonomy: 15 hand-written domains, each with its
 * subdomains and seed APIs. The other half lives in index-b.ts; index.ts joins them.
 */
import type { SeedDomain } from '../types.js';
import { domain as finance } from './finance.js';
import { domain as travel } from './travel.js';
import { domain as weather } from './weather.js';
import { domain as health } from './health.js';
import { domain as eCommerce } from './e-commerce.js';
import { domain as messaging } from './messaging.js';
import { domain as calendar } from './calendar.js';
import { domain as maps } from './maps.js';
import { domain as sports } from './sports.js';
import { domain as media } from './media.js';
import { domain as devops } from './devops.js';
import { domain as science } from './science.js';
import { domain as education } from './education.js';
import { domain as food } from './food.js';
import { domain as realEstate } from './real-estate.js';

export const SEED_DOMAINS_A: readonly SeedDomain[] = [
  finance,
  travel,
  weather,
  health,
  eCommerce,
  messaging,
  calendar,
  maps,
  sports,
  media,
  devops,
  science,
  education,
  food,
  realEstate,
];
