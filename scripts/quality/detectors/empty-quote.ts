/**
 * Class 68: a rationale that quotes nothing: `window from ""`, `notify from ""` (an argument the
 * user implied in parts, a window of two relative dates, explained by the empty words of the
 * whole instead of the words of a part). Judged on every record with a rationale (an assistant
 * message's reasoning): an empty pair of quotation marks in one is a defect.
 */
import { finding, type Detector } from '../detector.js';

const EMPTY = /(^|[\s(:,])(""|“”|„“|«\s*»|「」)/;

export const emptyQuote: Detector = {
  key: 'empty-quote',
  title: 'a rationale that quotes nothing (window from "")',
  check: (view) => {
    let applies = false;
    for (const m of view.record.messages) {
      if (m.role !== 'assistant' || typeof m.reasoning !== 'string' || m.reasoning === '') continue;
      applies = true;
      const hit = EMPTY.exec(m.reasoning);
      if (hit) return finding(`rationale "${m.reasoning.slice(Math.max(0, hit.index - 40), hit.index + 4)}"`);
    }
    return applies ? finding(undefined) : undefined;
  },
};
