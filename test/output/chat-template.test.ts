/**
 * The template check: the built-in templates keep every record of an export; a template that
 * loses a system text, a result, a call, an argument or a value, or changes a value, is found;
 * a template that refuses a parallel step is "not expressible", not a failure; a template that
 * takes arguments as JSON text keeps the records that way; the rationale is looked for where
 * --rationale puts it.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../../cli/commands/output.js';
import type { CanonicalRecord } from '../../core/record.js';
import { builtinTemplates, checkRecord, compileTemplate, loadTemplateFile, TemplateTally } from '../../output/chat-template.js';
import { toChatMessages } from '../../output/formats/index.js';
import { compilePythonTemplate } from '../../output/jinja-python.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { ALL_CATEGORIES, captureIo, jobRecords, makeJob } from '../helpers/output-job.js';


let dir: string;
let records: CanonicalRecord[];
let tmp: string;

beforeAll(async () => {
  dir = await makeJob('templates', { count: 60, mix: ALL_CATEGORIES });
  records = jobRecords(dir);
  tmp = tempDir('templates-out');
}, 120_000);

const steps = (r: CanonicalRecord): number[] => r.messages.flatMap((m) => (m.role === 'assistant' && m.tool_calls?.length ? [m.tool_calls.length] : []));
const withCalls = (): CanonicalRecord => records.find((r) => steps(r).length === 1 && steps(r)[0] === 1 && r.messages.some((m) => m.role === 'system'))!;
const parallel = (): CanonicalRecord => records.find((r) => steps(r).some((n) => n > 1))!;

/** Qwen2.5's template (built in), changed by `edit`, to make templates that lose something. */
function qwenWith(edit: (source: string) => string): ReturnType<typeof compileTemplate> {
  const qwen = builtinTemplates().find((t) => t.name === 'qwen2.5-instruct')!;
  const source = edit(qwen.source);
  expect(source).not.toBe(qwen.source);
  return compileTemplate('edited', source);
}

describe('built-in templates', () => {
  it('are real tool-use templates: Qwen2.5-Instruct, Qwen3, vLLM Llama 3.1 JSON', () => {
    expect(builtinTemplates().map((t) => t.name)).toEqual(['llama-3.1-json', 'qwen2.5-instruct', 'qwen3']);
  });

  it('keep every record of an export; Llama 3.1 takes one call per step, so a parallel step is not expressible there', () => {
    expect(parallel()).toBeDefined();
    for (const t of builtinTemplates()) {
      for (const r of records) {
        const c = checkRecord(t, r, { rationale: 'reasoning' });
        const expected = t.name === 'llama-3.1-json' && steps(r).some((n) => n > 1) ? 'not-expressible' : 'kept';
        expect([c.status, c.problems], `${t.name} ${r.id}`).toEqual([expected, expected === 'kept' ? [] : [expect.stringMatching(/several calls in one step: .*single tool-calls/)]]);
        if (c.status === 'kept') expect(c.form).toBe('object');
      }
    }
  });

  it('render each family in its own call syntax', () => {
    const r = withCalls();
    const call = r.messages.flatMap((m) => (m.role === 'assistant' ? (m.tool_calls ?? []) : []))[0];
    const view = { ...toChatMessages(r, { rationale: 'drop' }), bos_token: '<s>', eos_token: '</s>' };
    const [llama, qwen] = builtinTemplates().map((t) => t.render(view));
    expect(qwen).toContain(`<tool_call>\n{"name": "${call.function.name}", "arguments": {`);
    expect(qwen).toContain('<tool_response>');
    expect(llama).toContain(`{"name": "${call.function.name}", "parameters": {`);
    expect(llama).toContain('<|start_header_id|>ipython<|end_header_id|>');
  });
});

describe('what the check finds', () => {
  it('a template that raises: the record does not render', () => {
    const c = checkRecord(compileTemplate('raises', `{{ raise_exception('no tools here') }}`), withCalls(), { rationale: 'drop' });
    expect(c).toMatchObject({ status: 'lost', problems: ['does not render: TemplateError: no tools here'] });
  });

  it('a template that leaves out the calls, or the results', () => {
    const noCalls = qwenWith((s) => s.replace(/\{%- for tool_call in message\.tool_calls %\}[\s\S]*?\{%- endfor %\}/, ''));
    expect(checkRecord(noCalls, withCalls(), { rationale: 'drop' }).problems.join('\n')).toMatch(/the call to \w+ is not rendered/);
    const noResults = qwenWith((s) => s.replace("{{- message.content }}\n        {{- '\\n</tool_response>' }}", "{{- '\\n</tool_response>' }}"));
    expect(checkRecord(noResults, withCalls(), { rationale: 'drop' }).problems.join('\n')).toMatch(/the result of \w+ ".*" is not rendered/);
  });

  it('a template that drops the system prompt (as Mistral templates do when the last message is not the user\'s)', () => {
    const noSystem = qwenWith((s) => s.replace("{{- messages[0]['content'] }}", ''));
    expect(checkRecord(noSystem, withCalls(), { rationale: 'drop' }).problems.join('\n')).toMatch(/the system text ".*" is not rendered/);
  });

  it('a template that changes argument values: upper-cased, rounded, cut, or one value rewritten', () => {
    const values = (r: CanonicalRecord): unknown[] => {
      const out: unknown[] = [];
      const visit = (v: unknown): void => (Array.isArray(v) ? v.forEach(visit) : v !== null && typeof v === 'object' ? Object.values(v).forEach(visit) : void out.push(v));
      for (const m of r.messages) if (m.role === 'assistant') for (const c of m.tool_calls ?? []) visit(JSON.parse(c.function.arguments));
      return out;
    };
    const topValues = (r: CanonicalRecord): unknown[] =>
      r.messages.flatMap((m) => (m.role === 'assistant' ? (m.tool_calls ?? []).flatMap((c) => Object.values(JSON.parse(c.function.arguments) as object)) : []));
    const edits: [string, (r: CanonicalRecord) => boolean][] = [
      ['{{- tool_call.arguments | tojson | upper }}', (r) => values(r).length > 0],
      ["{% for k, v in tool_call.arguments.items() %}{{ k }}={{ v | round if v is float else v }} {% endfor %}", (r) => topValues(r).some((v) => typeof v === 'number' && !Number.isInteger(v))],
      ["{% for k, v in tool_call.arguments.items() %}{{ k }}={{ (v|string)[:5] }} {% endfor %}", (r) => values(r).some((v) => typeof v === 'string')],
      ["{{- tool_call.arguments | tojson | replace('a', 'e') }}", (r) => values(r).some((v) => typeof v === 'string' && v.includes('a'))],
    ];
    for (const [to, affected] of edits) {
      const altering = qwenWith((s) => s.replace('{{- tool_call.arguments | tojson }}', to));
      const hit = records.filter(affected);
      expect(hit.length, to).toBeGreaterThan(3);
      for (const r of hit) {
        const c = checkRecord(altering, r, { rationale: 'drop' });
        expect(c.status, `${to} ${r.id}`).toBe('lost');
        expect(c.problems.join('\n')).toMatch(/is rendered without (the name of argument|the value of) .*\(left out or changed\)|is not rendered as it is/);
      }
    }
  });

  it('arguments encoded twice (an object through tojson twice, or JSON text through tojson)', () => {
    const twice = qwenWith((s) => s.replace('{{- tool_call.arguments | tojson }}', '{{- tool_call.arguments | tojson | tojson }}'));
    expect(checkRecord(twice, withCalls(), { rationale: 'drop' }).problems.join('\n')).toMatch(/the arguments of \w+ are rendered as a JSON string \(encoded twice\)/);
  });

  it('a template that refuses several calls in one step: not expressible, not an error of the record', () => {
    const single = qwenWith((s) =>
      s.replace('{%- elif message.role == "assistant" %}', '{%- elif message.role == "assistant" %}\n{%- if message.tool_calls|length > 1 %}{{ raise_exception("one call at a time") }}{% endif %}'),
    );
    expect(checkRecord(single, parallel(), { rationale: 'drop' })).toMatchObject({ status: 'not-expressible', problems: ['several calls in one step: TemplateError: one call at a time'] });
    expect(checkRecord(single, withCalls(), { rationale: 'drop' }).status).toBe('kept');
  });

  it('a template written for JSON-text arguments (the OpenAI form, as Functionary\'s) keeps the records that way', () => {
    const text = qwenWith((s) => s.replace('{{- tool_call.arguments | tojson }}', '{{- tool_call.arguments }}'));
    // An object printed as it is would be a Python dict: the check goes on to JSON text, which this template writes as it is.
    const c = checkRecord(text, withCalls(), { rationale: 'drop' });
    expect([c.status, c.form]).toEqual(['kept', 'string']);
    const tally = new TemplateTally(text);
    tally.add(withCalls(), { rationale: 'drop' }, 'x');
    expect(tally.summary()).toMatch(/arguments as JSON text \(the OpenAI form\), as the export file holds them/);
  });

  it('the rationale: in reasoning_content Qwen3 renders it and Qwen2.5 leaves it out; as content Qwen2.5 renders it', () => {
    const [, qwen25, qwen3] = builtinTemplates();
    const single = records.filter((r) => r.messages.filter((m) => m.role === 'user').length === 1 && r.messages.some((m) => m.role === 'assistant' && m.reasoning));
    expect(single.length).toBeGreaterThan(5);
    for (const r of single) {
      expect(checkRecord(qwen3, r, { rationale: 'reasoning' }).rationale, r.id).toBe('kept');
      expect(checkRecord(qwen25, r, { rationale: 'reasoning' }).rationale, r.id).toBe('lost');
      expect(checkRecord(qwen25, r, { rationale: 'content' }).rationale, r.id).toBe('kept');
      expect(checkRecord(qwen25, r, { rationale: 'drop' }).rationale, r.id).toBe('none');
    }
    const tally = new TemplateTally(qwen25);
    for (const r of single) tally.add(r, { rationale: 'reasoning' }, 'x');
    expect(tally.summary()).toMatch(new RegExp(`leaves out the rationale of ${single.length} of ${single.length} records`));
    const asText = new TemplateTally(qwen25);
    for (const r of single) asText.add(r, { rationale: 'content' }, 'x');
    expect(asText.summary()).toMatch(new RegExp(`in ${single.length} records the rationale is rendered as the assistant's reply text before its calls`));
  });
});

describe('export --check-template', () => {
  it('exit 1 naming the template and the record; a tokenizer_config.json and several templates are read', async () => {
    const bad = join(tmp, 'bad.jinja');
    writeFileSync(bad, `{% for m in messages %}{{ m.role }}: {{ m.content }}\n{% endfor %}`);
    let io = captureIo();
    expect(await exportCommand({ dir, format: 'messages', out: join(tmp, 'a.jsonl'), rationale: 'reasoning', checkTemplate: bad, checkTemplates: false }, io)).toBe(1);
    expect(io.text()).toContain(`template ${bad}:`);
    expect(io.text()).toMatch(/toolforge-\d{6}\): .*the call to \w+ is not rendered/);
    const qwen = builtinTemplates().find((t) => t.name === 'qwen3')!;
    const config = join(tmp, 'tokenizer_config.json');
    writeFileSync(config, JSON.stringify({ chat_template: [{ name: 'default', template: '{{ messages[0].content }}' }, { name: 'tool_use', template: qwen.source }] }));
    expect(loadTemplateFile(config).source).toBe(qwen.source);
    io = captureIo();
    expect(await exportCommand({ dir, format: 'messages', out: join(tmp, 'b.jsonl'), rationale: 'reasoning', checkTemplate: [config, config] }, io)).toBe(0);
    expect(io.text().match(new RegExp(`template .*tokenizer_config.json: ${records.length}/${records.length} records render`, 'g'))).toHaveLength(2);
    expect(io.text()).toMatch(/template llama-3.1-json: \d+\/\d+ records render .*\n {2}\d+ records cannot be expressed in this template \(not an error of the records\)/);
  });

  it.each([
    ['loops 10^8 times', '{% for i in range(100000000) %}x{% endfor %}', 'more than 1000000 loop iterations and printed values in one rendering (limit: template steps)'],
    ['nests loops to 10^9 steps', '{% for i in range(1000) %}{% for j in range(1000) %}{% for k in range(1000) %}{% endfor %}{% endfor %}{% endfor %}', /(more than 1000000 loop iterations and printed values in one rendering \(limit: template steps\)|one rendering took longer than 2000 ms \(limit: template time\))/],
    ['doubles a string 40 times', "{% set s = 'xxxxxxxxxx' %}{% for i in range(40) %}{% set s = s ~ s %}{% endfor %}{{ s }}", 'more than 16000000 characters printed or built in one rendering (limit: template output)'],
  ])('a template that %s goes over its budget: exit 2 in seconds, naming template, record and limit, nothing written (issue 17)', async (_, source, limit) => {
    const hostile = join(tmp, 'hostile.jinja');
    writeFileSync(hostile, source);
    const out = join(tmp, 'hostile.jsonl');
    const io = captureIo();
    const t0 = Date.now();
    expect(await exportCommand({ dir, format: 'openai', out, rationale: 'drop', checkTemplate: hostile, checkTemplates: false }, io)).toBe(2);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(io.text()).toContain(`the chat template ${hostile} went over its budget: `);
    if (typeof limit === 'string') expect(io.text()).toContain(limit);
    else expect(io.text()).toMatch(limit); // on a loaded machine the time limit may come first
    expect(io.text()).toMatch(/\(rendering .*train-00000\.jsonl:1\); nothing was exported/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(tmp).filter((f) => f.startsWith('hostile.jsonl'))).toEqual([]);
  });

  it('through the built CLI, a template that loops 10^8 times exits 2 with one line (it died out of memory, exit 134)', async () => {
    const hostile = join(tmp, 'loop.jinja');
    writeFileSync(hostile, '{% for i in range(100000000) %}{{ i }}{% endfor %}');
    const r = await runCli(['export', dir, '--format', 'openai', '--out', join(tmp, 'loop.jsonl'), '--check-template', hostile, '--no-check-templates']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^toolforge export: the chat template .*loop\.jinja went over its budget: .*\(limit: template steps\) \(rendering .*\); nothing was exported\n$/);
  });

  it('the time budget stops a rendering that is slow without being long', () => {
    const slow = compilePythonTemplate('{% for i in range(500000) %}{% if i is number %}{% endif %}{% endfor %}', { maxMs: 1, maxSteps: 1e9, maxChars: 1e9 });
    expect(() => slow.render({})).toThrow(/one rendering took longer than 1 ms \(limit: template time\)/);
  });

  it('an unreadable or unparsable template is bad input (exit 2)', async () => {
    const broken = join(tmp, 'broken.jinja');
    writeFileSync(broken, '{% for m in messages %}{{ m.content }');
    const io = captureIo();
    expect(await exportCommand({ dir, format: 'openai', out: join(tmp, 'c.jsonl'), rationale: 'drop', checkTemplate: broken }, io)).toBe(2);
    expect(io.text()).toContain(broken);
  });
});
