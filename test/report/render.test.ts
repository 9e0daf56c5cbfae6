/** render(): a self-contained, escaped HTML page that marks every layer and gives the text back intact. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, render } from '../../src/index.js';
import type { Analysis, Quote, Stance } from '../../src/index.js';
import { fixture } from '../helpers.js';

const SEED = analyze(fixture('seed/seed.txt'), { published: '2025-05-05' });

/** The inner HTML of the article element. */
function articleHtml(html: string): string {
  const start = html.indexOf('<div class="article" id="article">');
  const end = html.indexOf('</div></div>', start);
  expect(start).toBeGreaterThan(0);
  return html.slice(start + '<div class="article" id="article">'.length, end);
}

function unescape(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** Tags removed and entities decoded: must be the analysed text. */
function plain(articleInner: string): string {
  return unescape(articleInner.replace(/<[^>]*>/g, ''));
}

/** Checks the spans of the article open and close in order. */
function balanced(articleInner: string): boolean {
  let depth = 0;
  for (const m of articleInner.matchAll(/<(\/?)span\b/g)) {
    depth += m[1] === '/' ? -1 : 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

function span(text: string, part: string, from = 0): { start: number; end: number; text: string } {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`"${part}" not in text`);
  return { start, end: start + part.length, text: part };
}

/** A hand-made analysis with one quote, one stance with crossing evidence, and hostile names. */
function handMade(): Analysis {
  const text = 'Ana <b>Ruiz</b> said “we reject troops & drones” on Monday, rejecting it.';
  const quote: Quote = {
    ...span(text, 'we reject troops & drones'),
    kind: 'direct',
    speaker: { name: 'Ana <b>Ruiz</b>', entityId: 'e1', method: 'explicit', confidence: 0.9, span: span(text, 'Ana <b>Ruiz</b>') },
    cue: span(text, 'said'),
    post: null,
    provenance: 'test',
  };
  const stance: Stance = {
    actor: { name: 'Ana <b>Ruiz</b>', entityId: 'e1' },
    target: 'intervention"><script>alert(1)</script>',
    label: 'against',
    confidence: 0.8,
    // Crosses the quote's end.
    evidence: [{ ...span(text, 'troops & drones” on Monday'), label: 'against', cue: null, quote: 0, sentence: 0, provenance: 'test' }],
  };
  return {
    text,
    published: '2025-05-05',
    sentences: [{ start: 0, end: text.length, text, index: 0, paragraph: 0 }],
    entities: [
      {
        id: 'e1',
        name: 'Ana <b>Ruiz</b>',
        type: 'PERSON',
        aliases: ['Ana <b>Ruiz</b>'],
        mentions: [{ ...span(text, 'Ana <b>Ruiz</b>'), entityId: 'e1', type: 'PERSON', form: 'name', provenance: 'test' }],
        titles: ['<i>Minister</i>'],
        handles: [],
        country: null,
        confidence: 0.9,
      },
    ],
    quotes: [quote],
    dates: [{ ...span(text, 'Monday'), type: 'DATE', value: '2025-05-05', stated: ['weekday'], inferred: ['year', 'month', 'day'], provenance: 'test' }],
    stances: [stance],
    diagnostics: [{ level: 'info', code: 'x<y', message: 'a & b', span: null }],
  };
}

describe('render(): a self-contained page', () => {
  const html = render(SEED, { title: 'Seed', source: 'fixtures/seed/seed.txt' });

  it.each([
    ['scripts', /<script/i],
    ['external resources', /\b(?:src|href)\s*=/i],
    ['stylesheet links or imports', /<link|@import|url\(/i],
    ['frames and objects', /<(?:iframe|object|embed|img)\b/i],
  ])('has no %s', (_label, pattern) => {
    expect(html).not.toMatch(pattern);
  });

  it('forbids loading anything through its Content-Security-Policy', () => {
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('gives back the article text exactly, with balanced marks', () => {
    const inner = articleHtml(html);
    expect(plain(inner)).toBe(SEED.text);
    expect(balanced(inner)).toBe(true);
  });

  it('marks every mention, quote and date of the seed', () => {
    const inner = articleHtml(html);
    const count = (cls: string): number => inner.split(`<span class="${cls}`).length - 1;
    const mentions = SEED.entities.reduce((n, e) => n + e.mentions.length, 0);
    expect(count('m m-')).toBeGreaterThanOrEqual(mentions);
    expect(count('q q-')).toBeGreaterThanOrEqual(SEED.quotes.length);
    expect(count('d"')).toBe(SEED.dates.length);
    expect(inner).toContain('title="PERSON · Claudia Sheinbaum"');
  });

  it('lists entities, quotes by speaker and dates in its tables', () => {
    for (const id of ['entities', 'quotes', 'dates', 'stances']) expect(html).toContain(`<section id="${id}">`);
    for (const e of SEED.entities) expect(html).toContain(`<td class="name">${e.name}</td>`);
    expect(html).toMatch(/Donald Trump <span class="count">\d+ quotes?<\/span>/);
  });

  it('gives each speaker one tint, the same in article, legend and table', () => {
    const tints = new Map<string, Set<string>>();
    for (const m of html.matchAll(/title="[a-z]+ quote · ([^"(]+) \([a-z]+\)" style="--tint:([^"]+)"/g)) {
      const set = tints.get(m[1] as string) ?? new Set<string>();
      set.add(m[2] as string);
      tints.set(m[1] as string, set);
    }
    expect(tints.size).toBeGreaterThan(2);
    const all = [...tints.values()].map((s) => [...s]);
    for (const s of all) expect(s).toHaveLength(1);
    expect(new Set(all.flat()).size).toBe(all.length);
    const trump = [...(tints.get('Donald Trump') ?? [])][0] as string;
    expect(html).toContain(`<span class="chip" style="--tint:${trump}"></span>Donald Trump`);
  });
});

describe('render(): escaping and crossing spans', () => {
  const a = handMade();
  const html = render(a, { title: '<Report> & "more"', source: "it's <here>" });

  it('escapes every string from the analysis and the options', () => {
    expect(html).not.toContain('<b>Ruiz');
    expect(html).not.toContain('<i>Minister');
    expect(html).toContain('&lt;i&gt;Minister&lt;/i&gt;');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<title>&lt;Report&gt; &amp; &quot;more&quot;</title>');
    expect(html).toContain('it&#39;s &lt;here&gt;');
    expect(html).toContain('Ana &lt;b&gt;Ruiz&lt;/b&gt;');
    expect(html).toContain('<code>x&lt;y</code>');
  });

  it('nests an evidence span that crosses a quote and gives the text back', () => {
    const inner = articleHtml(html);
    expect(balanced(inner)).toBe(true);
    expect(plain(inner)).toBe(a.text);
    expect(inner).toContain('class="ev ev-against"');
    expect(inner).toContain('class="cue"');
  });

  it('shows the stance under its actor with the evidence', () => {
    expect(html).toContain('<span class="badge l-against">against</span>');
    expect(html).toMatch(/<td class="quote">troops &amp; drones” on Monday<\/td>/);
  });
});

describe('render(): odd input', () => {
  it('an empty analysis says none were found', () => {
    const html = render(analyze(''));
    expect(html.split('None found.').length - 1).toBe(4);
  });

  it('ignores spans outside the text instead of throwing', () => {
    const a = handMade();
    const bad: Analysis = { ...a, dates: [{ ...(a.dates[0] as Analysis['dates'][number]), start: 5, end: 500 }] };
    expect(plain(articleHtml(render(bad)))).toBe(a.text);
  });

  it('any spans over any text: the text comes back and marks balance', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ' ', '<', '&', '"', '“', '\n', '😀'), maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(60), fc.nat(60), fc.constantFrom('quote', 'date', 'evidence', 'mention')), { maxLength: 12 }),
        (text, raw) => {
          const a = handMade();
          const spans = raw.map(([x, y, layer]) => ({ layer, start: Math.min(x, y), end: Math.max(x, y) }));
          const at = (s: { start: number; end: number }): { start: number; end: number; text: string } => ({ ...s, text: text.slice(s.start, s.end) });
          const analysis: Analysis = {
            ...a,
            text,
            quotes: spans.filter((s) => s.layer === 'quote').map((s) => ({ ...(a.quotes[0] as Quote), ...at(s), cue: null })),
            dates: spans.filter((s) => s.layer === 'date').map((s) => ({ ...(a.dates[0] as Analysis['dates'][number]), ...at(s) })),
            stances: [{ ...(a.stances[0] as Stance), evidence: spans.filter((s) => s.layer === 'evidence').map((s) => ({ ...((a.stances[0] as Stance).evidence[0] as Stance['evidence'][number]), ...at(s) })) }],
            entities: [{ ...(a.entities[0] as Analysis['entities'][number]), mentions: spans.filter((s) => s.layer === 'mention').map((s) => ({ ...((a.entities[0] as Analysis['entities'][number]).mentions[0] as Analysis['entities'][number]['mentions'][number]), ...at(s) })) }],
          };
          const inner = articleHtml(render(analysis));
          expect(plain(inner)).toBe(text);
          expect(balanced(inner)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    ['null', null, undefined, /analysis must be/],
    ['a string', 'text', undefined, /analysis must be/],
    ['no arrays', { text: 'x' }, undefined, /analysis.sentences must be an array/],
    ['an unknown option', analyze('x'), { colour: 'red' }, /unknown option "colour"/],
    ['a non-string title', analyze('x'), { title: 3 }, /options.title must be a string/],
  ])('rejects %s with a TypeError', (_label, analysis, options, message) => {
    expect(() => render(analysis as unknown as Analysis, options as unknown as undefined)).toThrow(TypeError);
    expect(() => render(analysis as unknown as Analysis, options as unknown as undefined)).toThrow(message);
  });
});
