/**
 * Importer for OpenAPI 3.0 / 3.1 documents (JSON or YAML): one ApiSpec per operation.
 *
 * - name: the operationId mapped to a tool name (see `toToolName` in tool-file.ts; the original
 *   kept in `sourceName` when changed), else `<method>_<path segments>` with `{p}` → `by_p`
 *   (`GET /pets/{petId}` → `get_pets_by_petId`).
 * - description: the operation's summary and description (falling back to the path item's).
 * - domain: kebab-case of the document's first tag, else of info.title; subdomain: the
 *   operation's first tag.
 * - parameters: path (always required), query and header parameters (cookie parameters and the
 *   Accept / Content-Type / Authorization headers are dropped), merged with the JSON request
 *   body's properties into one `type: object` schema. A body that is not an object, or whose
 *   property names clash with a parameter, goes under a `body` property instead.
 * - returns: the JSON schema of the first 2xx response, else of `default`, else an empty object.
 * - Schemas: local `$ref`s resolved (also to parameters, requestBodies, responses), `allOf`
 *   merged, 3.0 `nullable` → type arrays, 3.0 `example` → `examples: [..]`, draft-4 boolean
 *   `exclusiveMinimum/Maximum` → numbers, `readOnly` properties left out of inputs and
 *   `writeOnly` ones out of `returns`, and keywords JSON Schema does not know (`xml`,
 *   `discriminator`, `externalDocs`, `x-*`, ...) dropped. A cyclic schema makes the operation
 *   skipped with the chain of pointers in the problem.
 * - origin: `openapi:<file basename>#<JSON pointer of the operation>`.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { ApiSpec, JsonSchemaObject } from '../types.js';
import type { ImportIssue, ImportResult } from './index.js';
import { escapePointer, isObject, kebabCase, sourcePointers, toToolName } from './tool-file.js';

type Json = Record<string, unknown>;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** JSON Schema keywords kept (2020-12 plus draft-07's `definitions`-free subset). */
const KNOWN_KEYWORDS = new Set([
  'type', 'enum', 'const', 'multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum',
  'maxLength', 'minLength', 'pattern', 'maxItems', 'minItems', 'uniqueItems', 'maxContains', 'minContains',
  'maxProperties', 'minProperties', 'required', 'dependentRequired', 'properties', 'patternProperties',
  'additionalProperties', 'propertyNames', 'items', 'prefixItems', 'contains', 'allOf', 'anyOf', 'oneOf', 'not',
  'if', 'then', 'else', 'dependentSchemas', 'unevaluatedItems', 'unevaluatedProperties', 'format', 'title',
  'description', 'default', 'deprecated', 'examples', 'contentMediaType', 'contentEncoding', 'readOnly', 'writeOnly',
]);
const SCHEMA_MAP_KEYWORDS = new Set(['properties', 'patternProperties', 'dependentSchemas']);
const SCHEMA_ONE_KEYWORDS = new Set([
  'additionalProperties', 'propertyNames', 'items', 'contains', 'not', 'if', 'then', 'else', 'unevaluatedItems', 'unevaluatedProperties',
]);
const SCHEMA_LIST_KEYWORDS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);

/** An error that skips the current operation; `pointer` is where in the document it arose. */
class OpError extends Error {
  constructor(
    readonly pointer: string,
    message: string,
  ) {
    super(message);
  }
}

/** Parse OpenAPI text (YAML or JSON). Errors carry line/col. */
export function parseOpenApiText(text: string): { doc: unknown } | { error: string } {
  const lineCounter = new LineCounter();
  let doc;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (err) {
    return { error: `invalid YAML: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const pos = e.linePos?.[0] ?? lineCounter.linePos(e.pos[0]);
    const msg = e.message.split('\n')[0];
    return { error: `invalid YAML at line ${pos.line}, col ${pos.col}: ${msg}` };
  }
  try {
    return { doc: doc.toJS({ maxAliasCount: 1000 }) };
  } catch (err) {
    return { error: `invalid YAML: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** Import OpenAPI text: parse, then `importOpenApi`. An unparsable file is one skipped issue. */
export function importOpenApiText(text: string, file: string): ImportResult {
  const parsed = parseOpenApiText(text);
  if ('error' in parsed) return { apis: [], skipped: [{ file, pointer: '', problem: parsed.error }], warnings: [] };
  return importOpenApi(parsed.doc, file);
}

function basename(p: string): string {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return i >= 0 ? p.slice(i + 1) : p;
}

function unescapePointer(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Resolves local `$ref`s against one document, with cycle detection. */
class Resolver {
  constructor(private readonly root: unknown) {}

  /** The value at a local ref `#/a/b`. */
  lookup(ref: string, at: string): unknown {
    if (!ref.startsWith('#')) throw new OpError(at, `external $ref not supported: ${ref} (at ${at})`);
    let frag = ref.slice(1);
    try {
      frag = decodeURIComponent(frag);
    } catch {
      /* keep as is */
    }
    if (frag === '') return this.root;
    if (!frag.startsWith('/')) throw new OpError(at, `unsupported $ref (not a JSON pointer): ${ref} (at ${at})`);
    let cur: unknown = this.root;
    for (const raw of frag.slice(1).split('/')) {
      const tok = unescapePointer(raw);
      if (Array.isArray(cur) && /^\d+$/.test(tok) && Number(tok) < cur.length) cur = cur[Number(tok)];
      else if (isObject(cur) && Object.prototype.hasOwnProperty.call(cur, tok)) cur = cur[tok];
      else throw new OpError(at, `unresolved $ref ${ref} (at ${at})`);
    }
    return cur;
  }

  /** Follow a chain of `$ref`s on a non-schema object (parameter, requestBody, response). */
  deref(obj: unknown, at: string, chain: string[] = []): { value: unknown; at: string } {
    let cur = obj;
    let where = at;
    const seen = [...chain];
    while (isObject(cur) && typeof cur.$ref === 'string') {
      const ref = cur.$ref;
      if (seen.includes(ref)) throw new OpError(at, `cyclic $ref: ${[...seen.slice(seen.indexOf(ref)), ref].join(' -> ')}`);
      seen.push(ref);
      cur = this.lookup(ref, where);
      where = ref.slice(1);
    }
    return { value: cur, at: where };
  }

  /**
   * A schema with every `$ref` resolved and `allOf` merged, normalised to JSON Schema.
   * `stack` holds the refs being expanded (for cycles); `mode` drops readOnly (input) or
   * writeOnly (output) properties.
   */
  schema(s: unknown, at: string, mode: 'input' | 'output', version: '3.0' | '3.1', stack: string[] = []): unknown {
    if (typeof s === 'boolean') return s;
    if (!isObject(s)) throw new OpError(at, `schema is not an object (at ${at})`);
    if (typeof s.$ref === 'string') {
      const ref = s.$ref;
      if (stack.includes(ref)) {
        throw new OpError(at, `cyclic schema: ${[...stack.slice(stack.indexOf(ref)), ref].join(' -> ')} (at ${at})`);
      }
      const target = this.lookup(ref, at);
      const resolved = this.schema(target, ref.slice(1), mode, version, [...stack, ref]);
      const { $ref: _drop, ...siblings } = s;
      if (Object.keys(siblings).length === 0 || !isObject(resolved)) return resolved;
      // Siblings of $ref (3.1 allows them; 3.0 tools often write `description` there): they win.
      const sib = this.schema(siblings, at, mode, version, stack) as Json;
      return { ...resolved, ...sib };
    }
    const out: Json = {};
    for (const [k, v] of Object.entries(s)) {
      const here = `${at}/${escapePointer(k)}`;
      if (SCHEMA_MAP_KEYWORDS.has(k) && isObject(v)) {
        const m: Json = {};
        for (const [name, sub] of Object.entries(v)) {
          const conv = this.schema(sub, `${here}/${escapePointer(name)}`, mode, version, stack);
          if (k === 'properties' && isObject(conv) && ((mode === 'input' && conv.readOnly === true) || (mode === 'output' && conv.writeOnly === true))) {
            continue;
          }
          m[name] = conv;
        }
        out[k] = m;
      } else if (SCHEMA_ONE_KEYWORDS.has(k) && (isObject(v) || typeof v === 'boolean')) {
        out[k] = this.schema(v, here, mode, version, stack);
      } else if (k === 'items' && Array.isArray(v)) {
        out.prefixItems = v.map((x, i) => this.schema(x, `${here}/${i}`, mode, version, stack));
      } else if (SCHEMA_LIST_KEYWORDS.has(k) && Array.isArray(v)) {
        out[k] = v.map((x, i) => this.schema(x, `${here}/${i}`, mode, version, stack));
      } else if (k === 'example') {
        if (s.examples === undefined) out.examples = [v];
      } else if (k === 'examples') {
        if (Array.isArray(v)) out.examples = v;
        else if (isObject(v)) out.examples = Object.values(v).map((e) => (isObject(e) && 'value' in e ? e.value : e));
      } else if (k === 'nullable' || k === 'required') {
        if (k === 'required' && Array.isArray(v)) out.required = v.filter((x) => typeof x === 'string');
      } else if (KNOWN_KEYWORDS.has(k)) {
        out[k] = v;
      }
      // anything else (xml, discriminator, externalDocs, x-*, $id, $schema, $defs, definitions, ...) is dropped
    }
    // draft-4 style boolean exclusive bounds (OpenAPI 3.0).
    for (const [ex, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
      if (typeof out[ex] === 'boolean') {
        if (out[ex] === true && typeof out[bound] === 'number') {
          out[ex] = out[bound];
          delete out[bound];
        } else delete out[ex];
      }
    }
    let result: Json = out;
    if (Array.isArray(out.allOf)) result = mergeAllOf(out);
    if (s.nullable === true && version === '3.0') result = makeNullable(result);
    if (Array.isArray(result.required) && isObject(result.properties)) {
      const props = result.properties;
      // Keep required in step with properties dropped as readOnly/writeOnly.
      const original = isObject(s.properties) ? s.properties : {};
      result.required = (result.required as string[]).filter((r) => r in props || !(r in original));
    }
    return result;
  }
}

/** Merge `allOf` members into the schema: properties and required unioned, other keys combined. */
function mergeAllOf(s: Json): Json {
  const { allOf, ...rest } = s;
  const members = (allOf as unknown[]).filter(isObject);
  let merged: Json = {};
  for (const m of [...members, rest]) merged = mergeTwo(merged, m);
  if (members.length !== (allOf as unknown[]).length) {
    // boolean members: `false` makes the schema impossible; `true` adds nothing.
    if ((allOf as unknown[]).includes(false)) merged.not = {};
  }
  return merged;
}

function mergeTwo(a: Json, b: Json): Json {
  const out: Json = { ...a };
  for (const [k, v] of Object.entries(b)) {
    if (out[k] === undefined) {
      out[k] = v;
    } else if (k === 'properties' && isObject(out[k]) && isObject(v)) {
      const props: Json = { ...(out[k] as Json) };
      for (const [name, sub] of Object.entries(v)) {
        props[name] = isObject(props[name]) && isObject(sub) ? mergeTwo(props[name] as Json, sub) : sub;
      }
      out[k] = props;
    } else if (k === 'required' && Array.isArray(out[k]) && Array.isArray(v)) {
      out[k] = [...new Set([...(out[k] as unknown[]), ...v])];
    } else if (k === 'type') {
      const ta = Array.isArray(out.type) ? out.type : [out.type];
      const tb = Array.isArray(v) ? v : [v];
      let both = ta.filter((t) => tb.includes(t));
      if (both.length === 0 && ta.includes('number') && tb.includes('integer')) both = ['integer'];
      if (both.length === 0 && tb.includes('number') && ta.includes('integer')) both = ['integer'];
      out.type = both.length === 1 ? both[0] : both.length === 0 ? v : both;
    } else if (k === 'allOf' && Array.isArray(out[k]) && Array.isArray(v)) {
      out[k] = [...(out[k] as unknown[]), ...v];
    } else {
      out[k] = v; // later member wins (description, format, ...)
    }
  }
  return out;
}

function makeNullable(s: Json): Json {
  if (typeof s.type === 'string') {
    const out: Json = { ...s, type: [s.type, 'null'] };
    if (Array.isArray(s.enum) && !s.enum.includes(null)) out.enum = [...s.enum, null];
    return out;
  }
  if (Array.isArray(s.type)) return s.type.includes('null') ? s : { ...s, type: [...s.type, 'null'] };
  if (Object.keys(s).length === 0) return s;
  return { anyOf: [s, { type: 'null' }] };
}

const JSON_MEDIA = /^application\/json\s*(;|$)/i;
const JSON_LIKE = /[/+]json\s*(;|$)|^application\/json/i;
const FORM_LIKE = /^(application\/x-www-form-urlencoded|multipart\/form-data)/i;

/** The media type to use from a `content` map: application/json, else the first JSON-like one. */
function pickMedia(content: unknown, allowForm: boolean): { type: string; media: Json } | undefined {
  if (!isObject(content)) return undefined;
  const entries = Object.entries(content).filter(([, m]) => isObject(m)) as [string, Json][];
  const pick =
    entries.find(([t]) => JSON_MEDIA.test(t)) ??
    entries.find(([t]) => JSON_LIKE.test(t)) ??
    (allowForm ? entries.find(([t]) => FORM_LIKE.test(t)) : undefined);
  return pick ? { type: pick[0], media: pick[1] } : undefined;
}

function nameFromPath(method: string, path: string): string {
  const parts = path
    .split('/')
    .filter((p) => p !== '')
    .map((p) => {
      const m = /^\{(.+)\}$/.exec(p);
      return m ? `by_${m[1]}` : p;
    });
  return `${method}_${parts.length ? parts.join('_') : 'root'}`.replace(/[^a-zA-Z0-9_-]+/g, '_').replace(/_+$/, '');
}

function joinText(...parts: unknown[]): string {
  const out: string[] = [];
  for (const p of parts) {
    if (typeof p !== 'string') continue;
    const t = p.trim();
    if (t !== '' && !out.includes(t)) out.push(t);
  }
  return out.join('\n\n');
}

/** Import a parsed OpenAPI 3.x document. */
export function importOpenApi(doc: unknown, file: string): ImportResult {
  const apis: ApiSpec[] = [];
  const skipped: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  if (!isObject(doc)) return { apis, skipped: [{ file, pointer: '', problem: 'not an OpenAPI document (not an object)' }], warnings };
  const ver = String(doc.openapi ?? '');
  if (!/^3\.[01]\b/.test(ver)) {
    const problem = doc.swagger !== undefined ? `Swagger ${String(doc.swagger)} is not supported (OpenAPI 3.0/3.1 only)` : `unsupported OpenAPI version '${ver}' (3.0/3.1 only)`;
    return { apis, skipped: [{ file, pointer: '/openapi', problem }], warnings };
  }
  const version: '3.0' | '3.1' = ver.startsWith('3.0') ? '3.0' : '3.1';
  if (!isObject(doc.paths)) {
    warnings.push({ file, pointer: '/paths', problem: 'document has no paths' });
    return { apis, skipped, warnings };
  }
  const info = isObject(doc.info) ? doc.info : {};
  const firstTag = Array.isArray(doc.tags) && isObject(doc.tags[0]) && typeof doc.tags[0].name === 'string' ? doc.tags[0].name : undefined;
  const domain =
    (firstTag !== undefined && kebabCase(firstTag)) || (typeof info.title === 'string' && kebabCase(info.title)) || 'imported';
  const resolver = new Resolver(doc);
  const b = basename(file);

  for (const [path, rawItem] of Object.entries(doc.paths)) {
    const itemPtr = `/paths/${escapePointer(path)}`;
    let item: unknown;
    try {
      item = resolver.deref(rawItem, itemPtr).value;
    } catch (err) {
      if (!(err instanceof OpError)) throw err;
      skipped.push({ file, pointer: itemPtr, problem: err.message });
      continue;
    }
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (op === undefined) continue;
      const opPtr = `${itemPtr}/${method}`;
      if (!isObject(op)) {
        skipped.push({ file, pointer: opPtr, problem: 'operation is not an object' });
        continue;
      }
      try {
        const api = convertOperation({ resolver, version, file, origin: `openapi:${b}#${opPtr}`, path, method, item, itemPtr, op, opPtr, domain, warnings });
        apis.push(api);
        sourcePointers.set(api, opPtr);
      } catch (err) {
        if (!(err instanceof OpError)) throw err;
        skipped.push({ file, pointer: opPtr, problem: err.message });
      }
    }
  }
  return { apis, skipped, warnings };
}

interface OpContext {
  resolver: Resolver;
  version: '3.0' | '3.1';
  file: string;
  origin: string;
  path: string;
  method: string;
  item: Json;
  itemPtr: string;
  op: Json;
  opPtr: string;
  domain: string;
  warnings: ImportIssue[];
}

function convertOperation(c: OpContext): ApiSpec {
  const { resolver, version, file, op, opPtr, warnings } = c;
  // Name.
  let name: string;
  let sourceName: string | undefined;
  if (typeof op.operationId === 'string' && op.operationId.trim() !== '') {
    name = toToolName(op.operationId);
    if (name !== op.operationId) sourceName = op.operationId;
  } else {
    name = toToolName(nameFromPath(c.method, c.path));
  }
  // Description.
  let description = joinText(op.summary, op.description);
  if (description === '') description = joinText(c.item.summary, c.item.description);
  if (description === '') {
    description = `${c.method.toUpperCase()} ${c.path}`;
    warnings.push({ file, pointer: opPtr, problem: `no summary or description; using '${description}'` });
  }
  const subdomain = Array.isArray(op.tags) && typeof op.tags[0] === 'string' && kebabCase(op.tags[0]) !== '' ? kebabCase(op.tags[0]) : undefined;

  // Parameters: path-item level, overridden by operation level (same name + in).
  const params = new Map<string, { p: Json; at: string }>();
  for (const [list, base] of [[c.item.parameters, `${c.itemPtr}/parameters`], [op.parameters, `${opPtr}/parameters`]] as const) {
    if (list === undefined) continue;
    if (!Array.isArray(list)) throw new OpError(base, `parameters is not an array (at ${base})`);
    list.forEach((raw, i) => {
      const { value } = resolver.deref(raw, `${base}/${i}`);
      if (!isObject(value) || typeof value.name !== 'string' || typeof value.in !== 'string') {
        throw new OpError(`${base}/${i}`, `parameter without name or in (at ${base}/${i})`);
      }
      params.set(`${value.in}\u0000${value.name}`, { p: value, at: `${base}/${i}` });
    });
  }
  const properties: Record<string, Record<string, unknown>> = {};
  const required: string[] = [];
  const origins = new Map<string, string>();
  for (const { p, at } of params.values()) {
    const where = p.in as string;
    if (where === 'cookie') continue;
    if (where === 'header' && /^(accept|content-type|authorization)$/i.test(p.name as string)) continue;
    if (!['path', 'query', 'header'].includes(where)) {
      warnings.push({ file, pointer: at, problem: `parameter '${String(p.name)}' in '${where}' ignored` });
      continue;
    }
    let schema: unknown;
    if (p.schema !== undefined) schema = resolver.schema(p.schema, `${at}/schema`, 'input', version);
    else {
      const media = pickMedia(p.content, true) ?? (isObject(p.content) ? { type: '', media: Object.values(p.content)[0] as Json } : undefined);
      schema = media && isObject(media.media) && media.media.schema !== undefined ? resolver.schema(media.media.schema, `${at}/content`, 'input', version) : {};
    }
    const s: Json = isObject(schema) ? { ...schema } : {};
    if (typeof p.description === 'string' && p.description.trim() !== '') s.description = p.description.trim();
    if (p.deprecated === true) s.deprecated = true;
    if (p.example !== undefined && s.examples === undefined) s.examples = [p.example];
    if (isObject(p.examples) && s.examples === undefined) {
      s.examples = Object.values(p.examples).map((e) => (isObject(e) && 'value' in e ? e.value : e));
    }
    let key = p.name as string;
    if (key in properties) {
      const renamed = `${where}_${key}`;
      warnings.push({ file, pointer: at, problem: `${where} parameter '${key}' clashes with the ${origins.get(key)} parameter; imported as '${renamed}'` });
      key = renamed;
    }
    properties[key] = s;
    origins.set(key, where);
    if (where === 'path' || p.required === true) required.push(key);
  }

  // Request body.
  if (op.requestBody !== undefined) {
    const bodyAt = `${opPtr}/requestBody`;
    const { value: body, at: bodyRefAt } = resolver.deref(op.requestBody, bodyAt);
    if (isObject(body)) {
      const media = pickMedia(body.content, true);
      const bodyRequired = body.required === true;
      if (!media) {
        const types = isObject(body.content) ? Object.keys(body.content).join(', ') : 'none';
        warnings.push({ file, pointer: bodyAt, problem: `request body has no JSON media type (${types}); not imported` });
      } else {
        if (!JSON_LIKE.test(media.type)) warnings.push({ file, pointer: bodyAt, problem: `request body imported from ${media.type} (no JSON media type)` });
        const at = `${bodyRefAt}/content/${escapePointer(media.type)}/schema`;
        const schema = media.media.schema === undefined ? {} : resolver.schema(media.media.schema, at, 'input', version);
        const s: Json = isObject(schema) ? schema : {};
        const isObj = (s.type === 'object' || (s.type === undefined && isObject(s.properties))) && isObject(s.properties);
        const clash = isObj ? Object.keys(s.properties as Json).filter((k) => k in properties) : [];
        if (isObj && clash.length === 0) {
          for (const [k, v] of Object.entries(s.properties as Json)) properties[k] = isObject(v) ? v : {};
          if (bodyRequired && Array.isArray(s.required)) for (const r of s.required as string[]) if (!required.includes(r) && r in properties) required.push(r);
        } else {
          if (clash.length > 0) {
            warnings.push({ file, pointer: bodyAt, problem: `request body properties ${clash.join(', ')} clash with parameters; body imported under 'body'` });
          }
          let key = 'body';
          if (key in properties) key = 'request_body';
          const bs: Json = { ...s };
          if (typeof body.description === 'string' && body.description.trim() !== '' && bs.description === undefined) bs.description = body.description.trim();
          properties[key] = bs;
          if (bodyRequired) required.push(key);
        }
      }
    }
  }

  // Returns.
  let returns: Record<string, unknown> = { type: 'object', properties: {} };
  if (isObject(op.responses)) {
    const codes = Object.keys(op.responses);
    const success = codes.filter((k) => /^2(\d\d|XX)$/i.test(k)).sort()[0] ?? (codes.includes('default') ? 'default' : undefined);
    if (success !== undefined) {
      const respAt = `${opPtr}/responses/${escapePointer(success)}`;
      const { value: resp, at: respRefAt } = resolver.deref(op.responses[success], respAt);
      if (isObject(resp)) {
        const media = pickMedia(resp.content, false);
        if (media && media.media.schema !== undefined) {
          const s = resolver.schema(media.media.schema, `${respRefAt}/content/${escapePointer(media.type)}/schema`, 'output', version);
          if (isObject(s)) returns = s;
        }
      }
    }
  }

  const parameters: JsonSchemaObject = { type: 'object', properties, required };
  return {
    name,
    domain: c.domain,
    ...(subdomain === undefined ? {} : { subdomain }),
    description,
    parameters,
    returns,
    origin: c.origin,
    ...(sourceName === undefined ? {} : { sourceName }),
  };
}
