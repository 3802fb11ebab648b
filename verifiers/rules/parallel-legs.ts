/**
 * The legs a parallel request states ("from New York to Los Angeles, then from Los Angeles to
 * Miami, and back to New York from Miami"): each "from X ... to Y" (or "to Y ... from X") whose
 * X and Y are values of a start and an end parameter of the calls' tool (origin/destination,
 * start_location/end_location: role-words.ts) must be the pair of some call. Its places alone
 * prove nothing: a dropped leg's places are the other legs' places too. A spot the request
 * places ("from my home in San Francisco") is that place wherever it is named again ("back to
 * my home"), and a place said with where it is ("the Golden Gate Bridge in San Francisco") is
 * also said without it.
 */
import type { ParsedCall } from './context.js';
import type { Request, Span } from './request-tokens.js';
import { spansOf } from './request-tokens.js';
import { paramInfos } from './role-words.js';

/** Words between a cue and its value ("from the", "to my"), and between the two ends of a leg ("from X, travel to Y", "from X back to Y"). */
const FILLER: ReadonlySet<string> = new Set(['the', 'a', 'an', 'my', 'our', 'your']);
const MAX_GAP = 3;
const SENTENCE = /[.!?;:\n]/;

/** Words that place a named spot in a place ("my home in San Francisco", "my office at Palo Alto"). */
const IN = new Set(['in', 'at']);
const MAX_ALIAS = 3;

/** A value said right after the cue word at token `cue` (past fillers), as its value and span. */
type Found = { value: unknown; span: Span };

/**
 * The spots the request places ("my home in San Francisco", "my friend's house in San Jose"):
 * their words, with the place; "from my home" later is from San Francisco.
 */
function spotsOf(req: Request, places: ReadonlyMap<unknown, Span[]>): Map<string, unknown> {
  const toks = req.tokens;
  const out = new Map<string, unknown>();
  for (let i = 0; i < toks.length; i++) {
    if (!FILLER.has(toks[i].t)) continue;
    for (let k = 1; k <= MAX_ALIAS; k++) {
      const at = i + k + 1;
      if (at + 1 >= toks.length || FILLER.has(toks[at - 1].t) || IN.has(toks[at - 1].t)) break;
      if (!IN.has(toks[at].t)) continue;
      const words = toks.slice(i + 1, at).map((t) => t.t).join(' ');
      for (const [value, spans] of places) if (spans.some((sp) => sp.from === at + 1)) out.set(words, value);
      break;
    }
  }
  return out;
}

/** The value said right after the cue word at token `cue` (past fillers): a place, or a spot the request places ("my home"). */
function after(req: Request, cue: number, places: ReadonlyMap<unknown, Span[]>, spots: ReadonlyMap<string, unknown>): Found | undefined {
  let i = cue + 1;
  while (i < req.tokens.length && FILLER.has(req.tokens[i].t)) i++;
  for (const [value, spans] of places) {
    const span = spans.find((s) => s.from === i);
    if (span) return { value, span };
  }
  for (let k = MAX_ALIAS; k >= 1; k--) {
    if (i + k > req.tokens.length) continue;
    const words = req.tokens.slice(i, i + k).map((t) => t.t).join(' ');
    const value = spots.get(words);
    if (value === undefined) continue;
    // "my home in San Francisco": the place said with it; "my home": the spot alone.
    if (i + k < req.tokens.length && IN.has(req.tokens[i + k].t)) {
      const span = places.get(value)?.find((s) => s.from === i + k + 1);
      if (span) return { value, span };
    }
    return { value, span: { from: i, to: i + k } };
  }
  return undefined;
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
  for (const v of new Set(pairs.flat())) {
    if (typeof v !== 'string') continue;
    // A place said with where it is ("Golden Gate Bridge in San Francisco") is also said without it.
    const head = / in /i.test(v) ? v.slice(0, v.search(/ in /i)) : undefined;
    places.set(v, [...spansOf(req, v), ...(head ? spansOf(req, head) : [])]);
  }
  const spots = spotsOf(req, places);
  const valueAt = (cue: number): Found | undefined => after(req, cue, places, spots);
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
