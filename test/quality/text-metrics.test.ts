/**
 * The text figures of issue 13 on labelled cases: turns that copy a description or state slots
 * and turns that do not, sets with a known share of near twins (worded alike, values apart), a
 * known distinct-2, implied arguments read from the plan, and the CLI's text table and exit code.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CanonicalRecord } from '../../core/record.js';
import { hubRowJson } from '../../output/hub-row.js';
import { bareOrNot, copiesRun, distinct2, evenSample, slotPhrase, TextTally, textMisses, wordTwice } from '../../scripts/quality/text/metrics.js';
import { NearDupIndex, nearDupRateExact, signature, similarity } from '../../scripts/quality/text/near-dup.js';
import { recordSample } from '../../scripts/quality/text/samples.js';
import { tempDir } from '../helpers/cli.js';
import { record, tool } from './fixture.js';

const DESC = 'Get reference exchange rates from one base currency to several others, today or on a past date.';

describe('a word said twice and a bare "X or not"', () => {
  it.each([
    ['I want a home automation rule for the Personal home home.', true],
    ['Could I get the league standings in the the National Basketball Association?', true],
    ['Post it, and and let the channel know.', true],
    ['Hay un problema con la energía a partir del lunes.', false], // "a" after "energía" is no repeat
    ['Rule called Home home, please.', false], // the value holds the pair
    ['Play "New York, New York" and "Duran Duran".', false], // quoted text
    ['Look for CPE cpe:2.3:a:openssl:openssl:3.0.7.', false], // a value's prefix
    ['He said that that was fine and I had had enough.', false],
    ['Order 12 12 times.', false], // numbers
  ])('wordTwice(%s) is %s', (text, want) => {
    expect(wordTwice(text, ['Home home'])).toBe(want);
  });

  it.each([
    ['Create a chat channel, public or not.', true],
    ['Also with these details: "leak", open now or not', true],
    ['Find restaurants nearby, whether open now or not.', false],
    ['Ask "ready or not?" in the channel.', false],
    ['Find courses, not necessarily free.', false],
  ])('bareOrNot(%s) is %s', (text, want) => {
    expect(bareOrNot(text)).toBe(want);
  });
});

describe('description copies and slot phrases', () => {
  it('flags a run of six words of the description, not a paraphrase or a shorter run', () => {
    expect(copiesRun('I want to get reference exchange rates from one base currency to EUR', DESC)).toBe(true);
    expect(copiesRun('What is the euro worth in dollars today?', DESC)).toBe(false);
    expect(copiesRun('the rates from one base currency', DESC)).toBe(false); // five words of it
  });

  it('flags "<param> set to" and two key-value slots, not natural wording', () => {
    const params = ['base_currency', 'quote_currencies', 'priority', 'city', 'days'];
    expect(slotPhrase('Convert with base currency set to USD.', params)).toBe(true);
    expect(slotPhrase('Create a task, priority set to low.', params)).toBe(true);
    expect(slotPhrase('Forecast please (city Boston, days 3).', params)).toBe(true);
    expect(slotPhrase('Forecast with city: Boston, days: 3', params)).toBe(true);
    expect(slotPhrase('The heater is set to eco; what is the weather in Boston for the next 3 days?', params)).toBe(false);
    expect(slotPhrase('How many yen is a dollar worth today?', params)).toBe(false);
    expect(slotPhrase('city Boston please', params)).toBe(false); // one slot is not a dump
    // A quoted message's words are its content ("start without me" names no parameter `start`).
    expect(slotPhrase('Set the out of office with the text "Running late, start without me, and days off"', ['start', 'days', 'text'])).toBe(false);
    // Parameters named by a preposition: the preposition is how people say a range, not a slot.
    expect(slotPhrase('Articles on trade talks, from the 21st of October and from October 21 at 18:15 onwards', ['from', 'until', 'topic'])).toBe(false);
    expect(slotPhrase('Articles (topic trade talks, from the 21st of October)', ['from', 'topic', 'language'])).toBe(false);
  });
});

describe('near duplicates', () => {
  it('reads two requests worded alike as twins whatever their values, and different wordings apart', () => {
    const a = signature('Can you find flights from Boston to Denver on 2026-12-04?', ['Boston', 'Denver', '2026-12-04']);
    const b = signature('Can you find flights from Lisbon to Tokyo on 2027-01-15?', ['Lisbon', 'Tokyo', '2027-01-15']);
    const c = signature("I'm flying out of Boston next week, anything cheap to Denver?", ['Boston', 'Denver']);
    expect(similarity(a, b)).toBeGreaterThanOrEqual(0.8);
    expect(similarity(a, c)).toBeLessThan(0.5);
  });

  it('gives the share of texts with a twin, pair by pair and through LSH alike', () => {
    const cities = ['Boston', 'Denver', 'Paris', 'Lyon', 'Kyoto', 'Osaka', 'Lima', 'Quito', 'Oslo', 'Bergen'];
    const frames = [
      (x: string) => `What is the weather like in ${x} right now?`,
      (x: string) => `Is it going to rain tomorrow around ${x}, do you know?`,
      (x: string) => `${x}: give me the forecast for the weekend, I am packing.`,
    ];
    // 30 twins (10 per frame) and 20 texts each worded its own way.
    const twins = frames.flatMap((f) => cities.map((c) => ({ text: f(c), values: [c] })));
    const words = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu'.split(' ');
    const singles = Array.from({ length: 20 }, (_, i) => ({ text: Array.from({ length: 8 }, (_, j) => words[(i * 7 + j * 3) % words.length] + String(i % 10 === j ? '' : '')).join(' ') + ` unique${'x'.repeat(i)}`, values: [] }));
    const all = [...twins, ...singles];
    const exact = nearDupRateExact(all);
    const index = new NearDupIndex();
    for (const t of all) index.add(t.text, t.values);
    expect(exact).toBeGreaterThanOrEqual(30 / 50);
    expect(exact).toBeLessThan(0.8);
    expect(index.rate()).toBeCloseTo(exact, 5);
  });
});

describe('distinct-2 and samples', () => {
  it('counts distinct word bigrams over all bigrams', () => {
    expect(distinct2(['a b c', 'a b d'])).toBeCloseTo(3 / 4);
    expect(distinct2(['one two', 'one two'])).toBeCloseTo(1 / 2);
  });

  it('samples evenly across the set', () => {
    expect(evenSample([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 5)).toEqual([0, 2, 4, 6, 8]);
    expect(evenSample([1, 2], 5)).toEqual([1, 2]);
  });
});

const RATES = tool('get_exchange_rates', DESC, { base_currency: { type: 'string' }, quote_currencies: { type: 'array', items: { type: 'string' } } });

function withDerivations(r: CanonicalRecord, implied: readonly string[]): CanonicalRecord {
  const plan = r.meta.plan!;
  const calls = plan.calls.map((c) => ({ ...c, derivations: Object.fromEntries(implied.map((k) => [k, { kind: 'city-currency' as const, said: 'at home' }])) }));
  return { ...r, meta: { ...r.meta, plan: { ...plan, calls } } };
}

function rates(user: string, reasoning?: string): CanonicalRecord {
  const r = record({ tools: [RATES], user, steps: [[{ name: 'get_exchange_rates', args: { base_currency: 'USD', quote_currencies: ['EUR'] }, result: { base_currency: 'USD', rates: { EUR: 0.92 } } }]] });
  if (reasoning === undefined) return r;
  const messages = r.messages.map((m) => (m.role === 'assistant' && m.tool_calls ? { ...m, reasoning } : m));
  return { ...r, messages };
}

describe('a job of records', () => {
  it('reads implied arguments from the plan, rationales from the calls, copies from the first turn', () => {
    const t = new TextTally();
    t.add(recordSample(withDerivations(rates('What is a dollar worth in euros, from where I live?', 'They want euros for dollars.'), ['base_currency'])));
    t.add(recordSample(rates('I need to get reference exchange rates from one base currency to several others: USD to EUR.', 'They asked for EUR against USD, so get_exchange_rates.')));
    const r = t.report();
    expect(r.impliedShare).toBeCloseTo(1 / 4);
    expect(r.descCopy).toBeCloseTo(1 / 2);
    expect(r.rationales).toBe(2);
    expect(r.rationaleWords).toBeCloseTo((5 + 8) / 2);
    expect(textMisses(r)).toEqual(expect.arrayContaining(['descCopy', 'implied']));
    expect(textMisses(r)).not.toContain('rationaleWords');
  });

  it('gives the share of first turns per dialogue language and the distinct-2 of those not in English', () => {
    const t = new TextTally();
    const es = (text: string): CanonicalRecord => {
      const r = rates(text, 'They want euros for dollars.');
      return { ...r, meta: { ...r.meta, plan: { ...r.meta.plan!, language: 'es' } } };
    };
    for (let i = 0; i < 30; i++) t.add(recordSample(rates(`What is ${i} dollars in euros?`, 'They want euros for dollars.')));
    for (let i = 0; i < 10; i++) t.add(recordSample(es('¿Cuánto vale un dólar en euros?')));
    expect(t.report().languages).toEqual({ en: 0.75, es: 0.25 });
    expect(t.report().distinct2Foreign).toBeUndefined();
    for (let i = 0; i < 10; i++) t.add(recordSample(es('¿Cuánto vale un dólar en euros?')));
    const r = t.report();
    expect(r.distinct2Foreign).toBeCloseTo(distinct2(['¿Cuánto vale un dólar en euros?']) / 20, 5);
    expect(textMisses(r)).toContain('distinct2Foreign');
  });
});

const SCRIPT = resolve(__dirname, '../../dist/scripts/quality.js');
const root = tempDir('quality-text');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('node dist/scripts/quality.js --checks text', () => {
  it('prints the text table and exits 1 when a figure misses its target', () => {
    const file = join(root, 'copies.jsonl');
    const copies = Array.from({ length: 5 }, (_, i) => rates(`Please get reference exchange rates from one base currency to several others, number ${i}.`));
    writeFileSync(file, copies.map((r) => `${hubRowJson(r)}\n`).join(''));
    const r = spawnSync(process.execPath, [SCRIPT, '--checks', 'text', '--reference', 'none', file], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/\| first turns with a 6\+ word run of the called tool's description \| < 10\.0% \| 100\.0% \*\*x\*\* \|/);
    const json = spawnSync(process.execPath, [SCRIPT, '--checks', 'text', '--reference', 'none', '--json', file], { encoding: 'utf8' });
    const [report] = JSON.parse(json.stdout) as { text: { descCopy: number }; textMisses: string[] }[];
    expect(report.text.descCopy).toBe(1);
    expect(report.textMisses).toContain('descCopy');
  });

  it('refuses an unknown check', () => {
    const r = spawnSync(process.execPath, [SCRIPT, '--checks', 'style', join(root, 'copies.jsonl')], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--checks takes consistency, text/);
  });
});
