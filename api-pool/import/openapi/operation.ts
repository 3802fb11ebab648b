/** One OpenAPI operation to one ApiSpec: name, description, parameters, request body and returns. */
import type { ApiSpec, JsonSchemaObject } from '../../types.js';
import { isObject, type Json } from '../json.js';
import { kebabCase, toToolName } from '../names.js';
import { escapePointer, SkipError } from '../pointer.js';
import type { ImportIssue } from '../types.js';
import type { Resolver } from './ref-resolver.js';

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

/** A name for an operation without operationId: `GET /pets/{petId}` → `get_pets_by_petId`. */
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

/** The non-empty texts, trimmed and each once, as paragraphs. */
function joinText(...parts: unknown[]): string {
  const out: string[] = [];
  for (const p of parts) {
    if (typeof p !== 'string') continue;
    const t = p.trim();
    if (t !== '' && !out.includes(t)) out.push(t);
  }
  return out.join('\n\n');
}

/** One operation, where it sits in the document, and what converting it needs. */
export interface OpContext {
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

/** Convert one operation; throws SkipError (the operation is skipped) on a bad or cyclic part. */
export function convertOperation(c: OpContext): ApiSpec {
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
    if (!Array.isArray(list)) throw new SkipError(base, `parameters is not an array (at ${base})`);
    list.forEach((raw, i) => {
      const { value } = resolver.deref(raw, `${base}/${i}`);
      if (!isObject(value) || typeof value.name !== 'string' || typeof value.in !== 'string') {
        throw new SkipError(`${base}/${i}`, `parameter without name or in (at ${base}/${i})`);
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
