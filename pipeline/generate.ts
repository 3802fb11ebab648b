/** The offline generation stages the scheduler drives: plan an item, then simulate it. */
export { DEFAULT_PLAN_OPTIONS, heldOutTools, irrelevanceTarget, planItem, type PlanOptions } from './planning/planner.js';
export { MISTAKES, dialoguePlan, simulateOffline, type Mistake, type SimulateOptions } from './agents/offline-dialogue.js';
export { offlineToolResult, valueAt } from './agents/tool/offline.js';
