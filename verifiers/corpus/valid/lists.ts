/**
 * Valid trajectories whose request lists what the calls range over (rules/parallel-coverage.ts:
 * every item of the list is some call's), so that one parallel call of three can be dropped.
 */
import { calls, entry, say, sys, tool, user, type Draft } from '../entry.js';

export function listEntries(): Draft[] {
  const cities = ['Oslo', 'Bergen', 'Trondheim'];
  const temps = [4, 7, 2];
  return [
    entry(
      'parallel: the weather in three cities',
      'parallel',
      ['get_current_weather', 'get_stock_quote'],
      [
        sys('You are a helpful assistant with access to tools.'),
        user('What is the weather right now in Oslo, Bergen and Trondheim? Metric units, please.'),
        calls(
          'The user wants the current weather in three cities; get_current_weather gives one city at a time, so three get_current_weather calls in parallel.',
          ...cities.map((city, i): [string, string, Record<string, unknown>] => [`call_l${i + 1}`, 'get_current_weather', { city, units: 'metric' }]),
        ),
        ...cities.map((city, i) => tool(`call_l${i + 1}`, { city, temperature: temps[i], condition: 'cloudy' })),
        say('It is 4 °C in Oslo, 7 °C in Bergen and 2 °C in Trondheim, all cloudy.'),
      ],
      cities.map((city) => ({ name: 'get_current_weather', arguments: { city, units: 'metric' } })),
    ),
  ];
}
