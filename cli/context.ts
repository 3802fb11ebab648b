/** What every command handler is given, and the exit codes the CLI ends with. */
import type { Logger } from '../core/logger.js';

/** 0 done, 1 failure, 2 bad usage or bad config, 130 interrupted (the message says how to resume). */
export const EXIT = { ok: 0, failure: 1, usage: 2, interrupted: 130 } as const;

export interface CommandContext {
  readonly logger: Logger;
  readonly tty: boolean;
  /** Where human-readable command output goes (stdout). */
  readonly out: (text: string) => void;
  /** Where human-readable diagnostics go (stderr). */
  readonly err: (text: string) => void;
}
