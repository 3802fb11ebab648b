/**
 * Numbers of one distribution agree (pipeline/values/siblings.ts): percentiles rise with the
 * percentile, and the probabilities of alternatives add up to at most one.
 */
import { describe, expect, it } from 'vitest';
import { NUM, STR, api, results } from '../helpers/tool-api.js';

describe('a distribution drawn for a result', () => {
  it('has its percentiles in order (p10 <= p25 <= median <= p75 <= p90)', () => {
    const salary = api('get_salary_benchmark', { job_title: STR }, { percentiles: { type: 'object', properties: { p10: NUM, p25: NUM, median: NUM, p75: NUM, p90: NUM }, required: ['p10', 'p25', 'median', 'p75', 'p90'] } });
    for (const r of results(salary, { job_title: 'Nurse' }, 30)) {
      const p = r.percentiles as Record<string, number>;
      expect([p.p10, p.p25, p.median, p.p75, p.p90]).toEqual([p.p10, p.p25, p.median, p.p75, p.p90].sort((a, b) => a - b));
    }
  });

  it('leaves counts by priority (p1, p2, p3) as drawn: they are no percentiles', () => {
    const incidents = api('count_incidents', { service: STR }, { by_priority: { type: 'object', properties: { p1: NUM, p2: NUM, p3: NUM }, required: ['p1', 'p2', 'p3'] } });
    const unordered = results(incidents, { service: 'api' }, 30).filter((r) => {
      const p = r.by_priority as Record<string, number>;
      return !(p.p1 <= p.p2 && p.p2 <= p.p3);
    });
    expect(unordered.length).toBeGreaterThan(0);
  });

  it('gives alternatives probabilities that add up to at most one', () => {
    const prob = { type: 'number', minimum: 0, maximum: 1 };
    const triage = api('assess_symptoms', { symptoms: { type: 'array', items: STR } }, { possible_conditions: { type: 'array', minItems: 2, maxItems: 4, items: { type: 'object', properties: { name: STR, probability: prob }, required: ['name', 'probability'] } } });
    for (const r of results(triage, { symptoms: ['cough'] }, 30)) {
      const ps = (r.possible_conditions as { probability: number }[]).map((c) => c.probability);
      expect(ps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1);
    }
  });
});
