/** Italian words for implied values: numbers, relative dates, clocks, the user's own things. */
import type { LangWords } from './types.js';
import { profileTable } from './own.js';

const UNITS = ['zero', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci', 'undici', 'dodici', 'tredici', 'quattordici', 'quindici', 'sedici', 'diciassette', 'diciotto', 'diciannove'];
const TENS = ['', '', 'venti', 'trenta', 'quaranta', 'cinquanta', 'sessanta', 'settanta', 'ottanta', 'novanta'];
/** Weekdays with their gender (domenica is feminine). */
const WEEKDAYS: readonly (readonly ['m' | 'f', string])[] = [['m', 'lunedì'], ['m', 'martedì'], ['m', 'mercoledì'], ['m', 'giovedì'], ['m', 'venerdì'], ['m', 'sabato'], ['f', 'domenica']];
const MONTHS = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];

/** 0-99 in words: the tens drop their vowel before "uno" and "otto" ("ventuno", "trentotto"), and "tre" ends stressed ("ventitré"). */
function below100(n: number): string {
  if (n < 20) return UNITS[n];
  const u = n % 10;
  const t = TENS[Math.floor(n / 10)];
  if (u === 0) return t;
  return u === 1 || u === 8 ? `${t.slice(0, -1)}${UNITS[u]}` : `${t}${u === 3 ? 'tré' : UNITS[u]}`;
}

/** 0-999 in words, one word ("duecentocinquanta"); "uno" counting a noun is "un"/"una". */
function spell(n: number, g: 'm' | 'f'): string {
  if (n === 1) return g === 'f' ? 'una' : 'un';
  if (n < 100) return below100(n);
  const h = Math.floor(n / 100);
  const rest = n % 100;
  return `${h === 1 ? 'cento' : `${UNITS[h]}cento`}${rest === 0 ? '' : below100(rest)}`;
}

const year = (dy: number): string => (dy === 0 ? '' : dy > 0 ? " dell'anno prossimo" : " dell'anno scorso");
const dayOf = (d: number): string => (d === 1 ? 'primo' : String(d));

export const IT: LangWords = {
  lang: 'it',
  spell,
  spellings: (n) => (n === 1 ? ['uno'] : []),
  day(x, count) {
    switch (x.t) {
      case 'fixed': return [{ text: ["l'altro ieri", 'ieri', 'oggi', 'domani', 'dopodomani'][x.off + 2], shape: 'bare' }];
      case 'in': return [{ text: `tra ${x.unit === 'week' ? (x.n === 1 ? 'una settimana' : `${count(x.n, 'f')} settimane`) : `${count(x.n, 'm')} giorni`}`, shape: 'span' }];
      case 'ago': return [{ text: `${x.unit === 'week' ? (x.n === 1 ? 'una settimana' : `${count(x.n, 'f')} settimane`) : `${count(x.n, 'm')} giorni`} fa`, shape: 'span' }];
      case 'weekday': {
        const [g, wd] = WEEKDAYS[x.wd];
        if (x.which === 'this') return [{ text: `${g === 'f' ? 'questa' : 'questo'} ${wd}`, shape: 'bare' }];
        const word = x.which === 'next' ? (g === 'f' ? 'prossima' : 'prossimo') : g === 'f' ? 'scorsa' : 'scorso';
        return [{ text: `${wd} ${word}`, shape: 'bare' }];
      }
      case 'dom': return [{ text: `${dayOf(x.d)} del mese${x.next ? ' prossimo' : ''}`, shape: 'keep' }];
      case 'end': return [{ text: `ultimo giorno del mese${x.next ? ' prossimo' : ''}`, shape: 'keep' }];
      case 'date': return [{ text: `${dayOf(x.d)} ${MONTHS[x.m]}${year(x.dy)}`, shape: 'keep' }];
    }
  },
  period(x, count) {
    switch (x.t) {
      case 'month': return [['il mese scorso', 'questo mese', 'il mese prossimo'][x.shift + 1]];
      case 'month-of': return [`${MONTHS[x.m]}${year(x.dy)}`];
      case 'year': return [["l'anno scorso", "quest'anno", "l'anno prossimo"][x.shift + 1]];
      case 'years': return [x.dir > 0 ? `tra ${count(x.n, 'm')} anni` : `${count(x.n, 'm')} anni fa`];
    }
  },
  clock: (h, min) => (h === 12 && min === 0 ? 'a mezzogiorno' : `${h === 1 ? "all'" : 'alle '}${h}:${String(min).padStart(2, '0')}`),
  profile: profileTable(
    {
      email: { to: ['al mio indirizzo email'], from: ['dal mio indirizzo email'], at: ['con il mio indirizzo email'] },
      name: { to: ['per me'], from: ['da parte mia'], at: ['a mio nome'] },
      city: { to: ['verso la mia città'], from: ['dalla mia città'], at: ['nella mia città', 'dove abito'] },
      country: { to: ['verso il mio paese'], from: ['dal mio paese'], at: ['nel mio paese'] },
      currency: { to: ['nella mia valuta'], from: ['dalla mia valuta'], at: ['nella mia valuta'] },
      timeZone: { to: ['nel mio fuso orario'], from: ['dal mio fuso orario'], at: ['nel mio fuso orario', "con l'ora di casa mia"] },
      language: { to: ['nella mia lingua'], from: ['dalla mia lingua'], at: ['nella mia lingua'] },
    },
    {
      account: ['m', 'conto'], card: ['f', 'carta abituale'], calendar: ['m', 'calendario'], cart: ['m', 'carrello'], policy: ['f', 'polizza'], claim: ['m', 'sinistro'],
      player: ['m', 'profilo giocatore'], team: ['f', 'squadra'], league: ['f', 'lega'], order: ['m', 'ordine'], application: ['f', 'domanda'], phone: ['m', 'numero di telefono'],
      key: ['f', 'chiave API'], parcel: ['m', 'pacco'], course: ['m', 'corso'], doctor: ['m', 'medico di base'], field: ['m', 'campo'], profile: ['m', 'profilo'],
      appointment: ['m', 'appuntamento'], contract: ['m', 'contratto'],
    },
    { to: ['a me come titolare'], from: ['da me come titolare'], at: ['di mia proprietà'] },
    (role, g, noun) => {
      const [my, to, from, on] = g === 'f' ? ['mia', 'alla', 'dalla', 'sulla'] : ['mio', 'al', 'dal', 'sul'];
      return role === 'to' ? [`${to} ${my} ${noun}`] : role === 'from' ? [`${from} ${my} ${noun}`] : [`${on} ${my} ${noun}`, `per ${g === 'f' ? 'la' : 'il'} ${my} ${noun}`];
    },
  ),
};
