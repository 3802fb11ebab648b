/**
 * The labeled corpus the rule layer is measured on: hand-written valid trajectories of every
 * call category (with their plans), and corruption functions that each break one thing a
 * rule is meant to catch. `labeledCorpus()` pairs them; `measureAccuracy()` runs the rules and
 * gives precision and recall per rule (scripts/verifier-accuracy.ts prints them).
 *
 * A corruption names the rule meant to catch it (`expected`) and the rules that may fire too
 * because the same change breaks them as well (`also`: an invented value is also ungrounded).
 * Precision of a rule counts as false positives its firings on valid records and on
 * corruptions that do not list it.
 */
import type { CanonicalRecord, Message, ToolCall, ToolDefinition } from '../core/record.js';
import type { Category, ItemPlan, PlannedCall } from '../core/plan.js';
import { RULE_LAYER_IDS, type RuleId } from './rule-ids.js';
import { verifyRecord } from './rules.js';

type Obj = Record<string, unknown>;
type Assistant = Extract<Message, { role: 'assistant' }>;

// ── tools ──
const fn = (name: string, description: string, parameters: Obj): ToolDefinition => ({ type: 'function', function: { name, description, parameters } });

export const CORPUS_TOOLS: Record<string, ToolDefinition> = {
  get_current_weather: fn('get_current_weather', 'Get the current weather for a city.', {
    type: 'object',
    properties: {
      city: { type: 'string', description: 'City name, e.g. Lyon.' },
      country_code: { type: 'string', pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 country code.' },
      units: { type: 'string', enum: ['metric', 'imperial'], default: 'metric', description: 'Unit system.' },
    },
    required: ['city'],
    additionalProperties: false,
  }),
  get_stock_quote: fn('get_stock_quote', 'Get the latest price of a stock by its ticker symbol.', {
    type: 'object',
    properties: { symbol: { type: 'string', pattern: '^[A-Z]{1,5}$', description: 'Ticker symbol, e.g. AAPL.' } },
    required: ['symbol'],
    additionalProperties: false,
  }),
  convert_currency: fn('convert_currency', 'Convert an amount of money from one currency to another.', {
    type: 'object',
    properties: {
      amount: { type: 'number', minimum: 0, description: 'Amount to convert.' },
      from_currency: { type: 'string', pattern: '^[A-Z]{3}$', description: 'ISO 4217 code of the source currency.' },
      to_currency: { type: 'string', pattern: '^[A-Z]{3}$', description: 'ISO 4217 code of the target currency.' },
    },
    required: ['amount', 'from_currency', 'to_currency'],
    additionalProperties: false,
  }),
  send_email: fn('send_email', 'Send an email.', {
    type: 'object',
    properties: {
      to: { type: 'string', format: 'email', description: 'Recipient address.' },
      subject: { type: 'string', minLength: 1, maxLength: 200, description: 'Subject line.' },
      body: { type: 'string', minLength: 1, description: 'Message body.' },
    },
    required: ['to', 'subject', 'body'],
    additionalProperties: false,
  }),
  search_flights: fn('search_flights', 'Search for flights between two airports on a date.', {
    type: 'object',
    properties: {
      origin: { type: 'string', pattern: '^[A-Z]{3}$', description: 'IATA code of the departure airport.' },
      destination: { type: 'string', pattern: '^[A-Z]{3}$', description: 'IATA code of the arrival airport.' },
      departure_date: { type: 'string', format: 'date', description: 'Departure date (YYYY-MM-DD).' },
      cabin_class: { type: 'string', enum: ['economy', 'premium_economy', 'business', 'first'], default: 'economy', description: 'Cabin class.' },
    },
    required: ['origin', 'destination', 'departure_date'],
    additionalProperties: false,
  }),
  book_flight: fn('book_flight', 'Book a seat on a flight found by search_flights.', {
    type: 'object',
    properties: {
      flight_id: { type: 'string', description: 'Id of the flight, from search_flights.' },
      passenger_name: { type: 'string', description: 'Full name of the passenger.' },
    },
    required: ['flight_id', 'passenger_name'],
    additionalProperties: false,
  }),
  create_event: fn('create_event', 'Create a calendar event and invite attendees.', {
    type: 'object',
    properties: {
      title: { type: 'string', description: 'Event title.' },
      start: { type: 'string', format: 'date-time', description: 'Start time (ISO 8601).' },
      duration_minutes: { type: 'integer', minimum: 5, maximum: 1440, description: 'Length in minutes.' },
      attendees: {
        type: 'array',
        description: 'People to invite.',
        items: {
          type: 'object',
          properties: { email: { type: 'string', format: 'email', description: 'Address.' }, optional: { type: 'boolean', description: 'Attendance optional.' } },
          required: ['email'],
          additionalProperties: false,
        },
      },
    },
    required: ['title', 'start', 'duration_minutes'],
    additionalProperties: false,
  }),
  delete_folder: fn('delete_folder', 'Permanently delete a folder from the user\'s drive.', {
    type: 'object',
    properties: {
      path: { type: 'string', description: 'Folder path.' },
      recursive: { type: 'boolean', default: false, description: 'Also delete everything inside.' },
    },
    required: ['path'],
    additionalProperties: false,
  }),
  search_restaurants: fn('search_restaurants', 'Find restaurants in a city by cuisine.', {
    type: 'object',
    properties: {
      city: { type: 'string', description: 'City.' },
      cuisine: { type: 'string', enum: ['italian', 'japanese', 'french', 'indian', 'mexican'], description: 'Cuisine.' },
    },
    required: ['city'],
    additionalProperties: false,
  }),
};

// ── building blocks ──
export interface CorpusEntry {
  readonly name: string;
  readonly record: CanonicalRecord;
  readonly plan: ItemPlan;
  /** A value that is stated in the conversation and valid for the schema, but not the planned one. */
  readonly decoy?: { readonly call: number; readonly argument: string; readonly value: unknown };
}

const sys = (content: string): Message => ({ role: 'system', content });
const user = (content: string): Message => ({ role: 'user', content });
const say = (content: string): Message => ({ role: 'assistant', content });
const tool = (id: string, result: unknown): Message => ({ role: 'tool', tool_call_id: id, content: JSON.stringify(result) });
const calls = (reasoning: string, ...cs: [string, string, Obj][]): Message => ({
  role: 'assistant',
  content: null,
  reasoning,
  tool_calls: cs.map(([id, name, args]): ToolCall => ({ id, type: 'function', function: { name, arguments: JSON.stringify(args) } })),
});

let seq = 0;
function entry(
  name: string,
  category: Category,
  toolNames: string[],
  messages: Message[],
  planCalls: PlannedCall[],
  extra: Partial<ItemPlan> = {},
  decoy?: CorpusEntry['decoy'],
): CorpusEntry {
  const idx = seq++;
  const users = messages.filter((m) => m.role === 'user').length;
  const record: CanonicalRecord = {
    id: `corpus-${String(idx).padStart(3, '0')}`,
    split: 'train',
    tools: toolNames.map((n) => CORPUS_TOOLS[n]),
    messages,
    meta: { category, domains: ['corpus'], difficulty: 1, seed: 1000 + idx, verdict: { accepted: true, checks: [] }, usage: { prompt_tokens: 0, completion_tokens: 0 } },
  };
  const plan: ItemPlan = {
    idx,
    seed: 1000 + idx,
    category,
    difficulty: 1,
    split: 'train',
    tools: toolNames,
    targets: [...new Set(planCalls.map((c) => c.name))],
    calls: planCalls,
    domains: ['corpus'],
    turns: users,
    ...extra,
  };
  return { name, record, plan, ...(decoy ? { decoy } : {}) };
}

/** The hand-written valid trajectories, at least one per category. */
export function validEntries(): CorpusEntry[] {
  seq = 0;
  return [
    entry(
      'single: weather',
      'single',
      ['get_stock_quote', 'get_current_weather', 'send_email'],
      [
        sys('You are a helpful assistant with access to tools.'),
        user('I land in Lyon tonight, coming from Paris. What is the weather there right now, in metric units?'),
        calls('The user wants the current weather in Lyon, so get_current_weather fits; get_stock_quote and send_email do other things.', ['call_w1', 'get_current_weather', { city: 'Lyon', units: 'metric' }]),
        tool('call_w1', { city: 'Lyon', temperature: 14, condition: 'cloudy', humidity_pct: 60 }),
        say('It is 14 °C and cloudy in Lyon right now, with 60% humidity.'),
      ],
      [{ name: 'get_current_weather', arguments: { city: 'Lyon', units: 'metric' } }],
      {},
      { call: 0, argument: 'city', value: 'Paris' },
    ),
    entry(
      'single: flight search with a relative date',
      'single',
      ['search_flights', 'book_flight', 'get_current_weather'],
      [
        sys('Today is 2025-06-11. You help users by calling the provided tools.'),
        user('Find me business class flights from LYS to LIS tomorrow.'),
        calls('search_flights looks up flights between two airports on a date; book_flight would book one, which was not asked.', [
          'call_f1',
          'search_flights',
          { origin: 'LYS', destination: 'LIS', departure_date: '2025-06-12', cabin_class: 'business' },
        ]),
        tool('call_f1', { flights: [{ flight_id: 'TP4821', departs: '2025-06-12T07:35', price_eur: 412 }] }),
        say('There is one business class flight tomorrow: TP4821, leaving at 07:35, for 412 EUR.'),
      ],
      [{ name: 'search_flights', arguments: { origin: 'LYS', destination: 'LIS', departure_date: '2025-06-12', cabin_class: 'business' } }],
    ),
    entry(
      'multiple: currency conversion among several tools',
      'multiple',
      ['get_current_weather', 'convert_currency', 'get_stock_quote'],
      [
        sys('You are an AI assistant that can call functions.'),
        user('How much is 250 euros in US dollars? Not pounds, dollars (USD).'),
        calls('convert_currency converts an amount between currencies; get_stock_quote and get_current_weather are unrelated.', [
          'call_c1',
          'convert_currency',
          { amount: 250, from_currency: 'EUR', to_currency: 'USD' },
        ]),
        tool('call_c1', { amount: 250, from_currency: 'EUR', to_currency: 'USD', converted: 271.5, rate: 1.086 }),
        say('250 EUR is about 271.50 USD at a rate of 1.086.'),
      ],
      [{ name: 'convert_currency', arguments: { amount: 250, from_currency: 'EUR', to_currency: 'USD' } }],
      {},
      { call: 0, argument: 'amount', value: 1 },
    ),
    entry(
      'parallel: two stock quotes',
      'parallel',
      ['get_stock_quote', 'convert_currency'],
      [
        sys('You are a function-calling assistant.'),
        user('Give me the quotes for AAPL and MSFT, not GOOG.'),
        calls(
          'get_stock_quote gives the price of one ticker, and there are two separate requests, so two get_stock_quote calls in parallel.',
          ['call_p1', 'get_stock_quote', { symbol: 'AAPL' }],
          ['call_p2', 'get_stock_quote', { symbol: 'MSFT' }],
        ),
        tool('call_p1', { symbol: 'AAPL', price: 190.5, currency: 'USD' }),
        tool('call_p2', { symbol: 'MSFT', price: 410.1, currency: 'USD' }),
        say('AAPL is at 190.50 USD and MSFT at 410.10 USD.'),
      ],
      [
        { name: 'get_stock_quote', arguments: { symbol: 'AAPL' } },
        { name: 'get_stock_quote', arguments: { symbol: 'MSFT' } },
      ],
      {},
      { call: 1, argument: 'symbol', value: 'GOOG' },
    ),
    entry(
      'parallel-multiple: weather and a quote',
      'parallel-multiple',
      ['get_stock_quote', 'get_current_weather', 'search_restaurants'],
      [
        sys('You are a helpful assistant with access to tools.'),
        user('Two things: the weather in Oslo, and the NVDA share price.'),
        calls(
          'The request has two independent parts, so I call get_current_weather for Oslo and get_stock_quote for NVDA in parallel.',
          ['call_m1', 'get_current_weather', { city: 'Oslo' }],
          ['call_m2', 'get_stock_quote', { symbol: 'NVDA' }],
        ),
        tool('call_m1', { city: 'Oslo', temperature: 3, condition: 'snow' }),
        tool('call_m2', { symbol: 'NVDA', price: 121.4, currency: 'USD' }),
        say('In Oslo it is 3 °C with snow, and NVDA trades at 121.40 USD.'),
      ],
      [
        { name: 'get_current_weather', arguments: { city: 'Oslo' } },
        { name: 'get_stock_quote', arguments: { symbol: 'NVDA' } },
      ],
    ),
    entry(
      'dependent: search then book',
      'dependent',
      ['search_flights', 'book_flight', 'send_email'],
      [
        sys('You are a travel assistant with tools.'),
        user('Book me, Ana Costa, on the first economy flight from LYS to LIS on June 12, 2025.'),
        calls('First search_flights finds the flights from LYS to LIS on that date; book_flight needs a flight id that only the search gives.', [
          'call_d1',
          'search_flights',
          { origin: 'LYS', destination: 'LIS', departure_date: '2025-06-12', cabin_class: 'economy' },
        ]),
        tool('call_d1', { flights: [{ flight_id: 'TP4821', departs: '2025-06-12T07:35', price_eur: 129 }, { flight_id: 'U23917', departs: '2025-06-12T13:10', price_eur: 98 }] }),
        calls('book_flight books the first flight the search returned, TP4821, for Ana Costa.', ['call_d2', 'book_flight', { flight_id: 'TP4821', passenger_name: 'Ana Costa' }]),
        tool('call_d2', { booking_id: 'BK-55120', flight_id: 'TP4821', status: 'confirmed' }),
        say('You are booked on TP4821 (07:35) from LYS to LIS on June 12, booking BK-55120.'),
      ],
      [
        { name: 'search_flights', arguments: { origin: 'LYS', destination: 'LIS', departure_date: '2025-06-12', cabin_class: 'economy' }, step: 0 },
        { name: 'book_flight', arguments: { flight_id: 'TP4821', passenger_name: 'Ana Costa' }, step: 1, dependsOn: { flight_id: { call: 0, field: 'flights.0.flight_id' } } },
      ],
    ),
    entry(
      'nested: event with attendees',
      'nested',
      ['create_event', 'send_email'],
      [
        sys('You are a scheduling assistant with tools.'),
        user('Set up "Budget review" on 2025-03-14 at 10:00 for 45 minutes, inviting lea@example.com and, optionally, tom@example.com.'),
        calls('create_event creates the meeting with its attendees; send_email would only send a message.', [
          'call_n1',
          'create_event',
          {
            title: 'Budget review',
            start: '2025-03-14T10:00:00Z',
            duration_minutes: 45,
            attendees: [{ email: 'lea@example.com' }, { email: 'tom@example.com', optional: true }],
          },
        ]),
        tool('call_n1', { event_id: 'ev_8812', status: 'created' }),
        say('The "Budget review" is booked for March 14, 2025 at 10:00 for 45 minutes, with Léa invited and Tom as optional (event ev_8812).'),
      ],
      [
        {
          name: 'create_event',
          arguments: { title: 'Budget review', start: '2025-03-14T10:00:00Z', duration_minutes: 45, attendees: [{ email: 'lea@example.com' }, { email: 'tom@example.com', optional: true }] },
        },
      ],
    ),
    entry(
      'irrelevance: no tool fits',
      'irrelevance',
      ['get_current_weather', 'get_stock_quote'],
      [
        sys('You are a helpful assistant with tools. If no tool fits, say so plainly.'),
        user('Book me a table for two at Casa Lucia tonight.'),
        say('Sorry, I cannot book restaurant tables: my tools only give the weather and stock quotes.'),
      ],
      [],
    ),
    entry(
      'clarification: ask for the address',
      'clarification',
      ['send_email', 'get_current_weather'],
      [
        sys('You are an assistant that can send emails.'),
        user('Email Marc that the budget review moves to Thursday at 10, with the subject "Budget review".'),
        say('Sure. What is Marc\'s email address?'),
        user('It is marc.dupont@example.com.'),
        calls('send_email sends the message; the user gave the address, the subject and the text.', [
          'call_e1',
          'send_email',
          { to: 'marc.dupont@example.com', subject: 'Budget review', body: 'The budget review moves to Thursday at 10.' },
        ]),
        tool('call_e1', { message_id: 'msg_301', status: 'sent' }),
        say('Done: Marc has been told the budget review moves to Thursday at 10.'),
      ],
      [{ name: 'send_email', arguments: { to: 'marc.dupont@example.com', subject: 'Budget review', body: 'The budget review moves to Thursday at 10.' }, turn: 1 }],
      { withheld: { call: 0, argument: 'to' } },
    ),
    entry(
      'multi-turn: weather then a quote',
      'multi-turn',
      ['get_current_weather', 'get_stock_quote', 'convert_currency'],
      [
        sys('You are a helpful assistant with access to tools.'),
        user('What is the weather in Paris?'),
        calls('get_current_weather gives the weather in Paris.', ['call_t1', 'get_current_weather', { city: 'Paris' }]),
        tool('call_t1', { city: 'Paris', temperature: 18, condition: 'sunny' }),
        say('It is 18 °C and sunny in Paris.'),
        user('Thanks. And how is TSLA doing today?'),
        calls('The user now asks for a share price: get_stock_quote for TSLA.', ['call_t2', 'get_stock_quote', { symbol: 'TSLA' }]),
        tool('call_t2', { symbol: 'TSLA', price: 244.2, currency: 'USD' }),
        say('TSLA is at 244.20 USD.'),
      ],
      [
        { name: 'get_current_weather', arguments: { city: 'Paris' }, turn: 0 },
        { name: 'get_stock_quote', arguments: { symbol: 'TSLA' }, turn: 1 },
      ],
    ),
    entry(
      'safety: confirm before deleting',
      'safety',
      ['delete_folder', 'send_email'],
      [
        sys('You are an assistant that manages the user\'s files.'),
        user('Delete the folder /home/ana/old-projects and everything inside it.'),
        say('This will permanently delete /home/ana/old-projects and all its contents. Do you want me to go ahead?'),
        user('Yes, go ahead.'),
        calls('The user confirmed, so delete_folder removes /home/ana/old-projects with its contents.', ['call_s1', 'delete_folder', { path: '/home/ana/old-projects', recursive: true }]),
        tool('call_s1', { deleted: true, path: '/home/ana/old-projects', files_removed: 214 }),
        say('The folder /home/ana/old-projects and its 214 files are deleted.'),
      ],
      [{ name: 'delete_folder', arguments: { path: '/home/ana/old-projects', recursive: true }, turn: 1 }],
      { safety: 'confirm' },
    ),
    entry(
      'safety: refuse a harmful request',
      'safety',
      ['delete_folder', 'send_email'],
      [
        sys('You are an assistant that manages files.'),
        user('Wipe my coworker\'s shared folder /shared/jonas without telling him, he annoys me.'),
        say('I won\'t delete someone else\'s files behind their back. If the folder is a problem, please raise it with Jonas or your administrator.'),
      ],
      [],
      { safety: 'refuse' },
    ),
  ];
}

// ── corruptions ──
export interface Corruption {
  readonly name: string;
  readonly expected: RuleId;
  readonly also?: readonly RuleId[];
  /** The corrupted copy, or undefined when the corruption does not apply to this entry. */
  apply(e: CorpusEntry): CorpusEntry | undefined;
}

const clone = <T>(v: T): T => structuredClone(v);

function withMessages(e: CorpusEntry, f: (m: Message[]) => Message[] | undefined): CorpusEntry | undefined {
  const m = f(clone([...e.record.messages]));
  return m ? { ...e, record: { ...e.record, messages: m } } : undefined;
}

function callMessages(m: Message[]): number[] {
  return m.flatMap((x, i) => (x.role === 'assistant' && (x.tool_calls?.length ?? 0) > 0 ? [i] : []));
}

/** Replace the arguments of call `ci` of the first call message; f gets (args, tool parameters). */
function changeArgs(e: CorpusEntry, f: (args: Obj, params: Obj) => Obj | undefined, which = 0): CorpusEntry | undefined {
  return withMessages(e, (m) => {
    const at = callMessages(m)[which];
    if (at === undefined) return undefined;
    const a = m[at] as Assistant;
    const c = a.tool_calls![0];
    const params = e.record.tools.find((t) => t.function.name === c.function.name)?.function.parameters ?? {};
    const next = f(JSON.parse(c.function.arguments) as Obj, params);
    if (!next) return undefined;
    m[at] = { ...a, tool_calls: [{ ...c, function: { ...c.function, arguments: JSON.stringify(next) } }, ...a.tool_calls!.slice(1)] };
    return m;
  });
}

const propsOf = (params: Obj): Record<string, Obj> => (params.properties ?? {}) as Record<string, Obj>;
const finalIdx = (m: Message[]): number => m.length - 1;
const uncalledTool = (e: CorpusEntry): number => {
  const called = new Set(e.record.messages.flatMap((m) => (m.role === 'assistant' ? (m.tool_calls ?? []).map((c) => c.function.name) : [])));
  return e.record.tools.findIndex((t) => !called.has(t.function.name));
};
function changeTool(e: CorpusEntry, f: (fn: Obj) => void): CorpusEntry | undefined {
  const i = uncalledTool(e);
  if (i < 0) return undefined;
  const tools = clone([...e.record.tools]);
  f(tools[i].function as unknown as Obj);
  return { ...e, record: { ...e.record, tools } };
}

const ARG_FOLLOWS = ['plan.arguments', 'grounding.value', 'category.dependent-chain', 'category.clarification-invented'] as const;

export const CORRUPTIONS: readonly Corruption[] = [
  {
    name: 'tool name not valid',
    expected: 'tools.name',
    apply: (e) => changeTool(e, (f) => (f.name = `${String(f.name)} v2!`)),
  },
  {
    name: 'tool schema not valid',
    expected: 'tools.schema',
    apply: (e) => changeTool(e, (f) => (f.parameters = { ...(f.parameters as Obj), type: 'array' })),
  },
  {
    name: 'required names an undeclared property',
    expected: 'tools.required',
    apply: (e) => changeTool(e, (f) => (f.parameters = { ...(f.parameters as Obj), required: ['no_such_parameter'] })),
  },
  {
    name: 'tool without a description',
    expected: 'tools.description',
    apply: (e) => changeTool(e, (f) => (f.description = '')),
  },
  {
    name: 'call to a tool not in the toolset',
    expected: 'calls.unknown-tool',
    also: ['plan.mismatch', 'hygiene.rationale-tool', 'category.dependent-chain', 'category.clarification-invented'],
    apply: (e) =>
      withMessages(e, (m) => {
        const at = callMessages(m)[0];
        if (at === undefined) return undefined;
        const a = m[at] as Assistant;
        const c = a.tool_calls![0];
        m[at] = { ...a, tool_calls: [{ ...c, function: { ...c.function, name: `${c.function.name}_v2` } }, ...a.tool_calls!.slice(1)] };
        return m;
      }),
  },
  {
    name: 'arguments not JSON',
    expected: 'args.json',
    apply: (e) =>
      withMessages(e, (m) => {
        const at = callMessages(m)[0];
        if (at === undefined) return undefined;
        const a = m[at] as Assistant;
        const c = a.tool_calls![0];
        m[at] = { ...a, tool_calls: [{ ...c, function: { ...c.function, arguments: c.function.arguments.replace(/"/g, "'") } }, ...a.tool_calls!.slice(1)] };
        return m;
      }),
  },
  {
    name: 'wrong argument type',
    expected: 'args.schema',
    also: ARG_FOLLOWS,
    apply: (e) =>
      changeArgs(e, (args, params) => {
        const k = Object.keys(args).find((x) => typeof args[x] === 'string' || typeof args[x] === 'number');
        if (!k) return undefined;
        return { ...args, [k]: typeof args[k] === 'string' ? 42 : String(args[k]) };
      }),
  },
  {
    name: 'missing required argument',
    expected: 'args.required',
    also: ['plan.arguments', 'category.dependent-chain'],
    apply: (e) =>
      changeArgs(e, (args, params) => {
        const req = (params.required ?? []) as string[];
        const k = req.find((x) => x in args);
        if (!k) return undefined;
        const next = { ...args };
        delete next[k];
        return next;
      }),
  },
  {
    name: 'unknown parameter',
    expected: 'args.unknown',
    also: ['plan.arguments'],
    apply: (e) =>
      changeArgs(e, (args, params) => {
        const k = ['lang', 'extra_option', 'debug_level_x'].find((x) => !(x in propsOf(params)));
        return { ...args, [k!]: 'fr' };
      }),
  },
  {
    name: 'enum violation',
    expected: 'args.schema',
    also: ARG_FOLLOWS,
    apply: (e) =>
      changeArgs(e, (args, params) => {
        const props = propsOf(params);
        const k = Object.keys(args).find((x) => Array.isArray(props[x]?.enum));
        return k ? { ...args, [k]: `${String(args[k]).toUpperCase()}_X` } : undefined;
      }),
  },
  {
    name: 'bound violation',
    expected: 'args.schema',
    also: ARG_FOLLOWS,
    apply: (e) =>
      changeArgs(e, (args, params) => {
        const props = propsOf(params);
        const k = Object.keys(args).find((x) => typeof props[x]?.minimum === 'number' || typeof props[x]?.pattern === 'string' || typeof props[x]?.format === 'string');
        if (!k) return undefined;
        const p = props[k];
        return { ...args, [k]: typeof p.minimum === 'number' ? (p.minimum as number) - 7 : `${String(args[k]).toLowerCase()} x` };
      }),
  },
  {
    name: 'ungrounded value',
    expected: 'grounding.value',
    also: ['plan.arguments', 'category.dependent-chain', 'category.clarification-invented'],
    apply: (e) =>
      changeArgs(e, (args, params) => {
        const props = propsOf(params);
        const k = Object.keys(args).find((x) => typeof args[x] === 'string' && props[x] && !props[x].pattern && !props[x].format && !props[x].enum);
        if (k) return { ...args, [k]: 'Zanzibar Quayside' };
        const n = Object.keys(args).find((x) => typeof args[x] === 'number');
        return n ? { ...args, [n]: 7919 } : undefined;
      }),
  },
  {
    name: 'grounded value that is not the planned one',
    expected: 'plan.arguments',
    apply: (e) => (e.decoy ? changeArgs(e, (args) => ({ ...args, [e.decoy!.argument]: e.decoy!.value }), e.decoy.call) : undefined),
  },
  {
    name: 'extra call not in the plan',
    expected: 'plan.mismatch',
    also: ['category.parallel-count'],
    apply: (e) => {
      if (e.record.meta.category === 'parallel' || e.record.meta.category === 'parallel-multiple') return undefined;
      return withMessages(e, (m) => {
        const at = callMessages(m)[0];
        if (at === undefined) return undefined;
        const a = m[at] as Assistant;
        const c = a.tool_calls![0];
        const copy = { ...c, id: `${c.id}_again` };
        const answer = m.find((x) => x.role === 'tool' && x.tool_call_id === c.id) as Extract<Message, { role: 'tool' }>;
        m[at] = { ...a, tool_calls: [...a.tool_calls!, copy] };
        const lastTool = m.findIndex((x, i) => i > at && x.role !== 'tool' && i > at);
        m.splice(lastTool, 0, { ...answer, tool_call_id: copy.id });
        return m;
      });
    },
  },
  {
    name: 'parallel calls split into separate turns',
    expected: 'category.parallel-count',
    also: ['plan.mismatch'],
    apply: (e) =>
      withMessages(e, (m) => {
        const at = callMessages(m)[0];
        const a = at === undefined ? undefined : (m[at] as Assistant);
        if (!a || a.tool_calls!.length < 2 || !e.record.meta.category.startsWith('parallel')) return undefined;
        const out: Message[] = m.slice(0, at);
        const answers = m.filter((x) => x.role === 'tool');
        for (const c of a.tool_calls!) {
          out.push({ ...a, tool_calls: [c] });
          out.push(answers.find((x) => x.role === 'tool' && x.tool_call_id === c.id)!);
        }
        return [...out, ...m.slice(at + 1 + a.tool_calls!.length)];
      }),
  },
  {
    name: 'parallel item with one call',
    expected: 'category.parallel-count',
    also: ['plan.mismatch'],
    apply: (e) =>
      withMessages(e, (m) => {
        const at = callMessages(m)[0];
        const a = at === undefined ? undefined : (m[at] as Assistant);
        if (!a || a.tool_calls!.length < 2 || !e.record.meta.category.startsWith('parallel')) return undefined;
        const dropped = new Set(a.tool_calls!.slice(1).map((c) => c.id));
        m[at] = { ...a, tool_calls: [a.tool_calls![0]] };
        return m.filter((x) => !(x.role === 'tool' && dropped.has(x.tool_call_id)));
      }),
  },
  {
    name: 'dangling call',
    expected: 'structure.unanswered-call',
    also: ['category.dependent-chain', 'grounding.value'],
    apply: (e) =>
      withMessages(e, (m) => {
        const i = m.findIndex((x) => x.role === 'tool');
        if (i < 0) return undefined;
        m.splice(i, 1);
        return m;
      }),
  },
  {
    name: 'call answered twice',
    expected: 'structure.duplicate-answer',
    apply: (e) =>
      withMessages(e, (m) => {
        const i = m.findIndex((x) => x.role === 'tool');
        if (i < 0) return undefined;
        m.splice(i, 0, m[i]);
        return m;
      }),
  },
  {
    name: 'tool message for no call',
    expected: 'structure.orphan-tool-message',
    apply: (e) =>
      withMessages(e, (m) => {
        const i = m.findIndex((x) => x.role === 'tool');
        if (i < 0) return undefined;
        m.splice(i + 1, 0, { role: 'tool', tool_call_id: 'call_zzz_unknown', content: '{"ok": true}' });
        return m;
      }),
  },
  {
    name: 'two calls with one id',
    expected: 'structure.call-id',
    also: ['structure.duplicate-answer', 'structure.orphan-tool-message', 'structure.unanswered-call', 'category.dependent-chain'],
    apply: (e) =>
      withMessages(e, (m) => {
        const at = callMessages(m);
        const all = at.flatMap((i) => (m[i] as Assistant).tool_calls!.map((c, ci) => [i, ci] as const));
        if (all.length < 2) return undefined;
        const [i, ci] = all[1];
        const a = m[i] as Assistant;
        const tc = [...a.tool_calls!];
        const old = tc[ci].id;
        tc[ci] = { ...tc[ci], id: (m[all[0][0]] as Assistant).tool_calls![all[0][1]].id };
        m[i] = { ...a, tool_calls: tc };
        return m.map((x) => (x.role === 'tool' && x.tool_call_id === old ? { ...x, tool_call_id: tc[ci].id } : x));
      }),
  },
  {
    name: 'system message after the user',
    expected: 'structure.role-order',
    apply: (e) => withMessages(e, (m) => (m[0].role === 'system' && m[1].role === 'user' ? [m[1], m[0], ...m.slice(2)] : undefined)),
  },
  {
    name: 'tool results after a text-only assistant turn',
    expected: 'structure.role-order',
    also: ['structure.unanswered-call', 'structure.orphan-tool-message', 'category.dependent-chain', 'grounding.value'],
    apply: (e) =>
      withMessages(e, (m) => {
        const at = callMessages(m)[0];
        if (at === undefined) return undefined;
        m.splice(at + 1, 0, { role: 'assistant', content: 'One moment while I look that up.' });
        return m;
      }),
  },
  {
    name: 'assistant answers before the user asks',
    expected: 'structure.role-order',
    also: ['structure.final-answer', 'category.clarification-ask', 'category.safety-confirm'],
    apply: (e) => withMessages(e, (m) => (m[0].role === 'system' && m[1].role === 'user' ? [m[0], { role: 'assistant', content: 'Hello! How can I help you today?' }, ...m.slice(1)] : undefined)),
  },
  {
    name: 'no final answer',
    expected: 'structure.final-answer',
    also: ['category.clarification-ask'],
    apply: (e) => withMessages(e, (m) => m.slice(0, -1)),
  },
  {
    name: 'a call in an irrelevance item',
    expected: 'category.irrelevance-call',
    also: ['plan.mismatch', 'grounding.value'],
    apply: (e) =>
      e.record.meta.category !== 'irrelevance'
        ? undefined
        : withMessages(e, (m) => [
            ...m.slice(0, -1),
            calls('get_current_weather is the closest tool.', ['call_i1', 'get_current_weather', { city: 'Lyon' }]),
            tool('call_i1', { city: 'Lyon', temperature: 14 }),
            say('I could not book it, but it is 14 °C in Lyon.'),
          ]),
  },
  {
    name: 'clarification: calls without asking',
    expected: 'category.clarification-ask',
    also: ['grounding.value', 'category.clarification-invented', 'plan.mismatch'],
    apply: (e) =>
      e.record.meta.category !== 'clarification'
        ? undefined
        : withMessages(e, (m) => {
            const firstUser = m.findIndex((x) => x.role === 'user');
            const at = callMessages(m)[0];
            return [...m.slice(0, firstUser + 1), ...m.slice(at)];
          }),
  },
  {
    name: 'clarification: invented value for the withheld argument',
    expected: 'category.clarification-invented',
    also: ['grounding.value', 'plan.arguments'],
    apply: (e) => {
      const w = e.plan.withheld;
      if (!w) return undefined;
      const at = callMessages([...e.record.messages]).indexOf(callMessages([...e.record.messages])[0]);
      return changeArgs(e, (args) => ({ ...args, [w.argument]: 'marc@example.org' }), at);
    },
  },
  {
    name: 'dependent call not using the earlier result',
    expected: 'category.dependent-chain',
    also: ['grounding.value'],
    apply: (e) => {
      const i = e.plan.calls.findIndex((c) => c.dependsOn);
      if (i < 0) return undefined;
      const arg = Object.keys(e.plan.calls[i].dependsOn!)[0];
      return changeArgs(e, (args) => ({ ...args, [arg]: 'U23918' }), 1);
    },
  },
  {
    name: 'dependent call made before the result',
    expected: 'category.dependent-chain',
    also: ['grounding.value', 'plan.mismatch'],
    apply: (e) =>
      !e.plan.calls.some((c) => c.dependsOn)
        ? undefined
        : withMessages(e, (m) => {
            const [a1, a2] = callMessages(m);
            const first = m[a1] as Assistant;
            const second = m[a2] as Assistant;
            const t1 = m[a1 + 1];
            const t2 = m[a2 + 1];
            return [...m.slice(0, a1), { ...first, tool_calls: [...first.tool_calls!, ...second.tool_calls!] }, t1, t2, ...m.slice(a2 + 2)];
          }),
  },
  {
    name: 'safety: destructive call without confirmation',
    expected: 'category.safety-confirm',
    also: ['plan.mismatch'],
    apply: (e) =>
      e.plan.safety !== 'confirm'
        ? undefined
        : withMessages(e, (m) => {
            const firstUser = m.findIndex((x) => x.role === 'user');
            return [...m.slice(0, firstUser + 1), ...m.slice(callMessages(m)[0])];
          }),
  },
  {
    name: 'safety: acting on a request to refuse',
    expected: 'category.safety-refuse',
    also: ['plan.mismatch', 'grounding.value'],
    apply: (e) =>
      e.plan.safety !== 'refuse'
        ? undefined
        : withMessages(e, (m) => [
            ...m.slice(0, -1),
            calls('delete_folder deletes the folder /shared/jonas.', ['call_r1', 'delete_folder', { path: '/shared/jonas', recursive: true }]),
            tool('call_r1', { deleted: true, path: '/shared/jonas' }),
            say('The folder /shared/jonas is deleted.'),
          ]),
  },
  {
    name: 'multi-turn collapsed to one turn',
    expected: 'category.multi-turn',
    also: ['plan.mismatch'],
    apply: (e) =>
      e.record.meta.category !== 'multi-turn'
        ? undefined
        : withMessages(e, (m) => {
            const second = m.findIndex((x, i) => x.role === 'user' && i > m.findIndex((y) => y.role === 'user'));
            return m.slice(0, second);
          }),
  },
  {
    name: 'empty assistant turn',
    expected: 'hygiene.empty-turn',
    apply: (e) => withMessages(e, (m) => [...m.slice(0, -1), { role: 'assistant', content: '' }, m[finalIdx(m)]]),
  },
  {
    name: 'final answer cut off mid-sentence',
    expected: 'hygiene.truncated',
    apply: (e) =>
      withMessages(e, (m) => {
        const last = m[finalIdx(m)] as Assistant;
        const text = last.content ?? '';
        const cut = Math.max(text.lastIndexOf(', '), text.lastIndexOf(' and '), text.lastIndexOf(' for '), text.lastIndexOf(' the '));
        if (cut <= 0) return undefined;
        const end = text[cut] === ',' ? cut + 1 : text.indexOf(' ', cut + 1);
        m[finalIdx(m)] = { ...last, content: text.slice(0, end) };
        return m;
      }),
  },
  {
    name: 'tool result cut off',
    expected: 'hygiene.truncated',
    also: ['category.dependent-chain'],
    apply: (e) =>
      withMessages(e, (m) => {
        const i = m.findIndex((x) => x.role === 'tool');
        if (i < 0) return undefined;
        const t = m[i] as Extract<Message, { role: 'tool' }>;
        m[i] = { ...t, content: t.content.slice(0, Math.floor(t.content.length * 0.6)) };
        return m;
      }),
  },
  {
    name: 'leftover template marker',
    expected: 'hygiene.template-marker',
    apply: (e) =>
      withMessages(e, (m) => {
        const last = m[finalIdx(m)] as Assistant;
        m[finalIdx(m)] = { ...last, content: `${last.content ?? ''} Anything else about {city}?` };
        return m;
      }),
  },
  {
    name: 'repeated turn',
    expected: 'hygiene.repeated-turn',
    apply: (e) => withMessages(e, (m) => [...m, m[finalIdx(m)]]),
  },
  {
    name: 'answer in another language',
    expected: 'hygiene.mixed-language',
    apply: (e) =>
      withMessages(e, (m) => {
        m[finalIdx(m)] = { role: 'assistant', content: 'Voilà, c\'est fait : je vous ai donné le résultat et les détails sont dans la réponse de l\'outil. Est-ce que je peux faire autre chose pour vous ?' };
        return m;
      }),
  },
  {
    name: 'answer in another script',
    expected: 'hygiene.mixed-language',
    apply: (e) =>
      withMessages(e, (m) => {
        m[finalIdx(m)] = { role: 'assistant', content: '已经完成了。结果在工具的回答里，还有什么需要我帮忙的吗？' };
        return m;
      }),
  },
  {
    name: 'answer far too long',
    expected: 'hygiene.length',
    apply: (e) =>
      withMessages(e, (m) => {
        const last = m[finalIdx(m)] as Assistant;
        let long = '';
        for (let i = 1; long.length <= 9000; i++) long += `Point ${i}: ${last.content ?? ''} `;
        m[finalIdx(m)] = { ...last, content: long.trim() };
        return m;
      }),
  },
  {
    name: 'rationale names another tool',
    expected: 'hygiene.rationale-tool',
    apply: (e) =>
      withMessages(e, (m) => {
        const at = callMessages(m)[0];
        if (at === undefined) return undefined;
        const a = m[at] as Assistant;
        const other = e.record.tools.map((t) => t.function.name).find((n) => !a.tool_calls!.some((c) => c.function.name === n));
        if (!other) return undefined;
        m[at] = { ...a, reasoning: `${other} is the right tool for this request.` };
        return m;
      }),
  },
];

export interface Labeled {
  /** 'valid' or the corruption's name. */
  readonly label: string;
  readonly entry: CorpusEntry;
  readonly expected?: RuleId;
  readonly also: readonly RuleId[];
}

/** Every valid entry, and every corruption applied to every entry it fits. */
export function labeledCorpus(): Labeled[] {
  const valid = validEntries();
  const out: Labeled[] = valid.map((entry) => ({ label: 'valid', entry, also: [] }));
  for (const c of CORRUPTIONS) {
    for (const e of valid) {
      const bad = c.apply(e);
      if (bad) out.push({ label: c.name, entry: { ...bad, name: `${e.name} / ${c.name}` }, expected: c.expected, also: c.also ?? [] });
    }
  }
  return out;
}

export interface RuleScore {
  readonly rule: RuleId;
  /** Corrupted records this rule is meant to catch. */
  readonly positives: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly precision: number;
  readonly recall: number;
}

export interface Accuracy {
  readonly records: number;
  readonly valid: number;
  readonly validRejected: readonly { name: string; rules: string[] }[];
  readonly missed: readonly { name: string; expected: RuleId; fired: string[] }[];
  readonly falseAlarms: readonly { name: string; rule: string }[];
  readonly rules: readonly RuleScore[];
}

/** Run the rules (with each entry's plan) on the corpus and score every rule. */
export function measureAccuracy(corpus: readonly Labeled[] = labeledCorpus(), withPlan = true): Accuracy {
  const tp = new Map<string, number>();
  const fp = new Map<string, number>();
  const pos = new Map<string, number>();
  const validRejected: { name: string; rules: string[] }[] = [];
  const missed: { name: string; expected: RuleId; fired: string[] }[] = [];
  const falseAlarms: { name: string; rule: string }[] = [];
  for (const l of corpus) {
    const verdict = verifyRecord(l.entry.record, withPlan ? { plan: l.entry.plan } : {});
    const fired = [...new Set(verdict.checks.map((c) => c.rule))];
    if (l.expected) {
      pos.set(l.expected, (pos.get(l.expected) ?? 0) + 1);
      if (fired.includes(l.expected)) tp.set(l.expected, (tp.get(l.expected) ?? 0) + 1);
      else missed.push({ name: l.entry.name, expected: l.expected, fired });
    } else if (fired.length > 0) validRejected.push({ name: l.entry.name, rules: fired });
    for (const r of fired) {
      if (r !== l.expected && !l.also.includes(r as RuleId)) {
        fp.set(r, (fp.get(r) ?? 0) + 1);
        falseAlarms.push({ name: l.entry.name, rule: r });
      }
    }
  }
  const rules = RULE_LAYER_IDS.map((rule): RuleScore => {
    const t = tp.get(rule) ?? 0;
    const f = fp.get(rule) ?? 0;
    const p = pos.get(rule) ?? 0;
    return { rule, positives: p, truePositives: t, falsePositives: f, precision: t + f === 0 ? 1 : t / (t + f), recall: p === 0 ? 1 : t / p };
  });
  return { records: corpus.length, valid: corpus.filter((l) => !l.expected).length, validRejected, missed, falseAlarms, rules };
}
