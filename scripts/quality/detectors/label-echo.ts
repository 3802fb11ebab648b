/**
 * Class 82: an answer reading a field's name twice ("The valid until is valid until Sunday",
 * "the due is due on June 3"). Judged on the assistant's texts: two words said again right after
 * "is" ("X Y is X Y") are a defect.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { assistantTexts } from '../fields.js';

const TWICE = /\b([A-Za-z]+ [A-Za-z]+) is \1\b/i;

export const labelEcho: Detector = {
  key: 'label-echo',
  title: 'an answer reading a field\'s name twice ("the valid until is valid until Sunday")',
  check: (view) =>
    judgeAll(assistantTexts(view, 'content'), (text) => {
      const hit = TWICE.exec(text);
      return finding(hit ? `"${hit[0]}"` : undefined);
    }),
};
