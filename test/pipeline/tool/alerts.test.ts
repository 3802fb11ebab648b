/**
 * Weather alerts that say what they are (pipeline/agents/tool/alert-agree.ts): the headline
 * names the alert's hazard at the level its severity gives, for the place asked, and the
 * issuer is the country's weather service.
 */
import { describe, expect, it } from 'vitest';
import { STR, api, itemsOf, listOf, results } from '../../helpers/tool-api.js';

const HAZARDS = ['thunderstorm', 'flood', 'heat', 'wind', 'snow', 'ice', 'fog', 'wildfire', 'tornado', 'hurricane'];
const alertsApi = api('get_severe_weather_alerts', { country_code: STR, region: STR }, {
  alerts: listOf({
    alert_id: STR,
    event: { type: 'string', enum: HAZARDS },
    severity: { type: 'string', enum: ['minor', 'moderate', 'severe', 'extreme'] },
    headline: STR,
    areas: { type: 'array', items: STR, maxItems: 4 },
    issuer: STR,
  }),
});
const a = { ...alertsApi, domain: 'weather' };

describe('weather alerts', () => {
  it('headline the hazard at the level of the severity, for the region asked, issued by the country\'s service', () => {
    const alerts = itemsOf(results(a, { country_code: 'ES', region: 'Andalusia' }, 20), 'alerts');
    expect(alerts.length).toBeGreaterThan(30);
    const name: Record<string, string> = { thunderstorm: 'Thunderstorm', flood: 'Flood', heat: 'Heat', wind: 'High wind', snow: 'Winter storm', ice: 'Ice storm', fog: 'Dense fog', wildfire: 'Red flag', tornado: 'Tornado', hurricane: 'Hurricane' };
    const level: Record<string, string> = { minor: 'advisory', moderate: 'watch', severe: 'warning', extreme: 'warning' };
    for (const al of alerts) {
      expect(al.headline).toMatch(new RegExp(`^${name[al.event as string]} ${level[al.severity as string]} in effect .* for Andalusia and surrounding areas$`));
      expect(al.issuer).toBe('AEMET');
      if (al.areas) expect(al.areas).toEqual(['Andalusia']);
    }
  });

  it('take a city of the country asked when no region is given', () => {
    const alerts = itemsOf(results(a, { country_code: 'JP' }, 10), 'alerts');
    for (const al of alerts) {
      const place = /for (.+) and surrounding areas$/.exec(al.headline as string)?.[1];
      expect(['Tokyo', 'Osaka', 'Kyoto', 'Yokohama', 'Sapporo', 'Nagoya', 'Fukuoka', 'Kobe', 'Sendai', 'Hiroshima']).toContain(place);
      expect(al.issuer).toBe('Japan Meteorological Agency');
    }
  });
});
