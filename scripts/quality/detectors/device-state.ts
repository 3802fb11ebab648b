/**
 * Class 100: a device in a state its kind cannot be in: a plug "completed", a light "closed", a
 * motion sensor "pending", a thermostat "completed". Judged on result objects holding a device
 * type the checker knows (type, device_type) and a state: the state must be one such a device
 * reports.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { fieldAt, resultObjects } from '../fields.js';

/** Kinds of devices and the states they report (Home Assistant's, SmartThings' words). */
const STATES: Readonly<Record<string, readonly string[]>> = {
  light: ['on', 'off', 'unavailable'],
  plug: ['on', 'off', 'unavailable'],
  switch: ['on', 'off', 'unavailable'],
  lock: ['locked', 'unlocked', 'locking', 'unlocking', 'jammed', 'unavailable'],
  blind: ['open', 'closed', 'opening', 'closing', 'unavailable'],
  shade: ['open', 'closed', 'opening', 'closing'],
  thermostat: ['heat', 'cool', 'heat_cool', 'auto', 'idle', 'off', 'heating', 'cooling'],
  speaker: ['playing', 'paused', 'idle', 'off', 'on'],
  camera: ['recording', 'streaming', 'idle', 'off'],
  motion_sensor: ['motion', 'clear', 'detected', 'on', 'off'],
  alarm_panel: ['armed_away', 'armed_home', 'armed_night', 'disarmed', 'triggered', 'arming'],
};

export const deviceState: Detector = {
  key: 'device-state',
  title: 'a device in a state its kind cannot be in (a plug "completed", a light "closed")',
  check: (view) =>
    judgeAll(resultObjects(view), ({ call, object, path }) => {
      const tk = ['type', 'device_type'].find((k) => typeof object[k] === 'string');
      const states = tk ? STATES[(object[tk] as string).toLowerCase().replace(/[\s-]+/g, '_')] : undefined;
      if (!states || typeof object.state !== 'string') return undefined;
      const ok = states.includes(object.state.toLowerCase());
      return finding(ok ? undefined : `${fieldAt(call, path, 'state')} "${object.state}" for a ${object[tk!] as string}`);
    }),
};
