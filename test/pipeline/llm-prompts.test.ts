import { describe, expect, it } from 'vitest';
import { FIXED_WORLD } from '../../core/plan.js';
import { TOOL_SYSTEM, toolErrorSchema, toolPrompt } from '../../pipeline/agents/tool/prompt.js';
import type { ApiSpec } from '../../api-pool/types.js';

const api: ApiSpec = {
  name: 'search_flight_offers',
  domain: 'travel',
  description: 'Search flight offers.',
  parameters: { type: 'object', properties: { origin: { type: 'string' } }, required: ['origin'] },
  returns: { type: 'object', properties: { offers: { type: 'array' } } },
  origin: 'test',
};

describe('the LLM tool agent prompt', () => {
  it("gives the model the item's today and the user's place, and the call", () => {
    const p = toolPrompt(api, { origin: 'LYS' }, FIXED_WORLD);
    expect(p).toContain('Today: 2025-06-02');
    expect(p).toContain('Lyon, France');
    expect(p).toContain('currency EUR');
    expect(p).toContain('Call arguments: {"origin":"LYS"}');
  });

  it('asks for results that agree with the call and with today', () => {
    expect(TOOL_SYSTEM).toMatch(/honour every filter/);
    expect(TOOL_SYSTEM).toMatch(/created today/);
    expect(TOOL_SYSTEM).toMatch(/Dates obey today/);
  });
});

describe('the LLM tool agent prompt with the item so far', () => {
  it('lists the earlier calls of the item with their results, cut when long', () => {
    const long = { events: Array.from({ length: 200 }, (_, i) => ({ id: `evt_${i}` })) };
    const p = toolPrompt(api, { origin: 'LYS' }, FIXED_WORLD, [
      { name: 'create_event', arguments: { title: 'Dentist' }, result: { event_id: 'evt_42', title: 'Dentist' } },
      { name: 'list_events', arguments: {}, result: long },
    ]);
    expect(p).toContain('- create_event({"title":"Dentist"}) returned {"event_id":"evt_42","title":"Dentist"}');
    expect(p).toContain('... (cut)');
    expect(p.length).toBeLessThan(2000);
    expect(toolPrompt(api, { origin: 'LYS' }, FIXED_WORLD)).toContain('Earlier calls in this session:\n(none)');
    expect(TOOL_SYSTEM).toMatch(/agree with the earlier results/);
  });

  it('asks for the planned error with its code, and the error schema allows only that code', () => {
    const p = toolPrompt(api, { origin: 'XXX' }, FIXED_WORLD, [], { code: 'NOT_FOUND', status: 404 });
    expect(p).toContain('This call fails: NOT_FOUND (404)');
    const schema = toolErrorSchema('NOT_FOUND') as { properties: { error: { properties: { code: { enum: string[] } } } } };
    expect(schema.properties.error.properties.code.enum).toEqual(['NOT_FOUND']);
  });
});
