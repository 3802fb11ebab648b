/** What an import gives back: the APIs, and the issues found on the way, each with its place. */
import type { ApiSpec } from '../types.js';

export interface ImportIssue {
  file: string;
  /** JSON pointer in the file ('' for the whole file; `/<line index>/...` in JSONL files). */
  pointer: string;
  problem: string;
}

export interface ImportResult {
  apis: ApiSpec[];
  skipped: ImportIssue[];
  warnings: ImportIssue[];
}

/** A problem noted while converting, reported as a warning of the file it came from. */
export interface Note {
  pointer: string;
  problem: string;
}
