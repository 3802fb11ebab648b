/**
 * Results that hold facts of the real world keep them: a store app id names its own game, the
 * players of one list play one sport and those of one game play for its two sides, items found
 * around a point are placed near it, a phone number's country and carrier code are its own, and
 * a paper is cited after it appeared. Each through the offline tool agent on many draws.
 */
import { describe, expect, it } from 'vitest';
import { GAMES, gameOfApp } from '../../../core/derive/games.js';
import { geoTables, kmBetween } from '../../../core/geo.js';
import { countsList } from '../../../pipeline/values/siblings.js';
import { INT, NUM, STR, api, itemsOf, listOf, results } from '../../helpers/tool-api.js';

type Obj = Record<string, unknown>;

describe('real-world facts in results', () => {
  it('a listed store app is named as its own game, and a count named for the list is not below it', () => {
    const owned = api('get_player_owned_games', { player_id: STR }, { game_count: INT, games: listOf({ app_id: { type: 'integer', examples: GAMES.map((g) => g.appId) }, name: STR, playtime_minutes: INT }) });
    const rs = results(owned, { player_id: '7656119' }, 40);
    const games = itemsOf(rs, 'games');
    let known = 0;
    for (const g of games) {
      const game = gameOfApp(g.app_id);
      if (!game) continue;
      known++;
      expect(g.name).toBe(game.name);
    }
    expect(known).toBeGreaterThan(20);
    for (const r of rs) expect(r.game_count as number).toBeGreaterThanOrEqual((r.games as unknown[]).length);
  });

  it('reads counts named for their list', () => {
    expect(countsList('game_count', 'games')).toBe(true);
    expect(countsList('num_entries', 'entries')).toBe(true);
    expect(countsList('citation_count', 'works')).toBe(true);
    expect(countsList('unlocked_count', 'achievements')).toBe(false);
    expect(countsList('games', 'games')).toBe(false);
  });

  it('players of one team play one sport, and the top players of one game play for at most two teams', () => {
    const report = { ...api('get_team_injury_report', { team_id: STR }, { team: STR, players: listOf({ player: STR, position: STR, status: STR }) }), domain: 'sports' };
    const SPORT: Record<string, string> = { goalkeeper: 's', defender: 's', midfielder: 's', forward: 's', 'point guard': 'b', 'shooting guard': 'b', center: 'b', 'small forward': 'b', 'power forward': 'b', pitcher: 'ba', catcher: 'ba', shortstop: 'ba', 'first baseman': 'ba', outfielder: 'ba', quarterback: 'f', 'running back': 'f', 'wide receiver': 'f', 'tight end': 'f', linebacker: 'f', cornerback: 'f' };
    for (const r of results(report, { team_id: 'T1' }, 40)) {
      const sports = new Set((r.players as Obj[]).map((p) => SPORT[p.position as string]));
      expect(sports.size, JSON.stringify(r.players)).toBe(1);
    }
    const box = { ...api('get_game_box_score', { game_id: STR }, { game_id: STR, top_players: listOf({ player: STR, team: STR, points: INT }) }), domain: 'sports' };
    for (const r of results(box, { game_id: 'G1' }, 40)) expect(new Set((r.top_players as Obj[]).map((p) => p.team)).size).toBeLessThanOrEqual(2);
  });

  it('items found around a point are placed near it, even with one coordinate left out', () => {
    const quakes = api(
      'search_earthquake_catalog',
      { latitude: NUM, longitude: NUM, radius_km: NUM },
      { events: { type: 'array', minItems: 3, maxItems: 5, items: { type: 'object', properties: { event_id: STR, place: STR, latitude: NUM, longitude: NUM }, required: ['event_id', 'place'] } } },
    );
    const centre = { lat: -6.2013, lon: 106.833 };
    let named = 0;
    for (const e of itemsOf(results(quakes, { latitude: centre.lat, longitude: centre.lon, radius_km: 200 }, 40), 'events')) {
      const place = e.place as string;
      const city = geoTables().cityByName.get(place.replace(/^.* of /, '').toLowerCase());
      if (city) {
        named++;
        expect(kmBetween(city, centre), place).toBeLessThan(400);
      }
      if (typeof e.latitude === 'number') expect(Math.abs(e.latitude - centre.lat)).toBeLessThan(2);
      if (typeof e.longitude === 'number') expect(Math.abs(e.longitude - centre.lon)).toBeLessThan(2);
    }
    expect(named).toBeGreaterThan(10);
  });

  it("a phone number's country code, carrier MCC and national format are its own country's", () => {
    const lookup = api('lookup_phone_number_info', { phone_number: STR }, { phone_number: STR, country_code: { type: 'string', pattern: '^[A-Z]{2}$' }, national_format: STR, carrier: { type: 'object', properties: { name: STR, mcc: STR }, required: ['mcc'] } });
    for (const [phone, cc, mcc] of [['+34911234567', 'ES', '214'], ['+442071234567', 'GB', '234'], ['+14155550123', 'US', '310']]) {
      for (const r of results(lookup, { phone_number: phone }, 10)) {
        expect(r.phone_number).toBe(phone);
        expect(r.country_code).toBe(cc);
        expect((r.carrier as Obj).mcc).toBe(mcc);
        expect(r.national_format).toMatch(/^[\d() -]+$/);
      }
    }
  });

  it('a paper is cited by works of its year or later, up to today', () => {
    const cites = api('get_paper_citations', { doi: STR }, { doi: STR, citation_count: INT, works: listOf({ title: STR, year: { type: 'integer', minimum: 1990, maximum: 2030 } }) });
    for (const r of results(cites, { doi: '10.1073/pnas.2024.11111' }, 30, '2025-06-02')) {
      for (const w of r.works as Obj[]) {
        expect(w.year as number).toBeGreaterThanOrEqual(2024);
        expect(w.year as number).toBeLessThanOrEqual(2025);
      }
      expect(r.citation_count as number).toBeGreaterThanOrEqual((r.works as unknown[]).length);
    }
  });
});
