/**
 * What a detector is: one defect class of issue 12, judged on one record. It says whether the
 * class applies to the record (the record holds what the class is about: a search with a
 * filter, a create result with created_at, ...) and, when it does, whether the record has the
 * defect, with a short explanation a reader can check against the record.
 */
import type { RecordView } from './record-view.js';

/** What a detector found in a record the class applies to: nothing, or the defect explained. */
export interface Finding {
  readonly defect?: string;
}

/** Facts about the whole job some classes need (free text repeated across records). */
export interface JobFacts {
  /** Normalised sentences found in more than the allowed share of the job's free-text fields. */
  readonly canned: ReadonlySet<string>;
}

export interface Detector {
  /** Short stable key, e.g. "filters"; used in --json and tests. */
  readonly key: string;
  /** The row's title in the table. */
  readonly title: string;
  /** undefined: the class does not apply to the record. */
  check(view: RecordView, job: JobFacts): Finding | undefined;
}

export const CLEAN: Finding = Object.freeze({});

/** Applies; the first defect found (or none). */
export const finding = (defect: string | undefined): Finding => (defect === undefined ? CLEAN : { defect });

/**
 * A class judged over many things of a record (its calls, its fields...): the first defect, or
 * clean when some thing could be judged, or undefined when none could (the class does not apply).
 */
export function judgeAll<T>(things: Iterable<T>, judge: (t: T) => Finding | undefined): Finding | undefined {
  let applies = false;
  for (const t of things) {
    const f = judge(t);
    if (!f) continue;
    if (f.defect !== undefined) return f;
    applies = true;
  }
  return applies ? CLEAN : undefined;
}
