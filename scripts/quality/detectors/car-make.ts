/**
 * Class 36: a car model under another maker's name: recalls asked for a "Jaguar Explorer", a
 * quote for a "Tesla Camry". Judged on objects of arguments and results holding a make and a
 * model (make/model, vehicle_make/vehicle_model) where the model is one a reader knows: its
 * maker must be the make given.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { callObjects, fieldAt, show, words } from '../fields.js';

/** Well-known models and their makers. */
const MAKER: Readonly<Record<string, string>> = {
  mustang: 'ford', focus: 'ford', explorer: 'ford', 'f-150': 'ford', fiesta: 'ford', taurus: 'ford', escape: 'ford',
  camaro: 'chevrolet', corvette: 'chevrolet', silverado: 'chevrolet', malibu: 'chevrolet', impala: 'chevrolet', cruze: 'chevrolet', volt: 'chevrolet', colorado: 'chevrolet',
  escalade: 'cadillac', accord: 'honda', civic: 'honda', 'cr-v': 'honda', sentra: 'nissan', altima: 'nissan', leaf: 'nissan',
  'model s': 'tesla', 'model 3': 'tesla', 'model x': 'tesla', 'model y': 'tesla', beetle: 'volkswagen', golf: 'volkswagen', jetta: 'volkswagen', passat: 'volkswagen',
  a4: 'audi', a8: 'audi', challenger: 'dodge', charger: 'dodge', durango: 'dodge', 'grand caravan': 'dodge', 'cx-5': 'mazda', 'cx-9': 'mazda', 'mx-5': 'mazda',
  'pt cruiser': 'chrysler', '911': 'porsche', cayenne: 'porsche', camry: 'toyota', prius: 'toyota', corolla: 'toyota', 'land cruiser': 'toyota', rav4: 'toyota',
  fortwo: 'smart', aventador: 'lamborghini', countach: 'lamborghini', murcielago: 'lamborghini', wrangler: 'jeep', 'grand cherokee': 'jeep', xc90: 'volvo', v90: 'volvo',
  outback: 'subaru', forester: 'subaru', tucson: 'hyundai', elantra: 'hyundai', sportage: 'kia', niro: 'kia', 'f-pace': 'jaguar', defender: 'land rover', 'range rover': 'land rover',
  octavia: 'skoda', clio: 'renault', corsa: 'vauxhall', chiron: 'bugatti', ghibli: 'maserati', cooper: 'mini',
};

/** Makers a reader knows by name: those of the models above and more. */
export const MAKERS: readonly string[] = [
  ...new Set([...Object.values(MAKER), 'bmw', 'mercedes-benz', 'mercedes', 'lexus', 'acura', 'infiniti', 'buick', 'gmc', 'rivian', 'lucid', 'polestar', 'genesis', 'peugeot', 'citroen', 'fiat', 'alfa romeo', 'seat', 'opel', 'dacia', 'tata', 'mahindra', 'byd', 'mitsubishi', 'suzuki', 'aston martin', 'rolls-royce', 'bentley', 'ferrari', 'mclaren']),
];

export const carMake: Detector = {
  key: 'car-make',
  title: "a car model under another maker's name (a Jaguar Explorer)",
  check: (view) =>
    judgeAll(callObjects(view), ({ object, path, call }) =>
      judgeAll(Object.keys(object), (k) => {
        const w = words(k);
        if (w[w.length - 1] !== 'make' || typeof object[k] !== 'string') return undefined;
        const modelKey = Object.keys(object).find((x) => words(x).join('_') === [...w.slice(0, -1), 'model'].join('_'));
        const model = modelKey ? object[modelKey] : undefined;
        if (typeof model !== 'string') return undefined;
        const maker = MAKER[model.trim().toLowerCase()];
        if (!maker) return undefined;
        const make = (object[k] as string).trim().toLowerCase().replace(/-/g, ' ');
        return finding(make.startsWith(maker) ? undefined : `${fieldAt(call, path, k)} ${show(object[k])} with ${modelKey} ${show(model)} (a ${maker} model)`);
      }),
    ),
};
