/**
 * A phone number says its country: an object holding an international number (+34...) gives
 * that country as its country code, its carrier's mobile country code (MCC) is that country's,
 * and its national format is the number written for that country, not a word drawn at random.
 */
import { callingCodeOfNumber } from '../../../core/geo.js';
import { forEachObject, type Schema } from '../../values/schema.js';
import { admits } from './admits.js';

type Obj = Record<string, unknown>;

/** Mobile country codes (ITU E.212) of the countries whose calling code the tables hold. */
const MCC: Readonly<Record<string, string>> = {
  AE: '424', AR: '722', AT: '232', AU: '505', BE: '206', BR: '724', CA: '302', CH: '228', CL: '730', CN: '460', CO: '732', CZ: '230', DE: '262', DK: '238',
  EG: '602', ES: '214', FI: '244', FR: '208', GB: '234', GR: '202', HK: '454', HU: '216', ID: '510', IE: '272', IL: '425', IN: '404', IS: '274', IT: '222',
  JP: '440', KE: '639', KR: '450', MA: '604', MX: '334', MY: '502', NG: '621', NL: '204', NO: '242', NZ: '530', PE: '716', PH: '515', PL: '260', PT: '268',
  SE: '240', SG: '525', TH: '520', TR: '286', TW: '466', US: '310', VN: '452', ZA: '655',
};
/** Countries that write a national number without a trunk 0. */
const NO_TRUNK = new Set(['US', 'CA', 'ES', 'IT', 'DK', 'NO', 'PT', 'GR', 'SG', 'HK', 'IS', 'PL', 'CZ', 'MA']);

const PHONE_KEY = /^(phone_number|phone|number|e164|e164_number|msisdn)$/;

function nationalFormat(phone: string, code: string, country: string): string {
  const rest = phone.replace(/[\s().-]/g, '').slice(1 + code.length);
  if (code === '1' && rest.length === 10) return `(${rest.slice(0, 3)}) ${rest.slice(3, 6)}-${rest.slice(6)}`;
  const groups = rest.match(/.{1,3}/g) ?? [rest];
  return `${NO_TRUNK.has(country) ? '' : '0'}${groups.join(' ')}`;
}

export function alignPhones(result: unknown, returns: Schema | undefined): void {
  forEachObject(result, returns, (o, props) => {
    const key = Object.keys(o).find((k) => PHONE_KEY.test(k) && typeof o[k] === 'string' && (o[k] as string).startsWith('+'));
    if (!key) return;
    const found = callingCodeOfNumber(o[key] as string);
    if (!found) return;
    const set = (k: string, v: string, inside: Obj = o, p: Readonly<Record<string, Schema>> = props): void => {
      if (inside[k] !== v && admits(p[k], v)) inside[k] = v;
    };
    const have = typeof o.country_code === 'string' ? found.countries.find((c) => c.code === o.country_code) : undefined;
    const country = have ?? found.countries.find((c) => c.code === 'US') ?? found.countries[0];
    if (typeof o.country_code === 'string' && (o.country_code as string).length === 2) set('country_code', country.code);
    if (typeof o.national_format === 'string') set('national_format', nationalFormat(o[key] as string, found.code, country.code));
    const mcc = MCC[country.code];
    const carrier = o.carrier;
    if (mcc && typeof o.mcc === 'string') set('mcc', mcc);
    if (mcc && carrier !== null && typeof carrier === 'object' && !Array.isArray(carrier) && typeof (carrier as Obj).mcc === 'string') {
      set('mcc', mcc, carrier as Obj, ((props.carrier?.properties ?? {}) as Record<string, Schema>));
    }
  });
}
