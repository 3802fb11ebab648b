/**
 * Valid trajectories whose user implies values in a second language, read by the derivation
 * library in that language (core/derive/lang/): a relative date in Spanish and in Italian, the
 * account on file and the day after tomorrow in German. The record's meta carries the
 * dialogue's language, as a generated record does. Today is Wednesday 2025-06-11.
 */
import { FIXED_WORLD, type Derivation, type ItemPlan } from '../../../core/plan.js';
import { onFileLine } from '../../../core/derive/profile.js';
import { calls, entry, say, sys, tool, user, type Draft, type Obj } from '../entry.js';

const TODAY = '2025-06-11';
const WORLD: Partial<ItemPlan> = { world: { ...FIXED_WORLD, today: TODAY } };
const SYSTEM = `Today is ${TODAY}. You help users by calling the provided tools.`;

/** One call answered once, with the record's meta saying its dialogue is in `lang`. */
function oneCallIn(lang: string, name: string, system: string, request: string, why: string, call: [string, string, Obj], result: Obj, answer: string, derivations: Record<string, Derivation>, toolNames: string[]): Draft {
  const [id, tool2, args] = call;
  const planned = { name: tool2, arguments: args, derivations };
  const d = entry(name, 'single', toolNames, [sys(system), user(request), calls(why, [id, tool2, args]), tool(id, result), say(answer)], [planned], WORLD);
  return (idx) => {
    const e = d(idx);
    return { ...e, record: { ...e.record, meta: { ...e.record.meta, plan: { targets: [tool2], calls: [planned], world: e.plan.world, language: lang } } } };
  };
}

export function langImpliedEntries(): Draft[] {
  return [
    oneCallIn(
      'es',
      'single (es): payments since next Monday, said in Spanish',
      SYSTEM,
      '¿Me muestras los pagos de "dining" de la cuenta acc_77 desde el próximo lunes?',
      'list_transactions lists payments by account and date: "el próximo lunes" is Monday 2025-06-16.',
      ['call_x1', 'list_transactions', { account_id: 'acc_77', from_date: '2025-06-16', categories: ['dining'] }],
      { account_id: 'acc_77', total_count: 0, transactions: [] },
      'No hay pagos de "dining" en la cuenta acc_77 desde el lunes 16 de junio.',
      { from_date: { kind: 'relative-date', said: 'próximo lunes' } },
      ['list_transactions', 'convert_currency'],
    ),
    oneCallIn(
      'de',
      'single (de): the account on file, from the day after tomorrow',
      `${SYSTEM}\n${onFileLine([['account', 'acc_31']])}`,
      'Zeig mir die Buchungen von meinem Konto ab übermorgen, bitte.',
      'list_transactions lists payments by account and date: "meinem Konto" is the account on file, "übermorgen" is 2025-06-13.',
      ['call_x2', 'list_transactions', { account_id: 'acc_31', from_date: '2025-06-13' }],
      { account_id: 'acc_31', total_count: 0, transactions: [] },
      'Seit dem 13. Juni gibt es keine Buchungen auf deinem Konto.',
      { account_id: { kind: 'user-profile', said: 'von meinem Konto' }, from_date: { kind: 'relative-date', said: 'übermorgen' } },
      ['list_transactions', 'convert_currency'],
    ),
    oneCallIn(
      'it',
      'single (it): payments from tomorrow, said in Italian',
      SYSTEM,
      'Ciao! Puoi mostrarmi i pagamenti "dining" del conto acc_52 da domani, per favore? Grazie mille.',
      'list_transactions lists payments by account and date: "domani" is 2025-06-12.',
      ['call_x3', 'list_transactions', { account_id: 'acc_52', from_date: '2025-06-12', categories: ['dining'] }],
      { account_id: 'acc_52', total_count: 0, transactions: [] },
      'Non ci sono pagamenti "dining" sul conto acc_52 a partire da domani, 12 giugno. Vuoi che cerchi qualcos\'altro?',
      { from_date: { kind: 'relative-date', said: 'domani' } },
      ['list_transactions', 'convert_currency'],
    ),
  ];
}
