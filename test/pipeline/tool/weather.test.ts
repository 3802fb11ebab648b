/**
 * Weather that could happen (pipeline/agents/tool/weather-agree.ts): snow below or near
 * freezing, in Celsius or Fahrenheit, and a road surface that follows the sky and the cold.
 */
import { describe, expect, it } from 'vitest';
import { NUM, STR, api, itemsOf, listOf, results } from '../../helpers/tool-api.js';

const points = (temperature: Record<string, unknown>) =>
  api('get_route_weather', { route_id: STR, units: { type: 'string', enum: ['metric', 'imperial'] } }, {
    points: listOf({
      label: STR,
      temperature,
      condition: { type: 'string', enum: ['clear', 'cloudy', 'rain', 'snow', 'fog', 'thunderstorm'] },
      road_surface: { type: 'string', enum: ['dry', 'wet', 'icy', 'snow_covered'] },
    }),
  });

describe('route weather', () => {
  it('snows at or below 2 °C, and the road is snow-covered in snow, wet in rain, icy below freezing, dry otherwise', () => {
    const ps = itemsOf(results(points({ ...NUM, minimum: -20, maximum: 40 }), { route_id: 'R1', units: 'metric' }, 30), 'points');
    expect(ps.filter((p) => p.condition === 'snow').length).toBeGreaterThan(5);
    for (const p of ps) {
      const t = p.temperature as number;
      if (p.condition === 'snow') expect(t).toBeLessThanOrEqual(2);
      const want = p.condition === 'snow' ? 'snow_covered' : t <= 0 ? 'icy' : p.condition === 'rain' || p.condition === 'thunderstorm' ? 'wet' : 'dry';
      expect(p.road_surface, JSON.stringify(p)).toBe(want);
    }
  });

  it('reads Fahrenheit from the call\'s units', () => {
    const ps = itemsOf(results(points({ ...NUM, minimum: -4, maximum: 104 }), { route_id: 'R1', units: 'imperial' }, 30), 'points');
    for (const p of ps) if (p.condition === 'snow') expect(p.temperature as number).toBeLessThanOrEqual(36);
    expect(ps.some((p) => p.condition === 'snow')).toBe(true);
  });
});
