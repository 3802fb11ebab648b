/**
 * Class 17, values of the wrong thing for their field, on labelled one-call records: for each
 * signature a value the generator's fallbacks put where it does not belong is flagged, and the
 * near misses a reader accepts (a real name with "Summer" in it, a topic as a query, a user's
 * own name for a new playlist, a job posting's title) stay clean.
 */
import { describe, expect, it } from 'vitest';
import { wrongThing } from '../../scripts/quality/detectors/wrong-thing.js';
import { judge, record, tool } from './fixture.js';

const str = { type: 'string' };

/** One call of `name` with `args`, answered by `result`; the tool takes the arguments as strings unless `props` says more. */
function one(name: string, args: Record<string, unknown>, result: unknown, props?: Record<string, Record<string, unknown>>) {
  const t = tool(name, `The ${name} tool.`, props ?? Object.fromEntries(Object.keys(args).map((k) => [k, str])));
  return record({ tools: [t], user: 'Please help.', steps: [[{ name, args, result }]] });
}

interface Case {
  readonly what: string;
  readonly rec: ReturnType<typeof one>;
  /** undefined: clean; otherwise the explanation must match. */
  readonly flag?: RegExp;
}

const CASES: readonly Case[] = [
  // 1 topic terms
  { what: 'a music topic as an ISRC', rec: one('identify_song_from_audio', { audio_url: 'https://example.com/a.mp3' }, { title: 'Blue in Green', isrc: 'lofi beats' }), flag: /identify_song_from_audio result: isrc "lofi beats" is a topic term \(music\)/ },
  { what: 'a legal topic as a courtroom', rec: one('list_court_hearings', { case_id: 'C-1' }, { hearings: [{ courtroom: 'patent validity', starts_at: '2025-06-10T09:00:00Z' }] }), flag: /hearings\.0\.courtroom "patent validity" is a topic term \(legal\)/ },
  { what: 'a capitalised legal topic as a case name', rec: one('search_court_opinions', { query: 'antitrust' }, { results: [{ case_name: 'Antitrust' }] }), flag: /results\.0\.case_name "Antitrust" is a topic term/ },
  { what: 'a topic term as a query', rec: one('search_news_articles', { q: 'space launch', topic: 'climate summit' }, { articles: [{ title: 'Heatwave', tags: ['heatwave'] }] }) },
  { what: 'a jobs term as a role (an occupation is what the list is made of)', rec: one('enroll_user_in_course', { course_id: 'C1', role: 'teacher' }, { role: 'teacher' }) },
  { what: 'a weather term as a condition', rec: one('get_route_weather', { route_id: 'R1' }, { worst_condition: 'fog', points: [{ condition: 'rain' }] }) },
  { what: 'a device term as a device\'s type', rec: one('list_smart_home_devices', { home_id: 'H1' }, { devices: [{ device_id: 'D1', type: 'motion sensor' }] }) },
  { what: 'a health term as the name of a condition listed', rec: one('assess_symptoms', { symptoms: ['sneezing'] }, { possible_conditions: [{ name: 'seasonal allergies', likelihood: 0.6 }] }) },
  { what: 'a health term as an observation\'s display', rec: one('get_patient_observations', { patient_id: 'P1' }, { observations: [{ code: '1989-3', display: 'Vitamin D', value: 31 }] }) },
  { what: 'a health term as a device\'s name (no list of conditions)', rec: one('list_smart_home_devices', { home_id: 'H1' }, { devices: [{ device_id: 'D1', name: 'migraine' }] }), flag: /devices\.0\.name "migraine" is a topic term \(health\)/ },
  { what: 'a new playlist named with a topic term', rec: one('create_playlist', { name: 'workout playlist' }, { playlist_id: 'PL1', name: 'workout playlist' }) },
  // 2 placeholder names
  { what: '"<Adjective> <the array\'s noun>" as a station name', rec: one('find_ev_charging_stations', { city: 'Lyon' }, { stations: [{ name: 'Family station', network: 'Ionity' }] }), flag: /stations\.0\.name "Family station" is a placeholder name/ },
  { what: '"<Adjective> <the key\'s noun>" as a map name', rec: one('list_game_servers', { region: 'eu' }, { servers: [{ server_id: 'GS-1', map_name: 'Home map' }] }), flag: /servers\.0\.map_name "Home map" is a placeholder name/ },
  { what: '"<Adjective> <the API\'s verb>" as a name', rec: one('view_claim_snapshot', { claim_id: 'CL1' }, { name: 'Kitchen view' }), flag: /name "Kitchen view" is a placeholder name/ },
  { what: 'a placeholder signer in the arguments of a call that creates nothing', rec: one('send_contract_for_signature', { signers: [{ name: 'Weekly signer' }] }, { envelope_id: 'E1' }), flag: /args: signers\.0\.name "Weekly signer"/ },
  { what: 'a real name with "Summer" in it', rec: one('get_movie_details', { movie_id: 'M1' }, { cast: [{ name: 'Donna Summer', character: 'Herself' }, { name: 'Summer Glau', character: 'River Tam' }] }) },
  { what: 'a proper name "Main Station" in title case', rec: one('find_train_stations', { city: 'Frankfurt' }, { stations: [{ name: 'Main Station' }] }) },
  { what: 'an adjective and a noun that is not the field\'s', rec: one('list_course_assignments', { course_id: 'C1' }, { assignments: [{ name: 'Spring essay' }] }) },
  { what: 'a user\'s name for a new playlist', rec: one('create_playlist', { name: 'Kitchen music', description: 'For cooking' }, { playlist_id: 'PL1', name: 'Kitchen music' }) },
  { what: 'a user\'s name for a new list, in the list\'s own noun, echoed', rec: one('add_to_watchlist', { list_name: 'Travel list', title_id: 'T1' }, { list_name: 'Travel list' }) },
  // 3 job titles
  { what: 'a job title as a legal party\'s role', rec: one('get_court_docket', { case_id: 'C1' }, { parties: [{ name: 'Acme Corp', role: 'Dynamic Program Administrator' }] }), flag: /parties\.0\.role "Dynamic Program Administrator" is a job title/ },
  { what: 'a job title as a player\'s position', rec: one('get_team_injury_report', { team_id: 'T1' }, { players: [{ name: 'Jo Kim', position: 'Dynamic Program Administrator' }] }), flag: /players\.0\.position .* is a job title/ },
  { what: 'a job title as a CI job\'s name', rec: one('get_job_logs', { job_id: 'J1' }, { job_name: 'Dynamic Program Administrator', lines: ['ok'] }), flag: /job_name .* is a job title/ },
  { what: 'a job posting\'s title', rec: one('get_job_posting', { posting_id: 'P1' }, { title: 'Dynamic Program Administrator', company: 'Acme' }) },
  { what: 'a salary benchmark\'s job_title', rec: one('get_salary_benchmark', { job_title: 'Dynamic Program Administrator' }, { job_title: 'Dynamic Program Administrator', median: 90000 }) },
  { what: 'a contact\'s title', rec: one('get_crm_contact', { contact_id: 'K1' }, { contact: { name: 'Ana Silva', title: 'Dynamic Program Administrator' } }) },
  // 4 fallback labels
  { what: '"general" as a connector type', rec: one('find_ev_charging_stations', { city: 'Lyon' }, { stations: [{ name: 'Ionity Lyon', connectors: [{ type: 'general', kw: 150 }] }] }), flag: /connectors\.0\.type "general" is the fallback label "general" as a type/ },
  { what: '"default" as an inspection type', rec: one('get_permit_status', { permit_id: 'P1' }, { inspections: [{ type: 'default' }] }), flag: /inspections\.0\.type "default"/ },
  { what: '"standard" as a game mode argument with no enum', rec: one('list_game_servers', { game_mode: 'standard' }, { servers: [] }), flag: /args: game_mode "standard" is the fallback label "standard" as a mode/ },
  { what: '"standard" where the enum allows it', rec: one('list_game_servers', { game_mode: 'standard' }, { servers: [] }, { game_mode: { type: 'string', enum: ['standard', 'ranked'] } }) },
  { what: '"standard" as a room type (a real grade)', rec: one('search_hotel_rooms', { hotel_id: 'H1' }, { rooms: [{ room_type: 'standard', price: 120 }] }) },
  { what: '"default" as a namespace (not a type)', rec: one('scale_deployment', { deployment: 'web', replicas: 3 }, { namespace: 'default', replicas: 3 }) },
  // 5 commit messages that are chat lines
  { what: 'a chat line as a commit message', rec: one('list_repository_commits', { repository: 'acme/web' }, { commits: [{ sha: 'a1b2c3d', message: 'Can we move our review to tomorrow morning' }] }), flag: /commits\.0\.message .* is a commit message that reads as a chat message/ },
  { what: 'a reminder as a commit_message argument', rec: one('create_commit', { commit_message: 'Heads up: rent is tomorrow' }, { sha: 'a1b2c3d' }), flag: /commit_message .* reads as a chat message/ },
  { what: 'a real commit message', rec: one('list_repository_commits', { repository: 'acme/web' }, { commits: [{ sha: 'a1b2c3d', message: 'Fix a race condition in the retry queue' }] }) },
  { what: 'a chat line in a chat message field', rec: one('send_chat_message', { channel_id: 'C1', message: 'Can we move our review to tomorrow morning' }, { message_id: 'M1' }) },
  // 6 a video game's genres
  { what: '"battle pass" as a game genre', rec: one('get_game_store_details', { app_id: 220 }, { name: 'Half-Life 2', genres: ['Action', 'battle pass'] }), flag: /genres\.1 "battle pass" is no genre of a game/ },
  { what: 'genres of a game', rec: one('get_game_store_details', { app_id: 220 }, { name: 'Half-Life 2', genres: ['Action', 'Shooter', 'Open world RPG'] }) },
  { what: 'a podcast genre (no game tool)', rec: one('search_podcasts', { query: 'history' }, { podcasts: [{ title: 'Revolutions', genres: ['patch notes'] }] }) },
];

describe('wrong-thing: values of the wrong thing for their field', () => {
  it.each(CASES.map((c) => [c.what, c] as const))('%s', (_what, c) => {
    const f = judge(wrongThing, c.rec);
    expect(f, 'applies to a record with string values').toBeDefined();
    if (c.flag) expect(f!.defect).toMatch(c.flag);
    else expect(f!.defect).toBeUndefined();
  });
});
