import type { Entity, Mention } from '../../types.js';
import type { Doc } from '../../pipeline/document.js';
import { tokenIndexAt, type Token } from '../../pipeline/tokens.js';
import { REPORTING_CUES, type ReportingCue } from '../../lexicons/en/reporting.js';
import { createResolver, type Resolver } from '../coref/index.js';
import type { MarkedSpan, ParagraphRange } from './marks.js';

/** A reporting cue found in the text: tokens `[first, last]`. */
export interface CueHit {
  readonly cue: ReportingCue;
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
}

export interface Paragraph extends ParagraphRange {
  /** Token range `[firstToken, endToken)`. */
  readonly firstToken: number;
  readonly endToken: number;
}

/** Everything the quote extractors share about one document. */
export interface QuoteContext {
  readonly doc: Doc;
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly entities: readonly Entity[];
  readonly entityById: ReadonlyMap<string, Entity>;
  /** Per token: the entity mention it is part of. */
  readonly mentionOf: readonly (Mention | null)[];
  /** Per token: the reporting cue starting at it. */
  readonly cueOf: readonly (CueHit | null)[];
  /** Per token: inside quote marks (content or the marks themselves). */
  readonly quoted: readonly boolean[];
  readonly paragraphs: readonly Paragraph[];
  readonly resolver: Resolver;
}

export function paragraphRanges(doc: Doc): ParagraphRange[] {
  const out: { index: number; start: number; end: number }[] = [];
  for (const s of doc.sentences) {
    const last = out[out.length - 1];
    if (last !== undefined && last.index === s.paragraph) last.end = s.end;
    else out.push({ index: s.paragraph, start: s.start, end: s.end });
  }
  return out;
}

/** Single-word cues by lemma: "said", "says", "saying" all find `verb.say`. */
const CUE_LEMMAS: ReadonlyMap<string, readonly ReportingCue[]> = (() => {
  const map = new Map<string, ReportingCue[]>();
  for (const cue of REPORTING_CUES) for (const l of cue.lemmas) map.set(l, [...(map.get(l) ?? []), cue]);
  return map;
})();

const CUE_FORMS: ReadonlyMap<string, readonly { words: readonly string[]; cue: ReportingCue }[]> = (() => {
  const map = new Map<string, { words: readonly string[]; cue: ReportingCue }[]>();
  for (const cue of REPORTING_CUES) {
    for (const form of cue.forms) {
      const words = form.split(' ');
      const key = words[0] as string;
      const list = map.get(key) ?? [];
      list.push({ words, cue });
      map.set(key, list);
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

const NO_OPTIONS: readonly { words: readonly string[]; cue: ReportingCue }[] = [];

/** The cues a token may start: by its lemma (one word) and by its surface form. */
function cueOptions(tok: Token): readonly { words: readonly string[]; cue: ReportingCue }[] {
  const lower = tok.text.toLowerCase();
  const byForm = CUE_FORMS.get(lower) ?? NO_OPTIONS;
  const byLemma = CUE_LEMMAS.get(tok.lemma) ?? CUE_LEMMAS.get(lower);
  if (byLemma === undefined) return byForm;
  return [...byForm, ...byLemma.filter((cue) => !byForm.some((o) => o.cue === cue)).map((cue) => ({ words: [lower], cue }))];
}

/** Words after which a cue word is a noun: articles, possessives, prepositions other than "to". */
const NOUN_MARKERS = /^(?:the|a|an|his|her|its|their|our|my|your|this|these|those|['’]s|amid|in|of|after|with|by|for|on|despite|following)$/i;

function findCues(tokens: readonly Token[], mentionOf: readonly (Mention | null)[]): (CueHit | null)[] {
  const out: (CueHit | null)[] = new Array<CueHit | null>(tokens.length).fill(null);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    const options = cueOptions(tok);
    if (options.length === 0) continue;
    // part of a name ("United States", "Fox News Reports")
    if (mentionOf[i] !== null || (/^\p{Lu}/u.test(tok.text) && !tok.tags.has('Verb') && tok.tags.has('ProperNoun'))) continue;
    // after a determiner, a preposition or a possessive the word is a noun ("amid reports", "the state", "his statement")
    const prev = tokens[i - 1];
    // "member states had the right", "Gulf states will meet": an -s form before an auxiliary is a plural subject
    const next = tokens[i + 1];
    // ("handed him a protest note calling …": a noun after an article and a noun heads a compound, no verb "note")
    const compound = prev !== undefined && prev.pos === 'NOUN' && tok.pos === 'NOUN' && NOUN_MARKERS.test(tokens[i - 2]?.text ?? '');
    const nominal = (prev !== undefined && NOUN_MARKERS.test(prev.text)) || compound || (/[^s]s$/i.test(tok.text) && next !== undefined && next.pos === 'AUX');
    const noun = nominal || (tok.tags.has('Noun') && !tok.tags.has('Verb'));
    let best: CueHit | null = null;
    for (const { words, cue } of options) {
      if (nominal && cue.frame !== 'noun' && words.length === 1) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = tokens[i + k]?.text.toLowerCase() === words[k];
      if (!ok) continue;
      const last = i + words.length - 1;
      const hit: CueHit = { cue, first: i, last, start: tok.start, end: (tokens[last] as Token).end };
      if (best === null || words.length > best.last - best.first + 1) best = hit;
      else if (words.length === best.last - best.first + 1 && (cue.frame === 'noun') === noun && (best.cue.frame === 'noun') !== noun) best = hit;
    }
    out[i] = best;
  }
  return out;
}

export function createContext(doc: Doc, entities: readonly Entity[], marked: readonly MarkedSpan[], paragraphs: readonly ParagraphRange[]): QuoteContext {
  const tokens = doc.tokens;
  const mentionOf: (Mention | null)[] = new Array<Mention | null>(tokens.length).fill(null);
  for (const e of entities) {
    for (const m of e.mentions) {
      for (let i = tokenIndexAt(tokens, m.start); i < tokens.length && (tokens[i] as Token).start < m.end; i++) mentionOf[i] = m;
    }
  }
  const quoted: boolean[] = new Array<boolean>(tokens.length).fill(false);
  for (const q of marked) {
    const end = q.close < 0 ? q.end : q.close + 1;
    for (let i = tokenIndexAt(tokens, q.open); i < tokens.length && (tokens[i] as Token).start < end; i++) quoted[i] = true;
  }
  const paras: Paragraph[] = paragraphs.map((p) => ({ ...p, firstToken: tokenIndexAt(tokens, p.start), endToken: tokenIndexAt(tokens, p.end) }));
  const exclude = marked.map((q) => ({ start: q.start, end: q.end }));
  return {
    doc,
    text: doc.text,
    tokens,
    entities,
    entityById: new Map(entities.map((e) => [e.id, e])),
    mentionOf,
    cueOf: findCues(tokens, mentionOf),
    quoted,
    paragraphs: paras,
    resolver: createResolver(doc, entities, { exclude }),
  };
}

export function paragraphOf(ctx: QuoteContext, pos: number): Paragraph | null {
  let lo = 0;
  let hi = ctx.paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = ctx.paragraphs[mid] as Paragraph;
    if (pos < p.start) hi = mid - 1;
    else if (pos >= p.end) lo = mid + 1;
    else return p;
  }
  return null;
}
