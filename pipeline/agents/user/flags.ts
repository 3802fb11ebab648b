/**
 * How a yes/no argument is said: the wording carries the value ("nonstop only", "without
 * notifying anyone", "just a dry run first"), read off the flag's name. The phrases are the
 * ones the planner records as flag-words derivations and the grounding rule reads back
 * (verifiers/rules/grounding-said-words.ts).
 */
import { flagPhrases } from '../../../core/derive/said-words.js';
import { RANK, speaker, type Speaker } from './speaker.js';

/** How a boolean field (snake_case `k`; `nested` inside an object or a list item) is said. */
export function flagSpeaker(k: string, nested: boolean): Speaker {
  const w = flagPhrases(k, nested);
  return speaker(RANK.flag, [], String, { yes: w.yes, no: w.no });
}
