/**
 * Local `$ref` resolution for one OpenAPI document, with cycle detection, and the schema
 * normalisation done on the way (see the Schemas item of openapi.ts's comment).
 *
 * Bounded: a `$ref` target is expanded once per document and mode (memoised), and each schema
 * counts the nodes it expands to, so `$ref`s that fan out (each level referring twice to the
 * next) stop at `maxExpandedNodes` in milliseconds instead of expanding 2^depth copies; nesting
 * deeper than `maxDepth`, an enum over `maxEnumValues` and the file's time budget stop it too.
 */
import { meansNoDefault } from '../defaults.js';
import { shortPointer } from '../../../core/schema-bounds.js';
import { isObject, type Json } from '../json.js';
import { FileClock, type ImportLimits } from '../limits.js';
import { escapePointer, SkipError, unescapePointer } from '../pointer.js';
import { makeNullable, mergeAllOf } from './schema-merge.js';

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

/** A `$ref` target already expanded: its schema, the nodes it expands to, and how deep it goes. */
interface Expanded {
  readonly value: unknown;
  readonly nodes: number;
  readonly height: number;
}

/** Resolves local `$ref`s against one document, with cycle detection and a work budget. */
export class Resolver {
  readonly #memo = new Map<string, Expanded>();
  /** Nodes of the schema being expanded, and where it starts (for the budget's message). */
  #nodes = 0;
  #top = '';
  /** Deepest level reached in the current expansion. */
  #deepest = 0;
  #shared = false;

  private readonly limits: ImportLimits;

  constructor(
    private readonly root: unknown,
    private readonly clock: FileClock = new FileClock(),
  ) {
    this.limits = clock.limits;
  }

  /** The value at a local ref `#/a/b`. */
  lookup(ref: string, at: string): unknown {
    if (!ref.startsWith('#')) throw new SkipError(at, `external $ref not supported: ${ref} (at ${at})`);
    let frag = ref.slice(1);
    try {
      frag = decodeURIComponent(frag);
    } catch {
      /* keep as is */
    }
    if (frag === '') return this.root;
    if (!frag.startsWith('/')) throw new SkipError(at, `unsupported $ref (not a JSON pointer): ${ref} (at ${at})`);
    let cur: unknown = this.root;
    for (const raw of frag.slice(1).split('/')) {
      const tok = unescapePointer(raw);
      if (Array.isArray(cur) && /^\d+$/.test(tok) && Number(tok) < cur.length) cur = cur[Number(tok)];
      else if (isObject(cur) && Object.prototype.hasOwnProperty.call(cur, tok)) cur = cur[tok];
      else throw new SkipError(at, `unresolved $ref ${ref} (at ${at})`);
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
      if (seen.includes(ref)) throw new SkipError(at, `cyclic $ref: ${[...seen.slice(seen.indexOf(ref)), ref].join(' -> ')}`);
      seen.push(ref);
      cur = this.lookup(ref, where);
      where = ref.slice(1);
    }
    return { value: cur, at: where };
  }

  /**
   * A schema with every `$ref` resolved and `allOf` merged, normalised to JSON Schema; `mode`
   * drops readOnly (input) or writeOnly (output) properties. Throws SkipError on a cycle or a
   * schema over its budget, ImportBudgetError when the file's time is spent.
   */
  schema(s: unknown, at: string, mode: 'input' | 'output', version: '3.0' | '3.1'): unknown {
    this.#nodes = 0;
    this.#top = at;
    this.#deepest = 0;
    this.#shared = false;
    const out = this.#expand(s, at, mode, version, [], 0);
    // Expanded targets are kept for reuse: the caller gets a tree of its own (a tree, not a DAG: no shared nodes).
    return this.#shared ? (JSON.parse(JSON.stringify(out)) as unknown) : out;
  }

  /** Counts one node against the budgets. */
  #count(at: string, depth: number, nodes = 1, height = 0): void {
    this.#nodes += nodes;
    const { maxExpandedNodes: maxNodes, maxDepth } = this.limits;
    if (this.#nodes > maxNodes) {
      throw new SkipError(at, `schema at ${this.#top} expands to more than ${maxNodes} nodes through its $refs (reached at ${shortPointer(at)}; limit: ${maxNodes} expanded schema nodes)`);
    }
    // Counted in schema levels here (a guard for the recursion); importFiles checks the result in JSON levels.
    if (depth + height > maxDepth) throw new SkipError(at, `schema at ${this.#top} is nested deeper than ${maxDepth} levels (at ${shortPointer(at)}; limit: schema depth ${maxDepth})`);
    this.#deepest = Math.max(this.#deepest, depth + height);
    this.clock.check(at);
  }

  /** `stack` holds the refs being expanded (for cycles); `depth` is the nesting level. */
  #expand(s: unknown, at: string, mode: 'input' | 'output', version: '3.0' | '3.1', stack: string[], depth: number): unknown {
    this.#count(at, depth);
    if (typeof s === 'boolean') return s;
    if (!isObject(s)) throw new SkipError(at, `schema is not an object (at ${at})`);
    if (typeof s.$ref === 'string') {
      const ref = s.$ref;
      if (stack.includes(ref)) {
        throw new SkipError(at, `cyclic schema: ${[...stack.slice(stack.indexOf(ref)), ref].join(' -> ')} (at ${at})`);
      }
      const resolved = this.#target(ref, at, mode, version, stack, depth);
      const { $ref: _drop, ...siblings } = s;
      if (Object.keys(siblings).length === 0 || !isObject(resolved)) return resolved;
      // Siblings of $ref (3.1 allows them; 3.0 tools often write `description` there): they win.
      const sib = this.#expand(siblings, at, mode, version, stack, depth) as Json;
      return { ...resolved, ...sib };
    }
    const out: Json = {};
    for (const [k, v] of Object.entries(s)) {
      const here = `${at}/${escapePointer(k)}`;
      if (SCHEMA_MAP_KEYWORDS.has(k) && isObject(v)) {
        const m: Json = {};
        for (const [name, sub] of Object.entries(v)) {
          const conv = this.#expand(sub, `${here}/${escapePointer(name)}`, mode, version, stack, depth + 1);
          if (k === 'properties' && isObject(conv) && ((mode === 'input' && conv.readOnly === true) || (mode === 'output' && conv.writeOnly === true))) {
            continue;
          }
          m[name] = conv;
        }
        out[k] = m;
      } else if (SCHEMA_ONE_KEYWORDS.has(k) && (isObject(v) || typeof v === 'boolean')) {
        out[k] = this.#expand(v, here, mode, version, stack, depth + 1);
      } else if (k === 'items' && Array.isArray(v)) {
        out.prefixItems = v.map((x, i) => this.#expand(x, `${here}/${i}`, mode, version, stack, depth + 1));
      } else if (SCHEMA_LIST_KEYWORDS.has(k) && Array.isArray(v)) {
        out[k] = v.map((x, i) => this.#expand(x, `${here}/${i}`, mode, version, stack, depth + 1));
      } else if (k === 'enum' && Array.isArray(v) && v.length > this.limits.maxEnumValues) {
        throw new SkipError(here, `enum of ${v.length} values at ${here} (limit: ${this.limits.maxEnumValues} enum values)`);
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
    // A null default on a type without null means no value unless given: dropped, as for every import (defaults.ts).
    if (meansNoDefault(result)) {
      result = { ...result };
      delete result.default;
    }
    if (Array.isArray(result.required) && isObject(result.properties)) {
      const props = result.properties;
      // Keep required in step with properties dropped as readOnly/writeOnly.
      const original = isObject(s.properties) ? s.properties : {};
      result.required = (result.required as string[]).filter((r) => r in props || !(r in original));
    }
    return result;
  }

  /**
   * A `$ref`'s target expanded, once per document and mode: an expansion that succeeded is the
   * same from any place (a cycle it could meet would have failed it), so it is reused, its
   * nodes and height still counted at each use.
   */
  #target(ref: string, at: string, mode: 'input' | 'output', version: '3.0' | '3.1', stack: string[], depth: number): unknown {
    const key = `${mode}\u0000${ref}`;
    const known = this.#memo.get(key);
    if (known) {
      this.#count(at, depth, known.nodes, known.height);
      this.#shared = true;
      return known.value;
    }
    const target = this.lookup(ref, at);
    const nodesBefore = this.#nodes;
    const deepestBefore = this.#deepest;
    this.#deepest = depth;
    const value = this.#expand(target, ref.slice(1), mode, version, [...stack, ref], depth);
    this.#shared = true;
    this.#memo.set(key, { value, nodes: this.#nodes - nodesBefore, height: this.#deepest - depth });
    this.#deepest = Math.max(deepestBefore, this.#deepest);
    return value;
  }
}
