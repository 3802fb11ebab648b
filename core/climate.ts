/**
 * What the weather of a place is like on a day, from the cities' climate normals (core/geo:
 * the mean air temperature of January and of July, between them a cosine over the year): the
 * day's normal air temperature, the sea's (a month and a half behind the air, with a smaller
 * swing), and the clear-sky UV index at solar noon from the sun's height. The planner keeps
 * weather results near these and the quality checker judges them by the same normals.
 */
import type { City } from './geo.js';

const DAY_MS = 86_400_000;

/** Day of the year (1-365) of an ISO date (YYYY-MM-DD...), or undefined when it is not one. */
export function dayOfYear(day: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!m) return undefined;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (Number.isNaN(t)) return undefined;
  return Math.floor((t - Date.UTC(Number(m[1]), 0, 1)) / DAY_MS) + 1;
}

/** The normal of a year whose coldest and warmest means are January's and July's (mid-month: days 15 and 197), `lag` days behind. */
function seasonal(city: City, doy: number, lag: number, swing: number): number {
  const [jan, jul] = city.climate;
  return (jan + jul) / 2 + swing * ((jan - jul) / 2) * Math.cos((2 * Math.PI * (doy - lag - 15)) / 365);
}

/** The normal mean air temperature (°C) of `city` on `day`. */
export function airNormal(city: City, day: string): number | undefined {
  const doy = dayOfYear(day);
  return doy === undefined ? undefined : seasonal(city, doy, 0, 1);
}

/** The normal sea surface temperature (°C) off `city` on `day`: the air's, 45 days later and with 70% of its swing; never below -1.5. */
export function seaNormal(city: City, day: string): number | undefined {
  const doy = dayOfYear(day);
  return doy === undefined ? undefined : Math.max(-1.5, seasonal(city, doy, 45, 0.7) + 1);
}

/** The sun's height at solar noon (degrees) at latitude `lat` on day of the year `doy`. */
export function noonElevation(lat: number, doy: number): number {
  const declination = 23.44 * Math.sin((2 * Math.PI * (doy - 81)) / 365);
  return 90 - Math.abs(lat - declination);
}

/** The clear-sky UV index at solar noon at latitude `lat` on `day` (about 12.5 with the sun overhead, 0 with it on the horizon). */
export function clearSkyUv(lat: number, day: string): number | undefined {
  const doy = dayOfYear(day);
  if (doy === undefined) return undefined;
  const e = noonElevation(lat, doy);
  return e <= 0 ? 0 : 12.5 * Math.sin((e * Math.PI) / 180) ** 2.5;
}

/** Solar noon at longitude `lon` as minutes after midnight UTC (12:00 at Greenwich, 07:04 at 74° E). */
export const solarNoonUtcMinutes = (lon: number): number => 720 - lon * 4;
