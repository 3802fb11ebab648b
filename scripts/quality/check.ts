/**
 * Running the detectors over a job: a first pass counts the job's free text (which sentences
 * are canned), a second judges each record with every detector, keeping per class how many
 * records it applies to, how many have the defect and two examples, and how many records have
 * any defect at all.
 */
import type { CanonicalRecord } from '../../core/record.js';
import type { Detector, JobFacts } from './detector.js';
import { DETECTORS } from './detectors.js';
import { FreeText } from './detectors/canned.js';
import { readRecords, type JobInput } from './job-files.js';
import { recordView, type RecordView } from './record-view.js';

/** A sentence in more than this share of the job's free-text fields is canned. */
export const CANNED_SHARE = 0.01;

export interface ClassReport {
  readonly key: string;
  readonly title: string;
  readonly applies: number;
  readonly defects: number;
  /** defects / applies (0 when it applies to nothing). */
  readonly rate: number;
  readonly examples: readonly { readonly id: string; readonly why: string }[];
}

export interface JobReport {
  readonly job: string;
  readonly records: number;
  readonly anyDefect: number;
  readonly anyRate: number;
  readonly classes: readonly ClassReport[];
}

const EXAMPLES = 2;
/** The tool an explanation starts with ("search_hotel_offers: ..."). */
const toolOf = (why: string): string => /^[\w-]+/.exec(why)?.[0] ?? why;

export class Tally {
  #records = 0;
  #any = 0;
  readonly #classes: { applies: number; defects: number; examples: { id: string; why: string }[]; spare?: { id: string; why: string } }[];

  constructor(private readonly detectors: readonly Detector[] = DETECTORS) {
    this.#classes = detectors.map(() => ({ applies: 0, defects: 0, examples: [] }));
  }

  add(view: RecordView, facts: JobFacts): void {
    this.#records++;
    let any = false;
    for (const [i, d] of this.detectors.entries()) {
      const f = d.check(view, facts);
      if (!f) continue;
      const c = this.#classes[i];
      c.applies++;
      if (f.defect === undefined) continue;
      c.defects++;
      any = true;
      // Examples of different tools when there are: the second is another tool's, if any comes.
      const example = { id: view.id, why: f.defect };
      if (c.examples.length === 0) c.examples.push(example);
      else if (c.examples.length < EXAMPLES && toolOf(example.why) !== toolOf(c.examples[0].why)) c.examples.push(example);
      else c.spare ??= example;
    }
    if (any) this.#any++;
  }

  report(job: string): JobReport {
    return {
      job,
      records: this.#records,
      anyDefect: this.#any,
      anyRate: this.#records === 0 ? 0 : this.#any / this.#records,
      classes: this.detectors.map((d, i) => {
        const c = this.#classes[i];
        const examples = c.examples.length < EXAMPLES && c.spare ? [...c.examples, c.spare] : c.examples;
        return { key: d.key, title: d.title, applies: c.applies, defects: c.defects, rate: c.applies === 0 ? 0 : c.defects / c.applies, examples };
      }),
    };
  }
}

/** Check records held in memory (tests, small sets). */
export function checkRecords(records: readonly CanonicalRecord[], options: { job?: string; domains?: ReadonlyMap<string, string>; cannedShare?: number } = {}): JobReport {
  const views = records.map((r) => recordView(r, options.domains));
  const text = new FreeText();
  for (const v of views) text.add(v);
  const facts = text.facts(options.cannedShare ?? CANNED_SHARE);
  const tally = new Tally();
  for (const v of views) tally.add(v, facts);
  return tally.report(options.job ?? 'records');
}

/** Check a job's shards, streaming them twice. */
export async function checkJob(job: JobInput, options: { cannedShare?: number } = {}): Promise<JobReport> {
  const text = new FreeText();
  for await (const r of readRecords(job)) text.add(recordView(r, job.domains));
  const facts = text.facts(options.cannedShare ?? CANNED_SHARE);
  const tally = new Tally();
  for await (const r of readRecords(job)) tally.add(recordView(r, job.domains), facts);
  return tally.report(job.path);
}

/** The targets: every class under 1% of the records it applies to, at most 5% with any. */
export const TARGETS = { classRate: 0.01, anyRate: 0.05 } as const;

export function meetsTargets(r: JobReport): boolean {
  return r.classes.every((c) => c.rate < TARGETS.classRate) && r.anyRate <= TARGETS.anyRate;
}
