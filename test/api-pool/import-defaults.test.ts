/**
 * Defaults as Python-style docs write them (issue 14), one rule for every type and source: a
 * null default is "no value unless given" (dropped on import, accepted by the validator on an
 * optional parameter), a default written as text is the value it names, and anything else is
 * reported as a default outside its schema.
 */
import { describe, expect, it } from 'vitest';
import { importToolText } from '../../api-pool/import/tool-file.js';
import { convertPythonSchema } from '../../api-pool/import/tool-file/python-schema.js';
import type { ApiSpec } from '../../api-pool/types.js';
import { validateApi } from '../../api-pool/validate.js';

const api = (parameters: Record<string, unknown>): ApiSpec =>
  ({ name: 'f', domain: 'd', description: 'A tool.', parameters, returns: { type: 'object' }, origin: 'test' }) as unknown as ApiSpec;

describe('null defaults', () => {
  it('are dropped on import for every type, with a note', () => {
    for (const type of ['string', 'integer', 'number', 'boolean', 'array', 'dict']) {
      const notes: { pointer: string; problem: string }[] = [];
      const out = convertPythonSchema({ type, description: 'x', default: null }, '/p', notes);
      expect(out, type).not.toHaveProperty('default');
      expect(notes[0]?.problem, type).toMatch(/Python None/);
    }
    // A type that admits null keeps it: null is then a value.
    expect(convertPythonSchema({ type: ['string', 'null'], default: null }, '/p')).toHaveProperty('default', null);
  });

  it('are accepted by the validator on an optional parameter of any type, not on a required one', () => {
    const params = (required: string[]) => ({ type: 'object', properties: { s: { type: 'string', description: 'S.', default: null }, n: { type: 'integer', description: 'N.', default: null } }, required });
    expect(validateApi(api(params([])))).toEqual([]);
    expect(validateApi(api(params(['s']))).map((i) => i.pointer)).toEqual(['/parameters/properties/s/default']);
  });

  it('let a BFCL doc with `Optional[str] = None` import (it was skipped)', () => {
    const doc = { name: 'get_movies', description: 'Movies in a city.', parameters: { type: 'dict', required: ['city'], properties: { city: { type: 'string', description: 'City.' }, movie_date: { type: 'string', description: 'Date.', default: null } } } };
    const r = importToolText(JSON.stringify({ id: 'live_simple_1', question: [[{ role: 'user', content: 'movies?' }]], function: [doc] }), 'q.jsonl');
    expect(r.skipped).toEqual([]);
    expect(r.apis[0].parameters.properties).toEqual({ city: { type: 'string', description: 'City.' }, movie_date: { type: 'string', description: 'Date.' } });
  });
});

describe('defaults written as text', () => {
  const details = { type: 'array', items: { type: 'string', enum: ['timing', 'attractions', 'tickets'] }, description: 'Details.' };
  it('read a list written as text, and "all" of an enum of items, as the list they name', () => {
    expect(convertPythonSchema({ ...details, default: 'timing, attractions' }, '/p').default).toEqual(['timing', 'attractions']);
    expect(convertPythonSchema({ ...details, default: 'all' }, '/p').default).toEqual(['timing', 'attractions', 'tickets']);
    expect(convertPythonSchema({ type: 'array', items: { type: 'integer' }, default: '[1, 2]' }, '/p').default).toEqual([1, 2]);
  });
  it('leave a text that names no value of the schema as it is, for the validator to report', () => {
    expect(convertPythonSchema({ ...details, default: 'timing, parking' }, '/p').default).toBe('timing, parking');
    expect(convertPythonSchema({ type: 'integer', default: '5 years' }, '/p').default).toBe('5 years');
    const issues = validateApi(api({ type: 'object', properties: { unit: { type: 'string', description: 'Unit.', enum: ['mm', 'cm'], default: 'N/A' } } }));
    expect(issues.map((i) => i.pointer)).toEqual(['/parameters/properties/unit/default']);
  });
  it('move an enum of plain values written on an array to its items', () => {
    expect(convertPythonSchema({ type: 'array', items: { type: 'string' }, enum: ['trust', 'value'] }, '/p')).toEqual({ type: 'array', items: { type: 'string', enum: ['trust', 'value'] } });
  });
});

describe('required without properties', () => {
  it('declares the keys on import, an integer where the description counts it, so generated calls hold them', () => {
    const description = "The population. 'adults' is the number of adults. 'children' is the number of children. 'pets' are welcome.";
    const out = convertPythonSchema({ type: 'dict', description, required: ['adults', 'children', 'pets'] }, '/p');
    expect(out.properties).toEqual({
      adults: { type: 'integer', description: "'adults' is the number of adults." },
      children: { type: 'integer', description: "'children' is the number of children." },
      pets: { description: "'pets' are welcome." },
    });
  });

  it('names the keys of a nested object that declares none (BFCL: `population: {type: dict, required: [adults, children]}`)', () => {
    const params = { type: 'object', properties: { population: { type: 'object', description: 'Adults and children.', required: ['adults', 'children'] } }, required: ['population'] };
    expect(validateApi(api(params))).toEqual([]);
    // Declared properties still bound it, and a closed object cannot have keys it does not declare.
    const declared = { type: 'object', properties: { p: { type: 'object', description: 'P.', properties: { a: { type: 'integer' } }, required: ['b'] } } };
    expect(validateApi(api(declared)).map((i) => i.pointer)).toEqual(['/parameters/properties/p/required/0']);
    const closed = { type: 'object', properties: { p: { type: 'object', description: 'P.', additionalProperties: false, required: ['b'] } } };
    expect(validateApi(api(closed)).map((i) => i.pointer)).toEqual(['/parameters/properties/p/required/0']);
  });
});
