/**
 * hygiene.mixed-language, the conversation's part: an operator's system prompt in English is
 * the operator's, not the conversation's. A dialogue in one language other than English (the
 * user writes it and the assistant answers in it) under an English system prompt is not mixed,
 * and tool results (JSON, English) are never compared. So when the user writes in another
 * language, an English system prompt is set aside and the user's and assistant's messages are
 * compared with each other, by fuller word lists (WORDS: hygiene.ts's few function words tell
 * a short Spanish request from nothing): an answer in a language other than the user's is still
 * a clash. When the user writes English (or too little to tell another language), the prompt
 * stays and the counts are hygiene.ts's, so an answer in French under "Show me hotels in
 * Porto." is mixed. A system prompt in another language always stays (a German prompt over an
 * English conversation is mixed).
 */
import { textOf, type RuleContext } from './context.js';
import { normalise } from './normalise.js';

/** One message's function-word counts per language (hygiene.ts). */
export interface MessageLanguage {
  readonly mi: number;
  counts: Map<string, number>;
}

/** A quoted span: a title, an option or a status as the system words it ("most recent", «Guide to budgeting»). */
const QUOTED = /"[^"\n]{1,200}"|“[^”\n]{1,200}”|«[^»\n]{1,200}»|„[^“\n]{1,200}“/g;
const QUOTE_MARK = /["“«„]/;

/**
 * Frequent words of each language the generator writes, none of them a word of another of them
 * ("la", "de", "que", "con", "mais", "du", "was" are left out: each is a word in two of them);
 * a word listed under two languages belongs to neither.
 */
const WORDS: Readonly<Record<string, string>> = {
  en: 'the and is are you with what this that please can of to my for be have could would there here your from at which first then found thanks need want get find show',
  es: 'el los las usted cómo qué pero muy también hay puede gracias puedes podrías quiero quisiera necesito tienes ya más sí hola buenas buenos días después primero encontrado cuál dónde estoy tengo hoy mañana ayuda ayudarme ayudas cuando hasta aquí importaría serías amable gustaría algunas algunos alguna algún esperaba pudieras pido comprueba envío saludo busca buscar revisa revisar obtén obtener muéstrame dime pon',
  fr: 'les des est et une pour avec vous je pas sur dans au aux nous mon quel quelle sont peux pourrais voudrais aimerais besoin merci bonjour salut ce cette ces qui j qu voici voilà résultat résultats trouvé oui plus ça aujourd demain quand envoie vérifie vérifier cherche chercher trouve trouver récupère consulte',
  de: 'der die und ist nicht mit für ein eine ich sie auf zu bitte wie mein meine den dem bei auch kannst könntest möchte brauche dir mir hier habe gibt einen noch oder vom zum zur im ergebnis danke gefunden heute morgen hallo moin servus gern kurz such zeig prüf ruf schau lösch würdest wäre',
  pt: 'os não uma com dos você meu minha é são um perto mostre vasculhe ajudar saindo endereço obrigado obrigada isso em na pode poderia preciso quero queria gostaria olá oi ao aos pelo pela já encontrei sim também hoje amanhã bom dia até sem ideia seria possível agradeço ajuda consegue fico notícias alguma algum nenhuma minhas depois consultei pesquisa aparece vêm há verifique procure encontre veja consulte',
  it: 'gli della dello degli è per che sono di ho hai mio mia anche delle questo questa quello quella grazie dei nel nella nello sul sulla dal dalla dell dall ci puoi potresti vorrei devo ciao buongiorno buonasera ecco risultati trovato più oggi domani favore sto alcune controlla trova recupera recuperare ti vedere vicino domanda veloce qualcosa alle agli dimmi',
};
/** Endings only one of the languages writes ("dirección", "direzione", "Bestellung"): each word with one is a vote. */
const ENDING_OF: Readonly<Record<string, string>> = { ción: 'es', ciones: 'es', zione: 'it', zioni: 'it', ung: 'de', ungen: 'de', keit: 'de', heit: 'de', schaft: 'de' };
const ENDING = new RegExp(`(?:${Object.keys(ENDING_OF).join('|')})$`);
/** Letters only one of the languages writes: each is a vote for it. */
const LETTERS: Readonly<Record<string, string>> = { '¿': 'es', '¡': 'es', ñ: 'es', ã: 'pt', õ: 'pt', ß: 'de', ä: 'de', ö: 'de', ü: 'de', ì: 'it', ò: 'it', œ: 'fr', î: 'fr', û: 'fr', ë: 'fr', ï: 'fr' };
const LETTER = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'gi');
const RICH = new Map<string, string>();
const SHARED = new Set<string>();
for (const [lang, words] of Object.entries(WORDS)) {
  for (const w of words.split(' ')) {
    const had = RICH.get(w);
    if (had !== undefined && had !== lang) SHARED.add(w);
    RICH.set(w, lang);
  }
}
for (const w of SHARED) RICH.delete(w);

/** Links and e-mail addresses (as hygiene.ts leaves them out: "com" is no Portuguese here). */
const ADDRESS = /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** Capital codes a request gives as they are ("AT", "PER", "CHE" would read as words). */
const CODE = /\b[A-Z]{2,3}\b/g;

/** Adds `by` times the WORDS and LETTERS of `words` (normalised, one word each) and `raw` to `counts`. */
function tally(counts: Map<string, number>, words: readonly string[], raw: string, by: number): void {
  for (const w of words) {
    const l = RICH.get(w) ?? (w.length > 5 ? ENDING_OF[ENDING.exec(w)?.[0] ?? ''] : undefined);
    if (l) counts.set(l, (counts.get(l) ?? 0) + by);
  }
  for (const c of raw.match(LETTER) ?? []) {
    const l = LETTERS[c.toLowerCase()];
    counts.set(l, (counts.get(l) ?? 0) + by);
  }
}

/**
 * Message `mi`'s counts by WORDS and LETTERS, without what is not its own words: the message is
 * read as hygiene.ts has it normalised, and the words of its quoted spans, links, addresses and
 * capital codes are taken back out.
 */
function richOf(ctx: RuleContext, mi: number): Map<string, number> {
  const text = textOf(ctx.messages[mi]);
  const counts = new Map<string, number>();
  tally(counts, ctx.words(mi), text, 1);
  if (QUOTE_MARK.test(text)) for (const m of text.match(QUOTED) ?? []) tally(counts, normalise(m).split(' '), m, -1);
  if (text.includes('@') || text.includes('://') || text.includes('www.')) for (const m of text.match(ADDRESS) ?? []) tally(counts, normalise(m).split(' '), m, -1);
  for (const m of text.match(CODE) ?? []) {
    const l = RICH.get(m.toLowerCase());
    if (l) counts.set(l, (counts.get(l) ?? 0) - 1);
  }
  for (const [l, n] of counts) if (n <= 0) counts.delete(l);
  return counts;
}

/**
 * Whether a user message may be in a second language (a word or letter of one, by WORDS and
 * LETTERS): hygiene.ts's own few foreign words may be fewer than the 3 it needs in a short
 * Spanish request (an English answer to it is still mixed).
 */
function userMayWriteAnother(ctx: RuleContext, langs: readonly MessageLanguage[]): boolean {
  for (const l of langs) {
    if (ctx.messages[l.mi].role !== 'user') continue;
    LETTER.lastIndex = 0;
    if (LETTER.test(textOf(ctx.messages[l.mi]))) return true;
    for (const w of ctx.words(l.mi)) {
      const lang = RICH.get(w);
      if (lang !== undefined && lang !== 'en') return true;
    }
  }
  return false;
}

/**
 * The dialogue's language as the record says it: meta.plan.language, English for a record with
 * a plan that names none (the generator's English records), undefined without a plan (a record
 * from elsewhere, read by its words alone).
 */
function declaredLanguage(ctx: RuleContext): string | undefined {
  const plan = ctx.record.meta.plan;
  return plan ? (plan.language ?? 'en') : undefined;
}

/** The language most of the counts point to, when one leads (no tie), or undefined. */
function leading(counts: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let top = 0;
  let tie = false;
  for (const [l, n] of counts) {
    if (n > top) {
      top = n;
      best = l;
      tie = false;
    } else if (n === top) tie = true;
  }
  return tie ? undefined : best;
}

/** A message in one language while the dialogue is in another (hygiene.ts's report). */
export interface Clash {
  readonly mi: number;
  readonly lang: string;
  readonly rest: string;
}

/** How hygiene.ts reads languages, which a dialogue judged by its words alone uses. */
export interface LanguageReading<T extends MessageLanguage> {
  /** The language counts clearly point to, if any. */
  readonly confident: (counts: ReadonlyMap<string, number>) => string | undefined;
  /** hygiene.ts's counts of a text. */
  readonly count: (text: string) => Map<string, number>;
  /** hygiene.ts's counts of a message's prose. */
  readonly prose: (l: T) => Map<string, number>;
  /** hygiene.ts's clash among messages with their counts. */
  readonly clashOf: (langs: readonly T[]) => Clash | undefined;
}

/**
 * The language clash of a dialogue, if any (`foreign`: how many of hygiene.ts's foreign words
 * it holds). A record that says its dialogue is in a second language: any user or assistant
 * message, or system prompt, clearly in another (by WORDS; an English system prompt is the
 * operator's and stays). A record that says it is English: hygiene.ts's own reading. A record
 * that says nothing (from elsewhere): the user's language read from their words (below).
 */
export function dialogueClash<T extends MessageLanguage>(ctx: RuleContext, langs: readonly T[], foreign: number, r: LanguageReading<T>): Clash | undefined {
  const declared = declaredLanguage(ctx);
  if (declared !== undefined && declared !== 'en' && declared in WORDS) {
    for (const l of langs) {
      const lang = r.confident(richOf(ctx, l.mi));
      if (lang !== undefined && lang !== declared && !(lang === 'en' && ctx.messages[l.mi].role === 'system')) return { mi: l.mi, lang, rest: declared };
    }
    return undefined;
  }
  // Too few foreign words to read the dialogue whole, with a user who writes English (so the record
  // says, or no word or letter of theirs is another language's): an answer in another language still clashes.
  if (foreign < 3 && (declared === 'en' || (declared === undefined && !userMayWriteAnother(ctx, langs)))) return answerNotEnglish(ctx, langs, r);
  if (foreign < 3 && declared !== undefined) return undefined;
  for (const l of langs) l.counts = r.prose(l);
  return declared === undefined ? readClash(ctx, langs, r) : r.clashOf(langs);
}

/**
 * In a dialogue the record says is English, with too few of hygiene.ts's foreign words to read
 * it whole: an assistant message clearly in another language by the fuller WORDS ("Voilà, c'est
 * fait : je vous ai donné le résultat ..."), quoted spans, links and codes counted out.
 */
function answerNotEnglish<T extends MessageLanguage>(ctx: RuleContext, langs: readonly T[], r: LanguageReading<T>): Clash | undefined {
  for (const l of langs) {
    if (ctx.messages[l.mi].role !== 'assistant') continue;
    const lang = r.confident(richOf(ctx, l.mi));
    if (lang !== undefined && lang !== 'en') return { mi: l.mi, lang, rest: 'en' };
  }
  return undefined;
}

/**
 * The clash of a dialogue judged by its words alone. When the user writes English or too little
 * to tell (by WORDS), hygiene.ts judges all messages, system prompts included, with quoted spans
 * counted out. When the user writes another language and no system prompt is clearly in a third
 * one, the prompts are set aside and each user and assistant message clearly in a language
 * other than the user's is the clash.
 */
function readClash<T extends MessageLanguage>(ctx: RuleContext, langs: readonly T[], r: LanguageReading<T>): Clash | undefined {
  const user = new Map<string, number>();
  const rich = new Map<number, Map<string, number>>();
  for (const l of langs) {
    const role = ctx.messages[l.mi].role;
    if (role === 'system') continue;
    const text = textOf(ctx.messages[l.mi]);
    if (QUOTE_MARK.test(text)) l.counts = r.count(text.replace(QUOTED, ' '));
    const c = richOf(ctx, l.mi);
    rich.set(l.mi, c);
    if (role === 'user') for (const [k, n] of c) user.set(k, (user.get(k) ?? 0) + n);
  }
  // The user's language: two or more of its words and English far behind; or, with no English
  // word at all (a short request), the assistant's, or what hygiene.ts's words read in both.
  const top = leading(user);
  const n = top === undefined ? 0 : (user.get(top) ?? 0);
  const en = user.get('en') ?? 0;
  let userLang = top !== undefined && top !== 'en' && n >= 2 && 2 * en < n ? top : undefined;
  if (userLang === undefined && en === 0) {
    const said = new Map<string, number>();
    const all = new Map<string, number>();
    const own = new Map<string, number>();
    const prompt = new Map<string, number>();
    for (const l of langs) {
      if (ctx.messages[l.mi].role === 'system') {
        for (const [k, c] of l.counts) prompt.set(k, (prompt.get(k) ?? 0) + c);
        continue;
      }
      for (const [k, c] of l.counts) all.set(k, (all.get(k) ?? 0) + c);
      if (ctx.messages[l.mi].role === 'user') for (const [k, c] of l.counts) own.set(k, (own.get(k) ?? 0) + c);
      if (ctx.messages[l.mi].role === 'assistant') for (const [k, c] of rich.get(l.mi) ?? []) said.set(k, (said.get(k) ?? 0) + c);
    }
    // The user's own few function words lead first; a user with none at all ("Create a storage
    // bucket called team-logs in Frankfurt.") writes as the operator's prompt does when it is
    // clearly in one language, and only then as the answer does.
    userLang = leading(own) ?? r.confident(prompt) ?? r.confident(said) ?? r.confident(all);
  }
  const third = langs.some((l) => ctx.messages[l.mi].role === 'system' && (r.confident(l.counts) ?? 'en') !== 'en');
  if (userLang === undefined || userLang === 'en' || third) return r.clashOf(langs);
  for (const [mi, c] of rich) {
    const lang = r.confident(c);
    if (lang !== undefined && lang !== userLang) return { mi, lang, rest: userLang };
  }
  return undefined;
}
