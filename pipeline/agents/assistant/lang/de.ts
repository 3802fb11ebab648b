/**
 * The assistant's German: "du", the participle at the end of a perfect ("Ich habe die Police
 * gekündigt"), facts as "der Preis beträgt 435,07 €", no subordinate clause whose verb order
 * would depend on the words put into it (failures follow a colon, not "weil").
 */
import { capital, listIn } from '../../user/lang/morph.js';
import type { AnswerGrammar } from './grammar.js';

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];

/** An infinitive phrase negated: "keine Playlist erstellen", "die Adresse nicht prüfen" ("nicht" before the verb at the end). */
function negated(vp: string): string {
  const m = /^(ein|eine|einen) (.+)$/.exec(vp);
  if (m) return `k${m[1]} ${m[2]}`;
  const i = vp.lastIndexOf(' ');
  return i < 0 ? `nicht ${vp}` : `${vp.slice(0, i)} nicht ${vp.slice(i + 1)}`;
}

export const DE_ANSWER: AnswerGrammar = {
  lang: 'de',
  when: (w, year) => {
    const time = 'time' in w && w.time ? ` um ${w.time.hh}:${w.time.mm} Uhr${w.time.zone}` : '';
    if ('rel' in w) {
      const d = `${w.rel === 0 ? 'heute' : w.rel === 1 ? 'morgen' : 'gestern'}${time}`;
      return { on: d, bare: d };
    }
    if ('weekday' in w) {
      const d = WEEKDAYS[w.weekday];
      return w.last ? { on: `letzten ${d}${time}`, bare: `letzten ${d}${time}` } : { on: `am ${d}${time}`, bare: `${d}${time}` };
    }
    const d = `${w.day}. ${MONTHS[w.month]}${w.year !== undefined && w.year !== year ? ` ${w.year}` : ''}`;
    return { on: `am ${d}${time}`, bare: `${d}${time}` };
  },
  cap: capital,
  and: (items) => listIn('de', items),
  openings: {
    found: ['Hier ist das Ergebnis.', 'Ich habe nachgesehen.', 'Bitte schön.', 'Alles klar.', 'Hier die Antwort.', 'Die Ergebnisse sind da.', 'Danke fürs Warten.'],
    done: ['Erledigt.', 'Alles klar, ist erledigt.', 'Geht in Ordnung.', 'Gute Nachrichten.', 'Kein Problem.', 'Fertig.'],
    empty: ['Ich habe gesucht, leider ohne Erfolg.', 'Hm.', 'Ich habe nachgesehen.', 'Leider nein.', 'Diesmal nichts.'],
    failed: ['Tut mir leid.', 'Da gab es ein Problem.', 'Das hat nicht wie geplant funktioniert.', 'Ich bin auf einen Fehler gestoßen.', 'Etwas ist schiefgelaufen.'],
    partial: ['Gemischte Ergebnisse.', 'Nur teilweise erledigt.', 'Nicht alles hat geklappt.', 'Eine gute und eine schlechte Nachricht.', 'Hier der Stand.'],
  },
  closings: {
    found: ['Noch etwas?', 'Möchtest du mehr Details?', 'Brauchst du noch etwas?', 'Soll ich genauer nachsehen?', 'Ich hoffe, das hilft.', 'Soll ich noch etwas prüfen?'],
    done: ['Noch etwas?', 'Möchtest du etwas ändern?', 'Brauchst du noch etwas?', 'Ich hoffe, das hilft.'],
    empty: ['Soll ich etwas anderes probieren?', 'Soll ich anders suchen?', 'Soll ich es mit anderen Angaben versuchen?'],
    failed: ['Wie möchtest du weitermachen?', 'Ich kann es jederzeit noch einmal versuchen.', 'Entschuldige die Umstände.'],
    partial: ['Soll ich die fehlgeschlagene wiederholen?', 'Soll ich es später noch einmal versuchen?', 'Wie soll ich mit dem Rest weitermachen?'],
  },
  about: (np, place) => (place ? ` in ${np}` : ` für ${np}`),
  count: [(c, q) => `Ich habe ${c}${q} gefunden.`, (c, q) => `Es gibt ${c}${q}.`, (c, q) => `Die Suche${q} ergibt ${c}.`, (c, q) => `${capital(c)}${q}.`],
  countTotal: [(c, q, n) => `Es gibt ${c}${q}; diese Seite zeigt ${n}.`, (c, q) => `Die Suche${q} ergibt insgesamt ${c}.`],
  none: [(m, q) => `Ich habe keine ${m}${q} gefunden.`, (m, q) => `Es gibt derzeit keine ${m}${q}.`, (m, q) => `Die Suche${q} ergibt keine ${m}.`],
  retry: ['Soll ich es mit anderen Kriterien versuchen?', 'Wir können die Suche gern erweitern.', 'Ich kann mit anderen Angaben neu suchen.'],
  best: {
    cheapest: [(o) => `Am günstigsten ist ${o}.`, (o) => `Das günstigste Angebot: ${o}.`],
    nearest: [(o) => `Am nächsten liegt ${o}.`, (o) => `Am nächsten: ${o}.`],
    top: [(o) => `Am besten bewertet ist ${o}.`, (o) => `Die beste Bewertung hat ${o}.`],
    sorted: [(o, by) => `Nach ${by} sortiert steht ${o} vorne.`],
    listed: [(o) => `Ganz oben steht ${o}.`, (o) => `Als Erstes kommt ${o}.`, (o) => `An erster Stelle: ${o}.`],
  },
  then: [(o, n) => `Danach ${n === 1 ? 'kommt' : 'kommen'} ${o}.`, (o) => `Der Rest: ${o}.`, (o, n) => `Es ${n === 1 ? 'folgt' : 'folgen'} ${o}.`],
  only: [(o) => `Es ist ${o}.`, (o) => `Das einzige Ergebnis ist ${o}.`, (o) => `Es gibt nur ${o}.`],
  firstN: (n) => `Die ersten ${n} Ergebnisse:`,
  priced: (name, price, rest) => `${name} für ${price}${rest ? ` (${rest})` : ''}`,
  unnamed: (facts) => `ein Ergebnis mit ${facts}`,
  per: (one) => `pro ${one}`,
  adj: (adj) => adj,
  pct: (n) => `${n} %`,
  more: (n) => `${n} weitere`,
  change: (dir, a) => (dir === 'same' ? 'unverändert' : `${dir === 'up' ? 'plus' : 'minus'} ${a}`),
  isDate: (np, on, bare, many) => `${np} ${many ? 'sind' : 'ist'} ${/^am \d/.test(on) ? `der ${bare}` : bare}`,
  is: (np, v, quantity, many) => (quantity ? `${np} ${many ? 'betragen' : 'beträgt'} ${v}` : `${np} ${many ? 'sind' : 'ist'} ${v}`),
  pair: (label, v) => `${label}: ${v}`,
  state: (np, word) => `${np} lautet „${word}“`,
  there: (c) => `es gibt ${c}`,
  lookup: [
    (lead, f, r) => `${lead ? `${lead}: ${f}` : capital(f)}${r ? ` und ${r}` : ''}.`,
    (lead, f, r) => `${lead ? `${lead}: ${capital(f)}` : capital(f)}${r ? `. ${capital(r)}` : ''}.`,
  ],
  lead: (np, place) => (place ? `In ${np}` : `Für ${np}`),
  bare: [(np) => `Hier ist das Ergebnis für ${np}.`, (np) => `Die Abfrage für ${np} ist erledigt.`],
  value: [(v) => `Das Ergebnis ist ${v}.`, (v) => `Es ergibt ${v}.`, (v) => `Heraus kommt ${v}.`],
  done: [(pp, np, q) => `Ich habe ${np}${q} ${pp}.`, (pp, np, q) => `Erledigt: Ich habe ${np}${q} ${pp}.`, (pp, np, q) => `So, ich habe ${np}${q} ${pp}.`],
  made: [
    (pp, np, q, ref) => `Ich habe ${np}${q} ${pp}; die Referenz lautet ${ref}.`,
    (pp, np, q, ref) => `Erledigt: Ich habe ${np}${q} ${pp}, Referenz ${ref}.`,
    (pp, np, q, ref) => `Ich habe ${np}${q} ${pp}. Bitte notiere dir die Referenz: ${ref}.`,
  ],
  rejected: [(inf, np, q, why) => `Ich wollte ${np}${q} ${inf}, aber ${why}.`, (_i, _n, _q, why) => `Das hat nicht geklappt: ${why}.`],
  batch: (ok, total) =>
    total === 1 ? (ok === 1 ? 'die Anfrage war erfolgreich' : 'die Anfrage ist fehlgeschlagen')
      : ok === total ? (total === 2 ? 'beide Anfragen waren erfolgreich' : `alle ${total} Anfragen waren erfolgreich`)
        : ok === 0 ? `keine der ${total} Anfragen war erfolgreich`
          : `${ok} von ${total} Anfragen ${ok === 1 ? 'war' : 'waren'} erfolgreich, ${total - ok} ${total - ok === 1 ? 'ist' : 'sind'} fehlgeschlagen`,
  failed: [
    (why, fix) => `Das hat nicht geklappt: ${why}. Kannst du ${fix}?`,
    (why, fix) => `Ich konnte es nicht abschließen: ${why}. Könntest du ${fix}?`,
    (why, fix) => `Leider ein Fehler: ${why}. Kannst du bitte ${fix}?`,
  ],
  notFound: (none, label, value, def) =>
    none && label && value && def ? { why: `es gibt ${none} mit ${label} ${value}`, fix: `${def} prüfen` } : { why: 'es wurde nichts Passendes gefunden', fix: 'die Angaben prüfen' },
  invalid: (bare, def, value) =>
    bare && def && value ? { why: `${value} wird als ${bare} nicht akzeptiert`, fix: `${def} prüfen oder mir einen anderen Wert nennen` } : { why: 'die Anfrage wurde nicht angenommen', fix: 'die Angaben prüfen' },
  unavailable: { why: 'der Dienst ist gerade nicht erreichbar', fix: 'es in ein paar Minuten noch einmal versuchen' },
  otherError: { why: 'der Dienst hat einen Fehler gemeldet', fix: 'es mit anderen Angaben noch einmal versuchen' },
  notAccepted: 'das wurde nicht angenommen',
  partNothing: 'nichts Besonderes zu melden',
  someFailed: [
    (ok, n, f) => `${ok} von ${n} ${ok === 1 ? 'hat' : 'haben'} geklappt; ${f} nicht.`,
    (ok, n) => `Nur ${ok} von ${n} ${ok === 1 ? 'ist' : 'sind'} durchgegangen.`,
    (ok, n) => `${n - ok === 1 ? 'Eine' : `${n - ok}`} von ${n} Anfragen ${n - ok === 1 ? 'ist' : 'sind'} fehlgeschlagen, der Rest hat geklappt.`,
  ],
  noneWorked: [(n) => `Keine der ${n} Anfragen hat geklappt.`, (n) => (n === 2 ? 'Beide sind fehlgeschlagen.' : `Alle ${n} sind fehlgeschlagen.`)],
  allCame: [(n) => (n === 2 ? 'Hier sind beide.' : `Hier sind alle ${n}.`), () => 'Die Ergebnisse der Reihe nach.', (n) => `Ich habe die ${n} Anfragen ausgeführt.`],
  cheapest: [(h, p) => `Der niedrigste Preis beträgt ${p} (${h}).`, (h, p) => `Am günstigsten: ${p}, ${h}.`],
  head: (v, place) => (place ? `in ${v}` : `für ${v}`),
  headWhen: (on) => (on.startsWith('am ') ? `für den ${on.slice(3)}` : `für ${on}`),
  nth: (i) => `Anfrage ${i + 1}`,
  partFailed: (why) => `fehlgeschlagen: ${why}`,
  partDone: (ref) => (ref ? `erledigt, Referenz ${ref}` : 'erledigt'),
  partList: (c, best, cheap) => (best ? `${c}, ${cheap ? 'am günstigsten' : 'zuerst'} ${best}` : c),
  used: [(v) => `Für den nächsten Schritt habe ich ${v} verwendet.`, (v) => `Mit ${v} aus diesem Ergebnis ging es weiter.`, (v) => `Dann habe ich ${v} genommen.`],
  firstStep: [(_m, p) => `Erster Schritt: ${p}.`, (_m, p) => `Die erste Suche ergab ${p}.`],
  backSame: ['Das ist dasselbe wie vorher.', 'Genau wie beim letzten Mal.'],
  backLess: [(was) => `Das ist weniger als vorher (${was}).`, (was) => `Das ist gegenüber ${was} gesunken.`],
  backMore: [(was) => `Das ist mehr als vorher (${was}).`, (was) => `Das ist gegenüber ${was} gestiegen.`],
  sameAsBefore: 'Gleiches Ergebnis wie vorher.',
  decline: [
    (vp, t) => `Das geht hier leider nicht: Ich kann ${negated(vp)}. Helfen kann ich dir bei ${t}.`,
    (vp, t) => `Tut mir leid, ${vp} kann ich in diesem Chat nicht. Meine Werkzeuge decken ${t} ab.`,
    (vp, t) => `Mit diesen Werkzeugen kann ich ${negated(vp)}. Bei ${t} helfe ich gern.`,
    (vp) => `Ich habe keinen Zugriff auf etwas, womit ich ${vp} könnte. Dafür wäre ein spezieller Dienst besser.`,
    (vp, t) => `Leider kann ich hier ${negated(vp)}. Bei ${t} kann ich aber helfen.`,
  ],
  domains: {
    finance: 'Finanzen', travel: 'Reisen', weather: 'Wetter', health: 'Gesundheit', 'e-commerce': 'Onlineshopping', messaging: 'Nachrichten',
    calendar: 'Terminen', maps: 'Karten', sports: 'Sport', media: 'Film und Fernsehen', devops: 'Infrastruktur', science: 'Wissenschaft',
    education: 'Bildung', food: 'Essen', 'real-estate': 'Immobilien', jobs: 'Jobs', legal: 'Rechtsfragen', government: 'Behördenfragen',
    automotive: 'Autos', energy: 'Energie', agriculture: 'Landwirtschaft', gaming: 'Games', 'social-media': 'Social Media',
    security: 'Sicherheit', telecom: 'Telefonie', insurance: 'Versicherungen', logistics: 'Versand', music: 'Musik', news: 'Nachrichten', 'home-automation': 'Smart Home',
  },
  askKind: {
    city: ['In welcher Stadt?', 'Wo soll ich suchen?'],
    location: ['An welchem Ort?', 'Wo soll ich suchen?'],
    postal: ['Wie lautet die Postleitzahl?'],
    address: ['Wie lautet die Adresse?', 'Welche Adresse soll ich verwenden?'],
    street: ['Wie lautet die Adresse?', 'Welche Adresse soll ich verwenden?'],
    date: ['Für welches Datum?', 'An welchem Tag?'],
    'date-time': ['Für welches Datum und welche Uhrzeit?', 'Wann genau?'],
    ticker: ['Welche Aktie? Das Kürzel genügt.', 'Welches Unternehmen oder welches Börsenkürzel?'],
    email: ['Welche E-Mail-Adresse soll ich verwenden?', 'Wie lautet die E-Mail-Adresse?'],
    phone: ['Wie lautet die Telefonnummer?'],
    airport: ['Welcher Flughafen?'],
    country: ['Welches Land?'],
    'country-code': ['Welches Land?'],
    currency: ['In welcher Währung?'],
    language: ['In welcher Sprache?'],
    query: ['Wonach soll ich genau suchen?', 'Was suchst du genau?'],
  },
  askLabel: [(d) => `Wie lautet ${d}?`],
  askThing: [(b, n) => `Um ${n.g === 'f' ? 'welche' : n.g === 'n' ? 'welches' : 'welchen'} ${b} geht es?`, (b, n) => `${n.g === 'f' ? 'Welche' : n.g === 'n' ? 'Welches' : 'Welcher'} ${b} ist gemeint?`],
  askFrames: [
    (q) => q,
    (q) => `Klar. ${q}`,
    (q) => `Gern. ${q}`,
    (q, a) => `Ich kann ${a}, brauche aber noch eine Angabe. ${q}`,
    (q, _a, l) => `Dafür brauche ich noch ${l}. ${q}`,
    (q) => `Eine Sache vorab: ${q}`,
    (q) => `Fast geschafft. ${q}`,
    (q) => `Verstanden, eine Frage: ${q}`,
  ],
};
