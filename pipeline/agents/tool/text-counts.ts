/**
 * A text's counts are its own: an article whose full text has twelve words does not report a
 * word count of 2, nor a character count other than its length. Applied to results after they
 * are drawn (the text may have been rewritten by the result's rules).
 */
import { forEachObject, type Schema } from '../../values/schema.js';
import { admits } from './admits.js';

const TEXT_KEY = /^(text|content|body|full_text|transcript|lyrics|article_text)$/;
const WORDS_KEY = /^(word_count|words|num_words|words_count)$/;
const CHARS_KEY = /^(char_count|character_count|characters|num_characters|chars)$/;

/** Words as a reader counts them: runs of letters or digits, apostrophes and hyphens inside. */
export const wordsIn = (text: string): number => (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;

export function alignTextCounts(result: unknown, returns: Schema | undefined): void {
  forEachObject(result, returns, (o, props) => {
    const textKey = Object.keys(o).find((k) => TEXT_KEY.test(k) && typeof o[k] === 'string');
    if (textKey === undefined) return;
    const text = o[textKey] as string;
    for (const k of Object.keys(o)) {
      if (typeof o[k] !== 'number') continue;
      const want = WORDS_KEY.test(k) ? wordsIn(text) : CHARS_KEY.test(k) ? [...text].length : undefined;
      if (want !== undefined && o[k] !== want && admits(props[k], want)) o[k] = want;
    }
  });
}
