/** The speciation operator: a new API for a sibling subdomain of the parent's domain. */
import type { Rng } from '../../core/rng.js';
import { identifierTokens } from '../dedup.js';
import type { Candidate, OpContext } from './operator.js';
import { addGroups } from './param-groups.js';
import { isPrimitive, optionalNames, type Params, type Schema } from './schema.js';
import { classOf, VERBS, verbPhrase, type VerbClass } from './verbs.js';
import { humanize, joinList, lcFirst, plural, singular, stripPeriod } from './words.js';

/** Nouns speciation appends to a sibling subdomain, by action class. */
const SPECIATION_NOUNS: Record<VerbClass, readonly string[]> = {
  read: ['details', 'summary', 'overview', 'status', 'profile', 'history', 'settings', 'metrics', 'report', 'availability', 'trends', 'insights', 'timeline', 'snapshot', 'breakdown'],
  list: ['records', 'entries', 'reports', 'alerts', 'events', 'requests', 'documents', 'contacts', 'notes', 'categories', 'updates', 'changes', 'providers', 'locations', 'templates'],
  search: ['records', 'providers', 'documents', 'events', 'offers', 'listings', 'resources', 'contacts', 'locations', 'programs', 'reports', 'archives'],
  create: ['record', 'request', 'note', 'alert', 'report', 'template', 'rule', 'reminder', 'draft', 'bookmark', 'subscription', 'export', 'ticket', 'entry'],
  update: ['record', 'settings', 'preferences', 'status', 'note', 'rule', 'limits', 'profile', 'entry', 'contact'],
  delete: ['record', 'entry', 'note', 'alert', 'rule', 'draft', 'subscription', 'bookmark', 'request'],
  send: ['notification', 'reminder', 'summary', 'report', 'message', 'invite', 'digest'],
  compute: ['score', 'estimate', 'total', 'risk', 'benchmark', 'index', 'cost', 'ranking', 'trend', 'variance'],
  convert: ['units', 'format', 'codes'],
  check: ['eligibility', 'compliance', 'availability', 'validity', 'limits', 'health', 'coverage', 'conflicts'],
  schedule: ['review', 'session', 'reminder', 'inspection', 'meeting', 'delivery', 'report', 'call'],
  track: ['status', 'changes', 'progress', 'usage', 'activity', 'deadlines', 'updates'],
};

/** Classes speciation may switch to, with the nouns above. */
const SPECIATION_CLASSES: readonly VerbClass[] = ['read', 'list', 'search', 'create', 'update', 'delete', 'send', 'compute', 'check', 'schedule', 'track'];

/** A sentence naming the required inputs and a few optional ones. */
function paramSentence(p: Params, rng: Rng): string {
  const req = p.required.map(humanize);
  const opt = rng.sample(optionalNames(p), 3).map(humanize);
  const parts: string[] = [];
  if (req.length) parts.push(rng.pick(['Requires {x}.', 'Needs {x}.', 'Mandatory input: {x}.', 'Pass {x}.']).replace('{x}', joinList(req)));
  if (opt.length) parts.push(rng.pick(['Optional inputs include {x}.', 'Can be narrowed by {x}.', 'Supports optional {x}.', 'Also accepts {x}.']).replace('{x}', joinList(opt)));
  return parts.join(' ');
}

/** A closing sentence on what the new API is for, by action class. */
const PURPOSE: Record<VerbClass, readonly string[]> = {
  read: ['Returns the current values and when they last changed.', 'Useful before acting on a single item.', 'Gives one consolidated view instead of several lookups.'],
  list: ['Results come back newest first.', 'Handy for dashboards and periodic reviews.', 'Each entry carries its identifier for follow-up calls.'],
  search: ['Matches are ranked by relevance.', 'Fuzzy matching tolerates small typos.', 'Use it when the exact identifier is unknown.'],
  create: ['The new item gets an identifier returned in the response.', 'Creation is recorded in the audit trail.', 'The item starts in a pending state until reviewed.'],
  update: ['Only the fields provided are changed.', 'Changes are versioned and can be reverted.', 'The response lists which fields changed.'],
  delete: ['The removal cannot be undone after 30 days.', 'Dependent items are detached, not deleted.', 'A confirmation is logged with the reason given.'],
  send: ['Delivery status can be checked afterwards with the returned id.', 'Messages are queued and sent within a minute.', 'Bounced addresses are reported in the response.'],
  compute: ['The calculation uses the latest available data.', 'The response explains the main factors behind the figure.', 'Values are rounded to two decimals.'],
  convert: ['Conversion uses standard factors.', 'Rounding follows the target unit conventions.'],
  check: ['Returns a yes/no verdict with the reasons behind it.', 'Nothing is changed; this is a read-only check.', 'Each failed rule is reported separately.'],
  schedule: ['Conflicts with existing bookings are rejected.', 'A calendar invitation is sent on success.', 'Times are interpreted in the given time zone.'],
  track: ['Updates are pushed until the subscription is cancelled.', 'Returns a subscription id that can be cancelled later.', 'Changes are checked every few minutes.'],
};

/** The returns schema of a new API, by action class, keyed on the subject's identifier. */
function returnsFor(cls: VerbClass, idName: string, subject: string): Schema {
  const id = { type: 'string', description: `Identifier of the ${subject}.` };
  switch (cls) {
    case 'list':
    case 'search':
      return {
        type: 'object',
        properties: {
          total: { type: 'integer', description: 'Number of matching items.' },
          items: {
            type: 'array',
            items: {
              type: 'object',
              properties: { [idName]: id, title: { type: 'string' }, updated_at: { type: 'string', format: 'date-time' }, score: { type: 'number' } },
              required: [idName, 'title'],
            },
          },
        },
        required: ['total', 'items'],
      };
    case 'create':
    case 'schedule':
      return { type: 'object', properties: { [idName]: id, status: { type: 'string' }, created_at: { type: 'string', format: 'date-time' } }, required: [idName, 'status'] };
    case 'update':
      return { type: 'object', properties: { [idName]: id, updated_at: { type: 'string', format: 'date-time' }, changed_fields: { type: 'array', items: { type: 'string' } } }, required: [idName] };
    case 'delete':
      return { type: 'object', properties: { [idName]: id, deleted: { type: 'boolean' } }, required: [idName, 'deleted'] };
    case 'send':
      return { type: 'object', properties: { message_id: { type: 'string' }, status: { type: 'string', enum: ['queued', 'sent', 'failed'] } }, required: ['message_id', 'status'] };
    case 'compute':
      return { type: 'object', properties: { value: { type: 'number' }, unit: { type: 'string' }, factors: { type: 'array', items: { type: 'string' } }, computed_at: { type: 'string', format: 'date-time' } }, required: ['value'] };
    case 'convert':
      return { type: 'object', properties: { value: { type: 'number' }, unit: { type: 'string' } }, required: ['value', 'unit'] };
    case 'check':
      return { type: 'object', properties: { ok: { type: 'boolean' }, reasons: { type: 'array', items: { type: 'string' } } }, required: ['ok'] };
    case 'track':
      return { type: 'object', properties: { subscription_id: { type: 'string' }, status: { type: 'string', enum: ['active', 'paused'] } }, required: ['subscription_id'] };
    default:
      return { type: 'object', properties: { [idName]: id, name: { type: 'string' }, updated_at: { type: 'string', format: 'date-time' }, attributes: { type: 'object' } }, required: [idName] };
  }
}

/** A new API for a sibling subdomain: new subject, verb and parameters. */
export function speciation(ctx: OpContext): Candidate | null {
  const { parent, meta, domain, rng } = ctx;
  const siblings = domain.subdomains.filter((s) => s.name !== parent.subdomain);
  if (siblings.length === 0) return null;
  const target = rng.pick(siblings);
  const cls = rng.bool(0.35) ? classOf(meta.verb) : rng.pick(SPECIATION_CLASSES);
  const verb = rng.pick(VERBS[cls]);
  const noun = rng.pick(SPECIATION_NOUNS[cls]);
  const subTokens = identifierTokens(target.name);
  subTokens[subTokens.length - 1] = singular(subTokens[subTokens.length - 1]);
  const core = subTokens[subTokens.length - 1] === singular(noun) ? subTokens : [...subTokens, noun];
  const subject = core.join(' ');
  const idName = `${subTokens.join('_')}_id`;
  const p: Params = { type: 'object', properties: {}, required: [], additionalProperties: false };
  const idProp = (): Schema => ({ type: 'string', minLength: 1, description: `Identifier of the ${subTokens.join(' ')} concerned.` });
  const need = (name: string, schema: Schema): void => {
    p.properties[name] = schema;
    p.required.push(name);
  };
  switch (cls) {
    case 'search':
      need('query', { type: 'string', minLength: 1, description: `Free-text query over ${plural(subject)}.` });
      break;
    case 'list':
      p.properties.limit = { type: 'integer', minimum: 1, maximum: 100, default: 20, description: 'Maximum number of items to return.' };
      break;
    case 'create':
      need('title', { type: 'string', minLength: 1, maxLength: 200, description: `Short title of the new ${noun}.` });
      p.properties.details = { type: 'string', maxLength: 2000, description: 'Longer free-text body.' };
      break;
    case 'send':
      need('recipient', { type: 'string', format: 'email', description: 'Email address of the recipient.' });
      need('message', { type: 'string', minLength: 1, maxLength: 2000, description: 'Text of the message.' });
      break;
    case 'schedule':
      need(idName, idProp());
      need('start_time', { type: 'string', format: 'date-time', description: 'When it starts (ISO 8601).' });
      p.properties.duration_minutes = { type: 'integer', minimum: 5, maximum: 480, default: 30, description: 'Length in minutes.' };
      break;
    case 'convert':
      need('value', { type: 'number', description: 'The value to convert.' });
      need('from_unit', { type: 'string', minLength: 1, description: 'Unit of the input value.' });
      need('to_unit', { type: 'string', minLength: 1, description: 'Unit wanted in the result.' });
      break;
    default:
      need(idName, idProp());
  }
  if (cls === 'update') p.properties.status = { type: 'string', enum: ['draft', 'active', 'on_hold', 'closed'], description: 'New lifecycle status.' };
  const phrases = addGroups(p, cls, rng, rng.int(1, 3));
  // Carry over a contextual parameter or two of the parent (location, currency, dates...).
  const parentProps = parent.parameters.properties ?? {};
  // A parameter fixed to one value (a variant's currency) says something of the parent only.
  const fixed = (s: Schema): boolean => Array.isArray(s.enum) && s.enum.length < 2;
  const carry = Object.keys(parentProps).filter((k) => !k.endsWith('_id') && !(k in p.properties) && isPrimitive(parentProps[k]) && !fixed(parentProps[k]) && !(parent.parameters.required ?? []).includes(k));
  for (const k of rng.sample(carry, rng.int(0, 2))) p.properties[k] = structuredClone(parentProps[k]);
  if (Object.keys(p.properties).length === 0) return null;

  const vp = verbPhrase(verb);
  const subDesc = lcFirst(stripPeriod(target.description));
  const domainHuman = humanize(domain.name);
  const art = ['create', 'send', 'schedule'].includes(cls) ? (/^[aeiou]/.test(subject) ? 'an ' : 'a ') : ['update', 'delete', 'read', 'check', 'track'].includes(cls) ? 'the ' : '';
  // Each lead opens with its own verb and subject: a first clause that only named the
  // subdomain ("For lights, dimmers and colour bulbs: ...") would be shared by its siblings.
  const lead = rng
    .pick([
      `${vp} ${art}${subject} for ${subDesc}.`,
      `${vp} ${art}${subject} in ${domainHuman} (${humanize(target.name)}: ${subDesc}).`,
      `${vp} ${art}${subject} within ${humanize(target.name)}, the part of ${domainHuman} covering ${subDesc}.`,
      `${vp} ${art}${subject}, used for ${subDesc}.`,
    ])
    .replace(/\s+/g, ' ');
  const rest = [rng.pick(PURPOSE[cls]), paramSentence(p, rng), phrases.length && rng.bool(0.3) ? `Works with ${joinList(phrases)}.` : ''].filter(Boolean).join(' ');
  return {
    operator: 'speciation',
    variant: cls,
    verb,
    core,
    quals: [[], ...rng.sample([['for', singular(identifierTokens(domain.name)[0])], ['v2'], ['plus'], ['pro'], ['extended']], 2)],
    subdomain: target.name,
    lead,
    rest,
    traits: [],
    parameters: p,
    returns: returnsFor(cls, idName, subject),
  };
}
