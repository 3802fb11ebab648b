import { describe, expect, it } from 'vitest';
import type { Message } from '../../core/record.js';
import { statedToday } from '../../verifiers/rules/consistency-when.js';
import { TODAY, fired, findings, record } from './consistency-record.js';

describe('consistency.date', () => {
  it('reads the today a system prompt states, in several forms', () => {
    expect(statedToday('Today is 2025-06-11. You help users.')).toBe('2025-06-11');
    expect(statedToday('Nova here. Current date: 2026-03-21. Prefer tools.')).toBe('2026-03-21');
    expect(statedToday('Current date: June 2, 2025.')).toBe('2025-06-02');
    expect(statedToday('Today is Monday, 2 June 2025.')).toBe('2025-06-02');
    expect(statedToday('Please act like the current date is 2024/02/21')).toBe('2024-02-21');
    expect(statedToday('Today is 2024.2.1, a Thursday.')).toBe('2024-02-01');
    expect(statedToday('Today is a good day to help.')).toBeUndefined();
  });

  it('catches what has happened dated after today, and what is booked dated before it', () => {
    const past = record([{ name: 'search_jobs', args: {}, result: { jobs: [{ posted_at: '2025-09-01T10:00:00Z' }] } }], { system: TODAY });
    expect(fired(past)).toEqual(['consistency.date']);
    const booked = record([{ name: 'search_flight_offers', args: { departure_date: '2025-05-20' }, result: { offers: [] } }], { system: TODAY });
    expect(fired(booked)).toEqual(['consistency.date']);
    // The status of yesterday's flight is a lookup of the past.
    expect(fired(record([{ name: 'get_flight_status', args: { departure_date: '2025-05-20' }, result: { status: 'landed' } }], { system: TODAY }))).toEqual([]);
    const appointment = record([{ name: 'book_clinic_appointment', args: { start: '2025-04-01T09:00:00Z' }, result: { appointment_id: 'a1' } }], { system: TODAY });
    expect(fired(appointment)).toEqual(['consistency.date']);
  });

  it('holds a create call\'s stamp to today, with a day of slack', () => {
    const created = (created_at: string) => fired(record([{ name: 'create_channel', args: { name: 'ops' }, result: { channel_id: 'C1', created_at } }], { system: TODAY }));
    expect(created('2025-05-11T08:00:00Z')).toEqual(['consistency.date']);
    expect(created('2025-06-03T01:00:00Z')).toEqual([]);
    // Other stamps are held to be past, not to be today.
    expect(fired(record([{ name: 'submit_assignment', args: { body: 'x' }, result: { submitted_at: '2025-03-01T10:00:00Z' } }], { system: TODAY }))).toEqual([]);
    // Scheduled for later: not sent yet, to be sent then.
    expect(fired(record([{ name: 'send_email', args: { send_at: '2025-06-09T08:00:00Z' }, result: { scheduled_for: '2025-06-09T08:00:00Z' } }], { system: TODAY }))).toEqual([]);
    // Adding to what exists: the list was created before.
    expect(fired(record([{ name: 'add_to_watchlist', args: { title: 'x' }, result: { created_at: '2024-01-01T10:00:00Z' } }], { system: TODAY }))).toEqual([]);
  });

  it('catches a year decades ahead, except where the far future is the point', () => {
    expect(fired(record([{ name: 'create_monthly_budget', args: { year: 2061, month: 9 }, result: { budget_id: 'b1' } }], { system: TODAY }))).toEqual(['consistency.date']);
    expect(fired(record([{ name: 'get_emissions_projection', args: { year: 2050 }, result: { tonnes: 3 } }], { system: TODAY }))).toEqual([]);
  });

  it('judges nothing against today when no today is stated (near-miss: a past booking)', () => {
    const r = record([{ name: 'search_flight_offers', args: { departure_date: '2019-01-01' }, result: { offers: [{ departure_time: '2019-01-01T10:00:00Z' }] } }]);
    expect(fired(r)).toEqual([]);
  });

  it('catches a range out of order with or without a today, but not local times of two places', () => {
    expect(fired(record([{ name: 'set_out_of_office', args: { start: '2025-07-22T14:45:00Z', end: '2025-07-21T15:15:00Z' }, result: { event_id: 'e1' } }]))).toEqual(['consistency.date']);
    expect(fired(record([{ name: 'search_hotels', args: { check_in: '2025-07-22', check_out: '2025-07-20' }, result: { hotels: [] } }]))).toEqual(['consistency.date']);
    // Tokyo 20:00 to Honolulu 08:00 the same day: local times across the date line.
    expect(fired(record([{ name: 'get_flight', args: { id: 'f1' }, result: { id: 'f1', departure_time: '2025-07-22T20:00', arrival_time: '2025-07-22T08:00' } }]))).toEqual([]);
  });
});

describe('consistency.code', () => {
  it('catches codes that do not exist, in arguments and results', () => {
    const bad = [
      { name: 'get_rates', args: { quote_currencies: ['UVN'] }, result: {} },
      { name: 'get_headlines', args: { country: 'YF' }, result: {} },
      { name: 'search_news', args: { language: 'kh' }, result: {} },
      { name: 'check_facts', args: { language_code: 'yk-LR' }, result: {} },
      { name: 'get_forecast', args: {}, result: { timezone: 'Europe/Lyon' } },
      { name: 'validate_address', args: {}, result: { address: { state: 'LU', country: 'US' } } },
      { name: 'get_movie', args: {}, result: { original_language: 'qy' } },
    ];
    for (const c of bad) expect(fired(record([c])), c.name).toEqual(['consistency.code']);
  });

  it('accepts real codes and tags, and does not judge names, other kinds or fields it cannot tell', () => {
    const fine = [
      { name: 'get_x', args: { country: 'UK', currency: 'BTC', language: 'es-419', locale: 'zh-Hant-TW', timezone: 'Asia/Calcutta' }, result: {} },
      { name: 'get_y', args: { country: 'France', language: 'English', timezone: 'auto' }, result: {} },
      { name: 'get_z', args: {}, result: { language: 'fil' } }, // ISO 639-2/3: not judged
      { name: 'run_code_snippet', args: { language: 'py' }, result: {} },
      { name: 'set_device', args: {}, result: { state: 'ON' } }, // a device's state, not a US state
      { name: 'get_energy', args: {}, result: { region: 'ZZ' } }, // a region, not said to be a country
    ];
    for (const c of fine) expect(fired(record([c])), c.name).toEqual([]);
  });

  it('reads a field the description says holds such a code', () => {
    const market = { market: { type: 'string', description: 'ISO 3166-1 alpha-2 market.' } };
    expect(fired(record([{ name: 'get_top_tracks', args: { market: 'WB' }, params: market, result: {} }]))).toEqual(['consistency.code']);
    const origin = { origin: { type: 'string', description: 'IATA code of the departure airport.' } };
    expect(fired(record([{ name: 'search_flights', args: { origin: 'Paris' }, params: origin, result: {} }]))).toEqual(['consistency.code']);
    expect(fired(record([{ name: 'search_flights', args: { origin: 'QQX' }, params: origin, result: {} }]))).toEqual([]); // not in the table: not judged
  });
});

describe('consistency.place', () => {
  it('catches a city and a country, state, time zone, coordinates or airport that do not match', () => {
    const bad = [
      { city: 'Krakow', country: 'MX' },
      { city: 'Mumbai', country_code: 'CH' },
      { city: 'Chicago', state: 'TX' },
      { city: 'Lyon', time_zone: 'Asia/Tokyo' },
      { city: 'Oslo', latitude: 12.3, longitude: -125.5 },
      { city: 'Oslo', near: { latitude: 12.3, longitude: -125.5 } },
      { city: 'Berlin', airport_code: 'JFK' },
    ];
    for (const o of bad) expect(fired(record([{ name: 'get_place', args: {}, result: o }])), JSON.stringify(o)).toEqual(['consistency.place']);
  });

  it('accepts what agrees, homonyms in their countries, and cities the table does not know', () => {
    const fine = [
      { city: 'Krakow', country: 'Poland', time_zone: 'Europe/Warsaw', latitude: 50.06, longitude: 19.94 },
      { city: 'Paris', country: 'US' },
      { city: 'Portland', state: 'ME' },
      { city: 'Springfield', country: 'MX' },
      { origin_city: 'Lyon', origin_country: 'FR', destination_city: 'Lisbon', destination_country: 'PT' },
    ];
    for (const o of fine) expect(fired(record([{ name: 'get_place', args: {}, result: o }])), JSON.stringify(o)).toEqual([]);
  });
});

describe('consistency.policy', () => {
  const confirmRule = 'You are a travel assistant. Before anything that deletes, cancels, pays, sends or buys, ask the user to confirm.';
  const cancel = { name: 'cancel_booking', args: { booking_id: 'BK-1' }, result: { status: 'cancelled' }, description: 'Cancel a booking.' };
  const asked = (answer: string): Message[] => [
    { role: 'user', content: 'Cancel BK-1.' },
    { role: 'assistant', content: 'This will cancel BK-1. Shall I go ahead?' },
    { role: 'user', content: answer },
  ];

  it('catches a destructive call the prompt says to confirm, made without asking or after a no', () => {
    expect(findings(record([cancel], { system: confirmRule }))[0]).toMatch(/^consistency\.policy: cancel_booking/);
    expect(fired(record([cancel], { system: confirmRule, before: asked('No, wait.') }))).toEqual(['consistency.policy']);
    expect(fired(record([cancel], { system: confirmRule, before: asked('Yes, go ahead.') }))).toEqual([]);
  });

  it('holds only the actions the rule names, and nothing when the prompt has no such rule or waives it', () => {
    const book = { name: 'book_table', args: { id: 'r1' }, result: { status: 'ok' }, description: 'Book a table.' };
    expect(fired(record([book], { system: 'Before anything that deletes, ask the user to confirm.' }))).toEqual([]);
    expect(fired(record([book], { system: 'Ask the user to confirm before any destructive or costly action.' }))).toEqual(['consistency.policy']);
    expect(fired(record([cancel]))).toEqual([]);
    expect(fired(record([cancel], { system: 'You do not need to ask for confirmation before acting.' }))).toEqual([]);
    const read = { name: 'get_booking', args: { booking_id: 'BK-1' }, result: { booking_id: 'BK-1' }, description: 'Get a booking.' };
    expect(fired(record([read], { system: confirmRule }))).toEqual([]);
  });
});

describe('consistency.fact', () => {
  it('catches a store app named as another game, and accepts its own name', () => {
    expect(findings(record([{ name: 'get_player_owned_games', args: { player_id: '7656' }, result: { games: [{ app_id: 730, name: 'Hollow Knight' }] } }]))).toEqual([
      'consistency.fact: get_player_owned_games: result name = "Hollow Knight", but app 730 is Counter-Strike 2',
    ]);
    expect(fired(record([{ name: 'get_player_owned_games', args: { player_id: '7656' }, result: { games: [{ app_id: 730, name: 'counter-strike 2' }, { app_id: 999999, name: 'Any Game' }] } }]))).toEqual([]);
  });

  it("catches a phone number given another country's code", () => {
    expect(fired(record([{ name: 'lookup_phone', args: { phone_number: '+34911234567' }, result: { phone_number: '+34911234567', country_code: 'US' } }]))).toEqual(['consistency.fact']);
    expect(fired(record([{ name: 'lookup_phone', args: { phone_number: '+34911234567' }, result: { phone_number: '+34911234567', country_code: 'ES' } }]))).toEqual([]);
    // +1 is the United States' and Canada's.
    expect(fired(record([{ name: 'lookup_phone', args: { phone_number: '+14165550123' }, result: { phone_number: '+14165550123', country_code: 'CA' } }]))).toEqual([]);
  });

  it('catches a paper cited by an older work', () => {
    const cites = (year: number) => record([{ name: 'get_paper_citations', args: { doi: '10.1073/pnas.2024.11111' }, result: { citation_count: 2, works: [{ title: 'A', year }, { title: 'B', year: 2025 }] } }]);
    expect(fired(cites(2021))).toEqual(['consistency.fact']);
    expect(fired(cites(2024))).toEqual([]);
  });

  it('catches positions of two sports in one list and three teams in one game', () => {
    const squad = (second: string) => record([{ name: 'get_team_injury_report', args: { team_id: 'T1' }, result: { players: [{ player: 'A', position: 'goalkeeper' }, { player: 'B', position: second }] } }]);
    expect(fired(squad('shooting guard'))).toEqual(['consistency.fact']);
    expect(fired(squad('defender'))).toEqual([]);
    const box = (third: string) => record([{ name: 'get_game_box_score', args: { game_id: 'G1' }, result: { game_id: 'G1', top_players: [{ player: 'A', team: 'Reds' }, { player: 'B', team: 'Blues' }, { player: 'C', team: third }] } }]);
    expect(fired(box('Greens'))).toEqual(['consistency.fact']);
    expect(fired(box('Reds'))).toEqual([]);
  });
});

describe('consistency.count on a text', () => {
  it('catches a word count below the words of the text beside it', () => {
    const text = 'Officials said on Monday that the new rules would take effect next month.';
    const article = (word_count: number) => record([{ name: 'get_news_article_content', args: { article_url: 'https://n.example.com/a' }, result: { text, word_count } }]);
    expect(fired(article(2))).toEqual(['consistency.count']);
    expect(fired(article(13))).toEqual([]);
    // A text that is an excerpt of a longer article: more words than shown is fine.
    expect(fired(article(900))).toEqual([]);
  });
});

describe('consistency.fact on marks', () => {
  it('catches a letter grade far from its score and a UV risk of another band', () => {
    const graded = (grade: string, extra: Record<string, unknown> = {}) => record([{ name: 'grade_submission', args: { submission_id: 'S1' }, result: { score: 57.2, grade, ...extra } }]);
    expect(fired(graded('B+'))).toEqual(['consistency.fact']);
    expect(fired(graded('F'))).toEqual([]);
    // One step off is how schools draw their lines differently; out of 60 points, 57.2 is an A.
    expect(fired(graded('D-'))).toEqual([]);
    expect(fired(graded('A', { points_possible: 60 }))).toEqual([]);
    const uv = (uv_index: number, risk_level: string) => record([{ name: 'get_uv_index', args: { latitude: 1, longitude: 2 }, result: { uv_index, risk_level } }]);
    expect(fired(uv(4.4, 'low'))).toEqual(['consistency.fact']);
    expect(fired(uv(4.4, 'moderate'))).toEqual([]);
    expect(fired(uv(3.2, 'low'))).toEqual([]);
  });
});

describe('consistency.fact on units', () => {
  it('catches a lab result, a crop statistic or an ingredient in a unit that cannot measure it, and accepts the usual variants', () => {
    const lab = (unit: string) => record([{ name: 'get_patient_observations', args: { patient_id: 'P1' }, result: { observations: [{ display: 'Sodium', value: 141, unit }] } }]);
    expect(findings(lab('bpm'))).toEqual(['consistency.fact: get_patient_observations: result display "Sodium" in unit "bpm", a unit that does not measure it']);
    expect(fired(lab('mmol/L'))).toEqual([]);
    expect(fired(lab('mEq/L'))).toEqual([]);
    // A unit the table does not know is not judged.
    expect(fired(lab('mval/l'))).toEqual([]);
    const crop = (statistic: string, unit: string) => record([{ name: 'get_crop_production_stats', args: { commodity: 'oats' }, result: { rows: [{ year: 2024, statistic, value: 70, unit }] } }]);
    expect(fired(crop('yield', 'USD/bu'))).toEqual(['consistency.fact']);
    expect(fired(crop('yield', 'kg/ha'))).toEqual([]);
    expect(fired(crop('area_planted', 'ha'))).toEqual([]);
    const recipe = (name: string, unit: string) => record([{ name: 'get_recipe', args: { recipe_id: 3 }, result: { recipe_id: 3, ingredients: [{ name, amount: 2, unit }] } }]);
    expect(fired(recipe('vegetable oil', 'km'))).toEqual(['consistency.fact']);
    expect(fired(recipe('aniseed', 'C'))).toEqual(['consistency.fact']);
    // Butter by the tablespoon, flour by the cup: usage varies, only what no recipe prints is caught.
    expect(fired(recipe('butter', 'tbsp'))).toEqual([]);
    expect(fired(recipe('flour', 'cup'))).toEqual([]);
    // A cosmetic's ingredients by their share.
    expect(fired(recipe('niacinamide', '%'))).toEqual([]);
  });
});

describe('consistency.fact on sizes', () => {
  it('catches a pH off its scale and shares of one whole above 100%', () => {
    const soil = (units: readonly Record<string, number>[]) => record([{ name: 'get_soil_survey', args: { field_id: 'F1' }, result: { map_units: units.map((u, i) => ({ soil_name: `S${i}`, ...u })) } }]);
    expect(findings(soil([{ percent_of_field: 60, ph: 467.4 }, { percent_of_field: 30 }]))).toEqual(['consistency.fact: get_soil_survey: result ph = 467.4, off the pH scale (0-14)']);
    expect(findings(soil([{ percent_of_field: 80 }, { percent_of_field: 60 }]))).toEqual(['consistency.fact: get_soil_survey: result map_units: percent_of_field adds up to 140%']);
    expect(fired(soil([{ percent_of_field: 264.8 }]))).toEqual(['consistency.fact']);
    expect(fired(soil([{ percent_of_field: 60, ph: 6.4 }, { percent_of_field: 40, ph: 7.1 }]))).toEqual([]);
    // Respondents may each pick several answers: their shares add up to more than 100%.
    const survey = record([{ name: 'get_survey_results', args: { survey_id: 'SV1' }, result: { answers: [{ option: 'Email', percent_of_respondents: 70 }, { option: 'Phone', percent_of_respondents: 55 }] } }]);
    expect(fired(survey)).toEqual([]);
  });
});

describe('consistency.fact on exchange rates', () => {
  it('catches rates that quote the base against itself or a currency twice', () => {
    const rates = (list: readonly [string, number][]) => record([{ name: 'get_exchange_rates', args: { base_currency: 'EUR' }, result: { base_currency: 'EUR', date: '2025-06-02', rates: list.map(([currency, rate]) => ({ currency, rate })) } }]);
    expect(findings(rates([['USD', 1.087], ['EUR', 0.6977]]))).toEqual(['consistency.fact: get_exchange_rates: result rates quotes the base currency EUR against itself']);
    expect(findings(rates([['USD', 1.087], ['USD', 1.09]]))).toEqual(['consistency.fact: get_exchange_rates: result rates lists USD twice']);
    expect(fired(rates([['USD', 1.087], ['JPY', 163.2], ['GBP', 0.8587]]))).toEqual([]);
  });
});

describe('consistency.fact on a state and its date', () => {
  it('catches an expired patent expiring after today and a delivered parcel expected after today', () => {
    const patent = (legal_status: string, expiry_date: string) => record([{ name: 'get_patent_details', args: { publication_number: 'US1' }, result: { publication_number: 'US1', legal_status, expiry_date } }], { system: TODAY });
    expect(findings(patent('expired', '2025-07-01'))).toEqual(['consistency.fact: get_patent_details: result legal_status = "expired" but expiry_date = 2025-07-01, after today 2025-06-02']);
    expect(fired(patent('expired', '2025-05-01'))).toEqual([]);
    expect(fired(patent('active', '2031-05-01'))).toEqual([]);
    const parcel = (status: string, estimated_delivery: string) => record([{ name: 'track_parcel_shipment', args: { tracking_number: 'T1' }, result: { tracking_number: 'T1', status, estimated_delivery } }], { system: TODAY });
    expect(fired(parcel('delivered', '2025-06-09'))).toEqual(['consistency.fact']);
    expect(fired(parcel('in_transit', '2025-06-09'))).toEqual([]);
    // Without a stated today there is nothing to hold the date against.
    expect(fired(record([{ name: 'get_patent_details', args: { publication_number: 'US1' }, result: { legal_status: 'expired', expiry_date: '2099-01-01' } }]))).toEqual([]);
  });
});

describe('consistency.fact on a decoded VIN', () => {
  it("catches a make other than the VIN's manufacturer code names, and accepts the code's own", () => {
    const decoded = (make: string) => record([{ name: 'decode_vehicle_vin', args: { vin: 'JTDYX9WU5V3X7VKVK' }, result: { make, model: 'Camry', model_year: 2019 } }]);
    expect(findings(decoded('Audi'))).toEqual(['consistency.fact: decode_vehicle_vin: result make = "Audi" for VIN JTDYX9WU5V3X7VKVK, whose code JTD is Toyota\'s']);
    expect(fired(decoded('Toyota'))).toEqual([]);
    expect(fired(decoded('TOYOTA'))).toEqual([]);
    // A code the table does not know is not judged.
    expect(fired(record([{ name: 'decode_vehicle_vin', args: { vin: 'XXXYX9WU5V3X7VKVK' }, result: { make: 'Audi' } }]))).toEqual([]);
  });
});

describe('consistency.fact on a CVSS score', () => {
  it('catches a score off the 0-10 scale and a v3 severity of another band', () => {
    const cve = (cvss_v3: Record<string, unknown>) => record([{ name: 'get_cve_details', args: { cve_id: 'CVE-2024-1' }, result: { cve_id: 'CVE-2024-1', cvss_v3 } }]);
    expect(findings(cve({ base_score: 270.2, severity: 'medium' }))).toEqual(['consistency.fact: get_cve_details: result base_score = 270.2, off the CVSS scale (0-10)']);
    expect(fired(cve({ base_score: 7.5, severity: 'medium', vector_string: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N' }))).toEqual(['consistency.fact']);
    expect(fired(cve({ base_score: 7.5, severity: 'HIGH', vector_string: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N' }))).toEqual([]);
    // Without a v3 vector the bands are not judged (CVSS v2 has no critical).
    expect(fired(cve({ base_score: 9.3, severity: 'high' }))).toEqual([]);
  });
});

describe('consistency.fact on an outcome and a discount', () => {
  it('catches an act that went through beside a reason it failed', () => {
    const code = (result: Record<string, unknown>) => record([{ name: 'apply_discount_code', args: { cart_id: 'C1', code: 'SAVE10' }, result }]);
    expect(findings(code({ cart_id: 'C1', applied: true, rejection_reason: 'expired' }))).toEqual(['consistency.fact: apply_discount_code: result rejection_reason = "expired" beside applied = true']);
    expect(fired(code({ cart_id: 'C1', applied: false, rejection_reason: 'expired' }))).toEqual([]);
    expect(fired(code({ cart_id: 'C1', applied: true, rejection_reason: null }))).toEqual([]);
    const sms = (result: Record<string, unknown>) => record([{ name: 'get_sms_delivery_report', args: { message_sid: 'SM1' }, result }]);
    expect(fired(sms({ status: 'delivered', error_code: 30007 }))).toEqual(['consistency.fact']);
    expect(fired(sms({ status: 'undelivered', error_code: 30007 }))).toEqual([]);
  });
  it('catches a price after a discount that is not the price before less it', () => {
    const page = (price: Record<string, unknown>) => record([{ name: 'get_game_store_details', args: { app_id: 292030 }, result: { app_id: 292030, price } }]);
    expect(findings(page({ initial: 29.7, final: 118, discount_percent: 2 }))).toEqual(['consistency.fact: get_game_store_details: result final = 118, but initial 29.7 at 2% off is 29.11']);
    expect(fired(page({ initial: 29.99, final: 23.99, discount_percent: 20 }))).toEqual([]);
  });
});

describe('consistency.fact on a state and its stamps, and on the horizon', () => {
  it('catches a state earlier than its own stamp and a body above the horizon below it', () => {
    const sms = (result: Record<string, unknown>) => record([{ name: 'get_sms_delivery_report', args: { message_sid: 'SM1' }, result }]);
    expect(findings(sms({ status: 'queued', delivered_at: '2025-05-30T16:31:00Z' }))).toEqual(['consistency.fact: get_sms_delivery_report: result status = "queued" beside delivered_at 2025-05-30T16:31:00Z']);
    expect(fired(sms({ status: 'delivered', delivered_at: '2025-05-30T16:31:00Z' }))).toEqual([]);
    const sky = (result: Record<string, unknown>) => record([{ name: 'get_celestial_object_position', args: { object_name: 'Vega' }, result }]);
    expect(fired(sky({ altitude_deg: -55.4, above_horizon: true }))).toEqual(['consistency.fact']);
    expect(fired(sky({ altitude_deg: 61.2, above_horizon: true }))).toEqual([]);
  });

  it('catches a record changed before it was made', () => {
    const cve = (result: Record<string, unknown>) => record([{ name: 'get_cve_details', args: { cve_id: 'CVE-2025-1234' }, result }]);
    expect(findings(cve({ cve_id: 'CVE-2025-1234', published: '2025-11-20T16:31:00Z', last_modified: '2025-11-11T18:30:00Z' }))).toEqual(['consistency.fact: get_cve_details: result last_modified 2025-11-11T18:30:00Z is before published 2025-11-20T16:31:00Z']);
    expect(fired(cve({ cve_id: 'CVE-2025-1234', published: '2025-11-20T16:31:00Z', last_modified: '2025-11-20T16:31:00Z' }))).toEqual([]);
    expect(fired(cve({ cve_id: 'CVE-2025-1234', published: '2025-11-20T16:31:00Z', last_modified: '2025-11-20' }))).toEqual([]);
  });

  it('catches a series of readings listing one time twice, not a list of things on one day', () => {
    const usage = (result: Record<string, unknown>) => record([{ name: 'get_mobile_line_usage', args: { msisdn: '+4915112345678' }, result }]);
    expect(findings(usage({ daily: [{ date: '2025-06-06', data_mb: 12.5 }, { date: '2025-06-06', data_mb: 30.1 }, { date: '2025-06-09', data_mb: 8 }] }))).toEqual(['consistency.fact: get_mobile_line_usage: result daily lists date 2025-06-06 twice']);
    expect(fired(usage({ daily: [{ date: '2025-06-06', data_mb: 12.5 }, { date: '2025-06-07', data_mb: 30.1 }] }))).toEqual([]);
    expect(fired(usage({ payments: [{ payment_id: 'P1', date: '2025-06-06', amount: 20 }, { payment_id: 'P2', date: '2025-06-06', amount: 5 }] }))).toEqual([]);
  });
});
