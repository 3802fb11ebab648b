/**
 * One thing keeps its name through a dialogue: the course a search listed as "Linear Algebra
 * Fundamentals" (course_id AHGAVWKI) is not "Principles of Microeconomics" in the grades the
 * next call returns for AHGAVWKI. The memory holds, per identifier value an earlier result gave
 * (course_id, job_id, event_id, id...), the object's own name (name, title, display_name, or
 * <stem>_name / <stem>_title for a <stem>_id), and gives a later result's object holding the same
 * identifier that name, unless the call itself sets it (an update's new title). Results of the
 * tool agent are shared (its cache), so a changed result is a copy.
 */
import type { Schema } from '../../values/values.js';

type Obj = Record<string, unknown>;

const ID_KEY = /^(?:(.+?)_)?id$/;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The object's identifier keys with their stems (course_id -> course, id -> ''). */
function idKeys(o: Obj): [string, string][] {
  const out: [string, string][] = [];
  for (const k in o) {
    const m = ID_KEY.exec(k.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase());
    if (m && typeof o[k] === 'string' && (o[k] as string).length >= 4) out.push([k, m[1] ?? '']);
  }
  return out;
}

/** The key holding the object's own name, for the identifier of stem `stem`. */
function nameKey(o: Obj, stem: string): string | undefined {
  const own = ['name', 'title', 'display_name', ...(stem ? [`${stem}_name`, `${stem}_title`] : [])];
  return own.find((k) => typeof o[k] === 'string');
}

function fits(s: Schema | undefined, v: string): boolean {
  if (!s) return true;
  if (Array.isArray(s.enum) || typeof s.pattern === 'string') return false;
  return typeof s.maxLength !== 'number' || v.length <= s.maxLength;
}

export class EntityMemory {
  private readonly names = new Map<string, string>();

  /** `result` with every object naming an identifier an earlier result named, named as then (a copy when anything changes). */
  agree(result: unknown, returns: Schema | undefined, args: Readonly<Obj> = {}): unknown {
    if (this.names.size === 0) return result;
    // A name the call sets (an update's new title) is the call's, not the memory's.
    const sent = new Set<unknown>();
    const said = (o: Readonly<Obj>, depth: number): void => {
      for (const k in o) {
        const v = o[k];
        if (typeof v === 'string') sent.add(v);
        else if (isObj(v) && depth < 2) said(v, depth + 1);
      }
    };
    said(args, 0);
    const free = (o: Obj, nk: string): boolean => !sent.has(o[nk]);
    let copy: unknown;
    const fix = (v: unknown, s: Schema | undefined, depth: number): boolean => {
      if (depth > 5 || v === null || typeof v !== 'object') return false;
      if (Array.isArray(v)) return v.some((x) => fix(x, s?.items as Schema | undefined, depth + 1));
      const o = v as Obj;
      const props = (s?.properties ?? {}) as Record<string, Schema>;
      for (const [k, stem] of idKeys(o)) {
        const known = this.names.get(o[k] as string);
        const nk = nameKey(o, stem);
        if (known !== undefined && nk !== undefined && o[nk] !== known && free(o, nk) && fits(props[nk], known)) return true;
      }
      return Object.keys(o).some((k) => fix(o[k], props[k], depth + 1));
    };
    if (!fix(result, returns, 0)) return result;
    copy = structuredClone(result);
    const apply = (v: unknown, s: Schema | undefined, depth: number): void => {
      if (depth > 5 || v === null || typeof v !== 'object') return;
      if (Array.isArray(v)) {
        for (const x of v) apply(x, s?.items as Schema | undefined, depth + 1);
        return;
      }
      const o = v as Obj;
      const props = (s?.properties ?? {}) as Record<string, Schema>;
      for (const [k, stem] of idKeys(o)) {
        const known = this.names.get(o[k] as string);
        const nk = nameKey(o, stem);
        if (known !== undefined && nk !== undefined && free(o, nk) && fits(props[nk], known)) o[nk] = known;
      }
      for (const k in o) apply(o[k], props[k], depth + 1);
    };
    apply(copy, returns, 0);
    return copy;
  }

  /** Takes note of the names `result` gives its identifiers (after agree: a rename the call made is the name from then on). */
  remember(result: unknown, depth = 0): void {
    if (depth > 5 || result === null || typeof result !== 'object') return;
    if (Array.isArray(result)) {
      for (const x of result) this.remember(x, depth + 1);
      return;
    }
    const o = result as Obj;
    if ('error' in o && depth === 0 && isObj(o.error)) return;
    for (const [k, stem] of idKeys(o)) {
      const nk = nameKey(o, stem);
      if (nk !== undefined) this.names.set(o[k] as string, o[nk] as string);
    }
    for (const k in o) this.remember(o[k], depth + 1);
  }
}
