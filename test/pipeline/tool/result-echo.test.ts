/**
 * Result fields that state the call (pipeline/agents/tool/echo.ts, effects.ts, date-kinds.ts,
 * counts.ts, pairs.ts), one table row per rule, on hand-made APIs: each result of 20 calls must
 * hold what the rule says.
 */
import { describe, expect, it } from 'vitest';
import type { ApiSpec } from '../../../api-pool/types.js';
import { VERBS, type VerbClass } from '../../../api-pool/evolve/verbs.js';
import type { Effect } from '../../../pipeline/agents/tool/call-context.js';
import { effectOf } from '../../../pipeline/agents/tool/effect-of.js';
import { echoKeys, offlineToolResult } from '../../../pipeline/agents/tool/offline.js';
import { BOOL, DATE, DATE_TIME, INT, NUM, STR, api, itemsOf, listOf, results, worldOn } from '../../helpers/tool-api.js';
import { validator } from '../../helpers/schema.js';

type Obj = Record<string, unknown>;
const TODAY = '2025-06-02';

const ECHOES: [string, ApiSpec, Obj, (r: Obj) => void][] = [
  ['same name in another case style', api('get_number_info', { numberSid: STR }, { number_sid: STR, active: BOOL }), { numberSid: 'PN42' }, (r) => expect(r.number_sid).toBe('PN42')],
  ['url for article_url', api('get_news_article_content', { article_url: { type: 'string', format: 'uri' } }, { url: { type: 'string', format: 'uri' }, title: STR }), { article_url: 'https://news.example.com/orbit' }, (r) => expect(r.url).toBe('https://news.example.com/orbit')],
  ['id for the product a read is about', api('get_product', { product_id: STR }, { id: STR, title: STR }), { product_id: 'P-9' }, (r) => expect(r.id).toBe('P-9')],
  ['artist for artist_name', api('find_artist_concerts', { artist_name: STR }, { artist: STR, total: INT }), { artist_name: 'Nina Simone' }, (r) => expect(r.artist).toBe('Nina Simone')],
  ['a base currency left to its default', api('get_exchange_rates', { base_currency: { type: 'string', pattern: '^[A-Z]{3}$', default: 'USD' } }, { base_currency: { type: 'string', pattern: '^[A-Z]{3}$' }, date: DATE }), {}, (r) => expect(r.base_currency).toBe('USD')],
  ['currency for currency_code', api('convert_price', { currency_code: STR }, { currency: STR, amount: NUM }), { currency_code: 'JPY' }, (r) => expect(r.currency).toBe('JPY')],
  ['start for start_time', api('book_room', { start_time: DATE_TIME }, { start: DATE_TIME, booking_id: STR }), { start_time: '2025-07-01T09:30:00Z' }, (r) => expect(r.start).toBe('2025-07-01T09:30:00Z')],
  ['a nested window for window_start', api('schedule_pickup', { window_start: DATE_TIME }, { pickup_id: STR, scheduled_window: { type: 'object', properties: { start: DATE_TIME, end: DATE_TIME }, required: ['start', 'end'] } }), { window_start: '2025-07-01T09:00:00Z' }, (r) => expect((r.scheduled_window as Obj).start).toBe('2025-07-01T09:00:00Z')],
  ['an update states its changes', api('update_event', { event_id: STR, changes: { type: 'object', properties: { title: STR } } }, { event_id: STR, title: STR, updated_at: DATE_TIME }), { event_id: 'E1', changes: { title: 'Board review' } }, (r) => expect(r.title).toBe('Board review')],
  ['date for the one date asked', api('get_crop_report', { week_date: DATE }, { date: DATE, planted_pct: NUM }), { week_date: '2025-05-25' }, (r) => expect(r.date).toBe('2025-05-25')],
  ['a date-time on the asked day keeps its time', api('get_uv', { date: DATE }, { date: DATE_TIME, uv: NUM }), { date: '2025-06-20' }, (r) => expect((r.date as string).slice(0, 10)).toBe('2025-06-20')],
  ['the data of an envelope', api('get_rule_v2', { rule_id: STR }, { data: { type: 'object', properties: { rule_id: STR, name: STR }, required: ['rule_id', 'name'] }, meta: { type: 'object', properties: { api_version: STR } } }), { rule_id: 'R7' }, (r) => expect((r.data as Obj).rule_id).toBe('R7')],
  ['money with no currency asked is in the user currency', api('get_bill', { bill_id: STR }, { bill_id: STR, amount_due: NUM, currency: { type: 'string', pattern: '^[A-Z]{3}$' } }), { bill_id: 'B-1' }, (r) => expect(r.currency).toBe('EUR')],
  ['a status grouped in an options object', api('file_concert_rule_v2', { title: STR, options: { type: 'object', properties: { status: { type: 'string', enum: ['active', 'pending', 'closed'] } } } }, { data: { type: 'object', properties: { concert_id: STR, status: STR }, required: ['concert_id', 'status'] }, meta: { type: 'object', properties: { api_version: STR } } }), { title: 'Rag Doll', options: { status: 'active' } }, (r) => expect((r.data as Obj).status).toBe('active')],
  ['a final status sent in the preferences stands on a create', api('file_concert_rule_advanced', { title: STR, preferences: { type: 'object', properties: { status: { type: 'string', enum: ['active', 'closed', 'archived'] } } } }, { concert_id: STR, status: { type: 'string', enum: ['active', 'pending', 'closed', 'archived'] } }), { title: 'Kiss', preferences: { status: 'archived' } }, (r) => expect(r.status).toBe('archived')],
  ['the game of a store app id', api('get_player_achievements', { app_id: INT, player_id: STR }, { game_name: STR, unlocked_count: INT }), { app_id: 570, player_id: 'P1' }, (r) => expect(r.game_name).toBe('Dota 2')],
  ['a store page names its game and developer', api('get_game_store_details', { app_id: INT }, { app_id: INT, name: STR, developer: STR }), { app_id: 620 }, (r) => expect([r.name, r.developer]).toEqual(['Portal 2', 'Valve'])],
  ['a default asking the tool to choose is answered by its choice', api('track_parcel', { tracking_number: STR, carrier: { type: 'string', enum: ['auto_detect', 'ups', 'dhl'], default: 'auto_detect' } }, { tracking_number: STR, carrier: { type: 'string', enum: ['ups', 'dhl'] } }), { tracking_number: 'T1' }, (r) => expect(['ups', 'dhl']).toContain(r.carrier)],
];

const NOT_ECHOED: [string, ApiSpec, Obj, (r: Obj) => void][] = [
  ['a create returns its own new id', api('create_payment', { order_id: STR }, { id: STR, order_id: STR }), { order_id: 'O-1' }, (r) => expect(r.id).not.toBe('O-1')],
  ['an app id the store table does not know', api('get_player_achievements', { app_id: INT }, { game_name: { type: 'string', enum: ['Quake', 'Doom'] } }), { app_id: 570 }, (r) => expect(['Quake', 'Doom']).toContain(r.game_name)],
  ['a value the result schema does not admit', api('get_level', { level: STR }, { level: { type: 'string', enum: ['low', 'high'] } }), { level: 'medium' }, (r) => expect(['low', 'high']).toContain(r.level)],
];

describe('echoes: a result field naming an argument holds its value', () => {
  it.each(ECHOES)('%s', (_name, a, args, check) => {
    for (const r of results(a, args)) {
      check(r);
      expect(validator(a.returns).errors ?? [], JSON.stringify(r)).toEqual([]);
      expect(validator(a.returns)(r), JSON.stringify(r)).toBe(true);
    }
  });
  it.each(NOT_ECHOED)('not when %s', (_name, a, args, check) => {
    for (const r of results(a, args)) check(r);
  });
  it('leaves a traded symbol its own currency, not the user one', () => {
    const a = api('get_quote', { symbol: STR }, { symbol: STR, price: NUM, currency: { type: 'string', pattern: '^[A-Z]{3}$' } });
    expect(results(a, { symbol: 'CRM' }).every((r) => r.currency === 'EUR')).toBe(false);
  });
  it('lists the top-level echoes for the final answer', () => {
    expect(echoKeys(ECHOES[1][1])).toEqual(['url']);
  });
});

const STATES: [string, ApiSpec, Obj, (r: Obj) => void][] = [
  ['a create is created today', api('create_budget', { name: STR }, { budget_id: STR, created_at: DATE_TIME }), { name: 'Home' }, (r) => expect((r.created_at as string).slice(0, 10)).toBe(TODAY)],
  ['an update is updated today', api('update_contact', { contact_id: STR }, { contact_id: STR, updated_at: DATE_TIME }), { contact_id: 'C1' }, (r) => expect((r.updated_at as string).slice(0, 10)).toBe(TODAY)],
  ['a delete says so', api('delete_rule', { rule_id: STR }, { rule_id: STR, deleted: BOOL, deleted_at: DATE_TIME }), { rule_id: 'R1' }, (r) => expect([r.rule_id, r.deleted, (r.deleted_at as string).slice(0, 10)]).toEqual(['R1', true, TODAY])],
  ['a cancel is cancelled', api('cancel_booking', { booking_id: STR }, { booking_id: STR, status: { type: 'string', enum: ['confirmed', 'cancelled', 'pending'] } }), { booking_id: 'B1' }, (r) => expect(r.status).toBe('cancelled')],
  ['a new booking is not already over', api('book_table', { party_size: INT }, { reservation_id: STR, status: { type: 'string', enum: ['confirmed', 'pending', 'cancelled', 'failed'] } }), { party_size: 2 }, (r) => expect(['confirmed', 'pending']).toContain(r.status)],
  ['a purchase that went through is not payment_failed', api('purchase_game_gift', { app_id: INT }, { order_id: STR, status: { type: 'string', enum: ['delivered', 'scheduled', 'payment_failed'] } }), { app_id: 620 }, (r) => expect(['delivered', 'scheduled']).toContain(r.status)],
  ['a voided label is not refused its refund', api('void_shipping_label', { label_id: STR }, { label_id: STR, refund_status: { type: 'string', enum: ['submitted', 'refunded', 'rejected'] } }), { label_id: 'L1' }, (r) => expect(['submitted', 'refunded']).toContain(r.refund_status)],
  ['an accepted invitation is accepted', api('respond_to_invitation', { event_id: STR, response: { type: 'string', enum: ['accepted', 'declined', 'tentative'] } }, { event_id: STR, accepted: BOOL }), { event_id: 'E1', response: 'accepted' }, (r) => expect(r.accepted).toBe(true)],
  ['a declined invitation is not accepted', api('respond_to_invitation', { event_id: STR, response: { type: 'string', enum: ['accepted', 'declined', 'tentative'] } }, { event_id: STR, accepted: BOOL }), { event_id: 'E1', response: 'declined' }, (r) => expect(r.accepted).not.toBe(true)],
  ['rates list each currency once, none the base, at about its value', api('get_exchange_rates', { base_currency: { type: 'string', pattern: '^[A-Z]{3}$', default: 'USD' } }, { base_currency: { type: 'string', pattern: '^[A-Z]{3}$' }, date: DATE, rates: listOf({ currency: { type: 'string', pattern: '^[A-Z]{3}$' }, rate: { type: 'number', minimum: 0.001, maximum: 2000 } }) }), { base_currency: 'JPY' }, (r) => {
    const rates = r.rates as Obj[];
    const codes = rates.map((x) => x.currency);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).not.toContain('JPY');
    const want: Record<string, number> = { USD: 1 / 150, EUR: 0.92 / 150, KRW: 1300 / 150, GBP: 0.79 / 150 };
    for (const x of rates) if (want[x.currency as string]) expect(Math.abs((x.rate as number) / want[x.currency as string] - 1), JSON.stringify(x)).toBeLessThan(0.03);
  }],
  ['a transfer executed was executed by today; one scheduled runs today or later', api('get_transfer', { transfer_id: STR }, { transfer_id: STR, status: { type: 'string', enum: ['executed', 'scheduled'] }, execution_date: DATE }), { transfer_id: 'T1' }, (r) => {
    if (r.status === 'executed') expect(r.execution_date as string <= TODAY, String(r.execution_date)).toBe(true);
    if (r.status === 'scheduled') expect(r.execution_date as string >= TODAY, String(r.execution_date)).toBe(true);
  }],
  ['a state and the day deciding it agree', api('get_patent_details', { publication_number: STR }, { publication_number: STR, legal_status: { type: 'string', enum: ['active', 'expired', 'pending'] }, expiry_date: DATE }), { publication_number: 'US1' }, (r) => {
    if (r.legal_status === 'expired') expect(r.expiry_date as string <= TODAY, String(r.expiry_date)).toBe(true);
    if (r.legal_status === 'active') expect(r.expiry_date as string > TODAY, String(r.expiry_date)).toBe(true);
  }],
  ['a delivered parcel was expected by today, one under way from today', api('track_parcel_shipment', { tracking_number: STR }, { tracking_number: STR, status: { type: 'string', enum: ['in_transit', 'delivered', 'out_for_delivery'] }, estimated_delivery: DATE }), { tracking_number: 'T1' }, (r) => {
    if (r.status === 'delivered') expect(r.estimated_delivery as string <= TODAY, String(r.estimated_delivery)).toBe(true);
    else expect(r.estimated_delivery as string >= TODAY, String(r.estimated_delivery)).toBe(true);
  }],
  ['rates against a weak base stay within the schema bounds', api('get_exchange_rates', { base_currency: { type: 'string', pattern: '^[A-Z]{3}$' } }, { base_currency: { type: 'string', pattern: '^[A-Z]{3}$' }, rates: listOf({ currency: { type: 'string', pattern: '^[A-Z]{3}$' }, rate: { type: 'number', minimum: 0.001, maximum: 2000 } }) }), { base_currency: 'IDR' }, (r) => {
    for (const x of r.rates as Obj[]) expect((x.rate as number) >= 0.001 && (x.rate as number) <= 2000, JSON.stringify(x)).toBe(true);
    expect((r.rates as Obj[]).map((x) => x.currency)).not.toContain('IDR');
  }],
  ['asked quote currencies stay listed, the table knowing them or not', api('get_exchange_rates', { base_currency: { type: 'string', pattern: '^[A-Z]{3}$' }, quote_currencies: { type: 'array', items: { type: 'string', pattern: '^[A-Z]{3}$' } } }, { base_currency: { type: 'string', pattern: '^[A-Z]{3}$' }, rates: listOf({ currency: { type: 'string', pattern: '^[A-Z]{3}$' }, rate: { type: 'number', minimum: 0.001, maximum: 2000 } }) }), { base_currency: 'EUR', quote_currencies: ['RON', 'GBP'] }, (r) => {
    const codes = (r.rates as Obj[]).map((x) => x.currency);
    expect(codes).toEqual(expect.arrayContaining(['RON', 'GBP']));
    expect(new Set(codes).size).toBe(codes.length);
    // Nothing beyond what was asked where the schema lets the list be that short.
    expect(codes.length).toBeLessThanOrEqual(3);
  }],
  ['an asked currency worth less than the schema lets a rate be gets the nearest rate it allows', api('get_exchange_rates', { base_currency: { type: 'string', pattern: '^[A-Z]{3}$' }, quote_currencies: { type: 'array', items: { type: 'string', pattern: '^[A-Z]{3}$' } } }, { base_currency: { type: 'string', pattern: '^[A-Z]{3}$' }, rates: listOf({ currency: { type: 'string', pattern: '^[A-Z]{3}$' }, rate: { type: 'number', minimum: 0.001, maximum: 2000 } }) }), { base_currency: 'KRW', quote_currencies: ['USD', 'EUR'] }, (r) => {
    for (const x of r.rates as Obj[]) if (x.currency === 'USD' || x.currency === 'EUR') expect(x.rate).toBe(0.001);
  }],
  ['a CVSS score is on its scale and its severity is its band', api('get_cve_details', { cve_id: STR }, { cve_id: STR, cvss_v3: { type: 'object', properties: { base_score: NUM, severity: { type: 'string', enum: ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] } }, required: ['base_score', 'severity'] } }), { cve_id: 'CVE-2024-1' }, (r) => {
    const c = r.cvss_v3 as Obj;
    const score = c.base_score as number;
    expect(score >= 0 && score <= 10, String(score)).toBe(true);
    expect(c.severity).toBe(score < 4 ? 'LOW' : score < 7 ? 'MEDIUM' : score < 9 ? 'HIGH' : 'CRITICAL');
  }],
  ['an application that went through is no duplicate', api('submit_job_application', { job_id: STR }, { application_id: STR, status: { type: 'string', enum: ['submitted', 'duplicate', 'under_review'] } }), { job_id: 'J1' }, (r) => expect(['submitted', 'under_review']).toContain(r.status)],
  ['comparables are other properties than the one asked about', api('get_comparable_sales', { property_id: STR }, { subject_property_id: STR, comparables: listOf({ property_id: STR, sold_price: INT }) }), { property_id: 'VLX1' }, (r) => {
    expect(r.subject_property_id).toBe('VLX1');
    expect((r.comparables as Obj[]).map((x) => x.property_id)).not.toContain('VLX1');
  }],
  ['a read is as of now', api('get_stock_quote', { symbol: STR }, { price: NUM, as_of: DATE_TIME }), { symbol: 'IBM' }, (r) => expect((r.as_of as string).slice(0, 10)).toBe(TODAY)],
  ['a scan asked now is made now', api('scan_url_for_threats', { url: STR }, { verdict: STR, scanned_at: DATE_TIME }), { url: 'https://example.com' }, (r) => expect((r.scanned_at as string).slice(0, 10)).toBe(TODAY)],
  ['history is at or before today', api('get_post', { post_id: STR }, { post_id: STR, published_at: DATE_TIME, last_modified: DATE }), { post_id: 'P' }, (r) => expect([(r.published_at as string).slice(0, 10) <= TODAY, (r.last_modified as string) <= TODAY]).toEqual([true, true])],
  ['what is ahead is after today', api('get_policy', { policy_id: STR }, { policy_id: STR, expires_on: DATE, next_payment_due: DATE }), { policy_id: 'X' }, (r) => expect([(r.expires_on as string) > TODAY, (r.next_payment_due as string) > TODAY]).toEqual([true, true])],
  ['a birth date is years back', api('get_patient', { patient_id: STR }, { patient_id: STR, birth_date: DATE }), { patient_id: 'X' }, (r) => expect(Number((r.birth_date as string).slice(0, 4))).toBeLessThanOrEqual(2007)],
  ['a forecast starts now, hour by hour', api('get_hourly_forecast', { city: STR }, { hourly: listOf({ time: DATE_TIME, temperature: NUM }) }), { city: 'Lyon' }, (r) => {
    const times = (r.hourly as Obj[]).map((h) => Date.parse(h.time as string));
    expect((r.hourly as Obj[])[0].time as string).toMatch(new RegExp(`^${TODAY}T`));
    for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBe(3_600_000);
  }],
  ['a history ends by today, in order', api('get_price_history', { symbol: STR }, { bars: listOf({ date: DATE, close: NUM }) }), { symbol: 'X' }, (r) => {
    const days = (r.bars as Obj[]).map((b) => b.date as string);
    expect(days.every((d) => d <= TODAY)).toBe(true);
    expect([...days].sort()).toEqual(days);
  }],
  ['an end is its start plus the asked duration', api('create_event', { start: DATE_TIME, duration_minutes: INT }, { event_id: STR, start: DATE_TIME, end: DATE_TIME }), { start: '2025-06-10T10:00:00Z', duration_minutes: 45 }, (r) => expect([r.start, r.end]).toEqual(['2025-06-10T10:00:00Z', '2025-06-10T10:45:00Z'])],
  ['expires_in_days from now', api('send_envelope', { expires_in_days: INT }, { envelope_id: STR, expires_at: DATE_TIME }), { expires_in_days: 3 }, (r) => expect((r.expires_at as string).slice(0, 10)).toBe('2025-06-05')],
  ['ends after starts, minimums below maximums', api('get_range', { q: STR }, { start_date: DATE, end_date: DATE, salary_min: INT, salary_max: INT }), { q: 'x' }, (r) => expect([(r.start_date as string) <= (r.end_date as string), (r.salary_min as number) <= (r.salary_max as number)]).toEqual([true, true])],
  ['a bar opens and closes between its low and high', api('get_bars', { symbol: STR }, { bars: listOf({ date: DATE, open: NUM, high: NUM, low: NUM, close: NUM }) }), { symbol: 'X' }, (r) => {
    for (const b of r.bars as Obj[]) for (const k of ['open', 'close']) expect((b[k] as number) >= (b.low as number) && (b[k] as number) <= (b.high as number), JSON.stringify(b)).toBe(true);
  }],
];

const COUNTS: [string, ApiSpec, Obj, (r: Obj) => void][] = [
  ['a total with no paging is the items listed', api('list_devices', { room: STR }, { devices: listOf({ device_id: STR }), total: INT }), { room: 'kitchen' }, (r) => expect(r.total).toBe((r.devices as unknown[]).length)],
  ['a total with paging is at least the items listed', api('search_items', { query: STR, page: INT, page_size: INT }, { items: listOf({ item_id: STR, title: STR }), total: INT, total_pages: INT }), { query: 'lamp', page: 3, page_size: 4 }, (r) => {
    expect(r.total as number).toBeGreaterThanOrEqual(8 + (r.items as unknown[]).length);
    expect(r.total_pages).toBe(Math.ceil((r.total as number) / 4));
  }],
  ['a count named after the list', api('get_owned_games', { player_id: STR }, { game_count: INT, games: listOf({ app_id: INT }) }), { player_id: 'P' }, (r) => expect(r.game_count).toBe((r.games as unknown[]).length)],
  ['a count of what was sent', api('create_itinerary', { segments: { type: 'array', items: { type: 'object', properties: { title: STR } } } }, { itinerary_id: STR, segment_count: INT }), { segments: [{ title: 'a' }, { title: 'b' }, { title: 'c' }] }, (r) => expect(r.segment_count).toBe(3)],
  ['accepted and rejected add up to what was sent', api('send_batch', { recipients: { type: 'array', items: STR } }, { accepted: INT, rejected: INT }), { recipients: ['a', 'b', 'c', 'd'] }, (r) => expect((r.accepted as number) + (r.rejected as number)).toBe(4)],
  ['accepted and rejected add up to the recipients sent, beside the template variables sent with them', api('send_templated_email', { template_id: STR, recipients: { type: 'array', items: { type: 'object', properties: { email: STR } } }, variables: { type: 'array', items: { type: 'object', properties: { key: STR, value: STR } } } }, { batch_id: STR, accepted: INT, rejected: INT }), { template_id: 'T', recipients: [{ email: 'a@x.io' }, { email: 'b@x.io' }, { email: 'c@x.io' }, { email: 'd@x.io' }], variables: [{ key: 'k', value: 'v' }] }, (r) => expect((r.accepted as number) + (r.rejected as number)).toBe(4)],
  ['what the call did to the things it sent counts them (removed 2 of 2 tracks, not 4)', api('remove_tracks_from_playlist', { playlist_id: STR, tracks: { type: 'array', items: STR } }, { snapshot_id: STR, removed_count: INT }), { playlist_id: 'PL', tracks: ['t1', 't2'] }, (r) => expect(r.removed_count).toBe(2)],
  ['invitations go to the interviewers sent', api('schedule_candidate_interview', { application_id: STR, interviewers: { type: 'array', items: { type: 'object', properties: { email: STR } } } }, { interview_id: STR, invitations_sent: INT }), { application_id: 'A', interviewers: [{ email: 'a@x.io' }] }, (r) => expect(r.invitations_sent).toBe(1)],
  ['added without the optional count of what was already there: all of what was sent', api('add_to_watchlist', { list_id: STR, items: { type: 'array', items: STR }, recipients: { type: 'array', items: STR } }, { added: INT, already_present: INT }, ['added']), { list_id: 'L', items: ['m1', 'm2', 'm3'] }, (r) => {
    if (typeof r.already_present === 'number') expect((r.added as number) + (r.already_present as number)).toBe(3);
    else expect(r.added).toBe(3);
  }],
  ['a subtotal is the sum of the lines, a total adds the fees', api('get_cart', { cart_id: STR }, { lines: listOf({ line_id: STR, line_total: NUM }), subtotal: NUM, shipping: NUM, total: NUM }), { cart_id: 'C' }, (r) => {
    const sum = (r.lines as Obj[]).reduce((s, l) => s + (l.line_total as number), 0);
    expect(r.subtotal as number).toBeCloseTo(sum, 1);
    expect(r.total as number).toBeCloseTo((r.subtotal as number) + (r.shipping as number), 1);
  }],
  ['a total of calories per day is its meals', api('get_meal_plan', { diet: STR }, { days: listOf({ date: DATE, meals: listOf({ title: STR, calories: INT }), total_calories: INT }) }), { diet: 'vegan' }, (r) => {
    for (const d of r.days as Obj[]) expect(d.total_calories).toBe((d.meals as Obj[]).reduce((s, m) => s + (m.calories as number), 0));
  }],
  ['an item count is the quantities of the lines', api('add_to_cart', { cart_id: STR }, { item_count: INT, lines: listOf({ line_id: STR, quantity: { type: 'integer', minimum: 1, maximum: 5 } }) }), { cart_id: 'C' }, (r) => expect(r.item_count).toBe((r.lines as Obj[]).reduce((s, l) => s + (l.quantity as number), 0))],
  ['a price after a discount is the price before less it, in an object of its own', api('get_store_offer', { offer_id: STR }, { offer_id: STR, price: { type: 'object', properties: { currency: STR, initial: NUM, final: NUM, discount_percent: { type: 'integer', minimum: 0, maximum: 90 } }, required: ['currency', 'initial', 'final', 'discount_percent'] } }), { offer_id: 'O' }, (r) => {
    const p = r.price as Obj;
    expect(p.final as number, JSON.stringify(p)).toBeCloseTo((p.initial as number) * (1 - (p.discount_percent as number) / 100), 1);
  }],
  ['nothing is spent yet on a budget set up for a month to come', api('create_monthly_budget', { year: INT, month: INT }, { budget_id: STR, categories: listOf({ category: STR, limit: NUM, spent_so_far: NUM }) }), { year: 2025, month: 12 }, (r) => {
    for (const it of r.categories as Obj[]) expect(it.spent_so_far, JSON.stringify(it)).toBe(0);
  }],
  ['what is spent is at most a little over the limit', api('get_budget_status', { budget_id: STR }, { categories: listOf({ category: STR, limit: { ...NUM, minimum: 10, maximum: 50 }, spent: { ...NUM, minimum: 0, maximum: 2000 } }) }), { budget_id: 'B' }, (r) => {
    for (const it of r.categories as Obj[]) expect(it.spent as number, JSON.stringify(it)).toBeLessThanOrEqual(1.1 * (it.limit as number));
  }],
  ['a stay costs its nights', api('search_hotels', { check_in: DATE, check_out: DATE }, { hotels: listOf({ hotel_id: STR, nightly_rate: NUM, total_price: NUM }) }), { check_in: '2025-07-01', check_out: '2025-07-04' }, (r) => {
    for (const h of r.hotels as Obj[]) expect(h.total_price as number).toBeCloseTo((h.nightly_rate as number) * 3, 1);
  }],
];

describe('effects, dates and counts: a result follows from what the call did', () => {
  it.each([...STATES, ...COUNTS])('%s', (_name, a, args, check) => {
    for (const r of results(a, args, 20, TODAY)) {
      check(r);
      expect(validator(a.returns)(r), JSON.stringify(r)).toBe(true);
    }
  });

  it('answers each request of a batch at its index', () => {
    const a = api('delete_rules_many', { rules: { type: 'array', items: { type: 'object', properties: { rule_id: STR } } } }, { results: { type: 'array', items: { type: 'object', properties: { index: INT, ok: BOOL, result: { type: 'object', properties: { rule_id: STR, deleted: BOOL }, required: ['rule_id', 'deleted'] }, error: STR }, required: ['index', 'ok'] } } });
    const r = offlineToolResult(a, { rules: [{ rule_id: 'A' }, { rule_id: 'B' }] }, worldOn(TODAY)) as Obj;
    expect(r.results).toEqual([{ index: 0, ok: true, result: { rule_id: 'A', deleted: true } }, { index: 1, ok: true, result: { rule_id: 'B', deleted: true } }]);
  });

  it('answers each request of a batch with the status grouped in its options', () => {
    const a = api('file_concert_rule_batch', { rules: { type: 'array', items: { type: 'object', properties: { title: STR, options: { type: 'object', properties: { status: { type: 'string', enum: ['active', 'pending', 'closed'] } } } } } } }, { results: { type: 'array', items: { type: 'object', properties: { index: INT, ok: BOOL, result: { type: 'object', properties: { concert_id: STR, status: STR }, required: ['concert_id', 'status'] } }, required: ['index', 'ok', 'result'] } } });
    for (let i = 0; i < 10; i++) {
      const r = offlineToolResult(a, { rules: [{ title: 'A', options: { status: 'closed' } }, { title: 'B', options: { status: 'pending' } }], _seed: i }, worldOn(TODAY)) as Obj;
      expect((r.results as Obj[]).map((e) => (e.result as Obj).status)).toEqual(['closed', 'pending']);
    }
  });

  it('reads every verb the pool evolution renames to as its class does', () => {
    const want: Record<VerbClass, Effect> = { read: 'read', list: 'read', search: 'read', compute: 'read', convert: 'read', check: 'read', track: 'read', create: 'create', schedule: 'create', send: 'create', update: 'update', delete: 'delete' };
    // Following and subscribing set something up: they create, unlike the rest of their class.
    const own: Record<string, Effect> = { follow: 'create', subscribe: 'create' };
    const got = Object.entries(VERBS).flatMap(([cls, verbs]) => verbs.map((v) => [v, effectOf({ name: `${v}_concert_rule`, description: 'Handle a concert rule.' })] as const).filter(([v, e]) => e !== (own[v] ?? want[cls as VerbClass])));
    expect(got).toEqual([]);
  });

  it('gives the same answer to the same call whatever the key order, and another on another day', () => {
    const a = ECHOES[0][1];
    const one = offlineToolResult(a, { numberSid: 'PN1', extra: 1 }, worldOn(TODAY));
    expect(offlineToolResult(a, { extra: 1, numberSid: 'PN1' }, worldOn(TODAY))).toEqual(one);
    expect(itemsOf([one as Obj], 'x')).toEqual([]);
  });
});
