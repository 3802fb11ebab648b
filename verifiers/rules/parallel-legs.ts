/**
 * The legs a parallel request states ("from New York to Los Angeles, then from Los Angeles to
 * Miami, and back to New York from Miami"): each "from X ... to Y" (or "to Y ... from X") whose
 * X and Y are values of a start and an end parameter of the calls' tool (origin/destination,
 * start_location/end_location: role-words.ts) must be the pair of some call. Its places alone
 * prove nothing: a dropped leg's places are the other legs' places too.
 */
import type { ParsedCall } from './context.js';
import type { Request, Span } from './request-tokens.js';
import { spansOf } from './request-tokens.js';
import { paramInfos } from './role-words.js';

/** Words between a cue and its value ("from the", "to my"), and between the two ends of a leg ("from X, travel to Y", "from X back to Y"). */
const FILLER: ReadonlySet<string> = new Set(['the', 'a', 'an', 'my', 'our', 'your']);
const MAX_GAP = 3;
const SENTENCE = /[.!?;:\n]/;

/** The first token of a value said right after the cue word at token `cue` (past fillers), as a span of one of `spans`. */
function after(req: Request, cue: number, spans: readonly Span[]): Span | undefined {
  let i = cue + 1;
  while (i < req.tokens.length && FILLER.has(req.tokens[i].t)) i++;
  return spans.find((s) => s.from === i);
}

/** The legs the request states over the calls' start and end values, each as "X to Y", with none of the calls. */
export function uncoveredLegs(req: Request, step: readonly ParsedCall[]): string[] {
  const tool = step[0]?.tool;
  if (!tool || step.some((c) => c.name !== step[0].name)) return [];
  const infos = paramInfos(tool);
  const start = [...infos].find(([, i]) => i.role === 'start')?.[0];
  const end = [...infos].find(([, i]) => i.role === 'end')?.[0];
  if (!start || !end) return [];
  const pairs = step.map((c) => [c.args?.[start], c.args?.[end]] as const);
  const places = new Map<unknown, Span[]>();
  for (const v of new Set(pairs.flat())) if (typeof v === 'string') places.set(v, spansOf(req, v));
  const valueAt = (cue: number): { value: unknown; span: Span } | undefined => {
    for (const [value, spans] of places) {
      const span = after(req, cue, spans);
      if (span) return { value, span };
    }
    return undefined;
  };
  const toks = req.tokens;
  const out: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i].t;
    if (w !== 'from' && w !== 'to') continue;
    const first = valueAt(i);
    if (first === undefined) continue;
    // The other cue within a few words after the first value, in the same sentence.
    for (let j = first.span.to; j < Math.min(toks.length, first.span.to + MAX_GAP + 1); j++) {
      if (SENTENCE.test(req.text.slice(toks[j - 1].e, toks[j].s))) break;
      const other = toks[j].t === (w === 'from' ? 'to' : 'from') ? valueAt(j)?.value : undefined;
      if (other === undefined) continue;
      const [from, to] = w === 'from' ? [first.value, other] : [other, first.value];
      if (from !== to && !pairs.some(([s, e]) => s === from && e === to)) out.push(`${String(from)} to ${String(to)}`);
      break;
    }
  }
  return out;
}
