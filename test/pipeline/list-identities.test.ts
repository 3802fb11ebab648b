/**
 * A list the user sends names each thing once (pipeline/values/values.ts): a meeting's
 * participants are different people even when one of them is optional, the items of a return
 * different order lines.
 */
import { describe, expect, it } from 'vitest';
import { FIXED_WORLD } from '../../core/plan.js';
import { Rng } from '../../core/rng.js';
import { generateObject, type Schema } from '../../pipeline/values/values.js';
import { STR, api } from '../helpers/tool-api.js';

describe('a list of objects in a request', () => {
  it('never names one person twice', () => {
    const meeting = api('schedule_group_meeting', { title: STR, participants: { type: 'array', minItems: 4, maxItems: 6, items: { type: 'object', properties: { email: { type: 'string', format: 'email' }, optional: { type: 'boolean' } }, required: ['email'] } } }, { event_id: STR });
    for (let i = 0; i < 60; i++) {
      const args = generateObject(meeting.parameters as Schema, new Rng(i), { world: FIXED_WORLD, api: meeting, optionalRate: 1 });
      const emails = (args.participants as { email: string }[]).map((p) => p.email);
      expect(new Set(emails).size, JSON.stringify(emails)).toBe(emails.length);
    }
  });
});
