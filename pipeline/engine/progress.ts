/**
 * Progress of a long job: a bar on a terminal; without one, a log line every `intervalMs`.
 */
import cliProgress from 'cli-progress';
import type { Logger } from '../../core/logger.js';
import type { ProgressSink, ProgressSnapshot } from './job-progress.js';

export function createProgress(options: {
  readonly tty: boolean;
  readonly intervalMs: number;
  readonly logger: Logger;
  readonly now?: () => number;
}): ProgressSink {
  return options.tty ? new BarProgress() : new LogProgress(options.logger, options.intervalMs, options.now ?? Date.now);
}

export function formatDuration(sec: number | undefined): string {
  if (sec === undefined || !Number.isFinite(sec)) return '?';
  const s = Math.round(sec);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}h${String(m).padStart(2, '0')}m` : m > 0 ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

function fields(s: ProgressSnapshot) {
  return {
    rejected: s.rejected,
    failed: s.failed,
    shards: s.shards,
    rate: s.acceptedPerSec.toFixed(0),
    eta: formatDuration(s.etaSec),
    cost: s.costUsd > 0 ? ` | $${s.costUsd.toFixed(2)}${s.projectedUsd !== undefined ? ` of ~$${s.projectedUsd.toFixed(2)}` : ''}` : '',
  };
}

class BarProgress implements ProgressSink {
  readonly #bar = new cliProgress.SingleBar(
    {
      format:
        '{bar} {value}/{total} accepted | rejected {rejected} | failed {failed} | shards {shards} | {rate}/s | ETA {eta}{cost}',
      hideCursor: true,
      clearOnComplete: false,
      stream: process.stderr,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  #started = false;

  update(s: ProgressSnapshot): void {
    if (!this.#started) {
      this.#bar.start(s.target, s.accepted, fields(s));
      this.#started = true;
    } else {
      this.#bar.update(s.accepted, fields(s));
    }
  }

  stop(s: ProgressSnapshot): void {
    this.update(s);
    this.#bar.stop();
  }
}

class LogProgress implements ProgressSink {
  #lastAt = 0;
  constructor(
    readonly logger: Logger,
    readonly intervalMs: number,
    readonly now: () => number,
  ) {}

  update(s: ProgressSnapshot): void {
    const t = this.now();
    if (t - this.#lastAt < this.intervalMs) return;
    this.#lastAt = t;
    this.#log(s);
  }

  stop(s: ProgressSnapshot): void {
    this.#log(s);
  }

  #log(s: ProgressSnapshot): void {
    this.logger.info(
      { progress: { ...s, acceptedPerSec: Math.round(s.acceptedPerSec) }, rssMb: Math.round(process.memoryUsage.rss() / 2 ** 20) },
      `${s.accepted}/${s.target} accepted, ${s.rejected} rejected, ${s.failed} failed, ${s.shards} shards, ` +
        `${s.acceptedPerSec.toFixed(0)}/s, ETA ${formatDuration(s.etaSec)}${s.costUsd > 0 ? `, $${s.costUsd.toFixed(4)} spent${s.projectedUsd !== undefined ? `, $${s.projectedUsd.toFixed(4)} projected` : ''}` : ''}`,
    );
  }
}
