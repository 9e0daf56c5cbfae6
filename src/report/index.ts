/**
 * `render(analysis)`: one self-contained HTML page showing what newslens found:
 * the article with entities, quotes (tinted by speaker), dates and stance
 * evidence marked, and tables of entities, quotes by speaker, dates and
 * stances by actor. Everything from the analysis is escaped; the page has no
 * scripts and loads nothing (its Content-Security-Policy forbids it).
 * Browser-safe: no Node built-ins.
 */
import type { Analysis } from '../types.js';
import { renderArticle } from './article.js';
import { escapeHtml as h } from './escape.js';
import { ENTITY_COLOURS, speakerKey, speakerTints, UNATTRIBUTED_TINT } from './palette.js';
import { STYLES } from './styles.js';
import { pageStart } from './page.js';
import { datesTable, diagnosticsTable, entitiesTable, quotesTable, stancesTable } from './tables.js';

export interface RenderOptions {
  /** Page title and heading (default "newslens report"). */
  readonly title?: string;
  /** Where the article came from (a file name or URL), shown under the heading as text. */
  readonly source?: string;
}

const ARRAYS = ['sentences', 'entities', 'quotes', 'dates', 'stances', 'diagnostics'] as const;

function check(analysis: unknown, options: unknown): void {
  if (typeof analysis !== 'object' || analysis === null) throw new TypeError('newslens: render(analysis): analysis must be the object analyze() returns');
  const a = analysis as Record<string, unknown>;
  if (typeof a['text'] !== 'string') throw new TypeError('newslens: render(analysis): analysis.text must be a string');
  for (const k of ARRAYS) {
    if (!Array.isArray(a[k])) throw new TypeError(`newslens: render(analysis): analysis.${k} must be an array`);
  }
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null) throw new TypeError('newslens: render(analysis, options): options must be an object');
  for (const [k, v] of Object.entries(options)) {
    if (k !== 'title' && k !== 'source') throw new TypeError(`newslens: render(analysis, options): unknown option "${k}" (expected title, source)`);
    if (v !== undefined && typeof v !== 'string') throw new TypeError(`newslens: render(analysis, options): options.${k} must be a string`);
  }
}

function legend(a: Analysis, tints: ReadonlyMap<string, string>): string {
  const keys: string[] = [];
  const types = new Set(a.entities.map((e) => e.type));
  for (const [type, colour] of Object.entries(ENTITY_COLOURS)) {
    if (types.has(type as keyof typeof ENTITY_COLOURS)) keys.push(`<span class="key"><span class="swatch-m" style="border-color:${colour}"></span>${type}</span>`);
  }
  const named = new Map<string, string>();
  let unattributed = false;
  for (const q of a.quotes) {
    const key = speakerKey(q);
    if (key === null) unattributed = true;
    else if (q.speaker !== null && !named.has(key)) named.set(key, q.speaker.name);
  }
  for (const [key, name] of named) keys.push(`<span class="key"><span class="chip" style="--tint:${tints.get(key) ?? UNATTRIBUTED_TINT}"></span>${h(name)}</span>`);
  if (unattributed) keys.push(`<span class="key"><span class="chip" style="--tint:${UNATTRIBUTED_TINT}"></span>no speaker</span>`);
  if (a.dates.length > 0) keys.push('<span class="key"><span class="swatch-d"></span>date</span>');
  if (a.stances.length > 0) {
    keys.push('<span class="key">stance evidence: <span class="swatch-ev ev-favor">favor</span><span class="swatch-ev ev-against">against</span></span>');
  }
  return keys.length === 0 ? '' : `<div class="legend">${keys.join('')}</div>`;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

/** Renders an analysis as one self-contained HTML page. Throws `TypeError` on a non-analysis argument. */
export function render(analysis: Analysis, options?: RenderOptions): string {
  check(analysis, options);
  const title = options?.title ?? 'newslens report';
  const tints = speakerTints(analysis.quotes);
  const meta = [
    options?.source === undefined ? null : h(options.source),
    analysis.published === null ? 'publication date unknown' : `published ${h(analysis.published)}`,
    `${plural(analysis.text.length, 'character')}, ${plural(analysis.sentences.length, 'sentence')}`,
  ].filter((x) => x !== null);
  const stats = (
    [
      ['entities', analysis.entities.length],
      ['quotes', analysis.quotes.length],
      ['dates', analysis.dates.length],
      ['stances', analysis.stances.length],
    ] as const
  )
    .map(([name, n]) => `<li><b>${n}</b> ${name}</li>`)
    .join('');
  return [
    ...pageStart(title, STYLES, meta, stats),
    `<div class="card">${legend(analysis, tints)}<div class="article" id="article">${renderArticle(analysis, tints)}</div></div>`,
    entitiesTable(analysis),
    quotesTable(analysis, tints),
    datesTable(analysis),
    stancesTable(analysis),
    diagnosticsTable(analysis),
    '<footer>Made by newslens. Hover a highlight to see what it is.</footer>',
    '</main></body></html>',
    '',
  ].join('\n');
}
