import { toToolName } from '../../api-pool/import/names.js';
import { convertParameters } from '../../api-pool/import/tool-file/python-schema.js';
import type { ToolDefinition } from '../../core/record.js';
import { isObj, parseMaybeJson, RowError, type Obj } from './read-row.js';

/**
 * Tool docs of a row as tool definitions, and the map from source names to tool names. Types
 * such as BFCL's and xLAM's (`dict`, `float`, ...) become JSON Schema as the pool importer does,
 * and names OpenAI refuses (`math.factorial`) are mapped the same way. The list, and each
 * tool's parameters, may be JSON strings, as Hub datasets keep them so every row has one type.
 */
/** Distinct tools kept as one definition object each (bounded: a file of ever-new tools does not grow it without end). */
const INTERNED = new Map<string, ToolDefinition>();
const INTERNED_MAX = 8192;

/** A tool doc as a definition: its parameters converted to JSON Schema as the pool importer does. */
function definition(f: Obj, name: string): ToolDefinition {
  const given = parseMaybeJson(f.parameters, `parameters of tool ${String(f.name)}`);
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
      const key = `${name}\u0000${JSON.stringify(f)}`;
      let def = INTERNED.get(key);
      if (!def) {
        def = definition(f, name);
        if (INTERNED.size >= INTERNED_MAX) INTERNED.clear();
        INTERNED.set(key, def);
      }
      this.defs.push(def);
    }
  }

  name(source: string): string {
    return this.names.get(source) ?? source;
  }
}
