/**
 * Dates and times come from an "anchor" in minutes since the epoch, so that one object can
 * hold ordered values (check_in before check_out, a slot's start before its end).
 */
import type { Rng } from '../../core/rng.js';

export const MIN_PER_DAY = 1440;
const BASE_DAY = Date.UTC(2025, 0, 1) / 86_400_000;
/** A working hour of a day in 2025-2026: plausible near-future plans. */
export const randomAnchor = (rng: Rng): number => (BASE_DAY + rng.int(0, 700)) * MIN_PER_DAY + 15 * rng.int(28, 68);
export const isoDate = (anchor: number): string =>
  new Date(Math.floor(anchor / MIN_PER_DAY) * 86_400_000).toISOString().slice(0, 10);
export const isoDateTime = (anchor: number): string => `${new Date(anchor * 60_000).toISOString().slice(0, 19)}Z`;

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;
/** A quarter hour of the working day, `HH:MM`. */
export const clockTime = (rng: Rng): string => `${pad2(rng.int(7, 20))}:${pad2(15 * rng.int(0, 3))}`;
