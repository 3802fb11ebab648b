/**
 * hygiene.*: text a model should not learn from: empty or cut-off turns, leftover template
 * and chat-format markers, the same turn twice, user and assistant in different languages,
 * messages outside the length bounds, a rationale that does not name the tool it explains.
 * All regular expressions and word lists are built once, at load.
 */
import type { RuleContext } from './context.js';
import { NOT_JSON, textOf } from './context.js';
import { QUOTING, unquoted, withoutCode, withoutDefinedPlaceholders } from './hygiene-quotes.js';
import { normalise } from './normalise.js';
import { dialogueClash, type LanguageReading } from './hygiene-language.js';

export const LIMITS = {
  /** Characters of one user, system or assistant text message. */
  text: 8000,
  /** Characters of one tool result. */
  tool: 32_000,
  /** Characters of a rationale; a present rationale has at least `minReasoning`. */
  reasoning: 2000,
  minReasoning: 10,
  /** Messages in one record. */
  messages: 80,
} as const;

const TEMPLATE_MARKER =
  /\{\{|\}\}|\{[a-zA-Z_][a-zA-Z0-9_]{0,30}\}|\$\{[^}]*\}|<\/?tool_call>|<\/?tool_response>|<\/?tools>|<\|[a-z_]{2,20}\|>|\[\/?INST\]|<<\/?SYS>>|\[object Object\]|\bundefined\b|\bNaN\b|<placeholder>|\bTODO\b|\bLorem ipsum\b/;
// Lower case only: a message may end in a code that spells a connector word (country AT, IN, IS).
const DANGLING_END = /(?:[,;:(\[{\u2013\u2014]|\s-|\b(?:and|or|the|a|an|to|of|with|for|in|on|but|because|that|which|is|are|was|by|from|at|as|if|then|so|my|your|their)\b)$/;
/**
 * A preposition stranded at the end of a clause a wh-word or a relative opens is English, not a
 * cut ("what I am working on", "the hotel that we stayed in"), and so is a verb "to be" a wh-word
 * leaves there ("tell me what the status is").
 */
const STRANDED_END = /\b(?:what|which|who|whom|whose|where|whatever|whichever|that)\b[^.!?,;:]*\s(?:on|in|at|for|from|with|of|by|about)$|\b(?:what|which|who|where|how)\b[^.!?,;:]*\s(?:is|are|was)$/i;

function unbalanced(s: string): boolean {
  let round = 0;
  let square = 0;
  let curly = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 40) round++;
    else if (c === 41) round--;
    else if (c === 91) square++;
    else if (c === 93) square--;
    else if (c === 123) curly++;
    else if (c === 125) curly--;
  }
  return round > 0 || square > 0 || curly > 0;
}

function truncated(text: string): string | undefined {
  const t = text.trimEnd();
  if (t === '') return undefined;
  if (t.endsWith('...') || t.endsWith('…')) return 'ends with an ellipsis';
  if (DANGLING_END.test(t) && !STRANDED_END.test(t)) return `ends with ${JSON.stringify(t.slice(-12))}`;
  if (unbalanced(t)) return 'has an unclosed bracket';
  return undefined;
}

// ── scripts and languages ──
const SCRIPTS = ['latin', 'cyrillic', 'greek', 'arabic', 'hebrew', 'cjk', 'hangul', 'devanagari', 'thai'] as const;
type Script = (typeof SCRIPTS)[number];
/** Each script's index into SCRIPTS. */
const [LATIN, CYRILLIC, GREEK, ARABIC, HEBREW, CJK, HANGUL, DEVANAGARI, THAI] = SCRIPTS.map((_, i) => i);

/** The script of a UTF-16 unit, as an index into SCRIPTS, or -1 for none. */
function scriptOfCode(c: number): number {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) return LATIN;
  if (c < 0x370) return -1;
  if (c <= 0x3ff) return GREEK;
  if (c >= 0x400 && c <= 0x52f) return CYRILLIC;
  if (c >= 0x590 && c <= 0x5ff) return HEBREW;
  if (c >= 0x600 && c <= 0x6ff) return ARABIC;
  if (c >= 0x900 && c <= 0x97f) return DEVANAGARI;
  if (c >= 0xe00 && c <= 0xe7f) return THAI;
  if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) return CJK;
  if (c >= 0xac00 && c <= 0xd7af) return HANGUL;
  return -1;
}

const scriptCounts = new Int32Array(SCRIPTS.length);

/** The script most letters are in (undefined when under 8 letters), and whether a second script is strong. */
function scriptsOf(text: string): { main: Script | undefined; mixed: boolean } {
  const counts = scriptCounts.fill(0);
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const s = scriptOfCode(text.charCodeAt(i));
    if (s >= 0) {
      counts[s]++;
      total++;
    }
  }
  if (total < 8) return { main: undefined, mixed: false };
  // CJK characters carry a word each: weigh them as 3 letters.
  const weight = (s: number): number => (s === CJK || s === HANGUL ? counts[s] * 3 : counts[s]);
  // The two scripts with most weight; on a tie, the one seen first in the text wins, as before.
  let first = -1;
  let second = -1;
  const order = firstSeenOrder(text, counts);
  for (const s of order) {
    if (first < 0 || weight(s) > weight(first)) {
      second = first;
      first = s;
    } else if (second < 0 || weight(s) > weight(second)) second = s;
  }
  // Latin words inside text of another script are names and terms ("我想创建一个workspace"), not a second language.
  const mixed = second >= 0 && !(second === LATIN && first !== LATIN) && weight(second) >= 12 && weight(second) / (weight(first) + weight(second)) >= 0.3;
  return { main: SCRIPTS[first], mixed };
}

/** The scripts present in `text`, in the order of their first letter. */
function firstSeenOrder(text: string, counts: Int32Array): number[] {
  let present = 0;
  for (let s = 0; s < counts.length; s++) if (counts[s] > 0) present++;
  if (present === 1) return [counts.findIndex((n) => n > 0)];
  const order: number[] = [];
  for (let i = 0; i < text.length && order.length < present; i++) {
    const s = scriptOfCode(text.charCodeAt(i));
    if (s >= 0 && !order.includes(s)) order.push(s);
  }
  return order;
}

const STOP: Record<string, readonly string[]> = {
  en: ['the', 'and', 'is', 'are', 'you', 'with', 'what', 'this', 'that', 'please', 'can', 'of', 'to', 'it', 'my', 'for', 'be', 'have', 'will', 'i', 'me', 'could', 'would'],
  fr: ['le', 'les', 'des', 'est', 'et', 'une', 'pour', 'avec', 'vous', 'je', 'pas', 'du', 'sur', 'dans', 'au', 'aux', 'nous', 'mon', 'quel', 'quelle', 'sont'],
  es: ['el', 'los', 'las', 'y', 'por', 'del', 'está', 'usted', 'cómo', 'qué', 'pero', 'muy', 'también', 'hay', 'puede', 'gracias'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'für', 'ein', 'eine', 'ich', 'sie', 'auf', 'zu', 'bitte', 'wie', 'mein', 'den', 'dem', 'bei', 'auch'],
  it: ['il', 'gli', 'della', 'è', 'per', 'che', 'non', 'sono', 'di', 'ho', 'mio', 'come', 'anche', 'delle', 'questo', 'grazie'],
  pt: ['os', 'não', 'um', 'uma', 'com', 'do', 'da', 'dos', 'das', 'você', 'meu', 'é', 'são', 'obrigado', 'isso'],
};
const LANG_OF = new Map<string, string>();
for (const [lang, words] of Object.entries(STOP)) for (const w of words) LANG_OF.set(w, lang);
/**
 * How many function words of a language other than English (LANG_OF) the normalised words of a
 * text hold, up to `atMost` (a normalised word is a run of letters, or of digits, as normalise()
 * cuts them). A language is only "clear" with 3 of its words, so with fewer than 3 foreign words
 * in the whole dialogue every clear language is English and no message can clash: the counts
 * are then not needed.
 */
function foreignWords(words: readonly string[], atMost: number): number {
  let n = 0;
  for (let i = 0; i < words.length && n < atMost; i++) {
    const l = LANG_OF.get(words[i]);
    if (l !== undefined && l !== 'en') n++;
  }
  return n;
}

/** Links and e-mail addresses: their parts are no words of a language ("com" is Portuguese, "per" Italian). */
const ADDRESS = /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

/** The words of the prose of message `mi`, normalised, links and addresses left out (language is read from it). */
function prose(ctx: RuleContext, mi: number): readonly string[] {
  const text = textOf(ctx.messages[mi]);
  // Most messages hold neither: a plain search first keeps the regular expression off them.
  if (!text.includes('://') && !text.includes('www.') && !text.includes('@')) return ctx.words(mi);
  return normalise(text.replace(ADDRESS, ' ')).split(' ');
}

/** Counts of function words per language in a text's normalised words. */
function languageCounts(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of words) {
    const l = LANG_OF.get(w);
    if (l) counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  return counts;
}

/** The language the counts clearly point to: at least 3 words, twice the runner-up. */
function confident(counts: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let top = 0;
  let next = 0;
  for (const [l, n] of counts) {
    if (n > top) {
      next = top;
      top = n;
      best = l;
    } else if (n > next) next = n;
  }
  return top >= 3 && top >= 2 * next + 1 ? best : undefined;
}

function nameVariants(name: string): string[] {
  const lower = name.toLowerCase();
  const spaced = lower.replace(/[_\-.]+/g, ' ').trim();
  const tail = lower.includes('.') ? lower.slice(lower.lastIndexOf('.') + 1) : lower;
  return [...new Set([lower, spaced, tail])];
}

/** A message clearly in one language while the rest of the dialogue is clearly in another. */
function languageClash(langs: readonly { mi: number; counts: Map<string, number> }[]): { mi: number; lang: string; rest: string } | undefined {
  if (langs.length < 2) return undefined;
  const total = new Map<string, number>();
  for (const l of langs) for (const [k, n] of l.counts) total.set(k, (total.get(k) ?? 0) + n);
  for (const l of langs) {
    const lang = confident(l.counts);
    if (!lang) continue;
    const rest = new Map<string, number>();
    for (const [k, n] of total) {
      const r = n - (l.counts.get(k) ?? 0);
      if (r > 0) rest.set(k, r);
    }
    const other = confident(rest);
    if (other && other !== lang) return { mi: l.mi, lang, rest: other };
  }
  return undefined;
}

/** How the language of a dialogue is read (hygiene-language.ts judges a second-language dialogue with it). */
const READING: LanguageReading<{ mi: number; prose: readonly string[]; counts: Map<string, number> }> = {
  confident,
  count: (t) => languageCounts(normalise(t.replace(ADDRESS, ' ')).split(' ')),
  prose: (l) => languageCounts(l.prose),
  clashOf: languageClash,
};

export function checkHygiene(ctx: RuleContext): void {
  const { messages } = ctx;
  if (messages.length > LIMITS.messages) ctx.add('hygiene.length', `${messages.length} messages; at most ${LIMITS.messages}`, { message: LIMITS.messages });
  const seen = new Map<string, number>();
  let userScript: Script | undefined;
  let mixedReported = false;
  /** Function-word counts per text message (Latin script), to compare each with the rest. */
  const langs: { mi: number; prose: readonly string[]; counts: Map<string, number> }[] = [];
  let foreign = 0;
  const mixed = (mi: number, why: string): void => {
    if (!mixedReported) ctx.add('hygiene.mixed-language', why, { message: mi });
    mixedReported = true;
  };
  for (let mi = 0; mi < messages.length; mi++) {
    const m = messages[mi];
    const at = { message: mi };
    const text = textOf(m);
    const isCall = m.role === 'assistant' && (m.tool_calls?.length ?? 0) > 0;
    if (m.role === 'tool') {
      if (text.trim() === '') ctx.add('hygiene.empty-turn', 'empty tool result', at);
      else if (text.length > LIMITS.tool) ctx.add('hygiene.length', `tool result of ${text.length} characters; at most ${LIMITS.tool}`, at);
      else {
        const c = text.trimStart()[0];
        if ((c === '{' || c === '[') && ctx.json(mi) === NOT_JSON) ctx.add('hygiene.truncated', 'tool result is cut-off JSON', at);
      }
      continue;
    }
    if (text.trim() === '') {
      // An assistant step that only calls is fine; the last message is final-answer's.
      if (!isCall && mi !== messages.length - 1 && m.role !== 'system') ctx.add('hygiene.empty-turn', `empty ${m.role} message`, at);
    } else {
      if (text.length > LIMITS.text) ctx.add('hygiene.length', `${m.role} message of ${text.length} characters; at most ${LIMITS.text}`, at);
      if (TEMPLATE_MARKER.test(text)) {
        // Not in the code or JSON the message pastes, nor a placeholder it defines ("where {ip} is").
        const own = withoutDefinedPlaceholders(withoutCode(text));
        const marker = TEMPLATE_MARKER.exec(own)?.[0];
        if (marker !== undefined) ctx.add('hygiene.template-marker', `${m.role} text holds a template marker: ${JSON.stringify(marker)}`, at);
      }
      let sc = scriptsOf(text);
      // A message quoting a passage in another script (code, quotation marks) is read without it.
      if ((sc.mixed || (sc.main !== undefined && sc.main !== 'latin')) && QUOTING.test(text)) sc = scriptsOf(unquoted(text));
      if (sc.main === 'latin') {
        const p = prose(ctx, mi);
        langs.push({ mi, prose: p, counts: new Map() });
        if (foreign < 3) foreign += foreignWords(p, 3 - foreign);
      }
      if (m.role !== 'system') {
        const why = truncated(text);
        if (why) ctx.add('hygiene.truncated', `${m.role} message ${why}`, at);
        const key = `${m.role}\u0000${ctx.normalised(mi)}`;
        const first = seen.get(key);
        if (first !== undefined && key.length >= 14) ctx.add('hygiene.repeated-turn', `${m.role} message repeats message ${first}`, at);
        else seen.set(key, mi);
        if (sc.mixed) mixed(mi, `${m.role} message mixes scripts`);
        if (m.role === 'user') {
          if (sc.main) userScript ??= sc.main;
        } else if (m.role === 'assistant' && sc.main && userScript && sc.main !== userScript) {
          mixed(mi, `assistant writes in ${sc.main} script, the user in ${userScript}`);
        }
      }
    }
    if (m.role === 'assistant') {
      const r = m.reasoning;
      if (typeof r === 'string') {
        if (r.trim().length < LIMITS.minReasoning) ctx.add('hygiene.length', `rationale of ${r.trim().length} characters; at least ${LIMITS.minReasoning}`, at);
        else if (r.length > LIMITS.reasoning) ctx.add('hygiene.length', `rationale of ${r.length} characters; at most ${LIMITS.reasoning}`, at);
        else {
          if (TEMPLATE_MARKER.test(r)) ctx.add('hygiene.template-marker', `rationale holds a template marker: ${JSON.stringify(TEMPLATE_MARKER.exec(r)?.[0])}`, at);
          const why = truncated(r);
          if (why) ctx.add('hygiene.truncated', `rationale ${why}`, at);
        }
        if (isCall && r.trim() !== '') {
          const lower = r.toLowerCase();
          const spaced = lower.replace(/[_\-.]+/g, ' ');
          const names = [...new Set((m.tool_calls ?? []).map((c) => c.function?.name).filter((n): n is string => typeof n === 'string'))];
          const missing = names.filter((n) => !nameVariants(n).some((v) => lower.includes(v) || spaced.includes(v)));
          if (missing.length > 0) ctx.add('hygiene.rationale-tool', `rationale does not name ${missing.join(', ')}, the tool${missing.length > 1 ? 's' : ''} called`, at);
        }
      }
    }
  }
  if (!mixedReported) {
    const clash = dialogueClash(ctx, langs, foreign, READING);
    if (clash) mixed(clash.mi, `${ctx.messages[clash.mi].role} message in ${clash.lang}, the rest of the dialogue in ${clash.rest}`);
  }
}
