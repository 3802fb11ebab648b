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
import { drawProblem, skillDifficulty } from './problems.js';
import { draftPrograms, writeTrajectory } from './trajectory.js';
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
}

export class CodeProcessor implements ItemProcessor {
  readonly #name: string;
  readonly #latencyMs: number;
  readonly #code: CodeConfig;
  readonly #other: ItemProcessor | undefined;
  readonly #cache: RunCache | undefined;
  readonly #sandbox: Sandbox;
  readonly #ownSandbox: boolean;
  /** Programs run now, by key: two items with the same program wait for one run. */
  readonly #running = new Map<string, Promise<RunResult>>();

  constructor(config: JobConfig, options: CodeProcessorOptions = {}) {
    this.#name = config.name;
    this.#latencyMs = config.offlineLatencyMs;
    this.#code = codeOptions(config);
    this.#other = options.other;
    this.#cache = options.cache;
    this.#ownSandbox = options.sandbox === undefined;
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
    const record = await this.makeRecord(item);
    return verdictOutcome(item, record, verifyCodeRecord(record));
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
