/**
 * Songs with their artist and album: "We Are the World" by Bring Me The Horizon on The Papercut
 * Chronicles is three facts that contradict each other. Faker draws a song, an artist and an
 * album apart; an object holding a song or an album beside an artist takes a row of this table.
 */
import { textHash } from '../../core/rng.js';

export interface Song {
  readonly title: string;
  readonly artist: string;
  readonly album: string;
}

const TABLE: readonly (readonly [string, string, string])[] = [
  ['Bohemian Rhapsody', 'Queen', 'A Night at the Opera'], ['Billie Jean', 'Michael Jackson', 'Thriller'], ['Hotel California', 'Eagles', 'Hotel California'],
  ['Smells Like Teen Spirit', 'Nirvana', 'Nevermind'], ['Imagine', 'John Lennon', 'Imagine'], ['Rolling in the Deep', 'Adele', '21'], ['Someone Like You', 'Adele', '21'],
  ['Let It Be', 'The Beatles', 'Let It Be'], ['Yesterday', 'The Beatles', 'Help!'], ['Like a Rolling Stone', 'Bob Dylan', 'Highway 61 Revisited'],
  ['Purple Rain', 'Prince', 'Purple Rain'], ['Wonderwall', 'Oasis', "(What's the Story) Morning Glory?"], ['Shape of You', 'Ed Sheeran', '÷'],
  ['Thinking Out Loud', 'Ed Sheeran', 'x'], ['Blinding Lights', 'The Weeknd', 'After Hours'], ['Bad Guy', 'Billie Eilish', 'When We All Fall Asleep, Where Do We Go?'],
  ['Uptown Funk', 'Mark Ronson', 'Uptown Special'], ['Dancing Queen', 'ABBA', 'Arrival'], ['Superstition', 'Stevie Wonder', 'Talking Book'],
  ['Stairway to Heaven', 'Led Zeppelin', 'Led Zeppelin IV'], ['Hallelujah', 'Jeff Buckley', 'Grace'], ['Clocks', 'Coldplay', 'A Rush of Blood to the Head'],
  ['Fix You', 'Coldplay', 'X&Y'], ['Viva la Vida', 'Coldplay', 'Viva la Vida or Death and All His Friends'], ['Seven Nation Army', 'The White Stripes', 'Elephant'],
  ['Mr. Brightside', 'The Killers', 'Hot Fuss'], ['Crazy in Love', 'Beyoncé', 'Dangerously in Love'], ['Halo', 'Beyoncé', 'I Am... Sasha Fierce'],
  ['Rehab', 'Amy Winehouse', 'Back to Black'], ['Take On Me', 'a-ha', 'Hunting High and Low'], ["Sweet Child o' Mine", "Guns N' Roses", 'Appetite for Destruction'],
  ['Africa', 'Toto', 'Toto IV'], ['Levitating', 'Dua Lipa', 'Future Nostalgia'], ['Anti-Hero', 'Taylor Swift', 'Midnights'], ['Shake It Off', 'Taylor Swift', '1989'],
  ['Get Lucky', 'Daft Punk', 'Random Access Memories'], ['Creep', 'Radiohead', 'Pablo Honey'], ['Karma Police', 'Radiohead', 'OK Computer'],
  ['Paranoid Android', 'Radiohead', 'OK Computer'], ['Space Oddity', 'David Bowie', 'Space Oddity'], ['Despacito', 'Luis Fonsi', 'Vida'],
  ["Hips Don't Lie", 'Shakira', 'Oral Fixation, Vol. 2'], ['Umbrella', 'Rihanna', 'Good Girl Gone Bad'], ['Toxic', 'Britney Spears', 'In the Zone'],
  ['Bad Romance', 'Lady Gaga', 'The Fame Monster'], ['Heart of Glass', 'Blondie', 'Parallel Lines'], ['Watermelon Sugar', 'Harry Styles', 'Fine Line'],
  ['As It Was', 'Harry Styles', "Harry's House"], ['HUMBLE.', 'Kendrick Lamar', 'DAMN.'], ['Redbone', 'Childish Gambino', 'Awaken, My Love!'],
  ['Lose Yourself', 'Eminem', '8 Mile'], ['Respect', 'Aretha Franklin', 'I Never Loved a Man the Way I Love You'],
];

export const SONG_TABLE: readonly Song[] = TABLE.map(([title, artist, album]) => ({ title, artist, album }));
const BY_TITLE = new Map(SONG_TABLE.map((s) => [s.title.toLowerCase(), s]));
const BY_ALBUM = new Map(SONG_TABLE.map((s) => [s.album.toLowerCase(), s]));

const hash = textHash;

/** The table's row for a song title: its own, or one chosen by the title (the same title, the same row). */
export const songFor = (title: string): Song => BY_TITLE.get(title.toLowerCase()) ?? SONG_TABLE[hash(title) % SONG_TABLE.length];
/** The table's row for an album title: its own, or one chosen by the title. */
export const albumFor = (album: string): Song => BY_ALBUM.get(album.toLowerCase()) ?? SONG_TABLE[hash(album) % SONG_TABLE.length];
/** The row of a song or album the table holds, if any. */
export const knownSong = (title: string): Song | undefined => BY_TITLE.get(title.toLowerCase());
export const knownAlbum = (album: string): Song | undefined => BY_ALBUM.get(album.toLowerCase());
