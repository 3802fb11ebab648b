/**
 * The tool agent's prompt (LLM backend): play the API and answer one call with a result that
 * follows the API's response schema. Static part first.
 */
import type { ApiSpec } from '../../../api-pool/types.js';

export const TOOL_SYSTEM = [
  'You simulate a web API for a dataset that teaches models to call tools.',
  'Given the API description and one call with its arguments, answer with the JSON the API would return:',
  'plausible, consistent with the arguments (echo ids, dates and places where the response has them), and following the response schema exactly.',
].join('\n');

export function toolPrompt(api: ApiSpec, args: Readonly<Record<string, unknown>>): string {
  return `API: ${api.name}\nDescription: ${api.description}\nCall arguments: ${JSON.stringify(args)}`;
}

/** The schema the answer must follow: the API's response schema (an object at the top). */
export function toolAnswerSchema(api: ApiSpec): object {
  const returns = api.returns as { type?: unknown };
  return returns.type === 'object' ? returns : { type: 'object', required: ['result'], properties: { result: returns } };
}
