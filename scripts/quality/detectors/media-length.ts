/**
 * Class 109: a song or recording of an impossible length: a recording 33 ms long, a track of 12
 * seconds, a playback position past the end of its track. Judged on results of music calls (a
 * tool about tracks, songs, recordings, albums, playlists or playback) and on objects that are
 * recordings by their fields (an isrc, an artist or an album beside the length): a length
 * (duration_ms, length_ms, duration_seconds...) must be at least 20 seconds, and a position
 * (progress_ms, position_ms) at most the length of the track it is in.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { objects, words } from '../fields.js';
import { isObject, type CallView } from '../record-view.js';

const MUSIC_CALL = /(^|_)(tracks?|songs?|recordings?|music|playback|player|albums?|playlists?|isrc|lyrics)(_|$)/;
const MUSIC_FIELD = /^(isrc|artist|artists|artist_name|album|album_name|track_id|recording_mbid|release_mbid)$/;

/** Milliseconds a length or position field holds, by its unit word. */
function msOf(key: string, v: unknown): number | undefined {
  if (typeof v !== 'number') return undefined;
  const w = words(key);
  const unit = w.at(-1);
  if (unit === 'ms') return v;
  if (unit === 's' || unit === 'sec' || unit === 'secs' || unit === 'seconds') return v * 1000;
  return undefined;
}
const LENGTH = /^(duration|length|track_length|song_length)$/;
const POSITION = /^(progress|position|elapsed|playback_position)$/;
const stem = (key: string): string => words(key).slice(0, -1).join('_');

function check(call: CallView) {
  if (call.failed || !isObject(call.result)) return undefined;
  const musicCall = MUSIC_CALL.test(words(call.name).join('_'));
  let applies = false;
  let longest: number | undefined;
  const positions: [string, number][] = [];
  for (const { object, path } of objects(call.result)) {
    const music = musicCall || Object.keys(object).some((k) => MUSIC_FIELD.test(words(k).join('_')));
    if (!music) continue;
    for (const [k, v] of Object.entries(object)) {
      const ms = msOf(k, v);
      if (ms === undefined) continue;
      if (LENGTH.test(stem(k))) {
        applies = true;
        if (ms < 20_000) return finding(`${call.name}: ${path ? `${path}.` : ''}${k} ${v as number}: a track ${ms < 1000 ? `${ms} ms` : `${ms / 1000} s`} long`);
        longest = Math.max(longest ?? 0, ms);
      } else if (POSITION.test(stem(k))) positions.push([`${path ? `${path}.` : ''}${k}`, ms]);
    }
  }
  // A position past the end of the only track the result gives the length of.
  for (const [where, ms] of positions) {
    if (longest !== undefined && ms > longest) return finding(`${call.name}: ${where} at ${ms / 1000} s, past the track's ${longest / 1000} s`);
  }
  return applies ? finding(undefined) : undefined;
}

export const mediaLength: Detector = {
  key: 'media-length',
  title: 'a song or recording of an impossible length (a recording 33 ms long, a position past the end of its track)',
  check: (view) => judgeAll(view.calls, check),
};
