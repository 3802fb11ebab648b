/**
 * The assistant's Italian: "tu", the passato prossimo with "avere" and the object after the verb
 * (no participle agreement to get wrong, no participle that says the speaker's gender),
 * "c'è"/"ci sono" by the count, a preposition fused with the article it meets ("della", "nel").
 */
import { capital, listIn } from '../../user/lang/morph.js';
import type { Noun } from '../../user/lang/types.js';
import type { AnswerGrammar } from './grammar.js';

const MONTHS = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
const WEEKDAYS = ['domenica', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato'];

/** An adjective agreeing with its noun ("confermato" -> "confermate"); phrases ("in transito") stay as they are. */
function agree(adj: string, n: Noun | undefined, plural: boolean): string {
  if (adj.includes(' ')) return adj;
  const f = n?.g === 'f';
  if (/o$/.test(adj)) return `${adj.slice(0, -1)}${plural ? (f ? 'e' : 'i') : f ? 'a' : 'o'}`;
  if (/e$/.test(adj)) return plural ? `${adj.slice(0, -1)}i` : adj;
  return adj;
}

/** A date's article: "il 10 giugno", "l'8 giugno", "l'11 giugno", "il 1º giugno". */
const dayArt = (day: number): string => (day === 8 || day === 11 ? "l'" : 'il ');
/** A percentage takes its article: "del 74%", "dell'11%", "dell'8%" (numbers said with a vowel first: uno, undici, otto...). */
const PCT = /^\d[\d.]*(,\d+)?%$/;
function percentOf(v: string): string {
  const whole = v.split(',')[0].replace(/\D/g, '');
  return whole === '1' || whole === '11' || whole.startsWith('8') ? `dell'${v}` : `del ${v}`;
}
const lower = (q: string): string => q[0].toLowerCase() + q.slice(1);

export const IT_ANSWER: AnswerGrammar = {
  lang: 'it',
  when: (w, year) => {
    const time = 'time' in w && w.time ? ` alle ${w.time.hh}:${w.time.mm}${w.time.zone}` : '';
    if ('rel' in w) {
      const d = `${w.rel === 0 ? 'oggi' : w.rel === 1 ? 'domani' : 'ieri'}${time}`;
      return { on: d, bare: d };
    }
    if ('weekday' in w) {
      const d = `${WEEKDAYS[w.weekday]}${w.last ? (w.weekday === 0 ? ' scorsa' : ' scorso') : ''}${time}`;
      return { on: d, bare: d };
    }
    const d = `${w.day === 1 ? '1º' : w.day} ${MONTHS[w.month]}${w.year !== undefined && w.year !== year ? ` ${w.year}` : ''}${time}`;
    return { on: `${dayArt(w.day)}${d}`, bare: d };
  },
  cap: capital,
  and: (items) => listIn('it', items),
  openings: {
    found: ['Ecco cosa ho trovato.', 'Ho controllato.', 'Ecco qui.', 'Ecco la risposta.', 'Bene.', 'Ho i risultati.', 'Grazie per la pazienza.'],
    done: ['Fatto.', 'Ecco fatto.', 'Tutto a posto.', 'Buone notizie.', 'Nessun problema.', 'Tutto risolto.'],
    empty: ['Ho cercato, ma senza fortuna.', 'Mmm.', 'Ho controllato.', 'Mi dispiace.', 'Questa volta niente.'],
    failed: ['Mi dispiace.', "C'è un problema.", 'Non è andata come previsto.', 'Ho incontrato un errore.', 'Qualcosa non ha funzionato.'],
    partial: ['Risultati misti.', 'Solo in parte.', 'Non tutto ha funzionato.', 'Una buona e una cattiva notizia.', 'Ecco la situazione.'],
  },
  closings: {
    found: ['Altro?', 'Vuoi più dettagli?', 'Ti serve altro?', 'Vuoi che approfondisca?', "Spero ti sia d'aiuto.", "Vuoi che controlli qualcos'altro?"],
    done: ['Altro?', 'Vuoi cambiare qualcosa?', 'Ti serve altro?', 'Spero che vada bene così.'],
    empty: ["Provo con qualcos'altro?", 'Cerco in un altro modo?', 'Riprovo con altri dati?'],
    failed: ['Come vuoi procedere?', 'Posso riprovare quando vuoi.', 'Scusa per il disguido.'],
    partial: ['Riprovo quella non riuscita?', 'Riprovo più tardi?', 'Come proseguo con il resto?'],
  },
  about: (np, place) => (place ? ` a ${np}` : ` per ${np}`),
  count: [(c, q) => `Ho trovato ${c}${q}.`, (c, q) => `La ricerca${q} restituisce ${c}.`, (c, q) => `In tutto: ${c}${q}.`, (c, q) => `${capital(c)}${q}.`],
  countTotal: [(c, q, n) => `In tutto sono ${c}${q}; questa pagina ne mostra ${n}.`, (c, q) => `La ricerca${q} conta ${c} in totale.`],
  none: [(m, q) => `Non ho trovato ${m}${q}.`, (m, q) => `Al momento non risultano ${m}${q}.`, (_m, q) => `La ricerca${q} non ha dato risultati.`],
  retry: ['Vuoi che provi con altri criteri?', 'Possiamo allargare la ricerca, se vuoi.', 'Posso cercare di nuovo con altri dati.'],
  best: {
    cheapest: [(o) => `L'opzione più economica è ${o}.`, (o) => `La più conveniente: ${o}.`],
    nearest: [(o) => `L'opzione più vicina è ${o}.`, (o) => `La più vicina: ${o}.`],
    top: [(o) => `L'opzione con la valutazione migliore è ${o}.`, (o) => `Con il voto più alto: ${o}.`],
    sorted: [(o, by) => `In ordine di ${by}, in cima c'è ${o}.`],
    listed: [(o) => `Al primo posto c'è ${o}.`, (o) => `In cima: ${o}.`, (o) => `Per primo compare ${o}.`],
  },
  then: [(o, n) => `Poi ${n === 1 ? 'viene' : 'vengono'} ${o}.`, (o) => `Il resto: ${o}.`, (o, n) => `${n === 1 ? 'Segue' : 'Seguono'} ${o}.`],
  only: [(o) => `C'è solo ${o}.`, (o) => `L'unico risultato è ${o}.`, (o) => `Compare solo ${o}.`],
  firstN: (n) => `I primi ${n} risultati:`,
  priced: (name, price, rest) => `${name} a ${price}${rest ? ` (${rest})` : ''}`,
  unnamed: (facts) => `un risultato con ${facts}`,
  per: (one) => `per ${one}`,
  adj: agree,
  pct: (n) => `${n}%`,
  more: (n) => `ancora ${n}`,
  change: (dir, a) => (dir === 'same' ? 'senza variazioni' : `in ${dir === 'up' ? 'aumento' : 'calo'} di ${a}`),
  isDate: (np, on, _bare, many) => `${np} ${many ? 'sono' : 'è'} ${on}`,
  is: (np, v, quantity, many) => `${np} ${many ? 'sono' : 'è'} ${quantity ? (PCT.test(v) ? percentOf(v) : `di ${v}`) : v}`,
  pair: (label, v) => `${label}: ${v}`,
  state: (np, word) => `${np} risulta "${word}"`,
  there: (c, n) => (n === 1 ? `c'è ${c}` : `ci sono ${c}`),
  lookup: [
    (lead, f, r) => `${lead ? `${lead}, ${f}` : capital(f)}${r ? ` e ${r}` : ''}.`,
    (lead, f, r) => `${lead ? `${lead}: ${f}` : capital(f)}${r ? `. ${capital(r)}` : ''}.`,
  ],
  lead: (np, place) => (place ? `A ${np}` : `Per ${np}`),
  bare: [(np) => `Ecco il risultato per ${np}.`, (np) => `La consultazione per ${np} è fatta.`],
  value: [(v) => `Il risultato è ${v}.`, (v) => `Viene ${v}.`, (v) => `Risulta ${v}.`],
  done: [(pp, np, q) => `Ho ${pp} ${np}${q}.`, (pp, np, q) => `Fatto: ho ${pp} ${np}${q}.`, (pp, np, q) => `Ecco, ho ${pp} ${np}${q}.`],
  made: [
    (pp, np, q, ref) => `Ho ${pp} ${np}${q}; il riferimento è ${ref}.`,
    (pp, np, q, ref) => `Fatto: ho ${pp} ${np}${q}, con il riferimento ${ref}.`,
    (pp, np, q, ref) => `Ho ${pp} ${np}${q}. Conserva questo riferimento: ${ref}.`,
  ],
  rejected: [(inf, np, q, why) => `Ho cercato di ${inf} ${np}${q}, ma ${why}.`, (_i, _n, _q, why) => `Non ha funzionato: ${why}.`],
  batch: (ok, total) =>
    total === 1 ? (ok === 1 ? 'la richiesta è andata a buon fine' : 'la richiesta non è andata a buon fine')
      : ok === total ? (total === 2 ? 'entrambe le richieste sono andate a buon fine' : `tutte le ${total} richieste sono andate a buon fine`)
        : ok === 0 ? `nessuna delle ${total} richieste è andata a buon fine`
          : `${ok === 1 ? 'una richiesta' : `${ok} richieste`} su ${total} ${ok === 1 ? 'è andata' : 'sono andate'} a buon fine e ${total - ok} ${total - ok === 1 ? 'è fallita' : 'sono fallite'}`,
  failed: [
    (why, fix) => `Non ha funzionato: ${why}. Puoi ${fix}?`,
    (why, fix) => `Non è stato possibile completare la richiesta: ${why}. Potresti ${fix}?`,
    (why, fix) => `La richiesta non è andata a buon fine perché ${why}. Se puoi ${fix}, riprovo.`,
    (why, fix) => `Mi dispiace, ${why}, quindi non c'è un risultato. Puoi ${fix}?`,
  ],
  notFound: (none, label, value, def) =>
    none && label && value && def ? { why: `non c'è ${none} con ${label} ${value}`, fix: `controllare ${def}` } : { why: 'non risulta niente di corrispondente', fix: 'controllare i dati' },
  invalid: (bare, def, value) =>
    bare && def && value ? { why: `${value} non è accettato come ${bare}`, fix: `controllare ${def} o indicarmi un altro valore` } : { why: 'la richiesta è stata respinta', fix: 'controllare i dati' },
  unavailable: { why: 'il servizio al momento non è disponibile', fix: 'riprovare tra qualche minuto' },
  otherError: { why: 'il servizio ha restituito un errore', fix: 'riprovare con altri dati' },
  notAccepted: 'non è stato accettato',
  partNothing: 'niente di particolare da segnalare',
  someFailed: [
    (ok, n, f) => `${ok === 1 ? 'Ha funzionato una richiesta' : `Hanno funzionato ${ok} richieste`} su ${n}; ${f} no.`,
    (ok, n) => `Solo ${ok === 1 ? 'una richiesta' : `${ok} richieste`} su ${n} ${ok === 1 ? 'è andata' : 'sono andate'} a buon fine.`,
    (ok, n) => `${n - ok === 1 ? 'Una richiesta è fallita' : `${n - ok} richieste sono fallite`} su ${n}; il resto ha funzionato.`,
  ],
  noneWorked: [(n) => `Nessuna delle ${n} richieste ha funzionato.`, (n) => (n === 2 ? "Non sono andate a buon fine né l'una né l'altra." : `Sono fallite tutte e ${n}.`)],
  allCame: [(n) => (n === 2 ? 'Ecco entrambi i risultati.' : `Ecco tutti e ${n} i risultati.`), () => 'I risultati, uno per uno.', (n) => `Ho fatto le ${n} richieste.`],
  cheapest: [(h, p) => `Il prezzo più basso è di ${p} (${h}).`, (h, p) => `Il più economico: ${p}, ${h}.`],
  head: (v, place) => (place ? `a ${v}` : `per ${v}`),
  headWhen: (on) => `per ${on}`,
  nth: (i) => `la richiesta ${i + 1}`,
  partFailed: (why) => `non riuscita, perché ${why}`,
  partDone: (ref) => (ref ? `fatto, con il riferimento ${ref}` : 'fatto'),
  partList: (c, best, cheap) => (best ? `${c}, ${cheap ? "l'opzione più economica è" : 'per primo'} ${best}` : c),
  used: [(v) => `Ho usato ${v} per il passo successivo.`, (v) => `Con ${v}, preso da quel risultato, ho proseguito.`, (v) => `Poi ho usato ${v}.`],
  firstStep: [(m, p) => `Prima ho cercato ${m}: ${p}.`, (m, p) => `La ricerca di ${m} ha dato ${p}.`],
  backSame: ['È uguale a prima.', "Come l'ultima volta."],
  backLess: [(was) => `È meno di prima (${was}).`, (was) => `È sceso rispetto a ${was}.`],
  backMore: [(was) => `È più di prima (${was}).`, (was) => `È salito rispetto a ${was}.`],
  sameAsBefore: 'Lo stesso risultato di prima.',
  decline: [
    (vp, t) => `Qui non posso farlo: non ho nessuno strumento per ${vp}. Posso però aiutarti con ${t}.`,
    (vp, t) => `Mi dispiace, ${vp} va oltre quello che posso fare in questa chat. I miei strumenti coprono ${t}.`,
    (vp, t) => `Con questi strumenti non posso ${vp}. Posso aiutarti con ${t}, se ti serve.`,
    (vp) => `Non ho accesso a niente che permetta di ${vp}, quindi non posso occuparmene. Meglio un servizio dedicato.`,
    (vp, t) => `Purtroppo qui non posso ${vp}. Posso però aiutarti con ${t}.`,
    (vp, t) => `Nessuno dei miei strumenti permette di ${vp}. Posso aiutarti con ${t}, ma non con questo.`,
  ],
  domains: {
    finance: 'la finanza', travel: 'i viaggi', weather: 'il meteo', health: 'la salute', 'e-commerce': 'gli acquisti online', messaging: 'i messaggi',
    calendar: "l'agenda", maps: 'le mappe', sports: 'lo sport', media: 'film e serie', devops: "l'infrastruttura", science: 'la scienza',
    education: "l'istruzione", food: 'la cucina', 'real-estate': 'gli immobili', jobs: 'il lavoro', legal: 'le questioni legali', government: 'le pratiche amministrative',
    automotive: 'le auto', energy: "l'energia", agriculture: "l'agricoltura", gaming: 'i videogiochi', 'social-media': 'i social network',
    security: 'la sicurezza', telecom: 'la telefonia', insurance: 'le assicurazioni', logistics: 'le spedizioni', music: 'la musica', news: 'le notizie', 'home-automation': 'la domotica',
  },
  askKind: {
    city: ['In quale città?', 'Dove devo cercare?'],
    location: ['In quale posto?', 'Dove devo cercare?'],
    postal: ["Qual è il CAP?", "Qual è il codice postale?"],
    address: ["Qual è l'indirizzo?", 'Quale indirizzo devo usare?'],
    street: ["Qual è l'indirizzo?", 'Quale indirizzo devo usare?'],
    date: ['Per quale data?', 'Che giorno?'],
    'date-time': ['Per quale data e ora?', 'Quando esattamente?'],
    ticker: ['Quale titolo? Basta il simbolo.', 'Quale azienda o simbolo di borsa?'],
    email: ['Quale indirizzo email devo usare?', "Qual è l'indirizzo email?"],
    phone: ['Qual è il numero di telefono?'],
    airport: ['Quale aeroporto?'],
    country: ['Quale paese?'],
    'country-code': ['Quale paese?'],
    currency: ['In quale valuta?'],
    language: ['In quale lingua?'],
    query: ['Cosa devo cercare esattamente?', 'Cosa stai cercando?'],
  },
  askLabel: [(d) => `Qual è ${d}?`, (_d, b) => `Quale ${b} devo usare?`],
  askThing: [(b) => `Di quale ${b} si tratta?`, (b) => `Quale ${b} devo usare?`],
  askFrames: [
    (q) => q,
    (q) => `Certo. ${q}`,
    (q) => `Volentieri. ${q}`,
    (q, a) => `Posso ${a}, ma mi manca un'informazione. ${q}`,
    (q, a, l) => `Per ${a} mi serve ${l}. ${q}`,
    (q) => `Prima una cosa: ${lower(q)}`,
    (q) => `Ci siamo quasi. ${q}`,
    (q) => `D'accordo, una domanda: ${lower(q)}`,
  ],
};
