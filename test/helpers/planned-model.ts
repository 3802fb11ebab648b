/** The plan-following stand-in model (scripts/lib/openai-stub-planned.ts), for tests. */
export { allRolesConfig, allRolesModel, plannedCalls, plannedModel, type PlannedCalls } from '../../scripts/lib/openai-stub-planned.js';
