/**
 * The parts of the second-language writers: the lexicon's nouns with their forms, articles and
 * the prepositions they fuse with, counts, lists and French elision (user/lang/morph.ts), dates
 * and numbers as each language writes them in answers (assistant/lang), English titles quoted,
 * an id said after the thing it names, and each language's request for a plan the same for the
 * same seed.
 */
import { describe, expect, it } from 'vitest';
import { SEED_DOMAINS } from '../../api-pool/seeds/index.js';
import { makePool } from '../../api-pool/types.js';
import { CATEGORIES } from '../../core/plan.js';
import { itemSeed, Rng } from '../../core/rng.js';
import { quotedIfEnglish } from '../../pipeline/agents/assistant/lang/facts.js';
import { money, number, sepsOf } from '../../pipeline/agents/assistant/lang/format.js';
import { ANSWERS } from '../../pipeline/agents/assistant/lang/grammars.js';
import { canWrite } from '../../pipeline/agents/user/lang/choice.js';
import { GRAMMARS } from '../../pipeline/agents/user/lang/grammars.js';
import { nounIn } from '../../pipeline/agents/user/lang/lexicon.js';
import { counted, elided, listIn, np, pp } from '../../pipeline/agents/user/lang/morph.js';
import { sameThing } from '../../pipeline/agents/user/lang/nouns.js';
import { userTurnsIn } from '../../pipeline/agents/user/lang/turns.js';
import { LANGS, type Lang, type Noun } from '../../pipeline/agents/user/lang/types.js';
import { planItem } from '../../pipeline/generate.js';

const noun = (lang: Lang, english: string): Noun => {
  const n = nounIn(lang, english);
  if (!n) throw new Error(`${lang}: no noun for ${english}`);
  return n;
};

describe('the lexicon and the articles', () => {
  it('gives each language its noun with gender and plural', () => {
    expect(noun('es', 'order')).toEqual({ g: 'm', sg: 'pedido', pl: 'pedidos' });
    expect(noun('fr', 'order')).toEqual({ g: 'f', sg: 'commande', pl: 'commandes' });
    expect(noun('de', 'order')).toEqual({ g: 'f', sg: 'Bestellung', pl: 'Bestellungen' });
    expect(noun('pt', 'order')).toEqual({ g: 'm', sg: 'pedido', pl: 'pedidos' });
    expect(noun('it', 'order')).toEqual({ g: 'm', sg: 'ordine', pl: 'ordini' });
  });

  it('fuses a preposition with its article where the language does', () => {
    expect(pp('es', 'de', noun('es', 'order'), 'def')).toBe('del pedido');
    expect(pp('es', 'a', noun('es', 'account'), 'def')).toBe('a la cuenta');
    expect(pp('fr', 'à', noun('fr', 'account'), 'def')).toBe('au compte');
    expect(pp('fr', 'de', noun('fr', 'order'), 'def', true)).toBe('des commandes');
    expect(pp('de', 'zu', noun('de', 'order'), 'def', false, 'dat')).toBe('zur Bestellung');
    expect(pp('de', 'in', noun('de', 'account'), 'def', false, 'dat')).toBe('im Konto');
    expect(pp('pt', 'em', noun('pt', 'account'), 'def')).toBe('na conta');
    expect(pp('it', 'di', noun('it', 'order'), 'def')).toBe("dell'ordine");
    expect(pp('it', 'in', noun('it', 'account'), 'def')).toBe('nel conto');
  });

  it('says "no", "my" and counts with the noun in the right number', () => {
    expect(np('es', noun('es', 'order'), 'no')).toBe('ningún pedido');
    expect(np('fr', noun('fr', 'order'), 'no')).toBe('aucune commande');
    expect(np('de', noun('de', 'order'), 'my', true)).toBe('meine Bestellungen');
    expect(np('pt', noun('pt', 'order'), 'my', true)).toBe('os meus pedidos');
    expect(np('it', noun('it', 'order'), 'my', true)).toBe('i miei ordini');
    expect(counted('es', 1, noun('es', 'night'))).toBe('1 noche');
    expect(counted('de', 3, noun('de', 'night'))).toBe('3 Nächte');
    expect(counted('it', 3, noun('it', 'night'))).toBe('3 notti');
  });

  it('joins lists and elides French vowels', () => {
    expect(listIn('es', ['Lyon', 'Oslo', 'Irún'])).toBe('Lyon, Oslo e Irún');
    expect(listIn('de', ['Lyon', 'Oslo'])).toBe('Lyon und Oslo');
    expect(elided('fr', "J'ai essayé de annuler que il reste")).toBe("J'ai essayé d'annuler qu'il reste");
    expect(elided('es', 'de el')).toBe('de el');
  });

  it('reads an id as the thing itself when its noun heads the thing', () => {
    expect(sameThing('it', { g: 'f', sg: 'regola domotica', pl: 'regole domotiche' }, { g: 'f', sg: 'regola', pl: 'regole' })).toBe(true);
    expect(sameThing('de', { g: 'f', sg: 'Automatisierungsregel', pl: 'Automatisierungsregeln' }, { g: 'f', sg: 'Regel', pl: 'Regeln' })).toBe(true);
    expect(sameThing('es', noun('es', 'order'), noun('es', 'account'))).toBe(false);
  });
});

describe('answers', () => {
  it('writes a date as each language does', () => {
    const june10 = { day: 10, month: 5 };
    expect(ANSWERS.es.when(june10, 2026).on).toBe('el 10 de junio');
    expect(ANSWERS.fr.when({ day: 1, month: 5 }, 2026).on).toBe('le 1er juin');
    expect(ANSWERS.de.when(june10, 2026).on).toBe('am 10. Juni');
    expect(ANSWERS.pt.when(june10, 2026).on).toBe('em 10 de junho');
    expect(ANSWERS.it.when(june10, 2026).on).toBe('il 10 giugno');
    expect(ANSWERS.it.when({ day: 8, month: 5 }, 2026).on).toBe("l'8 giugno");
    expect(ANSWERS.de.when({ day: 10, month: 5, year: 2027, time: { hh: '14', mm: '30', zone: ' UTC' } }, 2026).on).toBe('am 10. Juni 2027 um 14:30 Uhr UTC');
  });

  it('writes numbers and money with the language\'s separators', () => {
    expect(number(1234567.5, sepsOf('es', 'ES'))).toBe('1.234.567,5');
    expect(number(12345.25, sepsOf('fr', 'FR'))).toMatch(/^12\s345,25$/u);
    expect(number(1234.5, sepsOf('es', 'MX'))).toBe('1234.5');
    expect(money(435.07, 'EUR', sepsOf('it', 'IT'))).toBe('435,07 €');
  });

  it('agrees a status with its noun and takes the article a percentage needs in Italian', () => {
    expect(ANSWERS.es.adj('confirmado', noun('es', 'order'), true)).toBe('confirmados');
    expect(ANSWERS.fr.adj('confirmé', noun('fr', 'order'), true)).toBe('confirmées');
    expect(ANSWERS.it.adj('confermato', { g: 'f', sg: 'prenotazione', pl: 'prenotazioni' }, false)).toBe('confermata');
    expect(ANSWERS.it.is('il punteggio', '11%', true, false)).toBe("il punteggio è dell'11%");
    expect(ANSWERS.it.is('il punteggio', '74%', true, false)).toBe('il punteggio è del 74%');
  });

  it('quotes English titles and phrases, not names or codes', () => {
    expect(quotedIfEnglish('The Girl From Ipanema')).toBe('"The Girl From Ipanema"');
    expect(quotedIfEnglish('fuel system')).toBe('"fuel system"');
    expect(quotedIfEnglish('Taverna Luna')).toBe('Taverna Luna');
    expect(quotedIfEnglish('SKU-1234')).toBe('SKU-1234');
    expect(quotedIfEnglish('ana@example.com')).toBe('ana@example.com');
  });
});

describe('requests', () => {
  const pool = makePool(SEED_DOMAINS.flatMap((d) => d.apis));
  const plans = Array.from({ length: 120 }, (_, idx) => planItem(idx, itemSeed(7, idx), CATEGORIES[idx % CATEGORIES.length], pool, { split: 'train', heldOut: new Set(), distractors: 3 }));

  it.each(LANGS.map((l) => [l]))('%s: writes the same turns for the same seed, in well-formed sentences', (lang) => {
    const g = GRAMMARS[lang];
    let written = 0;
    for (const plan of plans) {
      if (plan.category === 'safety' || !canWrite(plan, pool, g)) continue;
      const turns = (seed: number) => {
        const rng = new Rng(seed);
        return userTurnsIn(plan, pool, g, rng, (xs) => xs[Math.floor(rng.next() * xs.length)]);
      };
      const a = turns(plan.seed);
      if (!a) continue;
      written++;
      expect(turns(plan.seed)?.texts).toEqual(a.texts);
      for (const t of a.texts) {
        expect(t).not.toMatch(/\{[vN#K]|undefined|\u0001| {2}/);
        expect(t).toMatch(/^(- )?[¿¡"«„]?[\p{Lu}\d+]/u);
        expect(t).toMatch(/[.?!»“"]$/);
      }
    }
    expect(written).toBeGreaterThan(40);
  });
});
