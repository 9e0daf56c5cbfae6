/**
 * `renderDashboard(aggregate)`: one self-contained HTML page of an aggregate:
 * an actors × targets table of favor/against counts, a timeline per actor and
 * target, country and target filters, and every cell linking to its evidence
 * sentences. No scripts (the filters are radio buttons and CSS :has()), and
 * nothing to load: its Content-Security-Policy forbids it. Everything from the
 * aggregate is escaped. Browser-safe.
 */
import type { Aggregate } from '../types.js';
import { escapeHtml as h } from '../../report/escape.js';
import { buildModel } from './model.js';
import { evidenceLists, filters, matrix, timelines } from './sections.js';
import { dashboardStyles } from './styles.js';
import { pageStart } from '../../report/page.js';
import { timelineScale } from './timeline.js';

export interface DashboardOptions {
  /** Page title and heading (default "newslens stances"). */
  readonly title?: string;
  /** What was aggregated (file names), shown under the heading as text. */
  readonly source?: string;
}

function check(agg: unknown, options: unknown): void {
  if (typeof agg !== 'object' || agg === null || (agg as { format?: unknown }).format !== 'newslens.aggregate/1') {
    throw new TypeError('newslens: renderDashboard(aggregate): aggregate must be the object aggregate() returns');
  }
  const a = agg as Record<string, unknown>;
  if (!Array.isArray(a['rows']) || !Array.isArray(a['actors'])) throw new TypeError('newslens: renderDashboard(aggregate): aggregate.rows and aggregate.actors must be arrays');
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null) throw new TypeError('newslens: renderDashboard(aggregate, options): options must be an object');
  for (const [k, v] of Object.entries(options)) {
    if (k !== 'title' && k !== 'source') throw new TypeError(`newslens: renderDashboard(aggregate, options): unknown option "${k}" (expected title, source)`);
    if (v !== undefined && typeof v !== 'string') throw new TypeError(`newslens: renderDashboard(aggregate, options): options.${k} must be a string`);
  }
}

function n(x: number, word: string): string {
  return `<li><b>${x.toLocaleString('en-US')}</b> ${word}</li>`;
}

export function renderDashboard(aggregate: Aggregate, options?: DashboardOptions): string {
  check(aggregate, options);
  const title = options?.title ?? 'newslens stances';
  const model = buildModel(aggregate);
  const scale = timelineScale(model);
  const stances = aggregate.rows.reduce((s, r) => s + r.count, 0);
  const meta = [options?.source === undefined ? null : h(options.source), scale.buckets === 0 ? 'no dated evidence' : `${h(scale.firstLabel)} to ${h(scale.lastLabel)}`].filter((x) => x !== null);
  const stats = [
    n(aggregate.analyses, 'analyses'),
    aggregate.skipped > 0 ? n(aggregate.skipped, 'skipped') : '',
    n(model.actors.length, 'actors'),
    n(model.targets.length, 'targets'),
    n(stances, 'stances'),
  ].join('');
  return [
    ...pageStart(title, dashboardStyles(model), meta, stats),
    filters(model),
    matrix(model),
    timelines(model, scale),
    evidenceLists(model),
    '<footer>Made by newslens. Every count links to its evidence; the filters need no script.</footer>',
    '</main></body></html>',
    '',
  ].join('\n');
}
