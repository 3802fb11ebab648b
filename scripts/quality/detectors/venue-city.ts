/**
 * Class 38: a famous venue in another city: Madison Square Garden in Brisbane, the Royal Albert
 * Hall in Lima. Judged on objects of arguments and results holding a venue a reader knows and a
 * city: the city is the venue's own.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { callObjects, fieldAt, show, words } from '../fields.js';

const KNOWN: Readonly<Record<string, RegExp>> = {
  'madison square garden': /new york|manhattan/i, 'royal albert hall': /london/i, 'the roundhouse': /london/i, 'the fillmore': /san francisco/i, paradiso: /amsterdam/i,
  'red rocks amphitheatre': /denver|morrison/i, 'barrowland ballroom': /glasgow/i, 'brooklyn steel': /new york|brooklyn/i, 'the anthem': /washington/i, 'sydney opera house': /sydney/i,
  'wembley stadium': /london/i, 'hollywood bowl': /los angeles|hollywood/i, 'carnegie hall': /new york/i, 'la scala': /milan/i,
};

export const venueCity: Detector = {
  key: 'venue-city',
  title: 'a famous venue in another city (Madison Square Garden in Brisbane)',
  check: (view) =>
    judgeAll(callObjects(view), ({ object, path, call }) => {
      const keys = Object.keys(object);
      const venue = keys.find((k) => /^(venue|venue_name|arena|stadium)$/.test(words(k).join('_')) && typeof object[k] === 'string');
      const city = keys.find((k) => /^(city|venue_city|location_city)$/.test(words(k).join('_')) && typeof object[k] === 'string');
      const home = venue ? KNOWN[(object[venue] as string).toLowerCase()] : undefined;
      if (!venue || !city || !home) return undefined;
      return finding(home.test(object[city] as string) ? undefined : `${fieldAt(call, path, venue)} ${show(object[venue])} in ${show(object[city])}`);
    }),
};
