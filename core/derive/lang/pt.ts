/** Portuguese words for implied values: numbers, relative dates, clocks, the user's own things. */
import type { LangWords } from './types.js';
import { profileTable } from './own.js';

const UNITS = ['zero', 'um', 'dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez', 'onze', 'doze', 'treze', 'catorze', 'quinze', 'dezesseis', 'dezessete', 'dezoito', 'dezenove'];
const TENS = ['', '', 'vinte', 'trinta', 'quarenta', 'cinquenta', 'sessenta', 'setenta', 'oitenta', 'noventa'];
const HUNDREDS = ['', 'cento', 'duzentos', 'trezentos', 'quatrocentos', 'quinhentos', 'seiscentos', 'setecentos', 'oitocentos', 'novecentos'];
/** Weekdays with their gender (the -feira days are feminine). */
const WEEKDAYS: readonly (readonly ['a' | 'o', string])[] = [['a', 'segunda-feira'], ['a', 'terça-feira'], ['a', 'quarta-feira'], ['a', 'quinta-feira'], ['a', 'sexta-feira'], ['o', 'sábado'], ['o', 'domingo']];
const MONTHS = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];

/** 0-999 in words; one, two and the hundreds agree with what they count ("duas noites", "duzentas"). */
function spell(n: number, g: 'm' | 'f'): string {
  const agree = (w: string): string => (g === 'f' ? w.replace(/^um$/, 'uma').replace(/^dois$/, 'duas') : w);
  if (n < 20) return agree(UNITS[n]);
  if (n < 100) return n % 10 === 0 ? TENS[n / 10] : `${TENS[Math.floor(n / 10)]} e ${agree(UNITS[n % 10])}`;
  if (n === 100) return 'cem';
  const rest = n % 100;
  const h = HUNDREDS[Math.floor(n / 100)];
  return `${g === 'f' ? h.replace(/entos$/, 'entas') : h}${rest === 0 ? '' : ` e ${spell(rest, g)}`}`;
}

const year = (dy: number): string => (dy === 0 ? '' : dy > 0 ? ' do ano que vem' : ' do ano passado');

export const PT: LangWords = {
  lang: 'pt',
  spell,
  // European Portuguese spellings of 16, 17 and 19.
  spellings: (n) => [spell(n, 'm').replace('dezesseis', 'dezasseis').replace('dezessete', 'dezassete').replace('dezenove', 'dezanove')],
  day(x, count) {
    switch (x.t) {
      case 'fixed': return [{ text: ['anteontem', 'ontem', 'hoje', 'amanhã', 'depois de amanhã'][x.off + 2], shape: 'bare' }];
      case 'in': return [{ text: `daqui a ${x.unit === 'week' ? (x.n === 1 ? 'uma semana' : `${count(x.n, 'f')} semanas`) : `${count(x.n, 'm')} dias`}`, shape: 'span' }];
      case 'ago': return [{ text: `há ${x.unit === 'week' ? (x.n === 1 ? 'uma semana' : `${count(x.n, 'f')} semanas`) : `${count(x.n, 'm')} dias`}`, shape: 'span' }];
      case 'weekday': {
        const [g, wd] = WEEKDAYS[x.wd];
        if (x.which === 'this') return [{ text: `${g === 'a' ? 'esta' : 'este'} ${wd}`, shape: 'bare' }];
        if (x.which === 'next') return [{ text: `${g === 'a' ? 'próxima' : 'próximo'} ${wd}`, shape: g }];
        return [{ text: `${wd} ${g === 'a' ? 'passada' : 'passado'}`, shape: g }];
      }
      case 'dom': return [{ text: `dia ${x.d}${x.next ? ' do mês que vem' : ''}`, shape: 'o' }];
      case 'end': return [{ text: `último dia do mês${x.next ? ' que vem' : ''}`, shape: 'o' }];
      case 'date': return [{ text: `${x.d} de ${MONTHS[x.m]}${year(x.dy)}`, shape: 'keep' }];
    }
  },
  period(x, count) {
    switch (x.t) {
      case 'month': return [['o mês passado', 'este mês', 'o mês que vem'][x.shift + 1]];
      case 'month-of': return [`${MONTHS[x.m]}${year(x.dy)}`];
      case 'year': return [['o ano passado', 'este ano', 'o ano que vem'][x.shift + 1]];
      case 'years': return [x.dir > 0 ? `daqui a ${count(x.n, 'm')} anos` : `há ${count(x.n, 'm')} anos`];
    }
  },
  clock: (h, min) => (h === 12 && min === 0 ? 'ao meio-dia' : `${h === 1 ? 'à' : 'às'} ${h}:${String(min).padStart(2, '0')}`),
  profile: profileTable(
    {
      email: { to: ['para o meu e-mail'], from: ['do meu e-mail'], at: ['com o meu e-mail'] },
      name: { to: ['para mim'], from: ['da minha parte'], at: ['em meu nome'] },
      city: { to: ['para a minha cidade'], from: ['da minha cidade'], at: ['na minha cidade', 'onde eu moro'] },
      country: { to: ['para o meu país'], from: ['do meu país'], at: ['no meu país'] },
      currency: { to: ['para a minha moeda'], from: ['da minha moeda'], at: ['na minha moeda'] },
      timeZone: { to: ['no meu fuso horário'], from: ['do meu fuso horário'], at: ['no meu fuso horário', 'no meu horário local'] },
      language: { to: ['para o meu idioma'], from: ['do meu idioma'], at: ['no meu idioma'] },
    },
    {
      account: ['f', 'conta'], card: ['m', 'cartão habitual'], calendar: ['f', 'agenda'], cart: ['m', 'carrinho'], policy: ['f', 'apólice'], claim: ['m', 'sinistro'],
      player: ['m', 'perfil de jogador'], team: ['f', 'equipe'], league: ['f', 'liga'], order: ['m', 'pedido'], application: ['f', 'solicitação'], phone: ['m', 'número de telefone'],
      key: ['f', 'chave de API'], parcel: ['f', 'encomenda'], course: ['m', 'curso'], doctor: ['m', 'médico de família'], field: ['m', 'talhão'], profile: ['m', 'perfil'],
      appointment: ['f', 'consulta'], contract: ['m', 'contrato'],
    },
    { to: ['para mim como titular'], from: ['de mim como titular'], at: ['de minha propriedade'] },
    (role, g, noun) => {
      const [the, my] = g === 'f' ? ['a', 'minha'] : ['o', 'meu'];
      return role === 'to' ? [`para ${the} ${my} ${noun}`] : role === 'from' ? [`d${the} ${my} ${noun}`] : [`n${the} ${my} ${noun}`, `com ${the} ${my} ${noun}`];
    },
  ),
};
