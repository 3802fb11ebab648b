/**
 * Games by their store (Steam) app id, the real ids of well-known titles with their developer:
 * an `app_id` is one of them, a result about it names that game, and a user names the game
 * rather than its number ("the leaderboard in Dota 2" is app 570).
 */
import { normalise } from './normalise.js';

export interface Game {
  readonly name: string;
  readonly appId: number;
  readonly developer: string;
}

const TABLE: readonly (readonly [string, number, string])[] = [
  ['Counter-Strike 2', 730, 'Valve'], ['Dota 2', 570, 'Valve'], ['Team Fortress 2', 440, 'Valve'], ['Portal 2', 620, 'Valve'], ['Half-Life 2', 220, 'Valve'],
  ['Left 4 Dead 2', 550, 'Valve'], ["Garry's Mod", 4000, 'Facepunch Studios'], ['Rust', 252490, 'Facepunch Studios'], ['Grand Theft Auto V', 271590, 'Rockstar North'],
  ['Red Dead Redemption 2', 1174180, 'Rockstar Games'], ['The Witcher 3: Wild Hunt', 292030, 'CD PROJEKT RED'], ['Cyberpunk 2077', 1091500, 'CD PROJEKT RED'],
  ['Terraria', 105600, 'Re-Logic'], ['Stardew Valley', 413150, 'ConcernedApe'], ['Apex Legends', 1172470, 'Respawn Entertainment'], ['PUBG: Battlegrounds', 578080, 'KRAFTON'],
  ['Elden Ring', 1245620, 'FromSoftware'], ['Sekiro: Shadows Die Twice', 814380, 'FromSoftware'], ["Baldur's Gate 3", 1086940, 'Larian Studios'], ['Hades', 1145360, 'Supergiant Games'],
  ['Hollow Knight', 367520, 'Team Cherry'], ['Rocket League', 252950, 'Psyonix'], ['Among Us', 945360, 'Innersloth'], ['Valheim', 892970, 'Iron Gate'],
  ["Sid Meier's Civilization VI", 289070, 'Firaxis Games'], ['The Elder Scrolls V: Skyrim Special Edition', 489830, 'Bethesda Game Studios'], ['Deep Rock Galactic', 548430, 'Ghost Ship Games'],
  ['Celeste', 504230, 'Maddy Makes Games'], ['Factorio', 427520, 'Wube Software'], ['RimWorld', 294100, 'Ludeon Studios'], ["Don't Starve Together", 322330, 'Klei Entertainment'],
  ['Subnautica', 264710, 'Unknown Worlds Entertainment'], ['Euro Truck Simulator 2', 227300, 'SCS Software'], ['Cities: Skylines', 255710, 'Colossal Order'],
  ['Monster Hunter: World', 582010, 'CAPCOM'], ['Helldivers 2', 553850, 'Arrowhead Game Studios'], ['Lethal Company', 1966720, 'Zeekerss'], ['Palworld', 1623730, 'Pocketpair'],
];

export const GAMES: readonly Game[] = TABLE.map(([name, appId, developer]) => ({ name, appId, developer }));
const BY_ID = new Map(GAMES.map((g) => [g.appId, g]));
const BY_NAME = new Map(GAMES.map((g) => [normalise(g.name), g]));

/** The game of a store app id (a number, or digits), if the table has it. */
export const gameOfApp = (v: unknown): Game | undefined => BY_ID.get(typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : (v as number));
/** The game a name names (any case and punctuation), if the table has it. */
export const gameNamed = (name: string): Game | undefined => BY_NAME.get(normalise(name));

const APP_KEY = /(^|_)(app_id|appid|steam_app_id|steam_appid|game_app_id)$/;
/** Whether a parameter holds a store app id, by its name ("app_id", "steamAppId"). */
export const isAppKey = (key: string): boolean => APP_KEY.test(key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase());
