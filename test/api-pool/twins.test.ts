import { describe, expect, it } from 'vitest';
import { evolvePool } from '../../api-pool/evolve.js';
import { SEED_DOMAINS } from '../../api-pool/seeds/index.js';
import { firstClause, firstSentence, nameKey, TwinIndex, unitStem } from '../../api-pool/twins.js';
import type { ApiSpec } from '../../api-pool/types.js';

const api = (name: string, description: string, origin = 'seed'): ApiSpec => ({
  name,
  domain: 'media',
  description,
  parameters: { type: 'object', properties: {} },
  returns: { type: 'object' },
  origin,
});

describe('twins', () => {
  it('reads the first sentence and the first clause of a description', () => {
    expect(firstSentence('Get the UV index for a day, with advice. Use it for sunscreen.')).toBe('get the uv index for a day with advice');
    expect(firstClause('Get the UV index for a day, with advice. Use it for sunscreen.')).toBe('get the uv index for a day');
    expect(firstClause('Get a marine outlook (waves, wind) for a point.')).toBe('get a marine outlook');
  });

  it('drops a unit or currency suffix from a name and takes verbs and nouns by meaning', () => {
    expect(unitStem('get_tv_season_in_aud')).toEqual({ stem: 'get_tv_season', unit: 'aud' });
    expect(unitStem('get_forecast_imperial')).toEqual({ stem: 'get_forecast', unit: 'imperial' });
    expect(unitStem('get_tv_season')).toEqual({ stem: 'get_tv_season', unit: undefined });
    expect(nameKey('get_tv_season_in_aud')).toBe(nameKey('get_tv_season_in_cad'));
    expect(nameKey('fetch_vehicle_history')).toBe(nameKey('get_car_timeline'));
    expect(nameKey('get_tv_season_v2')).toBe(nameKey('get_tv_season'));
    expect(nameKey('list_tv_seasons')).not.toBe(nameKey('get_tv_season'));
    expect(nameKey('delete_booking')).not.toBe(nameKey('get_booking'));
  });

  it('pairs the tools a reader cannot tell apart, and only those', () => {
    const tools = [
      api('get_uv_index', 'Get the current and peak UV index for a location on a day. Use it for sunscreen.'),
      api('get_uv_index_core', 'Get the current and peak UV index for a location on a day. Simplified.', 'evolved:adaptation:get_uv_index'),
      api('get_uv_index_paged', 'Get the UV index one page at a time, with advice.', 'evolved:evolution:get_uv_index_core'),
      api('get_tv_season_in_aud', 'Get one season of a TV series, with amounts in AUD.'),
      api('get_tv_season_in_cad', 'Get one season of a TV series, with amounts in CAD.'),
      api('get_air_quality', 'Get the air quality index for a location. Use it for asthma.'),
      api('get_pollen_forecast', 'Get the pollen forecast for a location, by plant type.'),
      api('get_uv_alerts', 'Get the UV alerts of a region.', 'evolved:speciation:get_uv_index'),
    ];
    const ix = new TwinIndex(tools);
    const [uv, core, paged, aud, cad, air, pollen, alerts] = tools;
    expect(ix.twins(uv, core)).toBe(true); // same first sentence
    expect(ix.twins(uv, paged)).toBe(true); // same lineage, two generations apart
    expect(ix.twins(aud, cad)).toBe(true); // differ only by the currency suffix
    expect(ix.twins(air, pollen)).toBe(false);
    expect(ix.twins(uv, air)).toBe(false);
    expect(ix.twins(uv, alerts)).toBe(false); // speciation starts a lineage of its own
    expect(ix.twinOfAny(paged, [air, core])).toBe(true);
    expect(ix.twinOfAny(paged, [paged, air])).toBe(false);
  });

  it('finds no twins among the hand-written seeds', () => {
    const seeds = SEED_DOMAINS.flatMap((d) => d.apis);
    const ix = new TwinIndex(seeds);
    const byKey = new Map<number, string>();
    for (const a of seeds) for (const k of ix.keys(a)) {
      expect(byKey.get(k), `${a.name} and ${byKey.get(k)} share ${k}`).toBeUndefined();
      byKey.set(k, a.name);
    }
  });

  it('builds evolved pools without two APIs of one first sentence or of one name but for a unit', () => {
    const { apis } = evolvePool({ domains: SEED_DOMAINS, size: 1500, seed: 42 });
    const sentences = new Map<string, string>();
    const unitStems = new Map<string, string>();
    for (const a of apis) {
      const s = firstSentence(a.description);
      expect(sentences.get(s), `${a.name} and ${sentences.get(s)}`).toBeUndefined();
      sentences.set(s, a.name);
      const { stem, unit } = unitStem(a.name);
      if (unit === undefined) continue;
      expect(unitStems.get(stem), `${a.name} and ${unitStems.get(stem)}`).toBeUndefined();
      unitStems.set(stem, a.name);
    }
  });
});
