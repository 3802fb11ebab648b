/**
 * Second-language dialogues (pipeline/agents/user/lang, pipeline/agents/assistant/lang): over
 * the seed taxonomy, with each item's world set to speak Spanish, French, German, Portuguese or
 * Italian, the dialogues written in the language pass the rule verifier, read as written text
 * (no slot left, no article a preposition should have fused with, spacing as the language
 * writes it), say the language in meta.plan and come out the same for the same seed; an answer
 * swapped for English is rejected as mixed.
 */
import { describe, expect, it } from 'vitest';
import { SEED_DOMAINS } from '../../api-pool/seeds/index.js';
import { makePool } from '../../api-pool/types.js';
import { CATEGORIES, type ItemPlan } from '../../core/plan.js';
import type { CanonicalRecord } from '../../core/record.js';
import { itemSeed } from '../../core/rng.js';
import { dialoguePlan, planItem, simulateOffline } from '../../pipeline/generate.js';
import { LANGS, type Lang } from '../../pipeline/agents/user/lang/types.js';
import { verifyRecord } from '../../verifiers/rules.js';
import { languageOf } from '../helpers/language.js';
import { codeIn, dateIn, numberIn, profileFieldIn, type CodeKind } from '../../core/derive/lang/read.js';

const pool = makePool(SEED_DOMAINS.flatMap((d) => d.apis));
const COUNTRY: Readonly<Record<Lang, string>> = { es: 'ES', fr: 'FR', de: 'DE', pt: 'PT', it: 'IT' };
const N = 240;

/**
 * The item's world, made to speak `lang` (and be in its country), unless the plan has the user
 * imply their own country or language ("in my country"): the world it was planned in is theirs.
 */
function speaking(plan: ItemPlan, lang: Lang): ItemPlan {
  const own = [plan.world.locale.country, plan.world.locale.language];
  const mine = plan.calls.some((c) => Object.entries(c.derivations ?? {}).some(([k, d]) => d.kind === 'user-profile' && own.includes(String(c.arguments[k]))));
  return mine ? plan : { ...plan, world: { ...plan.world, locale: { ...plan.world.locale, language: lang, country: COUNTRY[lang] } } };
}

function generate(lang: Lang, idx: number): { plan: ItemPlan; record: CanonicalRecord } {
  const category = CATEGORIES[idx % CATEGORIES.length];
  const plan = speaking(planItem(idx, itemSeed(20_250_301, idx), category, pool, { split: 'train', heldOut: new Set(), distractors: 3 }), lang);
  return { plan, record: simulateOffline(plan, pool, { id: `l-${idx}`, split: 'train', noiseRate: 0 }) };
}

/** The user's and the assistant's words (no tool result, no call). */
const texts = (r: CanonicalRecord): string[] =>
  r.messages.flatMap((m) => ((m.role === 'user' || (m.role === 'assistant' && !m.tool_calls)) && typeof m.content === 'string' ? [m.content] : []));

/** A preposition before an article it fuses with, by language ("de el" is "del"). */
const UNFUSED: Readonly<Record<Lang, RegExp>> = {
  es: /(?<!\p{L})(de|a) el (?!\p{Lu})/u,
  fr: /(?<!\p{L})(de le|de les|à le|à les|de|que|je|ne) (?=[aeiouéèàâ]\p{Ll})/u,
  de: /(?<!\p{L})(in dem|an dem|von dem|zu dem|zu der|bei dem) \p{Lu}/u,
  pt: /(?<!\p{L})(de|em|por) (o|a|os|as) (?!\p{Lu})/u,
  it: /(?<!\p{L})(di|a|da|in|su) (il|lo|la|i|gli|le) (?!\p{Lu})/u,
};

describe.each(LANGS.map((l) => [l]))('dialogues in %s', (lang) => {
  const items = Array.from({ length: N }, (_, idx) => ({ idx, ...generate(lang, idx) }));
  const written = items.filter(({ record }) => languageOf(record) === lang);

  it('writes a good share of the items of a world that speaks it in its language', () => {
    expect(written.length).toBeGreaterThan(N * 0.3);
    expect(items.every(({ plan, record }) => ['en', plan.world.locale.language].includes(languageOf(record)))).toBe(true);
  });

  it('passes the rule verifier on every one', () => {
    for (const { idx, plan, record } of written) {
      const v = verifyRecord(record, { pool, plan: dialoguePlan(plan, record) });
      expect(v.checks, `${idx}: ${texts(record).join(' | ')}`).toEqual([]);
    }
  });

  it('reads as written text: no slot, no stray space, prepositions fused with their article', () => {
    for (const { idx, record } of written) {
      for (const t of texts(record)) {
        expect(t, `${idx}`).not.toMatch(/\{[vN#K]|undefined|NaN|\[object|\u0001/);
        expect(t, `${idx}`).not.toMatch(/ {2}|\s[,.](?!\d)/);
        expect(t, `${idx}`).not.toMatch(UNFUSED[lang]);
        if (lang !== 'fr') expect(t, `${idx}`).not.toMatch(/\s[:?!]/);
      }
    }
  });

  it("implies values in the language's words, which the record's plan carries and the verifier reads back", () => {
    const SAID_IN_LANGUAGE = new Set(['relative-date', 'spelled-number', 'user-profile', 'country-code', 'language-code', 'currency-code']);
    const implied = written.flatMap(({ record }) => (record.meta.plan?.calls ?? []).flatMap((c) => Object.values(c.derivations ?? {}))).filter((d) => SAID_IN_LANGUAGE.has(d.kind));
    expect(implied.length).toBeGreaterThan(10);
    // Said in the language: each reads back in it (an English phrase would not).
    const reads = (d: { kind: string; said: string }): unknown =>
      d.kind === 'relative-date' ? dateIn(lang, d.said) : d.kind === 'spelled-number' ? numberIn(lang, d.said) : d.kind === 'user-profile' ? profileFieldIn(lang, d.said) : codeIn(lang, d.kind as CodeKind, d.said);
    for (const d of implied) expect(reads(d), `${d.kind} "${d.said}"`).toBeDefined();
  });

  it('is deterministic: the same seed gives the same record', () => {
    for (const { idx, record } of written.slice(0, 40)) expect(JSON.stringify(generate(lang, idx).record)).toBe(JSON.stringify(record));
  });

  it('rejects the dialogue as mixed when its answer is in English', () => {
    for (const { plan, record } of written.slice(0, 30)) {
      const messages = [...record.messages];
      messages[messages.length - 1] = { role: 'assistant', content: 'Here is what I found: the details are in the result of the tool. Is there anything else I can do for you?' };
      const v = verifyRecord({ ...record, messages }, { pool, plan: dialoguePlan(plan, record) });
      expect(v.checks.map((c) => c.rule)).toContain('hygiene.mixed-language');
    }
  });
});
