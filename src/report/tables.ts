/** The report's tables: entities, quotes by speaker, dates, stances by actor, diagnostics. */
import type { Analysis, Quote, Stance } from '../types.js';
import { clip, escapeHtml as h } from './escape.js';
import { speakerKey, UNATTRIBUTED_TINT } from './palette.js';

const QUOTE_CHARS = 280;

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function list(items: readonly string[]): string {
  return items.length === 0 ? '<span class="none">—</span>' : items.map((i) => h(i)).join(', ');
}

function table(id: string, title: string, head: readonly string[], rows: readonly string[], count: number): string {
  const body = rows.length === 0 ? `<tr><td colspan="${head.length}" class="none">None found.</td></tr>` : rows.join('');
  return (
    `<section id="${id}"><h2>${h(title)} <span class="count">${count}</span></h2>` +
    `<table><thead><tr>${head.map((c) => `<th>${h(c)}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table></section>`
  );
}

export function entitiesTable(a: Analysis): string {
  const rows = a.entities.map(
    (e) =>
      `<tr><td class="name">${h(e.name)}</td><td><span class="badge b-${h(e.type)}">${h(e.type)}</span></td>` +
      `<td class="country">${e.country === null ? '<span class="none">—</span>' : `<abbr title="ISO 3166-1 alpha-2">${h(e.country)}</abbr>`}</td>` +
      `<td>${list(e.aliases)}</td><td>${list(e.titles)}</td><td>${list(e.handles)}</td>` +
      `<td class="num">${e.mentions.length}</td><td class="num">${pct(e.confidence)}</td></tr>`,
  );
  return table('entities', 'Entities', ['Name', 'Type', 'Country', 'Aliases', 'Titles', 'Handles', 'Mentions', 'Confidence'], rows, a.entities.length);
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const g = groups.get(k);
    if (g === undefined) groups.set(k, [t]);
    else g.push(t);
  }
  return groups;
}

export function quotesTable(a: Analysis, tints: ReadonlyMap<string, string>): string {
  const groups = groupBy(a.quotes, (q: Quote) => speakerKey(q) ?? '');
  const rows: string[] = [];
  for (const [key, quotes] of groups) {
    const first = quotes[0] as Quote;
    const tint = key === '' ? UNATTRIBUTED_TINT : (tints.get(key) ?? UNATTRIBUTED_TINT);
    const name = first.speaker === null ? 'No speaker named' : first.speaker.name;
    rows.push(
      `<tr class="group"><td colspan="4"><span class="chip" style="--tint:${tint}"></span>${h(name)} ` +
        `<span class="count">${quotes.length} quote${quotes.length === 1 ? '' : 's'}</span></td></tr>`,
    );
    for (const q of quotes) {
      const how = q.speaker === null ? '—' : `${h(q.speaker.method)} · ${pct(q.speaker.confidence)}`;
      rows.push(
        `<tr><td><span class="badge k-${h(q.kind)}">${h(q.kind)}</span></td>` +
          `<td class="quote" style="--tint:${tint}">${h(clip(q.text, QUOTE_CHARS))}</td>` +
          `<td>${q.cue === null ? '<span class="none">—</span>' : h(q.cue.text)}</td><td class="how">${how}</td></tr>`,
      );
    }
  }
  return table('quotes', 'Quotes by speaker', ['Kind', 'Quote', 'Cue', 'Attribution'], rows, a.quotes.length);
}

export function datesTable(a: Analysis): string {
  const rows = a.dates.map(
    (d) =>
      `<tr><td class="name">${h(d.text)}</td><td><span class="badge">${h(d.type)}</span></td><td><code>${h(d.value)}</code></td>` +
      `<td>${list(d.stated)}</td><td>${list(d.inferred)}</td></tr>`,
  );
  return table('dates', 'Dates', ['Expression', 'Type', 'Value', 'Stated', 'Inferred'], rows, a.dates.length);
}

export function stancesTable(a: Analysis): string {
  const groups = groupBy(a.stances, (s: Stance) => s.actor.entityId ?? `phrase:${s.actor.name}`);
  const rows: string[] = [];
  for (const stances of groups.values()) {
    const actor = (stances[0] as Stance).actor;
    rows.push(`<tr class="group"><td colspan="4">${h(actor.name === '@author' ? 'The article’s own voice (@author)' : actor.name)}</td></tr>`);
    for (const s of stances) {
      const ev = s.evidence.find((e) => e.label === s.label) ?? s.evidence[0];
      const more = s.evidence.length > 1 ? ` <span class="count">+${s.evidence.length - 1} more</span>` : '';
      rows.push(
        `<tr><td>${h(s.target)}</td><td><span class="badge l-${h(s.label)}">${h(s.label)}</span></td><td class="num">${pct(s.confidence)}</td>` +
          `<td class="quote">${ev === undefined ? '<span class="none">—</span>' : h(clip(ev.text, QUOTE_CHARS))}${more}</td></tr>`,
      );
    }
  }
  return table('stances', 'Stances by actor', ['Target', 'Stance', 'Confidence', 'Evidence'], rows, a.stances.length);
}

export function diagnosticsTable(a: Analysis): string {
  if (a.diagnostics.length === 0) return '';
  const rows = a.diagnostics.map(
    (d) => `<tr><td><span class="badge">${h(d.level)}</span></td><td><code>${h(d.code)}</code></td><td>${h(d.message)}</td></tr>`,
  );
  return table('diagnostics', 'Diagnostics', ['Level', 'Code', 'Message'], rows, a.diagnostics.length);
}
