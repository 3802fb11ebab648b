/**
 * A device is in a state its kind can be in: a light or a plug on or off, a lock locked or
 * unlocked, a blind open or closed, a thermostat heating, cooling, idle or off; no plug
 * "completed", no light "closed". Read by meaning: an object holding a device type (type,
 * device_type) of the table and a state; a state of another kind is replaced by one of its own
 * kind (the same one for the same object), where the schema lets it be.
 */
import { textHash } from '../../../core/rng.js';
import { forEachObject, type Schema } from '../../values/schema.js';
import { fits } from '../../values/siblings.js';
import type { Obj } from './call-context.js';

/** Each kind of device and the states it can be in. */
export const DEVICE_STATES: Readonly<Record<string, readonly string[]>> = {
  light: ['on', 'off'],
  plug: ['on', 'off'],
  switch: ['on', 'off'],
  lock: ['locked', 'unlocked'],
  blind: ['open', 'closed'],
  shade: ['open', 'closed'],
  curtain: ['open', 'closed'],
  garage_door: ['open', 'closed'],
  thermostat: ['heat', 'cool', 'idle', 'off'],
  speaker: ['playing', 'idle', 'off'],
  tv: ['on', 'off', 'standby'],
  camera: ['recording', 'idle', 'off'],
  motion_sensor: ['motion', 'clear'],
  sensor: ['ok', 'triggered'],
  contact_sensor: ['open', 'closed'],
  alarm_panel: ['armed_away', 'armed_home', 'disarmed'],
  doorbell: ['idle', 'ringing'],
  vacuum: ['cleaning', 'docked', 'idle'],
};

const typeOf = (v: string): string => v.toLowerCase().trim().replace(/[\s-]+/g, '_');

export function alignDeviceStates(result: unknown, returns: Schema | undefined): void {
  forEachObject(result, returns, (o: Obj, props) => {
    const tk = ['type', 'device_type', 'kind'].find((k) => typeof o[k] === 'string');
    const states = tk && DEVICE_STATES[typeOf(o[tk] as string)];
    if (!states) return;
    // A status may be the device's connection (online); its state is what it is doing.
    for (const sk of ['state', 'device_state', 'current_state']) {
      const v = o[sk];
      if (typeof v !== 'string' || states.includes(v.toLowerCase())) continue;
      const own = states.filter((s) => fits(props[sk] ?? { type: 'string' }, s));
      if (own.length === 0) continue;
      o[sk] = own[textHash(`${String(o.device_id ?? o.id ?? '')}${v}`) % own.length];
    }
  });
}
