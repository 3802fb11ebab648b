import { pino, destination, stdTimeFunctions, type Logger } from 'pino';

/**
 * The process logger: JSON lines on stderr (stdout is kept for command output such as
 * `status --json`). Synchronous, so nothing is lost when the process exits right after.
 */
export function createLogger(level: string = process.env.TOOLFORGE_LOG_LEVEL ?? 'info'): Logger {
  return pino(
    { level, base: undefined, timestamp: stdTimeFunctions.isoTime, redact: ['apiKey', '*.apiKey', 'token', '*.token'] },
    destination({ dest: 2, sync: true }),
  );
}

export type { Logger };
