import { describe, expect, it } from 'vitest';
import { packOutcomes, unpackOutcome } from '../../pipeline/backends/outcome-bytes.js';
import type { ItemOutcome } from '../../pipeline/engine/checkpoint.js';

const text = (v: string | Uint8Array | undefined): string | undefined => (v instanceof Uint8Array ? new TextDecoder().decode(v) : v);

describe('outcomes packed into one buffer per worker batch', () => {
  const accepted = (idx: number, record: string, facts?: string): ItemOutcome => ({ idx, status: 'accepted', record, ...(facts !== undefined ? { facts } : {}) });
  const answers = [
    { outcome: accepted(0, '{"q":"Café in Zürich — 3 €"}', '{"category":"single"}') },
    { outcome: { idx: 1, status: 'rejected', checks: [], rejectedRecord: '{"x":1}' } as ItemOutcome },
    { idx: 2, error: 'boom' },
    { outcome: accepted(3, '{"q":"東京の天気"}') },
    { outcome: accepted(4, '', '{}') },
  ];

  it('gives back every record and its facts, byte for byte, multi-byte characters included', () => {
    const { answers: packed, bytes } = packOutcomes(answers);
    const back = packed.map((a) => ('outcome' in a ? unpackOutcome(a, bytes) : a));
    expect(text((back[0] as ItemOutcome).record)).toBe('{"q":"Café in Zürich — 3 €"}');
    expect(text((back[0] as ItemOutcome).facts)).toBe('{"category":"single"}');
    expect(back[1]).toEqual(answers[1].outcome);
    expect(back[2]).toEqual({ idx: 2, error: 'boom' });
    expect(text((back[3] as ItemOutcome).record)).toBe('{"q":"東京の天気"}');
    expect((back[3] as ItemOutcome).facts).toBeUndefined();
    expect(text((back[4] as ItemOutcome).record)).toBe('');
    expect(text((back[4] as ItemOutcome).facts)).toBe('{}');
    // One buffer, exactly as long as the UTF-8 text it holds; the outcomes themselves carry no text.
    expect(bytes.length).toBe(Buffer.byteLength('{"q":"Café in Zürich — 3 €"}{"category":"single"}{"q":"東京の天気"}{}'));
    expect(JSON.stringify(packed)).not.toContain('Café');
  });
});
