/** Schema merging for OpenAPI: `allOf` members folded into one schema, 3.0's `nullable` as a type union. */
import { isObject, type Json } from '../json.js';

/** Merge `allOf` members into the schema: properties and required unioned, other keys combined. */
export function mergeAllOf(s: Json): Json {
  const { allOf, ...rest } = s;
  const members = (allOf as unknown[]).filter(isObject);
  let merged: Json = {};
  for (const m of [...members, rest]) merged = mergeTwo(merged, m);
  if (members.length !== (allOf as unknown[]).length) {
    // boolean members: `false` makes the schema impossible; `true` adds nothing.
    if ((allOf as unknown[]).includes(false)) merged.not = {};
  }
  return merged;
}

function mergeTwo(a: Json, b: Json): Json {
  const out: Json = { ...a };
  for (const [k, v] of Object.entries(b)) {
    if (out[k] === undefined) {
      out[k] = v;
    } else if (k === 'properties' && isObject(out[k]) && isObject(v)) {
      const props: Json = { ...(out[k] as Json) };
      for (const [name, sub] of Object.entries(v)) {
        props[name] = isObject(props[name]) && isObject(sub) ? mergeTwo(props[name] as Json, sub) : sub;
      }
      out[k] = props;
    } else if (k === 'required' && Array.isArray(out[k]) && Array.isArray(v)) {
      out[k] = [...new Set([...(out[k] as unknown[]), ...v])];
    } else if (k === 'type') {
      const ta = Array.isArray(out.type) ? out.type : [out.type];
      const tb = Array.isArray(v) ? v : [v];
      let both = ta.filter((t) => tb.includes(t));
      if (both.length === 0 && ta.includes('number') && tb.includes('integer')) both = ['integer'];
      if (both.length === 0 && tb.includes('number') && ta.includes('integer')) both = ['integer'];
      out.type = both.length === 1 ? both[0] : both.length === 0 ? v : both;
    } else if (k === 'allOf' && Array.isArray(out[k]) && Array.isArray(v)) {
      out[k] = [...(out[k] as unknown[]), ...v];
    } else {
      out[k] = v; // later member wins (description, format, ...)
    }
  }
  return out;
}

export function makeNullable(s: Json): Json {
  if (typeof s.type === 'string') {
    const out: Json = { ...s, type: [s.type, 'null'] };
    if (Array.isArray(s.enum) && !s.enum.includes(null)) out.enum = [...s.enum, null];
    return out;
  }
  if (Array.isArray(s.type)) return s.type.includes('null') ? s : { ...s, type: [...s.type, 'null'] };
  if (Object.keys(s).length === 0) return s;
  return { anyOf: [s, { type: 'null' }] };
}
