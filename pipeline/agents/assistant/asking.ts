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
import { isIdLike, tokens } from '../tool/names.js';
import { apiObjectOf } from './read.js';
import { capFirst as cap, isMoneyKey, joinAnd, labelOf, sayLabelValue, sayMoney, sayNumber } from './words.js';

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
  const label = labelOf(key).words;
  const type = schema.type;
  // Options are not listed: the value is the user's to give, not the assistant's to suggest.
  if (Array.isArray(schema.enum)) return pick([`Which ${label} would you like?`, `What ${label} should it be?`]);
  if (type === 'boolean') return pick([`Should I turn on ${label}, yes or no?`, `Do you want ${label}?`]);
  if (type === 'integer' || type === 'number') return isMoneyKey(key) ? pick([`What amount should I use for the ${label}?`, `How much should the ${label} be?`]) : pick([`What ${label} should I use?`, `What's the ${label}?`]);
  if (type === 'array') return pick([`Which ${label} should I include?`, `What ${label} do you want in it?`]);
  if (type === 'object') return pick([`What are the ${label} details?`, `Could you give me the ${label}?`]);
  const kind = kindOf(key, '', schema, api, siblingsOf(api.parameters as Schema)).kind;
  switch (kind) {
    case 'city':
    case 'location':
      return pick(['Which city is it?', 'Where should I look?', `What's the ${label}?`]);
    case 'address':
    case 'street':
      return pick(["What's the address?", 'Which address should I use?']);
    case 'date':
    case 'date-time':
      return pick([`For which date?`, `What ${label} should I use?`, `Which day do you mean?`]);
    case 'ticker':
      return pick(['Which stock is it? The ticker symbol is enough.', 'Which company or ticker do you mean?']);
    case 'email':
      return pick(['What email address should I use?', "What's the email address?"]);
    case 'phone':
      return pick(["What's the phone number?", 'Which phone number should I use?']);
    case 'person':
    case 'first-name':
    case 'last-name':
      return / name$/.test(label) || label === 'name' ? `What's the ${label}?` : pick([`What's the ${label}'s name?`, `Who is the ${label}?`]);
    case 'airport':
      return pick(['Which airport?', `Which airport should I use for the ${label}?`]);
    case 'country':
    case 'country-code':
      return pick(['Which country?', `What's the ${label}?`]);
    case 'currency':
      return pick(['In which currency?', 'Which currency should I use?']);
    case 'language':
      return pick(['In which language?', 'Which language should I use?']);
    case 'query':
      return pick(['What should I search for?', 'What are you looking for exactly?']);
    case 'text':
      return pick([`What should the ${label} say?`, `What would you like the ${label} to be?`]);
    default:
      if (isIdLike(key)) {
        const what = label.replace(/ (ID|number|code|reference)$/, '');
        return what === label ? `What's the ${label}?` : pick([`What's the ${label}?`, `Which ${what} is it? I need its ${label.slice(what.length + 1)}.`]);
      }
      return pick([`What's the ${label}?`, `Which ${label} should I use?`]);
  }
}

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
  ]);
}

/** The details of a call worth restating before doing it: identifiers and names first, then amounts, at most three. */
function detailsOf(api: ApiSpec, args: Readonly<Record<string, unknown>>): string[] {
  const scored: [number, string][] = [];
  const currency = Object.keys(args).find((k) => /(^|_)currency$/.test(tokens(k).join('_')));
  for (const k in args) {
    const v = args[k];
    const label = labelOf(k).words;
    if (typeof v === 'string') {
      if (v.length > 40 || /(^|_)currency$/.test(tokens(k).join('_'))) continue;
      scored.push([isIdLike(k) ? 3 : 2, `${label} ${isIdLike(k) ? v : sayLabelValue(v)}`]);
    } else if (typeof v === 'number') {
      scored.push([isMoneyKey(k) ? 2.5 : 1, isMoneyKey(k) ? `${label} ${sayMoney(v, currency ? String(args[currency]) : undefined)}` : `${label} ${sayNumber(v)}`]);
    } else if (Array.isArray(v) && v.length > 0) {
      const words = labelOf(k).words;
      scored.push([1.5, v.every((x) => typeof x === 'string' || typeof x === 'number') && v.length <= 3 ? `${words} ${joinAnd(v.map((x) => sayLabelValue(String(x))))}` : `${v.length} ${words}`]);
    } else if (typeof v === 'boolean') scored.push([0.5, v ? `with ${label}` : `without ${label}`]);
  }
  void api;
  return scored
    .map((x, i) => [x[0] - i / 100, x[1]] as const)
    .sort((a, b) => b[0] - a[0])
    .slice(0, 3)
    .map((x) => x[1]);
}

/** Asking to confirm a destructive call, restating it in words. */
export function askConfirm(api: ApiSpec, args: Readonly<Record<string, unknown>>, pick: Pick): string {
  const action = actionOf(api);
  const d = detailsOf(api, args);
  const details = d.length > 0 ? joinAnd(d) : '';
  const w = details ? ` (${details})` : '';
  return pick([
    `Just to confirm: I'll ${action}${w}. This can't be undone. Shall I go ahead?`,
    `Before I do this, please confirm: ${action}${details ? ` with ${details}` : ''}. Should I proceed?`,
    `I'm about to ${action}${w}. Do you want me to continue?`,
    `This will ${action}${w}, and it may not be reversible. Can you confirm?`,
    `${cap(action)}${w}: is that right? Once it's done I can't take it back, so please confirm.`,
    `You'd like me to ${action}${w}. Shall I go ahead?`,
  ]);
}
