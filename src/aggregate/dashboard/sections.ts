/** The dashboard's sections: filters, the actors × targets matrix, the timelines, the evidence lists. */
import type { AggregateActor, AggregateEvidence, AggregateRow } from '../types.js';
import { clip, escapeHtml as h } from '../../report/escape.js';
import type { Cell, DashboardModel } from './model.js';
import { timelineSvg, type TimelineScale } from './timeline.js';

/** Evidence passages listed per cell; the JSON has them all. */
export const EVIDENCE_SHOWN = 100;
const SENTENCE_CHARS = 600;

function countryClass(actor: AggregateActor): string {
  return actor.country === null ? 'c-none' : `c-${actor.country}`;
}

function actorName(actor: AggregateActor): string {
  const code = actor.country === null ? '' : `<span class="cc">${h(actor.country)}</span>`;
  return `${h(actor.name)}${code}<span class="kind">${h(actor.kind)}</span>`;
}

function radio(group: string, id: string, label: string, checked: boolean): string {
  return `<input type="radio" name="${group}" id="${id}"${checked ? ' checked' : ''}><label for="${id}">${h(label)}</label>`;
}

export function filters(model: DashboardModel): string {
  const countries = [radio('fc', 'fc-all', 'all', true), ...model.countries.map((c) => radio('fc', `fc-${c}`, c, false)), radio('fc', 'fc-none', 'no country', false)];
  const targets = [radio('ft', 'ft-all', 'all', true), ...model.targets.map((t, i) => radio('ft', `ft-${i}`, t, false))];
  return (
    `<form class="filters" id="filters"><fieldset><legend>Country</legend>${countries.join('')}</fieldset>` +
    `<fieldset><legend>Target</legend>${targets.join('')}</fieldset></form>`
  );
}

function badge(row: AggregateRow | null, cell: Cell): string {
  if (row === null) return '';
  const sign = row.label === 'favor' ? '▲' : '▼';
  const title = `${row.count} ${row.label} stance(s), mean confidence ${Math.round(row.meanConfidence * 100)}%, ${row.firstDate ?? '?'} to ${row.lastDate ?? '?'}`;
  return `<a href="#ev-${cell.index}" title="${h(title)}"><span class="badge l-${row.label}">${sign} ${row.label} ${row.count}</span></a>`;
}

export function matrix(model: DashboardModel): string {
  const head = model.targets.map((t, i) => `<th class="ft t-${i}">${h(t)}</th>`).join('');
  const rows = model.actors.map((actor) => {
    const cells = model.targets
      .map((t, i) => {
        const cell = model.cells.get(actor.key)?.get(t);
        return `<td class="cell ft t-${i}">${cell === undefined ? '<span class="none">—</span>' : badge(cell.favor, cell) + badge(cell.against, cell)}</td>`;
      })
      .join('');
    return `<tr class="fc ${countryClass(actor)}"><td class="name">${actorName(actor)}</td>${cells}</tr>`;
  });
  return (
    `<section id="matrix"><h2>Actors × targets <span class="count">${model.actors.length} actors</span></h2>` +
    `<table class="matrix"><thead><tr><th>Actor</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></section>`
  );
}

export function timelines(model: DashboardModel, scale: TimelineScale): string {
  const rows = model.cellList.map(
    (cell) =>
      `<tr class="fc ft ${countryClass(cell.actor)} t-${cell.targetIndex}"><td class="name"><a href="#ev-${cell.index}">${actorName(cell.actor)}</a>` +
      `<div class="count">${h(cell.target)}</div></td><td>${timelineSvg(cell, scale)}</td></tr>`,
  );
  const axis = `<div class="axis"><span>${h(scale.firstLabel)}</span><span>${h(scale.unit === 'week' ? 'by week' : 'by month')}</span><span>${h(scale.lastLabel)}</span></div>`;
  return (
    `<section id="timeline"><h2>Timeline <span class="count">stance evidence per ${scale.unit}: favor up, against down</span></h2>` +
    `<table class="timeline"><thead><tr><th>Actor and target</th><th>${axis}</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`
  );
}

/** The sentence with the passage marked and its cue underlined, when the passage is found in it. */
function sentenceHtml(ev: AggregateEvidence): string {
  const at = ev.sentence.indexOf(ev.text);
  if (at < 0 || ev.text === '') return h(clip(ev.sentence === '' ? ev.text : ev.sentence, SENTENCE_CHARS));
  const before = ev.sentence.slice(0, at);
  const after = ev.sentence.slice(at + ev.text.length);
  let inner = h(ev.text);
  if (ev.cue !== null && ev.cue.start >= ev.start && ev.cue.end <= ev.end) {
    const a = ev.cue.start - ev.start;
    const b = ev.cue.end - ev.start;
    inner = `${h(ev.text.slice(0, a))}<span class="cue">${h(ev.text.slice(a, b))}</span>${h(ev.text.slice(b))}`;
  }
  return `${h(clip(before, 200))}<mark class="ev ev-${ev.label}">${inner}</mark>${h(clip(after, 200))}`;
}

function evidenceItem(ev: AggregateEvidence): string {
  const date = ev.date === null ? 'undated' : `${ev.date}${ev.dateSource === 'sentence' ? ' (stated)' : ''}`;
  return (
    `<li><div class="ev-meta"><span class="badge l-${ev.label}">${ev.label}</span> <code>${h(ev.article)}</code> ${ev.start}–${ev.end} · ${h(date)}</div>` +
    `<div class="ev-sentence">${sentenceHtml(ev)}</div></li>`
  );
}

export function evidenceLists(model: DashboardModel): string {
  const lists = model.cellList.map((cell) => {
    const rows = [cell.favor, cell.against].filter((r): r is AggregateRow => r !== null);
    const evidence = rows.flatMap((r) => r.evidence);
    const total = rows.reduce((n, r) => n + r.evidenceCount, 0);
    const shown = evidence.slice(0, EVIDENCE_SHOWN);
    const more = total > shown.length ? `<div class="more">${total - shown.length} more passage(s) in the aggregate JSON.</div>` : '';
    const counts = rows.map((r) => `<span class="badge l-${r.label}">${r.label} ${r.count}</span>`).join(' ');
    return (
      `<div class="card evidence fc ft ${countryClass(cell.actor)} t-${cell.targetIndex}" id="ev-${cell.index}">` +
      `<h3>${actorName(cell.actor)} → ${h(cell.target)} ${counts}</h3><ul class="ev-list">${shown.map(evidenceItem).join('')}</ul>${more}</div>`
    );
  });
  return `<section id="evidence"><h2>Evidence <span class="count">${model.cellList.length} actor–target pairs</span></h2>${lists.join('')}</section>`;
}
