/**
 * A parameter that picks the result's fields (`fields: ["reviews", "opening_hours"]`,
 * `properties: [...]`, `metrics`, `include`, `append`): the result holds every field asked for
 * and none of the others the parameter could have asked for (fields it cannot ask for, such as
 * the id and the name, stay). A result that leaves out what was asked, or answers with what was
 * not, ignores the request. A flag including a part (`include_payments: false`) leaves it out.
 */
import { requiredOf } from '../../values/schema.js';
import { generateValue, type Schema } from '../../values/values.js';
import type { Obj, Rule } from './call-context.js';
import { snake, tokens } from './names.js';

/** Names of parameters that pick the fields of the result. */
const PICKS = /^(fields|properties|include|include_fields|expand|select|attributes|return_fields|output_fields|append|append_to_response|metrics)$/;

/** The body's key a choice names: the same name, or the one key holding all its words ("smiles" -> canonical_smiles). */
function keyOf(choice: string, keys: readonly string[]): string | undefined {
  const c = snake(choice);
  const exact = keys.find((k) => snake(k) === c);
  if (exact) return exact;
  const words = tokens(c);
  const holding = keys.filter((k) => {
    const kw = new Set(tokens(snake(k)));
    return words.length > 0 && words.every((w) => kw.has(w));
  });
  return holding.length === 1 ? holding[0] : undefined;
}

export function fieldsRule(params: Schema, body: Schema): Rule | undefined {
  const picks = picksRule(params, body);
  const flags = includeRule(params, body);
  return picks && flags ? (out, c) => (picks(out, c), flags(out, c)) : (picks ?? flags);
}

/**
 * A flag that includes a part of the result (`include_payments: false`, `with_documents`,
 * `add_video_conference`): false leaves the part out (an empty list where the result must hold
 * it), true puts it in.
 */
function includeRule(params: Schema, body: Schema): Rule | undefined {
  const pp = (params.properties ?? {}) as Record<string, Schema>;
  const bp = (body.properties ?? {}) as Record<string, Schema>;
  const keys = Object.keys(bp);
  const required = requiredOf(body);
  const flags: [string, string][] = [];
  for (const [param, s] of Object.entries(pp)) {
    const m = /^(include|with|show|return|add)_(.+)$/.exec(snake(param));
    if (!m || s.type !== 'boolean') continue;
    const part = m[2];
    // What a call adds is named by its last word where the whole is not (add_video_conference: conference_url).
    const k = keyOf(part, keys) ?? keyOf(part.replace(/s$/, ''), keys) ?? keyOf(`${part}s`, keys) ?? (m[1] === 'add' ? keyOf(tokens(part).at(-1) ?? part, keys) : undefined);
    if (k) flags.push([param, k]);
  }
  if (flags.length === 0) return undefined;
  return (out, c) => {
    for (const [param, k] of flags) {
      const asked = c.args[param] ?? pp[param].default;
      if (asked === false) {
        if (!required.has(k)) delete out[k];
        else if (Array.isArray(out[k])) out[k] = [];
      } else if (asked === true && out[k] === undefined) out[k] = generateValue(bp[k], c.rng, k, -1, { world: c.world, api: c.api, inResult: true });
    }
  };
}

function picksRule(params: Schema, body: Schema): Rule | undefined {
  const pp = (params.properties ?? {}) as Record<string, Schema>;
  const bp = (body.properties ?? {}) as Record<string, Schema>;
  const keys = Object.keys(bp);
  const required = requiredOf(body);
  for (const [param, s] of Object.entries(pp)) {
    if (!PICKS.test(snake(param))) continue;
    const choices = ((s.items as Schema | undefined)?.enum ?? s.enum) as unknown[] | undefined;
    if (!Array.isArray(choices)) continue;
    const byChoice = new Map<string, string>();
    for (const ch of choices) {
      const k = typeof ch === 'string' ? keyOf(ch, keys) : undefined;
      if (k) byChoice.set(ch as string, k);
    }
    if (byChoice.size === 0) continue;
    const pickable = new Set(byChoice.values());
    return (out: Obj, c) => {
      const asked = c.args[param];
      const list = Array.isArray(asked) ? asked : typeof asked === 'string' ? asked.split(/\s*,\s*/) : undefined;
      if (!list) return;
      const want = new Set(list.flatMap((v) => (typeof v === 'string' && byChoice.has(v) ? [byChoice.get(v)!] : [])));
      for (const k of pickable) {
        if (want.has(k)) {
          if (out[k] === undefined) out[k] = generateValue(bp[k], c.rng, k, -1, { world: c.world, api: c.api, inResult: true });
        } else if (!required.has(k)) delete out[k];
      }
    };
  }
  return undefined;
}
