/**
 * The labeled corpus the rule layer is measured on: hand-written valid trajectories of every
 * call category (with their plans), and corruption functions that each break one thing a
 * rule is meant to catch. `labeledCorpus()` pairs them; `measureAccuracy()` runs the rules and
 * gives precision and recall per rule (scripts/verifier-accuracy.ts prints them).
 *
 * A corruption names the rule meant to catch it (`expected`) and the rules that may fire too
 * because the same change breaks them as well (`also`: an invented value is also ungrounded).
 * Precision of a rule counts as false positives its firings on valid records and on
 * corruptions that do not list it.
 *
 * The pieces are under corpus/: the tools (tools.ts), the entry builders (entry.ts), the
 * valid trajectories by category family (valid/; implied.ts: values the user implies, with
 * the derivations their plans record), and the corruptions by rule family
 * (corruptions/, the families of rules/).
 */
import { RULE_LAYER_IDS, type RuleId } from './rule-ids.js';
import { verifyRecord } from './rules.js';
import type { CorpusEntry } from './corpus/entry.js';
import type { Corruption } from './corpus/corruption.js';
import { behaviourEntries } from './corpus/valid/behaviours.js';
import { callShapeEntries } from './corpus/valid/call-shapes.js';
import { impliedEntries } from './corpus/valid/implied.js';
import { listEntries } from './corpus/valid/lists.js';
import { moreImpliedEntries } from './corpus/valid/implied-more.js';
import { langImpliedEntries } from './corpus/valid/implied-lang.js';
import { languageEntries } from './corpus/valid/languages.js';
import { worldEntries } from './corpus/valid/world.js';
import { CALL_CORRUPTIONS } from './corpus/corruptions/calls.js';
import { CATEGORY_CORRUPTIONS, PARALLEL_COUNT_CORRUPTIONS } from './corpus/corruptions/category.js';
import { CONSISTENCY_CORRUPTIONS } from './corpus/corruptions/consistency.js';
import { GROUNDING_CORRUPTIONS } from './corpus/corruptions/grounding.js';
import { HYGIENE_CORRUPTIONS } from './corpus/corruptions/hygiene.js';
import { PLAN_CORRUPTIONS } from './corpus/corruptions/plan-agreement.js';
import { REFERENCE_FREE_CORRUPTIONS } from './corpus/corruptions/reference-free.js';
import { STRUCTURE_CORRUPTIONS } from './corpus/corruptions/structure.js';
import { TOOL_DEF_CORRUPTIONS } from './corpus/corruptions/tool-defs.js';

export { CORPUS_TOOLS } from './corpus/tools.js';
export type { CorpusEntry } from './corpus/entry.js';
export type { Corruption } from './corpus/corruption.js';
export { GROUNDING_BLIND_SPOTS } from './corpus/corruptions/grounding-blind-spots.js';

/** The hand-written valid trajectories, at least one per category; an entry's place gives its id and seed. */
export function validEntries(): CorpusEntry[] {
  return [...callShapeEntries(), ...behaviourEntries(), ...worldEntries(), ...impliedEntries(), ...moreImpliedEntries(), ...langImpliedEntries(), ...listEntries(), ...languageEntries()].map((draft, idx) => draft(idx));
}

/** Every corruption, in the order the records and the reports list them. */
export const CORRUPTIONS: readonly Corruption[] = [
  ...TOOL_DEF_CORRUPTIONS,
  ...CALL_CORRUPTIONS,
  ...GROUNDING_CORRUPTIONS,
  ...PLAN_CORRUPTIONS,
  ...PARALLEL_COUNT_CORRUPTIONS,
  ...STRUCTURE_CORRUPTIONS,
  ...CATEGORY_CORRUPTIONS,
  ...HYGIENE_CORRUPTIONS,
  ...CONSISTENCY_CORRUPTIONS,
  ...REFERENCE_FREE_CORRUPTIONS,
];

export interface Labeled {
  /** 'valid' or the corruption's name. */
  readonly label: string;
  readonly entry: CorpusEntry;
  readonly expected?: RuleId;
  readonly also: readonly RuleId[];
}

/** Every valid entry, and every corruption applied to every entry it fits. */
export function labeledCorpus(): Labeled[] {
  const valid = validEntries();
  const out: Labeled[] = valid.map((entry) => ({ label: 'valid', entry, also: [] }));
  for (const c of CORRUPTIONS) {
    for (const e of valid) {
      const bad = c.apply(e);
      if (bad) out.push({ label: c.name, entry: { ...bad, name: `${e.name} / ${c.name}` }, expected: c.expected, also: c.also ?? [] });
    }
  }
  return out;
}

export interface RuleScore {
  readonly rule: RuleId;
  /** Corrupted records this rule is meant to catch. */
  readonly positives: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly precision: number;
  readonly recall: number;
}

export interface Accuracy {
  readonly records: number;
  readonly valid: number;
  readonly validRejected: readonly { name: string; rules: string[] }[];
  readonly missed: readonly { name: string; expected: RuleId; fired: string[] }[];
  readonly falseAlarms: readonly { name: string; rule: string }[];
  readonly rules: readonly RuleScore[];
}

/** Run the rules (with each entry's plan) on the corpus and score every rule. */
export function measureAccuracy(corpus: readonly Labeled[] = labeledCorpus(), withPlan = true): Accuracy {
  const tp = new Map<string, number>();
  const fp = new Map<string, number>();
  const pos = new Map<string, number>();
  const validRejected: { name: string; rules: string[] }[] = [];
  const missed: { name: string; expected: RuleId; fired: string[] }[] = [];
  const falseAlarms: { name: string; rule: string }[] = [];
  for (const l of corpus) {
    const verdict = verifyRecord(l.entry.record, withPlan ? { plan: l.entry.plan } : {});
    const fired = [...new Set(verdict.checks.map((c) => c.rule))];
    if (l.expected) {
      pos.set(l.expected, (pos.get(l.expected) ?? 0) + 1);
      if (fired.includes(l.expected)) tp.set(l.expected, (tp.get(l.expected) ?? 0) + 1);
      else missed.push({ name: l.entry.name, expected: l.expected, fired });
    } else if (fired.length > 0) validRejected.push({ name: l.entry.name, rules: fired });
    for (const r of fired) {
      if (r !== l.expected && !l.also.includes(r as RuleId)) {
        fp.set(r, (fp.get(r) ?? 0) + 1);
        falseAlarms.push({ name: l.entry.name, rule: r });
      }
    }
  }
  const rules = RULE_LAYER_IDS.map((rule): RuleScore => {
    const t = tp.get(rule) ?? 0;
    const f = fp.get(rule) ?? 0;
    const p = pos.get(rule) ?? 0;
    return { rule, positives: p, truePositives: t, falsePositives: f, precision: t + f === 0 ? 1 : t / (t + f), recall: p === 0 ? 1 : t / p };
  });
  return { records: corpus.length, valid: corpus.filter((l) => !l.expected).length, validRejected, missed, falseAlarms, rules };
}
