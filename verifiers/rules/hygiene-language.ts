/**
 * hygiene.mixed-language, the conversation's part: an operator's system prompt in English is
 * the operator's, not the conversation's. A dialogue in one language other than English (the
 * user writes it and the assistant answers in it) under an English system prompt is not mixed,
 * and tool results (JSON, English) are never compared. So an English system prompt is set
 * aside, and the user's and assistant's messages are compared with each other: an answer in a
 * language other than the user's is still a clash. A system prompt in another language stays
 * in the comparison (a German prompt over an English conversation is mixed).
 */
import type { RuleContext } from './context.js';

/** One message's function-word counts per language (hygiene.ts). */
export interface MessageLanguage {
  readonly mi: number;
  counts: Map<string, number>;
}

/**
 * The messages to compare for a language clash: all of them, or without the system prompts
 * when each is English or too short to tell (`confident` reads a language from counts).
 */
export function conversationLanguages<T extends MessageLanguage>(ctx: RuleContext, langs: readonly T[], confident: (counts: ReadonlyMap<string, number>) => string | undefined): readonly T[] {
  let system = false;
  for (const l of langs) {
    if (ctx.messages[l.mi].role !== 'system') continue;
    system = true;
    const lang = confident(l.counts);
    if (lang !== undefined && lang !== 'en') return langs;
  }
  return system ? langs.filter((l) => ctx.messages[l.mi].role !== 'system') : langs;
}
