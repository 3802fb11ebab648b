/**
 * The output commands as the CLI calls them: export, card, publish, report. Each returns an
 * exit code (0 ok, 1 failure, 2 bad usage or input) and says what went wrong, naming the
 * file, the place and the problem.
 */
import { existsSync } from 'node:fs';
import { HubApiError } from '@huggingface/hub';
import { CheckpointError, ToolforgeError } from '../../core/errors.js';
import { ResourceError, resourceError, resourceKind } from '../../core/fs-errors.js';
import { guardOutput } from '../../core/output-guard.js';
import { HttpTimeoutError, type HttpTimeouts } from '../../core/http-timeouts.js';
import { writeFileAtomic } from '../../core/temp-file.js';
import { openJobView } from '../../pipeline/engine/job-view.js';
import { ensureParquetShards } from '../../pipeline/engine/parquet-shards.js';
import { EXIT } from '../context.js';
import { builtinTemplates, loadTemplateFile, TemplateLoadError, type ChatTemplate } from '../../output/chat-template.js';
import { buildCard, writeCard } from '../../output/card.js';
import { ExportInputError, exportJob } from '../../output/export.js';
import { FORMAT_NAMES, FORMATS, RATIONALE_MODES, type RationaleMode } from '../../output/formats/index.js';

export { DEFAULT_RATIONALE, RATIONALE_MODES } from '../../output/formats/index.js';
import { PublishUsageError, REPO_NAME, publishJob } from '../../output/publish.js';
import { buildReport, writeReport } from '../../output/report.js';
import { TemplateBudgetError } from '../../output/template-budget.js';

export interface CommandIo {
  /** Command output (stdout). */
  readonly out: (text: string) => void;
  /** Progress and diagnostics (stderr). */
  readonly err: (text: string) => void;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function jobMissing(dir: string, io: CommandIo): boolean {
  if (existsSync(dir)) return false;
  io.err(`toolforge: ${dir} does not exist; give the directory of a toolforge job (the --out of \`toolforge run\`)`);
  return true;
}

/** Map an error to its message and exit code. */
function fail(err: unknown, io: CommandIo, what: string): number {
  if (err instanceof ExportInputError || err instanceof TemplateLoadError || err instanceof TemplateBudgetError || err instanceof PublishUsageError) {
    io.err(`toolforge ${what}: ${err.message}`);
    return EXIT.usage;
  }
  if (err instanceof CheckpointError) {
    io.err(`toolforge ${what}: ${err.message}`);
    return EXIT.failure;
  }
  if (err instanceof HubApiError) {
    io.err(`toolforge ${what}: the Hub answered HTTP ${err.statusCode}: ${err.message}`);
    return EXIT.failure;
  }
  const timeout = err instanceof HttpTimeoutError ? err : err instanceof Error && err.cause instanceof HttpTimeoutError ? err.cause : undefined;
  if (timeout) {
    io.err(`toolforge ${what}: ${timeout.message}, on the last attempt; nothing was committed (--connect-timeout, --first-byte-timeout and --timeout wait longer)`);
    return EXIT.failure;
  }
  const known = err instanceof ToolforgeError ? err : resourceError(err);
  if (known) {
    io.err(`toolforge ${what}: ${known.message}`);
    return known.exitCode;
  }
  io.err(`toolforge ${what}: ${((err as Error)?.message ?? String(err)).split('\n')[0]}`);
  return EXIT.failure;
}

export interface ExportCommandOptions {
  readonly dir: string;
  readonly format: string;
  /** A file (.jsonl or .jsonl.gz), or a directory (existing, or ending in /) for one file per split. */
  readonly out: string;
  /** Where the rationale goes: reasoning (default), content or drop (formats/common.ts). */
  readonly rationale: string;
  /** Tool parameters (and `messages` arguments) as JSON objects instead of strings (not loadable with Arrow). */
  readonly jsonObjects?: boolean;
  /** Chat templates (.jinja, or tokenizer_config.json) to check every record against, beside the built-in ones. */
  readonly checkTemplate?: string | readonly string[];
  /** Render every record through the built-in templates (Qwen2.5, Qwen3, Llama 3.1 JSON). Default true. */
  readonly checkTemplates?: boolean;
}

/** `toolforge export DIR --format F --out PATH [--rationale reasoning|content|drop] [--check-template FILE]...` */
export async function exportCommand(o: ExportCommandOptions, io: CommandIo): Promise<number> {
  if (!FORMAT_NAMES.includes(o.format)) {
    io.err(`toolforge export: unknown --format "${o.format}"; use one of ${FORMAT_NAMES.join(', ')}`);
    return EXIT.usage;
  }
  if (!(RATIONALE_MODES as readonly string[]).includes(o.rationale)) {
    io.err(`toolforge export: unknown --rationale "${o.rationale}"; use one of ${RATIONALE_MODES.join(', ')}`);
    return EXIT.usage;
  }
  const rationale = o.rationale as RationaleMode;
  if (!o.out) {
    io.err('toolforge export: --out PATH is required');
    return EXIT.usage;
  }
  if (jobMissing(o.dir, io)) return EXIT.usage;
  try {
    guardOutput(o.out, '--out', typeof o.checkTemplate === 'string' ? [o.checkTemplate] : [...(o.checkTemplate ?? [])]);
    const templates: ChatTemplate[] = [];
    if (o.checkTemplates ?? true) templates.push(...builtinTemplates());
    for (const file of typeof o.checkTemplate === 'string' ? [o.checkTemplate] : (o.checkTemplate ?? [])) templates.push(loadTemplateFile(file));
    let lastLog = Date.now();
    const result = await exportJob({
      job: openJobView(o.dir),
      format: o.format,
      out: o.out,
      rationale,
      jsonObjects: o.jsonObjects ?? false,
      templates,
      onProgress: (done, total) => {
        if (Date.now() - lastLog > 5000) {
          io.err(`exported ${done}/${total} records`);
          lastLog = Date.now();
        }
      },
    });
    for (const f of result.files) io.out(`wrote ${f.rows} ${o.format} rows to ${f.path}${f.split !== 'all' ? ` (split ${f.split})` : ''}`);
    for (const [why, n] of Object.entries(result.skipped)) io.out(`skipped ${n} records: ${why}`);
    io.out(`rationale (--rationale ${rationale}): ${FORMATS[o.format].rationale[rationale].where}; ${result.written}/${result.records} records exported`);
    if (o.jsonObjects && (o.format === 'openai' || o.format === 'messages')) {
      io.err('note: --json-objects writes tool parameters as objects, whose shape differs from tool to tool: the file does not load with datasets/Arrow');
    }
    for (const t of result.templates) (t.failed > 0 ? io.err : io.out)(t.summary());
    if (result.templateFailures > 0) {
      io.err(
        `toolforge export: ${result.templateFailures} record renderings lose part of the record or do not render (see above); the file was written, ` +
          'but a model trained with that template would not see those records as they are',
      );
      return EXIT.failure;
    }
    return EXIT.ok;
  } catch (err) {
    return fail(err, io, 'export');
  }
}

/** `toolforge card DIR [--repo OWNER/NAME] [--out FILE]`: (re)write DIR/README.md, or FILE (a read-only job). */
export async function cardCommand(dir: string, io: CommandIo, options: { repo?: string; out?: string } = {}): Promise<number> {
  if (jobMissing(dir, io)) return EXIT.usage;
  try {
    if (options.repo !== undefined && !REPO_NAME.test(options.repo)) {
      throw new PublishUsageError(`--repo must be OWNER/NAME (letters, digits, . _ -), got ${JSON.stringify(options.repo)}`);
    }
    const path = await writeElsewhere(options.out, () => writeCard(openJobView(dir), options), async () => buildCard(openJobView(dir), options));
    io.out(`wrote the dataset card ${path}`);
    return EXIT.ok;
  } catch (err) {
    return fail(err, io, 'card');
  }
}

/** Write through `inPlace` (into the job directory), or the text `build` gives to `out`, checked by the guard. */
async function writeElsewhere(out: string | undefined, inPlace: () => Promise<string>, build: () => Promise<string>): Promise<string> {
  if (out === undefined) {
    try {
      return await inPlace();
    } catch (err) {
      // A read-only job: it can still be read, and the file written elsewhere.
      const found = resourceKind(err);
      const path = (err as { path?: unknown } | null)?.path;
      if (found?.kind.exitCode !== EXIT.usage || typeof path !== 'string') throw err;
      throw new ResourceError(`${path} ${found.kind.what} [${found.code}]; give --out FILE to write it elsewhere`, found.kind.exitCode, found.code, { cause: err });
    }
  }
  guardOutput(out, '--out');
  writeFileAtomic(out, await build());
  return out;
}

export interface PublishCommandOptions {
  readonly dir: string;
  readonly repo: string;
  readonly private: boolean;
  readonly hubUrl?: string;
  readonly partial: boolean;
  /** Upload Parquet twins of the shards (written first where missing) instead of the JSONL. Default: the job's output.format. */
  readonly parquet?: boolean;
  /** The environment: the token is read from HF_TOKEN (HUGGING_FACE_HUB_TOKEN is accepted too). */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly fetch?: typeof fetch;
  /** HTTP timeouts per request, ms (`--connect-timeout`, `--first-byte-timeout`, `--timeout`). Default PUBLISH_TIMEOUTS. */
  readonly timeouts?: Partial<HttpTimeouts>;
  /** Attempts of each request in all. Default 4. */
  readonly attempts?: number;
  /** For tests: the first wait before retrying a failed request. */
  readonly retryDelayMs?: number;
}

/** `toolforge publish DIR --repo OWNER/NAME [--private] [--hub-url URL] [--partial] [--parquet]` */
export async function publishCommand(o: PublishCommandOptions, io: CommandIo): Promise<number> {
  if (jobMissing(o.dir, io)) return EXIT.usage;
  const token = o.env.HF_TOKEN ?? o.env.HUGGING_FACE_HUB_TOKEN ?? '';
  if (o.hubUrl !== undefined && !isHttpUrl(o.hubUrl)) {
    io.err(`toolforge publish: --hub-url must be an http(s) URL such as https://huggingface.co, got ${JSON.stringify(o.hubUrl)}`);
    return EXIT.usage;
  }
  try {
    const job = openJobView(o.dir);
    const configured = (job.config().output as { format?: string } | undefined)?.format;
    const parquet = o.parquet ?? configured === 'parquet';
    const r = await publishJob({
      job,
      format: parquet ? 'parquet' : 'jsonl',
      makeParquet: () => ensureParquetShards(o.dir, io.err),
      repo: o.repo,
      private: o.private,
      ...(o.hubUrl ? { hubUrl: o.hubUrl } : {}),
      partial: o.partial,
      token,
      ...(o.fetch ? { fetch: o.fetch } : {}),
      ...(o.timeouts ? { timeouts: o.timeouts } : {}),
      ...(o.attempts !== undefined ? { attempts: o.attempts } : {}),
      ...(o.retryDelayMs !== undefined ? { retryDelayMs: o.retryDelayMs } : {}),
      log: io.err,
    });
    io.out(
      r.commit
        ? `published ${r.uploaded.length} files${r.deleted.length ? ` (deleted ${r.deleted.length})` : ''} to ${r.repoUrl} in commit ${r.commit.oid}`
        : `${r.repoUrl} is up to date; nothing was uploaded`,
    );
    return EXIT.ok;
  } catch (err) {
    // Never echo the token, even if a message were to carry it.
    const scrub = (t: string): string => (token ? t.split(token).join('[HF_TOKEN]') : t);
    return fail(err, { out: (t) => io.out(scrub(t)), err: (t) => io.err(scrub(t)) }, 'publish');
  }
}

/** `toolforge report DIR [--out FILE]`: write DIR/report.html, or FILE (a read-only job). */
export async function reportCommand(dir: string, io: CommandIo, options: { out?: string } = {}): Promise<number> {
  if (jobMissing(dir, io)) return EXIT.usage;
  try {
    const path = await writeElsewhere(options.out, () => writeReport(openJobView(dir)), () => buildReport(openJobView(dir)));
    io.out(`wrote the report ${path}`);
    return EXIT.ok;
  } catch (err) {
    return fail(err, io, 'report');
  }
}
