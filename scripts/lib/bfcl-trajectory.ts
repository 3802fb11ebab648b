/**
 * A BFCL ground truth as a whole trajectory, for scripts/verify-bfcl.ts: the question (its
 * system and history turns kept), the ground-truth calls, a tool result per call and a closing
 * answer; an irrelevance question gets a decline and no call. With it goes a plan built from the
 * ground truth, which says where a corruption applies; the trajectory is verified without it,
 * as `toolforge verify` reads a dataset.
 */
import type { CanonicalRecord, Message } from '../../core/record.js';
import { FIXED_WORLD, type Category, type ItemPlan } from '../../core/plan.js';
import type { CorpusEntry } from '../../verifiers/corpus.js';

/** Closing words in the script the user writes in (the answer of a trajectory is in the user's language and script). */
const CLOSINGS: readonly [RegExp, string, string][] = [
  [/\p{Script=Hangul}/gu, '네, 완료했습니다. 결과는 위에 있습니다.', '죄송하지만 제가 가진 기능으로는 할 수 없습니다.'],
  [/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, '好的，已经完成了，结果在上面。', '抱歉，我现有的功能无法完成这个请求。'],
  [/\p{Script=Thai}/gu, 'เรียบร้อยแล้ว ผลลัพธ์อยู่ด้านบน', 'ขออภัย ฟังก์ชันที่มีอยู่ทำสิ่งนี้ไม่ได้'],
  [/\p{Script=Cyrillic}/gu, 'Готово, результат выше.', 'Извините, доступные функции этого не умеют.'],
];
const LETTER = /\p{L}/gu;

/** The closing and the decline in the user's script, or undefined for Latin-script text (English then). */
function closingFor(text: string): [string, string] | undefined {
  const all = text.match(LETTER)?.length ?? 0;
  for (const [re, done, decline] of CLOSINGS) if ((text.match(re)?.length ?? 0) > all / 3) return [done, decline];
  return undefined;
}

export function trajectory(record: CanonicalRecord): CorpusEntry | undefined {
  const question = record.messages.filter((m) => m.role !== 'assistant' || !m.tool_calls);
  const call = record.messages.find((m) => m.role === 'assistant' && (m.tool_calls?.length ?? 0) > 0);
  const closing = closingFor(question.filter((m) => m.role === 'user').map((m) => m.content ?? '').join(' '));
  const system: Message[] = question[0]?.role === 'system' ? [] : [{ role: 'system', content: 'You are a helpful assistant with access to functions.' }];
  let messages: Message[];
  if (!call || call.role !== 'assistant' || !call.tool_calls) {
    if (record.meta.category !== 'irrelevance') return undefined;
    messages = [...system, ...question, { role: 'assistant', content: closing?.[1] ?? 'None of the functions I have can do that, so I cannot help with it here.' }];
  } else {
    messages = [
      ...system,
      ...question,
      call,
      ...call.tool_calls.map((c): Message => ({ role: 'tool', tool_call_id: c.id, content: JSON.stringify({ status: 'ok', function: c.function.name }) })),
      { role: 'assistant', content: closing?.[0] ?? `I ran ${call.tool_calls.map((c) => c.function.name).join(', ')} and it reported success.` },
    ];
  }
  const calls = call?.role === 'assistant' ? (call.tool_calls ?? []) : [];
  const plan: ItemPlan = {
    world: FIXED_WORLD,
    idx: 0,
    seed: 0,
    category: record.meta.category as Category,
    difficulty: 1,
    split: 'test',
    tools: record.tools.map((t) => t.function.name),
    targets: [...new Set(calls.map((c) => c.function.name))],
    calls: calls.map((c) => ({ name: c.function.name, arguments: JSON.parse(c.function.arguments) as Record<string, unknown> })),
    domains: [],
    turns: 1,
  };
  // The record's seed picks which parallel call a corruption drops: one per question, spread over the positions.
  const seed = [...record.id].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) | 0, 7);
  return { name: record.id, record: { ...record, messages, meta: { ...record.meta, seed } }, plan };
}
