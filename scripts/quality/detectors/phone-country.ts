/**
 * Class 51: a phone number whose details name another country: +34 (Spain) with country code
 * US, a national format that is a word ("json"). Judged on objects of results holding an
 * international number beside a two-letter country code or a national format.
 */
import { geoTables } from '../../../core/geo.js';
import { finding, judgeAll, type Detector } from '../detector.js';
import { fieldAt, resultObjects, show } from '../fields.js';

function callingCodes(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const c of geoTables().countries) if (c.callingCode) out.set(c.code, new Set([c.callingCode]));
  return out;
}
let codes: Map<string, Set<string>> | undefined;

export const phoneCountry: Detector = {
  key: 'phone-country',
  title: 'a phone number whose details name another country (+34 as US)',
  check: (view) =>
    judgeAll(
      resultObjects(view),
      ({ call, object, path }) => {
        const phone = ['phone_number', 'phone', 'number', 'e164'].find((k) => typeof object[k] === 'string' && /^\+\d{7,15}$/.test(object[k] as string));
        if (!phone) return undefined;
        const digits = (object[phone] as string).slice(1);
        let applies = false;
        if (typeof object.national_format === 'string') {
          applies = true;
          if (!/\d{2}/.test(object.national_format)) return finding(`${fieldAt(call, path, 'national_format')} ${show(object.national_format)} for ${show(object[phone])}`);
        }
        const cc = object.country_code;
        codes ??= callingCodes();
        const own = typeof cc === 'string' ? codes.get(cc) : undefined;
        if (own) {
          applies = true;
          if (![...own].some((p) => digits.startsWith(p))) return finding(`${fieldAt(call, path, 'country_code')} ${show(cc)} for ${show(object[phone])}`);
        }
        return applies ? finding(undefined) : undefined;
      },
    ),
};
