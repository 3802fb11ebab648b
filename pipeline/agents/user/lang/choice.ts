/**
 * Which language an item's dialogue is written in. Where the world's locale speaks Spanish,
 * French, German, Portuguese or Italian, a share of its dialogues (SHARE, drawn on the item's
 * own "language" stream, so no other draw of the item moves) has the user write in that
 * language, and the assistant answers in it. A dialogue is only written in a language that can
 * say all of it: every tool's object and every argument (the lexicon and clause tables cover
 * the seed pool's common fields; an unknown one keeps the item English), in a category the
 * language covers (safety items keep English: their confirmation and refusal checks read
 * English words today). No configuration: the share follows from the worlds drawn.
 */
import type { ToolPool } from '../../../../api-pool/types.js';
import type { ItemPlan, PlannedCall } from '../../../../core/plan.js';
import { Rng, subSeed } from '../../../../core/rng.js';
import { canAskIn } from '../../assistant/lang/replies.js';
import { clausesIn, maySay, valueIn } from './clauses.js';
import type { UserGrammar } from './grammar.js';
import { GRAMMARS } from './grammars.js';
import { hiddenArgs } from './turns.js';
import { askingOf } from './topic.js';
import { isLang, type Lang } from './types.js';

/**
 * Share of the dialogues of a Spanish-, French-, German-, Portuguese- or Italian-speaking world
 * written in its language, among those the language can write. About 30% of the default job's
 * worlds speak one of them and a bit under half of their items can be written in it (free text
 * such as a message body or a title stays English, so such items stay English too): 0.9 puts
 * about 12% of a default job's dialogues in a second language (measured by
 * scripts/quality/text: 8.0% at 0.6 on 2,000 records; the evolved pool, whose tools the
 * tables know less of, about half that).
 */
export const SHARE = 0.9;

/** The categories a second-language dialogue covers. */
const COVERED = new Set(['single', 'multiple', 'parallel', 'parallel-multiple', 'nested', 'dependent', 'clarification', 'multi-turn', 'irrelevance']);

/**
 * The language `plan`'s dialogue is tried in: 'en', or one of LANGS when its world speaks it,
 * the draw falls in SHARE and the language names every tool's object and can ask for a withheld
 * value. Whether it can say every argument is found by writing the turns (dialogue.ts: a turn it
 * cannot write keeps the item English), not by a dry run first (canWrite), which would write
 * them twice.
 */
export function dialogueLanguage(plan: ItemPlan, pool: ToolPool): 'en' | Lang {
  const lang = plan.world.locale.language;
  if (!isLang(lang) || !COVERED.has(plan.category)) return 'en';
  if (new Rng(subSeed(plan.seed, 'language')).next() >= SHARE) return 'en';
  const g = GRAMMARS[lang];
  if (plan.category === 'irrelevance') {
    const api = plan.targets.length > 0 ? pool.byName.get(plan.targets[0]) : undefined;
    return api !== undefined && askingOf(api, lang) !== undefined ? lang : 'en';
  }
  const ok = plan.calls.every((c, i) => {
    const api = pool.byName.get(c.name);
    if (!api || !askingOf(api, lang)) return false;
    const w = plan.withheld?.call === i ? plan.withheld.argument : undefined;
    if (w !== undefined && (valueIn(api, w, c.arguments[w], lang, g) === undefined || !canAskIn(api, w, lang))) return false;
    return maySay(api, c.arguments, lang, g, unstated(c, w));
  });
  return ok ? lang : 'en';
}

/** Keys of a call the user does not state: values from results, and the withheld one. */
function unstated(c: PlannedCall, withheld?: string): Set<string> {
  const s = new Set(Object.keys(c.dependsOn ?? {}));
  if (withheld !== undefined) s.add(withheld);
  return s;
}

/** Whether `g`'s language can write every turn of `plan` (a dry run of the clauses: no draw). */
export function canWrite(plan: ItemPlan, pool: ToolPool, g: UserGrammar): boolean {
  if (plan.category === 'irrelevance') {
    const api = plan.targets.length > 0 ? pool.byName.get(plan.targets[0]) : undefined;
    return api !== undefined && askingOf(api, g.lang) !== undefined && clausesIn(api, hiddenArgs(plan, api), g.lang, g) !== undefined;
  }
  return plan.calls.every((c, i) => {
    const api = pool.byName.get(c.name);
    if (!api || !askingOf(api, g.lang)) return false;
    const withheld = plan.withheld?.call === i ? plan.withheld.argument : undefined;
    // The assistant asks for a withheld value in the language's words for it, and the user gives it.
    if (withheld !== undefined && (valueIn(api, withheld, c.arguments[withheld], g.lang, g) === undefined || !canAskIn(api, withheld, g.lang))) return false;
    return clausesIn(api, c.arguments, g.lang, g, undefined, undefined, unstated(c), c) !== undefined;
  });
}
