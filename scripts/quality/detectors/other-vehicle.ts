/**
 * Class 42: a vehicle described as another: the crash rating of a 2014 Subaru Impreza comes back
 * for a "2020 Subaru Outback Premium", a Kia Sorento's for a "2020 Honda Civic EX". Judged on
 * calls naming a make and a model (in one object of the arguments, with a year where given):
 * every string of the result that describes a vehicle (a field about a vehicle or a car, or a
 * description, title or name naming a maker) names that make and model, and that year.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { callObjects, fieldAt, leaves, show, words } from '../fields.js';
import { MAKERS } from './car-make.js';

const DESCRIBES = /^(description|title|name|summary)$/;
/** Makers whose name is a plain word too (a seat belt, a smart lock). */
const WORDS = new Set(['seat', 'smart', 'mini', 'genesis', 'focus', 'ram']);

export const otherVehicle: Detector = {
  key: 'other-vehicle',
  title: 'a vehicle described as another (a 2014 Subaru Impreza rated as a 2020 Subaru Outback)',
  check(view) {
    return judgeAll(view.calls, (call) => {
      if (call.failed) return undefined;
      const asked = [...callObjects({ ...view, calls: [call] })].flatMap(({ object, side }) => {
        if (side !== 'args') return [];
        const key = (last: RegExp): string | undefined => Object.keys(object).find((k) => last.test(words(k).at(-1) ?? '') && typeof object[k] === 'string');
        const make = key(/^make$/);
        const model = key(/^model$/);
        const year = Object.keys(object).find((k) => /^(year|model_year)$/.test(words(k).join('_')) && typeof object[k] === 'number');
        return make && model ? [{ make: object[make] as string, model: object[model] as string, year: year ? (object[year] as number) : undefined }] : [];
      })[0];
      if (!asked) return undefined;
      const makers = new RegExp(`\\b(${[...new Set([...MAKERS.filter((m) => !WORDS.has(m)), asked.make.toLowerCase()])].map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'i');
      return judgeAll(leaves(call.result), (l) => {
        if (typeof l.value !== 'string') return undefined;
        const w = words(l.key);
        const about = w.includes('vehicle') || w.includes('car') || (DESCRIBES.test(w.at(-1) ?? '') && makers.test(l.value));
        if (!about) return undefined;
        const text = l.value.toLowerCase();
        const year = /\b(19|20)\d\d\b/.exec(l.value)?.[0];
        const ok = text.includes(asked.make.toLowerCase()) && text.includes(asked.model.toLowerCase()) && (asked.year === undefined || year === undefined || Number(year) === asked.year);
        return finding(ok ? undefined : `${fieldAt(call, '', l.path)} ${show(l.value)}, the call asks a ${asked.year ?? ''} ${asked.make} ${asked.model}`.replace('a  ', 'a '));
      });
    });
  },
};
