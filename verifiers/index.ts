/**
 * verifiers: the rule layer (rules.ts, one file per family under rules/), the model layer
 * (judges.ts), dataset readers (formats.ts), dataset verification for `toolforge verify`
 * (verify-dataset.ts), the labeled corpus the rules are measured on (corpus.ts) and the
 * APIGen-style rejection table (stats.ts).
 */
export { RULE_IDS, RULE_INFO, RULE_LAYER_IDS, JUDGE_IDS, familyOf, layerOf, type Layer, type RuleId } from './rule-ids.js';
export { verifyRecord, verifyRecordWith, type RuleOptions, type VerifyContext } from './rules.js';
export { judgeRecord, judgeVotes, JUDGE_NAMES, type JudgeName, type JudgeOptions } from './judges.js';
export { FORMATS, detectFormat, readDataset, readAnswers, rowToRecord, bfclCalls, type DatasetFormat, type ReadRow, type ReadResult } from './formats.js';
export { verifyDataset, formatVerifyReport, type VerifyDatasetOptions, type VerifyDatasetResult, type VerifyReport } from './verify-dataset.js';
export { rejectionTable, type RejectionTableOptions } from './stats.js';
export { CODE_RULE_INFO, codeRuns, statedAnswer, verifyCodeRecord, type CodeRuleId, type CodeRun } from './code/verify-code.js';
export { outputShows, parseRational, sameAnswer } from './code/answer-match.js';
