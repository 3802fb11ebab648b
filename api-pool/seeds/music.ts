import type { SeedDomain } from '../types.js';

export const domain: SeedDomain = {
  name: 'music',
  description: 'Music streaming catalogs, playlists, playback, lyrics, song recognition and live concerts.',
  subdomains: [
    { name: 'catalog', description: 'Artists, albums, tracks and recording metadata.' },
    { name: 'playlists', description: 'Creating and editing user playlists.' },
    { name: 'playback', description: 'Controlling playback on the user\'s devices.' },
    { name: 'recognition-and-lyrics', description: 'Identifying songs from audio and fetching lyrics.' },
    { name: 'concerts', description: 'Upcoming live shows and tours.' },
  ],
  apis: [
    {
      name: 'search_music_catalog',
      domain: 'music',
      subdomain: 'catalog',
      description: 'Search the streaming catalog for tracks, albums, artists or playlists by free text, with optional genre and year filters.',
      parameters: {
        type: 'object',
        properties: {
          query: { type: 'string', description: 'Search text, e.g. "bohemian rhapsody queen".', minLength: 1 },
          types: {
            type: 'array',
            description: 'Kinds of items to return.',
            items: { type: 'string', enum: ['track', 'album', 'artist', 'playlist'] },
            minItems: 1,
            uniqueItems: true,
            default: ['track'],
          },
          genre: { type: 'string', description: 'Restrict to a genre, e.g. "jazz".' },
          year_range: { type: 'string', description: 'Release year or range, e.g. "1990-1999".', pattern: '^[0-9]{4}(-[0-9]{4})?$' },
          market: { type: 'string', description: 'ISO 3166-1 alpha-2 market; only items playable there.', pattern: '^[A-Z]{2}$' },
          limit: { type: 'integer', description: 'Results per type.', minimum: 1, maximum: 50, default: 10 },
        },
        required: ['query'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          query: { type: 'string' },
          tracks: {
            type: 'array',
            items: {
              type: 'object',
              properties: { track_id: { type: 'string' }, name: { type: 'string' }, artists: { type: 'array', items: { type: 'string' } }, album: { type: 'string' }, duration_ms: { type: 'integer' }, explicit: { type: 'boolean' } },
              required: ['track_id', 'name', 'artists'],
            },
          },
          albums: {
            type: 'array',
            items: { type: 'object', properties: { album_id: { type: 'string' }, name: { type: 'string' }, artist: { type: 'string' }, release_date: { type: 'string' } }, required: ['album_id', 'name'] },
          },
          artists: {
            type: 'array',
            items: { type: 'object', properties: { artist_id: { type: 'string' }, name: { type: 'string' }, genres: { type: 'array', items: { type: 'string' } }, followers: { type: 'integer' } }, required: ['artist_id', 'name'] },
          },
        },
        required: ['query'],
      },
      origin: 'seed',
    },
    {
      name: 'get_artist_top_tracks',
      domain: 'music',
      subdomain: 'catalog',
      description: 'Get an artist\'s most popular tracks in a market, with popularity scores.',
      parameters: {
        type: 'object',
        properties: {
          artist_id: { type: 'string', description: 'Catalog identifier of the artist.', pattern: '^[0-9A-Za-z]{22}$' },
          market: { type: 'string', description: 'ISO 3166-1 alpha-2 market.', pattern: '^[A-Z]{2}$', default: 'US' },
        },
        required: ['artist_id'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          artist_name: { type: 'string' },
          tracks: {
            type: 'array',
            items: {
              type: 'object',
              properties: { track_id: { type: 'string' }, name: { type: 'string' }, album: { type: 'string' }, popularity: { type: 'integer', minimum: 0, maximum: 100 }, preview_url: { type: 'string', format: 'uri' } },
              required: ['track_id', 'name', 'popularity'],
            },
          },
        },
        required: ['artist_name', 'tracks'],
      },
      origin: 'seed',
    },
    {
      name: 'lookup_recording_by_isrc',
      domain: 'music',
      subdomain: 'catalog',
      description: 'Look up a sound recording by its ISRC in an open music encyclopedia, returning credits, releases it appears on and related identifiers.',
      parameters: {
        type: 'object',
        properties: {
          isrc: { type: 'string', description: 'International Standard Recording Code, e.g. "GBUM71029604".', pattern: '^[A-Z]{2}[A-Z0-9]{3}[0-9]{7}$' },
          include: {
            type: 'array',
            description: 'Related data to include.',
            items: { type: 'string', enum: ['artist_credits', 'releases', 'work_relations', 'tags'] },
            uniqueItems: true,
            default: ['artist_credits', 'releases'],
          },
        },
        required: ['isrc'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          recording_mbid: { type: 'string', format: 'uuid' },
          title: { type: 'string' },
          length_ms: { type: 'integer' },
          artist_credits: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, role: { type: 'string' } }, required: ['name'] } },
          releases: {
            type: 'array',
            items: { type: 'object', properties: { release_mbid: { type: 'string' }, title: { type: 'string' }, date: { type: 'string' }, country: { type: 'string' }, label: { type: 'string' } }, required: ['release_mbid', 'title'] },
          },
          composers: { type: 'array', items: { type: 'string' } },
        },
        required: ['recording_mbid', 'title'],
      },
      origin: 'seed',
    },
    {
      name: 'create_music_playlist',
      domain: 'music',
      subdomain: 'playlists',
      description: 'Create a new playlist in the user\'s library, optionally seeded with tracks.',
      parameters: {
        type: 'object',
        properties: {
          name: { type: 'string', description: 'Playlist title.', minLength: 1, maxLength: 100 },
          description: { type: 'string', description: 'Playlist description.', maxLength: 300 },
          public: { type: 'boolean', description: 'Whether the playlist is visible on the user\'s profile.', default: false },
          collaborative: { type: 'boolean', description: 'Allow followers to add tracks (must be private).', default: false },
          track_ids: { type: 'array', description: 'Initial tracks, in order.', items: { type: 'string', pattern: '^[0-9A-Za-z]{22}$' }, maxItems: 100 },
        },
        required: ['name'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          playlist_id: { type: 'string' },
          url: { type: 'string', format: 'uri' },
          track_count: { type: 'integer' },
          snapshot_id: { type: 'string' },
        },
        required: ['playlist_id', 'track_count'],
      },
      origin: 'seed',
    },
    {
      name: 'remove_tracks_from_playlist',
      domain: 'music',
      subdomain: 'playlists',
      description: 'Remove tracks from one of the user\'s playlists, either every occurrence or specific positions. The removal is immediate.',
      parameters: {
        type: 'object',
        properties: {
          playlist_id: { type: 'string', description: 'Playlist to edit.', pattern: '^[0-9A-Za-z]{22}$' },
          tracks: {
            type: 'array',
            description: 'Tracks to remove.',
            minItems: 1,
            maxItems: 100,
            items: {
              type: 'object',
              properties: {
                track_id: { type: 'string', description: 'Track to remove.', pattern: '^[0-9A-Za-z]{22}$' },
                positions: { type: 'array', description: 'Zero-based positions to remove; omit to remove every occurrence.', items: { type: 'integer', minimum: 0 } },
              },
              required: ['track_id'],
              additionalProperties: false,
            },
          },
          snapshot_id: { type: 'string', description: 'Playlist version the positions refer to, to avoid removing the wrong items after concurrent edits.' },
        },
        required: ['playlist_id', 'tracks'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          snapshot_id: { type: 'string' },
          removed_count: { type: 'integer' },
          track_count: { type: 'integer' },
        },
        required: ['snapshot_id', 'removed_count'],
      },
      origin: 'seed',
    },
    {
      name: 'control_music_playback',
      domain: 'music',
      subdomain: 'playback',
      description: 'Control playback on one of the user\'s active devices: play a track, album or playlist, pause, skip, seek, set volume or shuffle.',
      parameters: {
        type: 'object',
        properties: {
          action: { type: 'string', description: 'Playback command.', enum: ['play', 'pause', 'next', 'previous', 'seek', 'set_volume', 'set_shuffle'] },
          device_id: { type: 'string', description: 'Target device; omit for the currently active device.' },
          context_uri: { type: 'string', description: 'Album, artist or playlist to play (for "play"), e.g. "music:playlist:37i9dQZF1DXcBWIGoYBM5M".', pattern: '^music:(album|artist|playlist|track):[0-9A-Za-z]{22}$' },
          position_ms: { type: 'integer', description: 'Position to seek to, in milliseconds (for "seek").', minimum: 0 },
          volume_percent: { type: 'integer', description: 'Volume level (for "set_volume").', minimum: 0, maximum: 100 },
          shuffle: { type: 'boolean', description: 'Shuffle state (for "set_shuffle").' },
        },
        required: ['action'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          device_id: { type: 'string' },
          is_playing: { type: 'boolean' },
          current_track: { type: 'object', properties: { track_id: { type: 'string' }, name: { type: 'string' }, artist: { type: 'string' } } },
          progress_ms: { type: 'integer' },
          volume_percent: { type: 'integer' },
        },
        required: ['is_playing'],
      },
      origin: 'seed',
    },
    {
      name: 'identify_song_from_audio',
      domain: 'music',
      subdomain: 'recognition-and-lyrics',
      description: 'Identify a song from a short audio clip (audio fingerprinting), returning the matched track and the offset in the song.',
      parameters: {
        type: 'object',
        properties: {
          audio_url: { type: 'string', description: 'URL of a 3-20 second audio clip (MP3, WAV, OGG).', format: 'uri' },
          return_lyrics: { type: 'boolean', description: 'Also return synced lyrics around the matched offset.', default: false },
        },
        required: ['audio_url'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          matched: { type: 'boolean' },
          confidence: { type: 'number', minimum: 0, maximum: 1 },
          title: { type: 'string' },
          artist: { type: 'string' },
          album: { type: 'string' },
          isrc: { type: 'string' },
          offset_seconds: { type: 'number' },
          lyrics_excerpt: { type: 'string' },
        },
        required: ['matched'],
      },
      origin: 'seed',
    },
    {
      name: 'find_artist_concerts',
      domain: 'music',
      subdomain: 'concerts',
      description: 'List upcoming concerts of an artist, optionally near a city, with venue, date and ticket links.',
      parameters: {
        type: 'object',
        properties: {
          artist_name: { type: 'string', description: 'Artist or band name.', minLength: 1 },
          near: {
            type: 'object',
            description: 'Only shows near this place.',
            properties: {
              city: { type: 'string', description: 'City name.', minLength: 1 },
              country_code: { type: 'string', description: 'ISO 3166-1 alpha-2 country code.', pattern: '^[A-Z]{2}$' },
              radius_km: { type: 'integer', description: 'Radius around the city.', minimum: 1, maximum: 1000, default: 100 },
            },
            required: ['city'],
            additionalProperties: false,
          },
          from_date: { type: 'string', description: 'Earliest show date.', format: 'date' },
          to_date: { type: 'string', description: 'Latest show date.', format: 'date' },
        },
        required: ['artist_name'],
        additionalProperties: false,
      },
      returns: {
        type: 'object',
        properties: {
          artist: { type: 'string' },
          events: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                event_id: { type: 'string' },
                datetime: { type: 'string', format: 'date-time' },
                venue: { type: 'string' },
                city: { type: 'string' },
                country: { type: 'string' },
                lineup: { type: 'array', items: { type: 'string' } },
                ticket_url: { type: 'string', format: 'uri' },
                sold_out: { type: 'boolean' },
              },
              required: ['event_id', 'datetime', 'venue', 'city'],
            },
          },
        },
        required: ['artist', 'events'],
      },
      origin: 'seed',
    },
  ],
};
