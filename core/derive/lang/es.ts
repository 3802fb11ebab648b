/** Spanish words for implied values: numbers, relative dates, clocks, the user's own things. */
import type { LangWords } from './types.js';
import { profileTable } from './own.js';

const UNITS = ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte', 'veintiuno', 'veintidós', 'veintitrés', 'veinticuatro', 'veinticinco', 'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve'];
const TENS = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];
const HUNDREDS = ['', 'ciento', 'doscientos', 'trescientos', 'cuatrocientos', 'quinientos', 'seiscientos', 'setecientos', 'ochocientos', 'novecientos'];
const WEEKDAYS = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'];
const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

/** 0-999 in words; "uno" before a noun is "un"/"una" (and so in 21, 31...), hundreds agree ("doscientas noches"). */
function spell(n: number, g: 'm' | 'f'): string {
  const one = (w: string): string => w.replace(/uno$/, g === 'f' ? 'una' : 'ún').replace(/^ún$/, 'un').replace(/ ún$/, ' un');
  if (n < 30) return one(UNITS[n]);
  if (n < 100) return one(n % 10 === 0 ? TENS[n / 10] : `${TENS[Math.floor(n / 10)]} y ${UNITS[n % 10]}`);
  if (n === 100) return 'cien';
  const rest = n % 100;
  const h = HUNDREDS[Math.floor(n / 100)];
  return `${g === 'f' ? h.replace(/ientos$/, 'ientas') : h}${rest === 0 ? '' : ` ${spell(rest, g)}`}`;
}

const year = (dy: number): string => (dy === 0 ? '' : dy > 0 ? ' del año que viene' : ' del año pasado');

export const ES: LangWords = {
  lang: 'es',
  spell,
  // "uno" on its own, "veintiún" written without its accent.
  spellings: (n) => [spell(n, 'm').replace(/(^| )un$/, '$1uno'), spell(n, 'm').replace('veintiún', 'veintiun')],
  day(x, count) {
    switch (x.t) {
      case 'fixed': return [{ text: ['anteayer', 'ayer', 'hoy', 'mañana', 'pasado mañana'][x.off + 2], shape: 'bare' }];
      case 'in': return [{ text: `dentro de ${x.unit === 'week' ? (x.n === 1 ? 'una semana' : `${count(x.n, 'f')} semanas`) : `${count(x.n, 'm')} días`}`, shape: 'span' }];
      case 'ago': return [{ text: `hace ${x.unit === 'week' ? (x.n === 1 ? 'una semana' : `${count(x.n, 'f')} semanas`) : `${count(x.n, 'm')} días`}`, shape: 'span' }];
      case 'weekday': {
        const wd = WEEKDAYS[x.wd];
        if (x.which === 'this') return [{ text: `este ${wd}`, shape: 'bare' }];
        return x.which === 'next' ? [{ text: `próximo ${wd}`, shape: 'keep' }, { text: `${wd} que viene`, shape: 'keep' }] : [{ text: `${wd} pasado`, shape: 'keep' }];
      }
      case 'dom': return [{ text: `día ${x.d}${x.next ? ' del mes que viene' : ''}`, shape: 'keep' }];
      case 'end': return [{ text: `último día del mes${x.next ? ' que viene' : ''}`, shape: 'keep' }];
      case 'date': return [{ text: `${x.d} de ${MONTHS[x.m]}${year(x.dy)}`, shape: 'keep' }];
    }
  },
  period(x, count) {
    switch (x.t) {
      case 'month': return [['el mes pasado', 'este mes', 'el mes que viene'][x.shift + 1]];
      case 'month-of': return [`${MONTHS[x.m]}${year(x.dy)}`];
      case 'year': return [['el año pasado', 'este año', 'el año que viene'][x.shift + 1]];
      case 'years': return [x.dir > 0 ? `dentro de ${count(x.n, 'm')} años` : `hace ${count(x.n, 'm')} años`];
    }
  },
  clock: (h, min) => (h === 12 && min === 0 ? 'al mediodía' : `${h === 1 ? 'a la' : 'a las'} ${h}:${String(min).padStart(2, '0')}`),
  profile: profileTable(
    {
      email: { to: ['a mi correo', 'a mi propio correo'], from: ['desde mi correo'], at: ['con mi correo', 'con mi dirección de correo'] },
      name: { to: ['para mí'], from: ['de mi parte'], at: ['a mi nombre'] },
      city: { to: ['a mi ciudad'], from: ['desde mi ciudad'], at: ['en mi ciudad', 'donde vivo'] },
      country: { to: ['a mi país'], from: ['desde mi país'], at: ['en mi país'] },
      currency: { to: ['a mi moneda'], from: ['desde mi moneda'], at: ['en mi moneda'] },
      timeZone: { to: ['en mi zona horaria'], from: ['desde mi zona horaria'], at: ['en mi zona horaria', 'en mi hora local'] },
      language: { to: ['a mi idioma'], from: ['desde mi idioma'], at: ['en mi idioma'] },
    },
    {
      account: ['f', 'cuenta'], card: ['f', 'tarjeta habitual'], calendar: ['m', 'calendario'], cart: ['m', 'carrito'], policy: ['f', 'póliza'], claim: ['f', 'reclamación'],
      player: ['m', 'perfil de jugador'], team: ['m', 'equipo'], league: ['f', 'liga'], order: ['m', 'pedido'], application: ['f', 'solicitud'], phone: ['m', 'número de teléfono'],
      key: ['f', 'clave de API'], parcel: ['m', 'paquete'], course: ['m', 'curso'], doctor: ['m', 'médico de cabecera'], field: ['m', 'campo'], profile: ['m', 'perfil'],
      appointment: ['f', 'cita'], contract: ['m', 'contrato'],
    },
    { to: ['a mí como titular'], from: ['de mí como titular'], at: ['de mi propiedad'] },
    (role, _g, noun) => (role === 'to' ? [`a mi ${noun}`] : role === 'from' ? [`de mi ${noun}`] : [`para mi ${noun}`, `con mi ${noun}`]),
  ),
};
