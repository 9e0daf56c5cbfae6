import type { Entity, EntityType, Mention, Quote } from '../../src/types.js';
import { parseDocument, type Doc } from '../../src/pipeline/document.js';
import { extractQuotes } from '../../src/stages/quotes/index.js';

export interface EntitySpec {
  readonly name: string;
  readonly type?: EntityType;
  readonly aliases?: readonly string[];
  readonly titles?: readonly string[];
  readonly handles?: readonly string[];
  /** ISO 3166-1 alpha-2 code of the country a place is in (default none). */
  readonly country?: string;
}

/** Hand-made entities: every whole-word occurrence of each alias (longest first) is a mention. */
export function makeEntities(text: string, specs: readonly EntitySpec[]): Entity[] {
  const taken: [number, number][] = [];
  const forms = specs
    .flatMap((s, i) => [s.name, ...(s.aliases ?? []), ...(s.handles ?? [])].map((f) => ({ f, i })))
    .sort((a, b) => b.f.length - a.f.length);
  const mentions: Mention[][] = specs.map(() => []);
  for (const { f, i } of forms) {
    let at = text.indexOf(f);
    while (at >= 0) {
      const end = at + f.length;
      const word = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
      if (!word(text[at - 1]) && !word(text[end]) && !taken.some(([s, e]) => at < e && end > s)) {
        taken.push([at, end]);
        const spec = specs[i] as EntitySpec;
        (mentions[i] as Mention[]).push({
          start: at, end, text: f, entityId: `e${i + 1}`, type: spec.type ?? 'PERSON',
          form: f.startsWith('@') ? 'handle' : 'name', provenance: 'test',
        });
      }
      at = text.indexOf(f, at + 1);
    }
  }
  return specs.map((s, i) => ({
    id: `e${i + 1}`,
    name: s.name,
    type: s.type ?? 'PERSON',
    aliases: [s.name, ...(s.aliases ?? [])],
    mentions: (mentions[i] as Mention[]).sort((a, b) => a.start - b.start),
    titles: s.titles ?? [],
    handles: s.handles ?? [],
    country: s.country ?? null,
    confidence: 1,
  }));
}

export function quotesOf(text: string, specs: readonly EntitySpec[] = []): { doc: Doc; quotes: Quote[] } {
  const doc = parseDocument(text);
  return { doc, quotes: extractQuotes(doc, makeEntities(text, specs)) };
}

/** Every span must be the input slice it claims to be. */
export function spansHold(text: string, quotes: readonly Quote[]): boolean {
  return quotes.every(
    (q) =>
      text.slice(q.start, q.end) === q.text &&
      (q.cue === null || text.slice(q.cue.start, q.cue.end) === q.cue.text) &&
      (q.speaker?.span == null || text.slice(q.speaker.span.start, q.speaker.span.end) === q.speaker.span.text),
  );
}
