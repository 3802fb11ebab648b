/**
 * Chat templates rendered as Python Jinja2 renders them in transformers' apply_chat_template
 * (what trainers and vLLM run), with @huggingface/jinja as the engine.
 *
 * The engine differs from Jinja2 on constructs real tool-use templates use. Each is rewritten
 * once, in the parsed template, into a call of a function that does what Python does
 * (jinja-python-semantics.ts): the filters `format`, `items`, `trim`, `string`, `length`,
 * `tojson` (transformers' json.dumps options); the tests `iterable`, `mapping`, `string`,
 * `number`, `float`, `integer`; the operators `+ ~ % == != in`; `obj[key]` and `d.items` (the method,
 * not a key "items"); what `for` iterates; what `{{ ... }}` prints
 * (None, True, dicts and lists in Python's form). The globals are transformers': raise_exception,
 * strftime_now (for a fixed moment, so a check does not change with the day) and range.
 */
import { Environment, Interpreter, Template } from '@huggingface/jinja';
import { PY_BINOPS, PY_FILTERS, PY_GLOBALS, PY_TESTS, toRuntime, type RuntimeValue } from './jinja-python-semantics.js';
import { TEMPLATE_BUDGET, withBudget, type TemplateBudget } from './template-budget.js';

export interface PythonTemplate {
  render(context: Record<string, unknown>): string;
}

type Node = Record<string, unknown> & { type: string };

const isNode = (v: unknown): v is Node => v !== null && typeof v === 'object' && typeof (v as { type?: unknown }).type === 'string';
const ident = (name: string): Node => ({ type: 'Identifier', value: name });
const call = (name: string, args: unknown[]): Node => ({ type: 'CallExpression', callee: ident(name), args });
const literal = (value: string): Node => ({ type: 'StringLiteral', value });

/** Statement kinds that print nothing themselves; every other statement in a block is a `{{ ... }}` or text. */
const STATEMENTS = new Set(['Set', 'If', 'For', 'Macro', 'CallStatement', 'FilterStatement', 'Break', 'Continue', 'Comment', 'StringLiteral']);
/** `d.items` is the dict's method in Python even when the dict has a key "items" (a JSON Schema of an array does); the engine gives the key. */
const DICT_METHODS = new Set(['items', 'keys', 'values', 'get']);
/** Fields that hold a block of statements. */
const BLOCKS = new Set(['body', 'alternate', 'defaultBlock']);

/** Turn `node` into `replacement`, keeping its identity (its parent holds it). */
function become(node: Node, replacement: Node): void {
  for (const k of Object.keys(node)) delete node[k];
  Object.assign(node, replacement);
}

function filterParts(filter: Node): { name: string; args: unknown[] } | undefined {
  if (filter.type === 'Identifier') return { name: filter.value as string, args: [] };
  if (filter.type === 'CallExpression' && isNode(filter.callee) && filter.callee.type === 'Identifier') {
    return { name: filter.callee.value as string, args: filter.args as unknown[] };
  }
  return undefined;
}

/** Rewrite one node, its children first. */
function rewrite(node: unknown): void {
  if (Array.isArray(node)) {
    for (const child of node) rewrite(child);
    return;
  }
  if (node instanceof Map) {
    for (const [k, v] of node) (rewrite(k), rewrite(v));
    return;
  }
  if (!isNode(node)) return;
  for (const [key, child] of Object.entries(node)) {
    if (key === 'type') continue;
    rewrite(child);
    if (BLOCKS.has(key) && Array.isArray(child)) {
      child.forEach((s: unknown, i) => {
        // Text too goes through __py_output (a string prints as itself), so the budget counts every character printed.
        if (isNode(s) && (!STATEMENTS.has(s.type) || s.type === 'StringLiteral')) child[i] = call('__py_output', [s]);
      });
    }
  }
  switch (node.type) {
    case 'FilterExpression': {
      const parts = isNode(node.filter) ? filterParts(node.filter) : undefined;
      if (parts && PY_FILTERS.has(parts.name)) become(node, call(`__py_filter_${parts.name}`, [node.operand, ...parts.args]));
      break;
    }
    case 'TestExpression': {
      const name = isNode(node.test) ? (node.test.value as string) : '';
      if (!PY_TESTS.has(name)) break;
      const test = call(`__py_test_${name}`, [node.operand]);
      become(node, node.negate === true ? { type: 'UnaryExpression', operator: { type: 'UnaryOperator', value: 'not' }, argument: test } : test);
      break;
    }
    case 'BinaryExpression': {
      const op = (node.operator as { value: string }).value;
      if (PY_BINOPS.has(op)) become(node, call('__py_binop', [literal(op), node.left, node.right]));
      break;
    }
    case 'MemberExpression': {
      if (node.computed === true && isNode(node.property) && node.property.type !== 'SliceExpression') {
        become(node, call('__py_getitem', [node.object, node.property]));
      } else if (node.computed !== true && isNode(node.property) && DICT_METHODS.has(node.property.value as string)) {
        become(node, call('__py_getattr', [node.object, literal(node.property.value as string)]));
      }
      break;
    }
    case 'For': {
      const target = isNode(node.iterable) && node.iterable.type === 'SelectExpression' ? node.iterable : node;
      const key = target === node ? 'iterable' : 'lhs';
      // The engine unpacks `for k, v in ...` from lists only: tuples (|items gives them) are handed over as lists there.
      const unpacks = isNode(node.loopvar) && node.loopvar.type === 'TupleLiteral';
      target[key] = call(unpacks ? '__py_iter_unpack' : '__py_iter', [target[key]]);
      break;
    }
  }
}

/**
 * Parse and rewrite once; every render gets its own environment, as Template.render does. The
 * context's objects are converted to engine values once and shared by every render of them
 * (the engine never changes a list or a dict in place).
 */
export function compilePythonTemplate(source: string, budget: TemplateBudget = TEMPLATE_BUDGET): PythonTemplate {
  const parsed = new Template(source).parsed;
  rewrite(parsed);
  return {
    /** Throws TemplateBudgetError when one rendering goes over `budget` (template-budget.ts). */
    render(context: Record<string, unknown>): string {
      const env = new Environment();
      for (const [name, value] of PY_GLOBALS) env.variables.set(name, value as never);
      for (const [name, value] of Object.entries(context)) env.variables.set(name, toRuntime(value) as never);
      return withBudget(budget, () => (new Interpreter(env).run(parsed) as RuntimeValue).value as string);
    },
  };
}
