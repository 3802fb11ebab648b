/**
 * tools.*: the record's tool definitions are valid tools (the pool's validator, validateApi:
 * meta-schema, OpenAI name rules, `required` ⊆ `properties`, descriptions, enums, defaults).
 * A default that is not a value of its own schema ("N/A" outside the enum, "5 years" for an
 * integer) is `tools.default`, reported on the tool: the tool is still usable, so its calls are
 * still checked against it and the verdict says whether they are valid too. A broken schema
 * (`tools.schema`, `tools.required`) leaves its calls unchecked: there is nothing sound to
 * check them against.
 * Results are cached per definition object, per parameters object and per name + JSON, and a definition that is the
 * pool's own API (already validated when the pool was built) is not checked again.
 */
import type { ApiSpec } from '../../api-pool/types.js';
import { TOOL_NAME_PATTERN, validateApi, type ApiIssue } from '../../api-pool/validate.js';
import type { RuleId } from '../rule-ids.js';
import type { RuleContext, ToolFn } from './context.js';

/**
 * By definition object (a reader gives one object per distinct tool, verifiers/formats/toolset.ts):
 * found without building or hashing a key of the name and the (long) description, with what it
 * was computed from, so a definition changed since is computed again.
 */
const byFunction = new WeakMap<object, { readonly name: unknown; readonly description: unknown; readonly params: unknown; readonly issues: ApiIssue[] }>();
const byObject = new WeakMap<object, Map<string, ApiIssue[]>>();
const byKey = new Map<string, ApiIssue[]>();
const BY_KEY_MAX = 20_000;

function issuesOf(fn: ToolFn): ApiIssue[] {
  const params = fn.parameters as unknown;
  const mine = byFunction.get(fn);
  if (mine && mine.name === fn.name && mine.description === fn.description && mine.params === params) return mine.issues;
  const issues = issuesByKey(fn);
  byFunction.set(fn, { name: fn.name, description: fn.description, params, issues });
  return issues;
}

function issuesByKey(fn: ToolFn): ApiIssue[] {
  const params = fn.parameters as unknown;
  const objKey = `${fn.name}\u0000${fn.description}`;
  if (params !== null && typeof params === 'object') {
    const hit = byObject.get(params)?.get(objKey);
    if (hit) return hit;
  }
  const key = `${objKey}\u0000${JSON.stringify(params)}`;
  let issues = byKey.get(key);
  if (!issues) {
    const api = { name: fn.name, domain: 'record', description: fn.description, parameters: params, returns: { type: 'object' }, origin: 'record' };
    issues = validateApi(api as unknown as ApiSpec);
    if (byKey.size >= BY_KEY_MAX) byKey.clear();
    byKey.set(key, issues);
  }
  if (params !== null && typeof params === 'object') {
    let m = byObject.get(params);
    if (!m) byObject.set(params, (m = new Map()));
    m.set(objKey, issues);
  }
  return issues;
}

function ruleOf(issue: ApiIssue): RuleId {
  if (issue.pointer === '/name') return 'tools.name';
  if (/\/required(\/|$)/.test(issue.pointer)) return 'tools.required';
  if (issue.pointer.endsWith('/default') && issue.problem.startsWith('default ')) return 'tools.default';
  if (/\/description$/.test(issue.pointer)) return 'tools.description';
  return 'tools.schema';
}

export function checkToolDefs(ctx: RuleContext): void {
  const seen = new Set<string>();
  const tools = ctx.record.tools ?? [];
  for (let i = 0; i < tools.length; i++) {
    const fn = tools[i]?.function;
    if (!fn || typeof fn !== 'object') {
      ctx.add('tools.schema', `tool ${i} has no function definition`);
      continue;
    }
    const name = fn.name;
    if (typeof name === 'string' && seen.has(name)) ctx.add('tools.name', `tool ${JSON.stringify(name)} is defined more than once`);
    if (typeof name === 'string') seen.add(name);
    // The pool's own API object: validated when the pool was built.
    const api = typeof name === 'string' ? ctx.pool?.byName.get(name) : undefined;
    if (api && api.parameters === fn.parameters && api.description === fn.description && TOOL_NAME_PATTERN.test(name)) continue;
    const issues = issuesOf(fn);
    if (issues.length === 0) continue;
    const byRule = new Map<RuleId, string[]>();
    for (const is of issues) {
      const r = ruleOf(is);
      const list = byRule.get(r) ?? [];
      list.push(`${is.pointer} ${is.problem}`);
      byRule.set(r, list);
    }
    for (const [rule, problems] of byRule) {
      if (rule === 'tools.schema' || rule === 'tools.required') ctx.brokenTools.add(String(name));
      ctx.add(rule, `tool ${JSON.stringify(name)}: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? ` (+${problems.length - 3} more)` : ''}`);
    }
  }
}
