/**
 * The aggregate dashboard in a real browser: an aggregate of invented analyses
 * (countries set by hand), loaded in headless Chromium with the network closed;
 * checks the matrix, the links to evidence, the script-free filters and the
 * timeline bars, and takes .tmp/e2e/dashboard.png (the README's screenshot
 * is docs/dashboard.png, copied from it).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregate, renderDashboard } from '../../src/index.js';
import { dashboardCorpus } from '../aggregate/dashboard-corpus.js';
import { launch, OUT_DIR, type Browser } from './chromium.js';

let browser: Browser;
let page: Page;
const requests: string[] = [];
const agg = aggregate(dashboardCorpus());

beforeAll(async () => {
  browser = await launch();
  page = await browser.context.newPage();
  page.setDefaultTimeout(120_000);
  page.on('request', (r) => requests.push(r.url()));
  const file = join(OUT_DIR, 'dashboard.html');
  writeFileSync(file, renderDashboard(agg, { title: 'Who backs the deployment?', source: 'shard-0.jsonl, shard-1.jsonl' }));
  await page.goto(`file://${file}`);
});

afterAll(async () => {
  await browser?.close();
});

const visibleRows = (selector: string): Promise<number> => page.locator(selector).evaluateAll((els) => els.filter((e) => (e as unknown as { offsetParent: unknown }).offsetParent !== null).length);

describe('the aggregate dashboard in Chromium', () => {
  it('shows one matrix row per actor and one column per target', async () => {
    expect(await page.title()).toBe('Who backs the deployment?');
    const actors = new Set(agg.rows.map((r) => r.actor)).size;
    expect(await page.locator('#matrix tbody tr').count()).toBe(actors);
    expect(await page.locator('#matrix thead th').count()).toBe(1 + new Set(agg.rows.map((r) => r.target)).size);
  });

  it('every count links to an evidence list that exists and shows the sentence', async () => {
    const hrefs = await page.locator('#matrix a').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
    expect(hrefs.length).toBe(agg.rows.length);
    for (const href of new Set(hrefs)) expect(await page.locator(`${href} .ev-sentence`).count()).toBeGreaterThan(0);
    await page.locator('#matrix a').first().click();
    expect(page.url()).toMatch(/#ev-\d+$/);
  });

  it('filters by country and by target without a script', async () => {
    expect(await page.locator('script').count()).toBe(0);
    const all = await visibleRows('#matrix tbody tr');
    await page.locator('label[for="fc-NL"]').click();
    const nl = agg.actors.filter((a) => a.country === 'NL' && agg.rows.some((r) => r.actor === a.key)).length;
    expect(await visibleRows('#matrix tbody tr')).toBe(nl);
    expect(nl).toBeLessThan(all);
    await page.locator('label[for="fc-all"]').click();
    expect(await visibleRows('#matrix tbody tr')).toBe(all);
    await page.locator('label[for="ft-1"]').click();
    expect(await visibleRows('#matrix thead th')).toBe(2);
    await page.locator('label[for="ft-all"]').click();
  });

  it('draws favor bars up and against bars down on the timeline', async () => {
    expect(await page.locator('#timeline rect.bar-favor').count()).toBeGreaterThan(0);
    expect(await page.locator('#timeline rect.bar-against').count()).toBeGreaterThan(0);
  });

  it('takes a screenshot of a full page', async () => {
    await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
    const png = await page.screenshot({ path: join(OUT_DIR, 'dashboard.png'), fullPage: false });
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.length).toBeGreaterThan(50_000);
    await page.screenshot({ path: join(OUT_DIR, 'dashboard-full.png'), fullPage: true });
  });

  it('loaded nothing but itself', () => {
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
  });
});
