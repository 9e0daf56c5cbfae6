/**
 * The HTML report in a real browser: render the founding article's analysis,
 * load the page in headless Chromium, check the highlights are styled as
 * meant, and take PNG screenshots to look at: .tmp/e2e/report.png (the whole
 * page), report-top.png (the first screen), report-quotes.png, report-stances.png.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, render } from '../../src/index.js';
import { fixture } from '../helpers.js';
import { launch, OUT_DIR, type Browser } from './chromium.js';

/** The one DOM global used in page callbacks (the project's lib has no DOM types). */
declare function getComputedStyle(el: unknown): { getPropertyValue(property: string): string; readonly backgroundColor: string };

let browser: Browser;
let page: Page;
const requests: string[] = [];
const SEED = fixture('seed/seed.txt');
const analysis = analyze(SEED, { published: '2025-05-05' });

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

beforeAll(async () => {
  browser = await launch();
  page = await browser.context.newPage();
  page.setDefaultTimeout(120_000);
  page.on('request', (r) => requests.push(r.url()));
  const html = render(analysis, { title: 'Sheinbaum rejects US troops offer', source: 'fixtures/seed/seed.txt' });
  const file = join(OUT_DIR, 'report.html');
  writeFileSync(file, html);
  await page.goto(`file://${file}`);
});

afterAll(async () => {
  await browser?.close();
});

describe('the HTML report in Chromium', () => {
  it('lays out the heading, the article and every table', async () => {
    expect(await page.title()).toBe('Sheinbaum rejects US troops offer');
    expect(await page.locator('#article').textContent()).toBe(SEED);
    for (const id of ['entities', 'quotes', 'dates', 'stances']) expect(await page.locator(`section#${id} table`).isVisible()).toBe(true);
    expect(await page.locator('#entities tbody tr').count()).toBe(analysis.entities.length);
  });

  it('styles the highlights: entity colours, speaker tints, dashed dates', async () => {
    const style = (selector: string, property: string): Promise<string> =>
      page.locator(selector).first().evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
    expect(await style('span.m-PERSON', 'border-bottom-color')).toBe('rgb(37, 99, 235)');
    expect(await style('span.m-GPE', 'border-bottom-color')).toBe('rgb(5, 150, 105)');
    expect(await style('span.d', 'outline-style')).toBe('dashed');
    const tints = await page.locator('#article span.q').evaluateAll((els) => [...new Set(els.map((e) => getComputedStyle(e).backgroundColor))]);
    expect(tints.length).toBeGreaterThan(2);
    expect(tints).not.toContain('rgba(0, 0, 0, 0)');
  });

  it('takes a screenshot that shows a full, non-blank page', async () => {
    const full = await page.screenshot({ path: join(OUT_DIR, 'report.png'), fullPage: true });
    const top = await page.screenshot({ path: join(OUT_DIR, 'report-top.png') });
    await page.locator('#quotes').screenshot({ path: join(OUT_DIR, 'report-quotes.png') });
    await page.locator('#stances').screenshot({ path: join(OUT_DIR, 'report-stances.png') });
    const size = pngSize(full);
    expect(size.width).toBe(1200);
    expect(size.height).toBeGreaterThan(1500);
    expect(pngSize(top)).toEqual({ width: 1200, height: 900 });
    // A blank page compresses to a few KiB; text, tints and tables do not.
    expect(full.length).toBeGreaterThan(100_000);
    expect(readFileSync(join(OUT_DIR, 'report.png')).equals(full)).toBe(true);
  });

  it('loaded nothing but itself', () => {
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
  });
});
