/**
 * Counting arrangements and solving equations: committees, arrangements of letters, handshakes;
 * linear equations and word problems by search, quadratics by formula, cubics by search over
 * integers. Roots are drawn first and the equation built from them (answer first).
 */
import type { Rng } from '../../core/rng.js';
import { NAMES, bigOfDigits, grouped, type CodeVariant, type Problem } from './problem-types.js';

function choose(n: bigint, k: bigint): bigint {
  let r = 1n;
  for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}
function factorial(n: number): bigint {
  let r = 1n;
  for (let i = 2n; i <= BigInt(n); i++) r *= i;
  return r;
}
function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
}
/** A fraction in lowest terms as Python's Fraction prints it: "7/3", "-2", "5". */
function fraction(p: bigint, q: bigint): string {
  if (q < 0n) [p, q] = [-p, -q];
  const g = gcd(p, q) || 1n;
  return q / g === 1n ? String(p / g) : `${p / g}/${q / g}`;
}
const signed = (c: bigint, x: string, first = false): string => {
  if (c === 0n) return '';
  const abs = c < 0n ? -c : c;
  const coef = abs === 1n && x ? '' : grouped(abs);
  const sign = c < 0n ? (first ? '-' : ' - ') : first ? '' : ' + ';
  return `${sign}${coef}${x}`;
};

export function combinatorics(rng: Rng, variant: CodeVariant): Problem {
  const big = variant === 'big';
  const kind = rng.int(0, 2);
  if (kind === 0 || big) {
    // Big: C(60..80, 7..8) has 9 to 11 digits.
    const n = big ? rng.int(60, 80) : rng.int(6, 30);
    const k = big ? rng.int(7, 8) : rng.int(2, Math.min(6, n - 2));
    const ways = choose(BigInt(n), BigInt(k));
    const group = rng.pick([['club', 'members', 'committee'], ['class', 'students', 'team'], ['office', 'employees', 'working group']] as const);
    return {
      skill: 'combinatorics',
      variant,
      question: `${group[0] === 'office' ? 'An' : 'A'} ${group[0]} has ${n} ${group[1]}. In how many ways can a ${group[2]} of ${k} be chosen, if the order does not matter?`,
      answer: ways.toString(),
      unit: 'ways',
      tolerance: 0,
      statement: `There are ${grouped(ways)} ways to choose the ${group[2]}.`,
      approach: [`This is "${n} choose ${k}"; I will compute it exactly in Python.`, 'The count of unordered selections is a binomial coefficient; Python computes it exactly.'],
      solutions: [
        { imports: ['import math'], lines: [], final: `math.comb(${n}, ${k})`, plainRepr: true },
        { imports: ['from math import factorial'], lines: [`n, k = ${n}, ${k}`], final: 'factorial(n) // (factorial(k) * factorial(n - k))', plainRepr: true },
      ],
      mistakes: [
        {
          kind: 'wrong',
          program: { imports: ['import math'], lines: [], final: `math.perm(${n}, ${k})` },
          notice: (shown) =>
            `\`${shown}\` is too many: math.perm counts ordered selections, so every ${group[2]} is counted once for each of the ${k}! orders of its members. The order does not matter here, so I need combinations (math.comb).`,
        },
      ],
    };
  }
  if (kind === 1) {
    const word = rng.pick([
      'BANANA', 'LETTER', 'BALLOON', 'COFFEE', 'PEPPER', 'SUCCESS', 'TOMORROW', 'MISSISSIPPI', 'ASSESS', 'GOOGOL', 'BOOKKEEPER', 'COMMITTEE',
      'STATISTICS', 'ALABAMA', 'PARALLEL', 'REFEREE', 'CANNON', 'PIZZAZZ', 'BOOKSHOP', 'TENNESSEE', 'ELEVEN', 'DEEPEST', 'ADDRESS', 'LOLLIPOP',
      'MAMMAL', 'PUPPET', 'ATTENTION', 'ARRAY', 'BUBBLE', 'CHEESE', 'KAYAK', 'LEVEL', 'RACECAR', 'SASSAFRAS', 'TATTOO', 'VOODOO',
    ]);
    const counts = new Map<string, number>();
    for (const c of word) counts.set(c, (counts.get(c) ?? 0) + 1);
    let ways = factorial(word.length);
    for (const n of counts.values()) ways /= factorial(n);
    const repeated = [...counts].filter(([, n]) => n > 1).map(([c, n]) => `${n} ${c}'s`);
    const list = repeated.length > 1 ? `${repeated.slice(0, -1).join(', ')} and ${repeated[repeated.length - 1]}` : repeated[0];
    return {
      skill: 'combinatorics',
      variant,
      question: `How many different arrangements of the letters of the word ${word} are there?`,
      answer: ways.toString(),
      unit: 'arrangements',
      tolerance: 0,
      statement: `There are ${grouped(ways)} different arrangements.`,
      approach: ['Arrangements with repeated letters: the factorial of the length divided by the factorials of the repeat counts. Python will do the arithmetic.'],
      solutions: [
        {
          imports: ['from math import factorial', 'from collections import Counter'],
          lines: [`word = "${word}"`, 'ways = factorial(len(word))', 'for count in Counter(word).values():', '    ways //= factorial(count)'],
          final: 'ways',
          plainRepr: true,
        },
        { imports: ['from itertools import permutations'], lines: [`word = "${word}"`], final: 'len(set(permutations(word)))', plainRepr: true },
      ].filter((s) => !s.imports[0].includes('itertools') || word.length <= 8),
      mistakes: [
        {
          kind: 'wrong',
          program: { imports: ['from math import factorial'], lines: [`word = "${word}"`], final: 'factorial(len(word))' },
          notice: (shown) => `\`${shown}\` counts every letter as distinct, but ${word} has ${list}: swapping equal letters gives the same word. I have to divide by the factorial of each letter's count.`,
        },
      ],
    };
  }
  if (rng.bool()) {
    // Ordered places: a podium is a permutation, not a combination.
    const n = rng.int(5, 25);
    const r = rng.int(2, 4);
    const places = ['first and second', 'first, second and third', 'first, second, third and fourth'][r - 2];
    let ways = 1n;
    for (let i = 0; i < r; i++) ways *= BigInt(n - i);
    const race = rng.pick([['race', 'runners'], ['spelling bee', 'pupils'], ['baking contest', 'bakers'], ['chess tournament', 'players']] as const);
    return {
      skill: 'combinatorics',
      variant,
      question: `${n} ${race[1]} enter a ${race[0]}. In how many different ways can ${places} place be awarded, if there are no ties?`,
      answer: ways.toString(),
      unit: 'ways',
      tolerance: 0,
      statement: `There are ${grouped(ways)} ways to award ${places} place.`,
      approach: ['The places are ordered, so this counts arrangements of ' + r + ' out of ' + n + '; Python can compute it exactly.'],
      solutions: [
        { imports: ['import math'], lines: [], final: `math.perm(${n}, ${r})`, plainRepr: true },
        { imports: ['from itertools import permutations'], lines: [`entrants = range(${n})`], final: `sum(1 for _ in permutations(entrants, ${r}))`, plainRepr: true },
      ],
      mistakes: [
        {
          kind: 'wrong',
          program: { imports: ['import math'], lines: [], final: `math.comb(${n}, ${r})` },
          notice: (shown) => `\`${shown}\` is too few: math.comb counts groups without order, but first and second place are different prizes. The order matters, so I need permutations (math.perm).`,
        },
      ],
    };
  }
  const n = rng.int(5, 150);
  const shakes = (n * (n - 1)) / 2;
  return {
    skill: 'combinatorics',
    variant,
    question: rng.pick([
      `At a meeting, each of the ${n} people shakes hands once with every other person. How many handshakes are there?`,
      `In a league of ${n} teams, every team plays every other team exactly once. How many games are played?`,
      `${n} friends each send one message to every other friend in the group, and each pair then meets once for coffee. How many coffee meetings are there?`,
    ]),
    answer: String(shakes),
    unit: 'handshakes',
    tolerance: 0,
    statement: `There are ${grouped(shakes)} handshakes.`,
    approach: ['Each handshake is a pair of people, so this is the number of pairs; Python can count it.'],
    solutions: [
      { imports: ['import math'], lines: [], final: `math.comb(${n}, 2)`, plainRepr: true },
      { imports: ['from itertools import combinations'], lines: [`people = range(${n})`], final: 'sum(1 for _ in combinations(people, 2))', plainRepr: true },
    ],
    mistakes: [
      {
        kind: 'wrong',
        program: { imports: [], lines: [`n = ${n}`], final: 'n * (n - 1)' },
        notice: (shown) => `\`${shown}\` counts each handshake twice, once from each person's side. Halving it (or counting pairs) gives the right number.`,
      },
    ],
  };
}

export function linear(rng: Rng, variant: CodeVariant): Problem {
  const big = variant === 'big';
  if (!big && rng.bool(0.4)) {
    // Tickets by search: the answer is a count, found by trying every split.
    const adult = rng.int(8, 30);
    const child = rng.int(3, adult - 2);
    const n = rng.int(20, 120);
    const adults = rng.int(1, n - 1);
    const total = adult * adults + child * (n - adults);
    return {
      skill: 'linear',
      variant,
      question: `A museum charges $${adult} for an adult ticket and $${child} for a child ticket. One day it sold ${n} tickets for $${grouped(total)} in all. How many adult tickets did it sell?`,
      answer: String(adults),
      unit: 'tickets',
      tolerance: 0,
      statement: `It sold ${adults} adult tickets (and ${n - adults} child tickets).`,
      approach: ['Only whole numbers of tickets make sense, so I can simply try every split in Python.', 'I will search every possible number of adult tickets in Python.'],
      solutions: [
        { imports: [], lines: [`for adults in range(${n} + 1):`, `    if ${adult} * adults + ${child} * (${n} - adults) == ${total}:`, '        print(adults)'], final: '', plainRepr: true },
        { imports: [], lines: [`adults = (${total} - ${child} * ${n}) / (${adult} - ${child})`], final: 'int(adults)', plainRepr: true },
      ],
      mistakes: [],
    };
  }
  // a*x + b = c*x + d with x = p/q
  const q = big ? 1n : BigInt(rng.pick([1, 1, 2, 3, 4, 5, 7]));
  const a0 = big ? bigOfDigits(rng, rng.int(4, 5)) : BigInt(rng.int(2, 12));
  const c = big ? bigOfDigits(rng, rng.int(3, 4)) : BigInt(rng.int(-9, Number(a0) - 1));
  const a = (a0 - c) % q === 0n ? a0 : a0 - ((a0 - c) % q); // a - c divisible by q so that the fraction p/q can be made
  const p = big ? bigOfDigits(rng, rng.int(6, 7)) * (rng.bool() ? 1n : -1n) : BigInt(rng.int(-20, 20));
  const b = big ? bigOfDigits(rng, rng.int(9, 11)) : BigInt(rng.int(-50, 50));
  // x = (d - b)/(a - c) = p/q  =>  d = b + (a - c) * p / q
  const diff = a - c;
  if (a === 0n || diff === 0n || (diff * p) % q !== 0n) return linear(rng, variant);
  const d = b + (diff * p) / q;
  const answer = fraction(d - b, diff);
  const lhs = `${signed(a, 'x', true)}${signed(b, '')}`;
  const rhs = c === 0n ? grouped(d) : `${signed(c, 'x', true)}${signed(d, '')}`;
  // A float shows the fraction wrongly only when its decimal does not end (a denominator with a prime other than 2 and 5).
  const den = BigInt(answer.split('/')[1] ?? '1');
  let rest = den;
  for (const f of [2n, 5n]) while (rest % f === 0n) rest /= f;
  const terminating = rest === 1n;
  return {
    skill: 'linear',
    variant,
    question: rng.pick([`Solve for x: ${lhs} = ${rhs}.`, `Find x if ${lhs} = ${rhs}.`]),
    answer,
    tolerance: 0,
    statement: `x = ${answer}.`,
    approach: ['Collecting the x terms on one side gives x = (d - b) / (a - c); I will let Python compute it exactly.', 'I will solve it in Python with exact fractions.'],
    solutions: [
      { imports: ['from fractions import Fraction'], lines: [`a, b, c, d = ${a}, ${b}, ${c}, ${d}`, 'x = Fraction(d - b, a - c)', 'print("check:", a * x + b == c * x + d)'], final: 'x' },
      { imports: ['from fractions import Fraction'], lines: [], final: `Fraction(${d} - (${b}), ${a} - (${c}))` },
    ],
    mistakes: terminating
      ? []
      : [
          {
            kind: 'wrong',
            program: { imports: [], lines: [`a, b, c, d = ${a}, ${b}, ${c}, ${d}`], final: '(d - b) / (a - c)' },
            notice: (shown) => `\`${shown}\` is a rounded decimal of a fraction that does not end. To give x exactly I will use Fraction.`,
          },
        ],
  };
}

export function quadratic(rng: Rng, variant: CodeVariant): Problem {
  const big = variant === 'big';
  // a(x - r1)(x - r2) with integer roots.
  const a = big ? 1n : BigInt(rng.pick([1, 1, 2, 3]));
  const r1 = big ? bigOfDigits(rng, rng.int(5, 6)) * (rng.bool() ? 1n : -1n) : BigInt(rng.int(-12, 12));
  let r2 = big ? bigOfDigits(rng, rng.int(5, 6)) : BigInt(rng.int(-12, 12));
  if (r2 === r1) r2 += 1n;
  const b = -a * (r1 + r2);
  const c = a * r1 * r2;
  const roots = [r1, r2].sort((x, y) => (x < y ? -1 : 1));
  const answer = roots.map(String).join(', ');
  const eq = `${signed(a, 'x²', true)}${signed(b, 'x')}${signed(c, '')} = 0`;
  return {
    skill: 'quadratic',
    variant,
    question: rng.pick([`Solve ${eq}. Give all real solutions, smallest first.`, `Find the real roots of ${eq}, in increasing order.`]),
    answer,
    tolerance: 0,
    statement: `The solutions are x = ${roots.map(String).join(' and x = ')}.`,
    approach: big
      ? ['With coefficients this large, floating-point square roots lose digits; I will use the quadratic formula with an exact integer square root.']
      : ['I will apply the quadratic formula in Python and check the roots by substituting them back.'],
    solutions: [
      {
        imports: ['import math'],
        lines: [`a, b, c = ${a}, ${b}, ${c}`, 'disc = b * b - 4 * a * c', 'root = math.isqrt(disc)', 'assert root * root == disc', 'xs = sorted([(-b - root) // (2 * a), (-b + root) // (2 * a)])', 'print("check:", [a * x * x + b * x + c for x in xs])'],
        final: 'xs',
        plainRepr: true,
      },
      ...(big
        ? []
        : [
            {
              imports: ['import math'],
              lines: [`a, b, c = ${a}, ${b}, ${c}`, 'disc = b ** 2 - 4 * a * c', 'x1 = (-b - math.sqrt(disc)) / (2 * a)', 'x2 = (-b + math.sqrt(disc)) / (2 * a)'],
              final: 'sorted([int(x1), int(x2)])',
              plainRepr: true,
            },
          ]),
    ],
    mistakes:
      a !== 1n && !big
        ? [
            {
              kind: 'wrong',
              program: {
                imports: ['import math'],
                lines: [`a, b, c = ${a}, ${b}, ${c}`, 'disc = b ** 2 - 4 * a * c', 'xs = [(-b - math.sqrt(disc)) / 2 * a, (-b + math.sqrt(disc)) / 2 * a]', 'print(xs)'],
                final: '[a * x * x + b * x + c for x in xs]',
              },
              notice: (shown) => `Substituting the roots back gives \`${shown}\` instead of zeros, so they are wrong: \`/ 2 * a\` divides by 2 and then multiplies by a. The denominator needs parentheses, \`(2 * a)\`.`,
            },
          ]
        : [],
  };
}

export function cubic(rng: Rng, variant: CodeVariant): Problem {
  const big = variant === 'big';
  // Big: roots of 1,000 to 3,000 in size, so the constant term has 9 to 11 digits.
  const draw = (): number => (big ? rng.int(1000, 3000) * (rng.bool() ? 1 : -1) : rng.int(-9, 9));
  const pool = new Set<number>();
  pool.add(big ? -rng.int(1000, 3000) : -rng.int(1, 9)); // at least one negative root
  while (pool.size < 3) pool.add(draw());
  const roots = [...pool].map(BigInt).sort((x, y) => (x < y ? -1 : 1));
  const [r1, r2, r3] = roots;
  const b = -(r1 + r2 + r3);
  const c = r1 * r2 + r1 * r3 + r2 * r3;
  const d = -(r1 * r2 * r3);
  const eq = `x³${signed(b, 'x²')}${signed(c, 'x')}${signed(d, '')} = 0`;
  const limit = big ? 4000 : 20;
  const name = rng.pick(NAMES);
  const answer = roots.map(String).join(', ');
  return {
    skill: 'cubic',
    variant,
    question: rng.pick([`Find all real solutions of ${eq}, smallest first.`, `${name} says the equation ${eq} has three integer solutions. What are they, in increasing order?`]),
    answer,
    tolerance: 0,
    statement: `The solutions are x = ${roots.map(String).join(', x = ')}.`,
    approach: ['If the roots are integers, testing integer candidates finds them; I will let Python do the testing.', 'Integer roots can be found by trying candidates, which Python does quickly.'],
    solutions: [
      { imports: [], lines: [`def f(x):`, `    return x**3 + (${b})*x**2 + (${c})*x + (${d})`], final: `[x for x in range(-${limit}, ${limit} + 1) if f(x) == 0]`, plainRepr: true },
      {
        imports: [],
        lines: [`d = ${d}`, 'candidates = [s * k for k in range(1, abs(d) + 1) if d % k == 0 for s in (1, -1)]' ].concat(d === 0n ? ['candidates = list(range(-' + limit + ', ' + limit + ' + 1))'] : []),
        final: `sorted(x for x in candidates if x**3 + (${b})*x**2 + (${c})*x + d == 0)`,
        plainRepr: true,
      },
    ].filter((s) => !big || !s.lines[0].startsWith('d =')),
    mistakes: [
      {
        kind: 'wrong',
        program: { imports: [], lines: [`def f(x):`, `    return x**3 + (${b})*x**2 + (${c})*x + (${d})`], final: `[x for x in range(0, ${limit} + 1) if f(x) == 0]` },
        notice: (shown) =>
          `Only \`${shown}\`, but a cubic whose roots are integers has three of them counted with multiplicity, and their product must be ${-d}. The search started at 0, so it skipped negative roots; it has to run from -${limit}.`,
      },
    ],
  };
}
