import { toToolName } from '../../api-pool/import/names.js';
import { convertParameters } from '../../api-pool/import/tool-file/python-schema.js';
import type { ToolDefinition } from '../../core/record.js';
import { schemaBoundsProblem } from '../../core/schema-bounds.js';
import { isObj, parseMaybeJson, RowError, type Obj } from './read-row.js';

/**
 * Tool docs of a row as tool definitions, and the map from source names to tool names. Types
 * such as BFCL's and xLAM's (`dict`, `float`, ...) become JSON Schema as the pool importer does,
 * and names OpenAI refuses (`math.factorial`) are mapped the same way. The list, and each
 * tool's parameters, may be JSON strings, as Hub datasets keep them so every row has one type.
 */
/**
 * Distinct tools kept as one definition object each, by name (bounded: a file of ever-new tools
 * does not grow it without end). The name is the key and the description is compared, not
 * joined to it: a key of both is a new long string to hash on every row.
 */
const INTERNED = new Map<string, { readonly description: string; readonly given: unknown; readonly def: ToolDefinition }[]>();
const INTERNED_MAX = 8192;
/** Definitions kept per name (of one name, several descriptions or parameters). */
const PER_NAME_MAX = 16;

/** Whether two JSON values are the same (objects by their keys and values, in any order). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!Object.prototype.hasOwnProperty.call(b, k) || !sameValue((a as Obj)[k], (b as Obj)[k])) return false;
  return true;
}

/** A tool doc as a definition: its parameters converted to JSON Schema as the pool importer does. */
function definition(f: Obj, name: string): ToolDefinition {
  const given = parseMaybeJson(f.parameters, `parameters of tool ${String(f.name)}`);
  // Before anything recursive reads it (conversion, validation, the rules), as pool import does.
  const tooBig = schemaBoundsProblem(given);
  if (tooBig !== undefined) throw new RowError(`parameters of tool ${String(f.name)}: ${tooBig}`);
  let parameters: Obj;
  try {
    parameters = convertParameters(given ?? { type: 'object', properties: {} }, '/parameters') as unknown as Obj;
  } catch {
    parameters = isObj(given) ? given : {}; // the rules report what is wrong with it
  }
  return { type: 'function', function: { name, description: typeof f.description === 'string' ? f.description : '', parameters } };
}

export class Toolset {
  readonly defs: ToolDefinition[] = [];
  readonly names = new Map<string, string>();

  constructor(given: unknown) {
    const docs = parseMaybeJson(given, 'tools');
    const list = docs === undefined || docs === null ? [] : Array.isArray(docs) ? docs : [docs];
    const used = new Set<string>();
    for (const d of list) {
      const f = isObj(d) && d.type === 'function' && isObj(d.function) ? d.function : d;
      if (!isObj(f) || typeof f.name !== 'string') throw new RowError('a tool is not a function doc with a name');
      let name = toToolName(f.name);
      for (let i = 2; used.has(name); i++) name = `${toToolName(f.name).slice(0, 60)}_${i}`;
      used.add(name);
      this.names.set(f.name, name);
      // One definition object per distinct tool across the rows of a file: the rules' per-tool
      // work (validation, parameter words, compiled validators) is then cached by object.
      // Found by name and description, then the same parameters (compared, not serialised).
      const description = typeof f.description === 'string' ? f.description : '';
      let seen = INTERNED.get(name);
      let def: ToolDefinition | undefined;
      if (seen) for (const s of seen) if (s.description === description && sameValue(s.given, f.parameters)) {
        def = s.def;
        break;
      }
      if (!def) {
        def = definition(f, name);
        if (INTERNED.size >= INTERNED_MAX) INTERNED.clear();
        if (!seen) INTERNED.set(name, (seen = []));
        if (seen.length < PER_NAME_MAX) seen.push({ description, given: f.parameters, def });
      }
      this.defs.push(def);
    }
  }

  name(source: string): string {
    return this.names.get(source) ?? source;
  }
}
