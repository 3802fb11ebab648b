/**
 * The assistant's questions before it calls: asking for a value the user left out, in the
 * words a person uses for it ("Which city?", "What's the course ID?", "Standard or express?"),
 * never the parameter's name; and asking to confirm a call that cannot be taken back, restating
 * it in words ("refund the payment for payment intent pi_9lb5 (amount 933)"). Each asks with a
 * question mark, which is what the verifier looks for.
 */
import type { ApiSpec } from '../../../api-pool/types.js';
import type { Pick } from '../text.js';
import { kindOf, siblingsOf } from '../../values/kinds.js';
import type { Schema } from '../../values/values.js';
import { isIdLike, snake, tokens } from '../tool/names.js';
import { keyInfo } from './keys.js';
import { inMinorUnits } from '../../../core/derive/units.js';
import { apiObjectOf } from './nouns.js';
import { bareDate, capFirst as cap, isIsoDate, isMoneyKey, joinAnd, labelOf, sayDate, sayLabelValue, sayMoney, sayNumber, singularOf, type Today } from './words.js';

/** Verbs said with their preposition ("apply for the building permit"). */
const WITH_PREP: Readonly<Record<string, string>> = { apply: 'apply for', respond: 'respond to', reply: 'reply to', subscribe: 'subscribe to', unsubscribe: 'unsubscribe from', upsert: 'save' };

/** What the tool does in a few plain words, from its name: "refund the payment", "remove the tracks". */
export function actionOf(api: ApiSpec): string {
  const verb = tokens(api.name)[0] ?? 'do';
  return `${WITH_PREP[verb] ?? verb} the ${apiObjectOf(api.name)}`;
}

/** The question for a missing value of `key`, by what it holds. */
function questionFor(api: ApiSpec, key: string, pick: Pick): string {
  const props = api.parameters.properties as Record<string, Schema>;
  const schema = props[key] ?? {};
  // "year_from" is the starting year, "date_to" the end date.
  const label = labelOf(key)
    .words.replace(/^(.+) (from|since|start)$/, 'starting $1')
    .replace(/^(.+) (to|until|end)$/, 'last $1');
  const type = schema.type;
  // Options are not listed: the value is the user's to give, not the assistant's to suggest.
  if (Array.isArray(schema.enum)) return pick([`Which ${label} would you like?`, `What ${label} should it be?`]);
  if (type === 'boolean') return pick([`Should I turn on ${label}, yes or no?`, `Do you want ${label}?`]);
  if (type === 'integer' || type === 'number') return isMoneyKey(key) ? pick([`What amount should I use for the ${label}?`, `How much should the ${label} be?`]) : pick([`What ${label} should I use?`, `What's the ${label}?`]);
  if (type === 'array') return pick([`Which ${label} should I include?`, `What ${label} do you want in it?`]);
  if (type === 'object') return pick([`What are the ${label} details?`, `Could you give me the ${label}?`]);
  const kind = kindOf(key, '', schema, api, siblingsOf(api.parameters as Schema)).kind;
  const bank = BY_KIND[kind];
  if (bank) return pick(bank)(label);
  if (kind === 'person' || kind === 'first-name' || kind === 'last-name') return / name$/.test(label) || label === 'name' ? `What's the ${label}?` : pick([`What's the ${label}'s name?`, `Who is the ${label}?`]);
  if (isIdLike(key)) {
    const what = label.replace(/ (ID|number|code|reference)$/, '');
    return what === label ? `What's the ${label}?` : pick([`What's the ${label}?`, `Which ${what} is it? I need its ${label.slice(what.length + 1)}.`]);
  }
  return pick([`What's the ${label}?`, `Which ${label} should I use?`]);
}

/** Questions by what a value is (values/kinds.ts), given the value's label in words. */
const BY_KIND: Readonly<Record<string, readonly ((label: string) => string)[]>> = {
  city: [() => 'Which city is it?', () => 'Where should I look?', (l) => `What's the ${l}?`],
  location: [() => 'Which place is it?', () => 'Where should I look?', (l) => `What's the ${l}?`],
  postal: [() => "What's the postal code?", () => 'Which postal code is it?'],
  address: [() => "What's the address?", () => 'Which address should I use?'],
  street: [() => "What's the street address?", () => 'Which address should I use?'],
  date: [() => 'For which date?', (l) => `What ${l} should I use?`, () => 'Which day do you mean?'],
  'date-time': [() => 'For which date and time?', (l) => `What ${l} should I use?`, () => 'When exactly?'],
  ticker: [() => 'Which stock is it? The ticker symbol is enough.', () => 'Which company or ticker do you mean?'],
  email: [() => 'What email address should I use?', () => "What's the email address?"],
  phone: [() => "What's the phone number?", () => 'Which phone number should I use?'],
  airport: [() => 'Which airport?', (l) => `Which airport should I use for the ${l}?`],
  country: [() => 'Which country?', (l) => `What's the ${l}?`],
  'country-code': [() => 'Which country?', (l) => `What's the ${l}?`],
  currency: [() => 'In which currency?', () => 'Which currency should I use?'],
  language: [() => 'In which language?', () => 'Which language should I use?'],
  query: [() => 'What should I search for?', () => 'What are you looking for exactly?'],
  text: [(l) => `What should the ${l} say?`, (l) => `What would you like the ${l} to be?`],
};

/** Asking for the value of `key` the user left out of a request for `api`. */
export function askMissing(api: ApiSpec, key: string, pick: Pick): string {
  const q = questionFor(api, key, pick);
  const action = actionOf(api);
  const label = labelOf(key).words;
  return pick([
    q,
    `Sure. ${q}`,
    `Happy to help. ${q}`,
    `I can ${action}, but I need one more detail. ${q}`,
    `To ${action} I still need the ${label}. ${q}`,
    `One thing first: ${q[0].toLowerCase()}${q.slice(1)}`,
    `Before I go ahead, ${q[0].toLowerCase()}${q.slice(1)}`,
    `Almost there. ${q}`,
    `Got it, one question: ${q[0].toLowerCase()}${q.slice(1)}`,
    `I'll need the ${label} for that. ${q}`,
  ]);
}

/** The details of a call worth restating before doing it: identifiers and names first, then amounts, at most three. */
function detailsOf(args: Readonly<Record<string, unknown>>, today: Today, params: Readonly<Record<string, Schema>>): string[] {
  const scored: [number, string][] = [];
  const currency = Object.keys(args).find((k) => /(^|_)currency$/.test(snake(k)));
  for (const k in args) {
    const v = args[k];
    // A secret (an alarm code, a PIN, a password) is never read back.
    if (keyInfo(k).skip || /^(code|pin|passcode|security_code)$/.test(snake(k))) continue;
    // The call's own confirmation flag is what the question asks for, not a detail of it ("with confirm").
    if (typeof v === 'boolean' && /^(confirm|confirmed|force|acknowledge|acknowledged|i_understand)$/.test(snake(k))) continue;
    const label = labelOf(k).words;
    if (typeof v === 'string') {
      if (v.length > 40 || /(^|_)currency$/.test(snake(k))) continue;
      const when = isIsoDate(v) ? sayDate(v, today, /T\d/.test(v)) : undefined;
      const dated = when ? `${label.replace(/ (date|at|time)$/, '')} ${/ (for|until|by|from|to|since)$/.test(label) ? bareDate(when) : when}` : undefined;
      scored.push([isIdLike(k) ? 3 : 2, dated ?? `${label} ${isIdLike(k) ? v : sayLabelValue(v)}`]);
    } else if (typeof v === 'number') {
      // An amount in the currency's smallest unit (1999 for 19.99) is read back in the currency.
      const money = inMinorUnits(params[k]?.description) ? v / 100 : v;
      scored.push([isMoneyKey(k) ? 2.5 : 1, isMoneyKey(k) ? `${label} ${sayMoney(money, currency ? String(args[currency]) : undefined)}` : `${label} ${sayNumber(v)}`]);
    } else if (Array.isArray(v) && v.length > 0) {
      const words = labelOf(k).words;
      const short = v.every((x) => (typeof x === 'string' && x.length <= 24 && /^[\w .,'-]+$/.test(x)) || typeof x === 'number');
      scored.push([1.5, short && v.length <= 3 ? `${words} ${joinAnd(v.map((x) => sayLabelValue(String(x))))}` : `${v.length} ${v.length === 1 ? singularOf(words) : words}`]);
    } else if (typeof v === 'boolean') scored.push([0.5, v ? `with ${label}` : `without ${label}`]);
  }
  return scored
    .map((x, i) => [x[0] - i / 100, x[1]] as const)
    .sort((a, b) => b[0] - a[0])
    .slice(0, 3)
    .map((x) => x[1]);
}

/** Asking to confirm a destructive call, restating it in words. */
export function askConfirm(api: ApiSpec, args: Readonly<Record<string, unknown>>, today: Today, pick: Pick): string {
  const action = actionOf(api);
  const d = detailsOf(args, today, (api.parameters.properties ?? {}) as Record<string, Schema>);
  const details = d.length > 0 ? joinAnd(d) : '';
  const w = details ? ` (${details})` : '';
  return pick([
    `Just to confirm: I'll ${action}${w}. This can't be undone. Shall I go ahead?`,
    `Before I do this, please confirm: ${action}${details ? ` with ${details}` : ''}. Should I proceed?`,
    `I'm about to ${action}${w}. Do you want me to continue?`,
    `This will ${action}${w}, and it may not be reversible. Can you confirm?`,
    `${cap(action)}${w}: is that right? Once it's done I can't take it back, so please confirm.`,
    `You'd like me to ${action}${w}. Shall I go ahead?`,
    `Ready to ${action}${w}. Once it's done it stays done: should I proceed?`,
    `To be sure before I act: ${action}${w}. Do you want me to go ahead?`,
  ]);
}
