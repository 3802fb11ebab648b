import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportCommand } from '../../cli/commands/output.js';
import { tempDir } from '../helpers/cli.js';
import { captureIo, makeJob } from '../helpers/output-job.js';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  console.warn(`report.test.ts: ${CHROMIUM} is absent, so the browser checks are skipped (install it: apt-get install -y --no-install-recommends chromium)`);
}

let dir: string;
let html: string;

beforeAll(async () => {
  dir = await makeJob('report');
  const io = captureIo();
  expect(await reportCommand(dir, io)).toBe(0);
  expect(io.text()).toContain(join(dir, 'report.html'));
  html = readFileSync(join(dir, 'report.html'), 'utf8');
}, 120_000);

describe('report page', () => {
  it('is self-contained: no external scripts, styles, images or fonts', () => {
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+href=/i);
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(/i);
  });

  it('shows accepted records beside rejected items with their checks', () => {
    expect(html).toMatch(/<h3>Accepted \(\d+\)<\/h3>/);
    expect(html).toMatch(/<h3>Rejected \(\d+\), with the checks they failed<\/h3>/);
    expect(html).toMatch(/class="rec bad"/);
    expect(html).toMatch(/class="msg assistant"/);
    // The rejected records themselves are shown, not only their checks.
    const bad = html.slice(html.indexOf('class="rec bad"'));
    expect(bad.slice(0, bad.indexOf('</div>\n</div>'))).toMatch(/class="msg (user|assistant)"/);
  });

  it('a missing job is bad usage', async () => {
    expect(await reportCommand(join(tempDir('report-none'), 'nope'), captureIo())).toBe(2);
  });
});

describe.skipIf(!haveChromium)('report page in headless Chromium', () => {
  let browser: BrowserContext;
  beforeAll(async () => {
    // Playwright passes --user-data-dir itself: a persistent context with its own temporary profile.
    browser = await chromium.launchPersistentContext(tempDir('chromium-profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('renders every chart as SVG, with no error and no request leaving the page', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(join(dir, 'report.html')).href);
    await page.waitForSelector('body[data-charts="done"]', { timeout: 15_000 });
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    const charts = await page.$$eval('.chart', (els) =>
      els.map((e) => ({
        id: e.id,
        rendered: e.getAttribute('data-rendered'),
        error: e.getAttribute('data-error'),
        bars: e.querySelectorAll('svg rect.bar').length,
        lines: e.querySelectorAll('svg polyline.line').length,
        width: (e.querySelector('svg') as SVGSVGElement | null)?.getBoundingClientRect().width ?? 0,
      })),
    );
    expect(charts.map((c) => c.id).sort()).toEqual(['chart-calls', 'chart-categories', 'chart-domains', 'chart-rejections', 'chart-timeline', 'chart-turns'].sort());
    for (const c of charts) {
      expect(c.error, c.id).toBeNull();
      expect(c.rendered, c.id).toBe('true');
      expect(c.width, c.id).toBeGreaterThan(100);
      expect(c.id === 'chart-timeline' ? c.lines : c.bars, c.id).toBeGreaterThan(0);
    }
    const data = JSON.parse(await page.$eval('#report-data', (e) => e.textContent ?? '{}')) as { charts: { id: string; labels: string[] }[] };
    const rejections = data.charts.find((c) => c.id === 'rejections')!;
    expect(charts.find((c) => c.id === 'chart-rejections')!.bars).toBe(rejections.labels.length);
    expect(charts.find((c) => c.id === 'chart-timeline')!.lines).toBe(4);
    await page.close();
  });
});
