import { describe, expect, it } from 'vitest';
import { chainKind, parameterKind, resultFieldKind, sameParameterKind } from '../../api-pool/entity-kind.js';
import { evolvePool } from '../../api-pool/evolve.js';
import { SEED_DOMAINS } from '../../api-pool/seeds/index.js';
import { makePool, type ToolPool } from '../../api-pool/types.js';
import { itemSeed } from '../../core/rng.js';
import { planItem } from '../../pipeline/generate.js';
import { eligibleOf } from '../../pipeline/planning/eligible.js';

type Schema = Record<string, unknown>;

const seeds = makePool(SEED_DOMAINS.flatMap((d) => d.apis));
const evolved = makePool(evolvePool({ domains: SEED_DOMAINS, size: 2000, seed: 42 }).apis);
const POOLS: readonly (readonly [string, ToolPool])[] = [
  ['seeds', seeds],
  ['evolved 2,000', evolved],
];

/** The schema of a dotted result path ("events.0.event_id"). */
const schemaAt = (returns: Schema, path: string): Schema =>
  path.split('.').reduce<Schema | undefined>((s, k) => (/^\d+$/.test(k) ? (s?.items as Schema) : (s?.properties as Record<string, Schema>)?.[k]), returns) ?? {};

describe('dependent edges of whole pools', () => {
  const E = eligibleOf(seeds, { split: 'train', heldOut: new Set() });
  const has = (src: string, path: string, dst: string): boolean => E.edges.some((e) => e.src.name === src && e.path === path && e.dst.name === dst);

  it('keeps the chains of one system and one entity, and drops the others', () => {
    expect(has('list_calendar_events', 'events.0.event_id', 'update_calendar_event')).toBe(true);
    expect(has('search_restaurants', 'restaurants.0.restaurant_id', 'reserve_restaurant_table')).toBe(true);
    expect(has('compare_shipping_rates', 'rates.0.rate_id', 'buy_shipping_label')).toBe(true);
    expect(has('get_cve_details', 'references.0.url', 'scan_url_for_threats')).toBe(true);
    expect(has('get_bill_status', 'bill_id', 'pay_utility_bill')).toBe(false);
    expect(has('set_smart_light_state', 'results.0.device_id', 'set_smart_lock_state')).toBe(false);
    expect(has('list_smart_home_devices', 'devices.0.device_id', 'set_thermostat')).toBe(false);
    expect(has('search_earthquake_catalog', 'events.0.event_id', 'update_calendar_event')).toBe(false);
    expect(has('search_online_courses', 'courses.0.url', 'submit_assignment')).toBe(false);
    expect(has('share_calendar', 'rule_id', 'delete_home_automation_rule')).toBe(false);
  });

  for (const [label, pool] of POOLS) {
    it(`${label}: every edge joins one system, and its kind is the chain kind of both ends`, () => {
      const { edges } = eligibleOf(pool, { split: 'train', heldOut: new Set() });
      expect(edges.length).toBeGreaterThan(50);
      for (const e of edges) {
        expect(e.dst.domain, `${e.src.name}.${e.path} -> ${e.dst.name}`).toBe(e.src.domain);
        const from = resultFieldKind(e.src, e.path, schemaAt(e.src.returns, e.path));
        const to = parameterKind(e.dst, e.key, e.dst.parameters.properties[e.key]);
        expect(from && to && chainKind(from, to), `${e.src.name}.${e.path} -> ${e.dst.name}(${e.key})`).toBe(e.kind);
      }
    });
  }
});

describe('planned chains', () => {
  const SEEDS = Array.from({ length: 300 }, (_, i) => itemSeed(20_251_130, i));
  for (const [label, pool] of POOLS) {
    it(`${label}: dependent and multi-turn calls take a result value only of the same kind, in the same system, and say which`, () => {
      let chains = 0;
      for (const category of ['dependent', 'multi-turn'] as const) {
        SEEDS.forEach((seed, idx) => {
          const plan = planItem(idx, seed, category, pool);
          plan.calls.forEach((c, i) => {
            const dst = pool.byName.get(c.name)!;
            for (const [key, from] of Object.entries(c.dependsOn ?? {})) {
              const src = pool.byName.get(plan.calls[from.call].name)!;
              expect(from.call).toBeLessThan(i);
              expect(dst.domain, `${src.name}.${from.field} -> ${dst.name}(${key})`).toBe(src.domain);
              const k1 = resultFieldKind(src, from.field, schemaAt(src.returns, from.field));
              const k2 = parameterKind(dst, key, dst.parameters.properties[key]);
              expect(from.kind).toBeTruthy();
              expect(k1 && k2 && chainKind(k1, k2), `${src.name}.${from.field} -> ${dst.name}(${key})`).toBe(from.kind);
              chains++;
            }
            // A multi-turn follow-up on another tool repeats a value the user gave only where both take the same kind.
            const prev = plan.calls[i - 1];
            if (category !== 'multi-turn' || !prev || prev.name === c.name) return;
            const before = pool.byName.get(prev.name)!;
            for (const key in c.arguments) {
              const v = c.arguments[key];
              if (c.dependsOn?.[key] || typeof v === 'object' || v !== prev.arguments[key] || typeof v === 'boolean') continue;
              if (typeof v === 'string' && v.length < 4) continue; // short codes and enum words recur by chance
              expect(sameParameterKind(before, dst, key), `${prev.name}(${key}) -> ${c.name}(${key}) = ${String(v)}`).toBe(true);
            }
          });
        });
      }
      expect(chains).toBeGreaterThan(200);
    });
  }

  it('a value taken from a result stays under what it came from: the first assignment of course A is graded in course A', () => {
    let shared = 0;
    SEEDS.forEach((seed, idx) => {
      const plan = planItem(idx, seed, 'dependent', seeds);
      plan.calls.forEach((c) => {
        for (const [key, from] of Object.entries(c.dependsOn ?? {})) {
          const src = plan.calls[from.call];
          const dst = seeds.byName.get(c.name)!;
          for (const [k, v] of Object.entries(src.arguments)) {
            if (k === key || !(k in c.arguments) || !/(^|_)(id|number|code)$/.test(k) || typeof v === 'object') continue;
            const s = dst.parameters.properties[k] as Schema;
            if (typeof s.pattern === 'string' && typeof v === 'string' && !new RegExp(s.pattern).test(v)) continue;
            expect(c.arguments[k], `${src.name}(${k}) -> ${c.name}(${k})`).toBe(v);
            shared++;
          }
        }
      });
    });
    expect(shared).toBeGreaterThan(5);
  });
});
