/** The checker's figures as one Markdown table per job (for the README), or as JSON. */
import { TARGETS, type JobReport } from './check.js';

const pct = (x: number): string => `${(100 * x).toFixed(x > 0 && x < 0.001 ? 3 : 1)}%`;
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function markdown(r: JobReport, label = r.job): string {
  const lines = [
    `### ${label}: ${r.records} records`,
    '',
    '| # | defect class | applies to | defects | rate | examples |',
    '| ---: | --- | ---: | ---: | ---: | --- |',
  ];
  for (const [i, c] of r.classes.entries()) {
    const mark = c.rate >= TARGETS.classRate ? ' **x**' : '';
    const ex = c.examples.map((e) => `${e.id}: ${cell(e.why)}`).join('<br>');
    lines.push(`| ${i + 1} | ${c.title} | ${c.applies} | ${c.defects} | ${pct(c.rate)}${mark} | ${ex} |`);
  }
  const mark = r.anyRate > TARGETS.anyRate ? ' **x**' : '';
  lines.push(`| | **records with any defect** | ${r.records} | ${r.anyDefect} | ${pct(r.anyRate)}${mark} | |`);
  lines.push('', `Targets: every class under ${pct(TARGETS.classRate)} of the records it applies to, at most ${pct(TARGETS.anyRate)} of records with any (**x**: missed).`);
  return lines.join('\n');
}
