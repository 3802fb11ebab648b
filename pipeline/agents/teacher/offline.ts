/**
 * The offline teacher: a rationale on each assistant message with tool calls, naming the
 * chosen tool(s), why they fit, and why the other tools shown do not (AutoTool).
 */
import type { ApiSpec } from '../../../api-pool/types.js';
import { REASONING } from '../templates.js';
import { humanize, listOf, textOf, type Obj, type Pick } from '../text.js';

export interface StepCall {
  readonly name: string;
  readonly args: Obj;
  /** Arguments taken from an earlier result: key -> the field it came from. */
  readonly from?: Readonly<Record<string, string>>;
}

export type StepContext = 'first' | 'clarified' | 'confirmed' | 'dependent' | 'follow-up';

export function reasoningOf(calls: readonly StepCall[], shown: readonly ApiSpec[], ask: string, context: StepContext, pick: Pick): string {
  const name = calls[0].name;
  const api = shown.find((t) => t.name === name);
  const called = new Set(calls.map((c) => c.name));
  const others = shown.filter((t) => !called.has(t.name)).slice(0, 3);
  const othersText =
    others.length === 0
      ? ''
      : pick([
          `The other tools do not fit: ${others.map((t) => `${t.name} would ${textOf(t).short}`).join(', ')}.`,
          `${listOf(others.map((t) => t.name))} ${others.length > 1 ? 'are' : 'is'} for other tasks (${others.map((t) => textOf(t).short).join('; ')}), not this one.`,
          `I rule out ${listOf(others.map((t) => t.name))}: ${others.length > 1 ? 'they' : 'it'} would ${listOf(others.map((t) => textOf(t).short), 'or')}, which is not what was asked.`,
        ]);
  const keys = Object.keys(calls[0].args).filter((k) => !calls[0].from?.[k]);
  const whatAsk = context === 'first' || !api ? ask : textOf(api).short;
  let why = pick(REASONING)({
    tool: name,
    ask: whatAsk,
    desc: api ? textOf(api).does : ask,
    req: keys.length > 0 ? `the ${listOf(keys.map(humanize))}` : 'everything it needs',
    others: othersText,
  });
  const from = calls.flatMap((c) => Object.entries(c.from ?? {}).map(([k, f]) => `${humanize(k)} ${JSON.stringify(c.args[k])} comes from ${f} in the previous result`));
  if (from.length > 0) why = `${cap1(listOf(from))}, so I can now call ${listOf([...called])}. ${why}`;
  else if (context === 'clarified') why = `The user has given the missing detail, so nothing is guessed now. ${why}`;
  else if (context === 'confirmed') why = `The user confirmed the action, so it is safe to proceed. ${why}`;
  if (calls.length === 1) return why.trim();
  if (called.size === 1) return `${why} There are ${calls.length} separate requests, so I make ${calls.length} calls in parallel.`.trim();
  const parts = [...called].map((n) => {
    const t = shown.find((x) => x.name === n);
    return `${n} to ${t ? textOf(t).short : 'handle its part'}`;
  });
  return `The request has ${calls.length} independent parts, so I call ${listOf(parts)} in parallel. ${othersText}`.trim();
}

const cap1 = (s: string): string => (s === '' ? s : s[0].toUpperCase() + s.slice(1));
