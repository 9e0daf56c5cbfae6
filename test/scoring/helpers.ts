/** A tiny hand-made gold document for the scorer tests; offsets are computed, not typed. */
import type { GoldDocument } from '../../src/scoring/gold.js';

export const TEXT =
  'President Claudia Sheinbaum said “Sovereignty is not for sale.” ' +
  'Trump said on May 5, 2025 that he would send troops to Mexico. ' +
  'Security experts note that troops would not end the violence. ' +
  'Sheinbaum rejected the offer last week.';

/** `[start, end]` of the `nth` occurrence (0-based) of `part` in `TEXT`. */
export function at(part: string, nth = 0): [number, number] {
  let from = 0;
  for (let i = 0; ; i++) {
    const s = TEXT.indexOf(part, from);
    if (s < 0) throw new Error(`"${part}" (#${nth}) is not in the test text`);
    if (i === nth) return [s, s + part.length];
    from = s + 1;
  }
}

function span(part: string, nth = 0): { text: string; start: number; end: number } {
  const [start, end] = at(part, nth);
  return { text: part, start, end };
}

export const GOLD: GoldDocument = {
  id: 'doc1',
  url: null,
  published: '2025-05-06',
  text: TEXT,
  entities: [
    { name: 'Claudia Sheinbaum', type: 'PERSON', aliases: ['Claudia Sheinbaum', 'Sheinbaum'], mentions: [at('Claudia Sheinbaum'), at('Sheinbaum', 1)] },
    { name: 'Trump', type: 'PERSON', aliases: ['Trump'], mentions: [at('Trump')] },
    { name: 'Mexico', type: 'GPE', aliases: ['Mexico'], mentions: [at('Mexico')] },
  ],
  quotes: [
    { ...span('Sovereignty is not for sale.'), kind: 'direct', speaker: 'Claudia Sheinbaum', cue: 'said' },
    { ...span('he would send troops to Mexico'), kind: 'indirect', speaker: 'Trump', cue: 'said' },
    { ...span('troops would not end the violence'), kind: 'indirect', speaker: 'security experts', cue: 'note' },
  ],
  dates: [
    { ...span('May 5, 2025'), type: 'DATE', value: '2025-05-05' },
    { ...span('last week'), type: 'DATE', value: '2025-W18' },
  ],
  stances: [
    { actor: 'Claudia Sheinbaum', target: 'intervention', label: 'against', evidence: 'rejected the offer' },
    { actor: 'Trump', target: 'intervention', label: 'favor', evidence: 'he would send troops to Mexico' },
    { actor: 'security experts', target: 'intervention', label: 'against', evidence: 'troops would not end the violence' },
  ],
};

/** A one-line JSON rendering, for `.jsonl` files in CLI tests. */
export function jsonl(...docs: readonly object[]): string {
  return docs.map((d) => JSON.stringify(d)).join('\n') + '\n';
}
