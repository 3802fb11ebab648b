/**
 * The assistant's French: "tu" (as the user mostly writes), the passé composé with "avoir" and
 * the object after the verb (no participle agreement to get wrong), written French spacing
 * before ":" and "?", elision applied to the whole answer (answer.ts).
 */
import { capital, listIn } from '../../user/lang/morph.js';
import type { Noun } from '../../user/lang/types.js';
import type { AnswerGrammar } from './grammar.js';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const VOWEL = /^[aeiouyàâéèêëîïôûùœh]/i;

/** An adjective agreeing with its noun ("confirmé" -> "confirmées"); phrases ("en attente") stay as they are. */
function agree(adj: string, n: Noun | undefined, plural: boolean): string {
  if (adj.includes(' ')) return adj;
  let a = adj;
  if (n?.g === 'f') {
    if (/é$/.test(a)) a = `${a}e`;
    else if (/if$/.test(a)) a = `${a.slice(0, -1)}ve`;
    else if (/eux$/.test(a)) a = `${a.slice(0, -1)}se`;
    else if (/(el|en|on)$/.test(a)) a = `${a}${a[a.length - 1]}e`;
    else if (/er$/.test(a)) a = `${a.slice(0, -2)}ère`;
    else if (!/e$/.test(a)) a = `${a}e`;
  }
  if (!plural) return a;
  if (/[sx]$/.test(a)) return a;
  return /al$/.test(a) ? `${a.slice(0, -2)}aux` : `${a}s`;
}

/** "de" before a bare plural: "d'offres", "de vols". */
const de = (words: string): string => (VOWEL.test(words) ? `d'${words}` : `de ${words}`);
/** "de" before a noun phrase with its article: "du numéro", "de la date", "des offres". */
const deNp = (np: string): string => (np.startsWith('le ') ? `du ${np.slice(3)}` : np.startsWith('les ') ? `des ${np.slice(4)}` : `de ${np}`);
const lower = (q: string): string => q[0].toLowerCase() + q.slice(1);

export const FR_ANSWER: AnswerGrammar = {
  lang: 'fr',
  when: (w, year) => {
    const time = 'time' in w && w.time ? ` à ${w.time.hh}h${w.time.mm}${w.time.zone}` : '';
    if ('rel' in w) {
      const d = w.rel === 0 ? "aujourd'hui" : w.rel === 1 ? 'demain' : 'hier';
      return { on: `${d}${time}`, bare: `${d}${time}` };
    }
    if ('weekday' in w) {
      const d = `${WEEKDAYS[w.weekday]}${w.last ? ' dernier' : ''}${time}`;
      return { on: d, bare: d };
    }
    const d = `${w.day === 1 ? '1er' : w.day} ${MONTHS[w.month]}${w.year !== undefined && w.year !== year ? ` ${w.year}` : ''}${time}`;
    return { on: `le ${d}`, bare: d };
  },
  cap: capital,
  and: (items) => listIn('fr', items),
  openings: {
    found: ["Voici ce que j'ai trouvé.", "J'ai vérifié.", 'Voilà.', 'Voici la réponse.', 'Bien reçu.', "J'ai les résultats.", 'Merci de ta patience.'],
    done: ["C'est fait.", "Voilà, c'est fait.", 'Tout est en ordre.', 'Bonne nouvelle.', 'Pas de souci.', 'Terminé.'],
    empty: ["J'ai cherché, sans succès.", 'Hmm.', "J'ai regardé.", 'Désolé.', 'Rien cette fois.'],
    failed: ['Désolé.', 'Il y a un problème.', "Ça ne s'est pas passé comme prévu.", "J'ai rencontré une erreur.", "Quelque chose n'a pas marché."],
    partial: ['Résultats mitigés.', 'En partie seulement.', "Tout n'a pas fonctionné.", 'Une bonne et une mauvaise nouvelle.', 'Voici où on en est.'],
  },
  closings: {
    found: ['Autre chose ?', 'Tu veux plus de détails ?', "Besoin d'autre chose ?", 'Je creuse davantage ?', "J'espère que ça t'aide.", 'Je vérifie autre chose ?'],
    done: ['Autre chose ?', 'Tu veux modifier quelque chose ?', "Besoin d'autre chose ?", "J'espère que ça t'aide."],
    empty: ['Je réessaie autrement ?', 'Je cherche autrement ?', "J'essaie avec d'autres critères ?"],
    failed: ['Comment veux-tu procéder ?', 'Je peux réessayer quand tu veux.', 'Désolé pour ce contretemps.'],
    partial: ['Je relance celle qui a échoué ?', 'Je réessaie plus tard ?', 'Comment je continue pour le reste ?'],
  },
  about: (np, place) => (place ? ` à ${np}` : ` pour ${np}`),
  count: [(c, q) => `J'ai trouvé ${c}${q}.`, (c, q) => `Il y a ${c}${q}.`, (c, q) => `La recherche${q} donne ${c}.`, (c, q) => `${capital(c)}${q}.`],
  countTotal: [(c, q, n) => `Il y a ${c}${q} ; cette page en affiche ${n}.`, (c, q) => `La recherche${q} compte ${c} au total.`],
  none: [(m, q) => `Je n'ai pas trouvé ${de(m)}${q}.`, (m, q) => `Il n'y a pas ${de(m)}${q} pour le moment.`, (m, q) => `La recherche${q} ne donne aucun résultat.`],
  retry: ["Tu veux que j'essaie avec d'autres critères ?", 'On peut élargir la recherche si tu veux.', "Je peux relancer la recherche avec d'autres informations."],
  best: {
    cheapest: [(o) => `L'option la moins chère est ${o}.`, (o) => `Le moins cher : ${o}.`],
    nearest: [(o) => `L'option la plus proche est ${o}.`, (o) => `Au plus près : ${o}.`],
    top: [(o) => `L'option la mieux notée est ${o}.`, (o) => `La meilleure note : ${o}.`],
    sorted: [(o, by) => `Par ${by}, on trouve d'abord ${o}.`],
    listed: [(o) => `En premier, il y a ${o}.`, (o) => `Tout en haut : ${o}.`, (o) => `D'abord, ${o}.`],
  },
  then: [(o, n) => `Ensuite ${n === 1 ? 'vient' : 'viennent'} ${o}.`, (o) => `Le reste : ${o}.`, (o, n) => `${n === 1 ? 'Suit' : 'Suivent'} ${o}.`],
  only: [(o) => `C'est ${o}.`, (o) => `Le seul résultat est ${o}.`, (o) => `Il n'y a que ${o}.`],
  firstN: (n) => `Les ${n} premiers résultats :`,
  priced: (name, price, rest) => `${name} à ${price}${rest ? ` (${rest})` : ''}`,
  unnamed: (facts) => `un résultat avec ${facts}`,
  per: (one) => `par ${one}`,
  adj: agree,
  pct: (n) => `${n}\u00a0%`,
  more: (n) => `${n} autres`,
  change: (dir, a) => (dir === 'same' ? 'sans changement' : `en ${dir === 'up' ? 'hausse' : 'baisse'} de ${a}`),
  isDate: (np, on, _bare, many) => `${np} ${many ? 'sont' : 'est'} ${on}`,
  is: (np, v, quantity, many) => `${np} ${many ? 'sont' : 'est'} ${quantity ? de(v) : v}`,
  pair: (label, v) => `${label} : ${v}`,
  state: (np, word) => `${np} est « ${word} »`,
  there: (c) => `il y a ${c}`,
  lookup: [
    (lead, f, r) => `${lead ? `${lead}, ${f}` : capital(f)}${r ? ` et ${r}` : ''}.`,
    (lead, f, r) => `${lead ? `${lead} : ${f}` : capital(f)}${r ? `. ${capital(r)}` : ''}.`,
  ],
  lead: (np, place) => (place ? `À ${np}` : `Pour ${np}`),
  bare: [(np) => `Voici le résultat pour ${np}.`, (np) => `La consultation pour ${np} est faite.`],
  value: [(v) => `Le résultat est ${v}.`, (v) => `On obtient ${v}.`, (v) => `Ça donne ${v}.`],
  done: [(pp, np, q) => `J'ai ${pp} ${np}${q}.`, (pp, np, q) => `C'est fait : j'ai ${pp} ${np}${q}.`, (pp, np, q) => `Voilà, j'ai ${pp} ${np}${q}.`],
  made: [
    (pp, np, q, ref) => `J'ai ${pp} ${np}${q} ; la référence est ${ref}.`,
    (pp, np, q, ref) => `C'est fait : j'ai ${pp} ${np}${q}, avec la référence ${ref}.`,
    (pp, np, q, ref) => `J'ai ${pp} ${np}${q}. Garde cette référence : ${ref}.`,
  ],
  rejected: [(inf, np, q, why) => `J'ai essayé de ${inf} ${np}${q}, mais ${why}.`, (_i, _n, _q, why) => `Ça n'a pas marché : ${why}.`],
  batch: (ok, total) =>
    total === 1 ? (ok === 1 ? 'la demande a abouti' : "la demande n'a pas abouti")
      : ok === total ? `les ${total} demandes ont abouti`
        : ok === 0 ? `aucune des ${total} demandes n'a abouti`
          : `${ok === 1 ? 'une demande' : `${ok} demandes`} sur ${total} ${ok === 1 ? 'a' : 'ont'} abouti et ${total - ok} ${total - ok === 1 ? 'a' : 'ont'} échoué`,
  failed: [
    (why, fix) => `Ça n'a pas marché : ${why}. Tu peux ${fix} ?`,
    (why, fix) => `Je n'ai pas pu aller au bout : ${why}. Tu pourrais ${fix} ?`,
    (why, fix) => `La demande a échoué parce que ${why}. Si tu peux ${fix}, je réessaie.`,
    (why, fix) => `Désolé, ${why}, donc pas de résultat. Tu peux ${fix} ?`,
  ],
  notFound: (none, label, value, def) =>
    none && label && value && def ? { why: `il n'y a ${none} avec ${label} ${value}`, fix: `vérifier ${def}` } : { why: 'rien ne correspond', fix: 'vérifier les informations' },
  invalid: (bare, def, value) =>
    bare && def && value ? { why: `${value} n'est pas accepté comme ${bare}`, fix: `vérifier ${def} ou m'indiquer une autre valeur` } : { why: 'la demande a été refusée', fix: 'vérifier les informations' },
  unavailable: { why: 'le service est momentanément indisponible', fix: 'réessayer dans quelques minutes' },
  otherError: { why: 'le service a renvoyé une erreur', fix: "réessayer avec d'autres informations" },
  notAccepted: "ça n'a pas été accepté",
  partNothing: 'rien de particulier à signaler',
  someFailed: [
    (ok, n, f) => `${ok} sur ${n} ${ok === 1 ? 'a' : 'ont'} fonctionné ; ${f}, non.`,
    (ok, n) => `Seulement ${ok} sur ${n} ${ok === 1 ? 'a' : 'ont'} abouti.`,
    (ok, n) => `${n - ok === 1 ? 'Une demande a' : `${n - ok} demandes ont`} échoué sur ${n} ; le reste a fonctionné.`,
  ],
  noneWorked: [(n) => `Aucune des ${n} demandes n'a fonctionné.`, (n) => (n === 2 ? 'Les deux ont échoué.' : `Les ${n} ont échoué.`)],
  allCame: [(n) => (n === 2 ? 'Voici les deux.' : `Voici les ${n}.`), () => 'Les résultats, un par un.', (n) => `J'ai fait les ${n} demandes.`],
  cheapest: [(h, p) => `Le prix le plus bas est de ${p} (${h}).`, (h, p) => `Le moins cher : ${p}, ${h}.`],
  head: (v, place) => (place ? `à ${v}` : `pour ${v}`),
  headWhen: (on) => `pour ${on}`,
  nth: (i) => `la demande ${i + 1}`,
  partFailed: (why) => `échec, car ${why}`,
  partDone: (ref) => (ref ? `fait, référence ${ref}` : 'fait'),
  partList: (c, best, cheap) => (best ? `${c}, ${cheap ? "l'option la moins chère étant" : 'en premier'} ${best}` : c),
  used: [(v) => `J'ai utilisé ${v} pour l'étape suivante.`, (v) => `Avec ${v}, tiré de ce résultat, j'ai continué.`, (v) => `Ensuite, j'ai pris ${v}.`],
  firstStep: [(m, p) => `J'ai d'abord cherché des ${m} : ${p}.`, (m, p) => `La recherche ${de(m)} a donné ${p}.`],
  backSame: ["C'est pareil qu'avant.", 'Comme la dernière fois.'],
  backLess: [(was) => `C'est moins qu'avant (${was}).`, (was) => `C'est en baisse par rapport à ${was}.`],
  backMore: [(was) => `C'est plus qu'avant (${was}).`, (was) => `C'est en hausse par rapport à ${was}.`],
  sameAsBefore: "Même résultat qu'avant.",
  decline: [
    (vp, t) => `Je ne peux pas le faire ici : je n'ai aucun outil pour ${vp}. Je peux en revanche t'aider pour ${t}.`,
    (vp, t) => `Désolé, ${vp} dépasse ce que je peux faire dans cette conversation. Mes outils couvrent ${t}.`,
    (vp, t) => `Avec ces outils, je ne peux pas ${vp}. Je peux t'aider pour ${t}, si ça te sert.`,
    (vp) => `Je n'ai accès à rien qui permette de ${vp}, donc je ne peux pas m'en charger. Un service dédié serait plus adapté.`,
    (vp, t) => `Malheureusement, je ne peux pas ${vp} ici. Par contre, je peux t'aider pour ${t}.`,
    (vp, t) => `Aucun de mes outils ne permet de ${vp}. Je peux t'aider pour ${t}, mais pas pour ça.`,
  ],
  domains: {
    finance: 'la finance', travel: 'les voyages', weather: 'la météo', health: 'la santé', 'e-commerce': 'les achats en ligne', messaging: 'la messagerie',
    calendar: "l'agenda", maps: 'les cartes', sports: 'le sport', media: 'les films et séries', devops: "l'infrastructure", science: 'la science',
    education: "l'éducation", food: 'la cuisine', 'real-estate': "l'immobilier", jobs: "l'emploi", legal: 'le juridique', government: 'les démarches administratives',
    automotive: "l'automobile", energy: "l'énergie", agriculture: "l'agriculture", gaming: 'les jeux vidéo', 'social-media': 'les réseaux sociaux',
    security: 'la sécurité', telecom: 'la téléphonie', insurance: "l'assurance", logistics: 'les envois', music: 'la musique', news: "l'actualité", 'home-automation': 'la domotique',
  },
  askKind: {
    city: ['Dans quelle ville ?', 'Où dois-je chercher ?'],
    location: ['À quel endroit ?', 'Où dois-je chercher ?'],
    postal: ['Quel est le code postal ?'],
    address: ["Quelle est l'adresse ?", 'Quelle adresse dois-je utiliser ?'],
    street: ["Quelle est l'adresse ?", 'Quelle adresse dois-je utiliser ?'],
    date: ['Pour quelle date ?', 'Quel jour ?'],
    'date-time': ['Pour quelle date et quelle heure ?', 'Quand exactement ?'],
    ticker: ['Quelle action ? Le symbole suffit.', 'Quelle entreprise ou quel symbole boursier ?'],
    email: ['Quelle adresse e-mail dois-je utiliser ?', "Quelle est l'adresse e-mail ?"],
    phone: ['Quel est le numéro de téléphone ?'],
    airport: ['Quel aéroport ?'],
    country: ['Quel pays ?'],
    'country-code': ['Quel pays ?'],
    currency: ['Dans quelle devise ?'],
    language: ['Dans quelle langue ?'],
    query: ['Que dois-je chercher exactement ?', 'Que cherches-tu ?'],
  },
  askLabel: [(d, _b, f) => `${f ? 'Quelle' : 'Quel'} est ${d} ?`, (_d, b, f) => `${f ? 'Quelle' : 'Quel'} ${b} dois-je utiliser ?`],
  askThing: [(b, n) => `De ${n.g === 'f' ? 'quelle' : 'quel'} ${b} s'agit-il ?`, (b, n) => `${n.g === 'f' ? 'Quelle' : 'Quel'} ${b} dois-je utiliser ?`],
  askFrames: [
    (q) => q,
    (q) => `Bien sûr. ${q}`,
    (q) => `Avec plaisir. ${q}`,
    (q, a) => `Je peux ${a}, mais il me manque une information. ${q}`,
    (q, a, l) => `Pour ${a}, j'ai besoin ${deNp(l)}. ${q}`,
    (q) => `Une chose avant : ${lower(q)}`,
    (q) => `Presque fini. ${q}`,
    (q) => `Compris, une question : ${lower(q)}`,
  ],
};
