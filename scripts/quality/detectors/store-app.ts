/**
 * Class 48: a store app under another game's name: app 548430 listed as "Half-Life 2", or one
 * app id named two ways in one dialogue. Judged on objects of arguments and results holding a
 * Steam app id of the real table (core/derive/games.ts: ids of well-known titles) beside a name.
 */
import { gameOfApp } from '../../../core/derive/games.js';
import { finding, judgeAll, type Detector } from '../detector.js';
import { callObjects, fieldAt, show, words } from '../fields.js';

const APP = /^(app_id|appid|steam_app_id|steam_appid|game_app_id)$/;
const NAME = /^(name|game|game_name|game_title|app_name)$/;

export const storeApp: Detector = {
  key: 'store-app',
  title: 'a store app under another game\'s name (app 730 as "Hollow Knight")',
  check: (view) =>
    judgeAll(callObjects(view), ({ object, path, call }) => {
      const keys = Object.keys(object);
      const app = keys.find((k) => APP.test(words(k).join('_')));
      const game = app ? gameOfApp(object[app]) : undefined;
      const name = keys.find((k) => NAME.test(words(k).join('_')) && typeof object[k] === 'string');
      if (!game || !name) return undefined;
      const said = (object[name] as string).toLowerCase();
      return finding(said === game.name.toLowerCase() ? undefined : `${fieldAt(call, path, name)} ${show(object[name])} beside app ${game.appId}, which is ${game.name}`);
    }),
};
