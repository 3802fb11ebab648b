/**
 * Class 104: a parcel's history that is not one journey: `pre_transit` with "Delivered, left at the
 * front door" among its events, `delivered` whose last event is "Label created, awaiting pickup",
 * "Out for delivery" before "Customs clearance completed", events `open` or `closed`. Judged on
 * result objects of a parcel (a tracking number, shipment id or carrier) holding a tracking status (pre_transit, in_transit, out_for_delivery,
 * delivered, exception, returned) and events with messages: read in time order, the messages'
 * steps (label, pickup, facilities and customs, out for delivery, delivered) never go back, a
 * delivery appears only in a delivered (or returned) parcel and is then its last step, a
 * delivered parcel's last event says so, and an event's own status is a tracking word.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { resultObjects, show } from '../fields.js';

const PARCEL_KEY = /^(tracking_number|tracking_id|tracking_code|shipment_id|parcel_id|package_id|carrier|courier)$/;
const STATUSES = new Set(['pre_transit', 'in_transit', 'out_for_delivery', 'delivered', 'exception', 'returned', 'failure', 'available_for_pickup', 'unknown']);
/** A message's step of the journey, or undefined. */
function stepOf(message: string): number | undefined {
  const m = message.toLowerCase();
  if (/label created|information received|awaiting pickup/.test(m)) return 0;
  if (/picked up/.test(m)) return 1;
  if (/sort facility|regional hub|carrier facility|local depot|in transit|customs|departed|arrived|processed/.test(m)) return 2;
  if (/out for delivery/.test(m)) return 3;
  if (/delivery attempted/.test(m)) return 3;
  if (/\bdelivered\b/.test(m)) return 4;
  return undefined;
}

export const tracking: Detector = {
  key: 'tracking',
  title: 'a parcel history that is not one journey (delivered among the events of a parcel not yet sent, a label created after the delivery)',
  check: (view) =>
    judgeAll(resultObjects(view), ({ call, object: o, path }) => {
      const status = typeof o.status === 'string' ? o.status.toLowerCase() : undefined;
      if (!status || !STATUSES.has(status) || !Array.isArray(o.events) || !Object.keys(o).some((k) => PARCEL_KEY.test(k))) return undefined;
      const events = o.events.filter((e): e is Record<string, unknown> => e !== null && typeof e === 'object' && typeof (e as Record<string, unknown>).message === 'string');
      if (events.length === 0) return undefined;
      const where = `${call.name} ${path || 'result'}`;
      const tk = ['occurred_at', 'timestamp', 'time'].find((k) => events.every((e) => typeof e[k] === 'string'));
      const ordered = tk ? [...events].sort((a, b) => String(a[tk]).localeCompare(String(b[tk]))) : events;
      const bad = ordered.find((e) => typeof e.status === 'string' && !STATUSES.has(e.status.toLowerCase()) && !/^(ok|info|scan|transit)$/i.test(e.status));
      if (bad) return finding(`${where}: an event's status ${show(bad.status)} is no tracking status`);
      let last = -1;
      for (const e of ordered) {
        const step = stepOf(e.message as string);
        if (step === undefined) continue;
        if (step < last) return finding(`${where}: ${show(e.message)} after a later step of the journey`);
        last = step;
      }
      const steps = ordered.map((e) => stepOf(e.message as string));
      if (steps.includes(4) && status !== 'delivered' && status !== 'returned') return finding(`${where}: status ${status} with a delivery among its events`);
      const final = steps[steps.length - 1];
      if (status === 'delivered' && final !== 4) return finding(`${where}: delivered, its last event ${show(ordered[ordered.length - 1].message)}`);
      if (status === 'pre_transit' && steps.some((s) => s !== undefined && s > 0)) return finding(`${where}: pre_transit with events of a parcel on its way`);
      return finding(undefined);
    }),
};
