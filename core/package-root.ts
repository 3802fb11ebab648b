/**
 * The folder of toolforge's package.json, from the source tree (core/) or the build
 * (dist/core/) alike: where the data files shipped with the package live (seed APIs, chat
 * templates).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (existsSync(join(dir, 'package.json'))) return (root = dir);
    dir = dirname(dir);
  }
  throw new Error(`toolforge's package.json was not found above ${fileURLToPath(import.meta.url)}`);
}

/** A data file shipped with the package, by its path from the package root. */
export function packagePath(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}
