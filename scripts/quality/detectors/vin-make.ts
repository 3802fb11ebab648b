/**
 * Class 69: a decoded VIN naming another maker than its first three characters do: "JTD..."
 * (Toyota) decoded as an Audi A8, "WVW..." (Volkswagen) as a Bugatti Veyron. Judged on result
 * objects holding a make beside a VIN (their own or the call's) whose world manufacturer
 * identifier is in the checker's table: the make must be that maker's.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { fieldAt, resultObjects, words } from '../fields.js';

/** World manufacturer identifiers a reader may know, and their makers. */
const WMI: Readonly<Record<string, string>> = {
  '1HG': 'honda', JHM: 'honda', WVW: 'volkswagen', '3VW': 'volkswagen', JTD: 'toyota', '2T1': 'toyota', '4T1': 'toyota', '5YJ': 'tesla', WBA: 'bmw',
  VF1: 'renault', ZFA: 'fiat', KMH: 'hyundai', '1FA': 'ford', '1FT': 'ford', '1G1': 'chevrolet', SAJ: 'jaguar', YV1: 'volvo', JN1: 'nissan', KNA: 'kia',
  SAL: 'land rover', WDB: 'mercedes benz', WDD: 'mercedes benz', WP0: 'porsche', WAU: 'audi', JM1: 'mazda', JF1: 'subaru', VF3: 'peugeot', TMB: 'skoda',
};
const MAKE = new Set(['make', 'vehicle_make', 'manufacturer', 'brand']);

export const vinMake: Detector = {
  key: 'vin-make',
  title: 'a decoded VIN naming another maker than its code (a JTD... VIN as an Audi)',
  check: (view) =>
    judgeAll(resultObjects(view), ({ call, object, path }) => {
      const vin = typeof object.vin === 'string' ? object.vin : typeof call.args.vin === 'string' ? call.args.vin : undefined;
      const maker = vin === undefined ? undefined : WMI[vin.slice(0, 3).toUpperCase()];
      const mk = Object.keys(object).find((k) => MAKE.has(words(k).join('_')) && typeof object[k] === 'string');
      if (maker === undefined || mk === undefined) return undefined;
      const said = (object[mk] as string).toLowerCase().replace(/-/g, ' ');
      return finding(said === maker ? undefined : `${fieldAt(call, path, mk)} ${object[mk] as string} for VIN ${vin!}, a ${maker} code`);
    }),
};
