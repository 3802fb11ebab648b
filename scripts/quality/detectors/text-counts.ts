/**
 * Class 53: a text's count that is not its own: an article whose text has twelve words with a
 * word count of 2. Judged on result objects holding a full text (text, content, body...) beside
 * a word or character count; a word count may differ by one (hyphens, numbers), not more.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { fieldAt, resultObjects } from '../fields.js';

const TEXT = /^(text|content|body|full_text|transcript|lyrics|article_text)$/;
const WORDS = /^(word_count|words|num_words|words_count)$/;
const CHARS = /^(char_count|character_count|characters|num_characters|chars)$/;

export const textCounts: Detector = {
  key: 'text-counts',
  title: "a text's word or character count that is not its own",
  check: (view) =>
    judgeAll(
      resultObjects(view),
      ({ call, object, path }) => {
        const t = Object.keys(object).find((k) => TEXT.test(k) && typeof object[k] === 'string');
        if (!t) return undefined;
        const text = object[t] as string;
        let applies = false;
        for (const [k, v] of Object.entries(object)) {
          if (typeof v !== 'number') continue;
          if (WORDS.test(k)) {
            applies = true;
            const n = text.split(/\s+/).filter((w) => /\w/.test(w)).length;
            if (Math.abs(v - n) > 1) return finding(`${fieldAt(call, path, k)} ${v} for a ${t} of ${n} words`);
          } else if (CHARS.test(k)) {
            applies = true;
            if (Math.abs(v - text.length) > 2) return finding(`${fieldAt(call, path, k)} ${v} for a ${t} of ${text.length} characters`);
          }
        }
        return applies ? finding(undefined) : undefined;
      },
    ),
};
