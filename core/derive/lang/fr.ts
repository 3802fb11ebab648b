/** French words for implied values: numbers, relative dates, clocks, the user's own things. */
import type { LangWords } from './types.js';
import { profileTable } from './own.js';

const UNITS = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'];
const TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'soixante', 'quatre-vingt', 'quatre-vingt'];
const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** 0-99 in words (the traditional spelling: "vingt et un", "soixante-dix", "quatre-vingts"). */
function below100(n: number): string {
  if (n < 20) return UNITS[n];
  const t = Math.floor(n / 10);
  // 70-79 and 90-99 count on from sixty and eighty ("soixante-douze", "quatre-vingt-dix-neuf").
  const u = t === 7 || t === 9 ? (n % 10) + 10 : n % 10;
  if (u === 0) return t === 8 ? 'quatre-vingts' : TENS[t];
  if ((u === 1 || u === 11) && t !== 8 && t !== 9) return `${TENS[t]} et ${UNITS[u]}`;
  return `${TENS[t]}-${UNITS[u]}`;
}

/** 0-999 in words; "un" counting a feminine noun is "une". */
function spell(n: number, g: 'm' | 'f'): string {
  const fem = (w: string): string => (g === 'f' ? w.replace(/(^|[ -])un$/, '$1une') : w);
  if (n < 100) return fem(below100(n));
  const h = Math.floor(n / 100);
  const rest = n % 100;
  const head = h === 1 ? 'cent' : `${UNITS[h]} cent${rest === 0 ? 's' : ''}`;
  return fem(rest === 0 ? head : `${head} ${below100(rest)}`);
}

const year = (dy: number): string => (dy === 0 ? '' : dy > 0 ? " de l'année prochaine" : " de l'année dernière");
const dayOf = (d: number): string => (d === 1 ? '1er' : String(d));

export const FR: LangWords = {
  lang: 'fr',
  spell,
  day(x, count) {
    switch (x.t) {
      case 'fixed': return [{ text: ['avant-hier', 'hier', "aujourd'hui", 'demain', 'après-demain'][x.off + 2], shape: 'bare' }];
      case 'in': return [{ text: `dans ${x.unit === 'week' ? (x.n === 1 ? 'une semaine' : `${count(x.n, 'f')} semaines`) : `${count(x.n, 'm')} jours`}`, shape: 'span' }];
      case 'ago': return [{ text: `il y a ${x.unit === 'week' ? (x.n === 1 ? 'une semaine' : `${count(x.n, 'f')} semaines`) : `${count(x.n, 'm')} jours`}`, shape: 'span' }];
      case 'weekday': {
        const wd = WEEKDAYS[x.wd];
        return [{ text: x.which === 'this' ? `ce ${wd}` : `${wd} ${x.which === 'next' ? 'prochain' : 'dernier'}`, shape: 'bare' }];
      }
      case 'dom': return [{ text: `${dayOf(x.d)} du mois${x.next ? ' prochain' : ''}`, shape: 'keep' }];
      case 'end': return [{ text: `dernier jour du mois${x.next ? ' prochain' : ''}`, shape: 'keep' }];
      case 'date': return [{ text: `${dayOf(x.d)} ${MONTHS[x.m]}${year(x.dy)}`, shape: 'keep' }];
    }
  },
  period(x, count) {
    switch (x.t) {
      case 'month': return [['le mois dernier', 'ce mois-ci', 'le mois prochain'][x.shift + 1]];
      case 'month-of': return [`${MONTHS[x.m]}${year(x.dy)}`];
      case 'year': return [["l'année dernière", 'cette année', "l'année prochaine"][x.shift + 1]];
      case 'years': return [x.dir > 0 ? `dans ${count(x.n, 'm')} ans` : `il y a ${count(x.n, 'm')} ans`];
    }
  },
  clock: (h, min) => (h === 12 && min === 0 ? 'à midi' : `à ${h}h${min === 0 ? '' : String(min).padStart(2, '0')}`),
  profile: profileTable(
    {
      email: { to: ['à mon adresse e-mail'], from: ['depuis mon adresse e-mail'], at: ['avec mon adresse e-mail'] },
      name: { to: ['pour moi'], from: ['de ma part'], at: ['à mon nom'] },
      city: { to: ['vers ma ville'], from: ['depuis ma ville'], at: ['dans ma ville', "là où j'habite"] },
      country: { to: ['vers mon pays'], from: ['depuis mon pays'], at: ['dans mon pays'] },
      currency: { to: ['dans ma devise'], from: ['depuis ma devise'], at: ['dans ma monnaie'] },
      timeZone: { to: ['dans mon fuseau horaire'], from: ['depuis mon fuseau horaire'], at: ['dans mon fuseau horaire', "à l'heure de chez moi"] },
      language: { to: ['vers ma langue'], from: ['depuis ma langue'], at: ['dans ma langue'] },
    },
    {
      account: ['m', 'compte'], card: ['f', 'carte habituelle'], calendar: ['m', 'agenda'], cart: ['m', 'panier'], policy: ['m', "contrat d'assurance"], claim: ['m', 'dossier de sinistre'],
      player: ['m', 'profil de joueur'], team: ['f', 'équipe'], league: ['f', 'ligue'], order: ['f', 'commande'], application: ['f', 'demande'], phone: ['m', 'numéro de téléphone'],
      key: ['f', 'clé API'], parcel: ['m', 'colis'], course: ['m', 'cours'], doctor: ['m', 'médecin traitant'], field: ['f', 'parcelle'], profile: ['m', 'profil'],
      appointment: ['m', 'rendez-vous'], contract: ['m', 'contrat'],
    },
    { to: ['à moi en tant que titulaire'], from: ['de moi en tant que titulaire'], at: ["qui m'appartiennent"] },
    (role, g, noun) => {
      // "ma" before a vowel is "mon" ("mon équipe").
      const my = g === 'f' && !/^[aeéiouh]/.test(noun) ? 'ma' : 'mon';
      return role === 'to' ? [`à ${my} ${noun}`] : role === 'from' ? [`de ${my} ${noun}`] : [`pour ${my} ${noun}`, `avec ${my} ${noun}`];
    },
  ),
};
