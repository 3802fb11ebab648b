/**
 * Errors say what the CLI and the scheduler must do with them (STYLE.md, 2): each carries the
 * exit code the process ends with, and structured fields for the message.
 */
import { isSecretField, looksLikeSecret, redactSecrets } from './secrets.js';

export abstract class ToolforgeError extends Error {
  abstract readonly exitCode: number;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Bad flags or arguments: exit 2. */
export class UsageError extends ToolforgeError {
  readonly exitCode = 2;
}

/** A config value that fails the schema: names the source, the JSON pointer and the value. Exit 2. */
export class ConfigError extends ToolforgeError {
  readonly exitCode = 2;
  constructor(
    readonly source: string,
    readonly issues: readonly { readonly pointer: string; readonly problem: string; readonly value?: unknown }[],
  ) {
    super(
      `bad config in ${source}:\n` +
        issues
          .map((i) => `  at ${i.pointer || '/'}: ${i.problem}${'value' in i ? ` (got ${shown(i.pointer, i.value)})` : ''}`)
          .join('\n'),
    );
  }
}

/** The output directory holds something else than this job: exit 2, nothing touched. */
export class JobMismatchError extends ToolforgeError {
  readonly exitCode = 2;
}

/** The checkpoint cannot be opened or read: exit 1, the file is left as it is. */
export class CheckpointError extends ToolforgeError {
  readonly exitCode = 1;
}

/** A sealed shard is missing or its bytes differ from the sha256 the checkpoint recorded: exit 1, nothing is read from it. */
export class ShardIntegrityError extends ToolforgeError {
  readonly exitCode = 1;
}

/** The job cannot go on (too many failures, nothing accepted): exit 1, the checkpoint is kept. */
export class JobFailedError extends ToolforgeError {
  readonly exitCode = 1;
}

/** A config value as an error may show it: never a key (core/secrets.ts). */
function shown(pointer: string, value: unknown): string {
  // The pointer may end with a location, e.g. "/endpoints/0/apiKey (line 4)".
  const field = pointer.split(' ')[0].split('/').pop() ?? '';
  if (typeof value === 'string' && (isSecretField(field) || looksLikeSecret(value))) return 'a value that looks like a key, not shown';
  return quote(redactSecrets(value, field));
}

export function quote(value: unknown): string {
  if (value === undefined) return 'nothing';
  // JSON has no infinity: YAML's .inf would read as null.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const text = JSON.stringify(value, (_, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v)) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
