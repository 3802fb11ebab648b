/**
 * Class 82: an answer reading a field's name twice ("The valid until is valid until Sunday",
 * "the due is due on June 3"). Judged on the assistant's texts: two words said again right after
 * "is" ("X Y is X Y") are a defect.
 */
import { finding, type Detector } from '../detector.js';

const TWICE = /\b([A-Za-z]+ [A-Za-z]+) is \1\b/i;

export const labelEcho: Detector = {
  key: 'label-echo',
  title: 'an answer reading a field\'s name twice ("the valid until is valid until Sunday")',
  check: (view) => {
    let applies = false;
    for (const m of view.record.messages) {
      if (m.role !== 'assistant' || typeof m.content !== 'string' || m.content === '') continue;
      applies = true;
      const hit = TWICE.exec(m.content);
      if (hit) return finding(`"${hit[0]}"`);
    }
    return applies ? finding(undefined) : undefined;
  },
};
