/**
 * The rule layer: cheap, deterministic checks every record goes through before any model
 * judge sees it. Each failed rule is one Check with a stable id (RULE_IDS) and a pointer into
 * the record (`at.message` = index in messages, `at.call` = index in that message's
 * tool_calls). A record is accepted when no rule fails.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { ToolPool } from '../api-pool/types.js';
import type { CanonicalRecord, Check, Message, Verdict } from '../output/record.js';

export const RULE_IDS = [
  'args.json',
  'args.schema',
  'call.unknown-tool',
  'structure.unanswered-call',
  'structure.duplicate-answer',
  'structure.orphan-tool-message',
  'structure.role-order',
  'category.irrelevance-call',
  'category.parallel-count',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

// ajv-formats is CommonJS; under NodeNext its default export is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);

/**
 * Compiled validators. Compiling costs ~1000x a validation, so they are cached: by identity
 * of the parameters object (records built in-process share their pool's objects), then by
 * name + JSON of the parameters (records read back from disk).
 */
const byObject = new WeakMap<object, ValidateFunction>();
const byKey = new Map<string, ValidateFunction>();

function validatorFor(name: string, parameters: Record<string, unknown>): ValidateFunction {
  let v = byObject.get(parameters);
  if (v) return v;
  const key = `${name}\u0000${JSON.stringify(parameters)}`;
  v = byKey.get(key);
  if (!v) {
    try {
      v = ajv.compile(parameters);
    } catch (err) {
      // A schema ajv cannot compile rejects every call to that tool, with the reason.
      const message = err instanceof Error ? err.message : String(err);
      const fail = (() => false) as unknown as ValidateFunction;
      fail.errors = [{ instancePath: '', schemaPath: '#', keyword: 'schema', params: {}, message: `tool schema does not compile: ${message}` }];
      v = fail;
    }
    byKey.set(key, v);
  }
  byObject.set(parameters, v);
  return v;
}

function describeErrors(v: ValidateFunction): string {
  return (v.errors ?? [])
    .map((e) => {
      const extra =
        e.keyword === 'additionalProperties'
          ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})`
          : e.keyword === 'enum'
            ? ` (${JSON.stringify((e.params as { allowedValues?: unknown }).allowedValues)})`
            : '';
      return `${e.instancePath || '/'} ${e.message ?? e.keyword}${extra}`;
    })
    .join('; ');
}

/** Run every rule on a record. `pool` is reserved for rules that need more than the record. */
export function verifyRecord(record: CanonicalRecord, _pool?: ToolPool): Verdict {
  const checks: Check[] = [];
  const messages = record.messages;
  const tools = new Map<string, Record<string, unknown>>();
  for (const t of record.tools) tools.set(t.function.name, t.function.parameters);

  const callIds = new Set<string>();
  const answered = new Map<string, number>();
  let callCount = 0;
  let maxCallsInTurn = 0;
  let firstCallAt: { message: number; call: number } | undefined;
  let prev: Message | undefined;
  let sawUser = false;

  for (let mi = 0; mi < messages.length; mi++) {
    const m = messages[mi];
    // structure.role-order
    if (m.role === 'system' && mi !== 0) {
      checks.push({ rule: 'structure.role-order', message: 'system message is not the first message', at: { message: mi } });
    } else if (m.role === 'user' && prev?.role === 'user') {
      checks.push({ rule: 'structure.role-order', message: 'two user messages in a row without an assistant reply', at: { message: mi } });
    } else if (m.role === 'tool' && !(prev?.role === 'tool' || (prev?.role === 'assistant' && (prev.tool_calls?.length ?? 0) > 0))) {
      checks.push({ rule: 'structure.role-order', message: 'tool message not after an assistant tool call or another tool message', at: { message: mi } });
    } else if ((m.role === 'assistant' || m.role === 'tool') && !sawUser) {
      checks.push({ rule: 'structure.role-order', message: `${m.role} message before any user message`, at: { message: mi } });
    }
    if (m.role === 'user') sawUser = true;

    if (m.role === 'assistant' && m.tool_calls && m.tool_calls.length > 0) {
      maxCallsInTurn = Math.max(maxCallsInTurn, m.tool_calls.length);
      for (let ci = 0; ci < m.tool_calls.length; ci++) {
        const call = m.tool_calls[ci];
        const at = { message: mi, call: ci };
        callCount++;
        firstCallAt ??= at;
        callIds.add(call.id);
        const name = call.function.name;
        const parameters = tools.get(name);
        if (parameters === undefined) {
          checks.push({ rule: 'call.unknown-tool', message: `tool ${JSON.stringify(name)} is not in the record's tools`, at });
        }
        let args: unknown;
        try {
          args = JSON.parse(call.function.arguments);
        } catch (err) {
          const why = err instanceof Error ? err.message : String(err);
          checks.push({ rule: 'args.json', message: `arguments of ${name} are not valid JSON: ${why}`, at });
          continue;
        }
        if (args === null || typeof args !== 'object' || Array.isArray(args)) {
          checks.push({ rule: 'args.json', message: `arguments of ${name} are not a JSON object`, at });
          continue;
        }
        if (parameters === undefined) continue;
        const validate = validatorFor(name, parameters);
        if (!validate(args)) {
          checks.push({ rule: 'args.schema', message: `arguments of ${name} do not match its parameters: ${describeErrors(validate)}`, at });
        }
      }
    } else if (m.role === 'tool') {
      const id = m.tool_call_id;
      if (!callIds.has(id)) {
        checks.push({ rule: 'structure.orphan-tool-message', message: `tool message answers no earlier call (tool_call_id ${JSON.stringify(id)})`, at: { message: mi } });
      } else if (answered.has(id)) {
        checks.push({ rule: 'structure.duplicate-answer', message: `call ${id} is answered more than once`, at: { message: mi } });
      } else answered.set(id, mi);
    }
    prev = m;
  }

  if (messages.length === 0 || messages[messages.length - 1].role !== 'assistant') {
    checks.push({
      rule: 'structure.role-order',
      message: `the dialogue ends with ${messages.length === 0 ? 'no message' : `a ${messages[messages.length - 1].role} message`}, not an assistant message`,
      at: { message: Math.max(0, messages.length - 1) },
    });
  }

  if (answered.size < callIds.size) {
    for (let mi = 0; mi < messages.length; mi++) {
      const m = messages[mi];
      if (m.role !== 'assistant' || !m.tool_calls) continue;
      for (let ci = 0; ci < m.tool_calls.length; ci++) {
        if (!answered.has(m.tool_calls[ci].id)) {
          checks.push({ rule: 'structure.unanswered-call', message: `call ${m.tool_calls[ci].id} has no tool answer`, at: { message: mi, call: ci } });
        }
      }
    }
  }

  const category = record.meta.category;
  if (category === 'irrelevance' && callCount > 0) {
    checks.push({ rule: 'category.irrelevance-call', message: `irrelevance item makes ${callCount} tool call(s); it should call nothing`, at: firstCallAt });
  }
  if ((category === 'parallel' || category === 'parallel-multiple') && maxCallsInTurn < 2) {
    checks.push({
      rule: 'category.parallel-count',
      message: `parallel item has at most ${maxCallsInTurn} call(s) in one assistant turn; it needs 2 or more`,
      at: firstCallAt ? { message: firstCallAt.message } : {},
    });
  }

  return { accepted: checks.length === 0, checks };
}
