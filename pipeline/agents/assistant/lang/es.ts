/**
 * The assistant's Spanish: neutral between Spain and Latin America (tú, the perfect for what was
 * just done), answers that name what was asked for, failures said with what to check, and the
 * questions and refusals of turns without a call.
 */
import { andWord, capital, listIn } from '../../user/lang/morph.js';
import type { Noun } from '../../user/lang/types.js';
import type { AnswerGrammar } from './grammar.js';

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const WEEKDAYS = ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'];

/** An adjective agreeing with its noun ("confirmado" -> "confirmadas"); phrases ("en tránsito") stay as they are. */
function agree(adj: string, n: Noun | undefined, plural: boolean): string {
  if (adj.includes(' ')) return adj;
  const f = n?.g === 'f';
  const base = f && adj.endsWith('o') ? `${adj.slice(0, -1)}a` : adj;
  if (!plural) return base;
  return /[aeiouáéó]$/.test(base) ? `${base}s` : `${base}es`;
}

const y = (next: string): string => andWord('es', next);
/** "de" before a noun phrase: "del pedido", "de la póliza". */
const de = (np: string): string => (np.startsWith('el ') ? `del ${np.slice(3)}` : `de ${np}`);

export const ES_ANSWER: AnswerGrammar = {
  lang: 'es',
  when: (w, year) => {
    const time = 'time' in w && w.time ? ` ${w.time.hh === '01' ? 'a la' : 'a las'} ${w.time.hh}:${w.time.mm}${w.time.zone}` : '';
    if ('rel' in w) {
      const d = w.rel === 0 ? 'hoy' : w.rel === 1 ? 'mañana' : 'ayer';
      return { on: `${d}${time}`, bare: `${d}${time}` };
    }
    if ('weekday' in w) {
      const d = `${WEEKDAYS[w.weekday]}${w.last ? ' pasado' : ''}`;
      return { on: `el ${d}${time}`, bare: `${d}${time}` };
    }
    const d = `${w.day} de ${MONTHS[w.month]}${w.year !== undefined && w.year !== year ? ` de ${w.year}` : ''}${time}`;
    return { on: `el ${d}`, bare: d };
  },
  cap: capital,
  and: (items) => listIn('es', items),
  openings: {
    found: ['Aquí tienes la información.', 'Ya lo he consultado.', 'Te cuento.', 'Esto es lo que hay.', 'Aquí está.', 'Vale.', 'Listo.', 'Ya tengo los resultados.', 'Gracias por esperar.'],
    done: ['Hecho.', 'Listo.', 'Todo en orden.', 'Ya está.', 'Buenas noticias.', 'Sin problema.', 'Resuelto.'],
    empty: ['He buscado, pero sin suerte.', 'Vaya.', 'Lo he mirado.', 'Lo siento.', 'Esta vez no hay nada.'],
    failed: ['Lo siento.', 'Vaya, hay un problema.', 'No ha salido como esperaba.', 'Me he encontrado con un error.', 'Algo ha fallado.'],
    partial: ['Resultados mixtos.', 'Solo en parte.', 'No todo ha funcionado.', 'Una buena y una mala.', 'Así están las cosas.'],
  },
  closings: {
    found: ['¿Algo más?', '¿Quieres más detalles?', '¿Necesitas algo más?', '¿Lo miro más a fondo?', 'Espero que te sirva.', '¿Quieres que consulte otra cosa?'],
    done: ['¿Algo más?', '¿Quieres cambiar algo?', '¿Necesitas algo más?', 'Espero que te sirva.'],
    empty: ['¿Pruebo con otra cosa?', '¿Busco de otra manera?', '¿Lo intento con otros datos?'],
    failed: ['¿Cómo quieres seguir?', 'Puedo volver a intentarlo cuando quieras.', 'Perdona las molestias.'],
    partial: ['¿Reintento la que falló?', '¿Lo intento más tarde?', '¿Cómo sigo con el resto?'],
  },
  about: (np, place) => (place ? ` en ${np}` : ` para ${np}`),
  count: [
    (c, q) => `He encontrado ${c}${q}.`,
    (c, q) => `Hay ${c}${q}.`,
    (c, q) => `La búsqueda${q} devuelve ${c}.`,
    (c, q) => `Tengo ${c}${q}.`,
    (c, q) => `${capital(c)}${q}.`,
  ],
  countTotal: [(c, q, n) => `Hay ${c}${q}; esta página muestra ${n}.`, (c, q) => `La búsqueda${q} tiene ${c} en total.`],
  none: [(m, q) => `No he encontrado ${m}${q}.`, (m, q) => `No hay ${m}${q} ahora mismo.`, (m, q) => `La búsqueda${q} no devuelve ${m}.`],
  retry: ['¿Quieres que pruebe con otros criterios?', 'Podemos ampliar la búsqueda si quieres.', 'Puedo buscar de nuevo con otros datos.'],
  best: {
    cheapest: [(o) => `La opción más barata es ${o}.`, (o) => `Lo más barato: ${o}.`],
    nearest: [(o) => `La opción más cercana es ${o}.`, (o) => `Lo más cerca: ${o}.`],
    top: [(o) => `La opción mejor valorada es ${o}.`, (o) => `Con la mejor valoración: ${o}.`],
    sorted: [(o, by) => `Por ${by}, primero aparece ${o}.`, (o, by) => `Ordenado por ${by}, arriba está ${o}.`],
    listed: [(o) => `Primero aparece ${o}.`, (o) => `En primer lugar está ${o}.`, (o) => `Arriba del todo: ${o}.`],
  },
  then: [(o, n) => `Después ${n === 1 ? 'viene' : 'vienen'} ${o}.`, (o) => `El resto: ${o}.`, (o, n) => `Le ${n === 1 ? 'sigue' : 'siguen'} ${o}.`],
  only: [(o) => `Es ${o}.`, (o) => `El único resultado es ${o}.`, (o) => `Solo sale ${o}.`],
  firstN: (n) => `Los primeros ${n} resultados:`,
  priced: (name, price, rest) => `${name} por ${price}${rest ? ` (${rest})` : ''}`,
  unnamed: (facts) => `un resultado con ${facts}`,
  per: (one) => `por ${one}`,
  adj: agree,
  pct: (n) => `${n}%`,
  more: (n) => `${n} más`,
  change: (dir, a) => (dir === 'same' ? 'sin cambios' : `${dir === 'up' ? 'sube' : 'baja'} ${a}`),
  isDate: (np, on, _bare, many) => `${np} ${many ? 'son' : 'es'} ${on}`,
  is: (np, v, quantity, many) => `${np} ${many ? 'son' : 'es'} ${quantity ? 'de ' : ''}${v}`,
  pair: (label, v) => `${label}: ${v}`,
  state: (np, word) => `${np} figura como "${word}"`,
  there: (c) => `hay ${c}`,
  lookup: [
    (lead, f, r) => `${lead ? `${lead}, ${f}` : capital(f)}${r ? ` ${y(r)} ${r}` : ''}.`,
    (lead, f, r) => `${lead ? `${lead}: ${f}` : capital(f)}${r ? `. ${capital(r)}` : ''}.`,
  ],
  lead: (np, place) => (place ? `En ${np}` : `Para ${np}`),
  bare: [(np) => `Aquí tienes el resultado de la consulta ${de(np)}.`, (np) => `Ya está la consulta ${de(np)}.`],
  value: [(v) => `El resultado es ${v}.`, (v) => `Sale ${v}.`, (v) => `Da ${v}.`],
  done: [(pp, np, q) => `He ${pp} ${np}${q}.`, (pp, np, q) => `Listo: he ${pp} ${np}${q}.`, (pp, np, q) => `Ya he ${pp} ${np}${q}.`],
  made: [
    (pp, np, q, ref) => `He ${pp} ${np}${q}; la referencia es ${ref}.`,
    (pp, np, q, ref) => `Hecho: he ${pp} ${np}${q}, con la referencia ${ref}.`,
    (pp, np, q, ref) => `He ${pp} ${np}${q}. Guarda esta referencia: ${ref}.`,
  ],
  rejected: [(inf, np, q, why) => `Intenté ${inf} ${np}${q}, pero ${why}.`, (_i, _n, _q, why) => `No ha funcionado: ${why}.`],
  batch: (ok, total) =>
    total === 1 ? (ok === 1 ? 'la solicitud se completó' : 'la solicitud no se completó')
      : ok === total ? `las ${total} solicitudes se completaron`
        : ok === 0 ? `ninguna de las ${total} solicitudes se completó`
          : `${ok} de las ${total} solicitudes se completaron y ${total - ok} ${total - ok === 1 ? 'falló' : 'fallaron'}`,
  failed: [
    (why, fix) => `No ha funcionado: ${why}. ¿Puedes ${fix}?`,
    (why, fix) => `No he podido completarlo: ${why}. ¿Podrías ${fix}?`,
    (why, fix) => `La solicitud ha fallado porque ${why}. Si puedes ${fix}, lo vuelvo a intentar.`,
    (why, fix) => `Lo siento, ${why}, así que no hay resultado. ¿Puedes ${fix}?`,
  ],
  notFound: (none, label, value, def) =>
    none && label && value && def ? { why: `no hay ${none} con ${label} ${value}`, fix: `revisar ${def}` } : { why: 'no se encontró nada que coincida', fix: 'revisar los datos' },
  invalid: (bare, def, value) =>
    bare && def && value ? { why: `no se acepta ${value} como ${bare}`, fix: `revisar ${def} o indicarme otro valor` } : { why: 'la solicitud no se aceptó', fix: 'revisar los datos' },
  unavailable: { why: 'el servicio no está disponible en este momento', fix: 'intentarlo de nuevo dentro de unos minutos' },
  otherError: { why: 'el servicio devolvió un error', fix: 'intentarlo de nuevo con otros datos' },
  notAccepted: 'no se aceptó',
  partNothing: 'sin datos que destacar',
  someFailed: [
    (ok, n, f) => `${ok === 1 ? 'Funcionó' : 'Funcionaron'} ${ok} de ${n}; ${f} no.`,
    (ok, n) => `Solo ${ok === 1 ? 'salió' : 'salieron'} bien ${ok} de ${n}.`,
    (ok, n) => `${n - ok === 1 ? 'Falló una' : `Fallaron ${n - ok}`} de las ${n} solicitudes; el resto funcionó.`,
  ],
  noneWorked: [(n) => `Ninguna de las ${n} solicitudes funcionó.`, (n) => (n === 2 ? 'Fallaron las dos.' : `Fallaron las ${n}.`)],
  allCame: [(n) => (n === 2 ? 'Aquí tienes las dos.' : `Aquí tienes las ${n}.`), () => 'Los resultados, uno por uno.', (n) => `He hecho las ${n} consultas.`],
  cheapest: [(h, p) => `El precio más bajo es ${p} (${h}).`, (h, p) => `Lo más barato: ${p}, ${h}.`],
  head: (v, place) => (place ? `en ${v}` : `para ${v}`),
  headWhen: (on) => `para ${on}`,
  nth: (i) => `la consulta ${i + 1}`,
  partFailed: (why) => `ha fallado, porque ${why}`,
  partDone: (ref) => (ref ? `hecho, con la referencia ${ref}` : 'hecho'),
  partList: (c, best, cheap) => (best ? `${c}, ${cheap ? 'la opción más barata' : 'primero'} ${best}` : c),
  used: [(v) => `Usé ${v} para el siguiente paso.`, (v) => `Con ${v} de ese resultado, seguí adelante.`, (v) => `Después tomé ${v}.`],
  firstStep: [(m, p) => `Primero busqué ${m}: ${p}.`, (m, p) => `La búsqueda de ${m} dio ${p}.`],
  backSame: ['Es lo mismo que antes.', 'Igual que la última vez.'],
  backLess: [(was) => `Es menos que antes (${was}).`, (was) => `Ha bajado desde ${was}.`],
  backMore: [(was) => `Es más que antes (${was}).`, (was) => `Ha subido desde ${was}.`],
  sameAsBefore: 'El mismo resultado que antes.',
  decline: [
    (vp, t) => `No puedo hacerlo aquí: no tengo ninguna herramienta para ${vp}. Sí puedo ayudarte con ${t}.`,
    (vp, t) => `Lo siento, ${vp} queda fuera de lo que puedo hacer en este chat. Mis herramientas cubren ${t}.`,
    (vp, t) => `Con estas herramientas no puedo ${vp}. Puedo ayudarte con ${t}, si te sirve.`,
    (vp) => `No tengo acceso a nada que sirva para ${vp}, así que esto no lo puedo hacer. Lo mejor sería un servicio específico.`,
    (vp, t) => `Por desgracia, aquí no puedo ${vp}. Sí puedo ayudarte con ${t}.`,
    (vp, t) => `Ninguna de mis herramientas sirve para ${vp}. Puedo ayudarte con ${t}, pero con eso no.`,
  ],
  domains: {
    finance: 'finanzas', travel: 'viajes', weather: 'el tiempo', health: 'salud', 'e-commerce': 'compras en línea', messaging: 'mensajería',
    calendar: 'el calendario', maps: 'mapas', sports: 'deportes', media: 'cine y series', devops: 'infraestructura', science: 'ciencia',
    education: 'educación', food: 'comida', 'real-estate': 'inmuebles', jobs: 'empleo', legal: 'asuntos legales', government: 'trámites públicos',
    automotive: 'vehículos', energy: 'energía', agriculture: 'agricultura', gaming: 'videojuegos', 'social-media': 'redes sociales',
    security: 'seguridad', telecom: 'telefonía', insurance: 'seguros', logistics: 'envíos', music: 'música', news: 'noticias', 'home-automation': 'domótica',
  },
  askKind: {
    city: ['¿En qué ciudad?', '¿Dónde busco?'],
    location: ['¿En qué lugar?', '¿Dónde busco?'],
    postal: ['¿Cuál es el código postal?'],
    address: ['¿Cuál es la dirección?', '¿Qué dirección uso?'],
    street: ['¿Cuál es la dirección?', '¿Qué dirección uso?'],
    date: ['¿Para qué fecha?', '¿Qué día?'],
    'date-time': ['¿Para qué fecha y hora?', '¿Cuándo exactamente?'],
    ticker: ['¿De qué acción? Con el símbolo me basta.', '¿Qué empresa o símbolo bursátil?'],
    email: ['¿Qué correo electrónico uso?', '¿Cuál es el correo electrónico?'],
    phone: ['¿Cuál es el número de teléfono?', '¿Qué número de teléfono uso?'],
    airport: ['¿Qué aeropuerto?'],
    country: ['¿Qué país?'],
    'country-code': ['¿Qué país?'],
    currency: ['¿En qué moneda?'],
    language: ['¿En qué idioma?'],
    query: ['¿Qué busco exactamente?', '¿Qué estás buscando?'],
  },
  askLabel: [(def) => `¿Cuál es ${def}?`, (_d, bare) => `¿Qué ${bare} uso?`],
  askThing: [(b) => `¿De qué ${b} se trata?`, (b) => `¿Qué ${b} uso?`, (b) => `¿Qué ${b} es?`],
  askFrames: [
    (q) => q,
    (q) => `Claro. ${q}`,
    (q) => `Con gusto. ${q}`,
    (q, a) => `Puedo ${a}, pero me falta un dato. ${q}`,
    (q, a, l) => `Para ${a} necesito ${l}. ${q}`,
    (q) => `Una cosa antes: ${q.replace(/^¿(\p{Lu})/u, (_m, c: string) => `¿${c.toLowerCase()}`)}`,
    (q) => `Casi está. ${q}`,
    (q) => `Entendido, una pregunta: ${q.replace(/^¿(\p{Lu})/u, (_m, c: string) => `¿${c.toLowerCase()}`)}`,
  ],
};
