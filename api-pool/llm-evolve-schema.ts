/**
 * What the evolver model answers: APIs whose `parameters` and `returns` are object schemas with
 * typed, described properties, so that any answer following the schema is an API the pool
 * validator accepts. Each property says `required: true|false` itself (JSON Schema draft-03's
 * form), turned here into the object's `required` list: a `required` list in the answer could
 * name a property that is not declared, and no schema can forbid that.
 *
 * A property is one of: a string (with a format or not), a string enum, an integer or a number
 * (with bounds or not), a boolean, an array of those or of flat objects, or a flat object (its
 * properties scalars). The client sends the strict-mode form of this schema (properties become
 * lists of entries there, llm/strict-schema.ts) and gives the answer back in this one.
 */

type Schema = Record<string, unknown>;

const FORMATS = ['date', 'date-time', 'email', 'uri', 'uuid'] as const;
const text = (description: string): Schema => ({ type: 'string', minLength: 1, description });

/** One kind of property (`type` fixed), with the `required` flag when it sits in an object; `extra` keywords optional but `must`. */
function kind(type: string, flag: boolean, extra: Record<string, Schema>, description: string, must: readonly string[] = []): Schema {
  const properties: Record<string, Schema> = { type: { const: type }, description: text(description) };
  if (flag) properties.required = { type: 'boolean', description: 'true when a call must give it (or the response always has it)' };
  return { type: 'object', additionalProperties: false, required: [...Object.keys(properties), ...must], properties: { ...properties, ...extra } };
}

/** The scalar kinds, with or without the required flag. */
function scalars(flag: boolean): Schema[] {
  const bounds = (type: string): Record<string, Schema> => ({ minimum: { type }, maximum: { type } });
  return [
    kind('string', flag, { format: { enum: [...FORMATS], description: 'only when the value has that form' } }, 'What the value is, with an example.'),
    kind('string', flag, { enum: { type: 'array', minItems: 2, maxItems: 12, uniqueItems: true, items: { type: 'string', minLength: 1 } } }, 'What the value is; `enum` lists every value it may take.', ['enum']),
    kind('integer', flag, bounds('integer'), 'What the number is, with its unit.'),
    kind('number', flag, bounds('number'), 'What the number is, with its unit.'),
    kind('boolean', flag, {}, 'What true means.'),
  ];
}

/** A flat object: named scalar properties. */
function flatObject(flag: boolean): Schema {
  return kind('object', flag, { properties: { type: 'object', minProperties: 1, maxProperties: 8, additionalProperties: { anyOf: scalars(true) } } }, 'What the object is.', ['properties']);
}

/** Any property of a parameters or returns object. */
const PROPERTY: Schema = {
  anyOf: [
    ...scalars(true),
    kind('array', true, { items: { anyOf: [...scalars(false), flatObject(false)] }, minItems: { type: 'integer', minimum: 0 }, maxItems: { type: 'integer', minimum: 1 } }, 'What the list holds.', ['items']),
    flatObject(true),
  ],
};

/** `parameters` or `returns`: an object schema. */
const objectSchema = (description: string, minProperties: number): Schema => ({
  type: 'object',
  additionalProperties: false,
  required: ['type', 'properties'],
  description,
  properties: {
    type: { const: 'object' },
    properties: { type: 'object', minProperties, maxProperties: 10, additionalProperties: PROPERTY, description: 'Property name (snake_case) to its schema.' },
  },
});

export const EVOLVER_ANSWER_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['apis'],
  properties: {
    apis: {
      type: 'array',
      minItems: 1,
      maxItems: 5,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'description', 'parameters', 'returns'],
        properties: {
          // No pattern here: an answer failing its schema is lost whole, a bad name loses one API.
          name: { type: 'string', minLength: 1, description: 'snake_case tool name matching ^[a-zA-Z0-9_-]{1,64}$' },
          description: text('What the API does, for whom, and what it returns.'),
          parameters: objectSchema('The arguments a call takes.', 0),
          returns: objectSchema('The response.', 1),
        },
      },
    },
  },
} as const;

/** One API as the model offers it (the answer after the client brought it back to this schema). */
export interface OfferedApi {
  readonly name: string;
  readonly description: string;
  readonly parameters: OfferedObject;
  readonly returns: OfferedObject;
}

interface OfferedObject {
  readonly type?: string;
  readonly properties?: Readonly<Record<string, OfferedProperty>>;
}

interface OfferedProperty {
  readonly type?: string;
  readonly required?: boolean;
  readonly items?: OfferedProperty;
  readonly properties?: Readonly<Record<string, OfferedProperty>>;
  readonly [k: string]: unknown;
}

/** An offered object as the JSON Schema the pool keeps: `required` from the flags, closed. */
export function objectJsonSchema(o: OfferedObject, description?: string): Schema {
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  for (const [name, p] of Object.entries(o.properties ?? {})) {
    properties[name] = propertyJsonSchema(p);
    if (p.required === true) required.push(name);
  }
  return { type: 'object', ...(description ? { description } : {}), properties, required, additionalProperties: false };
}

function propertyJsonSchema(p: OfferedProperty): Schema {
  const { required: _flag, items, properties, ...rest } = p;
  if (p.type === 'object') return objectJsonSchema({ properties }, typeof p.description === 'string' ? p.description : undefined);
  if (p.type === 'array' && items) return { ...rest, items: propertyJsonSchema(items) };
  return rest;
}

/** A pool schema shown as an example in the answer's form: each property says whether it is required. */
export function offeredForm(schema: Readonly<Record<string, unknown>>): Schema {
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  const required = Array.isArray(schema.required) ? schema.required : [];
  const properties = Object.fromEntries(
    Object.entries(props).map(([name, p]) => {
      const shown: Schema = p.type === 'object' && p.properties ? offeredForm(p) : { ...p };
      delete shown.additionalProperties;
      return [name, { ...shown, required: required.includes(name) }];
    }),
  );
  return { ...schema, properties, required: undefined, additionalProperties: undefined };
}
