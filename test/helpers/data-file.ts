import { expect } from 'vitest';
import { ConfigError } from '../../core/errors.js';

/** `load` must throw the ConfigError of a bad data file, naming the file, the JSON pointer and the problem. */
export function expectDataFileError(load: () => unknown, file: string, pointer: string, problem: string): void {
  let error: unknown;
  try {
    load();
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(ConfigError);
  const message = (error as Error).message;
  expect(message).toContain(file);
  expect(message).toContain(`at ${pointer}: `);
  expect(message).toContain(problem);
}
