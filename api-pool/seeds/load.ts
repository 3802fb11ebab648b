/**
 * The built-in taxonomy, as data: each domain with its subdomains and hand-written seed APIs is
 * one JSON file in this folder, NAME.json holding the domain NAME, in the shape of
 * seed-domain.schema.json. A user adds a domain by adding a file. The files are read once, on
 * the first call of seedDomains() (synchronously, 5-15 ms), by the command that needs them: a bad
 * file a user added is then that command's error (exit 2), not a crash of every command's start.
 *
 * Order matters: the seeds pool lists the APIs domain by domain and the planner draws tools by
 * their index in it, so the same job writes the same shards only with the domains in the same
 * order. The shipped domains come in SEED_ORDER (the order they always had); any other *.json
 * file of the folder (but *.schema.json) is a domain a user added, and comes after them, by
 * file name.
 *
 * A file a user added is checked against the schema, each of its APIs with validateApi, its
 * domain name against the file name, each API's domain and subdomain against the domain's; a bad
 * file stops the load with a ConfigError that names the file, the JSON pointer and the problem.
 * The shipped files get the same checks from `npm test` instead of at every start (see
 * SeedLoadOptions.checkShipped). Every API name, shipped or added, must be new across the files.
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { packagePath } from '../../core/package-root.js';
import { apiIssues, dataFileError, duplicateNameIssues, readJsonFile, type DataIssue } from '../data-file.js';
import type { SeedDomain } from '../types.js';

/** The shipped domains, in the order the seeds pool has always listed them. */
export const SEED_ORDER: readonly string[] = [
  'finance', 'travel', 'weather', 'health', 'e-commerce', 'messaging', 'calendar', 'maps', 'sports', 'media',
  'devops', 'science', 'education', 'food', 'real-estate', 'jobs', 'legal', 'government', 'automotive', 'energy',
  'agriculture', 'gaming', 'social-media', 'security', 'telecom', 'insurance', 'logistics', 'music', 'news', 'home-automation',
];

const SCHEMA_FILE = 'seed-domain.schema.json';

/** The folder of the shipped seed files (the same from the source tree and from the build). */
export function seedDir(): string {
  return packagePath('api-pool', 'seeds');
}

let validateDomain: ValidateFunction | undefined;

function schemaIssues(value: unknown): DataIssue[] {
  if (!validateDomain) {
    const schema = readJsonFile(join(seedDir(), SCHEMA_FILE)) as object;
    validateDomain = new Ajv({ allErrors: true, strict: true }).compile(schema);
  }
  if (validateDomain(value)) return [];
  return (validateDomain.errors ?? []).map((e) => {
    const extra = e.params && 'additionalProperty' in e.params ? ` ("${String(e.params.additionalProperty)}")` : '';
    const allowed = e.params && 'allowedValue' in e.params ? ` (${JSON.stringify(e.params.allowedValue)})` : '';
    return { pointer: e.instancePath, problem: `${e.message ?? 'is invalid'}${extra}${allowed}` };
  });
}

/** The seed files of `dir`: SEED_ORDER's first, then the others by name (code-point order, whatever the locale). */
function seedFiles(dir: string): string[] {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .map((f) => basename(f, '.json'));
  const extra = names.filter((n) => !SEED_ORDER.includes(n)).sort();
  return [...SEED_ORDER.filter((n) => names.includes(n)), ...extra].map((name) => join(dir, `${name}.json`));
}

export interface SeedLoadOptions {
  /** The folder of the seed files; default the package's own (seedDir()). */
  readonly dir?: string;
  /**
   * Check the shipped domains (SEED_ORDER's, in the package's folder) like the ones a user added;
   * default false: `npm test` checks them (test/api-pool/seeds.test.ts), and checking them at
   * every start would cost 0.2-0.5 s (ajv compiles a validator per schema) where reading them
   * takes 5-15 ms.
   */
  readonly checkShipped?: boolean;
}

/**
 * Every domain of the seed files in a folder, in order. Each API name must be new across the
 * files; a file the package does not ship is checked in full. Throws ConfigError on a bad file.
 */
export function loadSeedDomains({ dir = seedDir(), checkShipped = false }: SeedLoadOptions = {}): SeedDomain[] {
  const trustShipped = !checkShipped && dir === seedDir();
  const apiNames = new Map<string, string>();
  return seedFiles(dir).map((file) => {
    const value = readJsonFile(file);
    const name = basename(file, '.json');
    const inFull = !trustShipped || !SEED_ORDER.includes(name);
    const shape = inFull ? schemaIssues(value) : [];
    if (shape.length > 0) throw dataFileError(file, shape);
    const domain = value as SeedDomain;
    const issues = duplicateNameIssues(domain.apis, '/apis', file, apiNames);
    if (inFull) issues.push(...domainIssues(domain, name), ...apiIssues(domain.apis, '/apis'));
    if (issues.length > 0) throw dataFileError(file, issues);
    return domain;
  });
}

/** What the schema cannot say: the domain is named after its file, its APIs use it and its subdomains. */
function domainIssues(domain: SeedDomain, fileName: string): DataIssue[] {
  const issues: DataIssue[] = [];
  if (domain.name !== fileName) issues.push({ pointer: '/name', problem: `the domain is named "${domain.name}" but its file "${fileName}.json"` });
  const subdomains = new Set<string>();
  domain.subdomains.forEach((s, i) => {
    if (subdomains.has(s.name)) issues.push({ pointer: `/subdomains/${i}/name`, problem: `subdomain "${s.name}" is declared twice` });
    subdomains.add(s.name);
  });
  domain.apis.forEach((api, i) => {
    if (api.domain !== domain.name) issues.push({ pointer: `/apis/${i}/domain`, problem: `must be the file's domain "${domain.name}", got "${api.domain}"` });
    if (!subdomains.has(api.subdomain!)) {
      issues.push({ pointer: `/apis/${i}/subdomain`, problem: `"${api.subdomain}" is not one of the domain's subdomains (${[...subdomains].join(', ')})` });
    }
  });
  return issues;
}

let loaded: readonly SeedDomain[] | undefined;

/** The built-in taxonomy: every domain with its subdomains and hand-written seed APIs, read once. */
export function seedDomains(): readonly SeedDomain[] {
  return (loaded ??= loadSeedDomains());
}
