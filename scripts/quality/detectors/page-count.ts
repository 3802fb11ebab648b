/**
 * Class 92: an answer counting pages as things: "found 82 recipes" for a search stating
 * total_results 812 and total_pages 82. Judged on results stating both a total of pages and a
 * total of results that differ: an assistant text saying the number of pages before a word other
 * than "pages", and not the number of results, is a defect.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { assistantTexts, words } from '../fields.js';
import { isObject } from '../record-view.js';

const say = (n: number): string => n.toLocaleString('en-US');

export const pageCount: Detector = {
  key: 'page-count',
  title: 'an answer counting pages as things ("82 recipes" for 812 results on 82 pages)',
  check: (view) => {
    const text = [...assistantTexts(view, 'content')].join(' ');
    return judgeAll(view.calls, (call) => {
      if (call.failed || !isObject(call.result)) return undefined;
      const r = call.result;
      const pagesKey = Object.keys(r).find((k) => words(k).join('_') === 'total_pages' && typeof r[k] === 'number');
      const totalKey = Object.keys(r).find((k) => ['total_results', 'total', 'total_count', 'count'].includes(words(k).join('_')) && typeof r[k] === 'number');
      if (pagesKey === undefined || totalKey === undefined || r[pagesKey] === r[totalKey]) return undefined;
      const [pages, total] = [r[pagesKey] as number, r[totalKey] as number];
      const wrong = new RegExp(`\\b${say(pages).replace(/,/g, ',')} (?!pages?\\b)[a-z]`).test(text) && !text.includes(say(total));
      return finding(wrong ? `${call.name}: the answer counts ${say(pages)} (${pagesKey}) for ${say(total)} (${totalKey})` : undefined);
    });
  },
};
