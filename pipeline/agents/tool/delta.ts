/**
 * A change by an amount adds up: an inventory adjusted by `delta: -4` from a previous quantity
 * of 6 leaves 2, not 5. A result holding a previous value (previous_quantity, old_balance) and
 * the value after (available_quantity, new_balance, quantity) of a call with a signed change
 * (delta, change, adjustment, quantity_change) gets the value after as the previous one plus the
 * change; where that would leave the field's bounds, the previous one is moved instead.
 */
import { inBounds, type Schema } from '../../values/values.js';
import type { Obj, Rule } from './call-context.js';
import { snake } from './names.js';

const DELTA_ARG = /^(delta|change|adjustment|quantity_change|quantity_delta|adjust_by|amount_change)$/;
const BEFORE = /^(previous|old|prior|before)_(.+)$/;

export function deltaRule(params: Schema, body: Schema): Rule | undefined {
  const pp = (params.properties ?? {}) as Record<string, Schema>;
  const bp = (body.properties ?? {}) as Record<string, Schema>;
  const arg = Object.keys(pp).find((k) => DELTA_ARG.test(snake(k)) && (pp[k].type === 'integer' || pp[k].type === 'number'));
  if (!arg) return undefined;
  const pairs: [string, string][] = [];
  for (const k of Object.keys(bp)) {
    const m = BEFORE.exec(snake(k));
    if (!m) continue;
    const stem = m[2];
    const after = Object.keys(bp).find((a) => a !== k && !BEFORE.test(snake(a)) && new RegExp(`^((new|current|available|updated|resulting|on_hand)_)?${stem}$`).test(snake(a)));
    if (after) pairs.push([k, after]);
  }
  if (pairs.length === 0) return undefined;
  return (out: Obj, c) => {
    const d = c.args[arg];
    if (typeof d !== 'number') return;
    for (const [before, after] of pairs) {
      const b = out[before];
      if (typeof b !== 'number' || typeof out[after] !== 'number') continue;
      const next = Math.round((b + d) * 100) / 100;
      if (inBounds(bp[after], next)) out[after] = next;
      else {
        // Move the previous value so that the change still adds up, within both bounds.
        const lo = typeof bp[after].minimum === 'number' ? (bp[after].minimum as number) : 0;
        const prev = Math.round((lo + Math.abs(d) - d) * 100) / 100;
        if (inBounds(bp[before], prev) && inBounds(bp[after], prev + d)) {
          out[before] = prev;
          out[after] = Math.round((prev + d) * 100) / 100;
        }
      }
    }
  };
}
