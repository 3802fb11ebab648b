/**
 * The tool agent's prompt (LLM backend): play the API and answer one call with a result that
 * follows the API's response schema and agrees with the item so far. Static part first.
 */
import type { ApiSpec } from '../../../api-pool/types.js';
import type { ItemWorld } from '../../../core/plan.js';

/** A call made earlier in the same item, with what it returned. */
export interface EarlierCall {
  readonly name: string;
  readonly arguments: Readonly<Record<string, unknown>>;
  readonly result: unknown;
}

/** Characters of an earlier result shown: enough for its ids and names, bounded for long lists. */
const EARLIER_CHARS = 1200;

export const TOOL_SYSTEM = [
  'You simulate a web API for a dataset that teaches models to call tools.',
  'Given the API description, today\'s date, where the user is, the calls made earlier in the same session with their results, and one call with its arguments, answer with the JSON the API would return, following the response schema exactly.',
  'The answer must agree with the call: a field that names an argument has its value; search results honour every filter (prices, dates, categories, place, limit); what was created or updated shows what was sent, created today; a count is at least the number of items listed.',
  'The answer must agree with the earlier results: an id or name they returned means the same thing now, and what an earlier call created, changed or deleted is so in this answer.',
  'Dates obey today: history and creation times at or before today, bookings, departures and due dates after it. Places, codes and currencies are real and agree with each other (a city with its own country).',
  'When you are told the call fails, answer only with the error object asked for, with a message a real API would give: naming the argument at fault, or for UNAVAILABLE saying the service cannot be reached now (nothing is wrong with the request).',
].join('\n');

function shortJson(v: unknown): string {
  const s = JSON.stringify(v) ?? 'null';
  return s.length <= EARLIER_CHARS ? s : `${s.slice(0, EARLIER_CHARS)}... (cut)`;
}

export function toolPrompt(api: ApiSpec, args: Readonly<Record<string, unknown>>, world: ItemWorld, earlier: readonly EarlierCall[] = [], error?: Readonly<Record<string, unknown>>): string {
  const l = world.locale;
  const before = earlier.length > 0 ? earlier.map((c) => `- ${c.name}(${JSON.stringify(c.arguments)}) returned ${shortJson(c.result)}`).join('\n') : '(none)';
  const fails = error ? `\nThis call fails: ${String(error.code)} (${String(error.status)}). Answer with {"error": {"code": "${String(error.code)}", "message": "..."}}.` : '';
  return (
    `Today: ${world.today}\nUser location: ${l.city}, ${l.countryName} (currency ${l.currency}, time zone ${l.timeZone}, ${l.units} units)\n` +
    `Earlier calls in this session:\n${before}\n` +
    `API: ${api.name}\nDescription: ${api.description}\nCall arguments: ${JSON.stringify(args)}${fails}`
  );
}

/** The schema the answer must follow: the API's response schema (an object at the top). */
export function toolAnswerSchema(api: ApiSpec): object {
  const returns = api.returns as { type?: unknown };
  return returns.type === 'object' ? returns : { type: 'object', required: ['result'], properties: { result: returns } };
}

/** The schema of a planned error's answer. */
export function toolErrorSchema(code: string): object {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        additionalProperties: false,
        required: ['code', 'message'],
        properties: { code: { type: 'string', enum: [code] }, message: { type: 'string', minLength: 3, maxLength: 300 } },
      },
    },
  };
}
