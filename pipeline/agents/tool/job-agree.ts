/**
 * A job posting hires the job it is titled: "Dynamic Response Architect" is not described as
 * "We are hiring a junior data analyst". Applied to result objects holding a title and a
 * description that opens by naming the role hired ("We are hiring a ... to", "Join us as a ...
 * to"): the role named is the title, with its article.
 */
import { forEachObject, type Schema } from '../../values/schema.js';
import { fits } from '../../values/siblings.js';

const HIRING = /^(We are hiring|Join us as) an? (.+?) (to .+)$/;

export function alignJobText(result: unknown, returns: Schema | undefined): void {
  forEachObject(result, returns, (o, props) => {
    const tk = ['title', 'job_title', 'position', 'role'].find((k) => typeof o[k] === 'string' && (o[k] as string).trim() !== '');
    const dk = ['description', 'summary', 'snippet'].find((k) => typeof o[k] === 'string');
    if (!tk || !dk) return;
    const m = HIRING.exec(o[dk] as string);
    const title = (o[tk] as string).trim();
    if (!m || m[2].toLowerCase() === title.toLowerCase()) return;
    const next = `${m[1]} ${/^[aeiou]/i.test(title) ? 'an' : 'a'} ${title} ${m[3]}`;
    if (!props[dk] || fits(props[dk], next)) o[dk] = next;
  });
}
