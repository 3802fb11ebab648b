/** The offline generation stages the scheduler drives: plan an item, then simulate it. */
export { irrelevanceTarget, planItem } from './planner.js';
export { MISTAKES, offlineToolResult, simulateOffline, type Mistake, type SimulateOptions } from './offline/simulate.js';
