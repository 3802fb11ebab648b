/**
 * Config of the LLM layer: JSON Schema fragments that the job config embeds under `endpoints`
 * (array) and `roles` (object keyed by role). Every option has its default and a one-line doc
 * here (STYLE.md, 5). The API key itself never appears in config: an endpoint names the
 * environment variable that holds it.
 */
import { LlmConfigError } from './errors.js';

export const ROLES = ['evolver', 'user', 'assistant', 'tool', 'teacher', 'judge'] as const;
export type Role = (typeof ROLES)[number];

const NAME_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$';

export const LLM_ENDPOINT_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'baseURL'],
  properties: {
    /** Name the roles refer to; also part of the response cache key. Required. */
    name: { type: 'string', pattern: NAME_PATTERN },
    /** OpenAI-compatible base URL, e.g. "https://api.openai.com/v1" or "http://127.0.0.1:8000/v1". Required. */
    baseURL: { type: 'string', pattern: '^https?://' },
    /** NAME of the environment variable holding the API key (never the key). Default: none, for keyless local servers. */
    apiKeyEnv: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
    /** Upper bound of requests in flight; AIMD moves the live limit between 1 and this. Default 64. */
    maxConcurrency: { type: 'integer', minimum: 1, maximum: 4096, default: 64 },
    /** Lower bound of the live limit: AIMD never shrinks the window below it. Default maxConcurrency / 8, at least 1. */
    minConcurrency: { type: 'integer', minimum: 1, maximum: 4096 },
    /** Percentile of this endpoint's recent latencies past which a call still unanswered is sent once more (hedged; the first answer wins); 0 = never hedge. Default 99. */
    hedgePercentile: { type: 'number', minimum: 0, maximum: 100, default: 99 },
    /** Never hedge a call sooner than this many ms after it was sent. Default 250. */
    hedgeMinMs: { type: 'integer', minimum: 0, maximum: 3600000, default: 250 },
    /** Requests per minute allowed by the provider; 0 means unlimited. Default 0. */
    rpm: { type: 'integer', minimum: 0, default: 0 },
    /** Tokens (prompt + max completion) per minute allowed by the provider; 0 means unlimited. Default 0. */
    tpm: { type: 'integer', minimum: 0, default: 0 },
    /** Timeout of one HTTP attempt in milliseconds, from sent to the answer's last byte (the SDK retries a timeout). Default 120000. */
    timeoutMs: { type: 'integer', minimum: 1, maximum: 3600000, default: 120000 },
    /** Time to open a connection to the endpoint, ms (a host that is down or unreachable). Default 5000. */
    connectTimeoutMs: { type: 'integer', minimum: 1, maximum: 600000, default: 5000 },
    /**
     * Time from the request sent to the first byte of the answer, and the longest silence of the
     * socket, ms: the value until 20 answers are in, and the most the adaptive timeout becomes
     * (see firstByteTimeoutFactor). Answers are not streamed, so this bounds a whole completion. Default 120000.
     */
    firstByteTimeoutMs: { type: 'integer', minimum: 1, maximum: 3600000, default: 120000 },
    /**
     * Once 20 answers are in, the first-byte timeout is this many times the p99 of the endpoint's
     * recent latencies (at least 5000 ms, at most firstByteTimeoutMs), so a hung request is given
     * up in seconds where answers take a second, and a slow server's long answers still fit; 0 =
     * always firstByteTimeoutMs. Default 4.
     */
    firstByteTimeoutFactor: { type: 'number', minimum: 0, maximum: 1000, default: 4 },
    /** HTTP retries by the openai SDK (429, 408, 409, 5xx, connection errors); the only HTTP retry layer. Default 2. */
    maxRetries: { type: 'integer', minimum: 0, maximum: 10, default: 2 },
    /** US dollars per million prompt tokens, for cost accounting. Default 0. */
    inputUsdPerMTok: { type: 'number', minimum: 0, default: 0 },
    /** US dollars per million completion tokens, for cost accounting. Default 0. */
    outputUsdPerMTok: { type: 'number', minimum: 0, default: 0 },
    /** JSON answers: "native" sends response_format json_schema, "prompt" puts the schema in the prompt, "auto" tries native and remembers a 400. Default "auto". */
    structuredOutput: { type: 'string', enum: ['auto', 'native', 'prompt'], default: 'auto' },
    /** Tool calls: "native" sends `tools`, "prompt" describes them in the system prompt, "auto" tries native and remembers a 400. Default "auto". */
    toolCalling: { type: 'string', enum: ['auto', 'native', 'prompt'], default: 'auto' },
    /** Consecutive failed calls (after the SDK's retries) before the endpoint is cooled down. Default 3. */
    cooldownAfterFailures: { type: 'integer', minimum: 1, maximum: 1000, default: 3 },
    /** First cool-down in milliseconds; doubles while the endpoint keeps failing, up to 10 minutes. Default 30000. */
    cooldownMs: { type: 'integer', minimum: 0, maximum: 600000, default: 30000 },
    /** How long the endpoint may fail every call (refused, timed out, 5xx) before the job stops with exit 1 and the resume command, ms. Default 600000. */
    maxDownMs: { type: 'integer', minimum: 0, maximum: 86400000, default: 600000 },
  },
} as const;

export const LLM_ENDPOINTS_SCHEMA = {
  type: 'array',
  /** Endpoints the roles may use. Default: none (the offline backend needs none). */
  items: LLM_ENDPOINT_SCHEMA,
  default: [],
} as const;

export const LLM_ROLE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['endpoint', 'model'],
  properties: {
    /** Endpoint name, or several names serving the same model (requests go where capacity is free). Required. */
    endpoint: {
      anyOf: [
        { type: 'string', pattern: NAME_PATTERN },
        { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', pattern: NAME_PATTERN } },
      ],
    },
    /** Model name sent to the endpoint(s). Required. */
    model: { type: 'string', minLength: 1, maxLength: 256 },
    /** Sampling temperature. Default 0.7. */
    temperature: { type: 'number', minimum: 0, maximum: 2, default: 0.7 },
    /** Maximum completion tokens per call (`max_tokens`). Default 1024. */
    maxTokens: { type: 'integer', minimum: 1, maximum: 1000000, default: 1024 },
    /** Send a per-call `seed` derived from the item's seed and attempt (reproducible sampling where supported). Default true. */
    sendSeed: { type: 'boolean', default: true },
    /** Fresh samples of one call after an unusable answer (bad JSON, schema failure, cut at the length limit) before its item is given up for this attempt. Default 2. */
    outputRetries: { type: 'integer', minimum: 0, maximum: 10, default: 2 },
  },
} as const;

export const LLM_ROLES_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  /** Model per agent role; a role left out cannot use the LLM backend. Default: none. */
  properties: Object.fromEntries(ROLES.map((r) => [r, LLM_ROLE_SCHEMA])) as Record<Role, typeof LLM_ROLE_SCHEMA>,
  default: {},
} as const;

export type StructuredMode = 'auto' | 'native' | 'prompt';

/** One endpoint, with the schema defaults filled (optional fields may be left out when built by hand). */
export interface EndpointConfig {
  readonly name: string;
  readonly baseURL: string;
  readonly apiKeyEnv?: string;
  readonly maxConcurrency?: number;
  readonly minConcurrency?: number;
  readonly hedgePercentile?: number;
  readonly hedgeMinMs?: number;
  readonly rpm?: number;
  readonly tpm?: number;
  readonly timeoutMs?: number;
  readonly connectTimeoutMs?: number;
  readonly firstByteTimeoutMs?: number;
  readonly firstByteTimeoutFactor?: number;
  readonly maxRetries?: number;
  readonly inputUsdPerMTok?: number;
  readonly outputUsdPerMTok?: number;
  readonly structuredOutput?: StructuredMode;
  readonly toolCalling?: StructuredMode;
  readonly cooldownAfterFailures?: number;
  readonly cooldownMs?: number;
  readonly maxDownMs?: number;
}

export interface RoleConfig {
  readonly endpoint: string | readonly string[];
  readonly model: string;
  readonly temperature?: number;
  readonly maxTokens?: number;
  readonly sendSeed?: boolean;
  readonly outputRetries?: number;
}

export type RolesConfig = Partial<Record<Role, RoleConfig>>;

/** Endpoint config with every default applied. */
export type ResolvedEndpoint = Required<Omit<EndpointConfig, 'apiKeyEnv' | 'minConcurrency'>> & { readonly apiKeyEnv?: string; readonly minConcurrency?: number };

export interface ResolvedRole {
  readonly role: Role;
  readonly endpoints: readonly string[];
  readonly model: string;
  readonly temperature: number;
  readonly maxTokens: number;
  readonly sendSeed: boolean;
  readonly outputRetries: number;
}

export const ENDPOINT_DEFAULTS = {
  maxConcurrency: 64,
  hedgePercentile: 99,
  hedgeMinMs: 250,
  rpm: 0,
  tpm: 0,
  timeoutMs: 120000,
  connectTimeoutMs: 5000,
  firstByteTimeoutMs: 120000,
  firstByteTimeoutFactor: 4,
  maxRetries: 2,
  inputUsdPerMTok: 0,
  outputUsdPerMTok: 0,
  structuredOutput: 'auto',
  toolCalling: 'auto',
  cooldownAfterFailures: 3,
  cooldownMs: 30000,
  maxDownMs: 600000,
} as const satisfies Partial<EndpointConfig>;

export function resolveEndpoint(e: EndpointConfig): ResolvedEndpoint {
  const out = { ...ENDPOINT_DEFAULTS } as Record<string, unknown>;
  for (const [k, v] of Object.entries(e)) if (v !== undefined) out[k] = v;
  return out as ResolvedEndpoint;
}

/**
 * Cross-checks the schema cannot express: unique endpoint names, roles naming known endpoints.
 * The shape itself is checked by the job config against the schemas above; these checks are
 * repeated cheaply here so the client can also be built by hand (tests, scripts).
 */
export function resolveLlmConfig(
  endpoints: readonly EndpointConfig[],
  roles: RolesConfig,
): { endpoints: ResolvedEndpoint[]; roles: Map<Role, ResolvedRole> } {
  const seen = new Set<string>();
  const resolved: ResolvedEndpoint[] = [];
  endpoints.forEach((e, i) => {
    if (typeof e?.name !== 'string' || !new RegExp(NAME_PATTERN).test(e.name)) {
      throw new LlmConfigError(`endpoints/${i}/name: must match ${NAME_PATTERN}`, { option: `endpoints/${i}/name`, value: e?.name });
    }
    if (seen.has(e.name)) {
      throw new LlmConfigError(`endpoints/${i}/name: duplicate endpoint name`, { option: `endpoints/${i}/name`, value: e.name });
    }
    if (typeof e.baseURL !== 'string' || !/^https?:\/\//.test(e.baseURL)) {
      throw new LlmConfigError(`endpoints/${i}/baseURL: must be an http(s) URL`, { option: `endpoints/${i}/baseURL`, value: e.baseURL });
    }
    if ('apiKey' in (e as object)) {
      // Quote only the option name, never its value: it is a secret.
      throw new LlmConfigError(`endpoints/${i}/apiKey: keys are never stored in config; set apiKeyEnv to the NAME of an environment variable`, {
        option: `endpoints/${i}/apiKey`,
      });
    }
    seen.add(e.name);
    resolved.push(resolveEndpoint(e));
  });
  const out = new Map<Role, ResolvedRole>();
  for (const [role, rc] of Object.entries(roles) as [string, RoleConfig | undefined][]) {
    if (rc === undefined) continue;
    if (!(ROLES as readonly string[]).includes(role)) {
      throw new LlmConfigError(`roles/${role}: unknown role (known: ${ROLES.join(', ')})`, { option: `roles/${role}`, value: role });
    }
    const names = typeof rc.endpoint === 'string' ? [rc.endpoint] : [...(rc.endpoint ?? [])];
    if (names.length === 0) throw new LlmConfigError(`roles/${role}/endpoint: names no endpoint`, { option: `roles/${role}/endpoint`, value: rc.endpoint });
    for (const n of names) {
      if (!seen.has(n)) {
        throw new LlmConfigError(`roles/${role}/endpoint: no endpoint named ${JSON.stringify(n)}`, { option: `roles/${role}/endpoint`, value: n });
      }
    }
    if (typeof rc.model !== 'string' || rc.model.length === 0) {
      throw new LlmConfigError(`roles/${role}/model: required`, { option: `roles/${role}/model`, value: rc.model });
    }
    out.set(role as Role, {
      role: role as Role,
      endpoints: names,
      model: rc.model,
      temperature: rc.temperature ?? 0.7,
      maxTokens: rc.maxTokens ?? 1024,
      sendSeed: rc.sendSeed ?? true,
      outputRetries: rc.outputRetries ?? 2,
    });
  }
  return { endpoints: resolved, roles: out };
}
