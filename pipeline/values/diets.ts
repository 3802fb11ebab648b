/**
 * What a diet, an intolerance or an ingredient to avoid leaves out, read off a dish's name: a
 * vegan meal plan holds no "Kangaroo With Olive Sauce" and no "Caprese Salad", a gluten-free
 * search no "Pasta And Beans", an `exclude: ["olives"]` no "Zesty Parsnip With Olive Glaze".
 * Groups of ingredients are word patterns over the lower-cased name; a dish made of a plant
 * stand-in ("Lentil Bolognese", "Jackfruit Carnitas", "Cauliflower Wings") is no meat dish.
 */

/** Ingredient groups, as patterns over a lower-cased dish name. */
const GROUP: Readonly<Record<string, RegExp>> = {
  meat: /\b(beef|steaks?|pork|bacon|ham|chicken|turkey|duck|goose|lamb|mutton|veal|venison|kangaroo|ostrich|emu|crocodile|rabbit|goat|sausages?|chorizo|salami|prosciutto|pepperoni|brisket|ribs|pastrami|quail|pheasant|bison|boar|souvlaki|bunny chow|chilli con carne|chili con carne|kebabs?|pho|peking)\b/,
  /** Dishes whose usual make is meat, unless a plant stand-in is named. */
  meatDish: /\b(bolognese|carbonara|carnitas|wings|bourguignon|burgers?|cheeseburgers?|meatballs?|milanese|katsu)\b/,
  fish: /\b(fish|salmon|tuna|cod|flounder|haddock|trout|mackerel|sardines?|anchov(y|ies)|nigiri|poke|sushi|eel|tilapia|halibut|snapper|seafood|ceviche|caviar|philadelphia maki)\b/,
  shellfish: /\b(shrimps?|prawns?|crabs?|lobsters?|mussels?|clams?|oysters?|scallops?|squid|calamari|octopus|ebiten|california maki|seafood)\b/,
  dairy: /\b(cheese|cheesy|cheeseburgers?|cheddar|mozzarella|caprese|parmesan|feta|ricotta|edam|brie|gouda|paneer|halloumi|mascarpone|alfredo|butter|cream|creamy|milk|yog(h)?urt|ghee|makhani|philadelphia|french toast|gelato|ice cream|cheesecake|tzatziki|queso|raita)\b|\bcustard\b(?! apple)/,
  egg: /\b(eggs?|omelet(te)?s?|frittata|quiche|carbonara|shakshuka|french toast|mayo(nnaise)?|aioli|meringue|pancakes?|cakes?)\b|\bcustard\b(?! apple)/,
  gluten: /\b(pasta|penne|fettuccine|pappardelle|spaghetti|linguine|lasagn[ae]|ravioli|tortellini|macaroni|minestrone|breads?|toast|buns?|rolls?|wraps?|pies?|tarts?|cakes?|pancakes?|pierogi|ramen|udon|couscous|bulgur|barley|seitan|dumplings?|katsu|milanese|tempura|ebiten|fish and chips|burgers?|cheeseburgers?|bunny chow|pizzas?|naan|pita|croissants?|muffins?|cookies?|brownies?|pastry|pastries|wheat|noodles)\b/,
  grains: /\b(rice|biryani|risotto|corn|arepas|polenta|oats|oatmeal|porridge|quinoa|amaranth|dosa|maki|nigiri|sushi|poke|tacos|tortillas?)\b/,
  legumes: /\b(beans?|lentils?|dal|chana|chickpeas?|mujadara|falafel|hummus|peas|edamame|tofu|tempeh|soy|miso|peanuts?)\b/,
  starch: /\b(potato(es)?|aloo|fries|chips|bunny chow|sugar|sweet|honey|glazed?|jam)\b/,
  honey: /\bhoney\b/,
  peanut: /\b(peanuts?|satay)\b/,
  tree_nut: /\b(almonds?|walnuts?|cashews?|pecans?|pistachios?|hazelnuts?|macadamias?|nuts?|praline|marzipan)\b/,
  soy: /\b(tofu|tempeh|edamame|soy|miso|tamari)\b/,
  sesame: /\b(sesame|tahini|hummus|za'?h?atar)\b/,
  pork: /\b(pork|bacon|ham|prosciutto|chorizo|salami|pepperoni|carbonara|sausages?|sausage rolls?)\b/,
};

/** A plant stand-in: "Lentil Bolognese" is no meat dish. */
const PLANT = /\b(lentils?|jackfruit|mushrooms?|cauliflower|tofu|tempeh|seitan|vegetables?|veggie|vegan|beans?|soy|plant)\b/;

/** The groups each diet leaves out. */
const DIET: Readonly<Record<string, readonly string[]>> = {
  vegetarian: ['meat', 'meatDish', 'fish', 'shellfish'],
  lacto_vegetarian: ['meat', 'meatDish', 'fish', 'shellfish', 'egg'],
  ovo_vegetarian: ['meat', 'meatDish', 'fish', 'shellfish', 'dairy'],
  vegan: ['meat', 'meatDish', 'fish', 'shellfish', 'dairy', 'egg', 'honey'],
  plant_based: ['meat', 'meatDish', 'fish', 'shellfish', 'dairy', 'egg', 'honey'],
  pescatarian: ['meat', 'meatDish'],
  ketogenic: ['gluten', 'grains', 'legumes', 'starch'],
  keto: ['gluten', 'grains', 'legumes', 'starch'],
  low_carb: ['gluten', 'grains', 'starch'],
  paleo: ['gluten', 'grains', 'legumes', 'dairy'],
  gluten_free: ['gluten'],
  dairy_free: ['dairy'],
  lactose_free: ['dairy'],
  halal: ['pork'],
  kosher: ['pork', 'shellfish'],
};

/** Intolerances and allergens by their usual names. */
const ALLERGEN: Readonly<Record<string, readonly string[]>> = {
  dairy: ['dairy'], milk: ['dairy'], lactose: ['dairy'], egg: ['egg'], eggs: ['egg'], gluten: ['gluten'], wheat: ['gluten'],
  grain: ['gluten', 'grains'], peanut: ['peanut'], peanuts: ['peanut'], tree_nut: ['tree_nut'], tree_nuts: ['tree_nut'], nuts: ['tree_nut', 'peanut'],
  shellfish: ['shellfish'], seafood: ['fish', 'shellfish'], fish: ['fish'], soy: ['soy'], soya: ['soy'], sesame: ['sesame'], pork: ['pork'], meat: ['meat', 'meatDish'],
};

const snakeOf = (s: string): string => s.trim().toLowerCase().replace(/[\s-]+/g, '_');
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Labels a dish's name may carry, and the groups each says the dish is free of ("Vegan Bunny Chow", "Gluten-free Pasta"). */
const LABELS: readonly (readonly [string, RegExp, readonly string[]])[] = [
  ['Vegan', /\bvegan\b/, ['meat', 'meatDish', 'fish', 'shellfish', 'dairy', 'egg', 'honey']],
  ['Vegetarian', /\bvegetarian\b/, ['meat', 'meatDish', 'fish', 'shellfish']],
  ['Pescatarian', /\bpescatarian\b/, ['meat', 'meatDish']],
  ['Gluten-free', /\bgluten[- ]free\b/, ['gluten']],
  ['Dairy-free', /\bdairy[- ]free\b/, ['dairy']],
  ['Egg-free', /\begg[- ]free\b/, ['egg']],
  ['Nut-free', /\bnut[- ]free\b/, ['peanut', 'tree_nut']],
  ['Keto', /\bketo\b/, ['gluten', 'grains', 'legumes', 'starch']],
  ['Paleo', /\bpaleo\b/, ['gluten', 'grains', 'legumes', 'dairy']],
  ['Soy-free', /\bsoy[- ]free\b/, ['soy']],
  ['Sesame-free', /\bsesame[- ]free\b/, ['sesame']],
  ['Halal', /\bhalal\b/, ['pork']],
  ['Kosher', /\bkosher\b/, ['pork', 'shellfish']],
];

/** What a dish must not be: named groups and ingredient words to avoid. */
export interface DishBan {
  readonly groups: ReadonlySet<string>;
  readonly words: readonly RegExp[];
}

/** Labels people put before a dish's name ("Vegan Bunny Chow", "Gluten-free Pasta"); keto, paleo or nut-free pasta is no dish a reader believes. */
const EVERYDAY = new Set(['Vegan', 'Vegetarian', 'Pescatarian', 'Gluten-free', 'Dairy-free']);

/** At most two everyday labels that say a dish keeps the ban's groups ("Vegan", "Vegan gluten-free"), or undefined when they cannot (keto, a word to avoid). */
export function banLabel(ban: DishBan): string | undefined {
  if (ban.words.length > 0) return undefined;
  const left = new Set(ban.groups);
  const out: string[] = [];
  while (left.size > 0 && out.length < 2) {
    let best: (typeof LABELS)[number] | undefined;
    let covered = 0;
    for (const l of LABELS) {
      const n = EVERYDAY.has(l[0]) ? l[2].filter((g) => left.has(g)).length : 0;
      if (n > covered) [best, covered] = [l, n];
    }
    if (!best) return undefined;
    out.push(out.length === 0 ? best[0] : best[0].toLowerCase());
    for (const g of best[2]) left.delete(g);
  }
  return left.size === 0 ? out.join(' ') : undefined;
}

/** The ban a call's diet (`vegan`), intolerances (`["dairy"]`) and ingredients to avoid (`["olives"]`) make, or undefined when there is none. */
export function dishBan(diets: readonly string[], allergens: readonly string[], avoid: readonly string[]): DishBan | undefined {
  const groups = new Set<string>();
  const words: RegExp[] = [];
  for (const d of diets) for (const g of DIET[snakeOf(d)] ?? []) groups.add(g);
  for (const a of [...allergens, ...avoid]) {
    const key = snakeOf(a);
    const named = ALLERGEN[key] ?? ALLERGEN[key.replace(/s$/, '')];
    if (named) for (const g of named) groups.add(g);
    else if (allergens.includes(a) === false && /^[a-z][a-z ]{2,30}$/i.test(a.trim())) {
      // "olives" also bans "Olive Glaze"; "pine nuts" bans "pine nut".
      const w = a.trim().toLowerCase();
      const forms = [...new Set([w, w.replace(/s$/, ''), w.replace(/es$/, '')])].map(escape);
      words.push(new RegExp(`\\b(?:${forms.join('|')})(?:e?s)?\\b`));
    }
  }
  return groups.size > 0 || words.length > 0 ? { groups, words } : undefined;
}

/** The group (or word) of the ban a dish name breaks, or undefined when it fits. */
export function breaksBan(dish: string, ban: DishBan): string | undefined {
  const name = dish.toLowerCase();
  const free = new Set(LABELS.filter(([, re]) => re.test(name)).flatMap(([, , gs]) => gs));
  for (const g of ban.groups) {
    if (free.has(g) || (g === 'meatDish' && PLANT.test(name))) continue;
    if (GROUP[g]?.test(name)) return g === 'meatDish' ? 'meat' : g;
  }
  const w = ban.words.find((re) => re.test(name));
  return w ? (/\(\?:([^|)]+)/.exec(w.source)?.[1] ?? w.source) : undefined;
}

/** Dishes that fit every diet and intolerance above: the last resort when no drawn dish does. */
export const SAFE_DISHES: readonly string[] = [
  'Roasted Vegetable Salad', 'Cucumber And Tomato Salad', 'Spinach And Avocado Salad', 'Grilled Portobello Mushrooms',
  'Cauliflower Steak With Herb Sauce', 'Zucchini And Mushroom Stir Fry', 'Stuffed Bell Peppers With Cauliflower', 'Eggplant And Tomato Bake',
];
