/**
 * Class 54: a well-known song or album under another artist: "Bohemian Rhapsody" by Kelly
 * Clarkson, "Thriller" as a Coldplay album. Judged on objects naming a song or an album of a
 * small table of well-known recordings beside an artist.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { callObjects, fieldAt, show, words } from '../fields.js';

/** Well-known songs and albums with their artist, written out here apart from the generator's table. */
const BY: Readonly<Record<string, string>> = {
  'bohemian rhapsody': 'queen', 'a night at the opera': 'queen', 'billie jean': 'michael jackson', thriller: 'michael jackson', 'smells like teen spirit': 'nirvana',
  nevermind: 'nirvana', 'rolling in the deep': 'adele', 'someone like you': 'adele', 'purple rain': 'prince', wonderwall: 'oasis', 'shape of you': 'ed sheeran',
  'blinding lights': 'the weeknd', 'after hours': 'the weeknd', 'dancing queen': 'abba', 'stairway to heaven': 'led zeppelin', clocks: 'coldplay', 'viva la vida': 'coldplay',
  'fix you': 'coldplay', 'seven nation army': 'the white stripes', 'mr. brightside': 'the killers', 'hot fuss': 'the killers', 'crazy in love': 'beyoncé', rehab: 'amy winehouse',
  'back to black': 'amy winehouse', 'take on me': 'a-ha', "sweet child o' mine": "guns n' roses", 'appetite for destruction': "guns n' roses", 'karma police': 'radiohead',
  'ok computer': 'radiohead', 'anti-hero': 'taylor swift', 'shake it off': 'taylor swift', midnights: 'taylor swift', 'get lucky': 'daft punk',
  'random access memories': 'daft punk', 'bad romance': 'lady gaga', umbrella: 'rihanna', toxic: 'britney spears', 'hotel california': 'eagles', despacito: 'luis fonsi',
};
const SONG = /^(song|song_title|track|track_name|track_title|title|album|album_name|album_title)$/;
const ARTIST = /^(artist|artist_name|primary_artist)$/;

export const songArtist: Detector = {
  key: 'song-artist',
  title: 'a well-known song or album under another artist',
  check: (view) =>
    judgeAll(callObjects(view), ({ object, path, call }) => {
      const keys = Object.keys(object);
      const a = keys.find((k) => ARTIST.test(words(k).join('_')) && typeof object[k] === 'string');
      const s = keys.find((k) => SONG.test(words(k).join('_')) && typeof object[k] === 'string' && BY[(object[k] as string).toLowerCase()] !== undefined);
      if (!a || !s) return undefined;
      const own = BY[(object[s] as string).toLowerCase()];
      return finding((object[a] as string).toLowerCase().replace(/^the /, '') === own.replace(/^the /, '') ? undefined : `${fieldAt(call, path, s)} ${show(object[s])} by ${show(object[a])}`);
    }),
};
