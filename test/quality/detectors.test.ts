/**
 * Each detector of the quality checker on labelled records: a consistent record it applies to
 * stays clean, the same record broken on purpose the way the generator used to is flagged.
 * And every good record is clean for every detector, so the checker's rates count defects only.
 */
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../scripts/quality/detectors.js';
import type { Detector } from '../../scripts/quality/detector.js';
import { cannedText } from '../../scripts/quality/detectors/canned.js';
import { chains } from '../../scripts/quality/detectors/chains.js';
import { cityCountry } from '../../scripts/quality/detectors/city-country.js';
import { codes } from '../../scripts/quality/detectors/codes.js';
import { confirmation } from '../../scripts/quality/detectors/confirmation.js';
import { counts } from '../../scripts/quality/detectors/counts.js';
import { createdToday } from '../../scripts/quality/detectors/created-today.js';
import { datesToday } from '../../scripts/quality/detectors/dates-today.js';
import { echo } from '../../scripts/quality/detectors/echo.js';
import { fillerNames } from '../../scripts/quality/detectors/filler-names.js';
import { filters } from '../../scripts/quality/detectors/filters.js';
import { ipFields } from '../../scripts/quality/detectors/ip-fields.js';
import { nameEmail, nameEmailMismatch } from '../../scripts/quality/detectors/name-email.js';
import { queryVariant } from '../../scripts/quality/detectors/query-variant.js';
import { span } from '../../scripts/quality/detectors/span.js';
import { flightTime } from '../../scripts/quality/detectors/flight-time.js';
import { alertText } from '../../scripts/quality/detectors/alert-text.js';
import { weatherSense } from '../../scripts/quality/detectors/weather-sense.js';
import { excluded } from '../../scripts/quality/detectors/excluded.js';
import { deltaSum } from '../../scripts/quality/detectors/delta-sum.js';
import { errorSense } from '../../scripts/quality/detectors/error-sense.js';
import { renamed } from '../../scripts/quality/detectors/renamed.js';
import { foodOrder } from '../../scripts/quality/detectors/food-order.js';
import { measuredAhead } from '../../scripts/quality/detectors/measured-ahead.js';
import { falseFailure } from '../../scripts/quality/detectors/false-failure.js';
import { dietDishes } from '../../scripts/quality/detectors/diet.js';
import { textPurpose } from '../../scripts/quality/detectors/text-purpose.js';
import { actedCount } from '../../scripts/quality/detectors/acted-count.js';
import { carMake } from '../../scripts/quality/detectors/car-make.js';
import { leagueSport } from '../../scripts/quality/detectors/league-sport.js';
import { venueCity } from '../../scripts/quality/detectors/venue-city.js';
import { standingsTable } from '../../scripts/quality/detectors/standings.js';
import { games } from '../../scripts/quality/detectors/games.js';
import { otherPlace } from '../../scripts/quality/detectors/other-place.js';
import { otherVehicle } from '../../scripts/quality/detectors/other-vehicle.js';
import { distribution } from '../../scripts/quality/detectors/distribution.js';
import { bookedTime } from '../../scripts/quality/detectors/booked-time.js';
import { deadline } from '../../scripts/quality/detectors/deadline.js';
import { doneEarly } from '../../scripts/quality/detectors/done-early.js';
import { stockFlags } from '../../scripts/quality/detectors/stock-flags.js';
import { queryDomain } from '../../scripts/quality/detectors/query-domain.js';
import { requestedState } from '../../scripts/quality/detectors/requested-state.js';
import { timeOrder } from '../../scripts/quality/detectors/time-order.js';
import { todayStated } from '../../scripts/quality/detectors/today-stated.js';
import { twinTools } from '../../scripts/quality/detectors/twins.js';
import { years } from '../../scripts/quality/detectors/years.js';
import { storeApp } from '../../scripts/quality/detectors/store-app.js';
import { squads } from '../../scripts/quality/detectors/squads.js';
import { centrePlace } from '../../scripts/quality/detectors/centre-place.js';
import { phoneCountry } from '../../scripts/quality/detectors/phone-country.js';
import { citingYears } from '../../scripts/quality/detectors/citing-years.js';
import { textCounts } from '../../scripts/quality/detectors/text-counts.js';
import { songArtist } from '../../scripts/quality/detectors/song-artist.js';
import { marks } from '../../scripts/quality/detectors/marks.js';
import { units } from '../../scripts/quality/detectors/units.js';
import { magnitudes } from '../../scripts/quality/detectors/magnitudes.js';
import { quotedCharge } from '../../scripts/quality/detectors/quoted-charge.js';
import { reportedPeople } from '../../scripts/quality/detectors/reported-people.js';
import { lossStory } from '../../scripts/quality/detectors/loss-story.js';
import { reminders } from '../../scripts/quality/detectors/reminders.js';
import { salaries } from '../../scripts/quality/detectors/salaries.js';
import { refusedChange } from '../../scripts/quality/detectors/refused-change.js';
import { failedAction } from '../../scripts/quality/detectors/failed-action.js';
import { rates } from '../../scripts/quality/detectors/rates.js';
import { currencyScale } from '../../scripts/quality/detectors/currency-scale.js';
import { statusDate } from '../../scripts/quality/detectors/status-date.js';
import { emptyQuote } from '../../scripts/quality/detectors/empty-quote.js';
import { vinMake } from '../../scripts/quality/detectors/vin-make.js';
import { repeatedItem } from '../../scripts/quality/detectors/repeated-item.js';
import { cvss } from '../../scripts/quality/detectors/cvss.js';
import { moneyCents } from '../../scripts/quality/detectors/money-cents.js';
import { scheduledDone } from '../../scripts/quality/detectors/scheduled-done.js';
import { discountPrice } from '../../scripts/quality/detectors/discount-price.js';
import { requestKey } from '../../scripts/quality/detectors/request-key.js';
import { outcomeReason } from '../../scripts/quality/detectors/outcome-reason.js';
import { recallPart } from '../../scripts/quality/detectors/recall-part.js';
import { pointPlace } from '../../scripts/quality/detectors/point-place.js';
import { chainParent } from '../../scripts/quality/detectors/chain-parent.js';
import { unaskedSchedule } from '../../scripts/quality/detectors/unasked-schedule.js';
import { labelEcho } from '../../scripts/quality/detectors/label-echo.js';
import { unitSplit } from '../../scripts/quality/detectors/unit-split.js';
import { stateStamps } from '../../scripts/quality/detectors/state-stamps.js';
import { horizon } from '../../scripts/quality/detectors/horizon.js';
import { settledWaiting } from '../../scripts/quality/detectors/settled-waiting.js';
import { billingCycle } from '../../scripts/quality/detectors/billing-cycle.js';
import { driverAge } from '../../scripts/quality/detectors/driver-age.js';
import { policyTerm } from '../../scripts/quality/detectors/policy-term.js';
import { priceBars } from '../../scripts/quality/detectors/price-bars.js';
import { vitalFlags } from '../../scripts/quality/detectors/vital-flags.js';
import { pageCount } from '../../scripts/quality/detectors/page-count.js';
import { interactionDrugs } from '../../scripts/quality/detectors/interaction-drugs.js';
import { series } from '../../scripts/quality/detectors/series.js';
import { refusedValue } from '../../scripts/quality/detectors/refused-value.js';
import { revisedEarly } from '../../scripts/quality/detectors/revised-early.js';
import { cveFlaw } from '../../scripts/quality/detectors/cve-flaw.js';
import { waitingDone } from '../../scripts/quality/detectors/waiting-done.js';
import { thingPrice } from '../../scripts/quality/detectors/thing-price.js';
import { deviceState } from '../../scripts/quality/detectors/device-state.js';
import { climate } from '../../scripts/quality/detectors/climate.js';
import { terms } from '../../scripts/quality/detectors/terms.js';
import { flightCarrier } from '../../scripts/quality/detectors/flight-carrier.js';
import { tracking } from '../../scripts/quality/detectors/tracking.js';
import { quiet } from '../../scripts/quality/detectors/quiet.js';
import { jobText } from '../../scripts/quality/detectors/job-text.js';
import { streetCountry } from '../../scripts/quality/detectors/street-country.js';
import { comparablesPlace } from '../../scripts/quality/detectors/comparables-place.js';
import { mediaLength } from '../../scripts/quality/detectors/media-length.js';
import { usageHistory } from '../../scripts/quality/detectors/usage-history.js';
import { selfComparable } from '../../scripts/quality/detectors/self-comparable.js';
import type { CanonicalRecord } from '../../core/record.js';
import { judge, record, tool, TODAY } from './fixture.js';
import * as s from './scenarios.js';

const domains = s.CHAIN_DOMAINS;

function clean(d: Detector, r: CanonicalRecord): void {
  const f = judge(d, r, { domains });
  expect(f, `${d.key} should apply`).toBeDefined();
  expect(f!.defect, `${d.key} flagged a good record`).toBeUndefined();
}

function flagged(d: Detector, r: CanonicalRecord, why: RegExp): void {
  expect(judge(d, r, { domains })?.defect).toMatch(why);
}

describe('each class: the good record is clean, the broken one is flagged', () => {
  it('1 result ignores a filter: a price above max_price, a departure off the day, more than the limit, a stop for nonstop_only, another cuisine or city', () => {
    clean(filters, s.flights());
    clean(filters, s.dinner());
    // map_name filters the map, not the servers' own names; the servers' map_name is what it is about.
    clean(filters, s.gameServers());
    flagged(filters, s.gameServers({ mapName: 'Frost Harbor' }), /map_name "Dust Valley" .*"Frost Harbor"/);
    flagged(filters, s.flights({ price: 720 }), /max_price 600 .*total_price 720/);
    flagged(filters, s.flights({ departs: '2025-07-03T08:10:00+02:00' }), /departure_date 2025-06-20 .*2025-07-03/);
    flagged(filters, s.flights({ offers: 3 }), /limit 2 but 3 offers/);
    flagged(filters, s.flights({ stops: 1 }), /nonstop_only true .*stops 1/);
    flagged(filters, s.dinner({ cuisine: 'Thai' }), /cuisine "italian" .*"Thai"/);
    flagged(filters, s.dinner({ city: 'Marseille' }), /city "Lyon" .*"Marseille"/);
  });

  it('2 result echo contradicts an argument: a base currency sent or defaulted, an update not applied', () => {
    clean(echo, s.rates({ sentBase: 'EUR' }));
    clean(echo, s.rates());
    clean(echo, s.calendar());
    flagged(echo, s.rates({ sentBase: 'EUR', gotBase: 'KRW' }), /base_currency sent "EUR", result says "KRW"/);
    flagged(echo, s.rates({ gotBase: 'CAD' }), /base_currency \(default\) sent "USD", result says "CAD"/);
    flagged(echo, s.calendar({ renamed: 'Team standup' }), /title sent "Design sync", result says "Team standup"/);
  });

  it('3 created_at of a create result is today', () => {
    clean(createdToday, s.calendar());
    flagged(createdToday, s.calendar({ createdAt: '2025-04-11T12:30:00Z' }), /created_at "2025-04-11T12:30:00Z", today is 2025-06-02/);
  });

  it('4 dates against today: a booking before today, a published article after today', () => {
    clean(datesToday, s.dinner());
    clean(datesToday, s.news());
    // A history tool's estimated delivery looks ahead; its scans are history.
    clean(datesToday, s.parcel());
    flagged(datesToday, s.parcel({ scanned: '2025-06-09T14:00:00Z' }), /scanned_at .*against today/);
    flagged(datesToday, s.dinner({ at: '2025-05-20T19:30:00+02:00' }), /reservation_time .*a booking/);
    flagged(datesToday, s.news({ published: '2025-07-01T09:00:00Z' }), /published_at .*has happened/);
  });

  it('5 today stated in the system prompt when a tool takes dates', () => {
    clean(todayStated, s.calendar());
    flagged(todayStated, s.calendar({ system: 'Assistant with tools. Be brief.' }), /does not state today \(2025-06-02\)/);
    clean(todayStated, s.calendar({ system: 'It is Monday, June 2nd, 2025. Be brief.' }));
    expect(judge(todayStated, s.tv()), 'no dates: does not apply').toBeUndefined();
  });

  it('6 filler words as names or ids', () => {
    clean(fillerNames, s.rule());
    flagged(fillerNames, s.rule({ name: 'Orbit tundra' }), /name "Orbit tundra"/);
    flagged(fillerNames, s.rule({ ruleId: 'orbit' }), /rule_id "orbit"/);
  });

  it('7 invalid codes: language, country, currency, time zone', () => {
    clean(codes, s.news());
    clean(codes, s.rates());
    flagged(codes, s.news({ language: 'kh' }), /language "kh"/);
    flagged(codes, s.news({ country: 'YF' }), /country "YF"/);
    flagged(codes, s.rates({ quote: 'UVN' }), /"UVN": no such ISO 4217/);
    flagged(codes, s.calendar({ zone: 'Europe/Lyon' }), /time_zone "Europe\/Lyon"/);
  });

  it('8 an IP field that is not an IP', () => {
    clean(ipFields, s.ipLookup());
    clean(ipFields, s.ipLookup({ ip: '2001:db8::1' }));
    flagged(ipFields, s.ipLookup({ ip: '12 Rue de la Republique, Lyon' }), /ip_address .* is not an IP/);
  });

  it('9 a shopping query in a music search', () => {
    clean(queryDomain, s.music());
    // A smart home searches its devices: a robot vacuum is in its domain, running shoes are not.
    clean(queryDomain, s.devices());
    flagged(queryDomain, s.devices({ query: 'running shoes' }), /search_home_devices \(home-automation\): query "running shoes"/);
    flagged(queryDomain, s.music({ query: 'espresso machine' }), /search_music_catalog \(music\): query "espresso machine"/);
  });

  it('10 canned free text: a sentence in more than 1% of the job free-text fields', async () => {
    const { checkRecords } = await import('../../scripts/quality/check.js');
    const words = ['amber', 'brisk', 'copper', 'dune', 'ember', 'fjord', 'gale', 'heron', 'ivy', 'jade', 'kelp'];
    const unique = Array.from({ length: 200 }, (_, i) => s.note(`Buy more after the ${words[i % 11]} earnings call number ${i}`, `n-${i}`));
    const good = checkRecords(unique).classes.find((c) => c.key === cannedText.key)!;
    expect(good).toMatchObject({ applies: 200, defects: 0 });
    const repeated = [...unique.slice(0, 190), ...Array.from({ length: 10 }, (_, i) => s.note('Please confirm the budget numbers before Monday', `c-${i}`))];
    const bad = checkRecords(repeated).classes.find((c) => c.key === cannedText.key)!;
    expect(bad).toMatchObject({ applies: 200, defects: 10 });
    expect(bad.examples[0].why).toMatch(/"Please confirm the budget numbers before Monday" is one of the job's canned sentences/);
  });

  it('11 implausible years: a budget for 2061', () => {
    clean(years, s.budget());
    flagged(years, s.budget({ year: 2061 }), /year 2061 more than 3 years from today/);
  });

  it('12 city and country that do not match', () => {
    clean(cityCountry, s.address());
    flagged(cityCountry, s.address({ country: 'MX' }), /city "Lyon" is in FR, country says "MX"/);
  });

  it('13 a count below the items listed', () => {
    clean(counts, s.cases());
    flagged(counts, s.cases({ count: 1 }), /count 1 but 2 results listed/);
  });

  it('14 cross-system chains: an id across domains, into another entity, a light into a lock', () => {
    clean(chains, s.chain());
    flagged(chains, s.chain({ from: 'bill' }), /an id of government used in energy/);
    flagged(chains, s.chain({ from: 'order' }), /an order id into a customer parameter/);
    flagged(chains, s.chain({ from: 'light' }), /a light's device id into a lock tool/);
  });

  it('15 confirmation: a destructive call the prompt wants confirmed, confirmation around a read-only tool', () => {
    clean(confirmation, s.deletion());
    flagged(confirmation, s.deletion({ confirmed: false }), /delete_social_post called without confirmation/);
    flagged(confirmation, s.deletion({ readOnly: true }), /confirmation asked before get_post_comment_thread, which only reads/);
    // A clarifying question answered "Sure, ..." is not a confirmation round around the read.
    expect(judge(confirmation, s.deletion({ readOnly: true, clarified: true }), { domains })?.defect).toBeUndefined();
  });

  it('16 twin tools offered, a currency variant called with another currency', () => {
    clean(twinTools, s.tv());
    clean(twinTools, s.tv({ currency: 'AUD' }));
    flagged(twinTools, s.tv({ twin: true }), /get_tv_season and get_tv_season_in_aud differ only by a unit\/currency suffix/);
    flagged(twinTools, s.tv({ currency: 'CAD' }), /get_tv_season_in_aud called with currency "CAD"/);
  });
});

describe('classes 18 and 19: the good record is clean, the broken one is flagged', () => {
  it('18 a result state against the state asked under another name: mode armed_night answered armed_away, action lock answered unlocked', () => {
    clean(requestedState, s.alarm());
    // A state outside the argument's vocabulary (arming while the exit delay runs) is not judged.
    clean(requestedState, s.alarm({ state: 'arming' }));
    flagged(requestedState, s.alarm({ state: 'armed_away' }), /arm_home_alarm: mode "armed_night" asked, result state says "armed_away"/);
    flagged(requestedState, s.alarm({ lockState: 'unlocked' }), /set_smart_lock_state: action "lock" asked, result state says "unlocked"/);
    // A flag reports the state too: paused music is not playing.
    clean(requestedState, s.playback());
    flagged(requestedState, s.playback({ playing: true }), /control_music_playback: action "pause" asked, result is_playing says true/);
  });

  it('19 stamps of acts running backwards or off today: deleted_at 18:45, 18:45, 12:45; a created_at after the update that followed', () => {
    clean(timeOrder, s.threeDeletions());
    clean(timeOrder, s.calendar());
    flagged(timeOrder, s.threeDeletions({ third: `${TODAY}T12:45:00Z` }), /delete_social_post: deleted_at "2025-06-02T12:45:00Z" before delete_social_post's deleted_at "2025-06-02T18:45:00Z"/);
    flagged(timeOrder, s.threeDeletions({ third: '2025-06-09T08:00:00Z' }), /deleted_at "2025-06-09T08:00:00Z", today is 2025-06-02/);
    flagged(timeOrder, s.calendar({ createdAt: `${TODAY}T09:30:00Z` }), /update_calendar_event: updated_at "2025-06-02T08:13:00Z" before create_calendar_event's created_at/);
  });
});

describe('classes 20 to 30: the good record is clean, the broken one is flagged', () => {
  it("20 a person's email that is another person's: the adjuster Belle Thiel at saige.boscoklocko@, the claimant at another's address", () => {
    // Accented names, initials (jng@) and role addresses (claims@ beside "Claims Desk") are people's own.
    clean(nameEmail, s.claim());
    flagged(nameEmail, s.claim({ adjusterEmail: 'saige.boscoklocko@mail.example.net' }), /file_insurance_claim result: name "Belle Thiel" but email "saige.boscoklocko@mail.example.net"/);
    flagged(nameEmail, s.claim({ claimantEmail: 'raegan.macejkovic@example.com' }), /file_insurance_claim args: name "Ana María Núñez" but email "raegan.macejkovic@example.com"/);
    // A person given by first and last name.
    expect(nameEmailMismatch({ first_name: 'Wilton', last_name: 'Weber', email: 'cordie.quigley@example.org' })?.defect).toMatch(/name "Wilton Weber" but email "cordie.quigley@example.org"/);
    expect(nameEmailMismatch({ first_name: 'Wilton', last_name: 'Weber', email: 'wilton.weber@example.org' })?.defect).toBeUndefined();
  });

  it('21 a listed title that is the query with an edition tail: an article "Tram Strike II", a sentence ending in "Pro"', () => {
    clean(queryVariant, s.news());
    // A product has editions: "Gaggia Classic Pro" is one.
    clean(queryVariant, s.shop());
    clean(queryVariant, s.news({ variant: 'Tram strike: what we know so far' }));
    flagged(queryVariant, s.news({ variant: 'Tram Strike II' }), /search_news_articles: title "Tram Strike II" is the query "Tram Strike" with an edition tail/);
    flagged(queryVariant, s.shop({ snippet: 'Reviewers call this gaggia classic the best of the year Pro' }), /search_products: snippet "Reviewers call this gaggia classic .* with an edition tail/);
  });

  it('22 an appointment or event that runs for days or ends before it starts; an out-of-office may run for days', () => {
    clean(span, s.calendar());
    expect(judge(span, s.outOfOffice(), { domains })).toBeUndefined();
    flagged(span, s.calendar({ end: '2025-06-08T10:30:00+02:00' }), /create_calendar_event args: start "2025-06-05T09:30:00\+02:00" to end "2025-06-08T10:30:00\+02:00" \(73 h\)/);
    flagged(span, s.calendar({ end: '2025-06-05T08:30:00+02:00' }), /create_calendar_event args: start .* \(-1 h\)/);
  });

  it('23 a flight that could not be flown: Paris to New York in an hour, landing before take-off, an estimate that ignores the delay, in the air before its day', () => {
    clean(flightTime, s.flights());
    clean(flightTime, s.flightStatus());
    clean(flightTime, s.flightsNumbered());
    flagged(flightTime, s.flightsNumbered({ aeroflot: ['SU2659', 'SU150', 'SU100'] }), /search_flight_offers offers\.0: 1 stop on 3 flights \(SU2659, SU150, SU100\)/);
    flagged(flightTime, s.flights({ arrives: '2025-06-20T03:40:00-04:00' }), /search_flight_offers offers\.0: CDG to JFK \(\d+ km\) in 1\.5 h/);
    flagged(flightTime, s.flightStatus({ arrives: `${TODAY}T09:45:00Z`, estimated: `${TODAY}T10:10:00Z` }), /get_flight_status: CDG to JFK \(\d+ km\) in 1\.3 h/);
    flagged(flightTime, s.flightStatus({ estimated: `${TODAY}T20:55:00Z` }), /delay_minutes 25 but arrival estimated 240 min after scheduled/);
    flagged(flightTime, s.flightStatus({ date: '2025-06-21', status: 'in_air' }), /status "in_air" for a departure on 2025-06-21, today is 2025-06-02/);
  });

  it('24 a weather alert whose headline or issuer contradicts its hazard or country: heat headlined a thunderstorm, Spain\'s alert for Lima, issued by Environment Canada', () => {
    clean(alertText, s.alerts());
    flagged(alertText, s.alerts({ headline: 'Thunderstorm warning in effect until 6 pm for Andalusia and surrounding areas' }), /event "heat" headlined "Thunderstorm warning/);
    flagged(alertText, s.alerts({ headline: 'Heat warning in effect until 6 pm for Lima and surrounding areas' }), /country ES asked, headline .* is about Lima \(PE\)/);
    flagged(alertText, s.alerts({ issuer: 'Environment Canada' }), /issuer "Environment Canada" is CA's weather service/);
  });

  it('25 weather that could not happen: snow at 24 °C, an icy road at 20 °C, a dry road in rain', () => {
    clean(weatherSense, s.routeWeather());
    flagged(weatherSense, s.routeWeather({ passTemp: 24.3 }), /get_route_weather points\.1: condition "snow" at temperature 24\.3/);
    flagged(weatherSense, s.routeWeather({ passTemp: 20, passRoad: 'icy' }), /condition "snow" at temperature 20/);
    flagged(weatherSense, s.routeWeather({ valleyRoad: 'dry' }), /get_route_weather points\.0: road_surface "dry" under condition "rain"/);
  });

  it('26 a part the call left out comes back; 27 a change that does not add up; 28 a not-found error about no identifier', () => {
    for (const d of [excluded, deltaSum, errorSense]) clean(d, s.stockAndClaim());
    flagged(excluded, s.stockAndClaim({ payments: true }), /get_claim_status: include_payments false, result holds payments/);
    clean(excluded, s.meetingFound());
    flagged(excluded, s.meetingFound({ conferenceUrl: 'https://meet.example.com/ev-1' }), /schedule_group_meeting: add_video_conference false, result holds conference_url/);
    flagged(deltaSum, s.stockAndClaim({ left: 5 }), /adjust_inventory_level: previous_quantity 6 delta -4 but available_quantity 5/);
    flagged(errorSense, s.stockAndClaim({ notFound: true }), /create_music_playlist: not found for name "Kitchen mix", which is no identifier/);
  });

  it('29 one thing under two names: the course found as Introduction to Linear Algebra graded as Principles of Microeconomics; a rename the user asks for is no contradiction', () => {
    clean(renamed, s.courseGrades());
    flagged(renamed, s.courseGrades({ renamed: 'Principles of Microeconomics' }), /CRS-4412: search_online_courses gives its name as "Introduction to Linear Algebra", get_student_grades "Principles of Microeconomics"/);
  });

  it('29 one thing under two names: a movie (numeric id) found as Orbit Nine from 2022 detailed as another title or another release date', () => {
    clean(renamed, s.movieDetails());
    flagged(renamed, s.movieDetails({ title: 'The Yellow Wallpaper' }), /597000: search_movies gives its name as "Orbit Nine", get_movie_details "The Yellow Wallpaper"/);
    flagged(renamed, s.movieDetails({ released: '2026-08-05' }), /597000: search_movies gives its release_date as "2022-08-25", get_movie_details "2026-08-05"/);
  });

  it('29 one thing under two names: a meeting booked for one time updated as one at another, unless the update moves it', () => {
    clean(renamed, s.meetingUpdated());
    flagged(renamed, s.meetingUpdated({ start: '2025-10-11T12:15:00Z' }), /JFFFX4JC: schedule_group_meeting gives its start as "2025-11-12T15:30:00Z", update_calendar_event "2025-10-11T12:15:00Z"/);
    expect(judge(renamed, s.meetingUpdated({ start: '2025-11-13T09:00:00Z', changes: { start_time: '2025-11-13T09:00:00Z' } }), { domains })?.defect).toBeUndefined();
  });

  it('30 a meal order delivered weeks later or billed without the tip sent', () => {
    clean(foodOrder, s.foodDelivery());
    flagged(foodOrder, s.foodDelivery({ eta: '2025-07-14T19:40:00Z' }), /estimated_delivery_at "2025-07-14T19:40:00Z" for a meal ordered on 2025-06-02/);
    flagged(foodOrder, s.foodDelivery({ total: 27.49 }), /total 27\.49 but the parts and the tip_amount 5 add up to 32\.49/);
  });

  it('31 measurements of days to come: usage day by day past today, a metrics window next week; a cycle ending ahead is no measurement', () => {
    clean(measuredAhead, s.lineUsage());
    flagged(measuredAhead, s.lineUsage({ ahead: true }), /get_mobile_line_usage: daily\.2\.date "2025-06-03" measured after today 2025-06-02/);
    flagged(measuredAhead, s.lineUsage({ window: true }), /query_metrics: series\.0\.points\.0\.timestamp "2025-06-09T08:00:00Z" measured after today 2025-06-02/);
  });

  it('32 an answer reporting a failure no result shows: an updated contact (created: false) as not accepted; a refused text may be said refused', () => {
    clean(falseFailure, s.contactsSaved());
    flagged(falseFailure, s.contactsSaved({ answer: 'Only two of three went through. For roberto.boehm@contoso.com: not accepted.' }), /the answer says "only two of three" though every call came back without a failure \(upsert_contact, upsert_contact, send_sms\)/);
    expect(judge(falseFailure, s.contactsSaved({ refused: true, answer: 'The text was not accepted.' }))).toBeUndefined();
  });

  it('33 a dish against the diet asked: kangaroo, caprese or an olive glaze in a vegan day without olives; a lentil bolognese is vegan', () => {
    clean(dietDishes, s.veganPlan());
    flagged(dietDishes, s.veganPlan({ dish: 'Kangaroo With Prune Sauce' }), /generate_meal_plan: days\.0\.meals\.1\.title "Kangaroo With Prune Sauce" against "vegan"/);
    flagged(dietDishes, s.veganPlan({ dish: 'Caprese Salad' }), /"Caprese Salad" against "vegan"/);
    flagged(dietDishes, s.veganPlan({ dish: 'Zesty Parsnip With Olive Glaze' }), /"Zesty Parsnip With Olive Glaze" against "olives"/);
  });

  it('34 free text of another purpose: directions as a visit\'s instructions, a lawsuit sentence as a trademark', () => {
    clean(textPurpose, s.visitAndMark());
    flagged(textPurpose, s.visitAndMark({ instructions: 'Take the second exit at the roundabout' }), /book_clinic_appointment result: instructions "Take the second exit at the roundabout": directions in a tool that has no route/);
    flagged(textPurpose, s.visitAndMark({ mark: 'The union alleges unpaid wages against its former supplier' }), /search_trademark_registry args: mark_text "The union alleges unpaid wages against its former supplier" is a sentence, not a mark/);
    clean(textPurpose, s.tableAndApplication());
    flagged(textPurpose, s.tableAndApplication({ request: 'Early check-in, please' }), /reserve_restaurant_table args: special_requests "Early check-in, please": a hotel guest's request in a tool that books no room/);
    flagged(textPurpose, s.tableAndApplication({ letter: 'Heads up: our dentist appointment is on Friday' }), /submit_job_application args: cover_letter "Heads up: our dentist appointment is on Friday" is no cover letter/);
    // A doorstep instruction is at home in a shipping tool, known by its domain when its name does not say (schedule_label_report).
    const label = record({ tools: [tool('schedule_label_report', 'Report on a shipping label.', { instructions: { type: 'string' } })], user: 'Report label L-1.', steps: [[{ name: 'schedule_label_report', args: { instructions: 'Please leave the parcel with a neighbour' }, result: { report_id: 'R-1' } }]] });
    expect(judge(textPurpose, label, { domains: new Map([['schedule_label_report', 'logistics']]) })?.defect).toBeUndefined();
    expect(judge(textPurpose, label, { domains: new Map([['schedule_label_report', 'finance']]) })?.defect).toMatch(/a delivery instruction in a tool that delivers nothing/);
    // What a parcel's scan reports, and what a candidate answers.
    const scan = (message: string) => record({ tools: [tool('track_parcel_shipment', 'Track a parcel.', { tracking_number: { type: 'string' } })], user: 'Where is parcel 1Z9?', steps: [[{ name: 'track_parcel_shipment', args: { tracking_number: '1Z9' }, result: { status: 'in_transit', events: [{ occurred_at: '2025-05-30T07:45:00Z', message }] } }]] });
    clean(textPurpose, scan('Departed the sort facility in Lyon'));
    flagged(textPurpose, scan('Could we move our call to tomorrow morning'), /track_parcel_shipment result: events\.0\.message "Could we move our call to tomorrow morning": a chat line in a parcel scan/);
    const applied = (answer: string) => record({ tools: [tool('submit_job_application', 'Apply to a job.', { job_id: { type: 'string' }, screening_answers: { type: 'array' } })], user: 'Apply to J-1.', steps: [[{ name: 'submit_job_application', args: { job_id: 'J-1', screening_answers: [{ question_id: 'Q1', answer }] }, result: { application_id: 'A-1' } }]] });
    clean(textPurpose, applied('Five years of experience with SQL'));
    flagged(textPurpose, applied('You can return items within 60 days'), /screening_answers\.0\.answer "You can return items within 60 days": a help page's answer as a screening answer/);
  });

  it('35 a count of what the call did beyond what it sent: 4 of 2 tracks removed, 2 removed and 1 skipped of 2', () => {
    clean(actedCount, s.tracksRemoved());
    clean(actedCount, s.tracksRemoved({ removed: 1, notFound: 1 }));
    flagged(actedCount, s.tracksRemoved({ removed: 4 }), /remove_tracks_from_playlist: removed_count 4 for 2 tracks sent/);
    flagged(actedCount, s.tracksRemoved({ removed: 2, notFound: 1 }), /removed_count 2 \(\+1 not done\) for 2 tracks sent/);
    // Recipients beside the template variables sent with them: the count is of the recipients.
    clean(actedCount, s.emailBatch());
    flagged(actedCount, s.emailBatch({ accepted: 46 }), /send_templated_email: accepted 46 for 2 recipients sent/);
  });

  it("36 a car model under another maker's name: a Jaguar Explorer", () => {
    clean(carMake, s.recalls());
    flagged(carMake, s.recalls({ make: 'Jaguar' }), /get_vehicle_recalls: make "Jaguar" with model "Explorer" \(a ford model\)/);
  });

  it('37 a league of another sport: NBA scores in baseball', () => {
    clean(leagueSport, s.scores());
    flagged(leagueSport, s.scores({ sport: 'baseball' }), /get_live_scores: league "NBA" with sport "baseball"/);
  });

  it('38 a famous venue in another city: Madison Square Garden in Brisbane', () => {
    clean(venueCity, s.concerts());
    flagged(venueCity, s.concerts({ city: 'Brisbane' }), /find_artist_concerts: events\.0\.venue "Madison Square Garden" in "Brisbane"/);
  });

  it('39 a league table that does not add up', () => {
    clean(standingsTable, s.standings());
    flagged(standingsTable, s.standings({ row: { wins: 4, draws: 2, losses: 28 } }), /get_league_standings: table\.1 played 16 but won 4, drew 2, lost 28/);
    flagged(standingsTable, s.standings({ row: { points: 93 } }), /table\.1 93 points from 10 wins and 4 draws/);
    flagged(standingsTable, s.standings({ row: { wins: 12, draws: 2, losses: 2, points: 38 } }), /rank 2 has more than rank 1 \(38 against 36\)/);
    flagged(standingsTable, s.standings({ league: 'NBA' }), /table\.0 3 draws in the NBA/);
  });

  it('40 a game that contradicts itself', () => {
    clean(games, s.scoreboard());
    flagged(games, s.scoreboard({ game: { status: 'final', home_score: 1, away_score: 110, start_time: `${TODAY}T12:00:00Z` } }), /get_live_scores: games\.1: away_score 110 in soccer/);
    flagged(games, s.scoreboard({ game: { home_score: 0, away_score: 0 } }), /games\.1: scheduled with a score \(home_score 0, away_score 0\)/);
    flagged(games, s.scoreboard({ game: { status: 'in_progress', home_score: 1 } }), /games\.1: in_progress with home_score only/);
    flagged(games, s.scoreboard({ board: '2025-06-24' }), /games\.0: a game on 2025-06-02 on the scoreboard of 2025-06-24/);
    flagged(games, s.scoreboard({ game: { start_time: '2025-06-03T19:45:00Z', status: 'final', home_score: 1, away_score: 0 } }), /a game on 2025-06-03 on the scoreboard of 2025-06-02/);
    flagged(games, s.scoreboard({ game: { home_team: 'Riverside United' } }), /get_live_scores: games: Riverside United plays twice on 2025-06-02/);
    flagged(games, s.scoreboard({ sport: 'baseball', league: 'MLB', game: { status: 'halftime', home_score: 2, away_score: 2 } }), /games\.1: at halftime in baseball/);
    flagged(games, s.scoreboard({ periods: [2, 1] }), /get_game_box_score: periods: periods 2, 1/);
    flagged(games, s.scoreboard({ fixture: { result: 'L 0-2' } }), /get_team_schedule: games\.1: result "L 0-2" of a game on 2025-06-09, after today 2025-06-02/);
    flagged(games, s.scoreboard({ fixture: { start_time: '2025-05-26T18:00:00Z' } }), /get_team_schedule: games: the team plays twice on 2025-05-26/);
  });

  it('41 a result about another place than asked', () => {
    clean(otherPlace, s.viennaTours());
    flagged(otherPlace, s.viennaTours({ title: 'Half-day museum visit around Beijing' }), /search_tours_and_activities: activities\.0\.title "Half-day museum visit around Beijing" names Beijing, the call asks Vienna/);
    flagged(otherPlace, s.viennaTours({ destination: '26 Ring Street, Vienna', title: 'Sunset food tour in Lisbon' }), /names Lisbon, the call asks Vienna/);
    flagged(otherPlace, s.viennaTours({ zone: 'Africa/Casablanca' }), /get_hourly_outlook: timezone "Africa\/Casablanca" at the coordinates of Vienna \(Europe\/Vienna\)/);
    // A trip between two cities may name a third (a stopover); a person may be named like a city.
    clean(otherPlace, s.viennaTours({ origin: 'Paris', title: 'Stopover tour of Munich' }));
  });

  it('42 a vehicle described as another', () => {
    clean(otherVehicle, s.crashRating());
    clean(otherVehicle, s.crashRating({ summary: 'The seat belt buckle may crack in cold weather' }));
    flagged(otherVehicle, s.crashRating({ vehicle: '2020 Subaru Outback Premium' }), /get_crash_safety_rating: vehicle_description "2020 Subaru Outback Premium", the call asks a 2014 Subaru Impreza/);
    flagged(otherVehicle, s.crashRating({ vehicle: '2019 Subaru Impreza' }), /"2019 Subaru Impreza", the call asks a 2014 Subaru Impreza/);
    flagged(otherVehicle, s.crashRating({ summary: 'Rated like the Honda Civic of the same year' }), /summary "Rated like the Honda Civic of the same year"/);
  });

  it('43 a distribution that cannot be', () => {
    clean(distribution, s.benchmarks());
    flagged(distribution, s.benchmarks({ percentiles: { p10: 31500, p25: 31000, p50: 14300, p75: 41000 } }), /get_salary_benchmark: percentiles\.p10 31500 above p25 31000/);
    flagged(distribution, s.benchmarks({ percentiles: { q1: 30000, median: 28000, q3: 41000 } }), /percentiles\.q1 30000 above median 28000/);
    flagged(distribution, s.benchmarks({ probabilities: [0.5, 0.97] }), /assess_symptoms: possible_conditions: probabilities add up to 1\.47/);
    // Counts by priority are no percentiles.
    clean(distribution, s.benchmarks({ percentiles: { p1: 9, p2: 4, p3: 1 } }));
  });

  it('44 a booking at another time than asked', () => {
    clean(bookedTime, s.bookings());
    clean(bookedTime, s.bookings({ confirmed: '2025-06-07T14:15:00+02:00' }));
    flagged(bookedTime, s.bookings({ confirmed: '2025-05-21T08:15:00Z' }), /book_vehicle_service_appointment: confirmed_time "2025-05-21T08:15:00Z", the call asks appointment_time 2025-06-07T12:15:00Z/);
    flagged(bookedTime, s.bookings({ tour: '2025-06-18T13:00:00Z' }), /schedule_property_tour: confirmed_time "2025-06-18T13:00:00Z", the call asks preferred_times 2025-06-05T13:15:00Z or 2025-06-05T17:00:00Z/);
  });

  it('45 a deadline after what it is for', () => {
    clean(deadline, s.tableAndApplication());
    flagged(deadline, s.tableAndApplication({ deadline: `${TODAY}T21:30:00Z` }), /reserve_restaurant_table: cancellation_deadline "2025-06-02T21:30:00Z" after reservation_time "2025-06-02T19:45:00Z"/);
    flagged(deadline, s.tableAndApplication({ deadline: '2025-06-03' }), /cancellation_deadline "2025-06-03" after reservation_time/);
  });

  it('46 an act done before its day', () => {
    clean(doneEarly, s.laterEmail());
    // Sent today as asked: the class does not apply.
    expect(judge(doneEarly, s.laterEmail({ status: 'sent', at: `${TODAY}T08:00:00Z` }), { domains })).toBeUndefined();
    flagged(doneEarly, s.laterEmail({ status: 'sent' }), /send_templated_email: status "sent", the call asks send_at "2025-06-09T09:00:00Z" after today 2025-06-02/);
  });

  it('47 a stock flag against its quantity', () => {
    clean(stockFlags, s.stockLevels());
    flagged(stockFlags, s.stockLevels({ row: { available: 0, low_stock: false, in_stock: false } }), /get_warehouse_stock_levels: items\.1\.low_stock false at available 0/);
    flagged(stockFlags, s.stockLevels({ row: { low_stock: true } }), /items\.1\.low_stock true at available 42/);
    flagged(stockFlags, s.stockLevels({ row: { available: 0, low_stock: true } }), /items\.1\.in_stock true at available 0/);
    flagged(stockFlags, s.stockLevels({ row: { on_hand: 35 } }), /items\.1\.available 42 above on_hand 35/);
    // The call's threshold where an item has none of its own.
    clean(stockFlags, s.stockLevels({ threshold: 25 }));
    flagged(stockFlags, s.stockLevels({ threshold: 68000 }), /items\.1\.low_stock false at available 42 \(asked low_stock_threshold 68000\)/);
    // An order line's quantity is what is bought: its flag is not judged by it.
    clean(stockFlags, s.stockLevels({ row: { available: undefined, quantity: 1, low_stock: false, in_stock: true } }));
  });
});

describe('classes 48-52: facts of the real world', () => {
  it('48 a store app under another game\'s name', () => {
    clean(storeApp, s.ownedGames());
    flagged(storeApp, s.ownedGames({ firstName: 'Half-Life 2' }), /games\.0\.name "Half-Life 2" beside app 548430, which is Deep Rock Galactic/);
  });

  it('49 players of two sports in one list, of three teams in one game', () => {
    clean(squads, s.boxScore());
    flagged(squads, s.boxScore({ thirdTeam: true }), /top_players: players of 3 teams in one game/);
    flagged(squads, s.boxScore({ position: 'goalkeeper' }), /players: positions of basketball and soccer in one list/);
  });

  it('50 an item of a search around a point placed in a far city', () => {
    clean(centrePlace, s.quakes());
    flagged(centrePlace, s.quakes({ place: '139 Yost Extensions, Budapest' }), /events\.0\.place .*Budapest" is \d+ km from the centre/);
  });

  it('51 a phone number whose details name another country', () => {
    clean(phoneCountry, s.phoneInfo());
    flagged(phoneCountry, s.phoneInfo({ country: 'US' }), /country_code "US" for "\+34911234567"/);
    flagged(phoneCountry, s.phoneInfo({ national: 'json' }), /national_format "json"/);
  });

  it('52 a paper cited before it appeared (or after today)', () => {
    clean(citingYears, s.citations());
    flagged(citingYears, s.citations({ year: 2021 }), /works\.0\.year 2021 for a paper of 2024/);
    flagged(citingYears, s.citations({ year: 2031 }), /works\.0\.year 2031/);
  });

  it("53 a text's word or character count that is not its own", () => {
    clean(textCounts, s.articleText());
    flagged(textCounts, s.articleText({ words: 2 }), /word_count 2 for a text of 13 words/);
  });

  it('54 a well-known song under another artist', () => {
    clean(songArtist, s.songMatch());
    clean(songArtist, s.songMatch({ artist: 'The Queen' }));
    flagged(songArtist, s.songMatch({ artist: 'Kelly Clarkson' }), /title "Bohemian Rhapsody" by "Kelly Clarkson"/);
  });

  it('55 marks that contradict each other', () => {
    clean(marks, s.marksAndUv());
    flagged(marks, s.marksAndUv({ letter: 'D', gpa: 2 }), /courses\.0\.letter_grade "D" for a score of 88\.5/);
    flagged(marks, s.marksAndUv({ gpa: 1.2 }), /gpa 1\.2 beside grades averaging 3\.15/);
    flagged(marks, s.marksAndUv({ risk: 'low' }), /risk_level "low" at UV index 6\.4/);
  });

  it('56 a claim described as another kind of loss', () => {
    clean(lossStory, s.lossClaim());
    flagged(lossStory, s.lossClaim({ description: 'A kitchen fire destroyed part of the basement overnight' }), /description "A kitchen fire destroyed part of the basement overnight" for a vandalism claim/);
  });

  it('57 reminders that no single start explains', () => {
    clean(reminders, s.eventReminders());
    flagged(reminders, s.eventReminders({ secondFires: '2025-06-10T09:00:00Z' }), /reminders: fires_at \+ minutes_before differ by \d+ minutes/);
  });

  it('58 a salary no job pays', () => {
    clean(salaries, s.jobSearch());
    flagged(salaries, s.jobSearch({ minAnnual: 24 }), /salary_filter\.min_annual 24/);
    flagged(salaries, s.jobSearch({ salaryMin: 91000 }), /salary_min 91000 above salary_max 90000/);
  });

  it('59 a refusal that changed something', () => {
    clean(refusedChange, s.scoreRefused());
    flagged(refusedChange, s.scoreRefused({ changed: true }), /score_changed true beside accepted false/);
    flagged(refusedChange, s.scoreRefused({ rankNew: 6 }), /global_rank_new 6 from 14 beside accepted false/);
  });

  it('60 a measurement in a unit that does not measure it', () => {
    clean(units, s.measured());
    clean(units, s.measured({ sodiumUnit: 'mEq/L', oilUnit: 'ml', statUnit: 't/ha' }));
    flagged(units, s.measured({ sodiumUnit: 'mmHg' }), /get_patient_observations: observations\.0\.unit "mmHg" \(pressure\) for "Sodium"/);
    flagged(units, s.measured({ sodiumUnit: 'bpm' }), /observations\.0\.unit "bpm" \(rate\) for "Sodium"/);
    flagged(units, s.measured({ oilUnit: 'km' }), /ingredients\.0\.unit "km" \(length\) for "vegetable oil"/);
    flagged(units, s.measured({ statUnit: 'USD/bu' }), /rows\.0\.unit "USD\/bu" \(price\) for "yield"/);
  });

  it('61 a quantity no such thing has', () => {
    clean(magnitudes, s.gridAndSoil());
    flagged(magnitudes, s.gridAndSoil({ intensity: 1.4 }), /current\.carbon_intensity_g_per_kwh 1\.4: not a grid carbon intensity in g\/kWh/);
    flagged(magnitudes, s.gridAndSoil({ ph: 467.4 }), /map_units\.0\.ph 467\.4: not a pH/);
    flagged(magnitudes, s.gridAndSoil({ shares: [264.8] }), /map_units\.0\.percent_of_field 264\.8: not a share in percent/);
    flagged(magnitudes, s.gridAndSoil({ shares: [80, 60, 20] }), /map_units: percent_of_field adds up to 160%/);
    flagged(magnitudes, s.gridAndSoil({ servings: 48 }), /servings 48: not the servings of a recipe/);
    clean(magnitudes, s.vinDecoded());
    flagged(magnitudes, s.vinDecoded({ cylinders: 16, horsepower: 15 }), /engine\.horsepower 15 from 16 cylinders/);
  });

  it('62 a charge that is not the price quoted', () => {
    clean(quotedCharge, s.labelBought());
    flagged(quotedCharge, s.labelBought({ charged: 219.39 }), /buy_shipping_label: amount_charged 219\.39 for RT-1, quoted at 343\.32/);
  });

  it('63 a result reporting on people the call did not name', () => {
    clean(reportedPeople, s.meetingFound());
    flagged(reportedPeople, s.meetingFound({ unavailable: ['otto.rogahn@acme.io'] }), /schedule_group_meeting: unavailable_optional lists otto\.rogahn@acme\.io, whom the call did not name/);
  });

  it('64 an action that went through whose result says it failed', () => {
    clean(failedAction, s.giftBought());
    flagged(failedAction, s.giftBought({ status: 'payment_failed' }), /purchase_game_gift: status payment_failed on a call that went through/);
    flagged(failedAction, s.giftBought({ refund: 'rejected' }), /void_shipping_label: refund_status rejected on a call that went through/);
    expect(judge(failedAction, s.scoreRefused(), { domains })?.defect).toBeUndefined();
    // A read renamed (load_ for get_) reports a failed delivery: that is its answer, not its failure.
    const report = record({ tools: [tool('load_sms_delivery_report', 'Load the delivery report of a text message.', { message_id: { type: 'string' } })], user: 'Did SM-1 arrive?', steps: [[{ name: 'load_sms_delivery_report', args: { message_id: 'SM-1' }, result: { message_id: 'SM-1', status: 'failed' } }]] });
    expect(judge(failedAction, report, { domains })?.defect).toBeUndefined();
  });

  it('65 exchange rates that are no rates', () => {
    clean(rates, s.rates());
    flagged(rates, s.rates({ list: [['USD', 1.87], ['GBP', 0.74]] }), /get_exchange_rates: rates quotes the base USD against itself \(1\.87\)/);
    flagged(rates, s.rates({ list: [['GBP', 0.74], ['GBP', 0.8]] }), /rates lists GBP twice/);
    flagged(rates, s.rates({ list: [['GBP', 0.74], ['JPY', 1.87]] }), /1 USD = 1\.87 JPY, about 150 in fact/);
  });

  it('66 money counted in dollars under a currency worth far less', () => {
    clean(currencyScale, s.foodOrdered());
    flagged(currencyScale, s.foodOrdered({ total: 278.6 }), /create_food_delivery_order: total 278\.6 JPY, under two US dollars/);
  });

  it('67 a state its own date denies', () => {
    clean(statusDate, s.patentFound());
    clean(statusDate, s.patentFound({ status: 'expired', expiry: '2024-11-20' }));
    flagged(statusDate, s.patentFound({ status: 'expired' }), /get_patent_details: legal_status expired but expiry_date 2037-03-01, after today 2025-06-02/);
    const transfer = (status: string, day: string) => record({ tools: [tool('get_transfer', 'Status of a bank transfer.', { transfer_id: { type: 'string' } })], user: 'Where is transfer T-1?', steps: [[{ name: 'get_transfer', args: { transfer_id: 'T-1' }, result: { transfer_id: 'T-1', status, execution_date: day } }]] });
    clean(statusDate, transfer('executed', '2025-05-30'));
    flagged(statusDate, transfer('executed', '2025-12-12'), /get_transfer: status executed but execution_date 2025-12-12, after today/);
    flagged(statusDate, s.patentFound({ expiry: '2024-11-20' }), /legal_status active but expiry_date 2024-11-20, before today/);
  });

  it('68 a rationale that quotes nothing', () => {
    clean(emptyQuote, s.windowMeeting());
    flagged(emptyQuote, s.windowMeeting({ reasoning: 'schedule_group_meeting books it, with window from "".' }), /rationale ".*window from ""/);
  });

  it('69 a decoded VIN naming another maker than its code', () => {
    clean(vinMake, s.vinDecoded());
    flagged(vinMake, s.vinDecoded({ make: 'Audi' }), /decode_vehicle_vin: make Audi for VIN 1HGCM82633A004352, a honda code/);
  });

  it('70 a request listing one thing twice', () => {
    clean(repeatedItem, s.meetingFound());
    flagged(repeatedItem, s.meetingFound({ participants: ['ana.silva@example.com', 'bo.chen@example.com', 'ana.silva@example.com'] }), /schedule_group_meeting: participants lists email ana\.silva@example\.com twice/);
    // Two calendars shared with one person: what the items refer to may repeat.
    const shared = record({ tools: [tool('share_calendars', 'Share calendars.', { calendars: { type: 'array' } })], user: 'Share Work and Family with craig@example.org.', steps: [[{ name: 'share_calendars', args: { calendars: [{ calendar_id: 'C1', grantee_email: 'craig@example.org' }, { calendar_id: 'C2', grantee_email: 'craig@example.org' }] }, result: { shared: 2 } }]] });
    clean(repeatedItem, shared);
  });

  it('71 a CVSS score off its scale or of another severity', () => {
    clean(cvss, s.cveFound());
    flagged(cvss, s.cveFound({ score: 270.2 }), /get_cve_details: cvss_v3\.base_score 270\.2, off the CVSS scale/);
    flagged(cvss, s.cveFound({ severity: 'medium' }), /cvss_v3\.severity medium for base_score 7\.5/);
  });

  it('72 a thing listed among its own comparables', () => {
    clean(selfComparable, s.comparablesFound());
    flagged(selfComparable, s.comparablesFound({ firstId: 'PR-1' }), /get_comparable_sales: comparables lists property_id PR-1, the one asked about/);
  });

  it('73 money to a fraction of a cent', () => {
    clean(moneyCents, s.hotelsFound());
    flagged(moneyCents, s.hotelsFound({ rate: 151.6786 }), /search_hotel_offers: hotels\.0\.nightly_rate 151\.6786, to a fraction of a cent/);
    // A market quote is quoted finer.
    const quote = record({ tools: [tool('get_stock_quote', 'Quote a stock.', { symbol: { type: 'string' } })], user: 'Quote of PLTR?', steps: [[{ name: 'get_stock_quote', args: { symbol: 'PLTR' }, result: { symbol: 'PLTR', price: 24.1275 } }]] });
    expect(judge(moneyCents, quote)).toBeUndefined();
  });

  it('74 an act set for a later day reported done today', () => {
    clean(scheduledDone, s.billScheduled());
    flagged(scheduledDone, s.billScheduled({ status: 'completed' }), /pay_utility_bill: status completed with schedule_date 2025-06-24/);
    flagged(scheduledDone, s.billScheduled({ processedAt: `${TODAY}T09:45:00Z` }), /pay_utility_bill: processed_at .* with schedule_date 2025-06-24/);
    const session = (status: string) => record({ tools: [tool('reserve_study_session', 'Reserve a study room session.', { room_id: { type: 'string' }, start_time: { type: 'string' } })], user: 'Book room R-2 on the 15th at 3 pm.', steps: [[{ name: 'reserve_study_session', args: { room_id: 'R-2', start_time: '2025-06-15T15:00:00Z' }, result: { session_id: 'SS-1', status } }]] });
    clean(scheduledDone, session('scheduled'));
    flagged(scheduledDone, session('completed'), /reserve_study_session: status completed with start_time 2025-06-15/);
  });

  it('75 a price after a discount that is not the price before less it', () => {
    clean(discountPrice, s.storePage());
    flagged(discountPrice, s.storePage({ final: 118 }), /get_game_store_details: price\.final 118 but initial 29\.99 at 20% off is 23\.99/);
    // No discount given: a price after it no higher than before.
    clean(discountPrice, s.storePage({ noDiscount: true }));
    flagged(discountPrice, s.storePage({ noDiscount: true, final: 31.5 }), /price\.final 31\.5 above initial 29\.99 with no discount/);
  });

  it('76 one idempotency key on two different requests', () => {
    clean(requestKey, s.twoPayments());
    flagged(requestKey, s.twoPayments({ sameKey: true }), /pay_utility_bill: idempotency_key 0b8e8f2c-.* already sent with another request/);
  });

  it('77 an act that went through with a reason it failed', () => {
    clean(outcomeReason, s.codeApplied());
    flagged(outcomeReason, s.codeApplied({ reason: 'expired' }), /apply_discount_code: rejection_reason "expired" beside applied true/);
  });

  it('78 a recall whose summary is about another part than its component', () => {
    clean(recallPart, s.recallFound());
    flagged(recallPart, s.recallFound({ summary: 'The airbag inflator may rupture in a crash' }), /get_vehicle_recalls: recalls\.0\.summary "The airbag inflator may rupture in a crash" for component steering/);
    flagged(recallPart, s.recallFound({ component: 'tires' }), /summary "The steering column bolt may loosen while driving, increasing the risk of a crash" for component tires/);
    clean(recallPart, s.recallFound({ component: 'tires', summary: 'The tire sidewall may crack over time', remedy: 'Dealers will replace the tires free of charge' }));
  });

  it('79 a reverse geocode naming a place that is not at the point', () => {
    clean(pointPlace, s.pointNamed());
    flagged(pointPlace, s.pointNamed({ street: '7th Avenue' }), /reverse_geocode: features\.0\.name "7th Avenue" at a point in Berlin/);
    flagged(pointPlace, s.pointNamed({ country: 'US' }), /features\.0\.country_code US at a point in Berlin \(DE\)/);
    // An avenue is French too.
    const lyon = record({ tools: [tool('reverse_geocode', 'Name the address at a pair of coordinates.', { latitude: { type: 'number' }, longitude: { type: 'number' } })], user: 'What is at 45.764, 4.8357?', steps: [[{ name: 'reverse_geocode', args: { latitude: 45.764, longitude: 4.8357 }, result: { features: [{ type: 'address', name: '129 Avenue Victor Hugo', country_code: 'FR' }] } }]] });
    clean(pointPlace, lyon);
  });

  it('80 a thing taken from a result used under another parent', () => {
    clean(chainParent, s.gradedInCourse());
    flagged(chainParent, s.gradedInCourse({ course: 'C-2' }), /grade_submission: assignment_id AS-7 from list_course_assignments for course_id C-1, sent with course_id C-2/);
    // The same search again for another student is no chain, whatever values recur.
    const grades = (student: string, course: string) => ({ name: 'get_student_grades', args: { student_id: student, course_id: course }, result: { student_id: student, courses: [{ course_id: 'NBX2KURM', grade: 'B' }] } });
    const again = record({ tools: [tool('get_student_grades', 'Grades of a student.', { student_id: { type: 'string' }, course_id: { type: 'string' } })], user: 'Grades of S-1 in NBX2KURM, then S-2?', steps: [[grades('S-1', 'NBX2KURM')], [grades('S-2', 'NBX2KURM')]] });
    expect(judge(chainParent, again)?.defect).toBeUndefined();
  });

  it('81 an act asked for now reported as scheduled', () => {
    clean(unaskedSchedule, s.postPublished());
    flagged(unaskedSchedule, s.postPublished({ status: 'scheduled' }), /publish_social_post: status scheduled with no day asked/);
  });

  it("82 an answer reading a field's name twice", () => {
    clean(labelEcho, s.postPublished());
    flagged(labelEcho, s.postPublished({ answer: 'Published. The valid until is valid until Sunday.' }), /"valid until is valid until"/);
  });

  it('83 a number read into the middle of its unit', () => {
    clean(unitSplit, s.gridIntensity());
    flagged(unitSplit, s.gridIntensity({ answer: 'For DE: carbon intensity g per 337 kWh.' }), /"g per 337 kWh"/);
  });

  it('84 a state earlier than its own stamps', () => {
    clean(stateStamps, s.textDelivered());
    flagged(stateStamps, s.textDelivered({ status: 'queued' }), /get_sms_delivery_report: status queued with delivered_at 2025-05-30T16:31:00Z/);
  });

  it('85 a sky object above the horizon at a negative altitude', () => {
    clean(horizon, s.starPosition());
    flagged(horizon, s.starPosition({ above: true }), /get_celestial_object_position: above_horizon true at altitude_deg -55\.4/);
  });

  it('86 a settled case still waiting for something', () => {
    clean(settledWaiting, s.claimWaiting());
    flagged(settledWaiting, s.claimWaiting({ stage: 'approved' }), /get_claim_status: outstanding_requirements 1 items with stage approved/);
  });

  it('87 a billing cycle that is no month, or usage outside its cycle', () => {
    clean(billingCycle, s.lineCycle());
    flagged(billingCycle, s.lineCycle({ end: '2025-08-20' }), /cycle_start 2025-05-15 to 2025-08-20: a cycle of 98 days/);
    flagged(billingCycle, s.lineCycle({ day: '2025-04-02' }), /daily has 2025-04-02, outside the cycle/);
  });

  it('88 a driver licensed for longer than they could drive; 89 a policy term no insurer sells', () => {
    clean(driverAge, s.carQuote());
    flagged(driverAge, s.carQuote({ licensed: 29 }), /get_auto_insurance_quote: drivers\.0\.years_licensed 29 for a driver born 1990-01-31 \(35 years old\)/);
    clean(policyTerm, s.carQuote());
    flagged(policyTerm, s.carQuote({ term: 151 }), /get_auto_insurance_quote: options\.0\.term_months 151/);
  });

  it('90 price bars no market trades; 91 vital-sign flags not of the readings sent', () => {
    clean(priceBars, s.priceHistory());
    flagged(priceBars, s.priceHistory({ high: 171.6 }), /get_price_history: bars 2025-05-28: a day from 135\.9 to 171\.6/);
    flagged(priceBars, s.priceHistory({ open: 68.5 }), /bars 2025-05-28: (high .* around|opens at 68\.5)/);
    // A stock shut on weekends; a coin trading through them.
    flagged(priceBars, s.priceHistory({ lastDate: '2025-05-31' }), /get_price_history: bars 2025-05-31: NVDA traded on a Saturday/);
    clean(priceBars, s.priceHistory({ lastDate: '2025-05-31', symbol: 'BTC-USD' }));
    clean(vitalFlags, s.vitalsRecorded());
    flagged(vitalFlags, s.vitalsRecorded({ flags: [{ reading: 'glucose 14.2 mmol/L', status: 'elevated' }] }), /record_vital_signs: flags "glucose 14\.2 mmol\/L" for a measure not sent/);
    flagged(vitalFlags, s.vitalsRecorded({ flags: [{ reading: 'SpO2 91%', status: 'low' }] }), /flags "SpO2 91%" for spo2_percent 97/);
    // A diastolic pressure is a blood pressure too.
    clean(vitalFlags, s.vitalsRecorded({ flags: [{ reading: 'BP diastolic 94 mmHg', status: 'high' }] }));
    flagged(unitSplit, s.gridIntensity({ answer: 'The price per is 0.6 kWh.' }), /"price per is 0\.6"/);
  });

  it('92 an answer counting pages as things', () => {
    clean(pageCount, s.recipesFound());
    flagged(pageCount, s.recipesFound({ answer: 'The recipe search found 82 recipes, first Savory Bengali Stew.' }), /search_recipes: the answer counts 82 \(total_pages\) for 812 \(total_results\)/);
  });

  it('93 an interaction check naming drugs it was not sent', () => {
    clean(interactionDrugs, s.interactionsChecked());
    flagged(interactionDrugs, s.interactionsChecked({ drugs: ['losartan', 'albuterol'] }), /check_drug_interactions: interactions\.0\.drugs names losartan, not sent/);
  });

  it('94 a series that is not one', () => {
    for (const good of [s.hourlyForecast(), s.marineDays(), s.usageDays()]) clean(series, good);
    flagged(series, s.hourlyForecast({ bare: true }), /get_hourly_forecast: hourly: time 2025-06-06T11:00:00Z with no reading/);
    flagged(series, s.hourlyForecast({ temperatures: [2.5, 26.2, 25.9] }), /hourly: temperature 2.5 at 2025-06-06T10:00:00Z, then 26.2 at 2025-06-06T11:00:00Z/);
    flagged(series, s.usageDays({ dates: ['2025-05-29', '2025-05-29', '2025-05-31'] }), /get_mobile_line_usage: daily: date 2025-05-29 listed twice/);
    flagged(series, s.marineDays({ tideDay: '2025-12-23' }), /days: high_tides 2025-12-23T08:45:00Z in the entry of 2025-12-05/);
    // Ten degrees over a day is weather, not a defect; nor is a day's usage reading its own day.
    clean(series, s.hourlyForecast({ temperatures: [11, 19, 24] }));
  });

  it('95 a tool refusing a value it takes', () => {
    clean(refusedValue, s.serviceDown());
    clean(refusedValue, s.serviceDown({ param: 'order_id', code: 'NOT_FOUND' }));
    clean(refusedValue, s.serviceDown({ param: 'order_id' }));
    flagged(refusedValue, s.serviceDown({ param: 'units' }), /search_store_orders: INVALID_ARGUMENT for units "metric", one of the parameter's own choices/);
    flagged(refusedValue, s.serviceDown({ param: 'currency', code: 'NOT_FOUND' }), /NOT_FOUND for currency "EUR", a real currency/);
    flagged(refusedValue, s.serviceDown({ param: 'query' }), /INVALID_ARGUMENT for query "blue kettle", a free text/);
  });

  it('96 a record changed before it was made; 97 a vulnerability whose weakness or product is not its description\'s', () => {
    for (const d of [revisedEarly, cveFlaw]) clean(d, s.cveFound());
    flagged(revisedEarly, s.cveFound({ modified: '2024-06-01T10:00:00Z' }), /get_cve_details: last_modified 2024-06-01T10:00:00Z before published 2024-06-11T09:15:00Z/);
    flagged(cveFlaw, s.cveFound({ cwe: 'CWE-787' }), /get_cve_details: cwe_ids CWE-787 for "A path traversal flaw/);
    flagged(cveFlaw, s.cveFound({ cpe: 'cpe:2.3:a:f5:nginx:1.23.4:*:*:*:*:*:*:*' }), /affected_cpes cpe:2\.3:a:f5:nginx:1\.23\.4.* for "A path traversal flaw in the file upload handler of Jenkins/);
  });

  it('98 an act still waiting reported as done', () => {
    clean(waitingDone, s.tableWaitlisted());
    flagged(waitingDone, s.tableWaitlisted({ answer: 'Good news. Reserved for restaurant KWXE4YUP: your reference is UK2I1PT4, currently waitlisted.' }), /reserve_restaurant_table: status waitlisted, answered "Reserved"/);
  });

  it('99 a charge out of proportion to what it buys', () => {
    clean(thingPrice, s.giftBought());
    clean(thingPrice, s.giftBought({ charged: 1699, currency: 'PHP' }));
    flagged(thingPrice, s.giftBought({ charged: 94000, currency: 'PHP' }), /purchase_game_gift: amount_charged 94000 PHP \(about 1,679 US dollars\) for a game/);
    // A flight's fare.
    clean(thingPrice, s.flightBooked());
    clean(thingPrice, s.flightBooked({ charged: 93400, currency: 'INR' }));
    flagged(thingPrice, s.flightBooked({ charged: 75.71, currency: 'INR' }), /book_flight_offer: amount_charged 75\.71 INR \(about 1 US dollars\) for a flight/);
    // A store page's own price object.
    clean(thingPrice, s.storePage());
    flagged(thingPrice, s.storePage({ initial: 497.7, final: 398.16 }), /get_game_store_details: price\.initial 497\.7 USD \(about 498 US dollars\) for a game/);
  });

  it('100 a device in a state its kind cannot be in', () => {
    clean(deviceState, s.devicesListed());
    flagged(deviceState, s.devicesListed({ plugState: 'completed' }), /list_smart_home_devices: devices\.1\.state "completed" for a plug/);
  });

  it('101 weather of another place or season', () => {
    clean(climate, s.osloWeather());
    clean(climate, s.hourlyForecast());
    flagged(climate, s.osloWeather({ high: 24, low: 19 }), /get_weather_forecast: air temp_high 24 at Oslo on 2025-12-05 \(normal about -1 °C\)/);
    flagged(climate, s.osloWeather({ sea: 21.7 }), /sea sea_temperature_c 21\.7 at Oslo/);
    flagged(climate, s.osloWeather({ uvMax: 7.5 }), /uv_max 7\.5 at Oslo on 2025-12-05 \(clear-sky noon index about 0\.1\)/);
    flagged(climate, s.osloWeather({ uvTime: '2025-12-05T03:30:00Z' }), /uv_max_time 2025-12-05T03:30:00Z is 2025-12-05 04:13 solar time at Oslo/);
    flagged(climate, s.osloWeather({ uvTime: '2025-12-08T11:15:00Z' }), /is 2025-12-08 11:58 solar time at Oslo, for 2025-12-05/);
    // Singapore's December is no frost; a frost in Singapore is.
    clean(climate, s.osloWeather({ city: 'Singapore', high: 31, low: 25, sea: 28.5, uvMax: 11.5, uvTime: '2025-12-05T05:00:00Z' }));
    flagged(climate, s.osloWeather({ city: 'Singapore', high: 1.5, low: -3.5, sea: 28.5, uvMax: 11.5, uvTime: '2025-12-05T05:00:00Z' }), /air temp_low -3\.5 at Singapore/);
    // A thermostat's room is no weather; a place the tables do not know is not judged.
    expect(judge(climate, s.osloWeather({ city: 'Tromsø' }), { domains })).toBeUndefined();
  });

  it('102 a payment that does not follow from its terms', () => {
    clean(terms, s.mortgageOffers());
    flagged(terms, s.mortgageOffers({ payment: 3874.02 }), /get_mortgage_rates offers\.0: monthly_payment 3874\.02 for 400000 at 6\.5% over 30 years \(about 2528\)/);
    flagged(terms, s.mortgageOffers({ apr: 6.1 }), /apr_percent 6\.1 below rate_percent 6\.5/);
    clean(terms, s.autoQuote());
    flagged(terms, s.autoQuote({ monthly: 192000 }), /get_auto_insurance_quote options\.0: monthly_payment 192000 over 6 months for a premium of 600/);
    clean(terms, s.listing());
    flagged(terms, s.listing({ price: 900 }), /get_property_details result: price 900 beside its history's last price 1950000 \(2025-04-20\)/);
  });

  it("103 a flight under another airline's number", () => {
    clean(flightCarrier, s.flightsNumbered());
    flagged(flightCarrier, s.flightsNumbered({ aeroflot: ['BA387'] }), /search_flight_offers offers\.0: Aeroflot \(SU\) flying BA387/);
    flagged(flightCarrier, s.flightsNumbered({ code: 'LH' }), /carrier_code "LH" for Aeroflot \(SU\)/);
  });

  it('104 a parcel history that is not one journey', () => {
    clean(tracking, s.parcelJourney());
    clean(tracking, s.parcelJourney({ status: 'delivered', messages: ['Picked up by the carrier', 'Out for delivery', 'Delivered, left at the front door'] }));
    flagged(tracking, s.parcelJourney({ status: 'pre_transit', messages: ['Processed at the sort facility in Los Angeles', 'Delivered, left at the front door'] }), /status pre_transit with a delivery among its events/);
    flagged(tracking, s.parcelJourney({ status: 'delivered', messages: ['Picked up by the carrier', 'Label created, awaiting pickup'] }), /"Label created, awaiting pickup" after a later step/);
    flagged(tracking, s.parcelJourney({ status: 'delivered', messages: ['Picked up by the carrier', 'Out for delivery'] }), /delivered, its last event "Out for delivery"/);
    flagged(tracking, s.parcelJourney({ eventStatus: 'closed' }), /an event's status "closed" is no tracking status/);
  });

  it('105 a notification the call declined', () => {
    clean(quiet, s.quietUpdate());
    flagged(quiet, s.quietUpdate({ notified: 9 }), /update_calendar_event result: notified_attendees 9 with send_updates "none"/);
  });

  it('106 a job posting whose description hires another job', () => {
    clean(jobText, s.jobPosting());
    flagged(jobText, s.jobPosting({ hires: 'nurse practitioner' }), /get_job_posting result: title "Data Analyst", description hiring "nurse practitioner"/);
  });

  it("107 an address on another country's street", () => {
    clean(streetCountry, s.listingComps());
    clean(streetCountry, s.listingComps({ street: 'Baker Street' }));
    flagged(streetCountry, s.listingComps({ street: 'Rua Augusta' }), /listings\.0\.address "Rua Augusta 235, Warsaw": a pt street in Warsaw \(PL\)/);
    flagged(streetCountry, s.listingComps({ street: 'Hauptstrasse' }), /a de street in Warsaw/);
  });

  it('108 comparables in other cities than their subject', () => {
    clean(comparablesPlace, s.listingComps());
    flagged(comparablesPlace, s.listingComps({ comps: ['Beijing', 'Amsterdam'] }), /get_comparable_sales: comparables in Beijing, Amsterdam/);
    flagged(comparablesPlace, s.listingComps({ comps: ['Krakow', 'Krakow'] }), /comparables in Krakow, the subject in Warsaw/);
  });

  it('109 a song or recording of an impossible length', () => {
    clean(mediaLength, s.songMatch());
    clean(mediaLength, s.nowPlaying());
    flagged(mediaLength, s.songMatch({ lengthMs: 33 }), /identify_song_from_audio: duration_ms 33: a track 33 ms long/);
    flagged(mediaLength, s.songMatch({ lengthMs: 12000 }), /a track 12 s long/);
    flagged(mediaLength, s.nowPlaying({ progressMs: 300000 }), /get_playback_state: progress_ms at 300 s, past the track's 254 s/);
  });

  it("110 a meter's history that does not hang together", () => {
    clean(usageHistory, s.meterHistory());
    flagged(usageHistory, s.meterHistory({ total: 9.5 }), /get_utility_usage_history: readings cost 13\.8 in all, above estimated_cost 9\.5/);
    flagged(usageHistory, s.meterHistory({ cost: 120 }), /readings priced from 0\.250 to 6\.593 a unit|readings cost .* above/);
    flagged(usageHistory, s.meterHistory({ cost: 0.5 }), /readings priced from 0\.027 to 0\.250 a unit/);
    flagged(usageHistory, s.meterHistory({ unit: 'gallon' }), /electricity read in gallon/);
    flagged(usageHistory, s.meterHistory({ secondDay: '2025-05-28T14:30:00Z' }), /daily readings 14\.5 hours apart \(readings 1 and 2\)/);
  });

  it('13 a count named for its list in the singular (game_count) or for what it counts (citation_count)', () => {
    clean(counts, s.ownedGames());
    clean(counts, s.citations());
    flagged(counts, s.ownedGames({ count: 1 }), /game_count 1 but 2 games listed/);
    flagged(counts, s.citations({ count: 1 }), /citation_count 1 but 2 works listed/);
  });
});

describe('the good records', () => {
  it('have no defect of any class', () => {
    const found = s.GOOD.flatMap((make) => {
      const r = make();
      return DETECTORS.flatMap((d) => {
        const f = judge(d, r, { domains });
        return f?.defect ? [`${d.key}: ${f.defect}`] : [];
      });
    });
    expect(found).toEqual([]);
  });

  it('cover every class: each applies to at least one of them (the canned class through a job)', () => {
    const applying = new Set(s.GOOD.flatMap((make) => DETECTORS.filter((d) => judge(d, make(), { domains }) !== undefined).map((d) => d.key)));
    expect(DETECTORS.map((d) => d.key).filter((k) => !applying.has(k))).toEqual([]);
  });
});
