/** The evolution operator: nested, batched, paginated, sorted, filtered or versioned variants. */
import { QUALIFIERS } from './naming.js';
import { inherited, type Candidate, type OpContext } from './operator.js';
import { addGroups } from './param-groups.js';
import { arrayItemProps, camelizeSchema, cloneParams, isPrimitive, optionalNames, PAGE_PARAMS, SIZE_PARAMS, type Params, type Schema } from './schema.js';
import type { Trait } from './traits.js';
import { classOf } from './verbs.js';
import { capitalize, humanize, joinList, plural, singular } from './words.js';

/** Nest, batch, paginate, sort, filter, or a versioned variant with a changed shape. */
export function evolution(ctx: OpContext): Candidate | null {
  const { parent, meta, rng } = ctx;
  const cls = classOf(meta.verb);
  const base = inherited(ctx, 0.6);
  const listy = cls === 'list' || cls === 'search' || arrayItemProps(parent.returns as Schema) !== undefined;
  const variants = rng.shuffle(['nest', 'batch', 'paginate', 'sort', 'filter', 'version'] as const);
  for (const variant of variants) {
    const p = cloneParams(parent.parameters);
    const returns = structuredClone(parent.returns) as Schema;
    const mk = (quals: readonly (readonly string[])[], own: Trait, ret: Schema = returns): Candidate => ({
      operator: 'evolution',
      variant,
      verb: meta.verb,
      core: meta.core,
      quals,
      subdomain: parent.subdomain,
      ...base,
      own,
      parameters: p,
      returns: ret,
    });
    if (variant === 'nest') {
      if ('latitude' in p.properties && 'longitude' in p.properties && !('coordinates' in p.properties) && rng.bool(0.5)) {
        const both = ['latitude', 'longitude'];
        const req = both.filter((k) => p.required.includes(k));
        const obj: Schema = { type: 'object', description: 'Geographic point in decimal degrees.', properties: { latitude: p.properties.latitude, longitude: p.properties.longitude }, required: both, additionalProperties: false };
        delete p.properties.latitude;
        delete p.properties.longitude;
        p.properties.coordinates = obj;
        p.required = p.required.filter((k) => !both.includes(k));
        if (req.length) p.required.push('coordinates');
        return mk([['by', 'coordinates'], ['geo'], ['at', 'point']], { key: 'coordinates', phrase: 'taking the location as one coordinates object', sentence: 'The location is passed as one coordinates object with latitude and longitude.', needs: ['coordinates'], keep: true });
      }
      const opt = optionalNames(p).filter((k) => !(p.properties[k].type === 'object'));
      if (opt.length < 2) continue;
      const moved = rng.sample(opt, Math.min(opt.length, rng.int(2, 6)));
      const holder = rng.pick(cls === 'list' || cls === 'search' ? ['filters', 'criteria', 'constraints'] : ['options', 'settings', 'preferences']);
      if (holder in p.properties) continue;
      const props = Object.fromEntries(moved.map((k) => [k, p.properties[k]]));
      for (const k of moved) delete p.properties[k];
      p.properties[holder] = { type: 'object', description: `Optional ${holder}, grouped in one object.`, properties: props, additionalProperties: false };
      const sentence = `${capitalize(joinList(moved.map(humanize)))} are grouped in a ${holder} object.`;
      return mk(rng.sample(QUALIFIERS.nest, 3), { key: 'group', phrase: `with its optional inputs grouped in a ${holder} object`, sentence, needs: [holder], keep: true });
    }
    if (variant === 'batch') {
      if (cls === 'list' || cls === 'search' || Object.keys(p.properties).length === 0) continue;
      const maxItems = rng.pick([10, 20, 25, 50, 100]);
      const last = meta.core[meta.core.length - 1] ?? 'item';
      const field = plural(singular(last)) === last ? `${singular(last)}_requests` : plural(last);
      const item: Schema = { type: 'object', properties: p.properties, required: p.required, additionalProperties: false, description: `One ${humanize(singular(last))} request.` };
      const params: Params = { type: 'object', properties: { [field]: { type: 'array', items: item, minItems: 1, maxItems, description: `Up to ${maxItems} independent requests.` } }, required: [field], additionalProperties: false };
      if (rng.bool(0.5)) params.properties.stop_on_error = { type: 'boolean', default: false, description: 'Stop at the first failing entry instead of processing the rest.' };
      const ret: Schema = {
        type: 'object',
        properties: {
          results: {
            type: 'array',
            items: { type: 'object', properties: { index: { type: 'integer' }, ok: { type: 'boolean' }, result: returns, error: { type: 'string' } }, required: ['index', 'ok'] },
          },
        },
        required: ['results'],
      };
      const sentence = rng.pick([`Handles up to ${maxItems} requests in one call and reports success or failure per entry.`, `Batch form: send up to ${maxItems} entries at once; each gets its own result.`]);
      const c = mk(rng.sample(QUALIFIERS.batch, 3), { key: 'batch', phrase: `for up to ${maxItems} requests at once`, sentence, needs: [field], keep: true }, ret);
      c.parameters = params;
      return c;
    }
    if (variant === 'paginate') {
      if (!listy || PAGE_PARAMS.some((k) => k in p.properties)) continue;
      const hasSize = SIZE_PARAMS.some((k) => k in p.properties);
      const rp = (returns.properties ?? undefined) as Record<string, Schema> | undefined;
      if (rng.bool(0.5)) {
        p.properties.page = { type: 'integer', minimum: 1, default: 1, description: 'Page number, starting at 1.' };
        if (!hasSize) p.properties.page_size = { type: 'integer', minimum: 1, maximum: 100, default: 25, description: 'Items per page.' };
        if (rp) returns.properties = { ...rp, page: { type: 'integer' }, total_pages: { type: 'integer' } };
        const sentence = 'Results are paginated with page and page size; the response gives the total number of pages.';
        return mk(rng.sample(QUALIFIERS.paginate, 3), { key: 'paging', phrase: 'one page at a time', sentence, needs: ['page'], keep: true });
      }
      p.properties.cursor = { type: 'string', minLength: 1, description: 'Opaque cursor from next_cursor of the previous response; omit for the first page.' };
      if (!hasSize) p.properties.limit = { type: 'integer', minimum: 1, maximum: 200, default: 50, description: 'Items per page.' };
      if (rp) returns.properties = { ...rp, next_cursor: { type: 'string', description: 'Cursor of the next page; absent on the last page.' } };
      const sentence = 'Uses cursor pagination: pass next_cursor back to get the following page.';
      return mk(rng.sample(QUALIFIERS.cursor, 3), { key: 'paging', phrase: 'page by page with a cursor', sentence, needs: ['cursor'], keep: true });
    }
    if (variant === 'sort') {
      if ('sort_by' in p.properties || 'order_by' in p.properties || !listy) continue;
      const itemProps = arrayItemProps(returns) ?? {};
      const fields = Object.keys(itemProps).filter((k) => isPrimitive(itemProps[k] ?? {}) && !k.endsWith('id'));
      if (fields.length < 2) continue;
      const chosen = rng.sample(fields, Math.min(fields.length, rng.int(2, 5)));
      p.properties.sort_by = { type: 'string', enum: chosen, default: chosen[0], description: 'Field to order the results by.' };
      if (!('sort_order' in p.properties)) p.properties.sort_order = { type: 'string', enum: ['asc', 'desc'], default: 'desc', description: 'Ascending or descending order.' };
      const sentence = `Results can be ordered by ${joinList(chosen.map(humanize))}, ascending or descending.`;
      return mk(rng.sample(QUALIFIERS.sort, 3), { key: 'sort', phrase: 'in an order of choice', sentence, needs: ['sort_by'], keep: true });
    }
    if (variant === 'filter') {
      if ('filters' in p.properties || !listy) continue;
      const holder: Params = { type: 'object', properties: {}, required: [] };
      const phrases = addGroups(holder, cls === 'list' || cls === 'search' ? cls : 'list', rng, rng.int(2, 3));
      for (const k of Object.keys(holder.properties)) if (k in p.properties) delete holder.properties[k];
      if (Object.keys(holder.properties).length < 2) continue;
      p.properties.filters = { type: 'object', description: 'Conditions every returned item must meet.', properties: holder.properties, additionalProperties: false };
      const sentence = `A filters object narrows the results by ${joinList(phrases)}.`;
      return mk(rng.sample(QUALIFIERS.filter, 3), { key: 'filter', phrase: 'with a filters object', sentence, needs: ['filters'], keep: true });
    }
    // version: changed shape, and the response wrapped in an envelope.
    const vMatch = meta.qual.find((q) => /^v\d+$/.test(q));
    const nextVersion = vMatch ? Number(vMatch.slice(1)) + 1 : 2;
    const changes: string[] = [];
    let params: Params = p;
    const opt = optionalNames(p).filter((k) => p.properties[k].type !== 'object');
    if (opt.length >= 2 && !('options' in p.properties) && rng.bool(0.6)) {
      const props = Object.fromEntries(opt.map((k) => [k, p.properties[k]]));
      for (const k of opt) delete p.properties[k];
      p.properties.options = { type: 'object', description: 'Optional settings.', properties: props, additionalProperties: false };
      changes.push('optional settings move into an options object');
    }
    if (Object.keys(params.properties).some((k) => k.includes('_')) && (changes.length === 0 || rng.bool(0.5))) {
      params = camelizeSchema(params) as unknown as Params;
      if (new Set(Object.keys(params.properties)).size !== Object.keys(p.properties).length) continue;
      changes.push('parameter names use camelCase');
    }
    if (changes.length === 0) continue;
    const ret: Schema = {
      type: 'object',
      properties: {
        data: returns,
        meta: { type: 'object', properties: { api_version: { type: 'string', const: String(nextVersion) }, request_id: { type: 'string' } }, required: ['api_version'] },
      },
      required: ['data', 'meta'],
    };
    const sentence = `Version ${nextVersion}: ${joinList(changes)}, and the response is wrapped in a data/meta envelope.`;
    const c = mk([[`v${nextVersion}`]], { key: 'version', phrase: `in version ${nextVersion} of the API`, sentence }, ret);
    c.parameters = params;
    c.quals = [[...meta.qual.filter((q) => !/^v\d+$/.test(q)), `v${nextVersion}`], [`v${nextVersion}`]];
    return c;
  }
  return null;
}
