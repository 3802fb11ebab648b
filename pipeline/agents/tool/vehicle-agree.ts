/**
 * A result describing the vehicle the call asks about describes that vehicle: asked for the
 * crash rating of a 2014 Subaru Impreza, the result's vehicle_description is "2014 Subaru
 * Impreza", not a "2020 Subaru Outback Premium" drawn from the table. Applied to result fields
 * describing a vehicle (vehicle, vehicle_description, vehicle_name) when the call names a make
 * and a model (at its top level or in one object: vehicle.make, vehicle.model), with the year
 * it gives (year, model_year), else the year drawn.
 */
import { carPair, makerOfVin } from '../../values/cars.js';
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

const MAKE = /^(make|vehicle_make|manufacturer|brand)$/;
const MODEL = /^(model|vehicle_model|model_name)$/;
const PLANT = /^(plant_country|assembly_country|country_of_manufacture|manufacture_country)$/;

/**
 * A decoded VIN names the maker its first three characters stand for (JTD is Toyota, WVW
 * Volkswagen), a model of that maker, and the maker's country as its plant: not an Audi A8 from
 * a Toyota VIN. Read on every object of the result holding a vin (its own or the call's).
 */
export function alignVin(result: unknown, schema: Schema | undefined, args: Readonly<Obj>): void {
  const callVin = typeof args.vin === 'string' ? args.vin : undefined;
  forEachObject(result, schema, (o, props) => {
    const vin = typeof o.vin === 'string' ? o.vin : callVin;
    const maker = vin === undefined ? undefined : makerOfVin(vin);
    if (!maker) return;
    const mk = Object.keys(o).find((k) => MAKE.test(snake(k)) && typeof o[k] === 'string');
    if (mk === undefined) return;
    if (admits(props[mk] ?? { type: 'string' }, maker.make)) o[mk] = maker.make;
    const ml = Object.keys(o).find((k) => MODEL.test(snake(k)) && typeof o[k] === 'string');
    const pair = ml === undefined ? undefined : carPair(o[mk] as string, o[ml] as string);
    if (ml !== undefined && pair && admits(props[ml] ?? { type: 'string' }, pair.model)) o[ml] = pair.model;
    for (const k of Object.keys(o)) if (PLANT.test(snake(k)) && typeof o[k] === 'string' && admits(props[k] ?? { type: 'string' }, maker.country)) o[k] = maker.country;
  });
}
