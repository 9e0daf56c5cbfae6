import type { Entity, Mention, Quote } from '../../types.js';
import type { Doc } from '../../pipeline/document.js';
import { createResolver, type Resolver } from '../coref/index.js';
import { normWord, type Lemmas } from './phrases.js';
import { lemmaOf } from './lemma.js';
import { nameTokens } from './names.js';
import { OWN_VOICE_WORDS } from '../../lexicons/en/stance.js';

/** What every part of the stance stage reads about one document. Built once per call. */
export interface StanceContext {
  readonly doc: Doc;
  readonly entities: readonly Entity[];
  readonly byId: ReadonlyMap<string, Entity>;
  readonly quotes: readonly Quote[];
  /** Lower-cased token texts, ’ read as '. */
  readonly words: readonly string[];
  /** Candidate lemmas of each token (lemma.ts), for `~lemma` cues. */
  readonly lemmas: Lemmas;
  /** The mention covering each token, or null. */
  readonly mentionAt: readonly (Mention | null)[];
  /** Whether each token is part of a name (a mention or a capitalised run): no cue or target word there. */
  readonly nameAt: readonly boolean[];
  /** Index of the innermost quote covering each token, or -1. */
  readonly quoteAt: readonly number[];
  readonly resolver: Resolver;
  /**
   * The article speaks in its own voice: its narration (outside every quote) says "we" or "I" at least
   * OWN_VOICE_MIN times, as editorials, columns and op-eds do. Its narration's statements are then the author's.
   */
  readonly ownVoice: boolean;
}

/** How many first-person words the narration needs to speak in the article's own voice. */
const OWN_VOICE_MIN = 2;

export function buildContext(doc: Doc, entities: readonly Entity[], quotes: readonly Quote[]): StanceContext {
  const tokens = doc.tokens;
  const words = tokens.map((t) => normWord(t.text));
  const mentionAt: (Mention | null)[] = new Array<Mention | null>(tokens.length).fill(null);
  const mentions = entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  let k = 0;
  for (const m of mentions) {
    while (k < tokens.length && (tokens[k] as { end: number }).end <= m.start) k++;
    for (let i = k; i < tokens.length && (tokens[i] as { start: number }).start < m.end; i++) mentionAt[i] = m;
  }
  // Innermost quote: visit quotes longest first so shorter (inner) ones overwrite.
  const quoteAt: number[] = new Array<number>(tokens.length).fill(-1);
  const order = quotes.map((q, i) => i).sort((a, b) => (quotes[b] as Quote).end - (quotes[b] as Quote).start - ((quotes[a] as Quote).end - (quotes[a] as Quote).start));
  for (const qi of order) {
    const q = quotes[qi] as Quote;
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tokens[mid] as { end: number }).end <= q.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < tokens.length && (tokens[i] as { start: number }).start < q.end; i++) quoteAt[i] = qi;
  }
  const exclude = quotes.filter((q) => q.kind !== 'indirect').map((q) => ({ start: q.start, end: q.end }));
  return {
    doc,
    entities,
    byId: new Map(entities.map((e) => [e.id, e])),
    quotes,
    words,
    lemmas: tokens.map(lemmaOf),
    mentionAt,
    nameAt: nameTokens(doc, mentionAt),
    quoteAt,
    resolver: createResolver(doc, entities, { exclude }),
    ownVoice: words.filter((w, i) => quoteAt[i] === -1 && OWN_VOICE_WORDS.has(w) && (w !== 'i' || tokens[i]?.text === 'I')).length >= OWN_VOICE_MIN,
  };
}

/** Token index of the first token at or after `offset` (binary search). */
export function tokenIndexAt(ctx: StanceContext, offset: number): number {
  const tokens = ctx.doc.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as { end: number }).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
