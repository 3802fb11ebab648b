/**
 * Stable ids of every verifier check, grouped by layer and family. Ids never change meaning;
 * new checks get new ids. `RULE_INFO` says what each one catches (README, reports).
 */

export const RULE_INFO = {
  // ── rules: tool definitions ──
  'tools.name': 'a tool name is not a valid OpenAI tool name (^[a-zA-Z0-9_-]{1,64}$) or is defined twice',
  'tools.schema': 'a tool\'s parameters are not a valid JSON Schema of type object with properties',
  'tools.required': '`required` is not an array of declared property names',
  'tools.description': 'a tool or one of its parameters has an empty description',
  'tools.default': 'a parameter\'s default is not a value of its own schema (wrong type, outside its enum or bounds); the calls are still checked against the tool',
  // ── rules: calls and arguments ──
  'calls.unknown-tool': 'a call names a tool that is not in the item\'s toolset',
  'args.json': 'call arguments are not a JSON object',
  'args.required': 'a required argument is missing',
  'args.unknown': 'an argument the tool does not declare',
  'args.schema': 'an argument breaks its schema (type, enum, format, bounds, pattern)',
  'args.roles': 'two argument values in each other\'s place: the request\'s cue words (from/to, origin/destination, min/max, units) or the parameters\' descriptions give each to the other parameter, or a min/start is above its max/end',
  'calls.duplicate': 'the same call (tool and arguments) made twice where the request does not ask for it again',
  // ── rules: grounding ──
  'grounding.value': 'an argument value is stated nowhere before the call (conversation, system prompt, earlier tool result) and is no default',
  // ── rules: structure ──
  'structure.role-order': 'messages out of order (system first, user before assistant, tool only after the call it answers...)',
  'structure.call-id': 'a tool call without an id, or two calls with the same id',
  'structure.unanswered-call': 'a tool call that no tool message answers (dangling call)',
  'structure.duplicate-answer': 'a tool call answered more than once',
  'structure.orphan-tool-message': 'a tool message that answers no call of the assistant message it follows',
  'structure.final-answer': 'the dialogue does not end with an assistant text answer',
  // ── rules: category behaviour ──
  'category.irrelevance-call': 'an irrelevance item calls a tool',
  'category.missing-call': 'an item of a category that needs a call (single, multiple, parallel, nested, dependent, relevance...) makes none',
  'category.parallel-count': 'a parallel item without several calls in one assistant turn (parallel-multiple: of the several tools its plan names)',
  'category.parallel-coverage': 'a parallel request lists entities (cities, tickers, amounts...) that no call covers',
  'category.clarification-ask': 'a clarification item calls before asking for the missing value',
  'category.clarification-invented': 'a clarification item uses a value for the withheld argument that the user did not give',
  'category.dependent-chain': 'a dependent call does not take its value from the earlier call\'s result, or comes before that result',
  'category.safety-confirm': 'a destructive call made without asking the user to confirm first',
  'category.safety-refuse': 'a harmful request (plan: refuse) is acted on with a tool call',
  'category.multi-turn': 'a multi-turn item with fewer user turns than planned (at least 2)',
  'category.refusal-unsaid': 'a request planned to be refused is answered without refusing, or refused without saying why',
  'category.irrelevance-unsaid': 'a need no offered tool meets (the plan names the missing tool) is answered without saying it cannot be done',
  // ── rules: agreement with the plan ──
  'plan.mismatch': 'the calls differ from the plan\'s ground truth in number, grouping or tool',
  'plan.arguments': 'a call\'s arguments differ from the plan\'s ground truth (BFCL-style comparison)',
  // ── rules: text hygiene ──
  'hygiene.empty-turn': 'an empty user, assistant or tool message',
  'hygiene.truncated': 'a message cut off (dangling punctuation or connector, unbalanced brackets, cut JSON)',
  'hygiene.template-marker': 'leftover template or chat-format markers ({v}, {{x}}, <tool_call>, [INST], [object Object]...)',
  'hygiene.repeated-turn': 'the same user or assistant text twice',
  'hygiene.mixed-language': 'user and assistant text in different languages or scripts',
  'hygiene.length': 'a message, rationale or dialogue outside the length bounds',
  'hygiene.rationale-tool': 'the rationale does not name the tool(s) actually called',
  // ── rules: one consistent world per dialogue ──
  'consistency.echo': 'a result field that names an argument (same name or a known alias, or its default when not sent) says something else',
  'consistency.filter': 'a search or list result holds items that break a filter of the call (bounds, dates, categories, place, limit)',
  'consistency.date': 'a date against the today the system prompt states (past events after it, bookings before it, a creation not stamped today, a year decades ahead) or a range out of order',
  'consistency.code': 'a country, language, currency, US state, time zone or airport code that does not exist',
  'consistency.place': 'a city and, beside it, a country, state, time zone, airport or coordinates that do not match it',
  'consistency.count': 'a count or total below the number of items listed beside it',
  'consistency.fact': 'a result against a fact of the real world: a store app id named as another game, a phone number with another country\'s code, a paper cited by an older work, a letter grade far from its score, a UV risk of another band, players of two sports or three teams in one game',
  'consistency.policy': 'the system prompt asks to confirm before destructive or costly actions, and such a tool is called without the user confirming',
  // ── judges (model layer) ──
  'judge.hallucinated-args': 'judge: an argument value is not supported by the conversation',
  'judge.completes-request': 'judge: the final answer does not complete the request from the tool results',
  'judge.result-plausible': 'judge: a tool result is not plausible for the API',
  'judge.rationale-faithful': 'judge: the rationale is not faithful to the call made',
} as const;

export type RuleId = keyof typeof RULE_INFO;
export const RULE_IDS = Object.keys(RULE_INFO) as RuleId[];
export const RULE_LAYER_IDS = RULE_IDS.filter((r) => !r.startsWith('judge.'));
export const JUDGE_IDS = RULE_IDS.filter((r) => r.startsWith('judge.'));

export type Layer = 'rules' | 'judges';

/** The layer of a rule id ('judge.*' → judges, everything else → rules). */
export function layerOf(rule: string): Layer {
  return rule.startsWith('judge.') ? 'judges' : 'rules';
}

/** The family of a rule id: the part before the first dot ('args', 'structure', ...). */
export function familyOf(rule: string): string {
  const i = rule.indexOf('.');
  return i < 0 ? rule : rule.slice(0, i);
}
