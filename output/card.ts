/**
 * The dataset card, DIR/README.md: the YAML header the Hugging Face Hub reads (license,
 * language, task categories, tags, size category, `configs` with the data files of each split
 * so the dataset viewer shows them), then what the dataset is, how it was made, its statistics,
 * the verification table, cost and time, known limitations and how to load it.
 * Built only from the checkpoint and the shards, so the same job always gives the same card.
 */
import { JUDGE_NAMES } from '../core/record.js';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { datasetStats, jobFacts, redactConfig, type JobFacts } from './dataset-stats.js';
import { HUB_FEATURES, cardFeature, schemaTable } from './hub-schema.js';
import type { DeviationReport, JobView, ParquetShard } from './job-view.js';
import { EXTRA_SPLIT, type DatasetStats, type Histogram } from './shard-stats.js';
import { writeFileAtomic } from '../core/temp-file.js';

export const CARD_FILE = 'README.md';

export interface CardOptions {
  /** Hub repo id, for the loading snippet. Default: a placeholder OWNER/NAME. */
  readonly repo?: string;
  readonly license?: string;
  /**
   * The files the card describes: the JSONL shards, or their Parquet twins (what `publish
   * --parquet` uploads). Default: parquet when the job's `output.format` is parquet and every
   * shard has its twin, else jsonl.
   */
  readonly format?: 'jsonl' | 'parquet';
}

/** A data file the card lists: path in the repo, split, records, sha256, bytes. */
export type CardFile = Pick<ParquetShard, 'path' | 'split' | 'records' | 'sha256' | 'bytes'>;

/** The Hub's size categories. */
/** What became of the assistant's samples that were off the plan, by class (LLM backend). */
function deviationSection(d: DeviationReport): string[] {
  const out = [
    `The assistant model's ${d.steps} steps in ${d.items} items were read against the plan (${d.samples} samples asked); ${d.itemsDeviated} items had a sample off it. ` +
      'An equivalent alternative (another order of independent calls, the same value in other words) is accepted; any other deviation is sampled again, and the item is rejected when every sample stays off the plan.',
    '',
  ];
  const classes = Object.keys(d.byClass).sort();
  if (classes.length === 0) return out;
  const handlings = [...new Set(classes.flatMap((c) => Object.keys(d.byClass[c])))].sort();
  out.push(`| deviation | ${handlings.join(' | ')} |`, `| --- |${handlings.map(() => ' ---: |').join('')}`);
  for (const c of classes) out.push(`| ${c} | ${handlings.map((h) => d.byClass[c][h] ?? 0).join(' | ')} |`);
  out.push('');
  return out;
}

/** Step 5's words on the model judges: which ran in the job, or that none did. */
function judgesLine(config: Record<string, unknown>, backend: string, roles: Record<string, { model?: string }>): string {
  if (backend !== 'llm' || !roles.judge?.model) return ', no model judges (none configured)';
  const j = (config.judges ?? {}) as { k?: number; names?: string[] };
  const names = j.names ?? JUDGE_NAMES;
  return `, then the model judges (${names.join(', ')}; ${j.k ?? 1} sample${(j.k ?? 1) > 1 ? 's, the majority decides' : ''}) on every record the rules accept, whose votes and reasons are in \`meta.verdict.judges\``;
}

export function sizeCategory(n: number): string {
  const steps: [number, string][] = [
    [1e3, 'n<1K'],
    [1e4, '1K<n<10K'],
    [1e5, '10K<n<100K'],
    [1e6, '100K<n<1M'],
    [1e7, '1M<n<10M'],
    [1e8, '10M<n<100M'],
    [1e9, '100M<n<1B'],
  ];
  for (const [limit, label] of steps) if (n < limit) return label;
  return 'n>1T';
}

const pct = (n: number, d: number): string => (d > 0 ? `${((100 * n) / d).toFixed(1)}%` : '-');
const esc = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function histTable(title: string, h: Histogram, total: number, numeric: boolean, limit = 30): string {
  const entries = Object.entries(h).sort((a, b) => (numeric ? Number(a[0]) - Number(b[0]) : b[1] - a[1] || a[0].localeCompare(b[0])));
  const shown = entries.slice(0, limit);
  const rows = shown.map(([k, n]) => `| ${esc(k)} | ${n} | ${pct(n, total)} |`);
  if (entries.length > limit) {
    const rest = entries.slice(limit).reduce((a, [, n]) => a + n, 0);
    rows.push(`| (${entries.length - limit} more) | ${rest} | ${pct(rest, total)} |`);
  }
  return [`| ${title} | records | share |`, '| --- | ---: | ---: |', ...rows].join('\n');
}

function meanOf(h: Histogram): number {
  let n = 0;
  let s = 0;
  for (const [k, c] of Object.entries(h)) {
    n += c;
    s += Number(k) * c;
  }
  return n > 0 ? s / n : 0;
}

export function renderCard(facts: JobFacts, stats: DatasetStats, options: CardOptions = {}, dataFiles?: readonly CardFile[]): string {
  const { status, config } = facts;
  const name = String(config.name ?? status.name);
  // train first, the extra split (records past the target) last
  const rank = (s: string): number => (s === 'train' ? 0 : s === EXTRA_SPLIT ? 2 : 1);
  const splitOrder = (a: string, b: string): number => rank(a) - rank(b) || a.localeCompare(b);
  const files = dataFiles ?? facts.shards;
  const extension = fileExtension(files);
  const splits = (Object.keys(stats.splits).length > 0 ? Object.keys(stats.splits) : [...new Set(facts.shards.map((s) => s.split))]).sort(splitOrder);
  const header = {
    license: options.license ?? 'apache-2.0',
    language: ['en'],
    pretty_name: `${name} (toolforge synthetic tool-use data)`,
    size_categories: [sizeCategory(stats.records)],
    task_categories: ['text-generation'],
    tags: ['function-calling', 'tool-use', 'tool-calling', 'synthetic', 'toolforge'],
    // The declared features, so the Hub reads every file with them instead of inferring types.
    dataset_info: {
      features: HUB_FEATURES.map(cardFeature),
      splits: splits.map((split) => ({ name: split, num_examples: stats.splits[split] ?? 0 })),
    },
    configs: [
      {
        config_name: 'default',
        data_files: splits.map((split) => ({ split, path: `data/${split}-*${extension}` })),
      },
    ],
  };
  const repo = options.repo ?? 'OWNER/NAME';
  const backend = String(config.backend ?? 'offline');
  const roles = (config.roles ?? {}) as Record<string, { model?: string; endpoint?: string | string[]; temperature?: number }>;
  const pool = (config.pool ?? {}) as Record<string, unknown>;
  const mix = (config.mix ?? {}) as Record<string, number>;
  const resolved = status.accepted + status.rejected + status.failed;
  const out: string[] = [];
  out.push(`---\n${stringify(header, { lineWidth: 0 }).trimEnd()}\n---`, '');
  out.push(`# ${name}`, '');
  out.push('## What it is', '');
  out.push(
    `${stats.records} synthetic tool-use (function-calling) conversations made by toolforge in the line of ToolACE and APIGen: ` +
      `each record holds the tools offered (JSON Schema parameters), a system prompt, the user's request, the assistant's tool calls with the tools' results, ` +
      `and the assistant's answer, in OpenAI chat format plus metadata (\`meta\`: category, domains, difficulty, seed, verdict).` +
      (stats.withRationale > 0 ? ` ${stats.withRationale} records carry a teacher's rationale on their tool calls (\`reasoning\` on the assistant message: the deciding reason in one to three sentences; with \`rationale: nontrivial\`, trivial steps have none).` : ''),
    '',
  );
  if (!status.complete) out.push(`> **Incomplete job**: ${status.written} of the ${status.target} records wanted are written; this card describes what is there.`, '');
  out.push(`Splits: ${splits.map((s) => `\`${s}\` (${stats.splits[s] ?? 0})`).join(', ')}. ${stats.distinctTools} distinct tools over ${Object.keys(stats.domains).length} domains.`, '');
  if (splits.includes(EXTRA_SPLIT)) {
    out.push(
      `The \`${EXTRA_SPLIT}\` split holds records of items that finished, accepted, after the job had its ${status.target} records: made and verified like the others ` +
        '(each row keeps the split it was planned in), but which items they are depends on timing, not on the seed.',
      '',
    );
  }

  out.push('## How it was made', '');
  out.push(
    '1. **Pool**: APIs from ' +
      `\`${String(pool.source ?? 'seeds')}\`${pool.source === 'evolved' ? ` (evolved to ${String(pool.size)} APIs with seed ${String(pool.seed)})` : ''}, validated and deduplicated.`,
    '2. **Plan**: each item gets a seed from the job seed and its index, a call category, a difficulty, its target tools, distractors, and hidden ground-truth calls (answer first).',
    '3. **Simulate**: a user agent writes the request, the assistant (which does not see the plan) calls tools, a tool agent answers each call.',
    '4. **Rationale**: a teacher gives the deciding reason for a tool choice: the user\'s words for its values, the earlier result a value comes from, and a near-miss tool only when one is shown.',
    `5. **Verify**: rule checks (structure, schema-valid arguments, grounding, consistency, category rules)${judgesLine(config, backend, roles)}; rejected items are left out.`,
    '6. **Write**: accepted items in index order to JSONL shards, each recorded with its sha256.',
    '',
  );
  out.push(`Backend: \`${backend}\`${backend === 'offline' ? ' (deterministic agents, no model: plainer text than a model writes)' : ''}. Job seed: ${String(config.seed)}.`, '');
  const roleRows = Object.entries(roles).filter(([, r]) => r && r.model);
  if (roleRows.length > 0) {
    out.push('| role | model | endpoint | temperature |', '| --- | --- | --- | ---: |');
    for (const [role, r] of roleRows) out.push(`| ${role} | ${esc(String(r.model))} | ${esc([r.endpoint ?? ''].flat().join(', '))} | ${r.temperature ?? ''} |`);
    out.push('');
  } else if (backend === 'offline') {
    out.push('Every role (user, assistant, tool, teacher) is played by the offline backend.', '');
  }
  out.push('Category mix asked for: ' + Object.entries(mix).map(([k, v]) => `${k} ${v}`).join(', ') + '.', '');
  out.push('<details><summary>Config (secrets removed)</summary>', '', '```yaml', stringify(redactConfig(config), { lineWidth: 0 }).trimEnd(), '```', '', '</details>', '');

  out.push('## Statistics', '');
  out.push(histTable('category', stats.categories, stats.records, false), '');
  out.push(histTable('domain', stats.domains, stats.records, false, 15), '');
  out.push(`Tools offered per item (mean ${meanOf(stats.toolsPerItem).toFixed(2)}):`, '', histTable('tools', stats.toolsPerItem, stats.records, true), '');
  out.push(`User turns per item (mean ${meanOf(stats.userTurns).toFixed(2)}):`, '', histTable('user turns', stats.userTurns, stats.records, true), '');
  out.push(`Tool calls per item (mean ${meanOf(stats.callsPerItem).toFixed(2)}):`, '', histTable('calls', stats.callsPerItem, stats.records, true), '');
  const t = stats.tokens;
  out.push(
    `Tokens per record (o200k_base over the JSON of tools and messages, ${stats.tokenSample === stats.records ? 'all records' : `${stats.tokenSample} records spread over the ${stats.records}`}): ` +
      `mean ${t.mean.toFixed(0)}, median ${t.p50}, p90 ${t.p90}, min ${t.min}, max ${t.max}.`,
    '',
  );

  out.push('## Verification', '');
  const layers = status.rejectedByLayer;
  const byLayer = layers && layers.judges > 0 ? ` (${layers.rules} by the rules, ${layers.judges} by the model judges; an item can fail both)` : '';
  out.push(`${resolved} items were resolved: ${status.accepted} accepted (${pct(status.accepted, resolved)}), ${status.rejected} rejected by the verifiers${byLayer}, ${status.failed} failed (no usable output).`, '');
  out.push('| category | accepted | rejected | failed | accepted share |', '| --- | ---: | ---: | ---: | ---: |');
  for (const [cat, c] of Object.entries(status.byCategory).sort()) {
    const a = c.accepted ?? 0;
    const r = c.rejected ?? 0;
    const f = c.failed ?? 0;
    out.push(`| ${cat} | ${a} | ${r} | ${f} | ${pct(a, a + r + f)} |`);
  }
  out.push('');
  if (status.deviations) out.push(...deviationSection(status.deviations));
  if (facts.rejections.length > 0) {
    out.push('Why items were rejected (an item can fail several rules):', '', '| rule | items | example |', '| --- | ---: | --- |');
    for (const r of facts.rejections) out.push(`| \`${r.rule}\` | ${r.count} | ${esc(r.example.slice(0, 160))} |`);
    out.push('');
  }

  out.push('## Cost', '');
  const u = status.usage;
  out.push(`- Model tokens: ${u.promptTokens} prompt + ${u.completionTokens} completion; cost $${u.costUsd.toFixed(4)}.`);
  if (status.llm) {
    const tt = status.llm.totals;
    out.push(`- Model calls: ${tt.calls} (${tt.cachedCalls} from the response cache), ${tt.outputErrors} unusable answers, ${tt.requestErrors} failed requests, ${tt.rateLimited} rate-limited.`);
    for (const [role, r] of Object.entries(status.llm.byRole)) {
      if (r) out.push(`  - ${role}: ${r.calls} calls, ${r.promptTokens}+${r.completionTokens} tokens, $${r.costUsd.toFixed(4)}`);
    }
  }
  // No work time here: it differs between an interrupted and an uninterrupted run of the same
  // job (and between two machines), and the card must not; `status` and `report` show it.
  out.push(`- Shards: ${files.length}, ${files.reduce((n, s) => n + s.bytes, 0)} bytes; sha256 of each below.`, '');
  out.push('| file | records | sha256 |', '| --- | ---: | --- |');
  for (const s of files) out.push(`| ${s.path} | ${s.records} | \`${s.sha256}\` |`);
  out.push('');

  out.push('## Known limitations', '');
  out.push('- Synthetic: the tools are not real services; their results are simulated from the response schemas, so values are plausible, not true.');
  if (backend === 'offline') out.push('- Made by the offline backend: requests and answers come from templates, with less variety of wording than model-written text.');
  out.push('- The verifiers catch structural, schema and category errors; a record can pass them and still be a weak example (e.g. an unnatural request).');
  const absent = Object.entries(mix).filter(([k, v]) => v > 0 && !(k in stats.categories)).map(([k]) => k);
  if (absent.length > 0) out.push(`- Categories asked for but absent from the data: ${absent.join(', ')}.`);
  out.push('- English only.', '');

  out.push('## How to load it', '');
  out.push(...loadingSection(repo, splits[0] ?? 'train'));
  return out.join('\n');
}

export async function buildCard(job: JobView, options: CardOptions = {}): Promise<string> {
  const facts = jobFacts(job);
  const stats = await datasetStats(job.dir, facts.shards, typeof facts.config.count === 'number' ? facts.config.count : undefined);
  const configured = (facts.config.output as { format?: string } | undefined)?.format;
  const parquet = (options.format ?? configured) === 'parquet' ? job.parquetShards() : undefined;
  if (options.format === 'parquet' && parquet === undefined) throw new Error(`the job in ${job.dir} has no Parquet twin of every shard yet`);
  return renderCard(facts, stats, options, parquet);
}

/** Write DIR/README.md (temporary name, then rename). Returns its path. */
export async function writeCard(job: JobView, options: CardOptions = {}): Promise<string> {
  const text = await buildCard(job, options);
  const path = join(job.dir, CARD_FILE);
  writeFileAtomic(path, text);
  return path;
}

/** The extension every file of the config shares (.parquet, .jsonl.gz or .jsonl): one file type per config. */
function fileExtension(files: readonly { readonly path: string }[]): string {
  for (const ext of ['.parquet', '.jsonl.gz']) if (files.length > 0 && files.every((f) => f.path.endsWith(ext))) return ext;
  return '.jsonl';
}

/** How to load the data, and its columns. */
function loadingSection(repo: string, split: string): string[] {
  return [
    'Every row has the same columns with the same types (declared in `dataset_info.features` above), so `load_dataset` and the viewer read it as it is. ' +
      "Parts whose shape differs from row to row are JSON strings: each tool's `parameters`, each call's `arguments` (as in OpenAI's format), `meta.plan` and `meta.verdict`. " +
      'Decode them where you use them, for example before a chat template:',
    '',
    '```python',
    'import json',
    'from datasets import load_dataset',
    '',
    `ds = load_dataset("${repo}")`,
    '',
    'def to_chat(row):',
    '    # messages and tools as tokenizer.apply_chat_template takes them',
    '    tools = [{"type": "function", "function": {**t["function"], "parameters": json.loads(t["function"]["parameters"])}} for t in row["tools"]]',
    '    messages = []',
    '    for m in row["messages"]:',
    '        m = {k: v for k, v in m.items() if v is not None}',
    '        for call in m.get("tool_calls") or []:',
    '            call["function"]["arguments"] = json.loads(call["function"]["arguments"])',
    '        if "reasoning" in m:  # the rationale, where Qwen3- and DeepSeek-style templates read it',
    '            m["reasoning_content"] = m.pop("reasoning")',
    '        messages.append(m)',
    '    return messages, tools',
    '',
    `messages, tools = to_chat(ds["${split}"][0])`,
    '# text = tokenizer.apply_chat_template(messages, tools=tools, tokenize=False)',
    '```',
    '',
    schemaTable(),
    '',
    '`toolforge export DIR --format openai|sharegpt|hermes|xlam|messages` converts the records to OpenAI fine-tuning JSONL, ShareGPT/Hermes, xLAM, ' +
      'or the `messages` + `tools` columns of TRL.',
    '',
  ];
}
