/** The formats `toolforge verify` reads, and the one a row looks like. */
import { isObj } from './read-row.js';

export const FORMATS = ['openai', 'sharegpt', 'xlam', 'bfcl'] as const;
export type DatasetFormat = (typeof FORMATS)[number];

/** The format a row looks like, or undefined. */
export function detectFormat(row: unknown): DatasetFormat | undefined {
  if (!isObj(row)) return undefined;
  if (Array.isArray(row.messages)) return 'openai';
  if (Array.isArray(row.conversations)) return 'sharegpt';
  if ('query' in row && 'answers' in row) return 'xlam';
  if ('question' in row && 'function' in row) return 'bfcl';
  return undefined;
}
