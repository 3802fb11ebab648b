/**
 * The answer that closes a turn in a second language, from the turn's calls and results: one
 * call in a few sentences, parallel calls one sentence per part (failures said as such, the
 * cheapest named), a chain as its first result, the value carried over, then the last result;
 * a later turn compares its number with the one before. The English writer's shapes
 * (assistant/answer.ts) with the language's words; wording draws from the item's 'answers'
 * stream, as the English writer's does.
 */
import type { ItemPlan } from '../../../../core/plan.js';
import type { Message } from '../../../../core/record.js';
import { Rng, subSeed } from '../../../../core/rng.js';
import type { Pick } from '../../text.js';
import { isIdLike, snake } from '../../tool/names.js';
import { askingOf } from '../../user/lang/topic.js';
import { elided, np } from '../../user/lang/morph.js';
import type { Lang } from '../../user/lang/types.js';
import type { Outcome } from '../answer.js';
import { cheapestOf, composed, failedResult, moodOf, openingIndex, shaped } from '../compose.js';
import type { Mood } from '../openings.js';
import { readResult, type Reading } from '../read.js';
import { isIsoDate, sayDate, todayOf, type Today } from '../words.js';
import { factIn } from './facts.js';
import { readWhen, sepsOf } from './format.js';
import type { AnswerGrammar } from './grammar.js';
import { ANSWERS } from './grammars.js';
import { partIn, sentencesIn, type CallIn, type SceneIn } from './summary.js';


const callOf = (o: Outcome): CallIn => ({ args: o.call.args, result: o.result });


/** A place's key ("en Lyon"); an address that is no place (IP, e-mail) is not one. */
const PLACE_KEY = /^(?!(ip|email|e_mail|mac|wallet)_)(.*_)?(city|location|place|region|country|area|destination|address|town)$/;

export class AnswerWriterIn {
  readonly #g: AnswerGrammar;
  readonly #lang: Lang;
  readonly #pick: Pick;
  readonly #rng: Rng;
  readonly #today: Today;
  readonly #plan: ItemPlan;
  readonly #before = new Map<string, string>();
  #lastOpening = -1;

  constructor(plan: ItemPlan, lang: Lang) {
    this.#lang = lang;
    this.#g = ANSWERS[lang];
    this.#plan = plan;
    this.#rng = new Rng(subSeed(plan.seed, 'answers'));
    const rng = this.#rng;
    this.#pick = (items) => items[Math.floor(rng.next() * items.length)];
    this.#today = todayOf(plan.world.today, plan.world.locale.country);
  }

  #scene(o: Outcome, facts: number, bullets: boolean): SceneIn {
    const api = o.call.api;
    const asking = api ? askingOf(api, this.#lang) : undefined;
    const c = { lang: this.#lang, g: this.#g, seps: sepsOf(this.#lang, this.#plan.world.locale.country), year: this.#today.year, domain: api?.domain ?? '' };
    return { c, api, asking, verb: asking?.verbs[0], today: this.#today, pick: this.#pick, facts, bullets };
  }

  /** The answer closing a turn (`messages`: the dialogue so far, so no answer is said twice). */
  turn(outcomes: readonly Outcome[], messages: readonly Message[]): string {
    const readings = outcomes.map((o) => readResult({ name: o.call.name, args: o.call.args, ...(o.call.api ? { api: o.call.api } : {}), failed: o.call.broken || o.call.error !== undefined || failedResult(o.result) }, o.result, { today: this.#today }, ''));
    const said = (t: string): boolean => messages.some((m) => m.role === 'assistant' && m.content === t);
    let text = this.#write(outcomes, readings);
    for (let tries = 0; tries < 3 && said(text); tries++) text = this.#write(outcomes, readings);
    if (said(text)) text = `${this.#g.sameAsBefore} ${text}`;
    text = elided(this.#lang, text);
    // French puts a space before a colon, the one a shared line writes too ("Pour Lyon : ...").
    if (this.#lang === 'fr') text = text.replace(/([^\s:]): /g, '$1 : ');
    outcomes.forEach((o, i) => {
      const h = this.#headline(o, readings[i]);
      if (h !== undefined) this.#before.set(o.call.name, h);
    });
    return text;
  }

  #write(outcomes: readonly Outcome[], readings: readonly Reading[]): string {
    const r = this.#rng.next();
    const facts = r < 0.3 ? 2 : r < 0.8 ? 3 : 4;
    const bullets = outcomes.length >= 3 ? this.#rng.next() < 0.5 : this.#rng.next() < 0.15;
    const scenes = outcomes.map((o) => this.#scene(o, facts, bullets));
    const { body, mood, summed } = shaped(outcomes.map((o) => o.call.step), readings, {
      one: () => {
        const said = sentencesIn(readings[0], scenes[0], callOf(outcomes[0]));
        const back = this.#back(outcomes[0], readings[0], said.join(' '));
        return back ? [...said, back] : said;
      },
      chain: () => this.#chain(outcomes, readings, scenes),
      parallel: () => this.#parallel(outcomes, readings, scenes),
    });
    // A body that opens with its own "Hecho:" takes no opening ("Listo. Listo: he...").
    const opening = summed || /^[^\s.:]+(?: [^\s.:]+)? ?:/.test(body[0] ?? '') ? '' : this.#opening(mood);
    const closing = this.#rng.next() < 0.22 ? this.#pick(this.#g.closings[mood]) : '';
    return composed(opening, body, closing);
  }

  #opening(mood: Mood): string {
    const bank = this.#g.openings[mood];
    const i = openingIndex(this.#rng, bank.length, this.#lastOpening);
    if (i < 0) return '';
    this.#lastOpening = i;
    return bank[i];
  }

  /** The number a later turn compares with: the reading's headline in the language. */
  #headline(o: Outcome, r: Reading): string | undefined {
    if (!r.headline) return undefined;
    const w = factIn(this.#scene(o, 3, false).c, r.headline);
    return w ? w.phrase.slice(w.phrase.indexOf(': ') + 2) : undefined;
  }

  /** "Es menos que antes (928,00 €).": the same tool's headline against the last turn's, when this answer states it. */
  #back(o: Outcome, r: Reading, said: string): string | undefined {
    const was = this.#before.get(o.call.name);
    const now = this.#headline(o, r);
    const p = this.#before.has(o.call.name) ? r.headline : undefined;
    if (was === undefined || now === undefined || !p || p.num === undefined || !said.includes(now)) return undefined;
    const numOf = (s: string): number => Number(s.replace(/[^\d,.-]/g, '').replace(/[.’\u202f\u00a0](?=\d{3})/g, '').replace(',', '.'));
    if (now.replace(/[-\d.,\s’\u202f\u00a0]/g, '') !== was.replace(/[-\d.,\s’\u202f\u00a0]/g, '')) return undefined;
    const a = numOf(now);
    const b = numOf(was);
    if (!Number.isFinite(a) || !Number.isFinite(b)) return undefined;
    if (a === b) return this.#pick(this.#g.backSame);
    return this.#pick(a < b ? this.#g.backLess : this.#g.backMore)(was);
  }

  /** What tells a call apart from the others of its turn: the value that differs, else its place in the turn. */
  #head(o: Outcome, all: readonly Outcome[], s: SceneIn, index: number): string {
    const same = all.filter((x) => x.call.name === o.call.name);
    const noun = s.asking ? np(this.#lang, s.asking.noun, 'def', s.asking.plural, 'nom') : undefined;
    const mixed = same.length < all.length;
    if (same.length > 1) {
      for (const k in o.call.args) {
        const v = o.call.args[k];
        if (!same.some((x) => x !== o && JSON.stringify(x.call.args[k]) !== JSON.stringify(v))) continue;
        let value: string | undefined;
        if (typeof v === 'string') {
          if (isIsoDate(v)) {
            const w = readWhen(sayDate(v, this.#today, /T\d/.test(v)) ?? '');
            if (!w) break;
            const { on, bare } = this.#g.when(w, this.#today.year);
            const h = this.#g.headWhen(on, bare);
            return mixed && noun ? `${noun} ${h}` : h;
          }
          value = isIdLike(k) ? v : v.replace(/_/g, ' ');
        } else if (typeof v === 'number') {
          // A latitude with its longitude: a point, not a number.
          const lon = /^lat(itude)?$/.test(k) ? (o.call.args.longitude ?? o.call.args.lon ?? o.call.args.lng) : undefined;
          value = typeof lon === 'number' ? `${v}, ${lon}` : String(v);
        }
        if (value === undefined || value.length > 70) break;
        const h = this.#g.head(value, PLACE_KEY.test(snake(k)));
        return mixed && noun ? `${noun} ${h}` : h;
      }
      return this.#g.nth(index);
    }
    return noun ?? this.#g.nth(index);
  }

  #parallel(outcomes: readonly Outcome[], readings: readonly Reading[], scenes: readonly SceneIn[]): { body: string[]; summed: boolean } {
    const g = this.#g;
    const pick = this.#pick;
    const heads = outcomes.map((o, i) => this.#head(o, outcomes, scenes[i], i));
    const lines = readings.map((r, i) => `${g.cap(heads[i])}: ${partIn(r, scenes[i], callOf(outcomes[i]))}`);
    const out: string[] = [];
    const n = readings.length;
    const bad = readings.map((r, i) => (moodOf(r) === 'failed' ? i : -1)).filter((i) => i >= 0);
    if (bad.length > 0 && bad.length < n) out.push(pick(g.someFailed)(n - bad.length, n, g.and(bad.map((i) => heads[i]))));
    else if (bad.length === n) out.push(pick(g.noneWorked)(n));
    else if (this.#rng.next() < 0.35) out.push(pick(g.allCame)(n));
    const summed = out.length > 0;
    if (scenes[0]?.bullets) out.push(lines.map((l) => `- ${l}`).join('\n'));
    else out.push(...lines.map((l) => `${l}.`));
    const cheapest = this.#cheapest(readings, heads, scenes);
    if (cheapest) out.push(cheapest);
    return { body: out, summed };
  }

  #cheapest(readings: readonly Reading[], heads: readonly string[], scenes: readonly SceneIn[]): string | undefined {
    const c = cheapestOf(readings);
    const w = c && factIn(scenes[c.index].c, c.price);
    return c && w ? this.#pick(this.#g.cheapest)(heads[c.index], w.phrase.slice(w.phrase.indexOf(': ') + 2)) : undefined;
  }


  #chain(outcomes: readonly Outcome[], readings: readonly Reading[], scenes: readonly SceneIn[]): string[] {
    const g = this.#g;
    const out: string[] = [];
    const last = Math.max(...outcomes.map((o) => o.call.step));
    const lastOnes = outcomes.filter((x) => x.call.step === last);
    outcomes.forEach((o, i) => {
      const r = readings[i];
      const s = scenes[i];
      if (o.call.step !== last) {
        const p = partIn(r, s, callOf(o));
        out.push(r.kind === 'list' && s.asking ? this.#pick(g.firstStep)(s.asking.noun.pl, p) : `${g.cap(this.#head(o, [o], s, i))}: ${p}.`);
        return;
      }
      const from = Object.entries(o.call.from ?? {})[0];
      if (from && r.kind !== 'failed') {
        const v = o.call.args[from[0]];
        if (typeof v === 'string' || typeof v === 'number') out.push(this.#pick(g.used)(String(v)));
      }
      out.push(...(lastOnes.length > 1 ? [`${g.cap(this.#head(o, lastOnes, s, lastOnes.indexOf(o)))}: ${partIn(r, s, callOf(o))}.`] : sentencesIn(r, s, callOf(o))));
    });
    return out;
  }
}
