/** The user model's rewrite keeps the request's values and asks the same thing (pipeline/agents/user/rewrite-check.ts). */
import { describe, expect, it } from 'vitest';
import type { PlannedCall } from '../../core/plan.js';
import { rewriteFault, statedIn } from '../../pipeline/agents/user/rewrite-check.js';

const CALLS: PlannedCall[] = [
  { name: 'search_flights', arguments: { origin: 'LIS', destination: 'ZRH', departure_date: '2025-06-16', passengers: 2 }, derivations: { destination: { kind: 'city-airport', said: 'Zurich' }, departure_date: { kind: 'relative-date', said: 'next Monday' } } },
];
const TURN = 'Find me flights from LIS to Zurich next Monday for 2 people.';

describe('a rewrite of a user turn', () => {
  it('must keep the values and implied words the turn states', () => {
    const keep = statedIn(TURN, CALLS);
    expect(keep.sort()).toEqual(['2', 'lis', 'next monday', 'zurich']);
    expect(rewriteFault(TURN, 'hey, any flights LIS -> Zurich next Monday? we are 2', keep)).toBeUndefined();
    expect(rewriteFault(TURN, 'Any flights from Lisbon to Zurich next Monday for two?', keep)).toMatch(/drops "2", "lis"/);
    expect(rewriteFault(TURN, 'Keep', keep)).toMatch(/drops/);
  });

  it('must ask the same thing when the turn states no value', () => {
    const q = 'What is the capital of Australia?';
    expect(rewriteFault(q, 'quick one: capital of Australia?', statedIn(q, []))).toBeUndefined();
    expect(rewriteFault(q, 'Keep', [])).toMatch(/shares no word/);
  });
});
