/**
 * A result describing the vehicle the call asks about describes that vehicle: asked for the
 * crash rating of a 2014 Subaru Impreza, the result's vehicle_description is "2014 Subaru
 * Impreza", not a "2020 Subaru Outback Premium" drawn from the table. Applied to result fields
 * describing a vehicle (vehicle, vehicle_description, vehicle_name) when the call names a make
 * and a model (at its top level or in one object: vehicle.make, vehicle.model), with the year
 * it gives (year, model_year), else the year drawn.
 */
import { forEachObject } from '../../values/schema.js';
import type { Schema } from '../../values/values.js';
import { admits } from './admits.js';
import { snake } from './names.js';

type Obj = Record<string, unknown>;

const VEHICLE_FIELD = /^(vehicle|vehicle_description|vehicle_name|vehicle_title|car|car_description)$/;

interface Asked {
  readonly make: string;
  readonly model: string;
  readonly year?: number;
}

/** The make, model and year of the first object of the call naming a make and a model. */
function askedVehicle(v: unknown): Asked | undefined {
  if (Array.isArray(v)) {
    for (const x of v) {
      const a = askedVehicle(x);
      if (a) return a;
    }
    return undefined;
  }
  if (v === null || typeof v !== 'object') return undefined;
  const o = v as Obj;
  const key = (re: RegExp): string | undefined => Object.keys(o).find((k) => re.test(snake(k)));
  const make = key(/(^|_)make$/);
  const model = key(/(^|_)model$/);
  if (make && model && typeof o[make] === 'string' && typeof o[model] === 'string') {
    const year = key(/(^|_)(year|model_year)$/);
    return { make: o[make] as string, model: o[model] as string, ...(year && typeof o[year] === 'number' ? { year: o[year] as number } : {}) };
  }
  for (const x of Object.values(o)) {
    const a = x !== null && typeof x === 'object' ? askedVehicle(x) : undefined;
    if (a) return a;
  }
  return undefined;
}

/** Set every vehicle description of `result` (with its schema) to the vehicle the call asks about. */
export function alignVehicle(result: unknown, schema: Schema | undefined, args: Readonly<Obj>): void {
  const asked = askedVehicle(args);
  if (!asked) return;
  forEachObject(result, schema, (o, props) => {
    for (const k of Object.keys(o)) {
      const x = o[k];
      if (typeof x !== 'string' || !VEHICLE_FIELD.test(snake(k))) continue;
      const year = asked.year ?? /^(19|20)\d\d\b/.exec(x)?.[0];
      const described = `${year !== undefined ? `${year} ` : ''}${asked.make} ${asked.model}`;
      if (admits(props[k] ?? { type: 'string' }, described)) o[k] = described;
    }
  });
}
