/**
 * Endpoints that are down: while one fails every call, a warning line every `intervalMs` says
 * for how long, when it is tried next and when the job will stop, so a job waiting on a dead
 * server is never silent; once every endpoint of a role has been down past its `maxDownMs`, the
 * call fails with LlmEndpointDownError, which stops the job (exit 1, the resume command).
 */
import type { Logger } from '../core/logger.js';
import { LlmEndpointDownError } from './errors.js';
import type { EndpointGovernor } from './governor.js';

export class DownWatch {
  #timer: NodeJS.Timeout | undefined;
  readonly #lastError = new Map<string, string>();

  constructor(
    private readonly governors: ReadonlyMap<string, EndpointGovernor>,
    private readonly logger: Logger | undefined,
    private readonly intervalMs: number,
  ) {}

  /** A call to `endpoint` failed after the SDK's retries with `message`; the governor has counted it. */
  failed(endpoint: string, message: string): void {
    // The message starts with the endpoint's name, said already where it is shown.
    this.#lastError.set(endpoint, message.startsWith(`${endpoint}: `) ? message.slice(endpoint.length + 2) : message);
    if (this.#timer === undefined && this.logger) {
      this.#timer = setInterval(() => this.#report(), this.intervalMs);
      this.#timer.unref();
    }
  }

  /** The error that stops the job when every one of `endpoints` is down past its limit, else undefined. */
  stopError(endpoints: readonly string[]): LlmEndpointDownError | undefined {
    const govs = endpoints.map((n) => this.governors.get(n)).filter((g): g is EndpointGovernor => g !== undefined);
    if (govs.length === 0 || !govs.every((g) => g.downForMs > 0 && g.downForMs >= g.maxDownMs)) return undefined;
    const downForMs = Math.min(...govs.map((g) => g.downForMs));
    const which = govs.map((g) => `${g.name} (last: ${this.#lastError.get(g.name) ?? 'failing'})`).join(', ');
    return new LlmEndpointDownError(
      govs.map((g) => g.name),
      downForMs,
      `${govs.length === 1 ? 'endpoint' : 'endpoints'} ${which} failed every call for ${seconds(downForMs)}, longer than maxDownMs (${seconds(Math.max(...govs.map((g) => g.maxDownMs)))}): is the server up`,
    );
  }

  close(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  #report(): void {
    let down = 0;
    for (const g of this.governors.values()) {
      const s = g.snapshot();
      if (s.downForMs === 0) continue;
      down++;
      this.logger?.warn(
        { endpoint: g.name, downForMs: s.downForMs, failures: s.consecutiveFailures, nextTryInMs: s.cooledForMs, stopsInMs: Math.max(0, g.maxDownMs - s.downForMs), err: this.#lastError.get(g.name) },
        `llm endpoint ${g.name} down for ${seconds(s.downForMs)} (${s.consecutiveFailures} failed calls in a row); next try in ${seconds(s.cooledForMs)}; the job stops if it is still down in ${seconds(Math.max(0, g.maxDownMs - s.downForMs))} (maxDownMs)`,
      );
    }
    if (down === 0) this.close();
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}
