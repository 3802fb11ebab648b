import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_DOMAINS } from '../../api-pool/seeds/index.js';
import { SEED_ORDER, loadSeedDomains, seedDir, seedDomains } from '../../api-pool/seeds/load.js';
import type { SeedDomain } from '../../api-pool/types.js';
import { validateApi } from '../../api-pool/validate.js';
import { tempDir } from '../helpers/cli.js';
import { expectDataFileError } from '../helpers/data-file.js';
import { validator } from '../helpers/schema.js';

const dir = seedDir();
const schema = JSON.parse(readFileSync(join(dir, 'seed-domain.schema.json'), 'utf8')) as object;
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));
const read = (file: string): SeedDomain => JSON.parse(readFileSync(join(dir, file), 'utf8')) as SeedDomain;

describe.each(files)('seed file %s', (file) => {
  const domain = read(file);

  it('is valid against seed-domain.schema.json and holds the domain it is named after', () => {
    const validate = validator(schema);
    expect(validate(domain), JSON.stringify(validate.errors)).toBe(true);
    expect(`${domain.name}.json`).toBe(file);
  });

  it('has at least 5 APIs, each valid (validateApi), of origin seed, in this domain and one of its subdomains', () => {
    expect(domain.apis.length).toBeGreaterThanOrEqual(5);
    const subdomains = domain.subdomains.map((s) => s.name);
    for (const api of domain.apis) {
      expect(validateApi(api), api.name).toEqual([]);
      expect(api.origin, api.name).toBe('seed');
      expect(api.domain, api.name).toBe(domain.name);
      expect(subdomains, api.name).toContain(api.subdomain);
    }
  });
});

describe('SEED_DOMAINS', () => {
  it('holds every shipped file, in SEED_ORDER, and nothing else', () => {
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual([...SEED_ORDER].sort());
    expect(SEED_DOMAINS.map((d) => d.name)).toEqual(SEED_ORDER);
    expect(SEED_DOMAINS).toEqual(files.map(read).sort((a, b) => SEED_ORDER.indexOf(a.name) - SEED_ORDER.indexOf(b.name)));
  });

  it('has API names unique across the pool', () => {
    const names = SEED_DOMAINS.flatMap((d) => d.apis.map((a) => a.name));
    expect(names.length).toBeGreaterThanOrEqual(150);
    expect(new Set(names).size).toBe(names.length);
  });

  it('is what seedDomains() reads, once', () => {
    expect(seedDomains()).toBe(SEED_DOMAINS);
  });

  it('passes the checks the loader gives a file a user adds', () => {
    expect(loadSeedDomains({ checkShipped: true })).toEqual(SEED_DOMAINS);
  });
});

/** A copy of a shipped domain under another name, with APIs of their own names. */
function renamed(from: string, name: string): SeedDomain {
  const d = read(`${from}.json`);
  return { ...d, name, apis: d.apis.map((a) => ({ ...a, name: `${name.replace(/-/g, '_')}_${a.name}`, domain: name })) };
}

function folderWith(extra: Record<string, unknown>, shipped = false): string {
  const folder = tempDir('seeds');
  if (shipped) for (const f of files) copyFileSync(join(dir, f), join(folder, f));
  for (const [file, content] of Object.entries(extra)) writeFileSync(join(folder, file), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return folder;
}

describe('loadSeedDomains on a folder a user added files to', () => {
  it('loads the shipped domains in SEED_ORDER, then the added ones by file name, and skips *.schema.json', () => {
    const folder = folderWith({ 'zz-lab.json': renamed('science', 'zz-lab'), 'aa-shop.json': renamed('food', 'aa-shop'), 'x.schema.json': '{}' }, true);
    const loaded = loadSeedDomains({ dir: folder });
    expect(loaded.map((d) => d.name)).toEqual([...SEED_ORDER, 'aa-shop', 'zz-lab']);
    expect(loaded.slice(0, SEED_ORDER.length)).toEqual(SEED_DOMAINS);
    expect(loaded.at(-1)).toEqual(renamed('science', 'zz-lab'));
  });

  const good = renamed('weather', 'my-domain');
  const withApi = (i: number, change: Record<string, unknown>): SeedDomain => ({
    ...good,
    apis: good.apis.map((a, j) => (j === i ? { ...a, ...change } : a)),
  });
  const firstSub = good.apis[0].parameters.properties;
  // [case, file content, pointer, words of the problem]
  const broken: [string, unknown, string, string][] = [
    ['not JSON', '{\n  "name": "my-domain",\n}', '/', 'not valid JSON'],
    ['no apis', { name: good.name, description: good.description, subdomains: good.subdomains }, '/', "must have required property 'apis'"],
    ['an unknown key', withApi(1, { retuns: {} }), '/apis/1', 'must NOT have additional properties ("retuns")'],
    ['four APIs', { ...good, apis: good.apis.slice(0, 4) }, '/apis', 'must NOT have fewer than 5 items'],
    ['another origin', withApi(2, { origin: 'builtin' }), '/apis/2/origin', 'must be equal to constant ("seed")'],
    ['an undeclared required parameter', withApi(3, { parameters: { type: 'object', properties: firstSub, required: ['nope'] } }), '/apis/3/parameters/required/0', 'required "nope" is not declared'],
    ['a default outside its enum', withApi(0, { parameters: { type: 'object', properties: { u: { type: 'string', enum: ['a'], default: 'b' } } } }), '/apis/0/parameters/properties/u/default', 'does not match its schema'],
    ['an undeclared subdomain', withApi(4, { subdomain: 'astrology' }), '/apis/4/subdomain', '"astrology" is not one of the domain\'s subdomains'],
    ['another domain', withApi(1, { domain: 'weather' }), '/apis/1/domain', 'must be the file\'s domain "my-domain"'],
    ['a name that differs from the file', { ...good, name: 'other' }, '/name', 'the domain is named "other" but its file "my-domain.json"'],
    ['an API name used twice', withApi(2, { name: good.apis[0].name }), '/apis/2/name', `the API name "${good.apis[0].name}" is already used at`],
  ];
  it.each(broken)('rejects a file with %s, naming the file, the place and the problem', (_label, content, pointer, problem) => {
    const folder = folderWith({ 'my-domain.json': content });
    expectDataFileError(() => loadSeedDomains({ dir: folder }), join(folder, 'my-domain.json'), pointer, problem);
  });

  it("checks a file named like a shipped domain when it is not in the package's folder", () => {
    const finance = read('finance.json');
    const folder = folderWith({ 'finance.json': { ...finance, apis: finance.apis.map((a, i) => (i === 2 ? { ...a, subdomain: 'crypto' } : a)) } });
    expectDataFileError(() => loadSeedDomains({ dir: folder }), join(folder, 'finance.json'), '/apis/2/subdomain', '"crypto" is not one of');
  });

  it('says where in the text a file stops being JSON', () => {
    const folder = folderWith({ 'my-domain.json': '{\n  "name": "my-domain",\n}' });
    expect(() => loadSeedDomains({ dir: folder })).toThrow(/line 3, column 1\)/);
  });

  it('rejects an added API whose name a shipped one has, pointing at the shipped one', () => {
    const taken = read('finance.json').apis[0].name;
    const folder = folderWith({ 'my-domain.json': withApi(1, { name: taken }) }, true);
    expect(() => loadSeedDomains({ dir: folder })).toThrow(`at /apis/1/name: the API name "${taken}" is already used at ${join(folder, 'finance.json')}#/apis/0`);
  });
});
