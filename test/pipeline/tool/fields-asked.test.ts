/**
 * A call that picks the result's fields gets those fields and not the others it could have
 * picked (a result that leaves out what was asked, or answers with what was not, ignores the
 * request); opening hours read as one week's schedule.
 */
import { describe, expect, it } from 'vitest';
import { seedDomains } from '../../../api-pool/seeds/load.js';
import { FIXED_WORLD } from '../../../core/plan.js';
import { Rng } from '../../../core/rng.js';
import { offlineToolResult } from '../../../pipeline/agents/tool/offline.js';

type Schema = { type?: string; enum?: string[]; items?: Schema; properties?: Record<string, Schema>; required?: string[] };
const PICKS = /^(fields|properties|include|expand|select|append|metrics)$/;
const apis = seedDomains().flatMap((d) => d.apis);

describe('fields asked for', () => {
  const picking = apis.flatMap((api) => {
    const params = api.parameters.properties as Record<string, Schema>;
    const body = api.returns as Schema;
    return Object.entries(params)
      .filter(([k, s]) => PICKS.test(k) && Array.isArray(s.items?.enum ?? s.enum))
      .map(([k, s]) => ({ api, param: k, choices: (s.items?.enum ?? s.enum)!, keys: Object.keys(body.properties ?? {}), required: new Set(body.required ?? []) }));
  });

  it('the seed pool has tools that pick their result fields', () => {
    expect(picking.length).toBeGreaterThanOrEqual(5);
  });

  it('gives each field asked for, and none of the other fields the call could have asked for', () => {
    const rng = new Rng(7);
    let checked = 0;
    for (const { api, param, choices, keys, required } of picking) {
      const own = choices.filter((c) => keys.includes(c));
      if (own.length < 2) continue;
      for (let i = 0; i < 30; i++) {
        const asked = rng.sample(own, rng.int(1, own.length - 1));
        const params = api.parameters.properties as Record<string, Schema>;
        const args: Record<string, unknown> = { [param]: params[param].type === 'array' ? asked : asked.join(',') };
        for (const r of api.parameters.required ?? []) if (!(r in args)) args[r] = params[r]?.enum?.[0] ?? (params[r]?.type === 'integer' || params[r]?.type === 'number' ? 1 : `X${i}`);
        const result = offlineToolResult(api, args, FIXED_WORLD) as Record<string, unknown>;
        const body = (result.data && typeof result.data === 'object' ? result.data : result) as Record<string, unknown>;
        for (const f of asked) expect(body[f], `${api.name} ${JSON.stringify(args)}`).toBeDefined();
        for (const f of own) if (!asked.includes(f) && !required.has(f)) expect(body[f], `${api.name}: ${f} not asked`).toBeUndefined();
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(60);
  });

  it('says opening hours as the lines of one week', () => {
    const place = apis.find((a) => a.name === 'get_place_details')!;
    for (let i = 0; i < 40; i++) {
      const r = offlineToolResult(place, { place_id: `P${i}`, fields: ['opening_hours'] }, FIXED_WORLD) as { opening_hours?: string[] };
      const lines = r.opening_hours ?? [];
      expect(lines.length).toBeGreaterThan(0);
      for (const l of lines) expect(l).toMatch(/^(Daily|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[-a-z]* ?(?:[A-Z][a-z]{2})?[^\n]*(\d{2}:\d{2}-\d{2}:\d{2}|closed)$/);
      expect(new Set(lines).size).toBe(lines.length);
    }
  });
});
