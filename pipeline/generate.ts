/** The offline generation stages the scheduler drives: plan an item, then simulate it. */
export { DEFAULT_PLAN_OPTIONS, heldOutTools, irrelevanceTarget, planItem, type PlanOptions } from './planner.js';
export { MISTAKES, simulateOffline, type Mistake, type SimulateOptions } from './offline/simulate.js';
export { canonicalJson, offlineToolResult, valueAt } from './offline/tool-agent.js';
