/**
 * Precision and recall of every rule of the rule layer on the labeled corpus
 * (verifiers/corpus.ts: hand-written valid trajectories of every category and copies
 * corrupted one way each). Prints a markdown table; `--json` prints the raw figures.
 *
 *   npx tsc -p tsconfig.json && node dist/scripts/verifier-accuracy.js
 */
import { labeledCorpus, measureAccuracy } from '../verifiers/corpus.js';

const corpus = labeledCorpus();
const acc = measureAccuracy(corpus, true);
if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(acc, null, 2)}\n`);
} else {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `labeled corpus: ${acc.records} records (${acc.valid} valid, ${acc.records - acc.valid} corrupted); valid records rejected: ${acc.validRejected.length}; corruptions missed: ${acc.missed.length}`,
    '',
    '| rule | corrupted records meant for it | caught | false positives | precision | recall |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...acc.rules
      .filter((r) => r.positives > 0 || r.falsePositives > 0)
      .map((r) => `| \`${r.rule}\` | ${r.positives} | ${r.truePositives} | ${r.falsePositives} | ${pct(r.precision)} | ${pct(r.recall)} |`),
  ];
  const untested = acc.rules.filter((r) => r.positives === 0).map((r) => r.rule);
  if (untested.length > 0) lines.push('', `rules with no corruption in the corpus: ${untested.join(', ')}`);
  for (const v of acc.validRejected) lines.push(`valid record rejected: ${v.name}: ${v.rules.join(', ')}`);
  for (const m of acc.missed) lines.push(`missed: ${m.name} (expected ${m.expected}; fired: ${m.fired.join(', ') || 'none'})`);
  for (const f of acc.falseAlarms) lines.push(`false alarm: ${f.name}: ${f.rule}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}
