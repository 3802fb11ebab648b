/**
 * A result about a store app names that app's game: when the call sends an app id of the table
 * (core/derive/games.ts), the result's game name fields (and a store page's own name and
 * developer, where the result echoes the app id) are that game's, not a title drawn at random.
 */
import { gameOfApp, isAppKey, type Game } from '../../../core/derive/games.js';
import type { Schema } from '../../values/values.js';
import { admits } from './admits.js';

type Obj = Record<string, unknown>;

const GAME_KEY = /^(game|game_name|game_title|app_name)$/;

/** The game the call's app id names, if one. */
export function gameOfCall(args: Readonly<Obj>): Game | undefined {
  for (const k in args) if (isAppKey(k)) return gameOfApp(args[k]);
  return undefined;
}

/** Set the game fields of `result` (with its schema) to `game`'s. */
export function alignGame(result: unknown, schema: Schema | undefined, game: Game): void {
  if (result === null || typeof result !== 'object' || Array.isArray(result)) return;
  const o = result as Obj;
  const props = (schema?.properties ?? {}) as Record<string, Schema>;
  const set = (k: string, v: unknown): void => {
    if (k in o && admits(props[k], v)) o[k] = v;
  };
  for (const k of Object.keys(o)) if (GAME_KEY.test(k.toLowerCase()) && typeof o[k] === 'string') set(k, game.name);
  // A store page of the app: its name and developer are the game's.
  if (Object.keys(o).some((k) => isAppKey(k) && o[k] === game.appId)) {
    if (typeof o.name === 'string') set('name', game.name);
    if (typeof o.developer === 'string') set('developer', game.developer);
  }
}
