/**
 * Class 103: a flight under another airline's number: an Aeroflot offer flown as BA387, a LOT
 * Polish Airlines itinerary as UA1678 and LH897, a carrier code that is not the carrier's.
 * Judged on result objects naming an airline the tables know (carrier, airline: core/data/
 * airlines.json, names and IATA designators) with flight numbers: at least one of them carries the
 * airline's designator (a connection may be a partner's), and a carrier code beside them is it.
 */
import { geoTables } from '../../../core/geo.js';
import { finding, judgeAll, type Detector } from '../detector.js';
import { resultObjects, show } from '../fields.js';

const FLIGHT = /^([A-Z0-9]{2})\s?\d{1,4}[A-Z]?$/;

export const flightCarrier: Detector = {
  key: 'flight-carrier',
  title: "a flight under another airline's number (an Aeroflot offer flown as BA387)",
  check: (view) =>
    judgeAll(resultObjects(view), ({ call, object: o, path }) => {
      const ck = ['carrier', 'airline', 'airline_name', 'carrier_name', 'operating_carrier'].find((k) => typeof o[k] === 'string');
      const airline = ck ? geoTables().airlineByName.get((o[ck] as string).toLowerCase()) : undefined;
      if (!airline) return undefined;
      const nk = ['flight_numbers', 'flight_number', 'flight_no', 'flight'].find((k) => typeof o[k] === 'string' || Array.isArray(o[k]));
      const numbers = nk ? ((Array.isArray(o[nk]) ? o[nk] : [o[nk]]) as unknown[]).filter((n): n is string => typeof n === 'string' && FLIGHT.test(n)) : [];
      const code = ['carrier_code', 'airline_code', 'airline_iata'].find((k) => typeof o[k] === 'string');
      if (numbers.length === 0 && !code) return undefined;
      const where = `${call.name} ${path || 'result'}`;
      if (code && o[code] !== airline.code) return finding(`${where}: ${code} ${show(o[code])} for ${airline.name} (${airline.code})`);
      const own = numbers.some((n) => FLIGHT.exec(n)![1] === airline.code);
      return finding(numbers.length > 0 && !own ? `${where}: ${airline.name} (${airline.code}) flying ${numbers.join(', ')}` : undefined);
    }),
};
