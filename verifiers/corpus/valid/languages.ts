/**
 * Valid trajectories in a second language (rules/hygiene-language.ts): the user writes Spanish,
 * German, Italian or Portuguese and the assistant answers in the same language, under the
 * operator's English system prompt, with tool results in English JSON and the rationale in
 * English (the trainer's annotation). A value the call takes in English ("japanese") is quoted
 * as the user gives it. The language is in each name ("(es)"), which the corruption that
 * answers in English instead reads.
 */
import { calls, entry, say, sys, tool, user, type Draft } from '../entry.js';

const SYSTEM = 'You are a helpful assistant with access to tools.';

export function languageEntries(): Draft[] {
  return [
    entry(
      'single (es): restaurants asked for and answered in Spanish',
      'single',
      ['search_restaurants', 'get_current_weather'],
      [
        sys(SYSTEM),
        user('¡Hola! ¿Me buscas restaurantes de cocina "japanese" en Sevilla? Gracias.'),
        calls('search_restaurants finds restaurants in a city by cuisine: Sevilla, japanese.', ['call_l1', 'search_restaurants', { city: 'Sevilla', cuisine: 'japanese' }]),
        tool('call_l1', { restaurants: [{ name: 'Kaede', rating: 4.6 }, { name: 'Nobu Triana', rating: 4.2 }] }),
        say('He encontrado 2 restaurantes en Sevilla. El mejor valorado es Kaede (valoración: 4,6); le sigue Nobu Triana (valoración: 4,2). ¿Quieres algo más?'),
      ],
      [{ name: 'search_restaurants', arguments: { city: 'Sevilla', cuisine: 'japanese' } }],
    ),
    entry(
      'clarification (de): the city asked for in German',
      'clarification',
      ['get_current_weather', 'get_stock_quote'],
      [
        sys(SYSTEM),
        user('Kannst du mir bitte sagen, wie das Wetter gerade ist?'),
        say('Klar. In welcher Stadt soll ich nachsehen?'),
        user('In Hamburg, bitte.'),
        calls('The user gave the city: get_current_weather for Hamburg.', ['call_l2', 'get_current_weather', { city: 'Hamburg' }]),
        tool('call_l2', { temperature: 14, condition: 'rain' }),
        say('In Hamburg sind es gerade 14 °C und es regnet. Brauchst du noch etwas?'),
      ],
      [{ name: 'get_current_weather', arguments: { city: 'Hamburg' }, turn: 1 }],
      { withheld: { call: 0, argument: 'city' } },
    ),
    entry(
      'irrelevance (it): no tool fits, declined in Italian',
      'irrelevance',
      ['get_current_weather', 'get_stock_quote'],
      [
        sys(SYSTEM),
        user('Mi prenoti un tavolo per due da Casa Lucia stasera? Grazie.'),
        say('Mi dispiace, non posso prenotare tavoli al ristorante: i miei strumenti coprono solo il meteo e le quotazioni di borsa.'),
      ],
      [],
      { targets: ['book_restaurant_table'] },
    ),
    entry(
      'single (pt): a stock quote asked for and answered in Portuguese',
      'single',
      ['get_stock_quote', 'convert_currency'],
      [
        sys(SYSTEM),
        user('Olá! Você pode ver a cotação da AAPL agora? Obrigado.'),
        calls('get_stock_quote gives the latest price of AAPL.', ['call_l3', 'get_stock_quote', { symbol: 'AAPL' }]),
        tool('call_l3', { symbol: 'AAPL', price: 189.3, currency: 'USD' }),
        say('Já consultei: a AAPL está a 189,30 USD neste momento. Precisa de mais alguma coisa?'),
      ],
      [{ name: 'get_stock_quote', arguments: { symbol: 'AAPL' } }],
    ),
  ];
}
