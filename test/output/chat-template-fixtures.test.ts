/**
 * Every export format of a job, read back as `toolforge verify` reads it, against every real
 * tool-use template in test/fixtures/chat-templates: what each template keeps, cannot express or
 * loses is what that template does (README there), and every rendering the check makes is the
 * one Python Jinja2 makes (it must be installed: see python-jinja2.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CanonicalRecord } from '../../core/record.js';
import { checkRecord, templatesIn, type ChatTemplate } from '../../output/chat-template.js';
import { FORMATS, toChatMessages } from '../../output/formats/index.js';
import { canaryView } from '../../output/template-views.js';
import { readDataset } from '../../verifiers/formats.js';
import { ALL_CATEGORIES, jobRecords, makeJob } from '../helpers/output-job.js';
import { renderWithPython } from './python-jinja2.js';

const FIXTURES = join(__dirname, '../fixtures/chat-templates');
const EXPORTS = ['openai', 'sharegpt', 'hermes', 'xlam', 'messages'] as const;

let templates: ChatTemplate[];
/** Each export's records as verify reads them back, with the rationale mode the file holds. */
const readBack = new Map<string, { records: CanonicalRecord[]; rationale: 'reasoning' | 'drop' }>();

beforeAll(async () => {
  templates = templatesIn(FIXTURES);
  const dir = await makeJob('template-fixtures', { count: 50, mix: ALL_CATEGORIES });
  const records = jobRecords(dir);
  for (const format of EXPORTS) {
    const rows = records.flatMap((r) => {
      const c = FORMATS[format].convert(r, { rationale: 'reasoning' });
      return 'skip' in c ? [] : [JSON.stringify(c.row)];
    });
    const read = readDataset(`${rows.join('\n')}\n`, format);
    expect(read.issues).toEqual([]);
    readBack.set(format, { records: read.rows.map((x) => x.record), rationale: FORMATS[format].rationale.reasoning.kept ? 'reasoning' : 'drop' });
  }
}, 180_000);

const steps = (r: CanonicalRecord): number[] => r.messages.flatMap((m) => (m.role === 'assistant' && m.tool_calls?.length ? [m.tool_calls.length] : []));

type Expected = { status: 'kept' | 'not-expressible' | 'lost'; form?: 'object' | 'string'; problem?: RegExp };

/** What each template does with a record, from the record's shape (README's table). */
function expected(template: string, r: CanonicalRecord): Expected {
  const calls = steps(r).length > 0;
  const parallel = steps(r).some((n) => n > 1);
  const system = r.messages.some((m) => m.role === 'system');
  if (template === 'functionary-medium-v3.1') return { status: 'kept', form: calls ? 'string' : 'object' };
  if (template === 'granite-3.3-2b-instruct' && calls) return { status: 'lost', problem: /^the call to \w+ is not rendered$/ };
  if (/^(llama-3\.[23]|vllm-llama3\.[12])/.test(template) && parallel) return { status: 'not-expressible', problem: /single tool-calls at once/ };
  if (/mistral/.test(template) && system) return { status: 'lost', problem: /^the system text ".*" is not rendered$/s };
  return { status: 'kept', form: 'object' };
}

describe('the chat-template fixtures', () => {
  it('are at least 8 real templates, each with its origin and licence in the README', () => {
    const readme = readFileSync(join(FIXTURES, 'README.md'), 'utf8');
    const names = readdirSync(FIXTURES).filter((n) => n.endsWith('.jinja'));
    expect(names.length).toBeGreaterThanOrEqual(8);
    for (const n of names) expect(readme).toMatch(new RegExp(`\\| \`${n.replace(/\./g, '\\.')}\` \\|[^\\n]*\\|[^\\n]*\\|[^\\n]*(Apache|License|licence|MIT)`));
    for (const family of ['qwen2.5', 'qwen3', 'llama-3.3', 'llama-3.2', 'mistral', 'hermes', 'granite', 'functionary', 'vllm-']) expect(names.some((n) => n.startsWith(family)), family).toBe(true);
  });

  it.each(readdirSync(FIXTURES).filter((n) => n.endsWith('.jinja')).map((n) => n.replace(/\.jinja$/, '')))('%s: every export, read back, is kept, not expressible or lost as the template does it', (name) => {
    const template = templates.find((t) => t.name === name)!;
    const seen = new Set<string>();
    for (const format of EXPORTS) {
      const { records, rationale } = readBack.get(format)!;
      for (const r of records) {
        const c = checkRecord(template, r, { rationale });
        const want = expected(name, r);
        const where = `${name} ${format} ${r.id}: ${c.problems.join('; ')}`;
        expect(c.status, where).toBe(want.status);
        if (want.form) expect(c.form, where).toBe(want.form);
        if (want.problem) expect(c.problems.some((p) => want.problem!.test(p)), where).toBe(true);
        seen.add(c.status);
        // Only Qwen3 reads reasoning_content, and only for the turns after the last user message.
        const hasRationale = rationale === 'reasoning' && r.messages.some((m) => m.role === 'assistant' && m.reasoning);
        if (!hasRationale || c.status !== 'kept') continue;
        const oneTurn = r.messages.filter((m) => m.role === 'user').length === 1;
        expect(c.rationale, where).toBe(name === 'qwen3-0.6b' && oneTurn ? 'kept' : name === 'qwen3-0.6b' ? c.rationale : 'lost');
      }
    }
    expect(seen.has('kept'), name).toBe(true);
  });

  it.each(readdirSync(FIXTURES).filter((n) => n.endsWith('.jinja')))('%s: the check renders what Python Jinja2 renders (each record, and its canary with arguments as objects and as JSON text)', (file) => {
    const template = templates.find((t) => t.name === file.replace(/\.jinja$/, ''))!;
    const contexts: Record<string, unknown>[] = [];
    for (const format of ['messages', 'xlam'] as const) {
      for (const r of readBack.get(format)!.records) {
        const view = toChatMessages(r, { rationale: 'reasoning' });
        for (const v of [view, canaryView(view, 'object').view, canaryView(view, 'string').view]) {
          contexts.push({ messages: v.messages, tools: v.tools, bos_token: '<s>', eos_token: '</s>', add_generation_prompt: false });
        }
      }
    }
    const python = renderWithPython(join(FIXTURES, file), contexts);
    expect(python).toHaveLength(contexts.length);
    let texts = 0;
    contexts.forEach((c, i) => {
      const py = python[i];
      let js: string | undefined;
      let error: string | undefined;
      try {
        js = template.render(c);
      } catch (err) {
        error = (err as Error).message;
      }
      if ('text' in py) {
        expect(error, `${file} context ${i}: Python renders, here: ${error}`).toBeUndefined();
        expect(js, `${file} context ${i}`).toBe(py.text);
        texts++;
      } else expect(error, `${file} context ${i}: Python raises ${py.error}`).toBeDefined();
    });
    expect(texts).toBeGreaterThan(contexts.length / 4);
  });
});
