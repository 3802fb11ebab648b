import { describe, expect, it } from 'vitest';
import { FIXED_WORLD } from '../../core/plan.js';
import { TOOL_SYSTEM, toolPrompt } from '../../pipeline/agents/tool/prompt.js';
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
