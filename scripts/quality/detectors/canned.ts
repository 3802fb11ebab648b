/**
 * Class 10: canned free text. Free-text fields (a message, comment, description, summary,
 * note, reason... of at least four words, in arguments and results) are split into sentences;
 * a sentence found in more than a given share of the job's free-text fields (1% by default) is
 * canned, and a record holding one in any free-text field has the defect. The share is counted
 * over the whole job first (FreeText), then each record is judged.
 */
import { CLEAN, finding, type Detector, type Finding, type JobFacts } from '../detector.js';
import { callLeaves, show, words } from '../fields.js';
import { paramSchema, type RecordView } from '../record-view.js';
import { normText } from '../same-value.js';

const FREE_TEXT = new Set([
  'message', 'comment', 'comments', 'description', 'summary', 'body', 'text', 'note', 'notes', 'reason', 'content', 'bio', 'review',
  'instructions', 'caption', 'subject', 'feedback', 'details', 'explanation', 'memo', 'remarks', 'advice', 'answer', 'reply', 'excerpt',
  'snippet', 'abstract', 'prompt', 'story', 'announcement', 'statement', 'justification',
]);
/** Below this many free-text fields in a job, a share says nothing. */
const MIN_FIELDS = 100;

/** The free-text values of a record, each as its set of normalised sentences. */
export function freeTexts(view: RecordView): { where: string; sentences: Set<string> }[] {
  const out: { where: string; sentences: Set<string> }[] = [];
  for (const leaf of callLeaves(view)) {
    if (typeof leaf.value !== 'string' || !words(leaf.key).some((w) => FREE_TEXT.has(w))) continue;
    if (leaf.side === 'args' && leaf.path === leaf.key && paramSchema(leaf.call.def, leaf.key)?.enum) continue;
    if (leaf.value.trim().split(/\s+/).length < 4 || /^\S+:\/\//.test(leaf.value)) continue;
    const sentences = new Set(
      leaf.value
        .split(/(?<=[.!?])\s+/)
        .map(normText)
        .filter((s) => s.split(' ').length >= 4),
    );
    if (sentences.size > 0) out.push({ where: `${leaf.call.name} ${leaf.side} ${leaf.path} ${show(leaf.value)}`, sentences });
  }
  return out;
}

/** Counts sentences over a job's free-text fields, then says which are canned. */
export class FreeText {
  #fields = 0;
  readonly #counts = new Map<string, number>();

  add(view: RecordView): void {
    for (const f of freeTexts(view)) {
      this.#fields++;
      for (const s of f.sentences) this.#counts.set(s, (this.#counts.get(s) ?? 0) + 1);
    }
  }

  /** The sentences in more than `share` of the fields (none below MIN_FIELDS fields). */
  facts(share: number): JobFacts {
    const canned = new Set<string>();
    if (this.#fields >= MIN_FIELDS) for (const [s, n] of this.#counts) if (n > share * this.#fields) canned.add(s);
    return { canned };
  }
}

export const cannedText: Detector = {
  key: 'canned-text',
  title: 'canned free text',
  check(view, job): Finding | undefined {
    const texts = freeTexts(view);
    if (texts.length === 0) return undefined;
    const hit = texts.find((t) => [...t.sentences].some((s) => job.canned.has(s)));
    return hit ? finding(`${hit.where} is one of the job's canned sentences`) : CLEAN;
  },
};
