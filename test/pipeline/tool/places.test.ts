/**
 * A result is about the place the call asks (pipeline/agents/tool/place-agree.ts): its text
 * names that city and no other of the tables; a point's time zone is the zone of the city it
 * lies in.
 */
import { describe, expect, it } from 'vitest';
import { geoTables } from '../../../core/geo.js';
import { alignTextPlaces } from '../../../pipeline/agents/tool/place-agree.js';
import { NUM, STR, api, itemsOf, results } from '../../helpers/tool-api.js';

const CITY_NAMES = geoTables()
  .cities.map((c) => c.name)
  .filter((n) => n !== 'Nice');
const citiesIn = (text: string): string[] => CITY_NAMES.filter((n) => new RegExp(`\\b${n}\\b`).test(text));

describe('text about a place', () => {
  const tours = {
    ...api('search_tours_and_activities', { destination: STR }, { activities: { type: 'array', minItems: 3, maxItems: 5, items: { type: 'object', properties: { activity_id: STR, title: { type: 'string', description: 'Title of the tour.' } }, required: ['activity_id', 'title'] } } }),
    domain: 'travel',
  };

  it('names the city asked (a destination, or an address ending with it) and no other', () => {
    for (const destination of ['Vienna', '26 Oberbrunner Skyway, Cape Town', 'Mexico City']) {
      const city = destination.split(', ').pop()!;
      const titles = itemsOf(results(tours, { destination }, 20), 'activities').map((a) => a.title as string);
      const named = titles.filter((t) => citiesIn(t).length > 0);
      expect(named.length, titles.join(' | ')).toBeGreaterThan(10);
      for (const t of named) expect(citiesIn(t), t).toEqual(city === 'Mexico City' ? ['Mexico City'] : [city]);
    }
  });

  it('leaves a person named like a city, a place field, and a city followed by a name alone', () => {
    const r = { title: 'Sunset food tour of Beijing', guide_name: 'Florence Austin', city: 'Beijing', description: 'Meet at the Tokyo Tower exit', summary: 'Nice views over Lisbon' };
    alignTextPlaces(r, undefined, { destination: 'Vienna' });
    expect(r).toEqual({ title: 'Sunset food tour of Vienna', guide_name: 'Florence Austin', city: 'Beijing', description: 'Meet at the Tokyo Tower exit', summary: 'Nice views over Vienna' });
  });

  it('leaves the text of a trip (a stopover in a third city) and of a call that names no city', () => {
    const r = { title: 'Direct from Paris to Tokyo, stopover in Dubai' };
    alignTextPlaces(r, undefined, { origin: 'Paris', destination: 'Tokyo' });
    expect(r.title).toBe('Direct from Paris to Tokyo, stopover in Dubai');
    const s = { title: 'Guided walking tour of Oslo' };
    alignTextPlaces(s, undefined, { query: 'walking tours' });
    expect(s.title).toBe('Guided walking tour of Oslo');
  });
});

describe('a point with a time zone', () => {
  it("is in the zone of the city it lies in (Tokyo's coordinates in Asia/Tokyo)", () => {
    const outlook = api('get_hourly_outlook', { latitude: NUM, longitude: NUM }, { latitude: NUM, longitude: NUM, timezone: { type: 'string', description: 'IANA time zone.', enum: ['Africa/Casablanca', 'Asia/Tokyo', 'Europe/Paris', 'America/Chicago'] } });
    for (const [lat, lon, zone] of [[35.6762, 139.6503, 'Asia/Tokyo'], [48.8566, 2.3522, 'Europe/Paris'], [41.8781, -87.6298, 'America/Chicago']] as const) {
      for (const r of results(outlook, { latitude: lat, longitude: lon }, 15)) if (r.latitude === lat && r.longitude === lon) expect(r.timezone).toBe(zone);
    }
  });
});
