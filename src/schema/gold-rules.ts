/**
 * The rules of the corpus guidelines that JSON Schema cannot say, checked on a
 * document the scorer's reader has accepted (offsets in range, start <= end):
 * spans quote the text they point at, mentions are occurrences of aliases and
 * never overlap, evidence is a substring of the text.
 */
import type { GoldDocument } from '../scoring/gold.js';
import type { SchemaIssue } from './validate.js';

function clip(s: string): string {
  return JSON.stringify(s.length > 40 ? s.slice(0, 40) + '…' : s);
}

interface Located {
  readonly start: number;
  readonly end: number;
  readonly path: string;
}

/** Guideline issues of one gold document; `[]` when it follows every rule checked here. */
export function checkGoldRules(doc: GoldDocument): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const { text } = doc;
  const spans = [
    ...doc.quotes.map((q, i) => ({ item: q, path: `quotes[${i}]` })),
    ...doc.dates.map((d, i) => ({ item: d, path: `dates[${i}]` })),
  ];
  for (const { item, path } of spans) {
    const actual = text.slice(item.start, item.end);
    if (actual !== item.text) issues.push({ path: `${path}.text`, message: `is ${clip(item.text)} but text.slice(${item.start}, ${item.end}) is ${clip(actual)}` });
  }
  const mentions: Located[] = [];
  doc.entities.forEach((e, i) => {
    if (!e.aliases.includes(e.name)) issues.push({ path: `entities[${i}].name`, message: `${clip(e.name)} is not one of the entity's aliases` });
    e.mentions.forEach(([start, end], j) => {
      const path = `entities[${i}].mentions[${j}]`;
      const actual = text.slice(start, end);
      if (!e.aliases.includes(actual)) issues.push({ path, message: `[${start}, ${end}) is ${clip(actual)}, not one of the entity's aliases` });
      mentions.push({ start, end, path });
    });
  });
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  let reach: Located | null = null; // the mention seen so far that ends last
  for (const cur of mentions) {
    if (reach !== null && cur.start < reach.end) {
      issues.push({ path: cur.path, message: `[${cur.start}, ${cur.end}) overlaps ${reach.path} [${reach.start}, ${reach.end})` });
    }
    if (reach === null || cur.end > reach.end) reach = cur;
  }
  doc.stances.forEach((s, i) => {
    if (s.evidence !== '' && !text.includes(s.evidence)) issues.push({ path: `stances[${i}].evidence`, message: `${clip(s.evidence)} is not a substring of the text` });
  });
  return issues;
}
