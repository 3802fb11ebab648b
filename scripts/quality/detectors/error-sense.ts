/**
 * Class 28: a tool error that cannot be: "No record matches name Home playlist" for a playlist
 * being created, "no record matches amount 944" for a payment. Only a thing looked up by its
 * identifier can be missing. Judged on error answers that name the argument they are about
 * (param): a not-found one must be about an identifier (an id, a code, a number, a reference, a
 * symbol, a SKU).
 */
import { finding, judgeAll, type Detector, type Finding } from '../detector.js';
import { show, words } from '../fields.js';
import { isObject, type CallView } from '../record-view.js';

const ID_WORDS = new Set(['id', 'ids', 'code', 'number', 'ref', 'reference', 'symbol', 'sku', 'slug', 'handle', 'username', 'email', 'key', 'uuid', 'isbn', 'sha', 'msisdn', 'iban']);

export function errorSenseFinding(call: CallView): Finding | undefined {
  if (!call.failed || !isObject(call.result) || !isObject(call.result.error)) return undefined;
  const e = call.result.error;
  const notFound = e.code === 'NOT_FOUND' || e.status === 404;
  if (typeof e.param !== 'string') return undefined;
  const w = words(e.param);
  return finding(!notFound || w.some((x) => ID_WORDS.has(x)) ? undefined : `${call.name}: not found for ${e.param} ${show(call.args[e.param])}, which is no identifier`);
}

export const errorSense: Detector = {
  key: 'error-sense',
  title: 'a not-found error about an argument that is no identifier',
  check: (view) => judgeAll(view.calls, errorSenseFinding),
};
