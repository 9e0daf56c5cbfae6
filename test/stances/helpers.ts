import type { Entity, EntityType, Mention, Quote, Speaker, Stance } from '../../src/types.js';
import { parseDocument, type Doc } from '../../src/pipeline/document.js';
import { extractStances, DEFAULT_TARGETS } from '../../src/stages/stances/index.js';
import type { StanceTargetDefinition } from '../../src/stages/stances/target.js';

export interface EntitySpec {
  readonly name: string;
  readonly type?: EntityType;
  readonly aliases?: readonly string[];
  readonly titles?: readonly string[];
}

/** Hand-made entities: every whole-word occurrence of each alias (longest first) is a mention. */
export function makeEntities(text: string, specs: readonly EntitySpec[]): Entity[] {
  const taken: [number, number][] = [];
  const forms = specs.flatMap((s, i) => [s.name, ...(s.aliases ?? [])].map((f) => ({ f, i }))).sort((a, b) => b.f.length - a.f.length);
  const mentions: Mention[][] = specs.map(() => []);
  const word = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (const { f, i } of forms) {
    for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + 1)) {
      const end = at + f.length;
      if (word(text[at - 1]) || word(text[end]) || taken.some(([s, e]) => at < e && end > s)) continue;
      taken.push([at, end]);
      const spec = specs[i] as EntitySpec;
      (mentions[i] as Mention[]).push({ start: at, end, text: f, entityId: `e${i + 1}`, type: spec.type ?? 'PERSON', form: 'name', provenance: 'test' });
    }
  }
  return specs.map((s, i) => ({
    id: `e${i + 1}`,
    name: s.name,
    type: s.type ?? 'PERSON',
    aliases: [s.name, ...(s.aliases ?? [])],
    mentions: (mentions[i] as Mention[]).sort((a, b) => a.start - b.start),
    titles: s.titles ?? [],
    handles: [],
    confidence: 1,
  }));
}

export interface QuoteSpec {
  /** The quoted text; must occur once in the article. */
  readonly text: string;
  readonly kind?: Quote['kind'];
  /** Speaker name: an entity's name (linked to it) or a group phrase. */
  readonly speaker: string | null;
}

/** Hand-made quotes, so the stance stage is tested apart from the quotes stage. */
export function makeQuotes(text: string, entities: readonly Entity[], specs: readonly QuoteSpec[]): Quote[] {
  return specs.map((q) => {
    const start = text.indexOf(q.text);
    if (start < 0) throw new Error(`quote not in text: ${q.text}`);
    const e = entities.find((x) => x.name === q.speaker);
    const speaker: Speaker | null =
      q.speaker === null ? null : { name: q.speaker, entityId: e?.id ?? null, method: 'explicit', confidence: 1, span: null };
    return { start, end: start + q.text.length, text: q.text, kind: q.kind ?? 'direct', speaker, cue: null, post: null, provenance: 'test' };
  });
}

export interface Case {
  readonly text: string;
  readonly entities?: readonly EntitySpec[];
  readonly quotes?: readonly QuoteSpec[];
  readonly targets?: readonly StanceTargetDefinition[];
}

export function stancesOf(c: Case): { doc: Doc; stances: Stance[] } {
  const doc = parseDocument(c.text);
  const entities = makeEntities(c.text, c.entities ?? []);
  const quotes = makeQuotes(c.text, entities, c.quotes ?? []);
  return { doc, stances: extractStances(doc, entities, quotes, c.targets ?? DEFAULT_TARGETS) };
}

/** `actor|target|label` for each stance, sorted: compact to compare in tables. */
export function summary(stances: readonly Stance[]): string[] {
  return stances.map((s) => `${s.actor.name}|${s.target}|${s.label}`).sort();
}

/** Every evidence span and cue span is the input slice it claims to be. */
export function spansHold(input: string, stances: readonly Stance[]): boolean {
  return stances.every((s) =>
    s.evidence.every((e) => input.slice(e.start, e.end) === e.text && (e.cue === null || input.slice(e.cue.start, e.cue.end) === e.cue.text)),
  );
}
