/**
 * The sixteen defect classes of issue 12, in the order, a seventeenth: values of the wrong thing for their field, an
 * eighteenth: a result state against the state asked for under another name, a nineteenth: stamps of acts running backwards, a twentieth: a person's email that is another person's, a twenty-first: a listed title that is the query with an edition tail, a twenty-second: an appointment that runs for days, a twenty-third: a flight that could not be flown, a twenty-fourth: a weather alert whose headline contradicts its hazard or country, a twenty-fifth: weather that could not happen, a twenty-sixth: a part the call left out that comes back, a twenty-seventh: a change that does not add up, a twenty-eighth: a not-found error about no identifier, a twenty-ninth: one thing under two names, a thirtieth: a meal order delivered weeks later or billed without the tip, and (to the fortieth) the classes of scripts/quality/detectors/ listed below.
 */
import type { Detector } from './detector.js';
import { cannedText } from './detectors/canned.js';
import { chains } from './detectors/chains.js';
import { cityCountry } from './detectors/city-country.js';
import { codes } from './detectors/codes.js';
import { confirmation } from './detectors/confirmation.js';
import { counts } from './detectors/counts.js';
import { createdToday } from './detectors/created-today.js';
import { datesToday } from './detectors/dates-today.js';
import { echo } from './detectors/echo.js';
import { fillerNames } from './detectors/filler-names.js';
import { filters } from './detectors/filters.js';
import { ipFields } from './detectors/ip-fields.js';
import { nameEmail } from './detectors/name-email.js';
import { queryVariant } from './detectors/query-variant.js';
import { span } from './detectors/span.js';
import { flightTime } from './detectors/flight-time.js';
import { alertText } from './detectors/alert-text.js';
import { weatherSense } from './detectors/weather-sense.js';
import { excluded } from './detectors/excluded.js';
import { deltaSum } from './detectors/delta-sum.js';
import { errorSense } from './detectors/error-sense.js';
import { renamed } from './detectors/renamed.js';
import { measuredAhead } from './detectors/measured-ahead.js';
import { falseFailure } from './detectors/false-failure.js';
import { dietDishes } from './detectors/diet.js';
import { textPurpose } from './detectors/text-purpose.js';
import { actedCount } from './detectors/acted-count.js';
import { carMake } from './detectors/car-make.js';
import { leagueSport } from './detectors/league-sport.js';
import { venueCity } from './detectors/venue-city.js';
import { standingsTable } from './detectors/standings.js';
import { games } from './detectors/games.js';
import { otherPlace } from './detectors/other-place.js';
import { otherVehicle } from './detectors/other-vehicle.js';
import { distribution } from './detectors/distribution.js';
import { bookedTime } from './detectors/booked-time.js';
import { deadline } from './detectors/deadline.js';
import { doneEarly } from './detectors/done-early.js';
import { stockFlags } from './detectors/stock-flags.js';
import { foodOrder } from './detectors/food-order.js';
import { queryDomain } from './detectors/query-domain.js';
import { requestedState } from './detectors/requested-state.js';
import { todayStated } from './detectors/today-stated.js';
import { timeOrder } from './detectors/time-order.js';
import { twinTools } from './detectors/twins.js';
import { wrongThing } from './detectors/wrong-thing.js';
import { years } from './detectors/years.js';
import { storeApp } from './detectors/store-app.js';
import { squads } from './detectors/squads.js';
import { centrePlace } from './detectors/centre-place.js';
import { phoneCountry } from './detectors/phone-country.js';
import { citingYears } from './detectors/citing-years.js';
import { textCounts } from './detectors/text-counts.js';
import { songArtist } from './detectors/song-artist.js';
import { marks } from './detectors/marks.js';
import { lossStory } from './detectors/loss-story.js';
import { reminders } from './detectors/reminders.js';
import { salaries } from './detectors/salaries.js';
import { refusedChange } from './detectors/refused-change.js';
import { units } from './detectors/units.js';
import { magnitudes } from './detectors/magnitudes.js';
import { quotedCharge } from './detectors/quoted-charge.js';
import { reportedPeople } from './detectors/reported-people.js';
import { failedAction } from './detectors/failed-action.js';
import { rates } from './detectors/rates.js';
import { currencyScale } from './detectors/currency-scale.js';
import { statusDate } from './detectors/status-date.js';
import { emptyQuote } from './detectors/empty-quote.js';
import { vinMake } from './detectors/vin-make.js';
import { repeatedItem } from './detectors/repeated-item.js';

export const DETECTORS: readonly Detector[] = [
  filters, echo, createdToday, datesToday, todayStated, fillerNames, codes, ipFields, queryDomain, cannedText, years, cityCountry, counts, chains, confirmation, twinTools, wrongThing, requestedState, timeOrder, nameEmail, queryVariant, span, flightTime, alertText, weatherSense, excluded, deltaSum, errorSense, renamed, foodOrder, measuredAhead, falseFailure, dietDishes, textPurpose, actedCount, carMake, leagueSport, venueCity, standingsTable, games, otherPlace, otherVehicle, distribution, bookedTime, deadline, doneEarly, stockFlags, storeApp, squads, centrePlace, phoneCountry, citingYears, textCounts, songArtist, marks, lossStory, reminders, salaries, refusedChange, units, magnitudes, quotedCharge, reportedPeople, failedAction, rates, currencyScale, statusDate, emptyQuote, vinMake, repeatedItem,
];
