/**
 * Class 106: a job posting whose description hires another job: "Dynamic Response Architect"
 * described as "We are hiring a junior data analyst to own our payments platform". Judged on
 * result objects holding a title and a description that names the role hired ("We are hiring a
 * ... to", "Join us as a ... to", "Looking for a ... to"): the role named is the title.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { resultObjects, show } from '../fields.js';

const HIRING = /^(?:We are hiring|We're hiring|Join us as|Looking for|We are looking for) an? (.+?) to /i;

export const jobText: Detector = {
  key: 'job-text',
  title: 'a job posting whose description hires another job ("Response Architect" hiring a data analyst)',
  check: (view) =>
    judgeAll(resultObjects(view), ({ call, object: o, path }) => {
      const tk = ['title', 'job_title', 'position'].find((k) => typeof o[k] === 'string');
      const m = typeof o.description === 'string' ? HIRING.exec(o.description) : null;
      if (!tk || !m) return undefined;
      const title = (o[tk] as string).toLowerCase();
      const role = m[1].toLowerCase();
      return finding(title.includes(role) || role.includes(title) ? undefined : `${call.name} ${path || 'result'}: ${tk} ${show(o[tk])}, description hiring ${show(m[1])}`);
    }),
};
