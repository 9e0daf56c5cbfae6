/**
 * The browser example end to end: serve the repository on localhost, open
 * examples/browser/ in headless Chromium, paste the founding article, analyse
 * it in the page with dist/browser.js, and check what the page shows against
 * the same analysis run in Node.
 */
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../examples/browser/serve.js';
import { analyze } from '../../src/index.js';
import { fixture } from '../helpers.js';
import { launch, OUT_DIR, requireBuild, type Browser } from './chromium.js';

/** The one DOM global used in page callbacks (the project's lib has no DOM types). */
declare const document: { readonly body: { readonly dataset: Readonly<Record<string, string>> } };

const SEED = fixture('seed/seed.txt');
const PUBLISHED = '2025-05-05';

let browser: Browser;
let server: Server;
let base: string;
let page: Page;
const requests: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  requireBuild();
  ({ url: base, server } = await serve(0));
  browser = await launch();
  page = await browser.context.newPage();
  // Generous: CI machines are sometimes busy, and the page parses a 0.5 MB bundle before it is ready.
  page.setDefaultTimeout(120_000);
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${base}examples/browser/`);
  await page.locator('#analyse:not([disabled])').waitFor();
  await page.fill('#text', SEED);
  await page.fill('#published', PUBLISHED);
  await page.click('#analyse');
  await page.locator('#status', { hasText: 'entities' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('examples/browser in Chromium', () => {
  const expected = analyze(SEED, { published: PUBLISHED });

  it('analyses the founding article in the page, as Node does', async () => {
    expect(await page.locator('#status').getAttribute('class')).toBe('');
    expect(await page.locator('#status').textContent()).toMatch(
      new RegExp(`^${expected.entities.length} entities, ${expected.quotes.length} quotes, ${expected.dates.length} dates, ${expected.stances.length} stances in \\d+ ms\\.$`),
    );
    expect(await page.evaluate(() => ({ ...document.body.dataset }))).toEqual({
      entities: String(expected.entities.length),
      quotes: String(expected.quotes.length),
      dates: String(expected.dates.length),
    });
  });

  it('renders the report: the article intact, people marked, the entity table filled', async () => {
    const report = page.frameLocator('#report');
    expect(await report.locator('#article').textContent()).toBe(SEED);
    await expect.poll(() => report.locator('span.m-PERSON[title="PERSON · Claudia Sheinbaum"]').count()).toBeGreaterThan(3);
    expect(await report.locator('span.q').count()).toBeGreaterThanOrEqual(expected.quotes.length);
    expect(await report.locator('#entities td.name').allTextContents()).toEqual(expected.entities.map((e) => e.name));
    expect(await report.locator('#quotes tr.group').count()).toBeGreaterThan(1);
  });

  it('offers the report as a download', async () => {
    expect(await page.locator('#download').getAttribute('href')).toMatch(/^blob:/);
  });

  it('fetched nothing but localhost, without errors', async () => {
    await page.screenshot({ path: join(OUT_DIR, 'browser-example.png') });
    expect(errors).toEqual([]);
    const foreign = requests.filter((u) => !u.startsWith(base) && !u.startsWith('blob:') && !u.startsWith('data:') && u !== 'about:srcdoc');
    expect(foreign).toEqual([]);
    expect(requests).toContain(`${base}dist/browser.js`);
  });
});
