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
import { SONG_TABLE } from '../../../pipeline/values/music.js';
import { wordsIn } from '../../../pipeline/agents/tool/text-counts.js';
import { letterOf, uvRiskOf } from '../../../pipeline/agents/tool/grade-agree.js';
import { salaryRange } from '../../../pipeline/values/numbers.js';
import { kindOf } from '../../../pipeline/values/kinds.js';
import { generateObject, type Schema } from '../../../pipeline/values/values.js';
import { Rng } from '../../../core/rng.js';
import { measureOf, unitFits } from '../../../core/measures.js';
import { FIXED_WORLD, type ItemWorld } from '../../../core/plan.js';
import { EntityMemory } from '../../../pipeline/agents/tool/entity-memory.js';
import { localAddress } from '../../../pipeline/values/places.js';
import { offlineToolResult } from '../../../pipeline/agents/tool/offline.js';

const worldIn = (currency: string): ItemWorld => ({ ...FIXED_WORLD, locale: { ...FIXED_WORLD.locale, currency } });
import { DATE, DATE_TIME, INT, NUM, STR, api, itemsOf, listOf, results } from '../../helpers/tool-api.js';

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

  it("a recognised song's artist and album are the song's own", () => {
    const identify = { ...api('identify_song_from_audio', { audio_url: STR }, { title: STR, artist: STR, album: STR }), domain: 'music' };
    const byTitle = new Map(SONG_TABLE.map((x) => [x.title, x]));
    for (const r of results(identify, { audio_url: 'https://a.example.com/1' }, 30)) {
      const row = byTitle.get(r.title as string);
      expect(row, String(r.title)).toBeDefined();
      expect(r.artist).toBe(row!.artist);
      expect(r.album).toBe(row!.album);
    }
  });

  it("an article's word and character counts are its text's", () => {
    const article = { ...api('get_news_article_content', { article_url: STR }, { url: STR, title: STR, text: STR, word_count: INT, char_count: INT }), domain: 'news' };
    for (const r of results(article, { article_url: 'https://n.example.com/a' }, 20)) {
      expect(r.word_count).toBe(wordsIn(r.text as string));
      expect(r.char_count).toBe([...(r.text as string)].length);
    }
  });

  it('a search query names the things found, not the people listed beside them', () => {
    const search = { ...api('search_music_catalog', { query: STR }, { albums: listOf({ album_id: STR, name: STR }), artists: listOf({ artist_id: STR, name: STR }) }), domain: 'music' };
    for (const r of results(search, { query: 'Viva La Vida' }, 10)) {
      expect((r.albums as Obj[]).every((a) => /viva la vida/i.test(a.name as string))).toBe(true);
      expect((r.artists as Obj[]).some((a) => /viva la vida/i.test(a.name as string))).toBe(false);
      // The first artist found is the song's.
      expect((r.artists as Obj[])[0].name).toBe('Coldplay');
    }
  });

  it('a letter grade is its score\'s, a GPA the mean of the grades listed, a UV risk its index\'s band', () => {
    const grades = { ...api('get_student_grades', { student_id: STR }, { student_id: STR, gpa: { type: 'number', minimum: 0, maximum: 4 }, courses: listOf({ course_id: STR, current_score: { type: 'number', minimum: 40, maximum: 100 }, letter_grade: { type: 'string', pattern: '^[A-DF][+-]?$' } }) }), domain: 'education' };
    const GP: Record<string, number> = { A: 4, 'A-': 3.7, 'B+': 3.3, B: 3, 'B-': 2.7, 'C+': 2.3, C: 2, 'C-': 1.7, 'D+': 1.3, D: 1, 'D-': 0.7, F: 0 };
    for (const r of results(grades, { student_id: 'S1' }, 20)) {
      const courses = r.courses as Obj[];
      for (const c of courses) expect(c.letter_grade, String(c.current_score)).toBe(letterOf(c.current_score as number));
      const mean = courses.reduce((a, c) => a + GP[c.letter_grade as string], 0) / courses.length;
      expect(Math.abs((r.gpa as number) - mean)).toBeLessThanOrEqual(0.0051);
    }
    expect([letterOf(57.2), letterOf(88), letterOf(93)]).toEqual(['F', 'B+', 'A']);
    const uv = api('get_uv_index', { latitude: NUM, longitude: NUM }, { uv_index: { type: 'number', minimum: 0, maximum: 14 }, risk_level: { type: 'string', enum: ['low', 'moderate', 'high', 'very_high', 'extreme'] } });
    for (const r of results(uv, { latitude: 45.76, longitude: 4.84 }, 20)) expect(r.risk_level).toBe(uvRiskOf(r.uv_index as number));
    expect([uvRiskOf(2.9), uvRiskOf(3.2), uvRiskOf(7.9), uvRiskOf(11)]).toEqual(['low', 'moderate', 'high', 'extreme']);
  });

  it("a person given by first and last name is reached at their own address", () => {
    const apply = api('submit_job_application', { job_id: STR }, { candidate: { type: 'object', properties: { first_name: STR, last_name: STR, email: { type: 'string', format: 'email' } }, required: ['first_name', 'last_name', 'email'] } });
    for (const r of results(apply, { job_id: 'J1' }, 20)) {
      const c = r.candidate as Obj;
      const local = (c.email as string).split('@')[0];
      expect(local, JSON.stringify(c)).toContain((c.last_name as string).toLowerCase().replace(/[^a-z]/g, '').slice(0, 3));
    }
  });

  it("a claim's description tells of its type of loss", () => {
    const claim = { ...api('file_insurance_claim', { policy_number: STR }, { loss_type: { type: 'string', enum: ['fire', 'theft', 'vandalism', 'water_damage'] }, description: STR }), domain: 'insurance' };
    const CUE: Record<string, RegExp> = { fire: /fire|alight/i, theft: /stole|took|taken/i, vandalism: /smashed|graffiti|keyed/i, water_damage: /pipe|leak|hose/i };
    for (const r of results(claim, { policy_number: 'P1' }, 30)) expect(r.description, String(r.loss_type)).toMatch(CUE[r.loss_type as string]);
  });

  it("reminders of one event fire their own lead time before the same start", () => {
    const remind = api('set_event_reminders', { event_id: STR }, { event_id: STR, reminders: listOf({ method: STR, minutes_before: { type: 'integer', minimum: 0, maximum: 40320 }, fires_at: { type: 'string', format: 'date-time' } }) });
    let judged = 0;
    for (const r of results(remind, { event_id: 'E1' }, 20)) {
      const starts = new Set((r.reminders as Obj[]).map((x) => Date.parse(x.fires_at as string) + (x.minutes_before as number) * 60_000));
      expect(starts.size, JSON.stringify(r.reminders)).toBe(1);
      judged++;
    }
    expect(judged).toBe(20);
  });

  it("salaries are a year's, a month's or an hour's pay in the user's currency, with their range in order after a minimum is asked", () => {
    expect(salaryRange('salary_filter.min_annual', worldIn('USD'))).toEqual([30000, 200000]);
    expect(salaryRange('hourly_wage', worldIn('USD'))).toEqual([15, 90]);
    const [lo] = salaryRange('salary_min', worldIn('JPY'))!;
    expect(lo).toBeGreaterThan(1_000_000);
    expect(salaryRange('payment_amount', worldIn('USD'))).toBeUndefined();
    const search = { ...api('search_job_postings', { keywords: STR, salary_filter: { type: 'object', properties: { min_annual: NUM } } }, { results: listOf({ job_id: STR, salary_min: NUM, salary_max: NUM, currency: { type: 'string', pattern: '^[A-Z]{3}$' } }) }), domain: 'jobs' };
    for (const r of results(search, { keywords: 'teacher', salary_filter: { min_annual: 150000 } }, 20)) {
      for (const j of r.results as Obj[]) {
        expect(j.salary_min as number).toBeGreaterThanOrEqual(150000);
        expect(j.salary_min as number).toBeLessThanOrEqual(j.salary_max as number);
        expect(j.currency).toBe(FIXED_WORLD.locale.currency);
      }
    }
  });

  it('no more is available than is on hand', () => {
    const stock = api('get_warehouse_stock_levels', { skus: { type: 'array', items: STR } }, { items: listOf({ sku: STR, on_hand: { type: 'integer', minimum: 0, maximum: 60 }, available: { type: 'integer', minimum: 0, maximum: 60 } }) });
    for (const r of results(stock, { skus: ['A-1'] }, 20)) for (const it of r.items as Obj[]) expect(it.available as number).toBeLessThanOrEqual(it.on_hand as number);
  });

  it('a score not accepted changed nothing, and SKUs are codes', () => {
    const submit = api('submit_leaderboard_score', { app_id: INT, score: INT }, { accepted: { type: 'boolean' }, score_changed: { type: 'boolean' }, global_rank_previous: INT, global_rank_new: INT }, ['accepted']);
    let refused = 0;
    for (const r of results(submit, { app_id: 570, score: 51 }, 60)) {
      if (r.accepted !== false) continue;
      refused++;
      expect(r.score_changed === true, JSON.stringify(r)).toBe(false);
      if (r.global_rank_new !== undefined) expect(r.global_rank_new).toBe(r.global_rank_previous);
    }
    expect(refused).toBeGreaterThan(5);
    // A list of SKUs asked for holds codes, not topic words ("delayed-shipment", "last-mile").
    expect(kindOf('skus', '', { type: 'array', items: STR }, undefined).kind).toBe('id');
    expect(kindOf('sku', '', STR, undefined).kind).toBe('id');
  });

  it('a reverse geocode names what is at the point: a Berlin street, Berlin, Germany', () => {
    const rev = api('reverse_geocode', { latitude: NUM, longitude: NUM }, { features: listOf({ type: { type: 'string', enum: ['address', 'locality', 'country'] }, name: STR, country_code: STR }) });
    const names = itemsOf(results(rev, { latitude: 52.5441, longitude: 13.4199 }, 20), 'features');
    const GERMAN_STREET = /^(Hauptstrasse|Bahnhofstrasse|Gartenweg|Schillerstrasse|Goethestrasse|Lindenallee|Bergstrasse|Marktplatz) \d+$/;
    for (const f of names) {
      expect(f.country_code).toBe('DE');
      if (f.type === 'address') expect(f.name as string, JSON.stringify(f)).toMatch(GERMAN_STREET);
      if (f.type === 'locality') expect(f.name).toBe('Berlin');
      if (f.type === 'country') expect(f.name).toBe('Germany');
    }
    expect(new Set(names.map((f) => f.type)).size).toBe(3);
    // A feature's name and full address are one street.
    const full = api('reverse_geocode', { latitude: NUM, longitude: NUM }, { features: listOf({ type: { type: 'string', enum: ['address'] }, name: STR, full_address: STR }) });
    for (const f of itemsOf(results(full, { latitude: 43.6532, longitude: -79.3832 }, 20), 'features')) expect(f.full_address as string, JSON.stringify(f)).toBe(`${f.name as string}, Toronto, Canada`);
  });

  it('a body above the horizon is at a positive altitude, and a message delivered is "delivered"', () => {
    const sky = api('get_celestial_object_position', { object_name: STR }, { object_name: STR, altitude_deg: { type: 'number', minimum: -90, maximum: 90 }, above_horizon: { type: 'boolean' } });
    const skies = results(sky, { object_name: 'Vega' }, 40);
    for (const r of skies) expect(r.above_horizon, JSON.stringify(r)).toBe((r.altitude_deg as number) > 0);
    expect(new Set(skies.map((r) => r.above_horizon)).size).toBe(2);
    const sms = api('get_sms_delivery_report', { message_sid: STR }, { message_sid: STR, status: { type: 'string', enum: ['queued', 'sent', 'delivered', 'failed'] }, sent_at: DATE_TIME, delivered_at: DATE_TIME }, ['message_sid', 'status']);
    for (const r of results(sms, { message_sid: 'SM1' }, 60)) if (r.delivered_at !== undefined) expect(r.status, JSON.stringify(r)).not.toMatch(/^(queued|sent)$/);
  });

  it('a billing cycle is a month with its usage days inside it; a settled claim waits for nothing', () => {
    const usage = api('get_mobile_line_usage', { msisdn: STR }, { msisdn: STR, cycle_start: { type: 'string', format: 'date' }, cycle_end: { type: 'string', format: 'date' }, data_used_mb: NUM, daily: listOf({ date: { type: 'string', format: 'date' }, data_mb: NUM }) });
    for (const r of results(usage, { msisdn: '+15550100' }, 30)) {
      const [start, end] = [Date.parse(r.cycle_start as string), Date.parse(r.cycle_end as string)];
      const days = (end - start) / 86_400_000;
      expect(days, JSON.stringify(r)).toBeGreaterThanOrEqual(27);
      expect(days, JSON.stringify(r)).toBeLessThanOrEqual(30);
      for (const d of r.daily as Obj[]) {
        expect((d.date as string) >= (r.cycle_start as string), JSON.stringify(r)).toBe(true);
        expect((d.date as string) <= (r.cycle_end as string), JSON.stringify(r)).toBe(true);
      }
      // One entry a day.
      const dates = (r.daily as Obj[]).map((d) => d.date as string);
      expect(new Set(dates).size, JSON.stringify(r)).toBe(dates.length);
    }
    const claim = api('get_claim_status', { claim_number: STR }, { claim_number: STR, stage: { type: 'string', enum: ['reported', 'awaiting_documents', 'closed', 'paid', 'denied'] }, outstanding_requirements: { type: 'array', items: STR, maxItems: 3 } });
    const claims = results(claim, { claim_number: 'CL-1' }, 60);
    for (const r of claims) if (/^(closed|paid|denied)$/.test(r.stage as string)) expect(r.outstanding_requirements, JSON.stringify(r)).toEqual([]);
    expect(claims.some((r) => (r.outstanding_requirements as unknown[]).length > 0), 'an open claim may wait for something').toBe(true);
  });

  it("a price's daily bars trade as prices do: a day's range a few percent, each day opening near the last close", () => {
    const history = api('get_price_history', { symbol: STR }, { symbol: STR, bars: listOf({ date: { type: 'string', format: 'date' }, open: NUM, high: NUM, low: NUM, close: NUM, volume: INT }) });
    for (const r of results(history, { symbol: 'NVDA' }, 20)) {
      const bars = [...(r.bars as Obj[])].sort((a, b) => (a.date as string).localeCompare(b.date as string));
      for (const [i, b] of bars.entries()) {
        const [o, h, l, c] = [b.open, b.high, b.low, b.close] as number[];
        expect(h, JSON.stringify(b)).toBeGreaterThanOrEqual(Math.max(o, c));
        expect(l, JSON.stringify(b)).toBeLessThanOrEqual(Math.min(o, c));
        expect(h / l, JSON.stringify(b)).toBeLessThan(1.1);
        if (i > 0) expect(Math.abs(o / (bars[i - 1].close as number) - 1), JSON.stringify(bars)).toBeLessThan(0.02);
      }
    }
  });

  it('a vital-signs record flags the readings it was sent, each by its value', () => {
    const vitals = api('record_vital_signs', { patient_id: STR, readings: { type: 'object', properties: { systolic_mmhg: INT, diastolic_mmhg: INT, heart_rate_bpm: INT, spo2_percent: INT, weight_kg: NUM } } }, { record_id: STR, flags: { type: 'array', maxItems: 3, items: { type: 'object', properties: { reading: STR, status: { type: 'string', enum: ['normal', 'elevated', 'low', 'critical'] } }, required: ['reading', 'status'] } } });
    for (const r of results(vitals, { patient_id: 'P1', readings: { systolic_mmhg: 199, diastolic_mmhg: 103, heart_rate_bpm: 69, spo2_percent: 92, weight_kg: 65.6 } })) {
      expect(r.flags).toEqual([{ reading: 'BP 199/103 mmHg', status: 'critical' }, { reading: 'SpO2 92%', status: 'low' }, { reading: 'HR 69 bpm', status: 'normal' }]);
    }
    for (const r of results(vitals, { patient_id: 'P1', readings: { systolic_mmhg: 116, weight_kg: 118.9 } })) expect(r.flags).toEqual([{ reading: 'BP systolic 116 mmHg', status: 'normal' }]);
    for (const r of results(vitals, { patient_id: 'P1', readings: { weight_kg: 66 } })) expect(r.flags).toEqual([]);
    // What a clinic mostly sees, when the schema leaves it open.
    const readings = generateObject({ type: 'object', properties: { systolic_mmhg: { type: 'integer', minimum: 60, maximum: 250 }, spo2_percent: { type: 'integer', minimum: 50, maximum: 100 }, temperature_c: { type: 'number', minimum: 33, maximum: 43 } }, required: ['systolic_mmhg', 'spo2_percent', 'temperature_c'] }, new Rng(3), { world: FIXED_WORLD });
    expect(readings.spo2_percent as number).toBeGreaterThanOrEqual(91);
    expect(readings.systolic_mmhg as number).toBeLessThanOrEqual(165);
    expect(readings.temperature_c as number).toBeGreaterThanOrEqual(36.1);
  });

  it('an interaction check names pairs of the drugs it was sent, and counts what it checked', () => {
    const check = api('check_drug_interactions', { medications: { type: 'array', items: { type: 'object', properties: { name: STR, dose_mg: NUM } } } }, { interactions: listOf({ drugs: { type: 'array', items: STR, minItems: 2, maxItems: 2 }, severity: STR }), checked_count: INT });
    const meds = ['hydrochlorothiazide', 'lamotrigine', 'levetiracetam'];
    for (const r of results(check, { medications: meds.map((name) => ({ name })) })) {
      expect(r.checked_count).toBe(3);
      const pairs = (r.interactions as Obj[]).map((it) => (it.drugs as string[]).join('+'));
      expect(new Set(pairs).size).toBe(pairs.length);
      for (const it of r.interactions as Obj[]) for (const d of it.drugs as string[]) expect(meds).toContain(d);
    }
    for (const r of results(check, { medications: [{ name: 'tramadol', dose_mg: 50 }, { name: 'tramadol', dose_mg: 100 }] })) expect(r.interactions).toEqual([]);
  });

  it("a recall's summary and remedy are about its component", () => {
    const recalls = { ...api('get_vehicle_recalls', { make: STR, model: STR }, { recalls: listOf({ campaign_number: STR, component: STR, summary: STR, remedy: STR }) }), domain: 'automotive' };
    const PART: Record<string, RegExp> = { brakes: /brake/, steering: /steering/, 'fuel system': /fuel/, 'air bags': /airbag/, 'electrical system': /camera/, 'seat belts': /seat belt/, suspension: /suspension/, 'power train': /transmission/, tires: /tire/ };
    let seen = 0;
    for (const it of itemsOf(results(recalls, { make: 'Peugeot', model: '208' }, 30), 'recalls')) {
      const part = PART[it.component as string];
      if (!part) continue;
      seen++;
      expect(it.summary as string, JSON.stringify(it)).toMatch(part);
      expect(it.remedy as string, JSON.stringify(it)).toMatch(part === PART['electrical system'] ? /camera/ : part);
    }
    expect(seen).toBeGreaterThan(20);
    // Also when the component is the one the call asked for, set after the text was drawn.
    const byComponent = { ...api('get_vehicle_recalls', { make: STR, component: STR }, { recalls: listOf({ component: STR, summary: STR }) }), domain: 'automotive' };
    for (const it of itemsOf(results(byComponent, { make: 'Peugeot', component: 'seat belts' }, 20), 'recalls')) {
      expect(it.component).toBe('seat belts');
      expect(it.summary as string, JSON.stringify(it)).toMatch(/seat belt/);
    }
    for (const it of itemsOf(results(byComponent, { make: 'Peugeot', component: 'tires' }, 20), 'recalls')) {
      expect(it.component).toBe('tires');
      expect(it.summary as string, JSON.stringify(it)).toMatch(/^The tire sidewall/);
    }
  });

  it("a vulnerability's weakness and product are its description's, and it is changed after it was published", () => {
    const cve = { ...api('get_cve_details', { cve_id: STR }, { cve_id: STR, description: STR, published: DATE_TIME, last_modified: DATE_TIME, cwe_ids: { type: 'array', items: STR, minItems: 1, maxItems: 2 }, affected_cpes: { type: 'array', items: STR, minItems: 1, maxItems: 3 } }), domain: 'security' };
    const FLAW: [RegExp, string][] = [[/buffer overflow/i, 'CWE-120'], [/sql injection/i, 'CWE-89'], [/cross-site scripting/i, 'CWE-79'], [/authentication bypass/i, 'CWE-287'], [/path traversal/i, 'CWE-22'], [/use-after-free/i, 'CWE-416'], [/improper input validation/i, 'CWE-20']];
    const PRODUCT: [RegExp, string][] = [[/apache struts/i, ':apache:struts:'], [/openssl/i, ':openssl:openssl:'], [/wordpress/i, ':wordpress:wordpress:'], [/jenkins/i, ':jenkins:jenkins:'], [/nginx/i, ':f5:nginx:'], [/log4j/i, ':apache:log4j:'], [/gitlab/i, ':gitlab:gitlab:'], [/confluence/i, ':atlassian:confluence:']];
    let seen = 0;
    for (const r of results(cve, { cve_id: 'CVE-2024-1234' }, 40)) {
      const text = r.description as string;
      const flaw = FLAW.find(([re]) => re.test(text));
      const product = PRODUCT.find(([re]) => re.test(text));
      expect(flaw, text).toBeDefined();
      expect(product, text).toBeDefined();
      // No SQL injection in a TLS handshake.
      if (/sql injection/i.test(text)) expect(text).not.toMatch(/TLS|image parser/);
      seen++;
      expect(r.cwe_ids, text).toEqual([flaw![1]]);
      for (const c of r.affected_cpes as string[]) expect(c, text).toContain(product![1]);
      expect((r.last_modified as string) >= (r.published as string), JSON.stringify(r)).toBe(true);
    }
    expect(seen).toBe(40);
  });

  it("a device is in a state of its kind (no plug 'completed', no light 'closed'), and a carrier's rate has a carrier's service", () => {
    const devices = { ...api('list_smart_home_devices', { room: STR }, { devices: listOf({ device_id: STR, type: { type: 'string', enum: ['light', 'plug', 'lock', 'blind', 'thermostat', 'motion sensor'] }, state: STR }) }), domain: 'smart-home' };
    const OWN: Record<string, string[]> = { light: ['on', 'off'], plug: ['on', 'off'], lock: ['locked', 'unlocked'], blind: ['open', 'closed'], thermostat: ['heat', 'cool', 'idle', 'off'], 'motion sensor': ['motion', 'clear'] };
    let seen = 0;
    for (const d of itemsOf(results(devices, { room: 'hallway' }, 30), 'devices')) {
      seen++;
      expect(OWN[d.type as string], JSON.stringify(d)).toContain(d.state);
    }
    expect(seen).toBeGreaterThan(60);
    const rates = { ...api('compare_shipping_rates', { to_postal_code: STR }, { rates: listOf({ rate_id: STR, carrier: STR, service_level: STR, amount: NUM, currency: STR }) }), domain: 'logistics' };
    for (const r of itemsOf(results(rates, { to_postal_code: '75001' }, 20), 'rates')) expect(r.service_level, JSON.stringify(r)).not.toMatch(/^(low|medium|high)$/);
  });

  it('weather is of its place and season: temperatures near the normal of the city and day asked, no snow on a warm day, a UV index under the sun there, its peak near solar noon of that day', () => {
    const temp = { type: 'number', minimum: -40, maximum: 45 } as const;
    const forecast = api('get_weather_forecast', { city: STR, date: { type: 'string', format: 'date' } }, { date: { type: 'string', format: 'date' }, temp_high: temp, temp_low: temp, condition: { type: 'string', enum: ['clear', 'cloudy', 'rain', 'snow'] }, sea_temperature_c: { type: 'number', minimum: -2, maximum: 32 } });
    const oslo = geoTables().cityByName.get('oslo')!;
    const singapore = geoTables().cityByName.get('singapore')!;
    for (const [city, day, air, sea] of [[oslo, '2025-12-05', -1, 7], [singapore, '2025-12-05', 26.5, 28.5]] as const) {
      for (const r of results(forecast, { city: city.name, date: day }, 30)) {
        const mid = ((r.temp_high as number) + (r.temp_low as number)) / 2;
        expect(Math.abs(mid - air), `${city.name} ${JSON.stringify(r)}`).toBeLessThan(9);
        expect(r.temp_low as number).toBeLessThanOrEqual(r.temp_high as number);
        expect(Math.abs((r.sea_temperature_c as number) - sea), JSON.stringify(r)).toBeLessThan(6);
        if (city === singapore) expect(r.condition).not.toBe('snow');
      }
    }
    const uv = api('get_uv_index', { latitude: NUM, longitude: NUM }, { uv_index: { type: 'number', minimum: 0, maximum: 15 }, uv_max: { type: 'number', minimum: 0, maximum: 15 }, uv_max_time: DATE_TIME, risk_level: { type: 'string', enum: ['low', 'moderate', 'high', 'very_high', 'extreme'] } });
    // Bergen in early March: the sun stands 20 degrees high at noon, about 13:20 UTC minus 21 minutes.
    for (const r of results(uv, { latitude: 60.39, longitude: 5.32 }, 30, '2025-03-06')) {
      expect(r.uv_max as number, JSON.stringify(r)).toBeLessThanOrEqual(1.5);
      expect(r.uv_index as number).toBeLessThanOrEqual(r.uv_max as number);
      expect(r.risk_level).toBe(uvRiskOf(r.uv_index as number));
      const t = Date.parse(r.uv_max_time as string);
      expect(r.uv_max_time as string, JSON.stringify(r)).toMatch(/^2025-03-06T1[01]:\d{2}:00Z$/);
      expect(Math.abs(t - Date.parse('2025-03-06T11:39:00Z'))).toBeLessThanOrEqual(45 * 60_000);
    }
    // A thermostat's room is no weather.
    const room = api('get_thermostat_reading', { device_id: STR }, { temperature: { type: 'number', minimum: 10, maximum: 30 } });
    expect(results(room, { device_id: 'T-1' }, 10, '2025-01-15').some((r) => (r.temperature as number) > 15)).toBe(true);
  });

  it('payments follow from their terms: a mortgage payment is what its rate costs on the loan and term asked, the APR at least the rate; instalments add up to the premium; a listing costs its history\'s last price', () => {
    const rates = api('get_mortgage_rates', { loan_amount: INT, term_years: INT }, { offers: listOf({ lender: STR, rate_percent: { type: 'number', minimum: 4.5, maximum: 8.5 }, apr_percent: { type: 'number', minimum: 4.6, maximum: 8.8 }, monthly_payment: { type: 'number', minimum: 300, maximum: 30000 } }) });
    for (const o of itemsOf(results(rates, { loan_amount: 400000, term_years: 15 }, 20), 'offers')) {
      const r = (o.rate_percent as number) / 1200;
      expect(o.monthly_payment as number, JSON.stringify(o)).toBeCloseTo((400000 * r) / (1 - (1 + r) ** -180), 1);
      expect(o.apr_percent as number).toBeGreaterThanOrEqual(o.rate_percent as number);
      expect((o.rate_percent as number) * 8).toBe(Math.round((o.rate_percent as number) * 8));
    }
    const quote = api('get_auto_insurance_quote', { vehicle_vin: STR }, { options: listOf({ carrier: STR, term_months: { type: 'integer', enum: [6, 12] }, premium: NUM, monthly_payment: NUM }) });
    for (const o of itemsOf(results(quote, { vehicle_vin: '1HGCM82633A004352' }, 20), 'options')) {
      const ratio = ((o.monthly_payment as number) * (o.term_months as number)) / (o.premium as number);
      expect(ratio, JSON.stringify(o)).toBeGreaterThanOrEqual(0.99);
      expect(ratio, JSON.stringify(o)).toBeLessThanOrEqual(1.06);
    }
    const property = api('get_property_details', { property_id: STR }, { price: { type: 'integer', minimum: 900, maximum: 2500000 }, price_history: listOf({ date: DATE, event: { type: 'string', enum: ['listed', 'price_change', 'sold'] }, price: { type: 'integer', minimum: 50000, maximum: 2500000 } }) });
    for (const r of results(property, { property_id: 'P-1' }, 20)) {
      const last = (r.price_history as Obj[]).reduce((a, b) => ((b.date as string) > (a.date as string) ? b : a));
      expect(r.price, JSON.stringify(r)).toBe(last.price);
    }
  });

  it("a flight's numbers are its airline's, and a flight the call names names its airline", () => {
    const search = api('search_flight_offers', { origin: STR, destination: STR }, { offers: listOf({ offer_id: STR, carrier: STR, flight_numbers: { type: 'array', items: { type: 'string', pattern: '^[A-Z0-9]{2}[0-9]{1,4}$' }, minItems: 1, maxItems: 3 } }) }, ['offers'], 'Search flight offers.');
    const domain = { ...search, domain: 'travel' };
    let seen = 0;
    for (const o of itemsOf(results(domain, { origin: 'CPH', destination: 'GRU' }, 20), 'offers')) {
      const airline = geoTables().airlineByName.get((o.carrier as string).toLowerCase());
      if (!airline) continue;
      seen++;
      for (const n of o.flight_numbers as string[]) expect(n.slice(0, 2), JSON.stringify(o)).toBe(airline.code);
    }
    expect(seen).toBeGreaterThan(20);
    // A pattern of two letters: an airline whose designator has a digit (Cebu Pacific, 5J) gives way to one the pattern takes.
    const lettered = { ...api('search_flight_offers', { origin: STR }, { offers: listOf({ carrier: STR, flight_numbers: { type: 'array', items: { type: 'string', pattern: '^[A-Z]{2}[0-9]{2,4}$' }, minItems: 1, maxItems: 3 } }) }, ['offers'], 'Search flight offers.'), domain: 'travel' };
    for (const o of itemsOf(results(lettered, { origin: 'CPH' }, 40), 'offers')) {
      const airline = geoTables().airlineByName.get((o.carrier as string).toLowerCase());
      if (airline) for (const n of o.flight_numbers as string[]) expect(n.slice(0, 2), JSON.stringify(o)).toBe(airline.code);
    }
    const status = { ...api('get_flight_status', { flight_number: STR, date: DATE }, { flight_number: STR, carrier: STR, status: STR }), domain: 'travel' };
    for (const r of results(status, { flight_number: 'BA387', date: '2025-06-03' }, 10)) {
      expect(r.flight_number).toBe('BA387');
      expect(r.carrier, JSON.stringify(r)).toBe('British Airways');
    }
  });

  it("a parcel's events are one journey to its status: in time order, the last step the status, a delivery only when delivered", () => {
    const track = { ...api('track_parcel_shipment', { tracking_number: STR }, { tracking_number: STR, status: { type: 'string', enum: ['pre_transit', 'in_transit', 'out_for_delivery', 'delivered', 'exception', 'returned'] }, events: listOf({ occurred_at: DATE_TIME, status: STR, message: STR, location: STR }) }), domain: 'logistics' };
    const LAST: Record<string, RegExp> = { pre_transit: /Label created/, in_transit: /hub|depot|Departed|Picked up/, out_for_delivery: /Out for delivery/, delivered: /^Delivered/, exception: /attempted/, returned: /Returned/ };
    for (const r of results(track, { tracking_number: 'RTY8SWVQ' }, 30)) {
      const events = r.events as Obj[];
      const times = events.map((e) => e.occurred_at as string);
      expect(times).toEqual([...times].sort());
      expect(events[events.length - 1].message as string, JSON.stringify(r)).toMatch(LAST[r.status as string]);
      if (r.status !== 'delivered') expect(events.some((e) => /^Delivered/.test(e.message as string)), JSON.stringify(r)).toBe(false);
      for (const e of events) expect(['pre_transit', 'in_transit', 'out_for_delivery', 'delivered', 'exception', 'returned']).toContain(e.status);
      // Not yet sent: nothing but the shipment's information and its label.
      if (r.status === 'pre_transit') for (const e of events) expect(e.message as string, JSON.stringify(r)).toMatch(/^(Shipment information received|Label created)/);
    }
  });

  it('a call that asks for no notification notifies nobody', () => {
    const update = api('update_calendar_event', { event_id: STR, send_updates: { type: 'string', enum: ['all', 'none'] } }, { event_id: STR, notified_attendees: { type: 'integer', minimum: 0, maximum: 20 } });
    const quietOnes = results(update, { event_id: 'EV-4', send_updates: 'none' }, 20);
    for (const r of quietOnes) expect(r.notified_attendees, JSON.stringify(r)).toBe(0);
    expect(results(update, { event_id: 'EV-4', send_updates: 'all' }, 20).some((r) => (r.notified_attendees as number) > 0)).toBe(true);
  });

  it("addresses a location filter moved to a city are on that city's streets", () => {
    const search = api('search_property_listings', { location: STR }, { listings: listOf({ property_id: STR, address: STR, price: INT }) });
    const warsaw = itemsOf(results(search, { location: 'Warsaw' }, 30), 'listings');
    expect(warsaw.length).toBeGreaterThan(60);
    for (const l of warsaw) expect(l.address as string).toMatch(/^(ulica|aleja) [A-Za-z]+ \d+, Warsaw$/);
    // A real street the tables do not know (as a model may write it) stays.
    expect(localAddress('350 Fifth Avenue, New York')).toBe('350 Fifth Avenue, New York');
    expect(localAddress('Unter den Linden 5, Berlin')).toBe('Unter den Linden 5, Berlin');
    expect(localAddress('Rua Augusta 235, Warsaw')).toMatch(/^(ulica|aleja) [A-Za-z]+ 235, Warsaw$/);
    const toronto = itemsOf(results(search, { location: 'Toronto' }, 30), 'listings');
    for (const l of toronto) {
      expect(l.address as string).toMatch(/, Toronto$/);
      expect(l.address as string).not.toMatch(/Calle|Rue |Via |strasse|Rua |ulica|Jalan/);
    }
  });

  it('comparable sales are in the city of the property they are compared with', () => {
    const comps = api('get_comparable_sales', { property_id: STR }, { subject_property_id: STR, comparables: listOf({ property_id: STR, address: STR, sold_price: INT }) });
    // No earlier result: around the user (the fixed world lives in Lyon).
    const around = itemsOf(results(comps, { property_id: 'PT0XY47O' }, 20), 'comparables');
    expect(around.length).toBeGreaterThan(40);
    for (const c of around) expect(c.address as string).toMatch(/, Lyon$/);
    // A listing an earlier result placed in Warsaw: its comparables are Warsaw sales.
    const memory = new EntityMemory();
    memory.remember({ listings: [{ property_id: 'PT0XY47O', address: 'ulica Dluga 235, Warsaw' }] });
    for (const r of results(comps, { property_id: 'PT0XY47O' }, 10)) {
      const moved = memory.agree(r, comps.returns as Schema, { property_id: 'PT0XY47O' }) as Obj;
      for (const c of moved.comparables as Obj[]) expect(c.address as string).toMatch(/^(ulica|aleja) [A-Za-z]+ \d+, Warsaw$/);
    }
  });

  it('a recording lasts minutes, and a playback position is within a track', () => {
    const isrc = api('lookup_recording_by_isrc', { isrc: STR }, { title: STR, length_ms: INT });
    const player = api('get_playback_state', { device_id: STR }, { is_playing: { type: 'boolean' }, progress_ms: INT });
    for (const r of results(isrc, { isrc: 'USRC17607839' }, 20)) expect(r.length_ms as number, JSON.stringify(r)).toBeGreaterThanOrEqual(60_000);
    for (const r of results(player, { device_id: 'SPK-1' }, 20)) expect(r.progress_ms as number, JSON.stringify(r)).toBeGreaterThanOrEqual(1000);
  });

  it("a meter's history: its meter's unit, one reading per step asked, one price, totals that add up", () => {
    const reading = { type: 'object', properties: { start: DATE_TIME, usage: NUM, cost: NUM }, required: ['start', 'usage', 'cost'] };
    const history = api(
      'get_utility_usage_history',
      { account_number: STR, meter_type: { type: 'string', enum: ['electricity', 'gas', 'water'], default: 'electricity' }, granularity: { type: 'string', enum: ['hourly', 'daily', 'monthly'] }, start_date: DATE, end_date: DATE },
      { unit: { type: 'string', enum: ['kWh', 'therm', 'm3', 'gallon'] }, total_usage: NUM, estimated_cost: NUM, readings: { type: 'array', minItems: 1, maxItems: 3, items: reading } },
    );
    const daily = results(history, { account_number: '7636807948', granularity: 'daily', start_date: '2025-05-10', end_date: '2025-05-13' }, 20);
    for (const r of daily) {
      const rs = r.readings as Obj[];
      expect(r.unit, JSON.stringify(r)).toBe('kWh');
      expect(rs.map((x) => x.start)).toEqual(['2025-05-10T00:00:00Z', '2025-05-11T00:00:00Z', '2025-05-12T00:00:00Z', '2025-05-13T00:00:00Z']);
      for (const x of rs) expect(x.usage as number, JSON.stringify(r)).toBeLessThan(60);
      const prices = rs.map((x) => (x.cost as number) / (x.usage as number));
      expect(Math.max(...prices) / Math.min(...prices), JSON.stringify(r)).toBeLessThan(1.1);
      expect(r.estimated_cost as number).toBeCloseTo(rs.reduce((s, x) => s + (x.cost as number), 0), 1);
      expect(r.total_usage as number).toBeCloseTo(rs.reduce((s, x) => s + (x.usage as number), 0), 1);
    }
    for (const r of results(history, { account_number: '7636807948', meter_type: 'water', granularity: 'monthly', start_date: '2025-01-15', end_date: '2025-12-31' }, 10)) {
      expect(['m3', 'gallon']).toContain(r.unit);
      // Months to today (2 June), each on the 15th.
      expect((r.readings as Obj[]).map((x) => (x.start as string).slice(0, 10))).toEqual(['2025-01-15', '2025-02-15', '2025-03-15', '2025-04-15', '2025-05-15']);
    }
  });

  it('stock is low by the threshold the call asks, and a threshold asked is a few dozen units at most', () => {
    const stock = api('get_warehouse_stock_levels', { skus: { type: 'array', items: STR }, low_stock_threshold: INT }, { items: listOf({ sku: STR, on_hand: { type: 'integer', minimum: 0, maximum: 60 }, low_stock: { type: 'boolean' } }) });
    let low = 0;
    for (const it of itemsOf(results(stock, { skus: ['A-1', 'B-2'], low_stock_threshold: 30 }, 30), 'items')) {
      expect(it.low_stock, JSON.stringify(it)).toBe((it.on_hand as number) <= 30);
      if (it.low_stock === true) low++;
    }
    expect(low).toBeGreaterThan(5);
    for (let i = 0; i < 30; i++) {
      const v = generateObject({ type: 'object', properties: { low_stock_threshold: INT }, required: ['low_stock_threshold'] } as Schema, new Rng(i)) as Obj;
      expect(v.low_stock_threshold as number).toBeLessThanOrEqual(40);
    }
  });

  it("a stock's daily bars fall on trading days; a coin's on every day", () => {
    const bar = { type: 'object', properties: { date: DATE, open: NUM, high: NUM, low: NUM, close: NUM }, required: ['date', 'open', 'high', 'low', 'close'] };
    const history = api('get_price_history', { symbol: STR, start_date: DATE, end_date: DATE }, { symbol: STR, bars: { type: 'array', minItems: 1, maxItems: 9, items: bar } });
    const weekday = (d: string): number => new Date(`${d}T00:00:00Z`).getUTCDay();
    const stock = itemsOf(results(history, { symbol: 'SHOP', start_date: '2025-05-10', end_date: '2025-05-23' }, 20), 'bars');
    expect(stock.length).toBeGreaterThan(30);
    for (const b of stock) expect([0, 6], JSON.stringify(b)).not.toContain(weekday(b.date as string));
    const coin = itemsOf(results(history, { symbol: 'BTC-USD', start_date: '2025-05-10', end_date: '2025-05-23' }, 20), 'bars');
    expect(coin.some((b) => [0, 6].includes(weekday(b.date as string)))).toBe(true);
  });

  it("a game's store page: genres of games, a game's price, no sale price above the price before it", () => {
    const page = { ...api('get_game_store_details', { app_id: INT }, { app_id: INT, name: STR, genres: { type: 'array', items: STR, minItems: 1 }, price: { type: 'object', properties: { currency: { type: 'string', enum: ['USD', 'EUR', 'HUF'] }, initial: NUM, final: NUM }, required: ['currency', 'initial', 'final'] } }), domain: 'gaming' };
    for (const r of results(page, { app_id: 220 }, 30)) {
      for (const g of r.genres as string[]) expect(g).toMatch(/^(Action|Adventure|RPG|Strategy|Simulation|Sports|Racing|Puzzle|Platformer|Shooter|Fighting|Survival|Roguelike|Sandbox|Open world RPG|Co-op shooter|Indie platformer|Tower defense)$/);
      const p = r.price as Obj;
      const usd = (p.initial as number) / ({ USD: 1, EUR: 0.92, HUF: 360 } as Record<string, number>)[p.currency as string];
      expect(usd, JSON.stringify(p)).toBeGreaterThanOrEqual(4);
      expect(usd, JSON.stringify(p)).toBeLessThanOrEqual(80);
      expect(p.final as number, JSON.stringify(p)).toBeLessThanOrEqual(p.initial as number);
    }
  });

  it("a flight's fare is a fare: in the user's rupees where the schema can hold one, else in dollars, never a few rupees", () => {
    const offers = api('search_flight_offers', { origin: STR, destination: STR, departure_date: DATE, max_price: { type: 'number', minimum: 50, maximum: 50000 } }, { currency: { type: 'string', pattern: '^[A-Z]{3}$' }, offers: listOf({ offer_id: STR, total_price: { type: 'number', minimum: 50, maximum: 4000 } }) });
    const rupees = { ...worldIn('INR'), today: '2025-06-02' };
    const perUsd: Record<string, number> = { USD: 1, EUR: 0.92, INR: 83 };
    for (let i = 0; i < 20; i++) {
      const r = offlineToolResult(offers, { origin: 'EWR', destination: 'LHR', departure_date: '2025-07-19', _seed: i }, rupees) as Obj;
      for (const o of r.offers as Obj[]) expect((o.total_price as number) / perUsd[r.currency as string], JSON.stringify(r)).toBeGreaterThanOrEqual(60);
    }
  });

  it("an offer's stops are its flights less one", () => {
    const search = api('search_flight_offers', { origin: STR, destination: STR, departure_date: DATE }, { offers: listOf({ offer_id: STR, carrier: STR, flight_numbers: { type: 'array', items: { type: 'string', pattern: '^[A-Z]{2}[0-9]{2,4}$' }, minItems: 1, maxItems: 3 }, stops: { type: 'integer', minimum: 0, maximum: 2 } }) });
    const offers = itemsOf(results(search, { origin: 'CDG', destination: 'JFK', departure_date: '2025-07-19' }, 20), 'offers');
    expect(offers.length).toBeGreaterThan(40);
    for (const o of offers) expect((o.flight_numbers as string[]).length, JSON.stringify(o)).toBe((o.stops as number) + 1);
  });

  it('a job posting hires the job it is titled', () => {
    const posting = { ...api('get_job_posting', { job_id: STR }, { job_id: STR, title: STR, description: STR }), domain: 'jobs' };
    let hiring = 0;
    for (const r of results(posting, { job_id: 'J-8' }, 60)) {
      const m = /^(We are hiring|Join us as) an? (.+?) to /.exec(r.description as string);
      if (!m) continue;
      hiring++;
      expect(m[2], JSON.stringify(r)).toBe(r.title);
    }
    expect(hiring).toBeGreaterThan(3);
  });

  it('what went through gives no reason it failed (a code applied with no rejection reason, a text delivered with no error code)', () => {
    const code = api('apply_discount_code', { cart_id: STR, code: STR }, { cart_id: STR, applied: { type: 'boolean' }, discount_amount: NUM, rejection_reason: { type: 'string', enum: ['expired', 'not_applicable'] } }, ['cart_id', 'applied']);
    const sms = api('get_sms_delivery_report', { message_sid: STR }, { message_sid: STR, status: { type: 'string', enum: ['queued', 'sent', 'delivered', 'undelivered', 'failed'] }, error_code: { type: ['integer', 'null'] } }, ['message_sid', 'status', 'error_code']);
    const codes = results(code, { cart_id: 'C1', code: 'SAVE10' }, 40);
    for (const r of codes) if (r.applied === true) expect(r.rejection_reason, JSON.stringify(r)).toBeUndefined();
    expect(codes.some((r) => r.applied === true)).toBe(true);
    const reports = results(sms, { message_sid: 'SM1' }, 60);
    for (const r of reports) if (r.status === 'delivered' || r.status === 'sent') expect(r.error_code, JSON.stringify(r)).toBeNull();
    // A failed one may say why.
    expect(reports.some((r) => (r.status === 'failed' || r.status === 'undelivered') && typeof r.error_code === 'number')).toBe(true);
  });

  it('measures a lab result, a crop statistic and an ingredient in units that measure them', () => {
    const obs = api('get_patient_observations', { patient_id: STR }, {
      observations: listOf({ display: { type: 'string', enum: ['Sodium', 'Potassium', 'Platelet count', 'Hemoglobin A1c', 'LDL cholesterol'] }, value: { type: 'number', minimum: 0, maximum: 300 }, unit: { type: 'string', enum: ['g/dL', 'bpm', 'mmHg', 'mmol/L', 'mg/dL', '10^9/L', '%'] }, reference_range: STR, interpretation: { type: 'string', enum: ['normal', 'low', 'high', 'critical'] } }),
    });
    const labs = itemsOf(results(obs, { patient_id: 'P1' }, 30), 'observations');
    expect(labs.length).toBeGreaterThan(60);
    for (const o of labs) {
      const m = measureOf(o.display as string, 'lab')!;
      const u = m.units.find((x) => x.unit === o.unit);
      expect(u, `${o.display as string} in ${o.unit as string}`).toBeDefined();
      expect(o.value as number).toBeGreaterThanOrEqual(u!.span[0]);
      expect(o.value as number).toBeLessThanOrEqual(Math.min(u!.span[1], 300));
      const [lo, hi] = u!.normal!;
      expect(o.reference_range).toBe(lo === 0 ? `<${hi}` : `${lo}-${hi}`);
      const v = o.value as number;
      expect(o.interpretation === 'normal').toBe(v >= lo && v <= hi);
    }
    const crops = api('get_crop_production_stats', { commodity: STR, statistics: { type: 'array', items: { type: 'string', enum: ['yield', 'production', 'area_planted', 'price_received'] } } }, {
      rows: listOf({ year: INT, statistic: STR, value: NUM, unit: STR }),
    });
    const rows = itemsOf(results(crops, { commodity: 'oats', statistics: ['yield', 'price_received'] }, 20), 'rows');
    expect(rows.length).toBeGreaterThan(40);
    for (const r of rows) {
      const u = measureOf(r.statistic as string, 'crop')?.units.find((x) => x.unit === r.unit);
      expect(u, `${r.statistic as string} in ${r.unit as string}`).toBeDefined();
      expect(r.value as number).toBeGreaterThanOrEqual(u!.span[0]);
      expect(r.value as number).toBeLessThanOrEqual(u!.span[1]);
    }
    const recipe = api('get_recipe_instructions', { recipe_id: INT }, { ingredients: listOf({ name: { type: 'string', enum: ['vegetable oil', 'aniseed', 'white flour', 'soy milk'] }, amount: { type: 'number', minimum: 0.25, maximum: 1000 }, unit: STR }) });
    const ingredients = itemsOf(results(recipe, { recipe_id: 3 }, 20), 'ingredients');
    for (const i of ingredients) {
      const u = measureOf(i.name as string, 'ingredient')!.units.find((x) => x.unit === i.unit);
      expect(u, `${i.name as string} in ${i.unit as string}`).toBeDefined();
      expect(i.amount as number).toBeLessThanOrEqual(u!.span[1]);
    }
    expect(unitFits(measureOf('Sodium', 'lab')!, 'bpm')).toBe(false);
    expect(unitFits(measureOf('Sodium', 'lab')!, 'mEq/L')).toBe(true);
    expect(unitFits(measureOf('vegetable oil', 'ingredient')!, 'km')).toBe(false);
  });

  it('draws quantities of the size their things have: a grid intensity, a soil, a parcel, a table, a grain bid', () => {
    const grid = api('get_grid_carbon_intensity', { zone: STR }, { current: { type: 'object', properties: { carbon_intensity_g_per_kwh: NUM }, required: ['carbon_intensity_g_per_kwh'] } });
    for (const r of results(grid, { zone: 'GB' }, 20)) {
      const v = (r.current as Obj).carbon_intensity_g_per_kwh as number;
      expect(v).toBeGreaterThanOrEqual(20);
      expect(v).toBeLessThanOrEqual(700);
    }
    const soil = api('get_soil_survey', { field_id: STR }, { map_units: listOf({ soil_name: STR, percent_of_field: NUM, ph: NUM }) });
    for (const r of results(soil, { field_id: 'F1' }, 30)) {
      const units = r.map_units as Obj[];
      const sum = units.reduce((n, u) => n + (u.percent_of_field as number), 0);
      expect(sum).toBeLessThanOrEqual(100);
      for (const u of units) {
        expect(u.ph as number).toBeGreaterThanOrEqual(4.5);
        expect(u.ph as number).toBeLessThanOrEqual(8.5);
      }
    }
    const ship = api('compare_shipping_rates', { parcels: listOf({ weight_kg: NUM, height_cm: NUM, length_cm: NUM }) }, { shipment_id: STR });
    const parcels = Array.from({ length: 20 }, (_, i) => generateObject(ship.parameters as Schema, new Rng(i), { optionalRate: 1, world: FIXED_WORLD, api: ship }).parcels as Obj[]).flat();
    expect(parcels.length).toBeGreaterThan(40);
    for (const p of parcels) {
      expect(p.weight_kg as number).toBeLessThanOrEqual(30);
      expect(p.height_cm as number).toBeLessThanOrEqual(120);
    }
    const vin = api('decode_vehicle_vin', { vin: STR }, { make: STR, engine: { type: 'object', properties: { cylinders: INT, horsepower: INT }, required: ['cylinders', 'horsepower'] } });
    for (const r of results(vin, { vin: '1HGCM82633A004352' }, 20)) {
      const e = r.engine as Obj;
      expect(e.cylinders as number).toBeLessThanOrEqual(8);
      expect((e.horsepower as number) / (e.cylinders as number)).toBeGreaterThanOrEqual(25);
      expect((e.horsepower as number) / (e.cylinders as number)).toBeLessThanOrEqual(55);
    }
    // A person's height and weight are still a person's.
    const patient = generateObject({ type: 'object', properties: { height_cm: NUM, weight_kg: NUM }, required: ['height_cm', 'weight_kg'] }, new Rng(3), { world: FIXED_WORLD });
    expect(patient.height_cm as number).toBeGreaterThanOrEqual(150);
    const bids = api('get_grain_cash_bids', { commodity: STR }, { futures_price: NUM, bids: listOf({ buyer: STR, cash_price: NUM, basis: NUM, unit: STR }) });
    for (const r of results(bids, { commodity: 'corn' }, 20)) {
      for (const b of r.bids as Obj[]) {
        expect((b.cash_price as number) - (r.futures_price as number)).toBeCloseTo(b.basis as number, 6);
        expect(b.unit).toMatch(/^(USD|\$)\//);
      }
    }
  });

  it("reports on people the call invited: a meeting's unavailable optional participants are optional invitees", () => {
    const meet = api('schedule_group_meeting', { participants: { type: 'array', items: { type: 'object', properties: { email: { type: 'string', format: 'email' }, optional: { type: 'boolean' } } } } }, {
      event_id: STR,
      unavailable_optional: { type: 'array', items: { type: 'string', format: 'email' }, minItems: 1, maxItems: 3 },
      declined: { type: 'array', items: { type: 'string', format: 'email' }, minItems: 1, maxItems: 3 },
    });
    const participants = [{ email: 'ana.silva@example.com' }, { email: 'bo.chen@example.com', optional: true }, { email: 'cy.dahl@example.com', optional: true }];
    const rs = results(meet, { participants }, 20);
    for (const r of rs) {
      for (const e of r.unavailable_optional as string[]) expect(['bo.chen@example.com', 'cy.dahl@example.com']).toContain(e);
      for (const e of r.declined as string[]) expect(participants.map((p) => p.email)).toContain(e);
      expect((r.declined as string[]).length).toBeLessThan(participants.length);
    }
  });
});
