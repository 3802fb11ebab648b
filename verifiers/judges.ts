/**
 * The model layer: narrow LLM judges, run only on records that passed the rules. Each judge
 * asks the `judge` role one question (prompts/judges.ts) and gets a JSON verdict and reason;
 * with k > 1 samples (attempts 0..k-1, so each is its own request and cache entry) the
 * majority decides, and a tie passes. A failed judge is one Check `judge.<name>` with layer
 * 'judges'. Judges that do not apply (no calls, no tool results, no rationale) are skipped.
 */
import type { CanonicalRecord, Check, JudgeVote } from '../core/record.js';
import type { LlmClient } from '../llm/index.js';
import { JUDGE_NAMES, JUDGE_SYSTEM, VERDICT_SCHEMA, judgeUserMessage, type JudgeName, type JudgeVerdict } from './prompts/judges.js';

export { JUDGE_NAMES, type JudgeName } from './prompts/judges.js';

export interface JudgeOptions {
  /** Samples per judge; the majority decides. Default 1. */
  readonly k?: number;
  /** Judges to run (names, with or without the `judge.` prefix). Default all. */
  readonly judges?: readonly string[];
  /** The job item the record is (its calls are counted in the item's usage). */
  readonly itemIdx?: number;
}

/** Where a judge's finding points, or undefined when the judge does not apply. */
function target(name: JudgeName, record: CanonicalRecord): { message?: number } | undefined {
  const ms = record.messages;
  const first = (test: (i: number) => boolean): number => ms.findIndex((_, i) => test(i));
  switch (name) {
    case 'hallucinated-args': {
      const i = first((i) => { const m = ms[i]; return m.role === 'assistant' && (m.tool_calls?.length ?? 0) > 0; });
      return i < 0 ? undefined : { message: i };
    }
    case 'completes-request': {
      const last = ms[ms.length - 1];
      return last && last.role === 'assistant' && !(last.tool_calls?.length) && last.content ? { message: ms.length - 1 } : undefined;
    }
    case 'result-plausible': {
      const i = first((i) => ms[i].role === 'tool');
      return i < 0 ? undefined : { message: i };
    }
    case 'rationale-faithful': {
      const i = first((i) => { const m = ms[i]; return m.role === 'assistant' && typeof m.reasoning === 'string' && m.reasoning !== ''; });
      return i < 0 ? undefined : { message: i };
    }
  }
}

/** Run the judges on one record; the failed ones come back as checks. */
export async function judgeRecord(record: CanonicalRecord, client: LlmClient, opts: JudgeOptions = {}): Promise<Check[]> {
  return (await judgeVotes(record, client, opts)).checks;
}

/** Run the judges on one record: every judge's vote (passed or failed, with a reason) and the failed ones as checks. */
export async function judgeVotes(record: CanonicalRecord, client: LlmClient, opts: JudgeOptions = {}): Promise<{ checks: Check[]; votes: JudgeVote[] }> {
  const k = Math.max(1, Math.floor(opts.k ?? 1));
  const wanted = opts.judges?.map((j) => j.replace(/^judge\./, ''));
  for (const w of wanted ?? []) if (!(JUDGE_NAMES as readonly string[]).includes(w)) throw new Error(`unknown judge ${JSON.stringify(w)} (known: ${JUDGE_NAMES.join(', ')})`);
  const names = JUDGE_NAMES.filter((n) => !wanted || wanted.includes(n));
  const user = judgeUserMessage(record);
  const runs = names.map(async (name): Promise<{ check?: Check; vote: JudgeVote } | undefined> => {
    const at = target(name, record);
    if (!at) return undefined;
    const votes = await Promise.all(
      Array.from({ length: k }, async (_, attempt) => {
        const res = await client.complete({
          role: 'judge',
          messages: [
            { role: 'system', content: JUDGE_SYSTEM[name] },
            { role: 'user', content: user },
          ],
          jsonSchema: { name: `judge_${name.replace(/-/g, '_')}`, schema: VERDICT_SCHEMA },
          itemSeed: record.meta.seed,
          attempt,
          ...(opts.itemIdx !== undefined ? { itemIdx: opts.itemIdx } : {}),
        });
        return res.json as JudgeVerdict;
      }),
    );
    const fails = votes.filter((v) => v.verdict === 'fail');
    const failed = fails.length * 2 > k;
    const vote: JudgeVote = { judge: name, verdict: failed ? 'fail' : 'pass', reason: (failed ? fails[0] : votes.find((v) => v.verdict === 'pass') ?? votes[0]).reason, fails: fails.length, samples: k };
    if (!failed) return { vote };
    const votesText = k > 1 ? ` (${fails.length} of ${k} judges)` : '';
    return { vote, check: { rule: `judge.${name}`, message: `${fails[0].reason}${votesText}`, at, layer: 'judges' } };
  });
  const done = (await Promise.all(runs)).filter((r): r is { check?: Check; vote: JudgeVote } => r !== undefined);
  return { checks: done.flatMap((r) => (r.check ? [r.check] : [])), votes: done.map((r) => r.vote) };
}
