import { escapeHtml as h } from './escape.js';

/**
 * The opening of a self-contained newslens page, shared by the article report
 * and the aggregate dashboard: a Content-Security-Policy that forbids loading
 * anything, the inline styles, and the header with its title, meta line and
 * counts. `meta` and `stats` are HTML already escaped by the caller.
 */
export function pageStart(title: string, styles: string, meta: readonly string[], stats: string): string[] {
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="newslens">',
    `<title>${h(title)}</title><style>${styles}</style></head>`,
    `<body><main><header><h1>${h(title)}</h1><div class="meta">${meta.join(' · ')}</div><ul class="stats">${stats}</ul></header>`,
  ];
}
