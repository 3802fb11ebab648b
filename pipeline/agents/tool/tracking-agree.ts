/**
 * A parcel's history is one journey that ends where its status says: label created, picked up,
 * through the carrier's facilities, out for delivery, delivered, in that order, from the
 * sender's city to the recipient's; not "Delivered, left at the front door" as the second of three
 * events of a parcel still `pre_transit`, nor "Label created" as the last event of a delivered
 * one, nor events `open`, `closed` or `completed`. Applied to result objects of a parcel (holding
 * its tracking number, shipment id or carrier) with a tracking status of the carriers' words (pre_transit, in_transit, out_for_delivery, delivered,
 * exception, returned) and a list of events with a message: the events keep their number and
 * their times (sorted), and take the last steps of the journey to that status, with the step's
 * own status word and place where the event has those fields.
 */
import { geoTables } from '../../../core/geo.js';
import type { ItemWorld } from '../../../core/plan.js';
import { textHash } from '../../../core/rng.js';
import { forEachObject, type Schema } from '../../values/schema.js';
import { fits } from '../../values/siblings.js';
import type { Obj } from './call-context.js';

interface Step {
  readonly message: (from: string, to: string) => string;
  readonly status: string;
  /** Where it happens: the sender's side or the recipient's. */
  readonly side: 'from' | 'to';
}

const INFO: Step = { message: () => 'Shipment information received', status: 'pre_transit', side: 'from' };
const LABEL: Step = { message: () => 'Label created, awaiting pickup', status: 'pre_transit', side: 'from' };
const PICKED: Step = { message: () => 'Picked up by the carrier', status: 'in_transit', side: 'from' };
const DEPARTED: Step = { message: (from) => `Departed the sort facility in ${from}`, status: 'in_transit', side: 'from' };
const HUB: Step = { message: (_, to) => `Arrived at the regional hub in ${to}`, status: 'in_transit', side: 'to' };
const DEPOT: Step = { message: (_, to) => `Arrived at the local depot in ${to}`, status: 'in_transit', side: 'to' };
const OUT: Step = { message: () => 'Out for delivery', status: 'out_for_delivery', side: 'to' };
const DELIVERED: Step = { message: () => 'Delivered, left at the front door', status: 'delivered', side: 'to' };
const ATTEMPTED: Step = { message: () => 'Delivery attempted, no one available', status: 'exception', side: 'to' };
const RETURNED: Step = { message: (from) => `Returned to the sender in ${from}`, status: 'returned', side: 'from' };

/** The journey up to each status, its last step the status itself. */
const JOURNEY: Readonly<Record<string, readonly Step[]>> = {
  pre_transit: [LABEL],
  in_transit: [LABEL, PICKED, DEPARTED, HUB],
  out_for_delivery: [LABEL, PICKED, DEPARTED, HUB, DEPOT, OUT],
  delivered: [LABEL, PICKED, DEPARTED, HUB, DEPOT, OUT, DELIVERED],
  exception: [LABEL, PICKED, DEPARTED, HUB, DEPOT, OUT, ATTEMPTED],
  returned: [LABEL, PICKED, DEPARTED, HUB, OUT, ATTEMPTED, RETURNED],
};

const TIME_KEYS = ['occurred_at', 'timestamp', 'time', 'datetime', 'date', 'at'];
const MESSAGE_KEYS = ['message', 'description', 'details', 'event', 'activity'];

/** A parcel's tracking object: it names its tracking number, shipment or carrier (not a text message's delivery report). */
const PARCEL_KEY = /^(tracking_number|tracking_id|tracking_code|shipment_id|parcel_id|package_id|carrier|courier)$/;

export function alignTracking(result: unknown, returns: Schema | undefined, world: ItemWorld | undefined): void {
  forEachObject(result, returns, (o, props) => {
    if (!Object.keys(o).some((k) => PARCEL_KEY.test(k))) return;
    const status = typeof o.status === 'string' ? o.status.toLowerCase() : undefined;
    const journey = status ? JOURNEY[status] : undefined;
    const ek = ['events', 'tracking_events', 'history', 'scans', 'checkpoints'].find((k) => Array.isArray(o[k]));
    if (!journey || !ek) return;
    const events = (o[ek] as unknown[]).filter((e): e is Obj => e !== null && typeof e === 'object' && !Array.isArray(e));
    const mk = events.length > 0 ? MESSAGE_KEYS.find((k) => events.every((e) => typeof e[k] === 'string' || e[k] === undefined) && events.some((e) => typeof e[k] === 'string')) : undefined;
    if (!mk || events.length === 0) return;
    const eventProps = (((props[ek] as Schema | undefined)?.items as Schema | undefined)?.properties ?? {}) as Record<string, Schema>;
    // The times as they were drawn, in order: the journey's last steps take them.
    const tk = TIME_KEYS.find((k) => events.every((e) => typeof e[k] === 'string'));
    if (tk) {
      const times = events.map((e) => e[tk] as string).sort();
      events.forEach((e, i) => (e[tk] = times[i]));
    }
    const steps = journey.slice(-Math.min(events.length, journey.length));
    // More events than steps: facility scans on the way, or (not yet sent) the shipment's information coming in.
    while (steps.length < events.length) {
      if (journey.length > 3) steps.splice(3, 0, HUB);
      else steps.unshift(journey.length === 1 ? INFO : HUB);
    }
    const cities = geoTables().cities;
    const to = world?.locale.city ?? cities[0].name;
    const seed = textHash(`${String(o.tracking_number ?? '')}${to}`);
    let from = cities[seed % cities.length].name;
    if (from === to) from = cities[(seed + 1) % cities.length].name;
    events.forEach((e, i) => {
      const step = steps[i];
      const place = step.side === 'from' ? from : to;
      const message = step.message(from, to);
      if (!eventProps[mk] || fits(eventProps[mk], message)) e[mk] = message;
      if (typeof e.status === 'string') {
        const own = eventProps.status?.enum;
        const word = Array.isArray(own) ? own.find((w) => w === step.status) : step.status;
        if (typeof word === 'string') e.status = word;
      }
      if (typeof e.location === 'string' && (!eventProps.location || fits(eventProps.location, place))) e.location = place;
    });
  });
}
