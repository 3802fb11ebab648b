/**
 * The item's clock: the moment each call of a dialogue happens, so what the tools stamp as the
 * moment they acted (created_at, deleted_at, sent_at...) moves forward through the dialogue and
 * stays on its today. The dialogue starts at a working hour drawn from its world; each step of
 * a turn is a few minutes after the one before, each user turn a while after the last. Calls of
 * one step (parallel calls) happen at the same moment. A pure function of the world and the
 * call's place, so the planner, which computes an earlier result ahead for a dependent call,
 * and the simulator agree.
 */
import type { ItemWorld } from '../../../core/plan.js';
import { Rng, subSeed } from '../../../core/rng.js';

/** Minutes between two steps of one turn, and between two user turns. */
const STEP_MINUTES = 4;
const TURN_MINUTES = 15;

/** Where a call is in its dialogue: its user turn and its step in that turn (both from 0). */
export interface CallPlace {
  readonly turn?: number;
  readonly step?: number;
}

/** The moment of a call at `place`: `YYYY-MM-DDTHH:MM:00Z` on the world's today, between 08:00 and 18:00. */
export function callMoment(world: ItemWorld, place: CallPlace): string {
  const rng = new Rng(subSeed(0x0c_10_c0, `${world.today}\u0000${world.locale.city}\u0000${world.user.email}`));
  // The latest start leaves room for a long dialogue (four turns of four steps) before 18:00.
  const start = 60 * rng.int(8, 15) + 15 * rng.int(0, 3);
  const turn = Math.min(Math.max(place.turn ?? 0, 0), 7);
  const step = Math.min(Math.max(place.step ?? 0, 0), 3);
  const m = start + TURN_MINUTES * turn + STEP_MINUTES * step;
  return `${world.today}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00Z`;
}
