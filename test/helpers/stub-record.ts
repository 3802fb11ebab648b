/** A minimal, well-formed published row for scheduler tests whose processors stand in for the real ones. */
import { hubRowJson } from '../../output/hub-row.js';

export function stubRecordJson(id: string, category = 'single'): string {
  return hubRowJson({
    id,
    split: 'train',
    tools: [],
    messages: [
      { role: 'user', content: 'hi' },
      { role: 'assistant', content: 'hello' },
    ],
    meta: { category, domains: [], difficulty: 1, seed: 0, verdict: { accepted: true, checks: [] }, usage: { prompt_tokens: 0, completion_tokens: 0 } },
  });
}
