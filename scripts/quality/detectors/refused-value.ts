/**
 * Class 95: a tool refusing a value it takes: "The units metric is not valid" for one of the
 * parameter's own choices, "The zone GB is not valid", no record for the currency EUR, "The query
 * voter registration is not valid". A service can fail to know an identifier it hands out (an
 * order id, a discount code); it cannot call one of its schema's choices, a real code or a free
 * text unknown or malformed. Judged on error answers; those refusing (not-found or invalid-input)
 * the argument they name (param) are read.
 */
import { finding, judgeAll, type Detector, type Finding } from '../detector.js';
import { show, words } from '../fields.js';
import { isObject, paramSchema, type CallView } from '../record-view.js';
import { badCode, codeKind } from './codes.js';

const FREE_TEXT = new Set(['query', 'q', 'title', 'text', 'message', 'keyword', 'keywords', 'topic', 'comment', 'note', 'notes', 'description', 'search', 'body', 'subject', 'caption', 'content']);

export function refusedValueFinding(call: CallView): Finding | undefined {
  if (!call.failed || !isObject(call.result) || !isObject(call.result.error)) return undefined;
  const e = call.result.error;
  const code = String(e.code ?? '');
  const refused = /NOT_FOUND|INVALID|BAD_REQUEST/i.test(code) || e.status === 404 || e.status === 400;
  const v = typeof e.param === 'string' ? call.args[e.param] : undefined;
  if (!refused || typeof e.param !== 'string' || (typeof v !== 'string' && typeof v !== 'number')) return finding(undefined);
  const what = `${call.name}: ${code || String(e.status)} for ${e.param} ${show(v)}`;
  const choices = paramSchema(call.def, e.param)?.enum;
  if (Array.isArray(choices) && choices.includes(v)) return finding(`${what}, one of the parameter's own choices`);
  const kind = codeKind(e.param, call.name);
  if (kind !== undefined && typeof v === 'string' && badCode(kind, v) === undefined) return finding(`${what}, a real ${kind}`);
  const w = words(e.param);
  if (FREE_TEXT.has(w[w.length - 1])) return finding(`${what}, a free text`);
  return finding(undefined);
}

export const refusedValue: Detector = {
  key: 'refused-value',
  title: 'a tool refusing a value it takes ("the units metric is not valid", "the zone GB is not valid")',
  check: (view) => judgeAll(view.calls, refusedValueFinding),
};
