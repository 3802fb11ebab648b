/**
 * Class 20: a person's email that is another person's: an adjuster "Belle Thiel" reached at
 * saige.boscoklocko@..., a representative "Thomas Feil" at roberta.boscoklocko@... Judged on
 * an object holding a person's name and an email under the same prefix (name/email,
 * contact_name/contact_email, customer/customer_email), arguments and results alike. The
 * address is another person's when its local part reads as a person's (two or more words:
 * first.last) and holds no word of the name; a role address (info@, support@) or initials
 * are not judged.
 */
import { finding, judgeAll, type Detector, type Finding } from '../detector.js';
import { callObjects, show, words } from '../fields.js';

const PERSON_NAME = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}$/u;
const NOT_PERSON = /\b(Inc|LLC|Ltd|GmbH|Group|Bank|Labs|Corp|Co|Studio|Studios|Hotel|Cafe|Clinic|Center|Centre|Store|Team)\b/;
const plain = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** The (name, email) key pairs of an object. */
function pairs(o: Readonly<Record<string, unknown>>): [string, string][] {
  const out: [string, string][] = [];
  const keys = Object.keys(o);
  for (const ek of keys) {
    const w = words(ek);
    const at = w[w.length - 1] === 'address' ? w.length - 2 : w.length - 1;
    if (w[at] !== 'email' && w[at] !== 'mail') continue;
    const prefix = w.slice(0, at).join('_');
    const nk = keys.find((k) => {
      const n = words(k).join('_');
      return prefix === '' ? n === 'name' || n === 'full_name' || n === 'display_name' : n === `${prefix}_name` || n === `${prefix}_full_name` || n === prefix;
    });
    if (nk !== undefined) out.push([nk, ek]);
  }
  return out;
}

export function nameEmailMismatch(given: Readonly<Record<string, unknown>>): Finding | undefined {
  // A person given by first and last name (a candidate, a guest) is named by both.
  const o = typeof given.first_name === 'string' && typeof given.last_name === 'string' && !('name' in given) ? { ...given, name: `${given.first_name} ${given.last_name}` } : given;
  return judgeAll(pairs(o), ([nk, ek]) => {
    const name = o[nk];
    const email = o[ek];
    if (typeof name !== 'string' || typeof email !== 'string' || !PERSON_NAME.test(name) || NOT_PERSON.test(name)) return undefined;
    const local = plain(email.split('@')[0] ?? '');
    const parts = local.split(/[^a-z]+/).filter((p) => p.length >= 2);
    if (parts.length < 2) return undefined;
    const own = plain(name).split(/[^a-z]+/).filter((t) => t.length >= 2);
    return finding(own.some((t) => local.includes(t)) ? undefined : `${nk} ${show(name)} but ${ek} ${show(email)}`);
  });
}

export const nameEmail: Detector = {
  key: 'name-email',
  title: "a person's email is another person's",
  check: (view) =>
    judgeAll(
      callObjects(view),
      ({ call, side, object }) => {
        const f = nameEmailMismatch(object);
        return f?.defect ? finding(`${call.name} ${side}: ${f.defect}`) : f;
      },
    ),
};
