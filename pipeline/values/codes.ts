/**
 * Identifiers and codes that have a real form: ISBN-13 and IBAN with valid check digits, BIC,
 * IPv4/IPv6 (documentation ranges: plausible and never someone's address), VIN with its check
 * digit, CVE ids, DOIs, hashes, phone numbers in the E.164 form of a real country, postal codes
 * in a country's own format. Each is drawn with a few rng steps; nothing is looked up per item.
 */
import { WMI_CODES } from '../../core/vin.js';
import type { Rng } from '../../core/rng.js';

const DIGITS = '0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const HEX = '0123456789abcdef';

export function chars(rng: Rng, alphabet: string, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(rng.next() * alphabet.length)];
  return s;
}
export const digits = (rng: Rng, n: number): string => chars(rng, DIGITS, n);
export const hex = (rng: Rng, n: number): string => chars(rng, HEX, n);
/** An opaque id: upper-case letters and digits. */
export const alnum = (rng: Rng, n: number): string => chars(rng, UPPER + DIGITS, n);

export function isbn13(rng: Rng): string {
  const body = (rng.bool(0.8) ? '978' : '979') + digits(rng, 9);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i % 2 ? 3 : 1);
  return body + String((10 - (sum % 10)) % 10);
}

/** BBAN layout per country: n digits, a upper-case letters, c letters or digits (ISO 13616 registry). */
const IBAN_BBAN: Readonly<Record<string, string>> = {
  DE: '18n', FR: '10n11c2n', GB: '4a14n', ES: '20n', IT: '1a10n12c', NL: '4a10n', BE: '12n', AT: '16n', CH: '5n12c', PT: '21n',
  IE: '4a14n', PL: '24n', SE: '20n', NO: '11n', DK: '14n', FI: '14n', CZ: '20n', HU: '24n', GR: '7n16c', TR: '5n1n16c', IS: '22n', AE: '19n', IL: '19n', EG: '25n', BR: '23n1a1c',
};

function mod97(s: string): number {
  let m = 0;
  for (const c of s) {
    const v = c >= 'A' ? c.charCodeAt(0) - 55 : c.charCodeAt(0) - 48;
    m = v >= 10 ? (m * 100 + v) % 97 : (m * 10 + v) % 97;
  }
  return m;
}
/** An IBAN of `country` (or Germany where the country has none), with valid check digits. */
export function iban(rng: Rng, country: string): string {
  const cc = country in IBAN_BBAN ? country : 'DE';
  let bban = '';
  for (const [, n, t] of IBAN_BBAN[cc].matchAll(/(\d+)([nac])/g)) bban += chars(rng, t === 'n' ? DIGITS : t === 'a' ? UPPER : UPPER + DIGITS, Number(n));
  const check = 98 - mod97(`${bban}${cc}00`);
  return `${cc}${check < 10 ? '0' : ''}${check}${bban}`;
}
export const bic = (rng: Rng, country: string): string => `${chars(rng, UPPER, 4)}${country in IBAN_BBAN || country.length === 2 ? country : 'DE'}${alnum(rng, 2)}${rng.bool(0.3) ? 'XXX' : ''}`;

/** IPv4 in the documentation ranges (RFC 5737). */
export const ipv4 = (rng: Rng): string => `${['192.0.2', '198.51.100', '203.0.113'][rng.int(0, 2)]}.${rng.int(1, 254)}`;
/** IPv6 in the documentation prefix 2001:db8::/32 (RFC 3849). */
export const ipv6 = (rng: Rng): string => `2001:db8:${hex(rng, 4).replace(/^0+(?=.)/, '')}::${hex(rng, 4).replace(/^0+(?=.)/, '')}`;

const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
const vinValue = (c: string): number => (c <= '9' ? Number(c) : 'ABCDEFGH'.includes(c) ? c.charCodeAt(0) - 64 : 'JKLMN'.includes(c) ? c.charCodeAt(0) - 73 : c === 'P' ? 7 : c === 'R' ? 9 : c.charCodeAt(0) - 81);
/** A 17-character VIN with its check digit (position 9) right. */
export function vin(rng: Rng): string {
  const v = [...`${WMI_CODES[rng.int(0, WMI_CODES.length - 1)]}${chars(rng, VIN_CHARS, 5)}0${chars(rng, VIN_CHARS, 8)}`];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += vinValue(v[i]) * VIN_WEIGHTS[i];
  v[8] = sum % 11 === 10 ? 'X' : String(sum % 11);
  return v.join('');
}

export const cve = (rng: Rng, year: number): string => `CVE-${year - rng.int(0, 4)}-${rng.int(1000, 49999)}`;
export const doi = (rng: Rng, year: number): string => `10.${rng.int(1000, 9999)}/${['j', 's', 'nature', 'jama', 'pnas'][rng.int(0, 4)]}.${year - rng.int(0, 6)}.${digits(rng, 5)}`;
export const arxiv = (rng: Rng, year: number): string => `${String(year - rng.int(0, 3)).slice(2)}${String(rng.int(1, 12)).padStart(2, '0')}.${digits(rng, 5)}`;

/** A phone number in E.164 form for a country's calling code. */
export function phone(rng: Rng, callingCode: string): string {
  if (callingCode === '1') return `+1${rng.int(201, 989)}${rng.int(200, 999)}${digits(rng, 4)}`;
  return `+${callingCode}${rng.int(1, 9)}${digits(rng, Math.max(6, 10 - callingCode.length))}`;
}

/** Postal codes in the country's own form (a plausible one, not a looked-up one). */
export function postalCode(rng: Rng, country: string): string {
  switch (country) {
    case 'GB':
      return `${chars(rng, UPPER, 2)}${rng.int(1, 20)} ${rng.int(1, 9)}${chars(rng, 'ABDEFGHJLNPQRSTUWXYZ', 2)}`;
    case 'CA':
      return `${chars(rng, 'ABCEGHJKLMNPRSTVXY', 1)}${rng.int(0, 9)}${chars(rng, UPPER, 1)} ${rng.int(0, 9)}${chars(rng, UPPER, 1)}${rng.int(0, 9)}`;
    case 'NL':
      return `${rng.int(1000, 9999)} ${chars(rng, UPPER, 2)}`;
    case 'JP':
      return `${digits(rng, 3)}-${digits(rng, 4)}`;
    case 'BR':
      return `${digits(rng, 5)}-${digits(rng, 3)}`;
    case 'PT':
      return `${rng.int(1000, 9999)}-${digits(rng, 3)}`;
    case 'PL':
      return `${digits(rng, 2)}-${digits(rng, 3)}`;
    case 'AT': case 'BE': case 'CH': case 'DK': case 'NO': case 'AU': case 'NZ': case 'ZA': case 'HU':
      return String(rng.int(1000, 9999));
    case 'IE':
      return `D${String(rng.int(1, 24)).padStart(2, '0')} ${chars(rng, UPPER + DIGITS, 4)}`;
    case 'IN': case 'SG': case 'CN':
      return String(rng.int(100000, 999999));
    default:
      return String(rng.int(10000, 99999));
  }
}

const pickOf = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng.next() * xs.length)];
/** An ISRC (ISO 3901): country, registrant, year of reference, designation code. */
export const isrc = (rng: Rng, year: number): string => `${pickOf(rng, ['US', 'GB', 'DE', 'FR', 'SE', 'KR', 'JP', 'CA'])}${alnum(rng, 3)}${String(year - rng.int(0, 15)).slice(2)}${digits(rng, 5)}`;
/** A CVSS v3.1 vector string. */
export const cvssVector = (rng: Rng): string =>
  `CVSS:3.1/AV:${pickOf(rng, ['N', 'A', 'L'])}/AC:${pickOf(rng, ['L', 'H'])}/PR:${pickOf(rng, ['N', 'L', 'H'])}/UI:${pickOf(rng, ['N', 'R'])}/S:${pickOf(rng, ['U', 'C'])}/C:${pickOf(rng, ['H', 'L', 'N'])}/I:${pickOf(rng, ['H', 'L', 'N'])}/A:${pickOf(rng, ['H', 'L', 'N'])}`;
const CPE_PRODUCTS: readonly (readonly [string, string, string])[] = [
  ['apache', 'struts', '2.5.30'], ['openssl', 'openssl', '3.0.7'], ['wordpress', 'wordpress', '6.2.1'], ['jenkins', 'jenkins', '2.401'],
  ['f5', 'nginx', '1.23.4'], ['apache', 'log4j', '2.14.1'], ['gitlab', 'gitlab', '15.11.2'], ['atlassian', 'confluence_server', '8.3.2'],
];
/** A CPE 2.3 name of a known product at one of its versions. */
export function cpe(rng: Rng): string {
  const [vendor, product, version] = pickOf(rng, CPE_PRODUCTS);
  return `cpe:2.3:a:${vendor}:${product}:${version}:*:*:*:*:*:*:*`;
}
/** A common weakness id. */
export const cwe = (rng: Rng): string => `CWE-${pickOf(rng, [79, 89, 20, 22, 78, 787, 416, 125, 287, 352, 434, 502, 918])}`;
/** A METAR report of `station` at `hhmm` on day `day`: wind, visibility, cloud, temperature and dew point, pressure. */
export function metar(rng: Rng, station: string, day: number): string {
  const t = rng.int(-5, 32);
  const dew = t - rng.int(1, 12);
  const temp = (n: number): string => (n < 0 ? `M${String(-n).padStart(2, '0')}` : String(n).padStart(2, '0'));
  return `${station} ${String(day).padStart(2, '0')}${String(rng.int(0, 23)).padStart(2, '0')}50Z ${String(rng.int(0, 35) * 10).padStart(3, '0')}${String(rng.int(2, 25)).padStart(2, '0')}KT ${pickOf(rng, ['9999', '10SM', '6000', '3SM'])} ${pickOf(rng, ['FEW', 'SCT', 'BKN', 'OVC'])}${String(rng.int(5, 80)).padStart(3, '0')} ${temp(t)}/${temp(dew)} Q${rng.int(995, 1035)}`;
}
