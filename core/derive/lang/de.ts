/** German words for implied values: numbers, relative dates, clocks, the user's own things. */
import type { LangWords } from './types.js';
import { profileTable } from './own.js';

const UNITS = ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn'];
const TENS = ['', '', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];
const WEEKDAYS = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'];
const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** 0-999 in words, one word ("zweihundertfünfundzwanzig"). */
function spell(n: number): string {
  if (n >= 100) {
    const rest = n % 100;
    return `${Math.floor(n / 100) === 1 ? '' : UNITS[Math.floor(n / 100)].replace(/s$/, '')}hundert${rest === 0 ? '' : spell(rest)}`;
  }
  if (n < 20) return UNITS[n];
  const u = n % 10;
  return u === 0 ? TENS[n / 10] : `${UNITS[u].replace(/^eins$/, 'ein')}und${TENS[Math.floor(n / 10)]}`;
}

const year = (dy: number): string => (dy === 0 ? '' : dy > 0 ? ' nächsten Jahres' : ' letzten Jahres');

export const DE: LangWords = {
  lang: 'de',
  spell: (n) => spell(n),
  spellings: (n) => (n >= 100 && n < 200 ? [`ein${spell(n)}`] : []),
  day(x, count) {
    switch (x.t) {
      case 'fixed': return [{ text: ['vorgestern', 'gestern', 'heute', 'morgen', 'übermorgen'][x.off + 2], shape: 'bare' }];
      case 'in': return [{ text: `in ${x.unit === 'week' ? (x.n === 1 ? 'einer Woche' : `${count(x.n, 'f')} Wochen`) : `${count(x.n, 'm')} Tagen`}`, shape: 'span' }];
      case 'ago': return [{ text: `vor ${x.unit === 'week' ? (x.n === 1 ? 'einer Woche' : `${count(x.n, 'f')} Wochen`) : `${count(x.n, 'm')} Tagen`}`, shape: 'span' }];
      case 'weekday': {
        const wd = WEEKDAYS[x.wd];
        // After "am", "ab dem", "bis zum", "für den": the weak adjective ("am nächsten Montag").
        return x.which === 'this' ? [{ text: `${wd} dieser Woche`, shape: 'keep' }] : [{ text: `${x.which === 'next' ? 'nächsten' : 'letzten'} ${wd}`, shape: 'keep' }];
      }
      case 'dom': return [{ text: `${x.d}.${x.next ? ' nächsten Monats' : ''}`, shape: 'keep' }];
      case 'end': return [{ text: `letzten Tag des ${x.next ? 'nächsten ' : ''}Monats`, shape: 'keep' }];
      case 'date': return [{ text: `${x.d}. ${MONTHS[x.m]}${year(x.dy)}`, shape: 'keep' }];
    }
  },
  period(x, count) {
    switch (x.t) {
      case 'month': return [['letzten Monat', 'diesen Monat', 'nächsten Monat'][x.shift + 1]];
      case 'month-of': return [`${MONTHS[x.m]}${year(x.dy)}`];
      case 'year': return [['letztes Jahr', 'dieses Jahr', 'nächstes Jahr'][x.shift + 1]];
      case 'years': return [x.dir > 0 ? `in ${count(x.n, 'm')} Jahren` : `vor ${count(x.n, 'm')} Jahren`];
    }
  },
  clock: (h, min) => `um ${h}:${String(min).padStart(2, '0')} Uhr`,
  profile: profileTable(
    {
      email: { to: ['an meine E-Mail-Adresse'], from: ['von meiner E-Mail-Adresse'], at: ['mit meiner E-Mail-Adresse'] },
      name: { to: ['für mich'], from: ['von mir'], at: ['auf meinen Namen'] },
      city: { to: ['in meine Stadt'], from: ['aus meiner Stadt'], at: ['in meiner Stadt', 'bei mir vor Ort'] },
      country: { to: ['in mein Land'], from: ['aus meinem Land'], at: ['in meinem Land'] },
      currency: { to: ['in meine Währung'], from: ['aus meiner Währung'], at: ['in meiner Währung'] },
      timeZone: { to: ['in meiner Zeitzone'], from: ['aus meiner Zeitzone'], at: ['in meiner Zeitzone', 'nach meiner Ortszeit'] },
      language: { to: ['in meine Sprache'], from: ['aus meiner Sprache'], at: ['in meiner Sprache'] },
    },
    {
      account: ['n', 'Konto'], card: ['f', 'Karte'], calendar: ['m', 'Kalender'], cart: ['m', 'Warenkorb'], policy: ['f', 'Police'], claim: ['m', 'Schadensfall'],
      player: ['n', 'Spielerprofil'], team: ['n', 'Team'], league: ['f', 'Liga'], order: ['f', 'Bestellung'], application: ['m', 'Antrag'], phone: ['f', 'Telefonnummer'],
      key: ['m', 'API-Schlüssel'], parcel: ['n', 'Paket'], course: ['m', 'Kurs'], doctor: ['m', 'Hausarzt'], field: ['n', 'Feld'], profile: ['n', 'Profil'],
      appointment: ['m', 'Termin'], contract: ['m', 'Vertrag'],
    },
    { to: ['an mich als Inhaber'], from: ['von mir als Inhaber'], at: ['in meinem Besitz'] },
    (role, g, noun) => {
      // "für" takes the accusative, "von" and "mit" the dative.
      const acc = g === 'm' ? 'meinen' : g === 'f' ? 'meine' : 'mein';
      const dat = g === 'f' ? 'meiner' : 'meinem';
      return role === 'to' ? [`für ${acc} ${noun}`] : role === 'from' ? [`von ${dat} ${noun}`] : [`mit ${dat} ${noun}`, `bei ${dat} ${noun}`];
    },
  ),
};
