/**
 * An item's world (core/plan.ts, ItemWorld), drawn from its seed on a stream of its own, so
 * the world never shifts the plan's other draws: today's date, a city from the real-world table
 * with its country, currency, language, time zone and units, and the user.
 */
import { geoTables } from '../../core/geo.js';
import type { ItemWorld } from '../../core/plan.js';
import { Rng, subSeed } from '../../core/rng.js';
import { FAKE_FIRST, FAKE_LAST, MAIL_DOMAINS, pick } from '../values/words.js';

/** The first day an item's today can be, and how many days after it the last. */
const FIRST_DAY = Date.UTC(2025, 0, 1);
const DAYS = 700;

export function drawWorld(seed: number): ItemWorld {
  const rng = new Rng(subSeed(seed, 'world'));
  const geo = geoTables();
  const today = new Date(FIRST_DAY + rng.int(0, DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
  const city = geo.cities[rng.int(0, geo.cities.length - 1)];
  const country = geo.countryByCode.get(city.country)!;
  const firstName = pick(rng, FAKE_FIRST);
  const lastName = pick(rng, FAKE_LAST);
  const mail = `${firstName}.${lastName}`.toLowerCase().replace(/[^a-z.]/g, '');
  return {
    today,
    locale: {
      city: city.name,
      country: city.country,
      countryName: country.name,
      ...(city.state ? { state: city.state } : {}),
      currency: country.currency ?? 'USD',
      language: country.language ?? 'en',
      timeZone: city.timeZone,
      units: country.units ?? 'metric',
      lat: city.lat,
      lon: city.lon,
    },
    user: { firstName, lastName, email: `${mail}@${pick(rng, MAIL_DOMAINS)}` },
  };
}
