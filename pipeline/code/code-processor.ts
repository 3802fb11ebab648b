/**
 * Code items on the offline backend: the problem drawn from the item's seed (answer first), the
 * assistant's programs decided, run in the sandbox (or read from the run cache), the trajectory
 * written around the real outputs, and verified by its execution. Items of the other
 * categories go to the backend's own processor, unchanged.
 */
import type { CanonicalRecord, CodeTruth } from '../../core/record.js';
import { verifyCodeRecord } from '../../verifiers/index.js';
import type { ClaimedItem, ItemOutcome } from '../engine/checkpoint.js';
import { codeOptions, type CodeConfig, type JobConfig } from '../config.js';
import { verdictOutcome, type ItemProcessor } from '../backends/item-processor.js';
import { withJudges } from '../backends/judged.js';
import { drawProblem, skillDifficulty } from './problems.js';
import { PYTHON_TOOL, draftPrograms, writeTrajectory } from './trajectory.js';
import { llmCodeTrajectory } from './llm-code.js';
import { llmProblem } from './llm-problem.js';
import type { FileProblem } from './problem-file.js';
import type { LlmClient } from '../../llm/index.js';
import { Sandbox, type RunResult } from './sandbox.js';
import { RunCache, runKey } from './run-cache.js';
import { availableParallelism } from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';

/** Sandbox workers for a job: `code.workers`, 0 meaning one per core, at most 4. */
export function sandboxWorkers(code: Pick<CodeConfig, 'workers'>): number {
  return code.workers === 0 ? Math.min(4, availableParallelism()) : code.workers;
}

/** Code items in flight per sandbox worker: enough that a worker never waits for the next program. */
const IN_FLIGHT_PER_WORKER = 16;

export interface CodeProcessorOptions {
  /** The processor of the job's other categories (absent: a job of code items only). */
  readonly other?: ItemProcessor;
  /** The run cache (the job's checkpoint); absent in tests that want every program run. */
  readonly cache?: RunCache;
  /** A sandbox to use (tests share one); by default the processor starts its own. */
  readonly sandbox?: Sandbox;
  /** LLM backend: the client the assistant model is asked through (the programs are the model's). */
  readonly client?: LlmClient;
  /** LLM backend: problems from `code.problems` (item i gets problem i modulo their number); else the generator's. */
  readonly problems?: readonly FileProblem[];
}

export class CodeProcessor implements ItemProcessor {
  readonly #name: string;
  readonly #config: JobConfig;
  readonly #latencyMs: number;
  readonly #code: CodeConfig;
  readonly #other: ItemProcessor | undefined;
  readonly #cache: RunCache | undefined;
  readonly #sandbox: Sandbox;
  readonly #ownSandbox: boolean;
  readonly #client: LlmClient | undefined;
  readonly #problems: readonly FileProblem[] | undefined;
  /** Programs run now, by key: two items with the same program wait for one run. */
  readonly #running = new Map<string, Promise<RunResult>>();

  constructor(config: JobConfig, options: CodeProcessorOptions = {}) {
    this.#name = config.name;
    this.#config = config;
    this.#latencyMs = config.offlineLatencyMs;
    this.#code = codeOptions(config);
    this.#other = options.other;
    this.#cache = options.cache;
    this.#ownSandbox = options.sandbox === undefined;
    this.#client = options.client;
    this.#problems = options.problems;
    this.#sandbox =
      options.sandbox ??
      new Sandbox({
        workers: sandboxWorkers(this.#code),
        limits: { timeoutMs: this.#code.timeoutMs, outputChars: this.#code.outputChars, memoryMb: this.#code.memoryMb },
      });
  }

  get minInFlight(): number {
    return Math.max(this.#other?.minInFlight ?? 0, sandboxWorkers(this.#code) * IN_FLIGHT_PER_WORKER);
  }

  get yieldEvery(): number | undefined {
    return this.#other?.yieldEvery;
  }

  process(item: ClaimedItem): ItemOutcome | Promise<ItemOutcome> {
    if (item.category !== 'code') {
      if (!this.#other) throw new Error(`item ${item.idx} is a ${item.category} item, and this processor makes code items only`);
      return this.#other.process(item);
    }
    return this.codeItem(item);
  }

  /** One code item, end to end. */
  async codeItem(item: ClaimedItem): Promise<ItemOutcome> {
    if (this.#latencyMs > 0) await delay(this.#latencyMs);
    const client = this.#client;
    if (!client) {
      const record = await this.makeRecord(item);
      return verdictOutcome(item, record, verifyCodeRecord(record));
    }
    try {
      const record = await this.#llmRecord(item, client);
      // The model judges, where configured, on what the execution checks accept.
      const verdict = await withJudges(verifyCodeRecord(record), record, client, this.#config, item.idx);
      const spent = client.usage.item(item.idx);
      const cost = { promptTokens: spent?.promptTokens ?? 0, completionTokens: spent?.completionTokens ?? 0, costUsd: spent?.costUsd ?? 0 };
      return { ...verdictOutcome(item, record, verdict), ...cost };
    } finally {
      // Usage of a failed attempt is still spent; it is counted in the run's totals.
      client.usage.takeItem(item.idx);
    }
  }

  /** LLM backend: the problem (from the file, or the generator's), the assistant model's programs run in the sandbox. */
  async #llmRecord(item: ClaimedItem, client: LlmClient): Promise<CanonicalRecord> {
    const code = this.#code;
    const variant = item.split === 'test' && !this.#problems ? 'big' : 'standard';
    const fromFile = this.#problems?.[item.idx % this.#problems.length];
    const drawn = fromFile ? undefined : drawProblem(item.seed, variant, code.skills);
    const problem: FileProblem = fromFile ?? drawn!;
    const skill = drawn ? drawn.skill : 'file';
    // A drawn problem, with a user model configured, is asked in the user model's words (numbers kept).
    const ctx = { itemSeed: item.seed, attempt: item.attempts, itemIdx: item.idx };
    const asked = drawn && this.#config.roles.user ? await llmProblem(client, problem.question, ctx) : problem.question;
    const { messages, runs } = await llmCodeTrajectory(client, asked, (source) => this.run(source), {
      itemSeed: item.seed,
      attempt: item.attempts,
      itemIdx: item.idx,
      boxed: code.boxed,
    });
    const usage = client.usage.item(item.idx);
    const calls = messages.flatMap((m) => (m.role === 'assistant' ? (m.tool_calls ?? []) : [])).map((c) => ({ name: c.function.name, arguments: JSON.parse(c.function.arguments) as Record<string, unknown> }));
    const truth: CodeTruth = {
      skill,
      variant,
      question: asked,
      answer: problem.answer,
      ...(problem.unit !== undefined ? { unit: problem.unit } : {}),
      tolerance: problem.tolerance,
      format: 'tool',
      boxed: code.boxed,
      runs,
    };
    return {
      id: `${this.#name}-${String(item.idx).padStart(6, '0')}`,
      split: item.split,
      tools: [PYTHON_TOOL],
      messages,
      meta: {
        category: 'code',
        domains: [skill],
        difficulty: drawn ? skillDifficulty(drawn.skill, variant) : 3,
        seed: item.seed,
        verdict: { accepted: false, checks: [] },
        usage: { prompt_tokens: usage?.promptTokens ?? 0, completion_tokens: usage?.completionTokens ?? 0 },
        turns: 1,
        plan: { targets: ['python'], calls, code: truth },
      },
    };
  }

  /** The record of a code item before its verdict (tests re-run its programs). */
  async makeRecord(item: ClaimedItem): Promise<CanonicalRecord> {
    const code = this.#code;
    const variant = item.split === 'test' ? 'big' : 'standard';
    const problem = drawProblem(item.seed, variant, code.skills);
    const options = { format: code.format, boxed: code.boxed, mistakeRate: code.mistakeRate };
    const draft = draftPrograms(problem, item.seed, options);
    const results = await Promise.all(draft.attempts.map((a) => this.run(a.code)));
    const { tools, messages } = writeTrajectory(problem, draft, results, item.seed, options);
    const truth: CodeTruth = {
      skill: problem.skill,
      variant,
      question: problem.question,
      answer: problem.answer,
      ...(problem.unit !== undefined ? { unit: problem.unit } : {}),
      tolerance: problem.tolerance,
      format: code.format,
      boxed: code.boxed,
      runs: draft.attempts.map((a) => a.planned),
    };
    const calls = code.format === 'tool' ? draft.attempts.map((a) => ({ name: 'python', arguments: { code: a.code } })) : [];
    return {
      id: `${this.#name}-${String(item.idx).padStart(6, '0')}`,
      split: item.split,
      tools,
      messages,
      meta: {
        category: 'code',
        domains: [problem.skill],
        difficulty: Math.min(5, skillDifficulty(problem.skill, variant) + (draft.attempts.length > 1 ? 1 : 0)),
        seed: item.seed,
        verdict: { accepted: false, checks: [] },
        usage: { prompt_tokens: 0, completion_tokens: 0 },
        turns: 1,
        plan: { targets: code.format === 'tool' ? ['python'] : [], calls, code: truth },
      },
    };
  }

  /** A program's result: from the cache, or run once in the sandbox and cached. */
  run(source: string): Promise<RunResult> {
    const key = runKey(source, this.#sandbox.limits);
    const cached = this.#cache?.get(key);
    if (cached) return Promise.resolve(cached);
    let pending = this.#running.get(key);
    if (!pending) {
      pending = this.#sandbox.run(source).then((r) => {
        this.#cache?.put(key, r);
        this.#running.delete(key);
        return r;
      });
      this.#running.set(key, pending);
    }
    return pending;
  }

  async close(): Promise<void> {
    await this.#other?.close?.();
    if (this.#ownSandbox) await this.#sandbox.close();
  }
}
