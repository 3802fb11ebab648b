/** The text figures as a Markdown table: one column per job (and the third-party reference), targets and misses marked. */
import { TEXT_TARGETS, textMisses, type TextReport } from './metrics.js';

const pct = (x: number | undefined): string => (x === undefined ? 'n/a' : `${(100 * x).toFixed(1)}%`);
const num = (x: number | undefined, d = 2): string => (x === undefined ? 'n/a' : x.toFixed(d));

const ROWS: readonly { key: string; title: string; target: string; show: (r: TextReport) => string }[] = [
  { key: 'descCopy', title: 'first turns with a 6+ word run of the called tool\'s description', target: `< ${pct(TEXT_TARGETS.descCopy)}`, show: (r) => pct(r.descCopy) },
  { key: 'slotPhrase', title: 'first turns with "<param> set to" or key-value slots', target: '0', show: (r) => pct(r.slotPhrase) },
  { key: 'wordTwice', title: 'first turns with a word said twice in a row ("home home")', target: `<= ${pct(TEXT_TARGETS.wordTwice)}`, show: (r) => pct(r.wordTwice) },
  { key: 'bareOrNot', title: 'first turns with a yes/no as a bare "X or not"', target: '0', show: (r) => pct(r.bareOrNot) },
  { key: 'nearDup800', title: 'near-duplicate rate of first turns, n=800', target: `<= ${num(TEXT_TARGETS.nearDup800)}`, show: (r) => num(r.nearDup800) },
  { key: 'nearDupAll', title: 'near-duplicate rate of first turns, whole set', target: `< ${num(TEXT_TARGETS.nearDupAll)}`, show: (r) => num(r.nearDupAll) },
  { key: 'distinct2At100', title: 'distinct-2 of first turns, n=100', target: `>= ${num(TEXT_TARGETS.distinct2At100)}`, show: (r) => num(r.distinct2At100, 3) },
  { key: 'languages', title: 'first turns per dialogue language', target: 'about 10-15% not English', show: (r) => Object.entries(r.languages).map(([l, x]) => `${l} ${pct(x)}`).join(', ') || 'n/a' },
  { key: 'distinct2Foreign', title: 'distinct-2 of first turns not in English, n=100', target: `>= ${num(TEXT_TARGETS.distinct2Foreign)}`, show: (r) => num(r.distinct2Foreign, 3) },
  { key: 'implied', title: 'planned arguments the user implies', target: `${pct(TEXT_TARGETS.implied[0])}-${pct(TEXT_TARGETS.implied[1])}`, show: (r) => pct(r.impliedShare) },
  { key: 'rationaleWords', title: 'rationale mean length, words', target: `< ${TEXT_TARGETS.rationaleWords}`, show: (r) => num(r.rationaleWords, 1) },
  { key: 'rationaleNearDup', title: 'near-duplicate rate of rationales, whole set', target: `< ${num(TEXT_TARGETS.rationaleNearDup)}`, show: (r) => num(r.rationaleNearDup) },
];

/** `columns`: label and report; a column marked `reference` is shown without misses (third-party data). */
export function textMarkdown(columns: readonly { label: string; report: TextReport; reference?: boolean }[]): string {
  const lines = [
    `| figure | target | ${columns.map((c) => `${c.label} (${c.report.records})`).join(' | ')} |`,
    `| --- | --- | ${columns.map(() => '---:').join(' | ')} |`,
  ];
  const misses = columns.map((c) => (c.reference ? new Set<string>() : new Set(textMisses(c.report))));
  for (const row of ROWS) lines.push(`| ${row.title} | ${row.target} | ${columns.map((c, i) => `${row.show(c.report)}${misses[i].has(row.key) ? ' **x**' : ''}`).join(' | ')} |`);
  lines.push('', 'Near duplicates: word MinHash (120 hashes, values the text states and numbers masked), estimated Jaccard >= 0.8; **x**: target missed.');
  const ex = columns.flatMap((c, i) => [...misses[i]].flatMap((k) => (c.report.examples[k] ?? []).slice(0, 1).map((t) => `- ${c.label}, ${k}: ${t.replace(/\n/g, ' ').slice(0, 300)}`)));
  if (ex.length > 0) lines.push('', 'Examples of misses:', ...ex);
  return lines.join('\n');
}
