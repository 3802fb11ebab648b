/**
 * The LLM layer: one client (`LlmClient.complete`) for every agent, over any OpenAI-compatible
 * endpoint. The openai SDK is used inside llm/ only (endpoint-call.ts, and its types in
 * client.ts and request-body.ts).
 */
export { LlmClient, type FetchLike, type LlmClientOptions } from './client.js';
export { callSeed } from './request-body.js';
export type { LlmMessage, LlmRequest, LlmResponse, LlmToolCall, LlmWireToolCall, ToolDef } from './types.js';
export {
  LLM_ENDPOINTS_SCHEMA,
  LLM_ENDPOINT_SCHEMA,
  LLM_ROLES_SCHEMA,
  LLM_ROLE_SCHEMA,
  ROLES,
  resolveLlmConfig,
  type EndpointConfig,
  type RoleConfig,
  type RolesConfig,
  type Role,
  type StructuredMode,
} from './config.js';
export {
  LlmConfigError,
  LlmEndpointDownError,
  LlmError,
  LlmOutputError,
  LlmRateLimitedError,
  LlmRequestError,
  type LlmErrorAction,
  type LlmOutputIssue,
  type LlmOutputReason,
  type LlmRequestKind,
  LlmBatchExportedError,
} from './errors.js';
export { importBatchOutputs, type BatchCounters, type BatchOptions } from './batch-runner.js';
export { LlmCache, cacheKey, type CacheStats, type CachedCompletion } from './cache.js';
export { UsageMeter, addUsage, costUsd, type UsageSnapshot, type UsageTotals } from './usage.js';
export { EndpointGovernor, TokenBucket, systemClock, type Clock, type GovernorOptions, type GovernorSnapshot } from './governor.js';
export { Router, type Lease } from './router.js';
export { extractFirstJson } from './output.js';
