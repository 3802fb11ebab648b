/**
 * Hygiene on what people write (issue 14): JSON and code a user pastes, a placeholder a user
 * defines, a preposition at the end of a clause, Latin words in Chinese text and a quoted
 * passage in another script are no defects; a leftover placeholder and a cut sentence still are.
 */
import { describe, expect, it } from 'vitest';
import type { CanonicalRecord, Message } from '../../core/record.js';
import { verifyRecord } from '../../verifiers/index.js';

function dialogue(userText: string, answer = 'Done: I ran get_weather and it worked.'): CanonicalRecord {
  const messages: Message[] = [
    { role: 'system', content: 'You are a helpful assistant.' },
    { role: 'user', content: userText },
    { role: 'assistant', content: answer },
  ];
  return { id: 'h', split: 'test', tools: [], messages, meta: { category: 'unknown', domains: [], difficulty: 0, seed: 0, verdict: { accepted: true, checks: [] }, usage: { prompt_tokens: 0, completion_tokens: 0 } } };
}
const hygiene = (r: CanonicalRecord): string[] => verifyRecord(r).checks.filter((c) => c.rule.startsWith('hygiene')).map((c) => c.rule);

describe('hygiene on quoted material', () => {
  it('reads no template marker in JSON or code a user pastes, nor in a placeholder the user defines', () => {
    expect(hygiene(dialogue('Please validate this config: {"server": {"port": 8080, "tls": {"on": true}}}'))).toEqual([]);
    expect(hygiene(dialogue('Call `render({{name}})` with the default theme, please.'))).toEqual([]);
    expect(hygiene(dialogue("Fetch 'https://{ip}/api/v1/summary', where {ip} is the IP address 10.0.0.1."))).toEqual([]);
  });
  it('still reads a leftover placeholder and a template marker outside quoted material', () => {
    expect(hygiene(dialogue('What is the weather like in Lyon?', 'The weather in {city} is mild today.'))).toEqual(['hygiene.template-marker']);
    expect(hygiene(dialogue('Book a table for {{party_size}} people at seven tonight.'))).toEqual(['hygiene.template-marker']);
  });
  it('reads a preposition closing a wh-clause as English, and a cut request as cut', () => {
    expect(hygiene(dialogue('Can you summarise the notes about what I am working on'))).toEqual([]);
    expect(hygiene(dialogue('Tell me which hotel we stayed in'))).toEqual([]);
    expect(hygiene(dialogue('Find me flights from Paris to'))).toEqual(['hygiene.truncated']);
  });
  it('reads Latin words in Chinese text, and a quoted passage in another script, as one language', () => {
    expect(hygiene(dialogue('我想创建一个workspace，名字叫设计团队。', '好的，我已经创建了名为设计团队的工作区。'))).toEqual([]);
    expect(hygiene(dialogue('Extract the names and ages from this text: ```我叫李雷，今年18，我姐姐比我大三岁，叫李丽```'))).toEqual([]);
    expect(hygiene(dialogue('What is the weather in Lyon today?', '已经完成了。结果在工具的回答里，还有什么需要我帮忙的吗？'))).toEqual(['hygiene.mixed-language']);
  });
});
