/**
 * Word problems over numbers: multi-step arithmetic, percentages and money, unit conversion,
 * comparing and adding decimals. Every answer is computed here, exactly (bigint where the
 * values are big), before any program is written.
 */
import type { Rng } from '../../core/rng.js';
import { NAMES, bigOfDigits, grouped, roundScaled, scaled, trimmed, type CodeVariant, type Mistake, type Problem } from './problem-types.js';

/** The singular of the plurals used here: boxes -> box, switches -> switch, trays -> tray. */
const one = (plural: string): string => (/(x|ch|sh)es$/.test(plural) ? plural.slice(0, -2) : plural.slice(0, -1));

const COMPUTE = ['Several steps of arithmetic are easy to slip on by hand, so I will let Python do them.', 'I will work this out in Python so that no step of the arithmetic goes wrong.'];

export function arithmetic(rng: Rng, variant: CodeVariant): Problem {
  const big = variant === 'big';
  if (rng.bool()) {
    const [thing, unitName, sold, bagName] = rng.pick([
      ['bakery', 'rolls', 'sells', 'bags'],
      ['farm', 'eggs', 'uses', 'cartons'],
      ['factory', 'bolts', 'ships', 'boxes'],
      ['print shop', 'flyers', 'hands out', 'bundles'],
    ] as const);
    const tray = rng.pick(thing === 'bakery' ? ['trays'] : thing === 'farm' ? ['baskets'] : thing === 'factory' ? ['crates'] : ['stacks']);
    // Big: 5-digit by 6-digit, so the total and the part taken out have 9 to 11 digits.
    const t = big ? bigOfDigits(rng, 5) : BigInt(rng.int(6, 40));
    const r = big ? bigOfDigits(rng, 6) : BigInt(rng.int(12, 48));
    const total = t * r;
    const s = big ? total / BigInt(rng.int(3, 9)) : BigInt(rng.int(10, Number(total) - 20));
    const b = big ? BigInt(rng.int(7, 97)) : BigInt(rng.pick([4, 5, 6, 8, 10, 12]));
    const bags = (total - s) / b;
    const done = { sells: 'sold', uses: 'used', ships: 'shipped', 'hands out': 'handed_out' }[sold];
    const per = `per_${one(bagName)}`;
    const lines = [`${tray} = ${t}`, `per_${one(tray)} = ${r}`, `${done} = ${s}`, `${per} = ${b}`, `left = ${tray} * per_${one(tray)} - ${done}`];
    const mistakes: Mistake[] =
      (total - s) % b !== 0n
        ? [
            {
              kind: 'wrong',
              program: { imports: [], lines, final: `left / ${per}` },
              notice: (shown) => `\`${shown}\` is not a whole number of ${bagName}: only full ${bagName} count, so the division has to round down. Floor division (\`//\`) does that.`,
            },
          ]
        : [];
    return {
      skill: 'arithmetic',
      variant,
      question: `A ${thing} fills ${grouped(t)} ${tray} with ${grouped(r)} ${unitName} each. It ${sold} ${grouped(s)} of the ${unitName} and packs the rest into ${bagName} of ${b}. How many full ${bagName} can it pack?`,
      answer: bags.toString(),
      unit: bagName,
      tolerance: 0,
      statement: `It can pack ${grouped(bags)} full ${bagName}.`,
      approach: COMPUTE,
      solutions: [
        { imports: [], lines, final: `left // ${per}`, plainRepr: true },
        { imports: [], lines: [], final: `(${t} * ${r} - ${s}) // ${b}`, plainRepr: true },
      ],
      mistakes,
    };
  }
  // Shopping with change, all in cents so the money stays exact.
  const name = rng.pick(NAMES);
  const [item1, item2] = big
    ? rng.pick([
        ['servers', 'switches'],
        ['turbines', 'generators'],
        ['trucks', 'trailers'],
      ] as const)
    : rng.pick([
        ['notebooks', 'pens'],
        ['coffees', 'muffins'],
        ['tickets', 'programmes'],
        ['plants', 'pots'],
      ] as const);
  // Big: 5-digit quantities at 5- to 6-digit prices, so the bill has 9 to 11 digits of dollars.
  const a = BigInt(big ? rng.int(10000, 99999) : rng.int(2, 9));
  const b = BigInt(big ? rng.int(10000, 99999) : rng.int(2, 9));
  const p = BigInt(big ? rng.int(1000000, 99999999) : rng.int(150, 1500));
  const q = BigInt(big ? rng.int(1000000, 99999999) : rng.int(75, 900));
  const cost = a * p + b * q;
  const step = big ? 10n ** 8n : 1000n;
  const paid = (cost / step + 1n) * step;
  const change = paid - cost;
  const money = (c: bigint): string => `$${grouped(c / 100n)}.${(c % 100n).toString().padStart(2, '0')}`;
  return {
    skill: 'arithmetic',
    variant,
    question: `${name} buys ${grouped(a)} ${item1} at ${money(p)} each and ${grouped(b)} ${item2} at ${money(q)} each, and pays with ${money(paid)}. How much change does ${name} get, in dollars?`,
    answer: trimmed(scaled(change, 2)),
    unit: 'dollars',
    tolerance: 0,
    statement: `${name} gets ${money(change)} in change.`,
    approach: ['Money sums are safest in whole cents, so I will compute in cents with Python and convert at the end.', ...COMPUTE],
    solutions: [
      {
        imports: [],
        lines: [`${one(item1)}_cents = ${p}`, `${one(item2)}_cents = ${q}`, `cost = ${a} * ${one(item1)}_cents + ${b} * ${one(item2)}_cents`, `change = ${paid} - cost`],
        final: `f"{change // 100}.{change % 100:02d}"`,
        plainRepr: true,
      },
      { imports: ['from decimal import Decimal'], lines: [`cost = ${a} * Decimal("${scaled(p, 2)}") + ${b} * Decimal("${scaled(q, 2)}")`], final: `Decimal("${scaled(paid, 2)}") - cost` },
    ],
    mistakes: [],
  };
}

export function percent(rng: Rng, variant: CodeVariant): Problem {
  const big = variant === 'big';
  if (rng.bool(0.6)) {
    const item = rng.pick(['jacket', 'laptop', 'bicycle', 'sofa', 'camera', 'pair of boots']);
    // In cents: the big variant's prices have 9 to 11 digits of dollars.
    const P = big ? bigOfDigits(rng, rng.int(11, 13)) : BigInt(rng.int(20, 900) * 100 + rng.pick([0, 0, 49, 99, 50]));
    const d = rng.pick([10, 15, 20, 25, 30, 35, 40]);
    const t = rng.pick([5, 6, 7, 8, 8.25, 9.5]);
    const t100 = BigInt(Math.round(t * 100));
    // price * (100 - d)/100 * (1 + t/100): scale = cents * 100 * 10000 -> 6 decimals past the cent
    const exact = P * BigInt(100 - d) * (10000n + t100); // in units of cents * 1e6
    const finalCents = roundScaled(exact, 6, 0);
    const tag = (c: bigint): string => `$${grouped(c / 100n)}.${(c % 100n).toString().padStart(2, '0')}`;
    const price = scaled(P, 2);
    return {
      skill: 'percent',
      variant,
      question: `A ${item} costs ${tag(P)}. It is on sale for ${d}% off, and ${/^(8|11|18)/.test(String(t)) ? 'an' : 'a'} ${t}% sales tax is added to the sale price. What is the final price, in dollars, rounded to the cent?`,
      answer: trimmed(scaled(finalCents, 2)),
      unit: 'dollars',
      tolerance: 0.01,
      statement: `The final price is ${tag(finalCents)}.`,
      approach: ['A discount followed by a tax is easy to get wrong by hand, so I will compute it in Python.', 'I will let Python apply the discount and then the tax.'],
      solutions: [
        {
          imports: ['from decimal import Decimal, ROUND_HALF_UP'],
          lines: [`price = Decimal("${price}")`, `sale = price * (1 - Decimal(${d}) / 100)`, `total = sale * (1 + Decimal("${t}") / 100)`],
          final: 'total.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)',
        },
        { imports: [], lines: [`price = ${price}`, `sale = price * (1 - ${d} / 100)`, `total = sale * (1 + ${t} / 100)`], final: 'round(total, 2)', plainRepr: true },
      ],
      mistakes: [
        {
          kind: 'wrong',
          program: { imports: [], lines: [`price = ${price}`, `sale = price * (1 - ${d})`, `total = sale * (1 + ${t})`], final: 'round(total, 2)' },
          notice: (shown) => `A final price of \`${shown}\` cannot be right. I used ${d} and ${t} as if they were fractions; they are percentages, so both have to be divided by 100.`,
        },
      ],
    };
  }
  const name = rng.pick(NAMES);
  const P = big ? bigOfDigits(rng, rng.int(9, 10)) : BigInt(rng.int(5, 200) * 100);
  const r = rng.pick([2, 2.5, 3, 3.5, 4, 4.5, 5, 6]);
  const n = rng.int(2, big ? 30 : 12);
  // Exact: P * (1 + r/100)^n with r in hundredths of a percent: scale 1e4 per year.
  const r4 = BigInt(Math.round(r * 100)); // r% = r4 / 10000
  let v = P * 100n; // dollars * 10^2 (P is whole dollars) -> work in dollars * 10^2 * 10^(4n)
  for (let i = 0; i < n; i++) v = v * (10000n + r4);
  const cents = roundScaled(v, 4 * n, 0);
  const tag = (c: bigint): string => `$${grouped(c / 100n)}.${(c % 100n).toString().padStart(2, '0')}`;
  return {
    skill: 'percent',
    variant,
    question: `${name} puts $${grouped(P)} into a savings account that pays ${r}% interest per year, compounded yearly. How much is in the account after ${n} years, to the cent?`,
    answer: trimmed(scaled(cents, 2)),
    unit: 'dollars',
    tolerance: 0.01,
    statement: `After ${n} years the account holds ${tag(cents)}.`,
    approach: ['Compounding over several years is tedious by hand, so I will let Python do it.', 'I will compute the compound interest in Python.'],
    solutions: [
      {
        imports: ['from decimal import Decimal, ROUND_HALF_UP'],
        lines: [`balance = Decimal(${P})`, `for year in range(${n}):`, `    balance *= 1 + Decimal("${r}") / 100`],
        final: 'balance.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)',
      },
      {
        imports: ['from decimal import Decimal, ROUND_HALF_UP'],
        lines: [`amount = Decimal(${P}) * (1 + Decimal("${r}") / 100) ** ${n}`],
        final: 'amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)',
      },
    ],
    mistakes: [
      {
        kind: 'error',
        program: { imports: [], lines: [`amount = ${P} * math.pow(1 + ${r} / 100, ${n})`], final: 'round(amount, 2)' },
        notice: (shown) => `The program stopped with \`${shown}\`: I used math.pow without importing math. I will import what I use and compute with Decimal to keep the cents exact.`,
      },
    ],
  };
}

const CONVERSIONS = [
  { from: 'miles', to: 'kilometres', unit: 'km', factor: '1.609344', what: ['A hiking trail is', 'long'], bigger: true },
  { from: 'pounds', to: 'kilograms', unit: 'kg', factor: '0.45359237', what: ['A shipment weighs', ''], bigger: false },
  { from: 'US gallons', to: 'litres', unit: 'L', factor: '3.785411784', what: ['A tank holds', ''], bigger: true },
  { from: 'feet', to: 'metres', unit: 'm', factor: '0.3048', what: ['A building is', 'tall'], bigger: false },
] as const;

export function units(rng: Rng, variant: CodeVariant): Problem {
  const big = variant === 'big';
  if (rng.bool(0.25)) {
    // Fahrenheit to Celsius, to one decimal; the big variant reads the thermometer to six decimals.
    const places = big ? 6 : 1;
    const fS = BigInt(rng.int(33, 110)) * 10n ** BigInt(places) + BigInt(rng.int(1, 10 ** places - 1));
    const f = trimmed(scaled(fS, places));
    // C = (F - 32) * 5 / 9, kept three more places before rounding to tenths
    const c = roundScaled(((fS - 32n * 10n ** BigInt(places)) * 5n * 1000n) / 9n, places + 3, 1);
    const cText = trimmed(scaled(c, 1));
    return {
      skill: 'units',
      variant,
      question: `${rng.pick(['A weather station records', 'The thermometer on the porch shows', 'A greenhouse sensor reads'])} ${f} °F. What is that in degrees Celsius, rounded to one decimal place?`,
      answer: cText,
      unit: '°C',
      tolerance: 0.1,
      statement: `${f} °F is about ${cText} °C.`,
      approach: ['I will convert it with the formula C = (F - 32) × 5/9 in Python.'],
      solutions: [
        { imports: [], lines: [`fahrenheit = ${f}`, 'celsius = (fahrenheit - 32) * 5 / 9'], final: 'round(celsius, 1)', plainRepr: true },
        { imports: [], lines: [], final: `round((${f} - 32) * 5 / 9, 1)`, plainRepr: true },
      ],
      mistakes: [
        {
          kind: 'wrong',
          program: { imports: [], lines: [`fahrenheit = ${f}`, 'celsius = fahrenheit - 32 * 5 / 9'], final: 'round(celsius, 1)' },
          notice: (shown) =>
            `\`${shown}\` is only about 17.8 below the Fahrenheit reading, which cannot be right: precedence applied \`* 5 / 9\` to the 32 alone. The subtraction needs parentheses.`,
        },
      ],
    };
  }
  const conv = rng.pick(CONVERSIONS);
  const x1000 = big ? bigOfDigits(rng, rng.int(9, 11)) * 1000n + BigInt(rng.int(1, 999)) : BigInt(rng.int(2, 900) * 10 + rng.int(0, 9)) * 100n;
  const x = trimmed(scaled(x1000, 3));
  const fScale = conv.factor.split('.')[1].length;
  const fInt = BigInt(conv.factor.replace('.', ''));
  const y = roundScaled(x1000 * fInt, 3 + fScale, 2);
  const yText = trimmed(scaled(y, 2));
  const [pre, post] = conv.what;
  const amount = big ? grouped(x1000 / 1000n) + x.slice(x.indexOf('.')) : x;
  const wrongWay = conv.bigger ? 'divided' : 'multiplied';
  return {
    skill: 'units',
    variant,
    question: `${pre} ${amount} ${conv.from}${post ? ` ${post}` : ''}. How much is that in ${conv.to}, rounded to two decimal places?`,
    answer: yText,
    unit: conv.unit,
    tolerance: 0.01,
    statement: `That is ${yText} ${conv.unit}.`,
    approach: [`One ${conv.from.replace(/s$/, '').replace('feet', 'foot')} is ${conv.factor} ${conv.to}; I will let Python do the multiplication.`, 'I will convert it in Python with the exact conversion factor.'],
    solutions: [
      { imports: [], lines: [`${conv.from.split(' ').pop()} = ${x}`, `factor = ${conv.factor}  # ${conv.to} per ${conv.from.replace(/s$/, '').replace('feet', 'foot')}`], final: `round(${conv.from.split(' ').pop()} * factor, 2)`, plainRepr: true },
      { imports: ['from decimal import Decimal, ROUND_HALF_UP'], lines: [`value = Decimal("${x}") * Decimal("${conv.factor}")`], final: 'value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)' },
    ],
    mistakes: [
      {
        kind: 'wrong',
        program: { imports: [], lines: [`${conv.from.split(' ').pop()} = ${x}`], final: conv.bigger ? `round(${conv.from.split(' ').pop()} / ${conv.factor}, 2)` : `round(${conv.from.split(' ').pop()} * ${(1 / Number(conv.factor)).toFixed(6)}, 2)` },
        notice: (shown) =>
          conv.bigger
            ? `\`${shown}\` is smaller than ${x}, but one ${conv.from.replace(/s$/, '')} is more than one ${conv.to.replace(/s$/, '')}, so the number of ${conv.to} must be larger. I ${wrongWay} where I should multiply by ${conv.factor}.`
            : `\`${shown}\` is larger than ${x}, but one ${conv.from.replace(/s$/, '').replace('feet', 'foot')} is less than one ${conv.to.replace(/s$/, '')}, so the number of ${conv.to} must be smaller. I used the inverse factor; it should be ${conv.factor}.`,
      },
    ],
  };
}

/** Decimals that look alike: more digits after the point does not mean larger. */
function decimalPair(rng: Rng, big: boolean): [string, string] {
  const whole = big ? String(bigOfDigits(rng, rng.int(9, 11))) : String(rng.int(0, 12));
  const shortD = String(rng.int(2, 9));
  // The longer one is smaller about two times in three: the case that catches guessers.
  const first = rng.bool(0.67) ? rng.int(0, Number(shortD) - 1) : rng.int(Number(shortD), 9);
  const longD = big ? `${first}${String(rng.int(0, 99999999)).padStart(8, '0')}` : `${first}${rng.int(1, 9)}`;
  return rng.bool() ? [`${whole}.${longD}`, `${whole}.${shortD}`] : [`${whole}.${shortD}`, `${whole}.${longD}`];
}

export function decimals(rng: Rng, variant: CodeVariant): Problem {
  const big = variant === 'big';
  if (rng.bool()) {
    const [a, b] = decimalPair(rng, big);
    const larger = cmpDecimal(a, b) > 0 ? a : b;
    return {
      skill: 'decimals',
      variant,
      question: rng.pick([`Which is larger, ${a} or ${b}?`, `Is ${a} greater than ${b}? Give the larger of the two numbers.`, `Which number is bigger: ${a} or ${b}?`]),
      answer: larger,
      tolerance: 0,
      statement: `${larger} is the larger number.`,
      approach: ['Decimals with different numbers of digits are easy to misjudge, so I will compare them in Python.', 'More digits after the point does not make a number larger; I will let Python compare them.'],
      solutions: [
        { imports: ['from decimal import Decimal'], lines: [`a = Decimal("${a}")`, `b = Decimal("${b}")`, 'print(a > b)'], final: 'max(a, b)' },
        { imports: [], lines: [`print(${a} > ${b})`], final: `max(${a}, ${b})`, plainRepr: !big },
      ].filter((s) => !big || s.imports.length > 0),
      mistakes: [
        {
          kind: 'error',
          program: { imports: [], lines: [`a = "${a}"`, `b = ${b}`, 'print(a > b)'], final: 'max(a, b)' },
          notice: (shown) => `\`${shown}\`: I wrote the first number as a string, and a string cannot be compared with a number. Both have to be numbers (Decimal keeps every digit).`,
        },
      ],
    };
  }
  // Sum of decimals: floats add binary noise, Decimal does not.
  const n = rng.int(3, 5);
  const values = Array.from({ length: n }, () => (big ? `${rng.int(1, 999)}.${String(rng.int(1, 99999999)).padStart(8, '0')}` : `${rng.int(0, 9)}.${rng.int(1, 9)}${rng.bool() ? rng.int(1, 9) : ''}`));
  const places = Math.max(...values.map((v) => v.split('.')[1].length));
  const sum = values.reduce((s, v) => s + BigInt(v.replace('.', '') + '0'.repeat(places - v.split('.')[1].length)), 0n);
  const exact = trimmed(scaled(sum, places));
  // Left to right, as Python adds `a + b + c` (its sum() of floats compensates, so the mistake adds with +).
  const floatSum = values.slice(1).reduce((s, v) => s + Number(v), Number(values[0]));
  const noisy = String(floatSum) !== exact;
  const list = `${values.slice(0, -1).join(', ')} and ${values[values.length - 1]}`;
  return {
    skill: 'decimals',
    variant,
    question: rng.pick([`What is the exact sum of ${list}?`, `Add up ${list}. What is the total, exactly?`]),
    answer: exact,
    tolerance: 0,
    statement: `The exact total is ${exact}.`,
    approach: ['Adding decimals in binary floating point can leave rounding noise, so I will add them exactly with Decimal.', 'I will add these in Python, exactly.'],
    solutions: [{ imports: ['from decimal import Decimal'], lines: [`values = [${values.map((v) => `"${v}"`).join(', ')}]`], final: 'sum(Decimal(v) for v in values)' }],
    mistakes: noisy
      ? [
          {
            kind: 'wrong',
            program: { imports: [], lines: [], final: values.join(' + ') },
            notice: (shown) => `\`${shown}\` carries floating-point noise: these decimals have no exact binary form. Adding them as Decimal gives the exact total.`,
          },
        ]
      : [],
  };
}

/** Compare two non-negative decimal strings exactly. */
export function cmpDecimal(a: string, b: string): number {
  const [ai, af = ''] = a.split('.');
  const [bi, bf = ''] = b.split('.');
  if (BigInt(ai) !== BigInt(bi)) return BigInt(ai) > BigInt(bi) ? 1 : -1;
  const len = Math.max(af.length, bf.length);
  const x = af.padEnd(len, '0');
  const y = bf.padEnd(len, '0');
  return x === y ? 0 : x > y ? 1 : -1;
}
