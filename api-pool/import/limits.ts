/**
 * How much work one imported file may cost. A hostile or careless file (`$ref`s that fan out,
 * a 100,000-value enum, 20,000 operations, a file of gigabytes) ends as one issue naming the
 * file, the place and the limit, in seconds, instead of minutes of work or an out-of-memory death.
 */
import { SCHEMA_BOUNDS, type SchemaBounds } from '../../core/schema-bounds.js';

export interface ImportLimits extends SchemaBounds {
  /** Largest file read, in bytes. Default 64 MiB (the GitHub REST description is ~12 MB). */
  readonly maxFileBytes: number;
  /** Most operations in one OpenAPI document. Default 5,000. */
  readonly maxOperations: number;
  /** Most schema nodes one schema may expand to through its `$ref`s (each inlined copy counted). Default 100,000. */
  readonly maxExpandedNodes: number;
  /** Wall-clock time to convert one file, in ms. Default 10,000. */
  readonly fileMs: number;
  /** The clock (injected by tests). Default `performance.now`. */
  readonly now: () => number;
}

export const IMPORT_LIMITS: ImportLimits = {
  ...SCHEMA_BOUNDS,
  maxFileBytes: 64 * 1024 * 1024,
  maxOperations: 5000,
  maxExpandedNodes: 100_000,
  fileMs: 10_000,
  now: () => performance.now(),
};

/** Work over budget: the whole file is refused (it is thrown past the per-operation skips). */
export class ImportBudgetError extends Error {
  constructor(
    readonly pointer: string,
    message: string,
  ) {
    super(message);
  }
}

/** One file's limits and its wall-clock budget: `check` throws ImportBudgetError once it is spent. */
export class FileClock {
  readonly #deadline: number;
  constructor(readonly limits: ImportLimits = IMPORT_LIMITS) {
    this.#deadline = limits.now() + limits.fileMs;
  }

  /** Throws when the file's time is spent (a clock read: cheap enough for every schema node). */
  check(at: string): void {
    if (this.limits.now() > this.#deadline) {
      throw new ImportBudgetError(at, `stopped at ${at || '/'}: converting the file took longer than ${this.limits.fileMs} ms (limit: import time per file)`);
    }
  }
}
