/** One API of the pool: what a model is handed as a tool, plus what it returns. */
export interface ApiSpec {
  /** Matches ^[a-zA-Z0-9_-]{1,64}$ (what OpenAI accepts), unique in the pool. */
  readonly name: string;
  readonly domain: string;
  /** A node under the domain in the taxonomy, e.g. domain 'travel', subdomain 'flights'. */
  readonly subdomain?: string;
  readonly description: string;
  /** JSON Schema, always `type: object` with `properties` and `required`. */
  readonly parameters: JsonSchemaObject;
  /** JSON Schema of the API's response. */
  readonly returns: Record<string, unknown>;
  /** Where the API came from: 'builtin', 'seed', 'openapi:FILE#/paths/...', 'evolved:adaptation:PARENT'... */
  readonly origin: string;
  /** The name in the source when it had to be changed to be a valid tool name (e.g. BFCL's `math.factorial`). */
  readonly sourceName?: string;
}

export interface JsonSchemaObject {
  readonly type: 'object';
  readonly properties: Record<string, Record<string, unknown>>;
  readonly required?: readonly string[];
  readonly [k: string]: unknown;
}

/** A pool of APIs indexed by name. */
export interface ToolPool {
  readonly list: readonly ApiSpec[];
  readonly byName: ReadonlyMap<string, ApiSpec>;
}

export function makePool(list: readonly ApiSpec[]): ToolPool {
  const byName = new Map<string, ApiSpec>();
  for (const api of list) {
    if (byName.has(api.name)) throw new Error(`duplicate API name in pool: ${api.name}`);
    byName.set(api.name, api);
  }
  return { list, byName };
}

/** One domain of the built-in taxonomy with its subdomains and hand-written seed APIs. */
export interface SeedDomain {
  /** kebab-case, e.g. 'e-commerce' */
  readonly name: string;
  readonly description: string;
  readonly subdomains: readonly { readonly name: string; readonly description: string }[];
  /** At least 5; each with domain = name, subdomain = one of `subdomains`, origin 'seed'. */
  readonly apis: readonly ApiSpec[];
}
