/**
 * Seeded generators of careless and hostile input for the fuzz suite: JSON values, tool
 * schemas, OpenAPI documents, tool files, job configs and dataset lines. Every case comes from
 * a seed, so a failure is replayed by its seed alone. Valid shapes are mutated as often as
 * nonsense is made up: a near-valid input reaches deeper into the code than noise does.
 */
import { Rng } from '../../core/rng.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const WEIRD_STRINGS = [
  '', ' ', 'a', 'x'.repeat(5000), '\u0000', '\u001b]0;title\u0007', '\u001b[2J', '日本語', '🙂', '\ud800', '$ref', '#/x', '../../etc/passwd',
  'sk-proj-abcdefghijklmnopqrstuvwxyz012345', 'hf_abcdefghijklmnopqrstuvwxyzABCD', '{', '[1,2', 'null', 'true', '1e309', '-0', '__proto__', 'constructor',
  'toString', 'math.factorial', 'a b', 'a/b', '~1', '{petId}', '%s', '{{ x }}', '^(a+)+$', '(?<=a)b', '\\', '"', "'", '\n', '\r\n', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!',
];
const WEIRD_NUMBERS = [0, -0, 1, -1, 0.5, 1e308, -1e308, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER, 1e-300, 42, 3];
const TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null', 'dict', 'float', 'any', 'tuple', 'str', 'int', '', 'String'];

export function randomString(rng: Rng): string {
  if (rng.bool(0.6)) return rng.pick(WEIRD_STRINGS);
  const n = rng.int(1, 12);
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(rng.bool(0.9) ? rng.int(97, 122) : rng.int(0, 0x2fff));
  return s;
}

export function randomJson(rng: Rng, depth = 3): Json {
  const k = rng.int(0, depth > 0 ? 6 : 3);
  if (k === 0) return null;
  if (k === 1) return rng.bool();
  if (k === 2) return rng.pick(WEIRD_NUMBERS);
  if (k === 3) return randomString(rng);
  if (k === 4) return Array.from({ length: rng.int(0, 4) }, () => randomJson(rng, depth - 1));
  const o: { [k: string]: Json } = {};
  for (let i = rng.int(0, 4); i > 0; i--) o[randomString(rng).slice(0, 20)] = randomJson(rng, depth - 1);
  return o;
}

/** A JSON value `levels` objects deep (built without recursion). */
function deep(levels: number): Json {
  let v: Json = { type: 'string' };
  for (let i = 0; i < levels; i++) v = { type: 'object', properties: { x: v } };
  return v;
}

/** A tool schema: mostly plausible, sometimes broken, now and then hostile (deep, huge enum, $refs). */
export function randomSchema(rng: Rng, depth = 3): Json {
  const hostile = rng.int(0, 40);
  if (hostile === 0) return deep(rng.pick([150, 400, 1200])); // deeper still is tested apart (test/cli/hostile-files.test.ts): JSON.stringify itself overflows
  if (hostile === 1) return { type: 'string', enum: Array.from({ length: rng.pick([2500, 20000]) }, (_, i) => `v${i}`) };
  if (hostile === 2) return { $ref: rng.pick(['#/components/schemas/S0', '#/$defs/S0', '#', 'http://example.com/x.json', '#/nope']) };
  if (hostile === 3) return randomJson(rng, 2);
  const type = rng.bool(0.9) ? rng.pick(TYPES.slice(0, 7)) : rng.pick(TYPES);
  const s: { [k: string]: Json } = { type };
  if (rng.bool(0.5)) s.description = randomString(rng);
  if (type === 'object' || rng.bool(0.1)) {
    const props: { [k: string]: Json } = {};
    for (let i = rng.int(0, depth > 0 ? 4 : 0); i > 0; i--) props[rng.bool(0.8) ? `p${rng.int(0, 9)}` : randomString(rng)] = randomSchema(rng, depth - 1);
    s.properties = rng.bool(0.95) ? props : (randomJson(rng, 1) as Json);
    if (rng.bool(0.5)) s.required = rng.bool(0.8) ? Object.keys(props).slice(0, rng.int(0, 3)).concat(rng.bool(0.2) ? ['missing'] : []) : (randomJson(rng, 1) as Json);
    if (rng.bool(0.2)) s.additionalProperties = rng.bool() ? rng.bool() : randomSchema(rng, depth - 1);
  }
  if (type === 'array' || rng.bool(0.05)) s.items = rng.bool(0.9) && depth > 0 ? randomSchema(rng, depth - 1) : (randomJson(rng, 1) as Json);
  if (rng.bool(0.2)) s.enum = Array.from({ length: rng.int(0, 5) }, () => (rng.bool(0.7) ? randomString(rng) : randomJson(rng, 1)));
  if (rng.bool(0.15)) s.default = randomJson(rng, 1);
  if (rng.bool(0.1)) s.pattern = rng.pick(['^(a+)+$', '^[a-z]+$', '(', '(?<=a)b', '\\d{3}', '[']);
  if (rng.bool(0.1)) s.format = rng.pick(['date', 'date-time', 'email', 'uri', 'uuid', 'bogus']);
  if (rng.bool(0.1)) Object.assign(s, { minimum: rng.pick(WEIRD_NUMBERS), maximum: rng.pick(WEIRD_NUMBERS) });
  if (rng.bool(0.05) && depth > 0) s[rng.pick(['allOf', 'anyOf', 'oneOf'])] = [randomSchema(rng, depth - 1), randomSchema(rng, depth - 1)];
  if (rng.bool(0.05)) s.nullable = true;
  if (rng.bool(0.05)) s.example = randomJson(rng, 1);
  return s;
}

/** An OpenAPI document: versions, paths, operations, parameters, bodies, responses and components, any of them off. */
export function randomOpenApi(rng: Rng): Json {
  const schemas: { [k: string]: Json } = {};
  const nSchemas = rng.int(0, 4);
  for (let i = 0; i < nSchemas; i++) {
    const s = randomSchema(rng, 2) as { [k: string]: Json };
    // Refs between components: chains, fan-outs and cycles.
    if (rng.bool(0.4) && typeof s === 'object' && s !== null && !Array.isArray(s)) {
      const next = { $ref: `#/components/schemas/S${rng.int(0, nSchemas)}` };
      s.properties = { a: next, b: rng.bool() ? next : randomSchema(rng, 1) };
      s.type = 'object';
    }
    schemas[`S${i}`] = s;
  }
  const paths: { [k: string]: Json } = {};
  for (let i = rng.int(0, 4); i > 0; i--) {
    const item: { [k: string]: Json } = {};
    for (const method of rng.sample(['get', 'post', 'put', 'delete', 'patch', 'trace', 'bogus'], rng.int(0, 3))) {
      const op: { [k: string]: Json } = {};
      if (rng.bool(0.8)) op.operationId = rng.bool(0.8) ? `op_${rng.int(0, 99)}` : randomString(rng);
      if (rng.bool(0.7)) op.summary = randomString(rng);
      if (rng.bool(0.7)) {
        op.parameters = Array.from({ length: rng.int(0, 3) }, () =>
          rng.bool(0.85)
            ? { name: rng.bool(0.8) ? `q${rng.int(0, 5)}` : randomString(rng), in: rng.pick(['query', 'path', 'header', 'cookie', 'body', 'x']), required: rng.bool(), schema: randomSchema(rng, 2) }
            : (randomJson(rng, 2) as Json),
        );
      }
      if (rng.bool(0.5)) op.requestBody = rng.bool(0.9) ? { required: rng.bool(), content: { [rng.pick(['application/json', 'text/plain', 'multipart/form-data', 'application/vnd+json'])]: { schema: rng.bool(0.5) ? { $ref: `#/components/schemas/S${rng.int(0, nSchemas)}` } : randomSchema(rng, 2) } } } : (randomJson(rng, 2) as Json);
      if (rng.bool(0.8)) op.responses = { [rng.pick(['200', '201', '2XX', 'default', '404'])]: { description: 'ok', content: { 'application/json': { schema: randomSchema(rng, 2) } } } };
      item[method] = rng.bool(0.95) ? op : (randomJson(rng, 1) as Json);
    }
    paths[rng.bool(0.8) ? `/r${i}/{id}` : randomString(rng)] = rng.bool(0.95) ? item : (randomJson(rng, 1) as Json);
  }
  const doc: { [k: string]: Json } = {
    openapi: rng.pick(['3.0.3', '3.1.0', '3.0.0', '2.0', '4.0', 'x']),
    info: rng.bool(0.9) ? { title: randomString(rng), version: '1' } : (randomJson(rng, 1) as Json),
    paths: rng.bool(0.95) ? paths : (randomJson(rng, 1) as Json),
    components: { schemas },
  };
  if (rng.bool(0.1)) doc.tags = randomJson(rng, 2);
  return doc;
}

/** A tool file: OpenAI tools, bare functions or BFCL lines. */
export function randomToolFile(rng: Rng): string {
  const doc = (): Json => {
    const f: { [k: string]: Json } = { name: rng.bool(0.8) ? `tool_${rng.int(0, 20)}` : randomString(rng), description: randomString(rng), parameters: randomSchema(rng, 3) };
    if (rng.bool(0.1)) delete f.name;
    return rng.bool(0.5) ? { type: 'function', function: f } : f;
  };
  const docs = Array.from({ length: rng.int(0, 4) }, doc);
  const shape = rng.int(0, 3);
  if (shape === 0) return JSON.stringify(docs);
  if (shape === 1) return docs.map((d) => JSON.stringify({ id: `q${rng.int(0, 9)}`, question: [[{ role: 'user', content: randomString(rng) }]], function: [d] })).join('\n');
  if (shape === 2) return JSON.stringify({ tools: docs });
  return JSON.stringify(randomJson(rng, 3));
}

/** A job config (YAML), with values of every wrong kind where the right ones go. */
export function randomConfig(rng: Rng): string {
  const lines: string[] = [];
  const value = (): string => rng.pick(['0', '-1', '1', '3', '1.5', '.inf', '-.inf', '.nan', 'null', '~', 'true', '"ten"', '[]', '{}', '1e309', '99999999999999999999', "'sk-abcdefghijklmnopqrstuvwxyz0123'", '&a [*a]']);
  const keys = ['name', 'seed', 'count', 'concurrency', 'threads', 'backend', 'maxAttempts', 'maxPlannedFactor', 'offlineLatencyMs', 'rationale', 'bogus'];
  for (const k of rng.sample(keys, rng.int(0, 5))) lines.push(`${k}: ${rng.bool(0.4) ? value() : rng.pick(['10', '5', 'offline', 'llm', 'all', 'none', 'x'])}`);
  if (rng.bool(0.4)) lines.push('mix:', `  ${rng.pick(['single', 'parallel', 'multi-turn', 'nope'])}: ${value()}`);
  if (rng.bool(0.3)) lines.push('pool:', `  source: ${rng.pick(['builtin', 'seeds', 'evolved', 'file', 'x'])}`, `  size: ${value()}`);
  if (rng.bool(0.3)) lines.push('unseen:', `  toolShare: ${value()}`, `  itemShare: ${value()}`);
  if (rng.bool(0.3)) lines.push('output:', `  shardRecords: ${value()}`, `  gzip: ${value()}`);
  if (rng.bool(0.3)) {
    lines.push('endpoints:', `  - name: ${rng.pick(['e', 'e e', '""'])}`, `    baseURL: ${rng.pick(['http://127.0.0.1:9/v1', 'notaurl', 'http://user:sk-abcdefghijklmnopqrstuvwxyz0123@host/v1', '""'])}`);
    if (rng.bool()) lines.push(`    apiKey: ${rng.pick(['sk-abcdefghijklmnopqrstuvwxyz0123', 'x'])}`);
  }
  if (rng.bool(0.2)) lines.push('roles:', `  ${rng.pick(['assistant', 'judge', 'boss'])}: { endpoint: ${rng.pick(['e', 'f'])}, model: m }`);
  if (rng.bool(0.05)) lines.push('a: &a ["x","x","x","x","x","x","x","x","x"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]');
  if (rng.bool(0.05)) lines.push(rng.pick(['{', ': :', '\t- x', 'count: 1\ncount: 2']));
  return lines.join('\n') + '\n';
}

/** A node of `v` replaced, removed or doubled at a random place (a copy). */
export function mutate(rng: Rng, v: Json, times = 1): Json {
  let out = structuredClone(v);
  for (let t = 0; t < times; t++) {
    const nodes: { parent: Json[] | { [k: string]: Json }; key: string | number }[] = [];
    const walk = (x: Json, depth: number): void => {
      if (depth > 30 || x === null || typeof x !== 'object') return;
      for (const [k, c] of Object.entries(x)) {
        nodes.push({ parent: x, key: Array.isArray(x) ? Number(k) : k });
        walk(c, depth + 1);
      }
    };
    walk(out, 0);
    if (nodes.length === 0) return randomJson(rng, 2);
    const { parent, key } = rng.pick(nodes);
    const p = parent as Record<string | number, Json>;
    const op = rng.int(0, 4);
    if (op === 0 && !Array.isArray(parent)) delete p[key];
    else if (op === 1) p[key] = randomJson(rng, 2);
    else if (op === 2) p[key] = typeof p[key] === 'string' ? randomString(rng) : JSON.stringify(p[key]) ?? null;
    else if (op === 3) p[key] = [p[key], p[key]];
    else out = rng.bool(0.5) ? out : ({ wrapped: out } as Json);
  }
  return out;
}

/** A dataset line: a fixture row mutated, or made up, or not JSON at all. */
export function randomDatasetLine(rng: Rng, fixtures: readonly Json[]): string {
  const k = rng.int(0, 9);
  if (k === 0) return rng.pick(['', '{', 'null', '[]', '"x"', '{"messages": 5}', '\u001b[2J{}', '{"messages":[]}', 'x'.repeat(1000)]);
  if (k === 1) return JSON.stringify(randomJson(rng, 4));
  const base = rng.pick(fixtures);
  if (k === 2 && typeof base === 'object' && base !== null && !Array.isArray(base) && Array.isArray(base.tools)) {
    // A row whose tool schema is made up (hostile now and then).
    const row = structuredClone(base) as { [k: string]: Json };
    row.tools = [{ type: 'function', function: { name: 'get_weather', description: 'x', parameters: randomSchema(rng, 3) } }];
    return JSON.stringify(row);
  }
  return JSON.stringify(mutate(rng, base, rng.int(1, 4)));
}
