/**
 * Car makes and their models: a recall asked for a "Jaguar Explorer" is a contradiction (the
 * Explorer is Ford's). The generators draw a make and a model apart (faker's tables); an object
 * holding both is brought into agreement here.
 */
import { textHash } from '../../core/rng.js';

const MODELS: Readonly<Record<string, readonly string[]>> = {
  Ford: ['Mustang', 'Focus', 'Explorer', 'F-150', 'Fiesta', 'Taurus', 'Ranchero', 'Model T', 'Escape'],
  Chevrolet: ['Colorado', 'El Camino', 'Volt', 'Silverado', 'Cruze', 'Impala', 'Camaro', 'Corvette', 'Malibu'],
  Cadillac: ['ATS', 'CTS', 'XTS', 'Escalade'],
  Honda: ['Accord', 'Civic', 'Element', 'CR-V'],
  Nissan: ['Sentra', 'Altima', 'Leaf', 'Rogue'],
  Tesla: ['Model Y', 'Model X', 'Model S', 'Model 3', 'Roadster'],
  Volkswagen: ['Beetle', 'Golf', 'Jetta', 'Passat', 'Tiguan'],
  Audi: ['A4', 'A8', 'Q5', 'Q7'],
  Dodge: ['Grand Caravan', 'Challenger', 'Charger', 'Durango'],
  Mazda: ['CX-9', 'CX-5', 'MX-5', 'Mazda3'],
  Chrysler: ['PT Cruiser', 'LeBaron', '300', 'Pacifica'],
  Porsche: ['911', 'Cayenne', 'Taycan', 'Macan'],
  Toyota: ['Land Cruiser', 'Camry', 'Prius', 'Corolla', 'RAV4'],
  Smart: ['Fortwo', 'Forfour'],
  Lamborghini: ['Aventador', 'Countach', 'Murcielago', 'Huracan'],
  Jeep: ['Wrangler', 'Grand Cherokee', 'Cherokee', 'Compass'],
  Volvo: ['XC90', 'V90', 'XC60', 'S60'],
  Subaru: ['Outback', 'Forester', 'Impreza'],
  Hyundai: ['Tucson', 'Elantra', 'Kona', 'Santa Fe'],
  NIO: ['ES6', 'ET7', 'EL7'],
  Jaguar: ['F-Pace', 'E-Pace', 'XE', 'XF'],
  Bentley: ['Continental GT', 'Bentayga', 'Flying Spur'],
  'Land Rover': ['Defender', 'Discovery', 'Range Rover'],
  Fiat: ['500', 'Panda', 'Tipo'],
  Rivian: ['R1T', 'R1S'],
  Skoda: ['Octavia', 'Fabia', 'Kodiaq'],
  'Rolls Royce': ['Ghost', 'Phantom', 'Cullinan'],
  BYD: ['Atto 3', 'Seal', 'Dolphin'],
  Suzuki: ['Swift', 'Vitara', 'Jimny'],
  Maserati: ['Ghibli', 'Levante', 'Quattroporte'],
  Bugatti: ['Chiron', 'Veyron'],
  'Aston Martin': ['DB11', 'Vantage', 'DBX'],
  Tata: ['Nexon', 'Harrier', 'Tiago'],
  Mini: ['Cooper', 'Countryman'],
  'Mercedes Benz': ['C-Class', 'E-Class', 'GLC', 'Sprinter'],
  BMW: ['3 Series', '5 Series', 'X5', 'X3'],
  Vauxhall: ['Corsa', 'Astra', 'Mokka'],
  Renault: ['Clio', 'Megane', 'Captur'],
  Kia: ['Sportage', 'Niro', 'Sorento'],
  MG: ['ZS', 'MG4', 'HS'],
  Peugeot: ['208', '3008', '308'],
  'Mahindra & Mahindra': ['XUV700', 'Scorpio', 'Thar'],
};

const MAKER = new Map<string, string>();
for (const [make, models] of Object.entries(MODELS)) for (const m of models) if (!MAKER.has(m.toLowerCase())) MAKER.set(m.toLowerCase(), make);
const MAKES = new Map(Object.keys(MODELS).map((m) => [m.toLowerCase(), m]));

/** The models of a make (case as in the table), or undefined for a make the table does not know. */
export const modelsOf = (make: string): readonly string[] | undefined => {
  const m = MAKES.get(make.trim().toLowerCase());
  return m ? MODELS[m] : undefined;
};

/** The make of a model, or undefined for a model the table does not know. */
export const makerOf = (model: string): string | undefined => MAKER.get(model.trim().toLowerCase());

/**
 * A make and model that go together: the model when it is the make's, else one of the make's
 * models chosen by the model drawn (so the same draw gives the same car), or the make of a known
 * model when the make is unknown. Undefined when nothing is known.
 */
export function carPair(make: string, model: string): { make: string; model: string } | undefined {
  const models = modelsOf(make);
  if (models) {
    if (models.some((m) => m.toLowerCase() === model.trim().toLowerCase())) return { make, model };
    return { make, model: models[textHash(model) % models.length] };
  }
  const maker = makerOf(model);
  return maker ? { make: maker, model } : undefined;
}

export { makerOfVin } from '../../core/vin.js';
