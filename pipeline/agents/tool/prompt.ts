/**
 * The tool agent's prompt (LLM backend): play the API and answer one call with a result that
 * follows the API's response schema. Static part first.
 */
import type { ApiSpec } from '../../../api-pool/types.js';
import type { ItemWorld } from '../../../core/plan.js';

export const TOOL_SYSTEM = [
  'You simulate a web API for a dataset that teaches models to call tools.',
  'Given the API description, today\'s date, where the user is, and one call with its arguments, answer with the JSON the API would return, following the response schema exactly.',
  'The answer must agree with the call: a field that names an argument has its value; search results honour every filter (prices, dates, categories, place, limit); what was created or updated shows what was sent, created today; a count is at least the number of items listed.',
  'Dates obey today: history and creation times at or before today, bookings, departures and due dates after it. Places, codes and currencies are real and agree with each other (a city with its own country).',
].join('\n');

export function toolPrompt(api: ApiSpec, args: Readonly<Record<string, unknown>>, world: ItemWorld): string {
  const l = world.locale;
  return (
    `Today: ${world.today}\nUser location: ${l.city}, ${l.countryName} (currency ${l.currency}, time zone ${l.timeZone}, ${l.units} units)\n` +
    `API: ${api.name}\nDescription: ${api.description}\nCall arguments: ${JSON.stringify(args)}`
  );
}

/** The schema the answer must follow: the API's response schema (an object at the top). */
export function toolAnswerSchema(api: ApiSpec): object {
  const returns = api.returns as { type?: unknown };
  return returns.type === 'object' ? returns : { type: 'object', required: ['result'], properties: { result: returns } };
}
