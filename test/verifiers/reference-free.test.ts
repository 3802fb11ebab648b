/**
 * The rules that judge a record with no reference but the record (issue 14): duplicated calls,
 * a category that needs a call, a parallel request's list covered by its calls, values in each
 * other's place, a parallel-multiple item repeating one tool. Hand-made records in the style of
 * BFCL's, independent of ../shared/fixtures.
 */
import { describe, expect, it } from 'vitest';
import type { CanonicalRecord, Message, ToolDefinition } from '../../core/record.js';
import { verifyRecordWith } from '../../verifiers/index.js';

const CALL_ONLY = new Set(['structure.unanswered-call', 'structure.final-answer']);
type Obj = Record<string, unknown>;

function fn(name: string, properties: Record<string, Obj>, required: string[] = Object.keys(properties), description = `The ${name.replace(/_/g, ' ')} tool.`): ToolDefinition {
  return { type: 'function', function: { name, description, parameters: { type: 'object', properties, required } } };
}

/** A BFCL-style call-only row: the question and one assistant turn with the calls. */
function row(category: string, question: string, tools: ToolDefinition[], calls: [string, Obj][]): CanonicalRecord {
  const messages: Message[] = [{ role: 'user', content: question }];
  if (calls.length > 0) {
    messages.push({ role: 'assistant', content: null, tool_calls: calls.map(([name, args], i) => ({ id: `call_${i + 1}`, type: 'function', function: { name, arguments: JSON.stringify(args) } })) });
  }
  return { id: 'r', split: 'test', tools, messages, meta: { category, domains: [], difficulty: 0, seed: 0, verdict: { accepted: true, checks: [] }, usage: { prompt_tokens: 0, completion_tokens: 0 } } };
}

const rules = (r: CanonicalRecord): string[] => [...new Set(verifyRecordWith(r, {}, { skip: CALL_ONLY }).checks.map((c) => c.rule))];

const WEATHER = fn('get_weather', { city: { type: 'string', description: 'The city.' }, unit: { type: 'string', description: 'Temperature unit.', enum: ['celsius', 'fahrenheit'] } }, ['city']);
const ROLL = fn('roll_die', { sides: { type: 'integer', description: 'Sides of the die.' } });
const DICE = fn('dice_probability', { sides: { type: 'integer', description: 'Sides of the die.' }, number_of_rolls: { type: 'integer', description: 'How many rolls.' } });

describe('calls.duplicate', () => {
  it('rejects the same call twice in one turn', () => {
    expect(rules(row('parallel', 'What is the weather in Paris?', [WEATHER], [['get_weather', { city: 'Paris' }], ['get_weather', { city: 'Paris' }]]))).toContain('calls.duplicate');
  });
  it('accepts repeats the request asks for, but not a count an argument takes', () => {
    expect(rules(row('parallel', 'Roll a 6-sided die three times for me.', [ROLL], [['roll_die', { sides: 6 }], ['roll_die', { sides: 6 }], ['roll_die', { sides: 6 }]]))).not.toContain('calls.duplicate');
    const r = row('single', 'What is the chance of a six twice in a row on a 6-sided die?', [DICE], [['dice_probability', { sides: 6, number_of_rolls: 2 }], ['dice_probability', { sides: 6, number_of_rolls: 2 }]]);
    expect(rules(r)).toContain('calls.duplicate');
  });
  it('accepts a retry after a failure and a repeat the user asks for in a new turn', () => {
    const call = (id: string): Message => ({ role: 'assistant', content: null, tool_calls: [{ id, type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } }] });
    const base = row('single', 'Weather in Oslo?', [WEATHER], []);
    const retry: Message[] = [base.messages[0], call('c1'), { role: 'tool', tool_call_id: 'c1', content: '{"error": "timeout"}' }, call('c2'), { role: 'tool', tool_call_id: 'c2', content: '{"temp": 3}' }, { role: 'assistant', content: 'It is 3 °C in Oslo.' }];
    expect(rules({ ...base, messages: retry })).not.toContain('calls.duplicate');
    const silent: Message[] = [base.messages[0], call('c1'), { role: 'tool', tool_call_id: 'c1', content: '{"temp": 3}' }, call('c2'), { role: 'tool', tool_call_id: 'c2', content: '{"temp": 3}' }, { role: 'assistant', content: 'It is 3 °C in Oslo.' }];
    expect(rules({ ...base, messages: silent })).toContain('calls.duplicate');
  });
});

describe('category.missing-call', () => {
  it('rejects a single, multiple or relevance item with no call, and accepts an irrelevance one', () => {
    for (const c of ['single', 'multiple', 'relevance', 'parallel']) expect(rules(row(c, 'What is the weather in Paris?', [WEATHER], []))).toEqual(['category.missing-call']);
    expect(rules(row('irrelevance', 'Who painted the Mona Lisa?', [WEATHER], []))).toEqual([]);
  });
});

describe('category.parallel-count and parallel-multiple', () => {
  it('accepts a parallel-multiple answer that repeats one tool (no plan asks for two)', () => {
    expect(rules(row('parallel-multiple', 'Weather in Paris and in Rome, please.', [WEATHER, ROLL], [['get_weather', { city: 'Paris' }], ['get_weather', { city: 'Rome' }]]))).toEqual([]);
  });
});

describe('category.parallel-coverage', () => {
  const three = (calls: [string, Obj][]): CanonicalRecord => row('parallel', 'What is the weather in Oslo, Bergen and Trondheim right now?', [WEATHER], calls);
  it('rejects a listed city no call covers, wherever it is in the list', () => {
    expect(rules(three([['get_weather', { city: 'Oslo' }], ['get_weather', { city: 'Bergen' }], ['get_weather', { city: 'Trondheim' }]]))).toEqual([]);
    for (const drop of ['Oslo', 'Bergen', 'Trondheim']) {
      const kept = ['Oslo', 'Bergen', 'Trondheim'].filter((c) => c !== drop).map((city): [string, Obj] => ['get_weather', { city }]);
      expect(rules(three(kept)), drop).toEqual(['category.parallel-coverage']);
    }
  });
  it('reads the list a request asks for after one that says what there is', () => {
    const m = fn('column_mean', { column: { type: 'string', description: 'The column.' } });
    const q = "The table has the columns 'Age', 'Income', 'Education' and 'Gender'. Give me the mean of 'Age' and 'Income', each on its own.";
    expect(rules(row('parallel', q, [m], [['column_mean', { column: 'Age' }], ['column_mean', { column: 'Income' }]]))).toEqual([]);
    const asks = "The table has the columns 'Age', 'Income' and 'Gender'. Give me the mean of 'Age', 'Income' and 'Education', each on its own.";
    expect(rules(row('parallel', asks, [m], [['column_mean', { column: 'Age' }], ['column_mean', { column: 'Income' }]]))).toEqual(['category.parallel-coverage']);
  });
  it('reads repeated frames and numbers said in the same words', () => {
    const f = fn('factorial', { number: { type: 'integer', description: 'The number.' } });
    const q = 'What is the factorial of 5, the factorial of 7, and the factorial of 9?';
    expect(rules(row('parallel', q, [f], [['factorial', { number: 5 }], ['factorial', { number: 7 }]]))).toEqual(['category.parallel-coverage']);
    const tax = fn('sales_tax', { amount: { type: 'number', description: 'Amount.' }, city: { type: 'string', description: 'City.' } });
    const t = 'Sales tax on $30.45 in Chicago, $52.33 in Sacramento and $11.23 in Portland?';
    expect(rules(row('parallel', t, [tax], [['sales_tax', { amount: 30.45, city: 'Chicago' }], ['sales_tax', { amount: 52.33, city: 'Sacramento' }]]))).toEqual(['category.parallel-coverage']);
  });
  it('reads a number of the same thing, in brackets beside another, or a clock time beside another as alike', () => {
    const heat = fn('heat_capacity', { temp: { type: 'number', description: 'Kelvin.' }, volume: { type: 'number', description: 'm^3.' } });
    const q = 'A volume of 2.5 m^3 with the temperature at 300 Kelvin, then a higher temperature of 350 Kelvin, then a lower volume of 1.5 m^3.';
    const all: [string, Obj][] = [['heat_capacity', { temp: 300, volume: 2.5 }], ['heat_capacity', { temp: 350, volume: 2.5 }], ['heat_capacity', { temp: 300, volume: 1.5 }]];
    expect(rules(row('parallel', q, [heat], all))).toEqual([]);
    expect(rules(row('parallel', q, [heat], [all[0], all[2]]))).toEqual(['category.parallel-coverage']);
    const hyp = fn('hypot', { x: { type: 'number', description: 'x.' }, y: { type: 'number', description: 'y.' } });
    const h = 'The Euclidean norm to the point (3, 4), then to the point (6, 8), and to the point (9, 12).';
    expect(rules(row('parallel', h, [hyp], [['hypot', { x: 3, y: 4 }], ['hypot', { x: 6, y: 8 }], ['hypot', { x: 9, y: 12 }]]))).toEqual([]);
    expect(rules(row('parallel', h, [hyp], [['hypot', { x: 3, y: 4 }], ['hypot', { x: 9, y: 12 }]]))).toEqual(['category.parallel-coverage']);
    const clock = fn('clock_angle', { hours: { type: 'integer', description: 'Hours.' }, minutes: { type: 'integer', description: 'Minutes.' } });
    const c = 'The angle between the hands at 3:15, and how does it compare to 8:20 and 11:50?';
    expect(rules(row('parallel', c, [clock], [['clock_angle', { hours: 3, minutes: 15 }], ['clock_angle', { hours: 8, minutes: 20 }], ['clock_angle', { hours: 11, minutes: 50 }]]))).toEqual([]);
    expect(rules(row('parallel', c, [clock], [['clock_angle', { hours: 3, minutes: 15 }], ['clock_angle', { hours: 8, minutes: 20 }]]))).toEqual(['category.parallel-coverage']);
    // A part of a date written in digits, or a number after a word that joins a list, is none of them.
    const slots = fn('free_slots', { date: { type: 'string', description: 'Day.' }, minutes: { type: 'integer', description: 'Length.' } });
    const g = 'Slots für den 7.12.2025 und 6.12.2025 und 238 Minuten lang?';
    expect(rules(row('parallel', g, [slots], [['free_slots', { date: '2025-12-07', minutes: 238 }], ['free_slots', { date: '2025-12-06', minutes: 238 }]]))).toEqual([]);
  });
  it('reads a leg from or to a spot the request places ("my home in San Francisco" ... "back to my home")', () => {
    const route = fn('fastest_route', { start_location: { type: 'string', description: 'Where the route starts.' }, end_location: { type: 'string', description: 'Where the route ends.' } });
    const q = "The fastest route from my home in San Francisco to my office in Palo Alto, then from my office to my friend's house in San Jose, and finally from my friend's house back to my home.";
    const legs: [string, Obj][] = [
      ['fastest_route', { start_location: 'San Francisco', end_location: 'Palo Alto' }],
      ['fastest_route', { start_location: 'Palo Alto', end_location: 'San Jose' }],
      ['fastest_route', { start_location: 'San Jose', end_location: 'San Francisco' }],
    ];
    expect(rules(row('parallel', q, [route], legs))).toEqual([]);
    expect(rules(row('parallel', q, [route], legs.slice(1)))).toEqual(['category.parallel-coverage']);
  });
  it('reads a company a call sends by its ticker, and a town the tables do not know among known cities', () => {
    const stock = fn('get_stock_data', { symbol: { type: 'string', description: 'Ticker.' } });
    const q = 'Get the latest closing prices for Apple Inc., Google LLC., and Microsoft Corporation.';
    const calls: [string, Obj][] = [['get_stock_data', { symbol: 'AAPL' }], ['get_stock_data', { symbol: 'GOOG' }], ['get_stock_data', { symbol: 'MSFT' }]];
    expect(rules(row('parallel', q, [stock], calls))).toEqual([]);
    expect(rules(row('parallel', q, [stock], calls.slice(0, 2)))).toEqual(['category.parallel-coverage']);
    const trip = fn('trip_time', { start: { type: 'string', description: 'Start.' }, stops: { type: 'array', items: { type: 'string' }, description: 'Stops.' } });
    const t = 'Travel time from New York with stops at Scranton and Atlanta? And from Scranton with a stop at Boston?';
    const legs: [string, Obj][] = [['trip_time', { start: 'New York', stops: ['Scranton', 'Atlanta'] }], ['trip_time', { start: 'Scranton', stops: ['Boston'] }]];
    expect(rules(row('parallel', t, [trip], legs))).toEqual([]);
    expect(rules(row('parallel', t, [trip], [['trip_time', { start: 'New York', stops: ['Scranton'] }], legs[1]]))).toEqual(['category.parallel-coverage']);
  });
  it('tells values apart by case when they differ only in it, and reads days relative to a stated today', () => {
    const geno = fn('genotype_frequency', { allele_frequency: { type: 'number', description: 'Frequency.' }, genotype: { type: 'string', description: 'Genotype.' } });
    const q = 'The dominant allele frequency is 0.7: the frequency of the homozygous dominant genotype (AA), heterozygous genotype (Aa), and homozygous recessive genotype (aa)?';
    const g: [string, Obj][] = ['AA', 'Aa', 'aa'].map((genotype): [string, Obj] => ['genotype_frequency', { allele_frequency: 0.7, genotype }]);
    expect(rules(row('parallel', q, [geno], g))).toEqual([]);
    expect(rules(row('parallel', q, [geno], g.slice(1)))).toEqual(['category.parallel-coverage']);
    const air = fn('air_quality', { location: { type: 'string', description: 'Place.' }, date: { type: 'string', description: 'Day, YYYY-MM-DD.' } });
    const a = 'Air quality data for Oslo for today, yesterday, and the day before yesterday? Today is May 5, 2023';
    const days: [string, Obj][] = ['2023-05-05', '2023-05-04', '2023-05-03'].map((date): [string, Obj] => ['air_quality', { location: 'Oslo', date }]);
    expect(rules(row('parallel', a, [air], days))).toEqual([]);
    expect(rules(row('parallel', a, [air], days.slice(0, 2)))).toEqual(['category.parallel-coverage']);
  });
  it('reads a number a change states of the same thing ("attempts 10 shots ... the number of attempts increases to 15")', () => {
    const binom = fn('binomial', { num_trials: { type: 'integer', description: 'Trials.' }, prob_success: { type: 'number', description: 'Probability.' } });
    const q = 'A player has a 60% chance and attempts 10 shots. Then the rate drops to 50% but the attempts stay the same. Finally, the number of attempts increases to 15.';
    const calls: [string, Obj][] = [['binomial', { num_trials: 10, prob_success: 0.6 }], ['binomial', { num_trials: 10, prob_success: 0.5 }], ['binomial', { num_trials: 15, prob_success: 0.5 }]];
    expect(rules(row('parallel', q, [binom], calls))).toEqual([]);
    expect(rules(row('parallel', q, [binom], calls.slice(0, 2)))).toEqual(['category.parallel-coverage']);
  });
  it('reads a number said beside the name of a parameter no call sends', () => {
    const dna = fn('fetch_dna', { dna_id: { type: 'string', description: 'Id.' }, format: { type: 'string', description: 'Format.' }, upstream: { type: 'integer', description: 'Base pairs upstream.' } }, ['dna_id']);
    const q = "Fetch the DNA sequence with the ID 'XYZ123', then again in 'genbank' format, and finally once more with 500 base pairs included upstream.";
    const calls: [string, Obj][] = [['fetch_dna', { dna_id: 'XYZ123' }], ['fetch_dna', { dna_id: 'XYZ123', format: 'genbank' }], ['fetch_dna', { dna_id: 'XYZ123', upstream: 500 }]];
    expect(rules(row('parallel', q, [dna], calls))).toEqual([]);
    expect(rules(row('parallel', q, [dna], calls.slice(0, 2)))).toEqual(['category.parallel-coverage']);
  });
  it('does not read a city and its state, a closing word or a default left out as items', () => {
    const pop = fn('population', { area: { type: 'string', description: 'Area.' } });
    expect(rules(row('parallel', 'Population of New York City, NY, and Los Angeles, CA please.', [pop], [['population', { area: 'New York City' }], ['population', { area: 'Los Angeles' }]]))).toEqual([]);
    const tax = fn('sales_tax', { amount: { type: 'number', description: 'Amount.' }, city: { type: 'string', description: 'City.' }, state: { type: 'string', description: 'State code.' } });
    const q0 = 'Sales tax on $30.45 in Chicago, Illinois, $52.33 in Scranton, Pennsylvania and $11.23 in Portland, Oregon.';
    const taxes: [string, Obj][] = [['sales_tax', { amount: 30.45, city: 'Chicago', state: 'IL' }], ['sales_tax', { amount: 52.33, city: 'Scranton', state: 'PA' }], ['sales_tax', { amount: 11.23, city: 'Portland', state: 'OR' }]];
    expect(rules(row('parallel', q0, [tax], taxes))).toEqual([]);
    expect(rules(row('parallel', 'Check the weather for Oslo and Bergen, one for each.', [WEATHER], [['get_weather', { city: 'Oslo' }], ['get_weather', { city: 'Bergen' }]]))).toEqual([]);
    const ev = fn('events', { city: { type: 'string', description: 'City.' }, days: { type: 'integer', description: 'Days ahead.', default: 7 } }, ['city']);
    const q = 'Events in Paris for the next 14 days, then in Rome for the next 7 days.';
    expect(rules(row('parallel', q, [ev], [['events', { city: 'Paris', days: 14 }], ['events', { city: 'Rome' }]]))).toEqual([]);
  });
});

describe('args.roles', () => {
  const FLIGHTS = fn('find_flights', { origin: { type: 'string', description: 'Departure city.' }, destination: { type: 'string', description: 'Arrival city.' } });
  it('rejects values the cue words give to each other\'s parameter', () => {
    expect(rules(row('single', 'Find me flights from Lyon to Lisbon.', [FLIGHTS], [['find_flights', { origin: 'Lyon', destination: 'Lisbon' }]]))).toEqual([]);
    expect(rules(row('single', 'Find me flights from Lyon to Lisbon.', [FLIGHTS], [['find_flights', { origin: 'Lisbon', destination: 'Lyon' }]]))).toEqual(['args.roles']);
    const fx = fn('convert', { amount: { type: 'number', description: 'Amount.' }, from_currency: { type: 'string', description: 'Currency to convert from.' }, to_currency: { type: 'string', description: 'Currency to convert to.' } });
    expect(rules(row('single', 'How much is 100 EUR in USD?', [fx], [['convert', { amount: 100, from_currency: 'USD', to_currency: 'EUR' }]]))).toEqual(['args.roles']);
  });
  it('rejects a range out of order and values named by other parameters\' words', () => {
    const price = fn('search', { min_price: { type: 'number', description: 'Lowest price.' }, max_price: { type: 'number', description: 'Highest price.' } });
    expect(rules(row('single', 'Anything between 20 and 50 dollars?', [price], [['search', { min_price: 50, max_price: 20 }]]))).toEqual(['args.roles']);
    const cyl = fn('cylinder_volume', { radius: { type: 'number', description: 'Radius.' }, height: { type: 'number', description: 'Height.' } });
    const q = 'Volume of a cylinder with a radius of 3 and a height of 10?';
    expect(rules(row('single', q, [cyl], [['cylinder_volume', { radius: 3, height: 10 }]]))).toEqual([]);
    expect(rules(row('single', q, [cyl], [['cylinder_volume', { radius: 10, height: 3 }]]))).toEqual(['args.roles']);
    const pop = fn('density', { country: { type: 'string', description: 'Country.' }, year: { type: 'string', description: 'Year.' } });
    expect(rules(row('single', 'Population density of Brazil in 2022?', [pop], [['density', { country: '2022', year: 'Brazil' }]]))).toEqual(['args.roles']);
  });
  it('reads names listed before their values in order ("base and height as 6 and 10")', () => {
    const tri = fn('triangle_area', { base: { type: 'number', description: 'Base length.' }, height: { type: 'number', description: 'Height.' } });
    const q = 'Area of a triangle with its base and height as 6cm and 10cm.';
    expect(rules(row('single', q, [tri], [['triangle_area', { base: 6, height: 10 }]]))).toEqual([]);
    expect(rules(row('single', q, [tri], [['triangle_area', { base: 10, height: 6 }]]))).toEqual(['args.roles']);
  });
  it('leaves values alone when the words fit both or neither', () => {
    const gcd = fn('gcd', { num1: { type: 'integer', description: 'First number.' }, num2: { type: 'integer', description: 'Second number.' } });
    expect(rules(row('single', 'GCD of 40 and 50?', [gcd], [['gcd', { num1: 50, num2: 40 }]]))).toEqual([]);
  });
  // Each case: the call as asked is accepted, the two values swapped are rejected.
  const both = (q: string, tool: ToolDefinition, good: Obj, bad: Obj): void => {
    expect(rules(row('single', q, [tool], [[tool.function.name, good]]))).toEqual([]);
    expect(rules(row('single', q, [tool], [[tool.function.name, bad]]))).toEqual(['args.roles']);
  };
  it('tells a city from a country, and a clock time from a place', () => {
    const w = fn('weather', { city: { type: 'string', description: 'The city to ask for.' }, country: { type: 'string', description: 'The country of that city.' } });
    both('Temperature and humidity of Tokyo, Japan right now?', w, { city: 'Tokyo', country: 'Japan' }, { city: 'Japan', country: 'Tokyo' });
    const aq = fn('air_quality', { location: { type: 'string', description: 'Where to check.' }, time: { type: 'string', description: 'When to check.' } });
    both('Air quality index in San Diego at 12pm.', aq, { location: 'San Diego', time: '12pm' }, { location: '12pm', time: 'San Diego' });
  });
  it('reads a quoted title whole and a maker by "by" or "from"', () => {
    const lyrics = fn('get_lyrics', { song_title: { type: 'string', description: 'Title of the song.' }, artist_name: { type: 'string', description: 'Who sings it.' } });
    both("Find the lyrics to the song 'Bohemian Rhapsody' by Queen.", lyrics, { song_title: 'Bohemian Rhapsody', artist_name: 'Queen' }, { song_title: 'Queen', artist_name: 'Bohemian Rhapsody' });
    const inst = fn('instrument_details', { instrument: { type: 'string', description: 'Kind of instrument.' }, manufacturer: { type: 'string', description: 'Its maker.' } });
    both('Average price and ratings of a piano from Yamaha.', inst, { instrument: 'piano', manufacturer: 'Yamaha' }, { instrument: 'Yamaha', manufacturer: 'piano' });
  });
  it("reads a value's own words that name a parameter ('English Premier League' is a league)", () => {
    const sched = fn('match_schedule', { team_name: { type: 'string', description: 'The club.' }, league: { type: 'string', description: 'The competition.' } });
    both('Next matches of Manchester United in the English Premier League?', sched, { team_name: 'Manchester United', league: 'English Premier League' }, { team_name: 'English Premier League', league: 'Manchester United' });
  });
  it('reads a base currency as what is converted from, and a name by the noun after it', () => {
    const fx = fn('rate_with_fee', { base_currency: { type: 'string', description: 'Currency code.' }, target_currency: { type: 'string', description: 'Currency code.' } });
    both('The exchange rate from British pounds to Japanese yen, fee included.', fx, { base_currency: 'GBP', target_currency: 'JPY' }, { base_currency: 'JPY', target_currency: 'GBP' });
    const suits = fn('lawsuit_search', { entity: { type: 'string', description: 'Who is sued.' }, county: { type: 'string', description: 'Where.' } });
    both('Current lawsuits filed against Apple in Santa Clara County.', suits, { entity: 'Apple', county: 'Santa Clara' }, { entity: 'Santa Clara', county: 'Apple' });
    // A noun two values share says nothing of either: "the 2021 La Liga season".
    const rank = fn('team_ranking', { league: { type: 'string', description: 'The competition.' }, season: { type: 'string', description: 'Which year.' } });
    expect(rules(row('single', "Barcelona's ranking in the 2021 La Liga season?", [rank], [['team_ranking', { league: 'La Liga', season: '2021' }]]))).toEqual([]);
  });
  it('gives numbers to the parameters that measure what is said with them', () => {
    const speed = fn('calculate_speed', { distance: { type: 'number', description: 'How far it went, in meters.' }, time: { type: 'number', description: 'How long it took, in seconds.' } });
    both('Speed of an object that traveled 450 meters in 20 seconds?', speed, { distance: 450, time: 20 }, { distance: 20, time: 450 });
    const motion = fn('motion', { acceleration: { type: 'number', description: 'In meters/second^2.' }, duration: { type: 'number', description: 'How long.' } });
    both('Velocity after accelerating at 2 m/s^2 for 5 seconds?', motion, { acceleration: 2, duration: 5 }, { acceleration: 5, duration: 2 });
  });
  it('reads a clock time as hours and minutes, kelvin as a temperature, and numbers the calls repeat', () => {
    const clock = fn('clock_angle', { hours: { type: 'integer', description: 'The hour.' }, minutes: { type: 'integer', description: 'The minute.' } });
    both('The angle between the hands of a clock at 6:30 PM?', clock, { hours: 6, minutes: 30 }, { hours: 30, minutes: 6 });
    const mix = fn('final_temperature', { quantity1: { type: 'number', description: 'Moles of the first.' }, temperature1: { type: 'number', description: 'Its temperature.' } });
    both('The final temperature when 2 moles of gas at 300 K are mixed.', mix, { quantity1: 2, temperature1: 300 }, { quantity1: 300, temperature1: 2 });
    // A parallel turn that repeats a value in another call: the words around each value still tell.
    const em = fn('em_force', { b_field: { type: 'number', description: 'Magnetic field in tesla.' }, area: { type: 'number', description: 'Area in square meters.' }, d_time: { type: 'number', description: 'Change in time in seconds.' } });
    const q = 'The induced force for a magnetic field of 5 Tesla, an area of 2 square meters and a change in time of 4 seconds, then again with a change in time of 10 seconds.';
    const call = (a: Obj): [string, Obj] => ['em_force', a];
    expect(rules(row('parallel', q, [em], [call({ b_field: 5, area: 2, d_time: 4 }), call({ b_field: 5, area: 2, d_time: 10 })]))).toEqual([]);
    expect(rules(row('parallel', q, [em], [call({ b_field: 2, area: 5, d_time: 4 }), call({ b_field: 5, area: 2, d_time: 10 })]))).toEqual(['args.roles']);
  });
  it('places a number said twice where it is nearest the other, and reads a "respectively" list by order alone', () => {
    const integ = fn('integrate', { start_x: { type: 'number', description: 'Lower bound.' }, end_x: { type: 'number', description: 'Upper bound.' } });
    both('Area under y = x^3 from x = -2 to x = 3.', integ, { start_x: -2, end_x: 3 }, { start_x: 3, end_x: -2 });
    const quad = fn('solve_quadratic', { a: { type: 'integer', description: 'Coefficient of x squared.' }, b: { type: 'integer', description: 'Coefficient of x.' }, c: { type: 'integer', description: 'The constant term.' } });
    const q = 'Roots of the equation with coefficients of x squared, x and the constant term as 5, 6 and 1 respectively, and of 3, 2 and 1 too.';
    expect(rules(row('single', q, [quad], [['solve_quadratic', { a: 5, b: 6, c: 1 }]]))).toEqual([]);
  });
});
