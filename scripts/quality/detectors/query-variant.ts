/**
 * Class 21: a search lists, for the query it was given, the query itself with an edition tail:
 * a course "Midterm Grades II", a news article "Housing Market Plus", a recipe "Pasta II", a
 * snippet "...the patent claims were invalid II". Products, plans, job levels and marks have
 * editions and tiers (an "Unlimited Plus" plan, an "Electrician II"); articles, papers,
 * courses, recipes, datasets, e-mails, claims and sentences do not. Judged on listed items of a
 * call with a query argument, by the tool's name and domain.
 */
import { finding, judgeAll, type Detector, type Finding } from '../detector.js';
import { show, words } from '../fields.js';
import type { CallView } from '../record-view.js';
import { listsOf } from './filters.js';

const QUERY = new Set(['query', 'q', 'keyword', 'keywords', 'search', 'search_term', 'search_query', 'term', 'topic', 'claim_text', 'title_contains', 'name_contains']);
const TAIL = /\s(II|III|Plus|Pro|Select|Live|One|Max|Prime|2)$/;
/** Things without editions, by words of the tool's name or domain. */
const NO_EDITIONS = /\b(news|article|articles|paper|papers|publication|publications|research|course|courses|class|lesson|recipe|recipes|dataset|datasets|mail|mailbox|inbox|message|messages|email|fact|claim|claims|podcast|episode|episodes|post|posts|blog|opinion|opinions|case|cases|calendar|event|events)\b/;
const TEXT_FIELDS = ['title', 'name', 'headline', 'subject', 'text', 'snippet', 'summary', 'label'];
/** A sentence (a snippet, a claim of seven words or more), not a name. */
const isSentence = (s: string): boolean => /[.!?:;]/.test(s) || s.trim().split(/\s+/).length >= 7;

export function queryVariantFinding(call: CallView): Finding | undefined {
  if (call.failed) return undefined;
  const queries = Object.entries(call.args).filter(([k, v]) => QUERY.has(words(k).join('_')) && typeof v === 'string' && v.trim().length >= 3).map(([, v]) => (v as string).trim().toLowerCase());
  if (queries.length === 0) return undefined;
  const about = `${words(call.name).join(' ')} ${call.domain ?? ''}`;
  const editionless = NO_EDITIONS.test(about);
  const texts = listsOf(call.result).flatMap(({ items }) => items.flatMap((it) => TEXT_FIELDS.filter((f) => typeof it[f] === 'string').map((f) => ({ f, v: it[f] as string }))));
  return judgeAll(texts, ({ f, v }) => {
    const m = TAIL.exec(v);
    const stem = m ? v.slice(0, m.index) : v;
    if (!queries.some((q) => stem.toLowerCase().includes(q))) return undefined;
    // A sentence never takes an edition; a title of an editionless thing neither.
    const bad = m !== null && (isSentence(stem) || (editionless && queries.includes(stem.trim().toLowerCase())));
    return finding(bad ? `${call.name}: ${f} ${show(v)} is the query ${show(stem)} with an edition tail` : undefined);
  });
}

export const queryVariant: Detector = {
  key: 'query-variant',
  title: 'a listed title is the query with an edition tail (Pasta II)',
  check: (view) => judgeAll(view.calls, queryVariantFinding),
};
