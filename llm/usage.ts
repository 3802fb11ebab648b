/**
 * Token and cost accounting per role, per endpoint and per item, with totals. Calls answered
 * from the cache are counted apart (`cachedCalls`, `savedUsd`): they cost nothing this run, but
 * an item's own usage includes them, since its trajectory consumed those tokens.
 */
import type { Role } from './config.js';

export interface UsageTotals {
  /** Calls that reached an endpoint and returned an answer (usable or not). */
  calls: number;
  /** Calls answered from the response cache. */
  cachedCalls: number;
  promptTokens: number;
  completionTokens: number;
  costUsd: number;
  /** What the cached calls would have cost. */
  savedUsd: number;
  /** Answers that failed their schema / were cut off (LlmOutputError). */
  outputErrors: number;
  /** Calls given up after the SDK's retries (LlmRequestError). */
  requestErrors: number;
  /** Calls that ended in LlmRateLimitedError (requeued). */
  rateLimited: number;
}

export interface UsageEvent {
  readonly role: Role;
  readonly endpoint: string;
  readonly itemIdx?: number;
  readonly promptTokens: number;
  readonly completionTokens: number;
  readonly costUsd: number;
  readonly cached: boolean;
}

export type UsageErrorKind = 'output' | 'request' | 'rate-limited';

export interface UsageSnapshot {
  readonly totals: UsageTotals;
  readonly byRole: Partial<Record<Role, UsageTotals>>;
  readonly byEndpoint: Record<string, UsageTotals>;
}

export function emptyTotals(): UsageTotals {
  return { calls: 0, cachedCalls: 0, promptTokens: 0, completionTokens: 0, costUsd: 0, savedUsd: 0, outputErrors: 0, requestErrors: 0, rateLimited: 0 };
}

/** Dollars for a call, from per-million-token prices. */
export function costUsd(promptTokens: number, completionTokens: number, prices: { inputUsdPerMTok: number; outputUsdPerMTok: number }): number {
  return (promptTokens * prices.inputUsdPerMTok + completionTokens * prices.outputUsdPerMTok) / 1e6;
}

/** Calls remembered for the error rate (errors.window is at most this). */
export const RECENT_CALLS = 100_000;

export class UsageMeter {
  readonly #totals = emptyTotals();
  readonly #byRole = new Map<Role, UsageTotals>();
  readonly #byEndpoint = new Map<string, UsageTotals>();
  readonly #byItem = new Map<number, UsageTotals>();
  #hedges = 0;
  // The last RECENT_CALLS calls that reached an endpoint: 1 failed (no answer, or an unusable one), 0 answered.
  readonly #recent = new Uint8Array(RECENT_CALLS);
  #recentAt = 0;
  #recentFilled = 0;

  /** Of the last `window` calls that reached an endpoint (cache hits and rate limits not counted), how many failed. */
  recent(window: number): { calls: number; failed: number } {
    const n = Math.min(window, this.#recentFilled, RECENT_CALLS);
    let failed = 0;
    for (let i = 1; i <= n; i++) failed += this.#recent[(this.#recentAt - i + RECENT_CALLS) % RECENT_CALLS];
    return { calls: n, failed };
  }

  /** A call that reached an endpoint ended: answered usably, or not (no answer after the SDK's retries, or an unusable one). */
  callOutcome(failed: boolean): void {
    this.#remember(failed ? 1 : 0);
  }

  #remember(failed: 0 | 1): void {
    this.#recent[this.#recentAt] = failed;
    this.#recentAt = (this.#recentAt + 1) % RECENT_CALLS;
    if (this.#recentFilled < RECENT_CALLS) this.#recentFilled++;
  }

  /** A call sent a second time past the endpoint's p99 (client.ts); the losing answer is aborted, and may still be billed. */
  recordHedge(_role: Role, _endpoint: string): void {
    this.#hedges++;
  }

  /** Calls hedged this run. */
  get hedges(): number {
    return this.#hedges;
  }

  record(e: UsageEvent): void {
    const targets = [this.#totals, this.#get(this.#byRole, e.role), this.#get(this.#byEndpoint, e.endpoint)];
    for (const t of targets) {
      if (e.cached) {
        t.cachedCalls++;
        t.savedUsd += e.costUsd;
      } else {
        t.calls++;
        t.promptTokens += e.promptTokens;
        t.completionTokens += e.completionTokens;
        t.costUsd += e.costUsd;
      }
    }
    if (e.itemIdx !== undefined) {
      const t = this.#get(this.#byItem, e.itemIdx);
      if (e.cached) t.cachedCalls++;
      else t.calls++;
      t.promptTokens += e.promptTokens;
      t.completionTokens += e.completionTokens;
      t.costUsd += e.costUsd;
    }
  }

  recordError(role: Role, endpoint: string | undefined, kind: UsageErrorKind, itemIdx?: number): void {
    const field = kind === 'output' ? 'outputErrors' : kind === 'request' ? 'requestErrors' : 'rateLimited';
    const targets = [this.#totals, this.#get(this.#byRole, role)];
    if (endpoint !== undefined) targets.push(this.#get(this.#byEndpoint, endpoint));
    if (itemIdx !== undefined) targets.push(this.#get(this.#byItem, itemIdx));
    for (const t of targets) t[field]++;
  }

  totals(): UsageTotals {
    return { ...this.#totals };
  }

  /** An item's usage so far (all its calls, cached or not). */
  item(itemIdx: number): UsageTotals | undefined {
    const t = this.#byItem.get(itemIdx);
    return t ? { ...t } : undefined;
  }

  /** An item's usage, forgotten here: the scheduler stores it with the item when the item is done. */
  takeItem(itemIdx: number): UsageTotals | undefined {
    const t = this.#byItem.get(itemIdx);
    this.#byItem.delete(itemIdx);
    return t;
  }

  snapshot(): UsageSnapshot {
    return {
      totals: this.totals(),
      byRole: Object.fromEntries([...this.#byRole].map(([k, v]) => [k, { ...v }])),
      byEndpoint: Object.fromEntries([...this.#byEndpoint].map(([k, v]) => [k, { ...v }])),
    };
  }

  #get<K>(map: Map<K, UsageTotals>, key: K): UsageTotals {
    let t = map.get(key);
    if (!t) {
      t = emptyTotals();
      map.set(key, t);
    }
    return t;
  }
}

/** a + b, field by field: usage of earlier runs of a job plus this run's. */
export function addUsage(a: UsageSnapshot | undefined, b: UsageSnapshot): UsageSnapshot {
  if (!a) return b;
  const add = (x: UsageTotals | undefined, y: UsageTotals | undefined): UsageTotals => {
    const out = emptyTotals();
    for (const k of Object.keys(out) as (keyof UsageTotals)[]) out[k] = (x?.[k] ?? 0) + (y?.[k] ?? 0);
    return out;
  };
  const merge = <K extends string>(x: Partial<Record<K, UsageTotals>>, y: Partial<Record<K, UsageTotals>>) =>
    Object.fromEntries([...new Set([...Object.keys(x), ...Object.keys(y)])].map((k) => [k, add(x[k as K], y[k as K])])) as Record<K, UsageTotals>;
  return { totals: add(a.totals, b.totals), byRole: merge(a.byRole, b.byRole), byEndpoint: merge(a.byEndpoint, b.byEndpoint) };
}
