import { setTimeout as delay } from 'node:timers/promises';
import type { ToolPool } from '../../api-pool/types.js';
import { verifyRecord } from '../../verifiers/index.js';
import type { ClaimedItem, ItemOutcome } from '../engine/checkpoint.js';
import type { JobConfig } from '../config.js';
import { dialoguePlan, heldOutTools, planItem, simulateOffline } from '../generate.js';
import type { ItemPlan } from '../../core/plan.js';
import { verdictOutcome, type ItemProcessor } from './item-processor.js';

/** The id of item `idx` in job `name`: stable, sortable, unique within the job. */
export function recordId(name: string, idx: number): string {
  return `${name}-${String(idx).padStart(6, '0')}`;
}

/**
 * The offline backend end to end: plan, simulate, verify, all synchronous and determined by
 * the item's seed, so it needs no network and a resumed job reproduces every record.
 */
/** What planning an item needs beside the item: the held-out tools and the toolset size. */
export class ItemPlanner {
  readonly #pool: ToolPool;
  readonly #heldOut: ReadonlySet<string>;
  readonly #distractors: number;

  constructor(config: JobConfig, pool: ToolPool) {
    this.#pool = pool;
    this.#heldOut = heldOutTools(pool, config.unseen.toolShare, config.seed);
    this.#distractors = config.toolset.distractors;
  }

  plan(item: ClaimedItem): ItemPlan {
    if (item.category === 'code') throw new Error(`item ${item.idx} is a code item: it has no tool plan (pipeline/code/)`);
    return planItem(item.idx, item.seed, item.category, this.#pool, {
      split: item.split,
      heldOut: this.#heldOut,
      distractors: this.#distractors,
    });
  }
}

export class OfflineProcessor implements ItemProcessor {
  readonly #config: JobConfig;
  readonly #pool: ToolPool;
  readonly #planner: ItemPlanner;

  constructor(config: JobConfig, pool: ToolPool) {
    this.#config = config;
    this.#pool = pool;
    this.#planner = new ItemPlanner(config, pool);
  }

  process(item: ClaimedItem): ItemOutcome | Promise<ItemOutcome> {
    const latencyMs = this.#config.offlineLatencyMs;
    if (latencyMs > 0) return delay(latencyMs).then(() => this.processNow(item));
    return this.processNow(item);
  }

  /** The item's outcome, computed now on this thread. */
  processNow(item: ClaimedItem): ItemOutcome {
    const plan = this.#planner.plan(item);
    const record = simulateOffline(plan, this.#pool, {
      id: recordId(this.#config.name, item.idx),
      split: item.split,
      noiseRate: this.#config.offline.noiseRate,
      rationale: this.#config.rationale,
    });
    const verdict = verifyRecord(record, { pool: this.#pool, plan: dialoguePlan(plan, record) });
    return verdictOutcome(item, record, verdict);
  }
}
