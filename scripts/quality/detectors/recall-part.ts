/**
 * Class 78: a recall whose summary is about another part than its component: a "steering"
 * recall whose airbag inflator may loosen, "brakes" with a steering column bolt. Judged on result
 * objects holding a component (or system) beside a summary (description, consequence) or a
 * remedy: when the text names a vehicle part, it must be a part of that component.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { fieldAt, resultObjects } from '../fields.js';

/** Components and the words naming their parts. */
const PARTS: readonly (readonly [RegExp, RegExp])[] = [
  [/brake/, /\bbrake/],
  [/steer/, /\bsteering/],
  [/fuel/, /\bfuel/],
  [/air ?bag/, /\bair ?bag/],
  [/electric/, /\b(electrical|wiring|camera|software|battery|fuse)/],
  [/seat ?belt/, /\bseat ?belt/],
  [/suspension/, /\bsuspension/],
  [/power ?train|engine|transmission/, /\b(transmission|engine|drive ?shaft|powertrain)/],
  [/tire|tyre|wheel/, /\b(tire|tyre|wheel)/],
];

export const recallPart: Detector = {
  key: 'recall-part',
  title: 'a recall whose summary is about another part than its component (an airbag in a steering recall)',
  check: (view) =>
    judgeAll(resultObjects(view), ({ call, object, path }) => {
      const ck = ['component', 'system'].find((k) => typeof object[k] === 'string');
      if (ck === undefined) return undefined;
      const component = (object[ck] as string).toLowerCase().replace(/_/g, ' ');
      const own = PARTS.find(([c]) => c.test(component));
      const texts = ['summary', 'description', 'consequence', 'remedy'].filter((k) => typeof object[k] === 'string');
      if (own === undefined || texts.length === 0) return undefined;
      for (const k of texts) {
        const text = (object[k] as string).toLowerCase();
        const named = PARTS.filter(([, words]) => words.test(text));
        if (named.length > 0 && !named.includes(own)) return finding(`${fieldAt(call, path, k)} "${object[k] as string}" for component ${object[ck] as string}`);
      }
      return finding(undefined);
    }),
};
