/**
 * Class 68: a rationale that quotes nothing: `window from ""`, `notify from ""` (an argument the
 * user implied in parts, a window of two relative dates, explained by the empty words of the
 * whole instead of the words of a part). Judged on every record with a rationale (an assistant
 * message's reasoning): an empty pair of quotation marks in one is a defect.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { assistantTexts } from '../fields.js';

const EMPTY = /(^|[\s(:,])(""|“”|„“|«\s*»|「」)/;

export const emptyQuote: Detector = {
  key: 'empty-quote',
  title: 'a rationale that quotes nothing (window from "")',
  check: (view) =>
    judgeAll(assistantTexts(view, 'reasoning'), (text) => {
      const hit = EMPTY.exec(text);
      return finding(hit ? `rationale "${text.slice(Math.max(0, hit.index - 40), hit.index + 4)}"` : undefined);
    }),
};
