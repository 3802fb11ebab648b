/** The formats `toolforge verify` reads, and the one a row looks like. */
import { isObj } from './read-row.js';

/**
 * The formats `toolforge verify --format` takes: one per reader, and the names of toolforge's
 * export formats that one of them reads (hermes is ShareGPT; messages is read as openai).
 */
export const FORMATS = ['openai', 'sharegpt', 'xlam', 'bfcl', 'hermes', 'messages'] as const;
export type DatasetFormat = (typeof FORMATS)[number];
/** The reader of each format. */
export type Reader = 'openai' | 'sharegpt' | 'xlam' | 'bfcl';
export const READER: Readonly<Record<DatasetFormat, Reader>> = { openai: 'openai', messages: 'openai', sharegpt: 'sharegpt', hermes: 'sharegpt', xlam: 'xlam', bfcl: 'bfcl' };

/** The format a row looks like, or undefined. */
export function detectFormat(row: unknown): Reader | undefined {
  if (!isObj(row)) return undefined;
  if (Array.isArray(row.messages)) return 'openai';
  if (Array.isArray(row.conversations)) return 'sharegpt';
  if ('query' in row && 'answers' in row) return 'xlam';
  if ('question' in row && 'function' in row) return 'bfcl';
  return undefined;
}
