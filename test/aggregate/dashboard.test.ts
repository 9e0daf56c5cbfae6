/** renderDashboard(): self-contained, escaped, every count linked to its evidence, filters for each country and target. */
import { describe, expect, it } from 'vitest';
import { aggregate, renderDashboard } from '../../src/index.js';
import { article } from './helpers.js';
import { dashboardCorpus } from './dashboard-corpus.js';

describe('renderDashboard', () => {
  const agg = aggregate(dashboardCorpus());
  const html = renderDashboard(agg, { title: 'Deployment', source: 'a.jsonl' });

  it('is one page with no script and nothing to fetch', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i);
  });

  it('links every count to an evidence list that is on the page', () => {
    const links = [...html.matchAll(/href="#(ev-\d+)"/g)].map((m) => m[1] as string);
    expect(links.length).toBeGreaterThanOrEqual(agg.rows.length);
    for (const id of new Set(links)) expect(html).toContain(`id="${id}"`);
  });

  it('has a filter (a radio and a CSS rule) for each country and target', () => {
    for (const c of ['NL', 'OM', 'VD', 'KS']) {
      expect(html).toContain(`id="fc-${c}"`);
      expect(html).toContain(`body:has(#fc-${c}:checked) .fc:not(.c-${c}){display:none}`);
    }
    expect(html).toContain('body:has(#ft-1:checked) .ft:not(.t-1){display:none}');
  });

  it('escapes everything that comes from the analyses', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const a = article({
      id: '"><script>alert(2)</script>',
      published: '2031-01-01',
      sentences: [`${evil} rejected the plan & more.`],
      stances: [{ actor: evil, target: '<b>t</b>', label: 'against', evidence: [{ text: 'rejected the plan', cue: 'rejected' }] }],
    });
    const page = renderDashboard(aggregate([a]), { title: '<i>x</i>' });
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<b>t</b>');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('<title>&lt;i&gt;x&lt;/i&gt;</title>');
  });

  it('an aggregate with no dated evidence still renders its timeline rows', () => {
    const a = article({ sentences: ['Norland rejected it.'], stances: [{ actor: 'Norland', label: 'against', evidence: [{ text: 'rejected it', cue: 'rejected' }] }] });
    const page = renderDashboard(aggregate([a]));
    expect(page).toContain('no dated evidence');
    expect(page).toContain('id="ev-0"');
  });

  it('spans of more than two years are shown by month', () => {
    const dated = (id: string, published: string) =>
      article({ id, published, sentences: ['Norland rejected it.'], stances: [{ actor: 'Norland', label: 'against', evidence: [{ text: 'rejected it', cue: 'rejected' }] }] });
    const page = renderDashboard(aggregate([dated('a', '2028-01-10'), dated('b', '2031-06-01')]));
    expect(page).toContain('by month');
    expect(page).toContain('2028-01');
  });

  it.each([
    ['not an aggregate', () => renderDashboard({} as never), /aggregate must be the object aggregate\(\) returns/],
    ['an unknown option', () => renderDashboard(agg, { colour: 'x' } as never), /unknown option "colour"/],
  ])('checks its arguments: %s', (_label, run, message) => {
    expect(run).toThrow(TypeError);
    expect(run).toThrow(message);
  });
});
