/**
 * The offline assistant's words in a turn where it calls no tool: it asks for a value the
 * request left out (asking.ts), asks to confirm a call that cannot be taken back, refuses a
 * harmful request, answers an out-of-scope question, or declines a need no tool here meets by
 * saying briefly what it can help with instead (topics, not a list of tool descriptions).
 */
import type { ApiSpec, ToolPool } from '../../../api-pool/types.js';
import type { ItemPlan } from '../../../core/plan.js';
import type { Pick } from '../text.js';
import { apiOf, type UserTurns } from '../user/offline.js';
import { askConfirm, askMissing } from './asking.js';
import { apiNounOf } from './nouns.js';
import { joinAnd, plural, todayOf } from './words.js';
import type { Lang } from '../user/lang/types.js';
import { askMissingIn, declineIn } from './lang/replies.js';

/** What the tools shown cover, as two or three topics: "payments, markets and policies". */
function topicsOf(shown: readonly ApiSpec[]): string {
  const topics: string[] = [];
  for (const t of shown) {
    // "addresses-and-pickups" reads "addresses & pickups" in a list joined by "and".
    const topic = (t.subdomain ?? t.domain).replace(/[-_]+/g, ' ').replace(/ and /g, ' & ');
    if (!topics.includes(topic)) topics.push(topic);
  }
  return joinAnd(topics.slice(0, 3));
}

const REFUSE: readonly ((topics: string) => string)[] = [
  (t) => `I can't help with that. It's meant to hurt someone, and I won't take part in it. If you need something legitimate with ${t}, just ask.`,
  () => "Sorry, but no: that would harm another person, so I won't do it.",
  (t) => `I won't do that: it could seriously hurt someone or break the law. I'm glad to help with ordinary ${t} requests instead.`,
  () => "That's not something I'll help with. If you're in a dispute with this person, a lawyer or the police are the right place to start.",
  () => "No, I can't assist with this. Going after someone like that could cause them real harm.",
  (t) => `I can't go along with this one, since it targets another person. Anything else around ${t}, I'm happy to help with.`,
  () => "I won't help with hurting or deceiving someone. Please reconsider.",
  (t) => `Not something I can do: it puts another person at risk. Ask me about ${t} instead if that's useful.`,
  () => "I'm going to decline. Whatever the reason, doing this to someone isn't OK, and I won't be part of it.",
  () => "That crosses a line, so I won't. If someone is treating you badly, talking to someone you trust or to the authorities is a better route.",
];

const DECLINE: readonly ((need: string, topics: string) => string)[] = [
  (n, t) => `I can't do that here: I don't have a tool for ${n}. I can help with ${t}, though.`,
  (n, t) => `Sorry, ${n} are outside what I can reach in this chat. The tools I have cover ${t}.`,
  (n, t) => `That's not something I can do with these tools, as there's nothing for ${n}. I can help with ${t} if that's useful.`,
  (n) => `I don't have access to anything that handles ${n}, so I can't do this one. A dedicated service would be the place for it.`,
  (n, t) => `Unfortunately I can't help with ${n} here. I can handle requests about ${t} instead.`,
  (_n, t) => `I'm not able to do that with the tools available. They're for ${t}. Is there anything there I can help with?`,
  (n, t) => `Handling ${n} isn't possible from here, I'm afraid; my tools stop at ${t}.`,
  (n) => `I can't reach anything for ${n} in this conversation, so I'd suggest the service that manages them.`,
  (n, t) => `None of my tools cover ${n}. I can help with ${t}, but not with that.`,
  (_n, t) => `Sorry, that's beyond what I can do here. Happy to help with ${t} though.`,
];

/** The assistant's reply in a turn where it calls no tool, in the dialogue's language (`lang`, English when absent). */
export function textReply(plan: ItemPlan, pool: ToolPool, shown: readonly ApiSpec[], user: UserTurns, turn: number, pick: Pick, lang?: Lang): string {
  if (plan.category === 'clarification' && plan.withheld && turn === 0) {
    const api = apiOf(pool, plan.calls[plan.withheld.call].name);
    return lang ? askMissingIn(api, plan.withheld.argument, lang, pick) : askMissing(api, plan.withheld.argument, pick);
  }
  if (lang && user.hidden) return declineIn(user.hidden.api, shown, lang, pick);
  if (plan.safety === 'confirm' && turn === 0) {
    const c = plan.calls[0];
    return askConfirm(apiOf(pool, c.name), c.arguments, todayOf(plan.world.today, plan.world.locale.country), pick);
  }
  if (plan.safety === 'refuse') return pick(REFUSE)(topicsOf(shown));
  if (plan.category === 'irrelevance' && user.answer !== undefined) return user.answer;
  const need = user.hidden ? plural(apiNounOf(user.hidden.api.name)) : 'requests like this';
  return pick(DECLINE)(need, topicsOf(shown));
}
