import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../src/index.js';
import type { Analysis } from '../../src/index.js';

const FRAGMENTS = [
  'Mexican President Claudia Sheinbaum', 'said', '“', '”', '"', "'", '‘', '’', 'U.S.-Mexico', 'on Monday', 'May 5, 2025',
  '(@handle_1)', '— April Sparks', 'pic.twitter.com/abc', 'troops', 'sovereignty', 'rejected', 'the offer', '.', ',', '?',
  '\n', '\r\n', '\u00a0', '\u200b', '🚨', 'مرحبا', 'Trump’s', 'according to', 'experts', 'Q.', 'NAME:', '<p>', '&amp;',
  '\ud800', 'last week', '45 minutes', 'the 2050s', 'O’Brien', '–', '—', 'Why wouldn’t an ally want our help?',
];

const newsLike = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 })), { maxLength: 60 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(newsLike, fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }));
const published = fc.option(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: null });

function invariants(text: string, a: Analysis): void {
  const spans = [
    ...a.sentences,
    ...a.entities.flatMap((e) => e.mentions),
    ...a.quotes,
    ...a.quotes.flatMap((q) => [q.cue, q.speaker?.span ?? null, q.post?.signature ?? null].filter((s) => s !== null)),
    ...a.dates,
    ...a.stances.flatMap((s) => s.evidence),
    ...a.stances.flatMap((s) => s.evidence.map((e) => e.cue).filter((c) => c !== null)),
  ];
  for (const s of spans) {
    expect(0 <= s.start && s.start < s.end && s.end <= text.length, `span [${s.start}, ${s.end})`).toBe(true);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  }
  const ids = new Set(a.entities.map((e) => e.id));
  for (const q of a.quotes) if (q.speaker?.entityId != null) expect(ids.has(q.speaker.entityId)).toBe(true);
  for (const s of a.stances) if (s.actor.entityId !== null) expect(ids.has(s.actor.entityId)).toBe(true);
  for (const s of a.stances) for (const e of s.evidence) if (e.quote !== null) expect(a.quotes[e.quote]).toBeDefined();
  for (const e of a.entities) for (const m of e.mentions) expect(m.entityId).toBe(e.id);
}

describe('property: analyze() on random and adversarial text', () => {
  it('never throws, spans are valid, ids resolve, output round-trips through JSON and is deterministic', () => {
    fc.assert(
      fc.property(anyText, published, (text, pub) => {
        const a = analyze(text, { published: pub });
        invariants(text, a);
        expect(JSON.parse(JSON.stringify(a))).toEqual(a);
        expect(analyze(text, { published: pub })).toEqual(a);
      }),
      { seed: 20261126, numRuns: 150 },
    );
  });
});
