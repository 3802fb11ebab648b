/**
 * The model judges in a job (config `judges`, role `judge`): they see only what the rules
 * accept, and a record is kept only if they pass it too; their votes and reasons go with it
 * (`meta.verdict.judges`). Shared by the LLM processors (tool-calling and code items).
 */
import type { CanonicalRecord, Verdict } from '../../core/record.js';
import type { LlmClient } from '../../llm/index.js';
import { judgeVotes } from '../../verifiers/index.js';
import type { JobConfig } from '../config.js';

export async function withJudges(rules: Verdict, record: CanonicalRecord, client: LlmClient, config: JobConfig, itemIdx: number): Promise<Verdict> {
  if (!rules.accepted || !config.roles.judge) return rules;
  const judged = await judgeVotes(record, client, { k: config.judges?.k ?? 1, ...(config.judges?.names ? { judges: config.judges.names } : {}), itemIdx });
  return { accepted: judged.checks.length === 0, checks: [...rules.checks, ...judged.checks], judges: judged.votes };
}
