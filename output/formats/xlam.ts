/**
 * xLAM / APIGen rows (Salesforce/xlam-function-calling-60k): `query`, `tools`, `answers`, the
 * last two JSON strings as in that dataset. Only single-turn items fit: one user request and all
 * calls in one assistant step (irrelevance items give `answers: "[]"`). Multi-turn, clarification
 * and dependent items, whose later calls need earlier results, are skipped and counted.
 * Tool parameters stay real JSON Schema. xLAM has no place for a rationale.
 */
import type { CanonicalRecord } from '../../core/record.js';
import { allCalls, assistantCallSteps, dropped, parseArguments, userTurns, type Converted, type Format } from './common.js';

export const xlamFormat: Format = {
  name: 'xlam',
  description: 'xLAM query/tools/answers, single-turn items only (others are skipped and counted)',
  rationale: { reasoning: dropped('dropped: xLAM has no place for it'), content: dropped('dropped: xLAM has no place for it'), drop: dropped('dropped') },
  convert(record: CanonicalRecord): Converted {
    if (record.meta.category === 'code' && record.tools.length === 0) return { skip: 'a code item in the inline format (its programs are in the text, not calls)' };
    if (userTurns(record) !== 1) return { skip: 'more than one user turn' };
    if (assistantCallSteps(record) > 1) return { skip: 'calls over several assistant steps (dependent calls)' };
    const query = record.messages.find((m) => m.role === 'user')!.content;
    const tools = record.tools.map((t) => ({ name: t.function.name, description: t.function.description, parameters: t.function.parameters }));
    const answers = allCalls(record).map((c) => ({ name: c.function.name, arguments: parseArguments(record, c) }));
    return { row: { id: record.id, category: record.meta.category, query, tools: JSON.stringify(tools), answers: JSON.stringify(answers) } };
  },
};
