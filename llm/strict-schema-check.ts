/**
 * Does a JSON Schema meet OpenAI strict mode's rules (`response_format` json_schema with
 * `strict: true`)? The rules, from the Structured Outputs guide ("Supported schemas"):
 * - types string, number, integer, boolean, object, array, null (as a union with one other
 *   type), enum, const and anyOf; the root an object, not anyOf;
 * - every object sets `additionalProperties: false` and lists every property in `required`;
 * - supported constraints only: string `pattern` and `format` (date-time, time, date, duration,
 *   email, hostname, ipv4, ipv6, uuid); number `multipleOf`, `maximum`, `exclusiveMaximum`,
 *   `minimum`, `exclusiveMinimum`; array `minItems`, `maxItems`; `allOf`, `not`, `if`/`then`/`else`,
 *   `dependentRequired`, `dependentSchemas` are refused, and so is anything else not listed;
 * - definitions (`$defs`, referenced by `$ref`) and recursion are supported;
 * - at most 5000 object properties in all and 10 levels of nesting; property names, definition
 *   names, enum and const values at most 120,000 characters in all; at most 1000 enum values in
 *   all, and a string enum of more than 250 values at most 15,000 characters.
 * The guide does not say how nesting is counted: here it is object schemas inside object
 * schemas (arrays and anyOf add no level), the root being level 1, each `$defs` entry counted
 * on its own.
 *
 * The transform (strict-schema.ts) checks its own output with this before sending it, and the
 * test stub refuses what this refuses, as OpenAI would.
 */

type Schema = Record<string, unknown>;

/** The documented limits of one strict schema. */
export const STRICT_LIMITS = {
  maxDepth: 10,
  maxProperties: 5000,
  maxStringChars: 120_000,
  maxEnumValues: 1000,
  largeEnumValues: 250,
  maxLargeEnumChars: 15_000,
} as const;

/** String formats strict mode takes; any other `format` is refused. */
export const STRICT_FORMATS: ReadonlySet<string> = new Set(['date-time', 'time', 'date', 'duration', 'email', 'hostname', 'ipv4', 'ipv6', 'uuid']);

const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);
const COMMON = ['type', 'description', 'enum', 'const'];
const BY_TYPE: Readonly<Record<string, readonly string[]>> = {
  string: ['pattern', 'format'],
  number: ['multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum'],
  integer: ['multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum'],
  object: ['properties', 'required', 'additionalProperties'],
  array: ['items', 'minItems', 'maxItems'],
  boolean: [],
  null: [],
};

function isSchema(v: unknown): v is Schema {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The types a `type` keyword allows, or undefined when it is not a strict-mode type. */
function typesOf(type: unknown): string[] | undefined {
  if (typeof type === 'string') return TYPES.has(type) ? [type] : undefined;
  if (!Array.isArray(type) || type.length !== 2 || !type.includes('null')) return undefined;
  const other = type.find((t) => t !== 'null');
  return typeof other === 'string' && other !== 'null' && TYPES.has(other) ? [other, 'null'] : undefined;
}

function valueFits(v: unknown, types: readonly string[]): boolean {
  if (v === null) return types.includes('null');
  if (typeof v === 'string') return types.includes('string');
  if (typeof v === 'boolean') return types.includes('boolean');
  if (typeof v === 'number') return types.includes('number') || (types.includes('integer') && Number.isInteger(v));
  return false;
}

/** Every rule `schema` breaks, each as "pointer: problem"; empty when strict mode accepts it. */
export function strictSchemaProblems(schema: unknown): string[] {
  const problems: string[] = [];
  const totals = { properties: 0, chars: 0, enumValues: 0 };
  const add = (pointer: string, problem: string) => problems.push(`${pointer || '/'}: ${problem}`);
  if (!isSchema(schema)) return ['/: the schema must be an object'];
  if (schema.type !== 'object' || 'anyOf' in schema) add('', 'the root must be an object (type "object"), not anyOf');
  const defs = isSchema(schema.$defs) ? schema.$defs : {};
  if ('$defs' in schema && !isSchema(schema.$defs)) add('/$defs', '$defs must be an object');

  const visit = (s: unknown, p: string, depth: number): void => {
    if (!isSchema(s)) {
      add(p, 'a subschema must be an object');
      return;
    }
    if ('$ref' in s) {
      const ref = s.$ref;
      const m = typeof ref === 'string' ? /^#\/\$defs\/([^/]+)$/.exec(ref) : null;
      if (ref !== '#' && !(m && Object.prototype.hasOwnProperty.call(defs, m[1]))) add(p, `$ref ${JSON.stringify(ref)} does not name the root or a $defs entry`);
      for (const k of Object.keys(s)) if (k !== '$ref' && k !== 'description') add(p, `"${k}" beside $ref is not permitted`);
      return;
    }
    if ('anyOf' in s) {
      const branches = s.anyOf;
      for (const k of Object.keys(s)) if (k !== 'anyOf' && k !== 'description') add(p, `"${k}" beside anyOf is not permitted`);
      if (!Array.isArray(branches) || branches.length === 0) add(p, 'anyOf must be a non-empty array');
      else branches.forEach((b, i) => visit(b, `${p}/anyOf/${i}`, depth));
      return;
    }
    const types = typesOf(s.type);
    if (!types) {
      add(p, `type ${JSON.stringify(s.type)} is not a strict-mode type (one type, or one type and "null")`);
      return;
    }
    const allowed = new Set([...COMMON, ...types.flatMap((t) => BY_TYPE[t])]);
    for (const k of Object.keys(s)) if (!allowed.has(k) && !(p === '' && k === '$defs')) add(p, `"${k}" is not permitted for type ${JSON.stringify(s.type)}`);
    if ('description' in s && typeof s.description !== 'string') add(`${p}/description`, 'description must be a string');
    if ('enum' in s) {
      const en = s.enum;
      if (!Array.isArray(en) || en.length === 0) add(`${p}/enum`, 'enum must be a non-empty array');
      else {
        totals.enumValues += en.length;
        let chars = 0;
        en.forEach((v, i) => {
          if (!valueFits(v, types)) add(`${p}/enum/${i}`, `enum value ${JSON.stringify(v)} does not have type ${JSON.stringify(s.type)}`);
          if (typeof v === 'string') chars += v.length;
        });
        totals.chars += chars;
        if (en.length > STRICT_LIMITS.largeEnumValues && chars > STRICT_LIMITS.maxLargeEnumChars) {
          add(`${p}/enum`, `an enum of ${en.length} values has ${chars} characters (at most ${STRICT_LIMITS.maxLargeEnumChars} above ${STRICT_LIMITS.largeEnumValues} values)`);
        }
      }
    }
    if ('const' in s) {
      if (!valueFits(s.const, types)) add(`${p}/const`, `const ${JSON.stringify(s.const)} does not have type ${JSON.stringify(s.type)}`);
      if (typeof s.const === 'string') totals.chars += s.const.length;
    }
    if ('format' in s && !STRICT_FORMATS.has(s.format as string)) add(`${p}/format`, `format ${JSON.stringify(s.format)} is not supported`);
    if ('pattern' in s) {
      try {
        if (typeof s.pattern !== 'string') throw new Error('not a string');
        new RegExp(s.pattern, 'u');
      } catch {
        add(`${p}/pattern`, `pattern ${JSON.stringify(s.pattern)} is not a regular expression`);
      }
    }
    for (const k of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minItems', 'maxItems']) {
      if (k in s && typeof s[k] !== 'number') add(`${p}/${k}`, `${k} must be a number`);
    }
    if (types.includes('object')) {
      if (depth > STRICT_LIMITS.maxDepth) add(p, `objects nested ${depth} levels deep (at most ${STRICT_LIMITS.maxDepth})`);
      if (s.additionalProperties !== false) add(p, 'additionalProperties: false must be set on every object');
      const props = s.properties;
      if (!isSchema(props)) add(p, 'an object must declare properties');
      else {
        const req = Array.isArray(s.required) ? s.required : [];
        const keys = Object.keys(props);
        const missing = keys.filter((k) => !req.includes(k));
        if (missing.length > 0) add(`${p}/required`, `every property must be required; missing ${missing.map((k) => JSON.stringify(k)).join(', ')}`);
        const extra = req.filter((k) => typeof k !== 'string' || !keys.includes(k));
        if (extra.length > 0) add(`${p}/required`, `required names undeclared ${extra.map((k) => JSON.stringify(k)).join(', ')}`);
        totals.properties += keys.length;
        for (const k of keys) {
          totals.chars += k.length;
          visit(props[k], `${p}/properties/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, depth + 1);
        }
      }
    }
    if (types.includes('array')) {
      if (!isSchema(s.items)) add(p, 'an array must give one items schema');
      else visit(s.items, `${p}/items`, depth);
    }
  };

  visit(schema, '', 1);
  for (const [name, def] of Object.entries(defs)) {
    totals.chars += name.length;
    visit(def, `/$defs/${name}`, 1);
  }
  if (totals.properties > STRICT_LIMITS.maxProperties) add('', `${totals.properties} object properties (at most ${STRICT_LIMITS.maxProperties})`);
  if (totals.chars > STRICT_LIMITS.maxStringChars) add('', `${totals.chars} characters of names and values (at most ${STRICT_LIMITS.maxStringChars})`);
  if (totals.enumValues > STRICT_LIMITS.maxEnumValues) add('', `${totals.enumValues} enum values (at most ${STRICT_LIMITS.maxEnumValues})`);
  return problems;
}
