/**
 * The assistant's Portuguese: neutral between Brazil and Portugal ("você" implied, no clitic
 * whose place differs between them), the preterite for what was just done ("Cancelei a apólice").
 */
import { capital, listIn } from '../../user/lang/morph.js';
import type { Noun } from '../../user/lang/types.js';
import type { AnswerGrammar } from './grammar.js';

const MONTHS = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];
const WEEKDAYS = ['domingo', 'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado'];
/** Cities said with their article ("no Porto"). */
const ARTICLE_CITIES = new Set(['Porto', 'Rio de Janeiro', 'Cairo', 'Recife']);

/** An adjective agreeing with its noun ("confirmado" -> "confirmadas"); phrases ("em trânsito") stay as they are. */
function agree(adj: string, n: Noun | undefined, plural: boolean): string {
  if (adj.includes(' ')) return adj;
  const base = n?.g === 'f' && adj.endsWith('o') ? `${adj.slice(0, -1)}a` : adj;
  if (!plural) return base;
  return /l$/.test(base) ? `${base.slice(0, -1)}is` : /[aeiouáéó]$/.test(base) ? `${base}s` : `${base}es`;
}
const lower = (q: string): string => q[0].toLowerCase() + q.slice(1);

export const PT_ANSWER: AnswerGrammar = {
  lang: 'pt',
  when: (w, year) => {
    const time = 'time' in w && w.time ? ` ${w.time.hh === '01' ? 'à' : 'às'} ${w.time.hh}:${w.time.mm}${w.time.zone}` : '';
    if ('rel' in w) {
      const d = `${w.rel === 0 ? 'hoje' : w.rel === 1 ? 'amanhã' : 'ontem'}${time}`;
      return { on: d, bare: d };
    }
    if ('weekday' in w) {
      const m = w.weekday === 0 || w.weekday === 6;
      const d = `${WEEKDAYS[w.weekday]}${w.last ? (m ? ' passado' : ' passada') : ''}${time}`;
      return { on: `${m ? 'no' : 'na'} ${d}`, bare: d };
    }
    const d = `${w.day} de ${MONTHS[w.month]}${w.year !== undefined && w.year !== year ? ` de ${w.year}` : ''}${time}`;
    return { on: `em ${d}`, bare: d };
  },
  cap: capital,
  and: (items) => listIn('pt', items),
  openings: {
    found: ['Aqui está o resultado.', 'Já consultei.', 'Vamos lá.', 'Aqui está.', 'Certo.', 'Pronto.', 'Já tenho os resultados.'],
    done: ['Feito.', 'Pronto.', 'Tudo certo.', 'Já está.', 'Boas notícias.', 'Sem problema.', 'Resolvido.'],
    empty: ['Procurei, mas sem sorte.', 'Hmm.', 'Já verifiquei.', 'Lamento.', 'Desta vez não há nada.'],
    failed: ['Lamento.', 'Houve um problema.', 'Não correu como esperado.', 'Encontrei um erro.', 'Algo falhou.'],
    partial: ['Resultados mistos.', 'Só em parte.', 'Nem tudo funcionou.', 'Uma boa e uma má notícia.', 'Este é o ponto da situação.'],
  },
  closings: {
    found: ['Mais alguma coisa?', 'Quer mais detalhes?', 'Precisa de mais alguma coisa?', 'Quer que eu aprofunde?', 'Espero que ajude.', 'Quer que eu verifique outra coisa?'],
    done: ['Mais alguma coisa?', 'Quer mudar algo?', 'Precisa de mais alguma coisa?', 'Espero que ajude.'],
    empty: ['Tento outra coisa?', 'Procuro de outra forma?', 'Tento com outros dados?'],
    failed: ['Como quer continuar?', 'Posso tentar de novo quando quiser.', 'Desculpe o transtorno.'],
    partial: ['Tento de novo a que falhou?', 'Tento mais tarde?', 'Como sigo com o resto?'],
  },
  about: (np, place) => (place ? (ARTICLE_CITIES.has(np) ? ` no ${np}` : ` em ${np}`) : ` para ${np}`),
  count: [(c, q) => `Encontrei ${c}${q}.`, (c, q) => `Há ${c}${q}.`, (c, q) => `A pesquisa${q} devolve ${c}.`, (c, q) => `${capital(c)}${q}.`],
  countTotal: [(c, q, n) => `Há ${c}${q}; esta página mostra ${n}.`, (c, q) => `A pesquisa${q} tem ${c} no total.`],
  none: [(m, q) => `Não encontrei ${m}${q}.`, (m, q) => `Não há ${m}${q} neste momento.`, (m, q) => `A pesquisa${q} não devolveu ${m}.`],
  retry: ['Quer que eu tente com outros critérios?', 'Podemos alargar a pesquisa, se quiser.', 'Posso pesquisar de novo com outros dados.'],
  best: {
    cheapest: [(o) => `A opção mais barata é ${o}.`, (o) => `O mais barato: ${o}.`],
    nearest: [(o) => `A opção mais próxima é ${o}.`, (o) => `O mais perto: ${o}.`],
    top: [(o) => `A opção mais bem avaliada é ${o}.`, (o) => `Com a melhor avaliação: ${o}.`],
    sorted: [(o, by) => `Por ${by}, aparece primeiro ${o}.`],
    listed: [(o) => `Primeiro aparece ${o}.`, (o) => `Em primeiro lugar está ${o}.`, (o) => `No topo: ${o}.`],
  },
  then: [(o, n) => `Depois ${n === 1 ? 'vem' : 'vêm'} ${o}.`, (o) => `O resto: ${o}.`],
  only: [(o) => `É ${o}.`, (o) => `O único resultado é ${o}.`, (o) => `Só aparece ${o}.`],
  firstN: (n) => `Os primeiros ${n} resultados:`,
  priced: (name, price, rest) => `${name} por ${price}${rest ? ` (${rest})` : ''}`,
  unnamed: (facts) => `um resultado com ${facts}`,
  per: (one) => `por ${one}`,
  adj: agree,
  pct: (n) => `${n}%`,
  more: (n) => `mais ${n}`,
  change: (dir, a) => (dir === 'same' ? 'sem alteração' : `${dir === 'up' ? 'sobe' : 'desce'} ${a}`),
  isDate: (np, on, _bare, many) => `${np} ${many ? 'são' : 'é'} ${on}`,
  is: (np, v, quantity, many) => `${np} ${many ? 'são' : 'é'} ${quantity ? 'de ' : ''}${v}`,
  pair: (label, v) => `${label}: ${v}`,
  state: (np, word) => `${np} consta como "${word}"`,
  there: (c) => `há ${c}`,
  lookup: [
    (lead, f, r) => `${lead ? `${lead}, ${f}` : capital(f)}${r ? ` e ${r}` : ''}.`,
    (lead, f, r) => `${lead ? `${lead}: ${f}` : capital(f)}${r ? `. ${capital(r)}` : ''}.`,
  ],
  lead: (np, place) => (place ? (ARTICLE_CITIES.has(np) ? `No ${np}` : `Em ${np}`) : `Para ${np}`),
  bare: [(np) => `Aqui está o resultado para ${np}.`, (np) => `A consulta para ${np} está feita.`],
  value: [(v) => `O resultado é ${v}.`, (v) => `Dá ${v}.`],
  done: [(pp, np, q) => `${capital(pp)} ${np}${q}.`, (pp, np, q) => `Pronto: ${pp} ${np}${q}.`, (pp, np, q) => `Já ${pp} ${np}${q}.`],
  made: [
    (pp, np, q, ref) => `${capital(pp)} ${np}${q}; a referência é ${ref}.`,
    (pp, np, q, ref) => `Feito: ${pp} ${np}${q}, com a referência ${ref}.`,
    (pp, np, q, ref) => `${capital(pp)} ${np}${q}. Guarde esta referência: ${ref}.`,
  ],
  rejected: [(inf, np, q, why) => `Tentei ${inf} ${np}${q}, mas ${why}.`, (_i, _n, _q, why) => `Não funcionou: ${why}.`],
  batch: (ok, total) =>
    total === 1 ? (ok === 1 ? 'o pedido foi concluído' : 'o pedido não foi concluído')
      : ok === total ? `os ${total} pedidos foram concluídos`
        : ok === 0 ? `nenhum dos ${total} pedidos foi concluído`
          : `${ok} de ${total} pedidos ${ok === 1 ? 'foi concluído' : 'foram concluídos'} e ${total - ok} ${total - ok === 1 ? 'falhou' : 'falharam'}`,
  failed: [
    (why, fix) => `Não funcionou: ${why}. Pode ${fix}?`,
    (why, fix) => `Não consegui concluir: ${why}. Poderia ${fix}?`,
    (why, fix) => `O pedido falhou porque ${why}. Se puder ${fix}, tento de novo.`,
    (why, fix) => `Lamento, ${why}, por isso não há resultado. Pode ${fix}?`,
  ],
  notFound: (none, label, value, def) =>
    none && label && value && def ? { why: `não há ${none} com ${label} ${value}`, fix: `verificar ${def}` } : { why: 'não foi encontrado nada correspondente', fix: 'verificar os dados' },
  invalid: (bare, def, value) =>
    bare && def && value ? { why: `não se aceita ${value} como ${bare}`, fix: `verificar ${def} ou indicar outro valor` } : { why: 'o pedido foi recusado', fix: 'verificar os dados' },
  unavailable: { why: 'o serviço está indisponível no momento', fix: 'tentar de novo daqui a alguns minutos' },
  otherError: { why: 'o serviço devolveu um erro', fix: 'tentar de novo com outros dados' },
  notAccepted: 'foi recusado',
  partNothing: 'nada de especial a destacar',
  someFailed: [
    (ok, n, f) => `${ok === 1 ? 'Funcionou' : 'Funcionaram'} ${ok} de ${n}; ${f} não.`,
    (ok, n) => `Só ${ok} de ${n} ${ok === 1 ? 'deu' : 'deram'} certo.`,
    (ok, n) => `${n - ok === 1 ? 'Falhou um' : `Falharam ${n - ok}`} dos ${n} pedidos; o resto funcionou.`,
  ],
  noneWorked: [(n) => `Nenhum dos ${n} pedidos funcionou.`, (n) => (n === 2 ? 'Os dois falharam.' : `Os ${n} falharam.`)],
  allCame: [(n) => (n === 2 ? 'Aqui estão os dois.' : `Aqui estão os ${n}.`), () => 'Os resultados, um a um.', (n) => `Fiz as ${n} consultas.`],
  cheapest: [(h, p) => `O preço mais baixo é ${p} (${h}).`, (h, p) => `O mais barato: ${p}, ${h}.`],
  head: (v, place) => (place ? (ARTICLE_CITIES.has(v) ? `no ${v}` : `em ${v}`) : `para ${v}`),
  headWhen: (_on, bare) => (/^\d/.test(bare) ? `para o dia ${bare}` : `para ${bare}`),
  nth: (i) => `o pedido ${i + 1}`,
  partFailed: (why) => `falhou, porque ${why}`,
  partDone: (ref) => (ref ? `feito, com a referência ${ref}` : 'feito'),
  partList: (c, best, cheap) => (best ? `${c}, ${cheap ? 'a opção mais barata é' : 'primeiro'} ${best}` : c),
  used: [(v) => `Usei ${v} para o passo seguinte.`, (v) => `Com ${v} desse resultado, continuei.`, (v) => `Depois, usei ${v}.`],
  firstStep: [(m, p) => `Primeiro procurei ${m}: ${p}.`],
  backSame: ['É o mesmo de antes.', 'Igual à última vez.'],
  backLess: [(was) => `É menos do que antes (${was}).`, (was) => `Baixou em relação a ${was}.`],
  backMore: [(was) => `É mais do que antes (${was}).`, (was) => `Subiu em relação a ${was}.`],
  sameAsBefore: 'O mesmo resultado de antes.',
  decline: [
    (vp, t) => `Não consigo fazer isso aqui: não tenho nenhuma ferramenta para ${vp}. Posso ajudar com ${t}.`,
    (vp, t) => `Desculpe, ${vp} fica fora do que posso fazer nesta conversa. As minhas ferramentas cobrem ${t}.`,
    (vp, t) => `Com estas ferramentas não consigo ${vp}. Posso ajudar com ${t}, se for útil.`,
    (vp) => `Não tenho acesso a nada que permita ${vp}, então não posso fazer isso. Um serviço específico seria o ideal.`,
    (vp, t) => `Infelizmente, aqui não posso ${vp}. Mas posso ajudar com ${t}.`,
  ],
  domains: {
    finance: 'finanças', travel: 'viagens', weather: 'meteorologia', health: 'saúde', 'e-commerce': 'compras online', messaging: 'mensagens',
    calendar: 'agenda', maps: 'mapas', sports: 'resultados de jogos', media: 'filmes e séries', devops: 'infraestrutura', science: 'ciência',
    education: 'educação', food: 'culinária', 'real-estate': 'imóveis', jobs: 'emprego', legal: 'questões jurídicas', government: 'serviços públicos',
    automotive: 'automóveis', energy: 'energia', agriculture: 'agricultura', gaming: 'jogos', 'social-media': 'redes sociais',
    security: 'segurança', telecom: 'telecomunicações', insurance: 'seguros', logistics: 'envios', music: 'música', news: 'notícias', 'home-automation': 'automação residencial',
  },
  askKind: {
    city: ['Em que cidade?', 'Onde procuro?'],
    location: ['Em que lugar?', 'Onde procuro?'],
    postal: ['Qual é o código postal?'],
    address: ['Qual é o endereço?'],
    street: ['Qual é o endereço?'],
    date: ['Para que data?', 'Que dia?'],
    'date-time': ['Para que data e hora?', 'Quando exatamente?'],
    ticker: ['Qual ação? O código basta.'],
    email: ['Que e-mail devo usar?', 'Qual é o e-mail?'],
    phone: ['Qual é o número de telefone?'],
    airport: ['Qual aeroporto?'],
    country: ['Que país?'],
    'country-code': ['Que país?'],
    currency: ['Em que moeda?'],
    language: ['Em que idioma?'],
    query: ['O que devo procurar exatamente?'],
  },
  askLabel: [(d) => `Qual é ${d}?`, (_d, b) => `Que ${b} devo usar?`],
  askThing: [(b) => `De qual ${b} se trata?`, (b) => `Qual ${b} devo usar?`],
  askFrames: [
    (q) => q,
    (q) => `Claro. ${q}`,
    (q) => `Com prazer. ${q}`,
    (q, a) => `Posso ${a}, mas falta um dado. ${q}`,
    (q, a, l) => `Para ${a}, falta ${l}. ${q}`,
    (q) => `Só uma coisa antes: ${lower(q)}`,
    (q) => `Quase lá. ${q}`,
    (q) => `Entendido, uma pergunta: ${lower(q)}`,
  ],
};
