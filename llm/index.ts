/**
 * The LLM layer: one client (`LlmClient.complete`) for every agent, over any OpenAI-compatible
 * endpoint. The openai SDK is used in client.ts only.
 */
export {
  LlmClient,
  callSeed,
  type FetchLike,
  type LlmClientOptions,
  type LlmMessage,
  type LlmRequest,
  type LlmResponse,
  type LlmToolCall,
  type LlmWireToolCall,
  type ToolDef,
} from './client.js';
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
  LlmError,
  LlmOutputError,
  LlmRateLimitedError,
  LlmRequestError,
  type LlmErrorAction,
  type LlmOutputIssue,
  type LlmOutputReason,
  type LlmRequestKind,
} from './errors.js';
export { LlmCache, cacheKey, type CachedCompletion } from './cache.js';
export { UsageMeter, addUsage, costUsd, type UsageSnapshot, type UsageTotals } from './usage.js';
export { EndpointGovernor, TokenBucket, systemClock, type Clock, type GovernorOptions, type GovernorSnapshot } from './governor.js';
export { Router, type Lease } from './router.js';
export { extractFirstJson } from './output.js';
