/** verifiers: the rule layer (model judges come later). */
export { RULE_IDS, verifyRecord, type RuleId } from './rules.js';
