/**
 * The grounding rule reading like a reader, on records without a plan (third-party data): what a
 * reader derives is grounded, what a reader cannot derive is not, and the failure names the one
 * value no source grounds and why.
 */
import { describe, expect, it } from 'vitest';
import type { CanonicalRecord, Message } from '../../core/record.js';
import { verifyRecord } from '../../verifiers/index.js';

type Obj = Record<string, unknown>;

/** A one-call record: `system` (optional), the user's `text`, a call of tool `name` with `args` (parameters typed from them, or `params`). */
function oneCall(text: string, name: string, args: Obj, opts: { system?: string; params?: Record<string, Obj> } = {}): CanonicalRecord {
  const params = opts.params ?? Object.fromEntries(Object.entries(args).map(([k, v]) => [k, { type: typeof v === 'number' ? 'number' : Array.isArray(v) ? 'array' : typeof v === 'object' ? 'object' : 'string', description: `The ${k}.` }]));
  const messages: Message[] = [
    ...(opts.system ? [{ role: 'system', content: opts.system } as Message] : []),
    { role: 'user', content: text },
    { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name, arguments: JSON.stringify(args) } }] },
    { role: 'tool', tool_call_id: 'call_1', content: '{"ok": true}' },
    { role: 'assistant', content: 'Done, it went through.' },
  ];
  return {
    id: 'r',
    split: 'train',
    tools: [{ type: 'function', function: { name, description: `Does ${name}.`, parameters: { type: 'object', properties: params } } }],
    messages,
    meta: { category: 'single', domains: [], difficulty: 1, seed: 1, verdict: { accepted: true, checks: [] }, usage: { prompt_tokens: 0, completion_tokens: 0 } },
  };
}

const grounding = (r: CanonicalRecord): string[] => verifyRecord(r).checks.filter((c) => c.rule === 'grounding.value').map((c) => c.message);

describe('what a reader derives is grounded', () => {
  it.each([
    ['currency names', 'Convert 150 Euros to Canadian dollars.', { amount: 150, from_currency: 'EUR', to_currency: 'CAD' }],
    ['a company, a state and a time zone by name', 'Apple stock, and the time in New York for my office in California.', { symbol: 'AAPL', zone: 'America/New_York', state: 'CA' }],
    ['numbers in words and with magnitudes', 'Roll two dice twice; revenue went from $1M to $1.2M.', { dice: 2, rolls: 2, before: 1_000_000, after: 1_200_000 }],
    ['a length in feet and inches in the unit of the parameter', 'I am 5ft 10in tall.', { height_inches: 70 }],
    ['a clock in 12 hours and a date in words', 'Meet on May 4th 2023 at 2pm.', { date: '2023-05-04', time: '14:00' }],
    ['relative dates against the today the text states', 'Air quality for yesterday, please. Today is May 5, 2023.', { date: '2023-05-04' }],
    ['plurals, forms and a city with its state', 'Physical books that open on Sundays, in Chicago, Illinois.', { item: 'physical book', condition: 'opens on Sundays', location: 'Chicago, IL' }],
    ['a country in another script', '我想查一下中国的天气', { country: 'CN' }],
    ['a place the tables do not know, with the country a reader adds', 'The weather in Lang Son in fahrenheit?', { location: 'Lang Son, Vietnam' }],
    ['a known city with its own state', 'Find hotels in San Diego.', { location: 'San Diego, CA' }],
    ['a search query of field:value parts, each said', "Play the song 'Friends' by Marshmello", { query: 'track:Friends artist:Marshmello' }],
  ])('%s', (_l, text, args) => expect(grounding(oneCall(text, 'do_it', args))).toEqual([]));
});

describe('what a reader cannot derive is not', () => {
  it.each([
    ['a number with another magnitude', 'Sold 43 units.', { units: 4300 }, 'units = 4300 is stated nowhere before the call (said with another magnitude: 43)'],
    ['a digit changed', 'Sold 43 units.', { units: 44 }, 'units = 44 is stated nowhere before the call'],
    ['1 from "one of"', 'Pick one of the offers for me.', { count: 1 }, 'count = 1 is stated nowhere before the call'],
    ['a date from digits said apart', 'A table for 4 people on 2024-05-12.', { date: '2024-12-04' }, 'date = "2024-12-04" is stated nowhere before the call'],
    ['a relative date without a stated today', 'The air quality yesterday, please.', { date: '2023-05-04' }, 'date = "2023-05-04" is stated nowhere before the call (a relative date needs the date of today stated, and none is)'],
    ['the wrong code for a name', 'Convert 150 Canadian dollars.', { from_currency: 'USD' }, 'from_currency = "USD" is stated nowhere before the call'],
    ['a known city with another country', 'Find hotels in Paris.', { location: 'Paris, Germany' }, 'location = "Paris, Germany" is stated nowhere before the call'],
    ['a place with a qualifier that names no place', 'The weather in Lang Son.', { location: 'Lang Son, sunny' }, 'location = "Lang Son, sunny" is stated nowhere before the call'],
    ['a field:value query with a value nobody said', "Play the song 'Friends' by Marshmello", { query: 'track:Enemies artist:Marshmello' }, 'query = "track:Enemies artist:Marshmello" is stated nowhere before the call'],
  ])('%s', (_l, text, args, message) => expect(grounding(oneCall(text, 'do_it', args))).toEqual([`do_it: ${message}`]));
});

describe('the failure names the value that is ungrounded', () => {
  it('names the age no one said, not the name beside it that the tool documentation does not state', () => {
    const params = { data: { type: 'array', description: 'People found.', items: { type: 'object', properties: { name: { type: 'string', description: 'Name.' }, age: { type: 'integer', description: 'Age.' } } } } };
    const r = oneCall('My name is Chester. I am 42 years old. My friend Jane is a year older than me.', 'extract', { data: [{ name: 'Chester', age: 42 }, { name: 'Jane', age: 43 }] }, { params });
    expect(grounding(r)).toEqual(['extract: data/1/age = 43 is stated nowhere before the call']);
  });
});

describe("a tool's documentation grounds a parameter by what it says of that parameter", () => {
  const params = { base: { type: 'integer', description: 'The base.' }, exponent: { type: 'integer', description: 'The exponent.' }, mod: { type: 'integer', description: 'The modulus. Default is 1.' } };
  it("another parameter's default grounds no value of this one", () => {
    expect(grounding(oneCall('Calculate 3 raised to the power 4.', 'math_power', { base: 1, exponent: 4 }, { params }))).toEqual(['math_power: base = 1 is stated nowhere before the call']);
  });
  it("the parameter's own documentation does", () => {
    expect(grounding(oneCall('Calculate 3 raised to the power 4.', 'math_power', { base: 3, exponent: 4, mod: 1 }, { params }))).toEqual([]);
  });
});

describe('a code its documentation lists grounds a value when its meaning is what the user asks for', () => {
  const params = { service_id: { type: 'integer', description: "The service. For example, '1' for cleaning service, '2' for ironing service, '3' for big cleaning service." } };
  it.each([
    ['the code of what is asked', 'Find a housekeeper who provides ironing services.', 2],
    ['a code when the request names none of the meanings', 'Find a housekeeper near Chatuchak.', 1],
  ])('%s', (_l, text, id) => expect(grounding(oneCall(text, 'get_service_id', { service_id: id }, { params }))).toEqual([]));
  it('not the code of something else', () => {
    expect(grounding(oneCall('Find a housekeeper who provides ironing services.', 'get_service_id', { service_id: 1 }, { params }))).toEqual([
      "get_service_id: service_id = 1 is stated nowhere before the call (the documentation's 1 means something the user did not ask for)",
    ]);
  });
});

describe('a rate per period states no 1', () => {
  it('"12,000 miles per year" grounds no distance of 1', () => {
    expect(grounding(oneCall('A car that travels 12,000 miles per year at 25 MPG.', 'emissions', { distance: 1, fuel_efficiency: 25 }))).toEqual(['emissions: distance = 1 is stated nowhere before the call']);
  });
  it('"every hour" still states one', () => {
    expect(grounding(oneCall('Each bacterium duplicates every hour.', 'evolve', { duplication_frequency: 1 }))).toEqual([]);
  });
});

describe('a number said once of one argument grounds no other argument', () => {
  const taken = (k: string, v: number): string => `${k} = ${v} is stated nowhere before the call (each time the request says ${v}, it is of another argument)`;
  it.each([
    ['a labelled coefficient', 'Find the roots of a quadratic equation with coefficients a=1, b=-3, c=2.', { a: 1, b: 1, c: 2 }, 'b'],
    ['a number with its unit', "Calculate the return of a bank's savings account with a deposit of $1000, annual interest rate of 3% for 1 year.", { deposit: 1, annual_interest_rate: 0.03, years: 1 }, 'deposit'],
    ['a count of another thing', 'Book a hotel room for two adults and one child in Paris.', { adults: 1, children: 1 }, 'adults'],
    ["a word of another argument's text", 'Book a single room for two nights at the Hilton Hotel.', { hotel_name: 'Hilton Hotel', room_type: 'single', nights: 1 }, 'nights'],
  ])('%s', (_l, text, args, key) => expect(grounding(oneCall(text, 'do_it', args))).toEqual([`do_it: ${taken(key, (args as Obj)[key] as number)}`]));
  it.each([
    ['one number of two arguments together', 'A rectangle with width and height of 5.', { width: 5, height: 5 }],
    ['two numbers, each of its own', "Retrieve the status of an ethernet interface on node 5, pod 1, and on node 1's neighbour.", { nodeId: 5, podId: 1 }],
    ['a number no name claims', 'A normal distribution with mean 0 and standard deviation 1.', { mu: 0, sigma: 1 }],
  ])('but %s', (_l, text, args) => expect(grounding(oneCall(text, 'do_it', args))).toEqual([]));
});

describe("the user's own number for a parameter, and the code the user asks for, beat the documentation", () => {
  it('a documented default is no answer to "two tickets"', () => {
    const params = { artist: { type: 'string', description: 'The artist.' }, num_tickets: { type: 'integer', description: 'Number of tickets required. Default is 1.' } };
    expect(grounding(oneCall('Get me two tickets for the next Eminem concert.', 'book', { artist: 'Eminem', num_tickets: 1 }, { params }))).toEqual([
      'book: num_tickets = 1 is stated nowhere before the call (the user says another number of it; the documentation\'s 1 is no answer to that)',
    ]);
    expect(grounding(oneCall('Get me tickets for the next Eminem concert.', 'book', { artist: 'Eminem', num_tickets: 1 }, { params }))).toEqual([]);
  });
  it('a code of a choice of two is the one whose meaning the user asks for', () => {
    const params = { service_id: { type: 'integer', description: "For example, '1' represents cleaning service, and '2' represents ironing service.", enum: [1, 2] } };
    expect(grounding(oneCall('Help find a housekeeper who provides ironing services.', 'get_service_id', { service_id: 1 }, { params }))).toEqual([
      "get_service_id: service_id = 1 is stated nowhere before the call (the documentation's 1 means something the user did not ask for)",
    ]);
    expect(grounding(oneCall('Help find a housekeeper who provides ironing services.', 'get_service_id', { service_id: 2 }, { params }))).toEqual([]);
  });
  it('"the second one" says no 1 another argument could take', () => {
    const text = 'Plot two sine waves. The first one has an amplitude of 2 and a phase shift of 1 radian. The second one has an amplitude of 3.';
    expect(grounding(oneCall(text, 'plot', { start_range: 1, amplitude: 2, phase_shift: 1 }))).toEqual([
      'plot: start_range = 1 is stated nowhere before the call (each time the request says 1, it is of another argument)',
    ]);
  });
});

describe('a default is no answer to the number the user says of the parameter', () => {
  it('the schema default, in a turn of one call', () => {
    const params = { player_name: { type: 'string', description: 'Name.' }, starting_level: { type: 'integer', description: 'The starting level.', default: 1 } };
    expect(grounding(oneCall("Create a player named 'StarPlayer' and set the starting level to 5.", 'create', { player_name: 'StarPlayer', starting_level: 1 }, { params }))).toEqual([
      'create: starting_level = 1 is stated nowhere before the call (the user says another number of it; the default 1 is no answer to that)',
    ]);
    expect(grounding(oneCall("Create a player named 'StarPlayer'.", 'create', { player_name: 'StarPlayer', starting_level: 1 }, { params }))).toEqual([]);
  });
  it('a documented default, of what the description says the parameter counts', () => {
    const params = { forecast_period: { type: 'integer', description: 'The number of years to forecast the prices. Default 1' } };
    expect(grounding(oneCall('Predict the house prices for the next 5 years.', 'predict', { forecast_period: 1 }, { params }))).toEqual([
      "predict: forecast_period = 1 is stated nowhere before the call (the user says another number of it; the documentation's 1 is no answer to that)",
    ]);
  });
  it('an amount in the unit of the parameter rounds half up, not down', () => {
    const params = { weight_kg: { type: 'number', description: 'The weight in kilograms.' } };
    expect(grounding(oneCall('How long to roast a chicken of 1.5 kg?', 'cook', { weight_kg: 1 }, { params }))).toEqual(['cook: weight_kg = 1 is stated nowhere before the call']);
    expect(grounding(oneCall('How long to roast a chicken of 1.5 kg?', 'cook', { weight_kg: 1.5 }, { params }))).toEqual([]);
  });
});
