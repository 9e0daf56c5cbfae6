/** The dashboard's stylesheet: the report's, plus the filters, the matrix and the timeline. */
import type { DashboardModel } from './model.js';
import { STYLES } from '../../report/styles.js';

const OWN = `
main{max-width:1240px}
.filters{display:flex;flex-wrap:wrap;gap:10px 24px;margin-top:18px;padding:12px 18px;background:var(--paper);border:1px solid var(--line);border-radius:10px;font-size:13px}
.filters fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:6px;align-items:center}
.filters legend{float:left;margin-right:8px;color:var(--muted);font-weight:600;font-size:12px;text-transform:uppercase;letter-spacing:.04em}
.filters input{position:absolute;opacity:0;pointer-events:none}
.filters label{padding:2px 10px;border:1px solid var(--line);border-radius:999px;cursor:pointer;background:#fafafa}
.filters input:checked+label{background:var(--ink);border-color:var(--ink);color:#fff}
.filters input:focus-visible+label{outline:2px solid #2563eb;outline-offset:1px}
.matrix td.cell{white-space:nowrap}
.matrix a{text-decoration:none}
.matrix .badge{margin-right:4px}
.kind{color:var(--muted);font-size:12px;font-weight:400;margin-left:6px}
.cc{display:inline-block;font:11px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#ecfdf5;color:#047857;border-radius:4px;padding:0 5px;margin-left:6px}
.timeline svg{display:block}.timeline a{color:inherit;text-decoration:none}.timeline th:last-child,.timeline td:last-child{width:904px}
.timeline td.name{width:260px}
.axis{color:var(--muted);font-size:11.5px;display:flex;justify-content:space-between}
.ev-list{list-style:none;margin:0;padding:0}
.ev-list li{padding:8px 14px;border-top:1px solid var(--line);font-size:14px}
.ev-list li:first-child{border-top:0}
.ev-meta{color:var(--muted);font-size:12px;margin-bottom:2px}
.ev-sentence{font-family:Georgia,"Times New Roman",serif;font-size:15px}
.ev-sentence mark{background:transparent}
.evidence{margin-top:14px;scroll-margin-top:12px}
.evidence h3{font-size:15px;margin:0;padding:10px 14px;border-bottom:1px solid var(--line)}
.evidence:target{outline:3px solid #2563eb;outline-offset:2px}
.more{color:var(--muted);font-size:12.5px;padding:8px 14px}
`
  .trim()
  .replace(/\n/g, '');

/**
 * Filters without scripts: a checked radio hides, through :has(), every row,
 * column and evidence list of another country or target.
 */
function filterRules(model: DashboardModel): string {
  const rules: string[] = [];
  for (const c of model.countries) rules.push(`body:has(#fc-${c}:checked) .fc:not(.c-${c}){display:none}`);
  rules.push('body:has(#fc-none:checked) .fc:not(.c-none){display:none}');
  model.targets.forEach((_t, i) => rules.push(`body:has(#ft-${i}:checked) .ft:not(.t-${i}){display:none}`));
  return rules.join('');
}

export function dashboardStyles(model: DashboardModel): string {
  return STYLES + OWN + filterRules(model);
}
