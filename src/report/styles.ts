/** The report's only stylesheet, inlined: no fonts, images or scripts to fetch. */
import { ENTITY_COLOURS } from './palette.js';

const TYPE_RULES = Object.entries(ENTITY_COLOURS)
  .map(([type, colour]) => `.m-${type}{border-bottom-color:${colour}}.b-${type}{background:${colour};color:#fff}`)
  .join('');

export const STYLES = `
:root{color-scheme:light;--ink:#1f2937;--muted:#6b7280;--line:#e5e7eb;--paper:#fff;--bg:#f4f5f7;--favor:#15803d;--against:#b91c1c}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:1080px;margin:0 auto;padding:28px 24px 48px}
header h1{margin:0 0 4px;font-size:24px;letter-spacing:-.01em}
header .meta{color:var(--muted);font-size:13px}
.stats{display:flex;flex-wrap:wrap;gap:8px;margin:14px 0 0;padding:0;list-style:none}
.stats li{background:var(--paper);border:1px solid var(--line);border-radius:999px;padding:3px 12px;font-size:13px}
.stats b{font-variant-numeric:tabular-nums}
.card{background:var(--paper);border:1px solid var(--line);border-radius:10px;box-shadow:0 1px 2px rgba(0,0,0,.04);margin-top:20px}
.legend{display:flex;flex-wrap:wrap;gap:6px 16px;padding:12px 18px;border-bottom:1px solid var(--line);font-size:12.5px;color:var(--muted)}
.legend span.key{display:inline-flex;align-items:center;gap:6px}
.article{padding:20px 28px 24px;white-space:pre-wrap;overflow-wrap:anywhere;font:17px/1.8 Georgia,"Times New Roman",serif}
.q{background:var(--tint);border-radius:2px}
.m{border-bottom:2px solid;font-weight:600}
.d{outline:1.5px dashed #b45309;outline-offset:1px;border-radius:3px}
.cue{font-style:italic;text-decoration:underline dotted #6b7280}
.ev{text-decoration-line:underline;text-decoration-style:wavy;text-decoration-thickness:1.5px;text-underline-offset:5px}
.ev-favor{text-decoration-color:var(--favor)}
.ev-against{text-decoration-color:var(--against)}
section{margin-top:28px}
h2{font-size:17px;margin:0 0 8px}
h2 .count{font-weight:400}
.count{color:var(--muted);font-size:12.5px}
table{width:100%;border-collapse:collapse;background:var(--paper);border:1px solid var(--line);border-radius:10px;overflow:hidden;font-size:13.5px}
th{text-align:left;font-weight:600;color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em;background:#fafafa}
th,td{padding:7px 12px;border-bottom:1px solid var(--line);vertical-align:top}
tr:last-child td{border-bottom:0}
tr.group td{background:#f9fafb;font-weight:600}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.name{font-weight:600}
td.quote{font-family:Georgia,"Times New Roman",serif;font-size:14.5px;border-left:4px solid var(--tint,transparent)}
td.how{color:var(--muted);white-space:nowrap}
.none{color:#9ca3af}
code{font:12.5px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#f3f4f6;padding:1px 5px;border-radius:4px}
.badge{display:inline-block;padding:1px 8px;border-radius:999px;font-size:11.5px;font-weight:600;background:#e5e7eb;color:#374151;white-space:nowrap}
.l-favor{background:#dcfce7;color:var(--favor)}
.l-against{background:#fee2e2;color:var(--against)}
.chip{display:inline-block;width:12px;height:12px;border-radius:3px;background:var(--tint);border:1px solid rgba(0,0,0,.12);margin-right:8px;vertical-align:-1px}
.swatch-m{display:inline-block;width:16px;border-bottom:2px solid}
.swatch-d{display:inline-block;width:14px;height:10px;outline:1.5px dashed #b45309;border-radius:2px}
.swatch-ev{text-decoration-line:underline;text-decoration-style:wavy;text-underline-offset:3px;margin-right:4px}
footer{margin-top:32px;color:var(--muted);font-size:12px}
${TYPE_RULES}
@media print{body{background:#fff}.card,table{box-shadow:none}}
`
  .trim()
  .replace(/\n/g, '');
