import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { openJobView } from '../../pipeline/engine/job-view.js';
import { builtinTemplates, checkRecord, compileTemplate, loadTemplateFile } from '../../output/chat-template.js';
import { exportCommand } from '../../cli/commands/output.js';
import { jobShards } from '../../output/export.js';
import { parseRecordLine } from '../../output/hub-row.js';
import { toChatMessages } from '../../output/formats/index.js';
import type { CanonicalRecord } from '../../core/record.js';
import { tempDir } from '../helpers/cli.js';
import { captureIo, makeJob } from '../helpers/output-job.js';

let dir: string;
let records: CanonicalRecord[];
let tmp: string;

beforeAll(async () => {
  dir = await makeJob('templates');
  records = jobShards(openJobView(dir)).flatMap((s) => {
    const buf = readFileSync(join(dir, s.path));
    return (s.path.endsWith('.gz') ? gunzipSync(buf) : buf).toString().trim().split('\n').map(parseRecordLine);
  });
  tmp = tempDir('templates-out');
}, 120_000);

const render = (name: string, r: CanonicalRecord): string => {
  const t = builtinTemplates().find((x) => x.name === name)!;
  return t.render({ ...toChatMessages(r, { keepRationale: false }), bos_token: '<s>', eos_token: '</s>' });
};

describe('built-in chat templates', () => {
  it('are the three families, kept as fixtures', () => {
    expect(builtinTemplates().map((t) => t.name)).toEqual(['hermes-qwen2.5', 'llama-3.1-json', 'mistral-v0.3']);
  });

  it('render every exported record with all its calls and results', () => {
    const parallel = records.find((r) => r.messages.some((m) => m.role === 'assistant' && (m.tool_calls?.length ?? 0) > 1));
    expect(parallel).toBeDefined();
    for (const t of builtinTemplates()) {
      for (const r of records) expect(checkRecord(t, r, { keepRationale: true }).problems, `${t.name} ${r.id}`).toEqual([]);
    }
  });

  it('render each family in its own call syntax', () => {
    const r = records.find((x) => x.messages.some((m) => m.role === 'assistant' && m.tool_calls?.length === 1))!;
    const call = r.messages.flatMap((m) => (m.role === 'assistant' ? (m.tool_calls ?? []) : []))[0];
    const args = JSON.parse(call.function.arguments) as Record<string, unknown>;
    const hermes = render('hermes-qwen2.5', r);
    expect(hermes).toContain(`<tool_call>\n{"name": "${call.function.name}", "arguments": {`);
    expect(hermes).toContain('<tool_response>');
    expect(hermes).toContain('<tools>');
    const llama = render('llama-3.1-json', r);
    expect(llama).toContain(`{"name": "${call.function.name}", "parameters": {`);
    expect(llama).toContain('<|start_header_id|>ipython<|end_header_id|>');
    const mistral = render('mistral-v0.3', r);
    expect(mistral).toMatch(new RegExp(`\\[TOOL_CALLS\\] \\[\\{"name": "${call.function.name}", "arguments": \\{.*"id": "[A-Za-z0-9]{9}"\\}\\]`));
    expect(mistral).toContain('[AVAILABLE_TOOLS]');
    for (const key of Object.keys(args)) expect(hermes).toContain(`"${key}": `);
  });
});

describe('problems a template check finds', () => {
  const r = (): CanonicalRecord => records.find((x) => x.messages.some((m) => m.role === 'assistant' && m.tool_calls?.length))!;

  it('a template that raises', () => {
    const t = compileTemplate('raises', `{{ raise_exception('only one call per turn') }}`);
    expect(checkRecord(t, r(), { keepRationale: false }).problems[0]).toMatch(/does not render: only one call per turn/);
  });

  it('a template that leaves the calls out', () => {
    const t = compileTemplate('no-calls', `{% for m in messages %}{{ m.role }}: {{ m.content }}\n{% endfor %}`);
    const problems = checkRecord(t, r(), { keepRationale: false }).problems;
    expect(problems.join('\n')).toMatch(/the call to \w+ is missing|is rendered 0 of/);
  });

  it('arguments encoded twice (a string through tojson)', () => {
    const t = compileTemplate(
      'twice',
      `{% for m in messages %}{% if m.tool_calls %}{% for c in m.tool_calls %}{"name": "{{ c.function.name }}", "arguments": {{ c.function.arguments | tojson | tojson }}}{% endfor %}{% else %}{{ m.content }}{% endif %}\n{% endfor %}`,
    );
    expect(checkRecord(t, r(), { keepRationale: false }).problems.join('\n')).toMatch(/rendered as a JSON string \(encoded twice\)/);
  });

  it('export --check-template FILE: exit 1 naming the template and the record; a tokenizer_config.json is read too', async () => {
    const bad = join(tmp, 'bad.jinja');
    writeFileSync(bad, `{% for m in messages %}{{ m.role }}: {{ m.content }}\n{% endfor %}`);
    let io = captureIo();
    expect(await exportCommand({ dir, format: 'messages', out: join(tmp, 'a.jsonl'), keepRationale: false, checkTemplate: bad }, io)).toBe(1);
    expect(io.text()).toContain(`template ${bad}:`);
    expect(io.text()).toMatch(/toolforge-\d{6}\): the call to/);
    const hermes = builtinTemplates().find((t) => t.name === 'hermes-qwen2.5')!;
    const config = join(tmp, 'tokenizer_config.json');
    writeFileSync(config, JSON.stringify({ chat_template: [{ name: 'default', template: '{{ messages[0].content }}' }, { name: 'tool_use', template: hermes.source }] }));
    expect(loadTemplateFile(config).source).toBe(hermes.source);
    io = captureIo();
    expect(await exportCommand({ dir, format: 'messages', out: join(tmp, 'b.jsonl'), keepRationale: false, checkTemplate: config }, io)).toBe(0);
    expect(io.text()).toMatch(new RegExp(`template .*tokenizer_config.json: ${records.length}/${records.length} records render`));
  });

  it('an unreadable or unparsable template is bad input (exit 2)', async () => {
    const broken = join(tmp, 'broken.jinja');
    writeFileSync(broken, '{% for m in messages %}{{ m.content }');
    const io = captureIo();
    expect(await exportCommand({ dir, format: 'openai', out: join(tmp, 'c.jsonl'), keepRationale: false, checkTemplate: broken }, io)).toBe(2);
    expect(io.text()).toContain(broken);
  });
});
