/**
 * Class 24: a weather alert whose words contradict its fields: a "heat" alert headlined
 * "Thunderstorm warning", an alert for Spain "for Lima and surrounding areas" or issued by
 * Environment Canada. Judged on the items of an alerts tool that hold a hazard (event,
 * event_type, type, hazard) and a headline: the headline names the hazard (or a word for it);
 * a city the headline names is in the country the call asked for; a national weather service
 * named as issuer is that country's.
 */
import { geoTables } from '../../../core/geo.js';
import { finding, judgeAll, type Detector, type Finding } from '../detector.js';
import { show } from '../fields.js';
import type { CallView } from '../record-view.js';
import { listsOf } from './filters.js';

/** Words a headline uses for a hazard. */
const WORDS: Readonly<Record<string, RegExp>> = {
  heat: /heat|hot/, flood: /flood/, tornado: /tornado/, ice: /ice|icy|freez|frost|winter/, wind: /wind|gale/, thunderstorm: /thunder|storm/, snow: /snow|winter|blizzard/,
  fog: /fog/, wildfire: /fire|red flag/, fire: /fire|red flag/, hurricane: /hurricane|tropical|cyclone|typhoon/, frost: /frost|freez/, cold: /cold|freez|frost/,
};
const SERVICE_COUNTRY: Readonly<Record<string, string>> = {
  'national weather service': 'US', 'met office': 'GB', 'environment canada': 'CA', 'bureau of meteorology': 'AU', 'deutscher wetterdienst': 'DE', 'météo-france': 'FR', 'meteo-france': 'FR',
  aemet: 'ES', knmi: 'NL', 'japan meteorological agency': 'JP', 'india meteorological department': 'IN', 'china meteorological administration': 'CN', metservice: 'NZ', 'met éireann': 'IE', smhi: 'SE', meteoswiss: 'CH', pagasa: 'PH',
};
const HAZARD_KEYS = ['event', 'event_type', 'type', 'hazard', 'hazard_type'];

export function alertTextFinding(call: CallView): Finding | undefined {
  if (call.failed || !/alert|warning/.test(call.name)) return undefined;
  const asked = [call.args.country_code, call.args.country].find((v): v is string => typeof v === 'string' && /^[A-Za-z]{2}$/.test(v))?.toUpperCase();
  const items = listsOf(call.result).flatMap(({ items }) => items).filter((it) => typeof it.headline === 'string');
  return judgeAll(items, (it) => {
    const headline = (it.headline as string).toLowerCase();
    const hk = HAZARD_KEYS.find((k) => typeof it[k] === 'string');
    const hazard = hk ? (it[hk] as string).toLowerCase().replace(/[_-]+/g, ' ').replace(/\s*\b(warning|watch|advisory|alert)$/, '') : undefined;
    const words = hazard === undefined ? undefined : WORDS[hazard];
    if (words && !words.test(headline)) return finding(`${call.name}: ${hk} ${show(it[hk!])} headlined ${show(it.headline)}`);
    if (asked) {
      const m = /\bfor ([\p{Lu}][\p{L} .'-]+?)(?: and surrounding areas|$|,)/u.exec(it.headline as string);
      const city = m ? geoTables().cityByName.get(m[1].toLowerCase()) : undefined;
      if (city && city.country !== asked && geoTables().countryByCode.get(asked)?.name.toLowerCase() !== m![1].toLowerCase()) return finding(`${call.name}: country ${asked} asked, headline ${show(it.headline)} is about ${city.name} (${city.country})`);
      const service = typeof it.issuer === 'string' ? SERVICE_COUNTRY[it.issuer.toLowerCase()] : undefined;
      if (service && service !== asked) return finding(`${call.name}: country ${asked} asked, issuer ${show(it.issuer)} is ${service}'s weather service`);
    }
    return words || asked ? finding(undefined) : undefined;
  });
}

export const alertText: Detector = {
  key: 'alert-text',
  title: 'a weather alert whose headline or issuer contradicts its hazard or country',
  check: (view) => judgeAll(view.calls, alertTextFinding),
};
