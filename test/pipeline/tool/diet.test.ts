/**
 * Dishes follow the diet asked (pipeline/values/diets.ts, pipeline/agents/tool/diet-agree.ts):
 * a vegan meal plan names no meat, fish, dairy or egg; an intolerance or an ingredient to exclude
 * bans what it names; a plant stand-in is no meat dish.
 */
import { describe, expect, it } from 'vitest';
import { INT, STR, api, itemsOf, listOf, results } from '../../helpers/tool-api.js';
import { banLabel, breaksBan, dishBan } from '../../../pipeline/values/diets.js';

const recipes = {
  ...api(
    'search_recipes',
    { query: STR, diet: STR, intolerances: { type: 'array', items: STR }, exclude: { type: 'array', items: STR } },
    { results: listOf({ recipe_id: INT, title: STR }, { minItems: 5, maxItems: 5 }) },
  ),
  domain: 'food',
};

describe('dishes against a diet', () => {
  it('read a dish name as a reader would', () => {
    const vegan = dishBan(['vegan'], [], [])!;
    expect(breaksBan('Kangaroo With Olive Sauce', vegan)).toBe('meat');
    expect(breaksBan('Caprese Salad', vegan)).toBe('dairy');
    expect(breaksBan('Shakshuka', vegan)).toBe('egg');
    expect(breaksBan('Pappardelle Alla Bolognese', vegan)).toBe('meat');
    expect(breaksBan('Lentil Bolognese', vegan)).toBeUndefined();
    expect(breaksBan('Jackfruit Carnitas', vegan)).toBeUndefined();
    expect(breaksBan('Custard Apple And Kiwiberry Tart', dishBan([], ['dairy'], [])!)).toBeUndefined();
    expect(breaksBan('Custard Apple And Kiwiberry Tart', dishBan(['gluten_free'], [], [])!)).toBe('gluten');
    expect(breaksBan('Zesty Parsnip With Olive Glaze', dishBan([], [], ['olives'])!)).toBeDefined();
    expect(dishBan(['none'], [], [])).toBeUndefined();
    // A dish whose name says it keeps the diet is taken at its word; a word to avoid has no label.
    const gluten = dishBan(['gluten_free'], [], [])!;
    expect(breaksBan('Gluten-free Pasta And Beans', gluten)).toBeUndefined();
    expect(banLabel(dishBan(['vegan'], ['gluten'], [])!)).toBe('Vegan gluten-free');
    expect(banLabel(dishBan([], [], ['olives'])!)).toBeUndefined();
    expect(banLabel(dishBan(['ketogenic'], [], [])!)).toBeUndefined();
    expect(banLabel(dishBan(['vegan'], ['gluten', 'peanut'], [])!)).toBeUndefined();
  });

  it('a vegan search, a gluten intolerance and an excluded ingredient each get dishes that keep them', () => {
    const cases: [Record<string, unknown>, ReturnType<typeof dishBan>][] = [
      [{ diet: 'vegan' }, dishBan(['vegan'], [], [])],
      [{ diet: 'pescatarian', intolerances: ['gluten'] }, dishBan(['pescatarian'], ['gluten'], [])],
      [{ exclude: ['olives', 'duck'] }, dishBan([], [], ['olives', 'duck'])],
    ];
    for (const [args, ban] of cases) {
      const titles = itemsOf(results(recipes, args, 40), 'results').map((r) => r.title as string);
      expect(titles.length).toBe(200);
      expect(titles.filter((t) => breaksBan(t, ban!))).toEqual([]);
      expect(new Set(titles).size).toBeGreaterThan(20);
    }
  });

  it('a dish searched for by name keeps its name, with the diet\'s label', () => {
    const titles = itemsOf(results(recipes, { query: 'pasta', diet: 'vegan', intolerances: ['gluten'] }, 40), 'results').map((r) => r.title as string);
    const ban = dishBan(['vegan'], ['gluten'], [])!;
    expect(titles.filter((t) => breaksBan(t, ban))).toEqual([]);
    expect(titles.some((t) => /^Vegan gluten-free .*Pasta/i.test(t))).toBe(true);
  });
});
