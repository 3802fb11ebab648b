/**
 * Class 33: a dish against the diet asked. A vegan meal plan with "Kangaroo With Olive Sauce",
 * "Caprese Salad" and "Fettuccine Alfredo"; a gluten-free recipe search listing "Pasta And
 * Beans"; `exclude: ["olives"]` answered with an olive glaze. Judged on calls whose arguments
 * name a diet (diet, dietary...), an intolerance or allergen, or ingredients to exclude, on the
 * names of the dishes their results list (title, name, dish, recipe or meal name inside a list or
 * object): none may name an ingredient the diet or the exclusion leaves out.
 */
import { CLEAN, finding, judgeAll, type Detector } from '../detector.js';
import { leaves, objects, show, words } from '../fields.js';

const ANIMAL = /\b(beef|steak|pork|bacon|ham|chicken|turkey|duck|goose|lamb|veal|venison|kangaroo|ostrich|emu|crocodile|rabbit|sausages?|chorizo|salami|prosciutto|meatballs?|fish|salmon|tuna|cod|flounder|trout|shrimps?|prawns?|crab|lobster|mussels|squid|octopus|anchov(y|ies)|sardines?|nigiri)\b/;
const LAND_MEAT = /\b(beef|steak|pork|bacon|ham|chicken|turkey|duck|goose|lamb|veal|venison|kangaroo|ostrich|emu|crocodile|rabbit|sausages?|chorizo|salami|prosciutto|meatballs?)\b/;
const ANIMAL_MADE = /\b(cheese|cheeseburger|mozzarella|caprese|parmesan|feta|ricotta|edam|paneer|halloumi|alfredo|butter|cream|milk|yog(h)?urt|ghee|eggs?|omelet(te)?|frittata|quiche|carbonara|shakshuka|french toast|honey)\b/;
const GLUTEN = /\b(pasta|penne|fettuccine|spaghetti|lasagn[ae]|ravioli|macaroni|bread|toast|buns|pie|tart|cake|pancakes?|pierogi|ramen|couscous|seitan|dumplings?|pizza|naan|pita|wraps?|burgers?)\b/;
const DAIRY = /\b(cheese|cheeseburger|mozzarella|caprese|parmesan|feta|ricotta|edam|paneer|halloumi|alfredo|butter|cream|milk|yog(h)?urt|ghee)\b/;
const STAND_IN = /\b(lentils?|jackfruit|mushrooms?|cauliflower|tofu|tempeh|seitan|vegetables?|veggie|vegan|beans?)\b/;

/** What each diet or intolerance forbids, as patterns (the plant stand-in exempts none of these words). */
const FORBIDS: Readonly<Record<string, readonly RegExp[]>> = {
  vegetarian: [ANIMAL], vegan: [ANIMAL, ANIMAL_MADE], pescatarian: [LAND_MEAT], gluten_free: [GLUTEN], gluten: [GLUTEN], wheat: [GLUTEN],
  dairy_free: [DAIRY], dairy: [DAIRY], lactose: [DAIRY], milk: [DAIRY],
};

/** A dish whose name says it keeps the diet ("Vegan Bunny Chow", "Gluten-free Pasta") is taken at its word. */
const LABELLED: Readonly<Record<string, RegExp>> = {
  vegan: /\bvegan\b/, vegetarian: /\b(vegetarian|vegan)\b/, pescatarian: /\b(pescatarian|vegetarian|vegan)\b/, gluten_free: /\bgluten[- ]free\b/, gluten: /\bgluten[- ]free\b/,
  wheat: /\bgluten[- ]free\b/, dairy_free: /\b(dairy[- ]free|vegan)\b/, dairy: /\b(dairy[- ]free|vegan)\b/, lactose: /\b(dairy[- ]free|vegan)\b/, milk: /\b(dairy[- ]free|vegan)\b/,
};

const DISH = new Set(['title', 'name', 'dish', 'dish_name', 'recipe', 'recipe_name', 'recipe_title', 'meal', 'meal_name']);
const DIETISH = /^(diet|diets|dietary|diet_type|dietary_restrictions|dietary_preferences|health_labels|intolerances|intolerance|allergens|allergies|exclude|exclude_ingredients|excluded_ingredients|avoid)$/;

export const dietDishes: Detector = {
  key: 'diet',
  title: 'a dish against the diet, intolerance or exclusion asked (kangaroo in a vegan plan)',
  check(view) {
    return judgeAll(view.calls, (call) => {
      if (call.failed || !/recipe|meal|dish|menu|cook|nutrition/.test(call.name)) return undefined;
      const bans: { said: string; re: RegExp }[] = [];
      for (const leaf of leaves(call.args)) {
        if (typeof leaf.value !== 'string' || !DIETISH.test(words(leaf.key).join('_'))) continue;
        const v = leaf.value.trim().toLowerCase().replace(/[\s-]+/g, '_');
        const known = FORBIDS[v];
        if (known) for (const re of known) bans.push({ said: leaf.value, re });
        else if (/^(exclude|exclude_ingredients|excluded_ingredients|avoid)$/.test(words(leaf.key).join('_')) && /^[a-z_]{3,}$/.test(v)) {
          const w = v.replace(/_/g, ' ');
          bans.push({ said: leaf.value, re: new RegExp(`\\b(?:${[w, w.replace(/s$/, ''), w.replace(/es$/, '')].join('|')})(?:e?s)?\\b`) });
        }
      }
      if (bans.length === 0) return undefined;
      const checks: (() => ReturnType<Detector['check']>)[] = [];
      for (const { object, path } of objects(call.result)) {
        if (path === '') continue;
        for (const [k, v] of Object.entries(object)) {
          if (!DISH.has(words(k).join('_')) || typeof v !== 'string') continue;
          const name = v.toLowerCase();
          checks.push(() => {
            const broken = bans.find(({ said, re }) => re.test(name) && !(re === ANIMAL && STAND_IN.test(name) && !LAND_MEAT.test(name)) && !LABELLED[said.toLowerCase().replace(/[\s-]+/g, '_')]?.test(name));
            return broken ? finding(`${call.name}: ${path}.${k} ${show(v)} against ${show(broken.said)}`) : CLEAN;
          });
        }
      }
      return checks.length === 0 ? undefined : judgeAll(checks, (c) => c());
    });
  },
};
