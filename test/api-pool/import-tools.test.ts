import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile, importFiles, type ImportResult } from '../../api-pool/import/index.js';
import { toToolName } from '../../api-pool/import/names.js';
import { importToolText } from '../../api-pool/import/tool-file.js';
import { convertPythonSchema } from '../../api-pool/import/tool-file/python-schema.js';
import type { ApiSpec } from '../../api-pool/types.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/tools/${name}`, import.meta.url));

function byName(r: ImportResult, name: string): ApiSpec {
  const api = r.apis.find((a) => a.name === name);
  if (!api) throw new Error(`no API ${name} in ${r.apis.map((a) => a.name).join(', ')}`);
  return api;
}

const tmp = mkdtempSync(join(tmpdir(), 'toolforge-import-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
function tmpFile(name: string, text: string): string {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
}

describe('OpenAI tools file', () => {
  const file = fixture('openai-tools.json');
  const r = importFile(file);

  it('imports each tool once (identical duplicate dropped), bare function objects too', () => {
    expect(r.apis.map((a) => a.name)).toEqual(['get_weather', 'send_email', 'list_events']);
  });

  it('get_weather is kept exactly, with the default domain and empty returns', () => {
    expect(byName(r, 'get_weather')).toEqual({
      name: 'get_weather',
      domain: 'imported',
      description: 'Get the current weather for a city.',
      parameters: {
        type: 'object',
        properties: {
          city: { type: 'string', description: 'City name' },
          unit: { type: 'string', enum: ['celsius', 'fahrenheit'], description: 'Temperature unit' },
        },
        required: ['city'],
        additionalProperties: false,
      },
      returns: { type: 'object', properties: {} },
      origin: 'tools:openai-tools.json#/tools/0',
    });
  });

  it('an invalid name is mapped and the original kept in sourceName', () => {
    expect(byName(r, 'send_email').sourceName).toBe('send email');
  });

  it('a doc that names its domain and returns keeps them', () => {
    const api = byName(r, 'list_events');
    expect(api.domain).toBe('calendar');
    expect(api.returns).toEqual({
      type: 'object',
      properties: { events: { type: 'array', items: { type: 'string' }, description: 'Event titles' } },
    });
    expect(api.origin).toBe('tools:openai-tools.json#/tools/3');
  });

  it('a tool without a name is skipped with file, pointer and problem', () => {
    expect(r.skipped).toEqual([{ file, pointer: '/tools/2/function/name', problem: 'function doc has no name' }]);
  });
});

describe('BFCL question file (JSONL)', () => {
  const file = fixture('bfcl-sample.jsonl');
  const r = importFile(file);

  it('imports every function entry, deduplicating identical docs', () => {
    expect(r.apis.map((a) => [a.name, a.sourceName])).toEqual([
      ['math_factorial', 'math.factorial'],
      ['geo_distance', 'geo.distance'],
      ['ml_train', 'ml.train'],
      ['solve_quadratic_equation_2', 'solve.quadratic_equation'],
      ['solve_quadratic_equation', undefined],
      ['plot_clear', 'plot.clear'],
    ]);
  });

  it('origin names the file and the question id', () => {
    expect(byName(r, 'math_factorial').origin).toBe('bfcl:bfcl-sample.jsonl#sample_0/function/0');
    expect(byName(r, 'plot_clear').origin).toBe('bfcl:bfcl-sample.jsonl#sample_4/function/1');
  });

  it('dict/int/float/list/bool/any convert recursively (exact schema)', () => {
    expect(byName(r, 'ml_train')).toEqual({
      name: 'ml_train',
      sourceName: 'ml.train',
      domain: 'imported',
      subdomain: 'ml',
      description: 'Train a model.',
      parameters: {
        type: 'object',
        properties: {
          data: { description: 'Training data.' },
          options: {
            type: 'object',
            description: 'Options.',
            properties: {
              epochs: { type: 'integer', description: 'Epochs.' },
              rate: { type: 'number', description: 'Learning rate.' },
              tags: { type: 'array', items: { type: 'string' }, description: 'Tags.' },
              verbose: { type: 'boolean', description: 'Verbose output.' },
            },
            required: ['epochs'],
          },
        },
        required: ['data'],
      },
      returns: { type: 'object', properties: {} },
      origin: 'bfcl:bfcl-sample.jsonl#sample_2/function/0',
    });
  });

  it('tuple → array with items kept; BFCL `optional` dropped', () => {
    expect(byName(r, 'geo_distance').parameters).toEqual({
      type: 'object',
      properties: {
        coord1: { type: 'array', items: { type: 'number' }, description: 'First coordinate (lat, lon).' },
        coord2: { type: 'array', items: { type: 'number' }, description: 'Second coordinate (lat, lon).' },
        unit: { type: 'string', description: 'Unit of distance.', enum: ['km', 'mi'], default: 'km' },
      },
      required: ['coord1', 'coord2'],
    });
  });

  it('a mapped name that collides gets a suffix, the name valid in the source keeps it, with a warning', () => {
    expect(byName(r, 'solve_quadratic_equation').description).toBe('Solve a quadratic equation (plain).');
    expect(byName(r, 'solve_quadratic_equation_2').description).toBe('Solve a quadratic equation (dotted).');
    expect(r.warnings).toEqual([
      {
        file,
        pointer: '/3/function/0',
        problem:
          "name 'solve_quadratic_equation' (from 'solve.quadratic_equation') already used by bfcl:bfcl-sample.jsonl#sample_3/function/1; imported as 'solve_quadratic_equation_2'",
      },
    ]);
  });

  it('an unknown type skips that tool only; a bad line skips that line only', () => {
    expect(r.skipped).toEqual([
      { file, pointer: '/5', problem: expect.stringMatching(/^line 6: invalid JSON/) },
      {
        file,
        pointer: '/4/function/0/parameters/properties/points/items/type',
        problem: "plot.draw: unknown type 'ndarray' at /4/function/0/parameters/properties/points/items/type (BFCL id sample_4, line 5)",
      },
    ]);
  });

  it('the mapping is reversible through sourceName', () => {
    const back = new Map(r.apis.map((a) => [a.name, a.sourceName ?? a.name]));
    expect(back.get('math_factorial')).toBe('math.factorial');
    expect(back.get('solve_quadratic_equation_2')).toBe('solve.quadratic_equation');
    expect(back.get('solve_quadratic_equation')).toBe('solve_quadratic_equation');
    expect(new Set(r.apis.map((a) => a.name)).size).toBe(r.apis.length);
  });
});

describe('type mapping (table)', () => {
  it.each<[string, unknown, unknown]>([
    ['dict', { type: 'dict', properties: {} }, { type: 'object', properties: {} }],
    ['float', { type: 'float' }, { type: 'number' }],
    ['str', { type: 'str' }, { type: 'string' }],
    ['string', { type: 'string' }, { type: 'string' }],
    ['int', { type: 'int' }, { type: 'integer' }],
    ['integer', { type: 'integer' }, { type: 'integer' }],
    ['bool', { type: 'bool' }, { type: 'boolean' }],
    ['boolean', { type: 'boolean' }, { type: 'boolean' }],
    ['list of str', { type: 'list', items: { type: 'str' } }, { type: 'array', items: { type: 'string' } }],
    ['array', { type: 'array', items: { type: 'dict', properties: { a: { type: 'float' } } } }, { type: 'array', items: { type: 'object', properties: { a: { type: 'number' } } } }],
    ['tuple keeps items', { type: 'tuple', items: { type: 'float' } }, { type: 'array', items: { type: 'number' } }],
    ['positional tuple', { type: 'tuple', items: [{ type: 'str' }, { type: 'int' }] }, { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }], items: false, minItems: 2 }],
    ['any', { type: 'any', description: 'x' }, { description: 'x' }],
    ['type list', { type: ['int', 'null'] }, { type: ['integer', 'null'] }],
    ['List[int] (xLAM)', { type: 'List[int]' }, { type: 'array', items: { type: 'integer' } }],
    ['"str, optional" (xLAM)', { type: 'str, optional' }, { type: 'string' }],
    ['anyOf', { anyOf: [{ type: 'int' }, { type: 'str' }] }, { anyOf: [{ type: 'integer' }, { type: 'string' }] }],
    ['additionalProperties', { type: 'dict', additionalProperties: { type: 'float' } }, { type: 'object', additionalProperties: { type: 'number' } }],
    ['Python default "false" for bool', { type: 'boolean', default: 'false' }, { type: 'boolean', default: false }],
    ['Python default "10" for int', { type: 'integer', default: '10' }, { type: 'integer', default: 10 }],
    ['Python default "None" dropped', { type: 'array', items: { type: 'str' }, default: 'None' }, { type: 'array', items: { type: 'string' } }],
    ['string default "None" kept', { type: 'string', default: 'None' }, { type: 'string', default: 'None' }],
  ])('%s', (_label, input, expected) => {
    expect(convertPythonSchema(input, '')).toEqual(expected);
  });

  it.each(['ndarray', 'Integer', 'datetime', 'List[ndarray]'])('unknown type %s is refused, not guessed', (t) => {
    expect(() => convertPythonSchema({ type: 'dict', properties: { x: { type: t } } }, '/p')).toThrow(`unknown type '${t}' at /p/properties/x/type`);
  });
});

describe('tool names (table)', () => {
  it.each([
    ['math.factorial', 'math_factorial'],
    ['sympy.solve', 'sympy_solve'],
    ['already_valid-Name1', 'already_valid-Name1'],
    ['send email', 'send_email'],
    ['', 'unnamed'],
    ['x'.repeat(70), 'x'.repeat(64)],
  ])('%s → %s', (from, to) => {
    expect(toToolName(from)).toBe(to);
  });
});

describe('other shapes and failures', () => {
  it('a bare array of function objects and an xLAM parameter map', () => {
    const text = JSON.stringify([
      { name: 'a.b', description: 'A.', parameters: { type: 'dict', properties: { x: { type: 'float', description: 'x' } }, required: ['x'] } },
      { name: 'xlam_tool', description: 'X.', parameters: { q: { type: 'str', description: 'query' }, n: { type: 'int, optional', description: 'count', default: 3 } } },
    ]);
    const r = importToolText(text, 'f.json');
    expect(r.skipped).toEqual([]);
    expect(r.apis.map((a) => [a.name, a.origin])).toEqual([
      ['a_b', 'tools:f.json#/0'],
      ['xlam_tool', 'tools:f.json#/1'],
    ]);
    expect(r.apis[1].parameters).toEqual({
      type: 'object',
      properties: { q: { type: 'string', description: 'query' }, n: { type: 'integer', description: 'count', default: 3 } },
      required: ['q'],
    });
  });

  it('a tool list written in YAML is detected by content', () => {
    const f = tmpFile('tools.yaml', '- name: yaml.tool\n  description: From YAML.\n  parameters:\n    type: dict\n    properties:\n      n: {type: int, description: count}\n');
    const r = importFile(f);
    expect(r.skipped).toEqual([]);
    expect(r.apis.map((a) => [a.name, a.sourceName, a.parameters])).toEqual([
      ['yaml_tool', 'yaml.tool', { type: 'object', properties: { n: { type: 'integer', description: 'count' } }, required: [] }],
    ]);
  });

  it('an xLAM row with tools as a JSON string', () => {
    const row = { query: 'q', tools: JSON.stringify([{ name: 't1', description: 'T.', parameters: { a: { type: 'str', description: 'a' } } }]), answers: '[]' };
    const r = importToolText(`${JSON.stringify(row)}\n${JSON.stringify(row)}\n`, 'x.jsonl');
    expect(r.apis.map((a) => [a.name, a.origin])).toEqual([['t1', 'tools:x.jsonl#/0/tools/0']]);
  });

  it('files that cannot be parsed are one skipped issue each (pointer ""), never thrown', () => {
    const bad = tmpFile('bad.json', '{"tools": [\n  {"name": "x",}\n]}');
    const empty = tmpFile('empty.json', '');
    const scalar = tmpFile('scalar.json', '42');
    const r = importFiles([bad, empty, scalar, fixture('openai-tools.json')]);
    expect(r.skipped.slice(0, 3).map((s) => [s.file, s.pointer])).toEqual([
      [bad, ''],
      [empty, ''],
      [scalar, ''],
    ]);
    expect(r.skipped[0].problem).toMatch(/^invalid JSON at line 2, col \d+/);
    expect(r.skipped[1].problem).toBe('empty file');
    expect(r.skipped[2].problem).toMatch(/not a tool doc/);
    expect(r.apis.map((a) => a.name)).toEqual(['get_weather', 'send_email', 'list_events']);
  });

  it('an API that validateApi rejects goes to skipped with its issues', () => {
    const f = tmpFile(
      'invalid.json',
      JSON.stringify([
        { name: 'ok', description: 'Fine.', parameters: { type: 'object', properties: {} } },
        { name: 'nodesc', description: '', parameters: { type: 'object', properties: {} } },
        { name: 'badreq', description: 'Bad required.', parameters: { type: 'object', properties: { a: { type: 'string' } }, required: ['b'] } },
      ]),
    );
    const r = importFile(f);
    expect(r.apis.map((a) => a.name)).toEqual(['ok']);
    expect(r.skipped.map((s) => [s.file, s.pointer])).toEqual([
      [f, '/1'],
      [f, '/2'],
    ]);
    expect(r.skipped[0].problem).toMatch(/^invalid after conversion \(nodesc\): \/description /);
    expect(r.skipped[1].problem).toMatch(/^invalid after conversion \(badreq\): \/parameters\/required/);
  });

  it('the same name with different docs across files: suffix and sourceName', () => {
    const a = tmpFile('a.json', JSON.stringify([{ name: 'lookup', description: 'First.', parameters: { type: 'object', properties: {} } }]));
    const b = tmpFile('b.json', JSON.stringify([{ name: 'lookup', description: 'Second.', parameters: { type: 'object', properties: {} } }]));
    const r = importFiles([a, b, a]);
    expect(r.apis.map((x) => [x.name, x.sourceName, x.description])).toEqual([
      ['lookup', undefined, 'First.'],
      ['lookup_2', 'lookup', 'Second.'],
    ]);
    expect(r.warnings.map((w) => [w.file, w.pointer])).toEqual([[b, '/0']]);
  });
});
