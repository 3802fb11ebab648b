/**
 * Dishes follow the diet asked: a recipe search or meal plan for `diet: vegan` lists no meat,
 * fish, dairy or egg; `intolerances: ["gluten"]` no pasta or pie; `exclude: ["olives"]` no
 * "Kangaroo With Olive Sauce". A dish name of the result (title, name, dish, recipe or meal
 * name) that breaks the call's ban is replaced by a dish that keeps it (pipeline/values/diets.ts).
 */
import { banLabel, breaksBan, dishBan, SAFE_DISHES, type DishBan } from '../../values/diets.js';
import { DISHES } from '../../values/names.js';
import type { Rng } from '../../../core/rng.js';
import { argValue, type ArgLeaf, type Obj, type Rule } from './call-context.js';
import { snake } from './names.js';

const DIET_ARG = /^(diet|diets|diet_type|dietary|dietary_preference|dietary_preferences|dietary_restrictions|diet_labels|health_labels|health)$/;
const ALLERGEN_ARG = /^(intolerances?|allergens?|allergies|exclude_allergens|allergy)$/;
const AVOID_ARG = /^(exclude|excludes|exclude_ingredients|excluded_ingredients|avoid|avoid_ingredients|dislikes|disliked_ingredients|without)$/;
const DISH_KEY = /^(title|name|dish|dish_name|recipe|recipe_name|recipe_title|meal|meal_name)$/;
/** Tools whose results name dishes (not a restaurant search, whose names are the restaurants'). */
const FOODISH = /recipe|meal|dish|menu|cook|nutrition/;

const strings = (v: unknown): string[] => (typeof v === 'string' ? v.split(/\s*,\s*/) : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

const QUERY_ARGS = ['query', 'q', 'keyword', 'keywords', 'dish', 'search'];

/** A dish the user searched for by name keeps its name with the diet's label ("Gluten-free Pasta And Beans"), when a label can say it. */
function keepingQuery(dish: string, ban: DishBan, query: string): string | undefined {
  const asked = query.toLowerCase().split(/\W+/).filter((w) => w.length >= 3);
  if (!asked.some((w) => dish.toLowerCase().includes(w))) return undefined;
  const label = banLabel(ban);
  const labelled = label ? `${label} ${dish}` : undefined;
  return labelled && !breaksBan(labelled, ban) ? labelled : undefined;
}

function fitting(ban: DishBan, rng: Rng): string {
  for (let i = 0; i < 40; i++) {
    const d = DISHES[Math.floor(rng.next() * DISHES.length)];
    if (!breaksBan(d, ban)) return d;
  }
  return SAFE_DISHES.find((d) => !breaksBan(d, ban)) ?? SAFE_DISHES[0];
}

export function dietRule(apiName: string, leaves: readonly ArgLeaf[]): Rule | undefined {
  const diet = leaves.filter((l) => DIET_ARG.test(snake(l.name)));
  const allergen = leaves.filter((l) => ALLERGEN_ARG.test(snake(l.name)));
  const avoid = leaves.filter((l) => AVOID_ARG.test(snake(l.name)));
  if (diet.length + allergen.length + avoid.length === 0 || !FOODISH.test(apiName)) return undefined;
  return (out: Obj, c) => {
    const all = (ls: readonly ArgLeaf[]) => ls.flatMap((l) => strings(argValue(c.args, l)));
    const ban = dishBan(all(diet), all(allergen), all(avoid));
    if (!ban) return;
    const query = QUERY_ARGS.map((q) => c.args[q]).find((v): v is string => typeof v === 'string') ?? '';
    const walk = (v: unknown, depth: number): void => {
      if (depth > 5 || v === null || typeof v !== 'object') return;
      if (Array.isArray(v)) {
        for (const x of v) walk(x, depth + 1);
        return;
      }
      const o = v as Obj;
      for (const k in o) {
        const x = o[k];
        if (typeof x === 'string' && DISH_KEY.test(snake(k)) && depth > 0 && breaksBan(x, ban)) o[k] = keepingQuery(x, ban, query) ?? fitting(ban, c.rng);
        else walk(x, depth + 1);
      }
    };
    walk(out, 0);
  };
}
