/**
 * The job config: one JSON Schema holds every option, its doc and its default (STYLE.md, 5).
 * A YAML or JSON file is read, flags override it, ajv fills the defaults and checks it once.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve as resolvePath } from 'node:path';
import { Ajv } from 'ajv';
import { LineCounter, parseDocument } from 'yaml';
import { cyclePointer } from '../core/schema-bounds.js';
import { LLM_ENDPOINTS_SCHEMA, LLM_ROLES_SCHEMA, type EndpointConfig, type RolesConfig } from '../llm/config.js';
import { JOB_CATEGORIES, type JobCategory } from '../core/plan.js';
import { ConfigError } from '../core/errors.js';
import { canonicalJson } from '../core/canonical-json.js';
import { isSecretField } from '../core/secrets.js';
import { RATIONALE_MODES, type RationaleMode } from './agents/teacher/mode.js';
import { JUDGE_NAMES } from '../core/record.js';
import { CODE_SKILLS, type CodeSkill } from './code/problem-types.js';
import { KEY_ADVICE, checkEndpoints, checkShares, decodeUtf8 } from './config-checks.js';


export const CONFIG_SCHEMA = {
  $id: 'toolforge/config',
  type: 'object',
  additionalProperties: false,
  properties: {
    /** Job name, the prefix of every record id. Default "toolforge". */
    name: { type: 'string', pattern: '^[a-z0-9][a-z0-9_-]{0,63}$', default: 'toolforge' },
    /** Job seed: every item's seed derives from it and the item's index. Default 42. */
    seed: { type: 'integer', minimum: 0, maximum: 4294967295, default: 42 },
    /** Accepted trajectories wanted. Default 1000. */
    count: { type: 'integer', minimum: 1, maximum: 100000000, default: 1000 },
    /** Items in flight at once (operational: may change on resume). Default 16. */
    concurrency: { type: 'integer', minimum: 1, maximum: 4096, default: 16 },
    /** Threads the offline backend generates on, the main thread included (operational): 0 means one per CPU core, 1 only the main thread. Default 0. */
    threads: { type: 'integer', minimum: 0, maximum: 256, default: 0 },
    /** Which backend the agents use: "offline" (deterministic, no network) or "llm" (the roles' models). Default "offline". */
    backend: { type: 'string', enum: ['offline', 'llm'], default: 'offline' },
    /** OpenAI-compatible endpoints (operational: servers, keys and limits may change on resume). */
    endpoints: LLM_ENDPOINTS_SCHEMA,
    /** Model per agent role; the llm backend needs at least `assistant`. */
    roles: LLM_ROLES_SCHEMA,
    /** How the LLM backend sends its calls (operational: may change on resume). */
    llm: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        /** "online": one HTTP request per call; "batch": calls gathered into rounds through the endpoint's files + batches API (OpenAI Batch format, about half the price, answers within the completion window). Default "online". */
        mode: { enum: ['online', 'batch'], default: 'online' },
        batch: {
          type: 'object',
          additionalProperties: false,
          default: {},
          properties: {
            /** Time between two looks at a submitted batch, ms. Default 30000. */
            pollMs: { type: 'integer', minimum: 10, maximum: 3600000, default: 30000 },
            /** A round is sent once no new call has come for this long, ms. Default 2000. */
            flushIdleMs: { type: 'integer', minimum: 1, maximum: 600000, default: 2000 },
            /** Requests per batch file (OpenAI allows 50,000). Default 50000. */
            maxRequestsPerFile: { type: 'integer', minimum: 1, maximum: 50000, default: 50000 },
            /** Bytes per batch file (OpenAI allows 200 MB). Default 209715200. */
            maxBytesPerFile: { type: 'integer', minimum: 1024, maximum: 209715200, default: 209715200 },
            /** Rounds a request may go through (expired, 429, 5xx lines) before its call fails. Default 3. */
            maxRounds: { type: 'integer', minimum: 1, maximum: 20, default: 3 },
            /** Price of a batch call as a share of the endpoint's online price, for cost accounting. Default 0.5. */
            priceFactor: { type: 'number', minimum: 0, maximum: 1, default: 0.5 },
            /** Items in flight at once in batch mode (each round holds one call of each). Default 5000. */
            itemsInFlight: { type: 'integer', minimum: 1, maximum: 1000000, default: 5000 },
            /** "api": submit through the endpoint's files + batches API; "files": write each round's files and stop, for `vllm run-batch` or a console elsewhere (`toolforge batch import` brings the answers back). Default "api". */
            submit: { enum: ['api', 'files'], default: 'api' },
          },
        },
      },
    },
    /** Spending limits (operational). */
    budget: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        /** Stop the job (exit 1, with the resume command) once the money spent, or the projection for the whole job, passes this many US dollars; 0 = no limit. Default 0. */
        maxUsd: { type: 'number', minimum: 0, default: 0 },
      },
    },
    /** Keep the records of items that finished after the target was reached (paid for, valid) in an `extra` split (data/extra-*), apart from the target's splits (operational). Default true with backend "llm" (its calls cost money), false offline. */
    keepExtra: { type: 'boolean' },
    /** When a broken run stops by itself (operational). */
    errors: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        /** Stop the job (exit 1) once this share of the last `window` model calls failed (request errors and unusable answers); 1 = never. Default 0.5. */
        stopRate: { type: 'number', minimum: 0, maximum: 1, default: 0.5 },
        /** Model calls the error share is taken over. Default 200. */
        window: { type: 'integer', minimum: 10, maximum: 100000, default: 200 },
      },
    },
    /** The unseen-tool test split: a share of the pool's tools is held out of training, and test items use only those. */
    unseen: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        /** Share of the pool's tools held out of the train split. Default 0.1. */
        toolShare: { type: 'number', minimum: 0, maximum: 0.9, default: 0.1 },
        /** Share of items planned in the test split (built only from held-out tools). Default 0.05. */
        itemShare: { type: 'number', minimum: 0, maximum: 1, default: 0.05 },
      },
    },
    /** Tools shown to the assistant beside the targets. */
    toolset: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        /** Distractor tools per item, chosen to be hard (same domain, similar names, overlapping parameters). Default 3. */
        distractors: { type: 'integer', minimum: 0, maximum: 32, default: 3 },
      },
    },
    /** The APIs the job draws its tools from; read once at the start and stored in the checkpoint. */
    pool: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        /** builtin (22 tools), seeds (212 hand-written APIs over 30 domains), evolved (seeds evolved offline to `size`), or file (a pool JSONL). Default "seeds". */
        source: { type: 'string', enum: ['builtin', 'seeds', 'evolved', 'file'], default: 'seeds' },
        /** Pool JSONL (from `toolforge pool build|import`) when source is file; relative to the config file. */
        file: { type: 'string', minLength: 1 },
        /** APIs in an evolved pool. Default 2000. */
        size: { type: 'integer', minimum: 1, maximum: 1000000, default: 2000 },
        /** Seed of the evolution. Default 42. */
        seed: { type: 'integer', minimum: 0, maximum: 4294967295, default: 42 },
        /** Extra seed files (OpenAPI 3.x, tool JSON/JSONL) for an evolved pool; relative to the config file. */
        seedFiles: { type: 'array', items: { type: 'string', minLength: 1 }, default: [] },
      },
    },
    /** Relative weight of each call category; a missing category has weight 0. */
    mix: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(JOB_CATEGORIES.map((c) => [c, { type: 'number', minimum: 0 }])),
      default: {
        single: 0.14,
        multiple: 0.12,
        parallel: 0.1,
        'parallel-multiple': 0.08,
        dependent: 0.1,
        nested: 0.08,
        irrelevance: 0.12,
        clarification: 0.1,
        'multi-turn': 0.08,
        safety: 0.08,
      },
    },
    /** Code items (mix key "code"): the assistant writes Python, the sandbox runs it, the answer is checked (README, Code-interpreter trajectories). */
    code: {
      type: 'object',
      additionalProperties: false,
      // No default object: a config without code items keeps the hash it had before they existed (codeOptions fills it).
      properties: {
        /** "tool": python tool calls with their results; "inline": ```python and ```output blocks inside the assistant's text. Default "tool". */
        format: { enum: ['tool', 'inline'], default: 'tool' },
        /** The final answer is written as \boxed{...} (else an "**Answer:**" line). Default true. */
        boxed: { type: 'boolean', default: true },
        /** Share of items whose first program makes a mistake its output exposes, fixed by the second (where the problem has one). Default 0.25. */
        mistakeRate: { type: 'number', minimum: 0, maximum: 1, default: 0.25 },
        /** Skills the offline problems are drawn from. Default all ten. */
        skills: { type: 'array', uniqueItems: true, minItems: 1, items: { enum: [...CODE_SKILLS] }, default: [...CODE_SKILLS] },
        /** Sandbox worker threads (one Python interpreter each, about 150 MB); 0: one per CPU core, at most 4. Default 0. */
        workers: { type: 'integer', minimum: 0, maximum: 64, default: 0 },
        /** Wall-clock limit of one program, in ms: past it the program is stopped and its worker replaced. Default 3000. */
        timeoutMs: { type: 'integer', minimum: 100, maximum: 600000, default: 3000 },
        /** Characters a program may print (and of its result). Default 4000. */
        outputChars: { type: 'integer', minimum: 100, maximum: 1000000, default: 4000 },
        /** Interpreter heap after a program, in MB, past which the program fails with MemoryError and the worker is replaced. Default 256. */
        memoryMb: { type: 'integer', minimum: 64, maximum: 2048, default: 256 },
        /** Backend "llm": a JSON Lines file of {"question", "answer"} (optional "unit", "tolerance") the items take their problems from, in order; relative to the config file. Default: the generator's problems. */
        problems: { type: 'string', minLength: 1 },
      },
    },
    /**
     * Which tool-calling steps carry the teacher's rationale (`reasoning`): all of them; only
     * nontrivial ones (left out where the tool has no near-miss beside it and the user stated
     * every value verbatim, none implied or taken from an earlier result); or none. The LLM
     * backend's teacher model is not called for a step left without one. Default "all".
     */
    rationale: { type: 'string', enum: RATIONALE_MODES, default: 'all' },
    /**
     * The model judges (backend "llm", with a `judge` role): they run in the job on every record
     * the rules accept, and a record is kept only if they pass it; their verdicts and reasons are
     * stored in `meta.verdict.judges`. `k` samples per judge, the majority decides.
     */
    judges: {
      type: 'object',
      additionalProperties: false,
      properties: {
        /** Samples per judge. Default 1. */
        k: { type: 'integer', minimum: 1, maximum: 9, default: 1 },
        /** Judges to run. Default all of them. */
        names: { type: 'array', uniqueItems: true, minItems: 1, items: { type: 'string', enum: [...JUDGE_NAMES] } },
      },
    },
    /** The LLM backend's assistant. */
    assistant: {
      type: 'object',
      additionalProperties: false,
      properties: {
        /**
         * Samples of each assistant step asked at once; the first that agrees with the plan is
         * kept, the others are counted (self-consistency at the step). Default 1.
         */
        samples: { type: 'integer', minimum: 1, maximum: 16, default: 1 },
      },
    },
    /** What the LLM backend does when an assistant step's calls differ from the plan (README, deviation handling). */
    deviation: {
      type: 'object',
      additionalProperties: false,
      properties: {
        /** Further samples of a step whose calls differ from the plan (an equivalent alternative is kept), before its item is rejected. Default 2. */
        resamples: { type: 'integer', minimum: 0, maximum: 16, default: 2 },
      },
    },
    offline: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        /** Share of items where the offline assistant makes one mistake for the verifiers to catch. Default 0.05. */
        noiseRate: { type: 'number', minimum: 0, maximum: 1, default: 0.05 },
      },
    },
    output: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        /** Records per shard. Default 10000. */
        shardRecords: { type: 'integer', minimum: 1, maximum: 10000000, default: 10000 },
        /** Write shards as .jsonl.gz. Default false. */
        gzip: { type: 'boolean', default: false },
        /**
         * jsonl, or parquet: when the job completes, every shard also gets a Parquet twin
         * (data/<split>-<seq>.parquet, the published schema's column types), which the card
         * lists and `publish` uploads. Default jsonl.
         */
        format: { enum: ['jsonl', 'parquet'], default: 'jsonl' },
      },
    },
    /** Attempts per item before it is marked failed. Default 3. */
    maxAttempts: { type: 'integer', minimum: 1, maximum: 100, default: 3 },
    /** The job stops (exit 1) once it has planned this many times `count` items without reaching it. Default 20. */
    maxPlannedFactor: { type: 'number', minimum: 1, maximum: 1000, default: 20 },
    /** Simulated latency per item of the offline backend, to rehearse concurrency and interrupts without a server (operational). Default 0. */
    offlineLatencyMs: { type: 'integer', minimum: 0, maximum: 600000, default: 0 },
    progress: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        /** Milliseconds between progress log lines when stderr is not a terminal (operational). Default 5000. */
        intervalMs: { type: 'integer', minimum: 10, maximum: 3600000, default: 5000 },
      },
    },
  },
} as const;

export interface CodeConfig {
  readonly format: 'tool' | 'inline';
  readonly boxed: boolean;
  readonly mistakeRate: number;
  readonly skills: readonly CodeSkill[];
  readonly workers: number;
  readonly timeoutMs: number;
  readonly outputChars: number;
  readonly memoryMb: number;
  /** Backend "llm": problems from this JSON Lines file (absolute once loaded). */
  readonly problems?: string;
}

/** The code options of a config, with the schema's defaults where it gives none. */
export function codeOptions(config: Pick<JobConfig, 'code'>): CodeConfig {
  if (config.code !== undefined) return config.code;
  const props = CONFIG_SCHEMA.properties.code.properties;
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, structuredClone((v as { default: unknown }).default)])) as unknown as CodeConfig;
}

export interface PoolConfig {
  readonly source: 'builtin' | 'seeds' | 'evolved' | 'file';
  readonly file?: string;
  readonly size: number;
  readonly seed: number;
  readonly seedFiles: readonly string[];
}

export interface JobConfig {
  readonly name: string;
  readonly seed: number;
  readonly count: number;
  readonly concurrency: number;
  readonly threads: number;
  readonly backend: 'offline' | 'llm';
  readonly endpoints: readonly EndpointConfig[];
  readonly roles: RolesConfig;
  readonly llm: {
    readonly mode: 'online' | 'batch';
    readonly batch: {
      readonly pollMs: number;
      readonly flushIdleMs: number;
      readonly maxRequestsPerFile: number;
      readonly maxBytesPerFile: number;
      readonly maxRounds: number;
      readonly priceFactor: number;
      readonly itemsInFlight: number;
      readonly submit: 'api' | 'files';
    };
  };
  readonly budget: { readonly maxUsd: number };
  readonly errors: { readonly stopRate: number; readonly window: number };
  /** Records finished past the target go to the `extra` split (resolved: true for backend llm unless set). */
  readonly keepExtra: boolean;
  readonly unseen: { readonly toolShare: number; readonly itemShare: number };
  readonly toolset: { readonly distractors: number };
  readonly pool: PoolConfig;
  readonly mix: Readonly<Partial<Record<JobCategory, number>>>;
  /** Code items (category "code"): how they are written and run; absent: the defaults (codeOptions). */
  readonly code?: CodeConfig;
  readonly rationale: RationaleMode;
  /** Absent: every judge once (where the `judge` role is configured). */
  readonly judges?: { readonly k: number; readonly names?: readonly string[] };
  /** Absent: one sample per step (LLM backend). */
  readonly assistant?: { readonly samples: number };
  /** Absent: two further samples of a step off the plan (LLM backend). */
  readonly deviation?: { readonly resamples: number };
  readonly offline: { readonly noiseRate: number };
  readonly output: { readonly shardRecords: number; readonly gzip: boolean; readonly format: 'jsonl' | 'parquet' };
  readonly maxAttempts: number;
  readonly maxPlannedFactor: number;
  readonly offlineLatencyMs: number;
  readonly progress: { readonly intervalMs: number };
}

/** Fields that may change between runs of one job: they do not change what it produces. */
export const OPERATIONAL_FIELDS = ['concurrency', 'threads', 'progress', 'offlineLatencyMs', 'endpoints', 'llm', 'budget', 'errors', 'keepExtra'] as const;

/** Flags given on the command line; each overrides the config key of the same name. */
export interface ConfigFlags {
  readonly count?: number;
  readonly seed?: number;
  readonly concurrency?: number;
  /** A preset (PRESETS) the config file is laid over: the file's keys win, an object key merges one level down. */
  readonly preset?: string;
}

/**
 * Named starting points for a config (`toolforge run --preset NAME`). The default mix has no code
 * items; these turn them on.
 */
export const PRESETS: Readonly<Record<string, { readonly doc: string; readonly config: Readonly<Record<string, unknown>> }>> = {
  code: { doc: 'code-interpreter trajectories only: word problems solved with a sandboxed python tool, answers verified by execution', config: { mix: { code: 1 } } },
  'code-inline': {
    doc: 'code-interpreter trajectories only, in the inline format (```python and ```output blocks inside the reasoning)',
    config: { mix: { code: 1 }, code: { format: 'inline' } },
  },
  'tools-and-code': {
    doc: 'the default tool-call mix with one item in five a code item',
    config: {
      mix: { single: 0.14, multiple: 0.12, parallel: 0.1, 'parallel-multiple': 0.08, dependent: 0.1, nested: 0.08, irrelevance: 0.12, clarification: 0.1, 'multi-turn': 0.08, safety: 0.08, code: 0.25 },
    },
  },
};

function withPreset(raw: unknown, preset: string | undefined, source: string): unknown {
  if (preset === undefined) return raw;
  const base = PRESETS[preset];
  if (!base) {
    throw new ConfigError(source, [{ pointer: ' (from the flag --preset)', problem: `no preset is named ${JSON.stringify(preset)}; the presets are ${Object.keys(PRESETS).join(', ')}`, value: preset }]);
  }
  const over = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const merged: Record<string, unknown> = structuredClone(base.config) as Record<string, unknown>;
  for (const [key, value] of Object.entries(over)) {
    const under = merged[key];
    const both = [under, value].every((v) => v !== null && typeof v === 'object' && !Array.isArray(v));
    // A mix in the file replaces the preset's: weights are relative to each other.
    merged[key] = both && key !== 'mix' ? { ...(under as object), ...(value as object) } : value;
  }
  return merged;
}

/** Aliases a config may use: a config needs a few; a bomb needs thousands. */
const MAX_ALIAS_COUNT = 100;

const ajv = new Ajv({ allErrors: true, useDefaults: true, strict: true, strictTuples: false });
const validate = ajv.compile(CONFIG_SCHEMA);

/** Read a YAML or JSON config file (or none), apply the flags, fill defaults, check it. */
export function loadConfig(file: string | undefined, flags: ConfigFlags = {}): JobConfig {
  let raw: unknown = {};
  let locate: (pointer: string) => string = () => '';
  if (file !== undefined) {
    let text: string;
    try {
      text = decodeUtf8(readFileSync(file));
    } catch (err) {
      throw new ConfigError(file, [{ pointer: '', problem: `cannot read the file: ${(err as Error).message}` }]);
    }
    ({ raw, locate } = parseConfigText(file, text));
  }
  const { preset, ...valueFlags } = flags;
  const config = resolveConfig(withPreset(raw, preset, file ?? 'the defaults'), valueFlags, file ?? (preset !== undefined ? `the preset ${JSON.stringify(preset)}` : 'the defaults'), locate);
  // A config from a file may go into a checkpoint: no credentials in it (a stored one was checked when it was given).
  checkEndpoints(config, file ?? 'the defaults', locate);
  if (file === undefined) return config;
  // Paths in a config file are relative to that file, wherever the command runs from.
  const base = dirname(resolvePath(file));
  const pool = config.pool;
  return {
    ...config,
    pool: {
      ...pool,
      ...(pool.file !== undefined ? { file: resolvePath(base, pool.file) } : {}),
      seedFiles: pool.seedFiles.map((f) => resolvePath(base, f)),
    },
    ...(config.code?.problems !== undefined ? { code: { ...config.code, problems: resolvePath(base, config.code.problems) } } : {}),
  };
}

function parseConfigText(file: string, text: string): { raw: unknown; locate: (pointer: string) => string } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(
      file,
      doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return { pointer: '', problem: `not valid YAML or JSON at line ${pos.line}, column ${pos.col}: ${e.message.split('\n')[0]}` };
      }),
    );
  }
  const locate = (pointer: string): string => {
    const path = pointer.split('/').slice(1).map(unescapePointer);
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    if (!node || !node.range) return '';
    return ` (line ${lineCounter.linePos(node.range[0]).line})`;
  };
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    // An alias bomb (aliases of aliases, growing exponentially) is refused before it expands.
    throw new ConfigError(file, [{ pointer: '', problem: `its YAML aliases expand too far (${(err as Error).message}); write the values out` }]);
  }
  const cycle = cyclePointer(raw);
  if (cycle !== undefined) throw new ConfigError(file, [{ pointer: cycle, problem: 'a YAML alias refers to the value it is part of (a cycle); write the value out' }]);
  return { raw, locate };
}

/** Check an already parsed config object (from a file, or from the checkpoint). */
export function resolveConfig(
  raw: unknown,
  flags: ConfigFlags = {},
  source = 'the config',
  locate: (pointer: string) => string = () => '',
): JobConfig {
  if (raw === null || raw === undefined) raw = {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError(source, [{ pointer: '', problem: 'the config must be a mapping of options', value: raw }]);
  }
  const config = structuredClone(raw) as Record<string, unknown>;
  const fromFlag = new Set<string>();
  for (const [key, value] of Object.entries(flags)) {
    if (value === undefined) continue;
    config[key] = value;
    fromFlag.add(`/${key}`);
  }
  if (!validate(config)) {
    throw new ConfigError(
      source,
      (validate.errors ?? []).map((e) => {
        let pointer = e.instancePath;
        let problem = e.message ?? 'is invalid';
        if (e.keyword === 'additionalProperties') {
          const option = (e.params as { additionalProperty: string }).additionalProperty;
          pointer = `${pointer}/${option}`;
          problem = isSecretField(option) ? `unknown option; ${KEY_ADVICE}` : 'unknown option';
        } else if (pointer.endsWith('/apiKeyEnv')) {
          problem = `must be the NAME of an environment variable (letters, digits, _), not the key; ${KEY_ADVICE}`;
        } else if (e.keyword === 'enum') {
          problem = `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
        }
        const where = fromFlag.has(pointer) ? ` (from the flag --${pointer.slice(1)})` : locate(pointer);
        return { pointer: pointer + where, problem, value: valueAt(config, pointer) };
      }),
    );
  }
  checkShares(config as unknown as JobConfig, source, locate);
  const pool = config.pool as { source: string; file?: string };
  if (pool.source === 'file' && pool.file === undefined) {
    throw new ConfigError(source, [{ pointer: `/pool/file${locate('/pool')}`, problem: 'pool.source is "file" but no pool.file is given' }]);
  }
  if (config.backend === 'llm') {
    const roles = config.roles as Record<string, { endpoint: string | string[] }>;
    const names = new Set((config.endpoints as { name: string }[]).map((e) => e.name));
    if (!roles.assistant) {
      throw new ConfigError(source, [{ pointer: `/roles${locate('/roles')}`, problem: 'backend "llm" needs a model for the assistant role (roles.assistant)' }]);
    }
    const unknown = Object.entries(roles).flatMap(([role, r]) =>
      (Array.isArray(r.endpoint) ? r.endpoint : [r.endpoint]).filter((e) => !names.has(e)).map((e) => ({ role, e })),
    );
    if (unknown.length > 0) {
      throw new ConfigError(
        source,
        unknown.map(({ role, e }) => ({ pointer: `/roles/${role}/endpoint${locate(`/roles/${role}/endpoint`)}`, problem: `no endpoint is named ${JSON.stringify(e)}`, value: e })),
      );
    }
  }
  const mix = config.mix as Record<string, number>;
  const code = config.code as { format?: string; problems?: string } | undefined;
  if (config.backend === 'llm' && (mix.code ?? 0) > 0 && code?.format === 'inline') {
    throw new ConfigError(source, [
      { pointer: `/code/format${locate('/code/format')}`, problem: 'the LLM backend writes code items with the python tool only; the inline format is made by the offline backend', value: code.format },
    ]);
  }
  if (config.backend !== 'llm' && code?.problems !== undefined) {
    throw new ConfigError(source, [
      { pointer: `/code/problems${locate('/code/problems')}`, problem: 'problems from a file need backend "llm": the offline assistant writes programs only for the problems it generates', value: code.problems },
    ]);
  }
  // Its default depends on the backend, which a schema default cannot say.
  config.keepExtra ??= config.backend === 'llm';
  if (Object.values(mix).reduce((s, w) => s + w, 0) <= 0) {
    throw new ConfigError(source, [
      { pointer: `/mix${locate('/mix')}`, problem: 'at least one category needs a weight above 0', value: mix },
    ]);
  }
  return config as unknown as JobConfig;
}

function unescapePointer(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

function valueAt(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const token of pointer.split('/').slice(1).map(unescapePointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/** The part of the config that decides what the job produces. */
export function contentFields(config: JobConfig): Record<string, unknown> {
  const content: Record<string, unknown> = { ...config };
  for (const key of OPERATIONAL_FIELDS) delete content[key];
  return content;
}

/** sha256 over the content-affecting fields only. */
export function configHash(config: JobConfig): string {
  return createHash('sha256').update(canonicalJson(contentFields(config))).digest('hex');
}

/** Names of content fields whose values differ between two configs, e.g. ["seed", "mix"]. */
export function changedContentFields(a: JobConfig, b: JobConfig): string[] {
  const ca = contentFields(a);
  const cb = contentFields(b);
  const keys = new Set([...Object.keys(ca), ...Object.keys(cb)]);
  return [...keys].filter((k) => canonicalJson(ca[k]) !== canonicalJson(cb[k])).sort();
}
