import type { CanonicalRecord } from '../core/record.js';

const toolJsonCache = new WeakMap<object, string>();

/**
 * JSON.stringify(record), byte for byte, with each tool definition serialised once: the records
 * of a job share their pool's definition objects (which nothing mutates), and the tools are
 * over half of a record's bytes.
 */
export function recordJson(record: CanonicalRecord): string {
  let out = '';
  for (const [key, value] of Object.entries(record)) {
    let json: string | undefined;
    if (key === 'tools' && Array.isArray(value)) {
      json = `[${value
        .map((t: unknown) => {
          if (t === null || typeof t !== 'object') return JSON.stringify(t) ?? 'null';
          let j = toolJsonCache.get(t);
          if (j === undefined) {
            j = JSON.stringify(t);
            toolJsonCache.set(t, j);
          }
          return j;
        })
        .join(',')}]`;
    } else json = JSON.stringify(value);
    if (json === undefined) continue;
    out += `${out === '' ? '' : ','}${JSON.stringify(key)}:${json}`;
  }
  return `{${out}}`;
}
