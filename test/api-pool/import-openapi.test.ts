import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importFile, importFiles, type ImportResult } from '../../api-pool/import/index.js';
import { importOpenApi, importOpenApiText } from '../../api-pool/import/openapi.js';
import type { ApiSpec } from '../../api-pool/types.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/openapi/${name}`, import.meta.url));

function byName(r: ImportResult, name: string): ApiSpec {
  const api = r.apis.find((a) => a.name === name);
  if (!api) throw new Error(`no API ${name} in ${r.apis.map((a) => a.name).join(', ')}`);
  return api;
}

describe('OpenAPI 3.0 petstore (YAML)', () => {
  const file = fixture('petstore-3.0.yaml');
  const r = importFile(file);

  it('imports every operation, nothing skipped', () => {
    expect(r.skipped).toEqual([]);
    expect(r.apis.map((a) => a.name)).toEqual(['listPets', 'pets_create', 'get_pets_by_petId', 'updatePet', 'placeOrder']);
  });

  it.each([
    ['listPets', 'pets', 'pets', 'List all pets', '#/paths/~1pets/get'],
    ['pets_create', 'pets', 'pets', 'Create a pet', '#/paths/~1pets/post'],
    ['get_pets_by_petId', 'pets', 'pets', 'Info for a specific pet', '#/paths/~1pets~1{petId}/get'],
    ['updatePet', 'pets', 'pets', "Replace a pet's status.", '#/paths/~1pets~1{petId}/put'],
    ['placeOrder', 'pets', 'store', 'Place an order for a pet', '#/paths/~1store~1orders/post'],
  ])('%s: domain %s, subdomain %s, description, origin', (name, domain, subdomain, description, pointer) => {
    const api = byName(r, name);
    expect(api.domain).toBe(domain);
    expect(api.subdomain).toBe(subdomain);
    expect(api.description).toBe(description);
    expect(api.origin).toBe(`openapi:petstore-3.0.yaml${pointer}`);
  });

  it('keeps sourceName only when the operationId had to change', () => {
    expect(byName(r, 'pets_create').sourceName).toBe('pets.create');
    expect(byName(r, 'listPets').sourceName).toBeUndefined();
    expect(byName(r, 'get_pets_by_petId').sourceName).toBeUndefined();
  });

  it('listPets: query params, $ref parameter with nullable, cookie and Accept dropped, example → examples', () => {
    expect(byName(r, 'listPets').parameters).toEqual({
      type: 'object',
      properties: {
        limit: {
          type: 'integer',
          format: 'int32',
          minimum: 1,
          maximum: 100,
          examples: [20],
          description: 'How many items to return at one time (max 100)',
        },
        tag: { type: ['string', 'null'], description: 'Filter by tag' },
        'X-Request-Id': { type: 'string', format: 'uuid' },
      },
      required: [],
    });
  });

  it('listPets returns: array of Pet with allOf merged (properties and required unioned)', () => {
    expect(byName(r, 'listPets').returns).toEqual({
      type: 'array',
      maxItems: 100,
      items: {
        type: 'object',
        required: ['name', 'id'],
        properties: {
          name: { type: 'string', examples: ['Rex'] },
          tag: { type: ['string', 'null'] },
          id: { type: 'integer', readOnly: true, format: 'int64' },
        },
      },
    });
  });

  it('pets_create: request body via components/requestBodies, JSON picked over XML, readOnly and xml dropped', () => {
    expect(byName(r, 'pets_create').parameters).toEqual({
      type: 'object',
      properties: {
        name: { type: 'string', examples: ['Rex'] },
        tag: { type: ['string', 'null'] },
      },
      required: ['name'],
    });
  });

  it('path-item parameters apply to each operation; path params are always required', () => {
    const get = byName(r, 'get_pets_by_petId');
    expect(get.parameters).toEqual({
      type: 'object',
      properties: { petId: { type: 'string', description: 'The id of the pet' } },
      required: ['petId'],
    });
  });

  it('updatePet: a non-object optional body goes under `body`; no 2xx content → empty object returns', () => {
    const api = byName(r, 'updatePet');
    expect(api.parameters).toEqual({
      type: 'object',
      properties: {
        petId: { type: 'string', description: 'The id of the pet' },
        dryRun: { type: 'boolean', default: false },
        body: { type: 'string', enum: ['available', 'pending', 'sold'] },
      },
      required: ['petId'],
    });
    expect(api.returns).toEqual({ type: 'object', properties: {} });
  });

  it('placeOrder: JSON with charset, discriminator/x-* dropped, boolean exclusiveMinimum, nullable enum, $ref chain A→B→C, writeOnly out of returns', () => {
    const api = byName(r, 'placeOrder');
    expect(api.parameters).toEqual({
      type: 'object',
      properties: {
        petId: { type: 'integer' },
        quantity: { type: 'integer', exclusiveMinimum: 0 },
        status: { type: ['string', 'null'], enum: ['placed', 'approved', null] },
      },
      required: ['petId', 'quantity'],
    });
    expect(api.returns).toEqual({ type: 'object', properties: { orderId: { type: 'integer' } } });
  });
});

describe('OpenAPI 3.1 (JSON)', () => {
  const r = importFile(fixture('library-3.1.json'));

  it('imports both operations with domain from info.title and subdomain from the tag', () => {
    expect(r.skipped).toEqual([]);
    expect(r.apis.map((a) => [a.name, a.domain, a.subdomain])).toEqual([
      ['borrowBook', 'city-library-api', 'loans'],
      ['get_books', 'city-library-api', 'catalogue'],
    ]);
  });

  it('borrowBook: vendor +json body merged with the path param, required body props required, 2XX response', () => {
    const api = byName(r, 'borrowBook');
    expect(api.description).toBe('Borrow a book\n\nCreates a loan for the given book.');
    expect(api.parameters).toEqual({
      type: 'object',
      properties: {
        isbn: { type: 'string', pattern: '^[0-9]{13}$', examples: ['9780140449136'] },
        member_id: { type: 'string', description: 'Library card number' },
        days: { type: ['integer', 'null'], minimum: 1, maximum: 28, default: 14 },
      },
      required: ['isbn', 'member_id'],
    });
    expect(api.returns).toEqual({
      type: 'object',
      properties: { loan_id: { type: 'string' }, due: { type: 'string', format: 'date' } },
    });
    expect(api.origin).toBe('openapi:library-3.1.json#/paths/~1books~1{isbn}~1loans/post');
  });

  it('get_books: type arrays and examples kept as they are; `default` response used when no 2xx', () => {
    const api = byName(r, 'get_books');
    expect(api.parameters).toEqual({
      type: 'object',
      properties: {
        q: { type: 'string', minLength: 1 },
        year: { type: ['integer', 'null'], examples: [1999, null] },
      },
      required: ['q'],
    });
    expect(api.returns).toEqual({
      type: 'array',
      items: { type: 'object', properties: { isbn: { type: 'string' }, title: { type: 'string' } } },
    });
  });
});

describe('problems: cycles, bad refs, broken files', () => {
  it('a cyclic schema skips that operation with the pointer chain; the others import', () => {
    const file = fixture('cyclic.yaml');
    const r = importFile(file);
    expect(r.apis.map((a) => a.name)).toEqual(['getNode', 'deleteNode']);
    expect(r.skipped).toHaveLength(1);
    expect(r.skipped[0].file).toBe(file);
    expect(r.skipped[0].pointer).toBe('/paths/~1nodes/post');
    expect(r.skipped[0].problem).toContain('cyclic schema: #/components/schemas/Node -> #/components/schemas/Node');
  });

  it('a bad $ref target skips that operation; a ref with an escaped `/` (~1) resolves', () => {
    const file = fixture('bad-ref.yaml');
    const r = importFile(file);
    expect(r.skipped).toEqual([
      {
        file,
        pointer: '/paths/~1forecast/get',
        problem: 'unresolved $ref #/components/schemas/Missing (at /paths/~1forecast/get/parameters/0/schema)',
      },
    ]);
    expect(r.apis).toHaveLength(1);
    expect(r.apis[0]).toMatchObject({
      name: 'getStation',
      domain: 'weather-service-api',
      parameters: { type: 'object', properties: { id: { type: 'string', pattern: '^[A-Z]{4}$' } }, required: ['id'] },
    });
  });

  it('invalid YAML is one skipped issue for the whole file, with line and col', () => {
    const file = fixture('broken.yaml');
    const r = importFile(file);
    expect(r.apis).toEqual([]);
    expect(r.skipped).toHaveLength(1);
    expect(r.skipped[0]).toMatchObject({ file, pointer: '' });
    expect(r.skipped[0].problem).toMatch(/^invalid YAML at line \d+, col \d+: /);
  });

  it('a missing file is skipped, never thrown; importFiles goes on with the others', () => {
    const missing = fixture('does-not-exist.yaml');
    const r = importFiles([missing, fixture('cyclic.yaml'), fixture('broken.yaml')]);
    expect(r.apis.map((a) => a.name)).toEqual(['getNode', 'deleteNode']);
    expect(r.skipped.map((s) => [s.file, s.pointer])).toEqual([
      [missing, ''],
      [fixture('cyclic.yaml'), '/paths/~1nodes/post'],
      [fixture('broken.yaml'), ''],
    ]);
    expect(r.skipped[0].problem).toMatch(/cannot read file \(ENOENT\)/);
  });

  it('a file that is not UTF-8 is refused naming the first byte that is not, not imported mangled', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'toolforge-latin1-'));
    const file = join(dir, 'cafe.yaml');
    const head = 'openapi: 3.0.0\ninfo:\n  title: Caf';
    // "Café" written in Latin-1: the é is the single byte 0xE9.
    writeFileSync(file, Buffer.concat([Buffer.from(head, 'utf8'), Buffer.from([0xe9]), Buffer.from(' API\n  version: "1"\npaths: {}\n', 'utf8')]));
    const r = importFile(file);
    expect(r.apis).toEqual([]);
    expect(r.skipped).toEqual([{ file, pointer: '', problem: `cannot read file: it is not UTF-8 text (the byte at offset ${head.length} does not decode); save it as UTF-8` }]);
    const { poolImport } = await import('../../cli/commands/pool.js');
    const log: string[] = [];
    expect(poolImport([file], join(dir, 'pool.jsonl'), (m) => log.push(m))).toBe(2);
    expect(log.join('\n')).toMatch(/could not be read; nothing written/);
  });

  it('Swagger 2.0 is refused with a clear problem', () => {
    const r = importOpenApi({ swagger: '2.0', info: { title: 'x' }, paths: {} }, 'old.json');
    expect(r.skipped).toEqual([{ file: 'old.json', pointer: '/openapi', problem: 'Swagger 2.0 is not supported (OpenAPI 3.0/3.1 only)' }]);
  });

  it('identical APIs imported twice are kept once', () => {
    const r = importFiles([fixture('cyclic.yaml'), fixture('cyclic.yaml')]);
    expect(r.apis.map((a) => a.name)).toEqual(['getNode', 'deleteNode']);
  });
});

/** One operation around a schema: the converted body property (or returns) is compared. */
function convertBody(schema: unknown, version = '3.0.3', components: Record<string, unknown> = {}): unknown {
  const doc = {
    openapi: version,
    info: { title: 'T', version: '1' },
    paths: {
      '/x': {
        post: {
          operationId: 'op',
          summary: 's',
          requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', properties: { v: schema } } } } },
          responses: { '200': { description: 'ok' } },
        },
      },
    },
    components: { schemas: components },
  };
  const r = importOpenApi(doc, 't.json');
  if (r.skipped.length) return { skipped: r.skipped[0].problem };
  return r.apis[0].parameters.properties.v;
}

describe('schema conversion (table)', () => {
  it.each<[string, unknown, unknown, string?, Record<string, unknown>?]>([
    ['3.0 nullable with type', { type: 'integer', nullable: true }, { type: ['integer', 'null'] }],
    ['3.0 nullable without type', { nullable: true, properties: { a: { type: 'string' } } }, { anyOf: [{ properties: { a: { type: 'string' } } }, { type: 'null' }] }],
    ['3.0 nullable: false', { type: 'string', nullable: false }, { type: 'string' }],
    ['3.1 ignores nullable', { type: 'string', nullable: true }, { type: 'string' }, '3.1.0'],
    ['example → examples', { type: 'string', example: 'x' }, { type: 'string', examples: ['x'] }],
    ['examples wins over example', { type: 'string', example: 'x', examples: ['y'] }, { type: 'string', examples: ['y'] }],
    ['x-*, xml, externalDocs dropped', { type: 'string', 'x-foo': 1, xml: { name: 'a' }, externalDocs: { url: 'u' } }, { type: 'string' }],
    ['exclusiveMaximum true', { type: 'number', maximum: 5, exclusiveMaximum: true }, { type: 'number', exclusiveMaximum: 5 }],
    ['exclusiveMinimum false', { type: 'number', minimum: 5, exclusiveMinimum: false }, { type: 'number', minimum: 5 }],
    [
      'allOf merged',
      { allOf: [{ type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }, { properties: { b: { type: 'integer' } }, required: ['b'] }], description: 'd' },
      { type: 'object', properties: { a: { type: 'string' }, b: { type: 'integer' } }, required: ['a', 'b'], description: 'd' },
    ],
    [
      'allOf with $ref and nullable',
      { allOf: [{ $ref: '#/components/schemas/S' }], nullable: true },
      { type: ['string', 'null'], enum: ['a', 'b', null] },
      '3.0.3',
      { S: { type: 'string', enum: ['a', 'b'] } },
    ],
    ['$ref siblings win', { $ref: '#/components/schemas/S', description: 'here' }, { type: 'string', description: 'here' }, '3.1.0', { S: { type: 'string', description: 'there' } }],
    ['positional items → prefixItems', { type: 'array', items: [{ type: 'number' }, { type: 'number' }] }, { type: 'array', prefixItems: [{ type: 'number' }, { type: 'number' }] }],
    ['oneOf kept, discriminator dropped', { oneOf: [{ type: 'string' }, { type: 'integer' }], discriminator: { propertyName: 'k' } }, { oneOf: [{ type: 'string' }, { type: 'integer' }] }],
    ['JSON pointer unescaping ~0 ~1', { $ref: '#/components/schemas/a~1b~0c' }, { type: 'boolean' }, '3.0.3', { 'a/b~c': { type: 'boolean' } }],
    ['indirect cycle', { $ref: '#/components/schemas/P' }, { skipped: 'cyclic schema: #/components/schemas/P -> #/components/schemas/Q -> #/components/schemas/P (at /components/schemas/Q/properties/p)' }, '3.0.3', {
      P: { type: 'object', properties: { q: { $ref: '#/components/schemas/Q' } } },
      Q: { type: 'object', properties: { p: { $ref: '#/components/schemas/P' } } },
    }],
    ['external ref refused', { $ref: 'other.yaml#/X' }, { skipped: 'external $ref not supported: other.yaml#/X (at /paths/~1x/post/requestBody/content/application~1json/schema/properties/v)' }],
  ])('%s', (_label, schema, expected, version = '3.0.3', components = {}) => {
    expect(convertBody(schema, version, components)).toEqual(expected);
  });
});

describe('operation-level details', () => {
  const doc = (op: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    openapi: '3.0.0',
    info: { title: 'My Service', version: '1' },
    paths: { '/users/{id}/posts': { get: { responses: {}, ...op } } },
    ...extra,
  });

  it.each<[string, Record<string, unknown>, Record<string, unknown>, Partial<ApiSpec>]>([
    ['name from method and path', {}, {}, { name: 'get_users_by_id_posts', description: 'GET /users/{id}/posts' }],
    ['operationId sanitised', { operationId: 'users/posts.list all' }, {}, { name: 'users_posts_list_all', sourceName: 'users/posts.list all' }],
    ['domain from first document tag', { tags: ['Blog Posts'] }, { tags: [{ name: 'UserAccounts' }] }, { domain: 'user-accounts', subdomain: 'blog-posts' }],
    ['domain from info.title', {}, {}, { domain: 'my-service' }],
  ])('%s', (_label, op, extra, expected) => {
    const r = importOpenApi(doc(op, extra), 'svc.yaml');
    expect(r.apis[0]).toMatchObject(expected);
  });

  it('a missing description is a warning, not a skip', () => {
    const r = importOpenApi(doc({}), 'svc.yaml');
    expect(r.warnings).toEqual([{ file: 'svc.yaml', pointer: '/paths/~1users~1{id}~1posts/get', problem: "no summary or description; using 'GET /users/{id}/posts'" }]);
  });

  it('a body property clashing with a parameter puts the body under `body`', () => {
    const r = importOpenApi(
      doc({
        summary: 's',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] } } } },
      }),
      'svc.yaml',
    );
    expect(r.apis[0].parameters).toEqual({
      type: 'object',
      properties: { id: { type: 'string' }, body: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] } },
      required: ['id', 'body'],
    });
    expect(r.warnings[0].problem).toContain("body imported under 'body'");
  });

  it('YAML text parse errors carry line and col; JSON text parses too', () => {
    expect(importOpenApiText('openapi: 3.0.0\ninfo: a: b\n', 'a.yaml').skipped).toEqual([
      { file: 'a.yaml', pointer: '', problem: 'invalid YAML at line 2, col 7: Nested mappings are not allowed in compact mappings' },
    ]);
    expect(importOpenApiText('openapi: 3.0.0\nopenapi: 3.0.1\n', 'a.yaml').skipped[0].problem).toBe('invalid YAML at line 2, col 1: Map keys must be unique');
    const ok = importOpenApiText(JSON.stringify(doc({ summary: 's' })), 'a.json');
    expect(ok.apis.map((a) => a.name)).toEqual(['get_users_by_id_posts']);
  });
});
