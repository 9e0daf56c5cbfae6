import type { Quote, Speaker } from '../../types.js';
import { tokenIndexAt, type Token } from '../../pipeline/tokens.js';
import { paragraphOf, type CueHit, type QuoteContext } from './context.js';
import type { MarkedSpan } from './marks.js';
import { ABBREVIATIONS } from '../../lexicons/en/abbreviations.js';
import { SPEAKER_POSTMODIFIERS } from '../../lexicons/en/reporting.js';
import { agentBefore, clauseSubject, governingSubject, lower, npAfter, npEndingAt, NP_STOP, speakerOf, type TokenRange } from './speaker.js';

/**
 * Attribution of a direct quote, tried in order:
 * 1. after the quote: `”, X said` / `”, said X` / `” she said` (explicit, pronoun or role);
 * 2. before it in the same sentence: the nearest cue and its agent
 *    (`X told reporters: “…”`, `he responded, “…”`, `called it a “…”`);
 * 3. context: an earlier quote of the same paragraph, a post-posed "…, he
 *    said." earlier in it, a paragraph that introduces the quote (ends with
 *    ":" or has a speech cue), or the previous paragraph's quote when this one
 *    opens a paragraph.
 * Confidence here orders the candidates (0.9 after, 0.8 before, 0.6–0.8 from
 * context, times 0.8 for a group phrase); the published value is calibrated per
 * class of attribution afterwards (confidence.ts).
 */
export interface Attribution {
  readonly speaker: Speaker | null;
  readonly cue: CueHit | null;
  /** Which step found it. */
  readonly rule: 'after' | 'before' | 'same-paragraph' | 'intro' | 'continuation' | 'clause' | 'fallback' | 'none';
  /** A cue next to the quote (steps 1 and 2): short quotes need one to count. */
  readonly local: boolean;
}

const SENTENCE_END = new Set(['.', '!', '?']);
const PARTICIPLE = /ing$/;

/** An unquoted sentence-final mark (not the period of "Mr." or "U.S."). */
export function isEnd(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (t === undefined || ctx.quoted[i] || !SENTENCE_END.has(t.text)) return false;
  if (t.text !== '.') return true;
  const prev = ctx.tokens[i - 1];
  if (prev === undefined || prev.end !== t.start) return true;
  // "Jane Doe (D-Wash.) said": an abbreviation closing a parenthetical aside
  if (ctx.tokens[i + 1]?.text === ')' && ctx.tokens[i + 1]?.start === t.end) return false;
  return !(prev.text.includes('.') || /^\p{Lu}$/u.test(prev.text) || ABBREVIATIONS.has(prev.text.toLowerCase()));
}

/** How far after a quote its cue may stand: more when the speaker carries an appositive (", X, a member of …, said"). */
const AFTER_REACH = 12;
const AFTER_REACH_APPOSITIVE = 26;

function afterQuote(ctx: QuoteContext, q: MarkedSpan, paraEnd: number, last: Speaker | null): Attribution | null {
  if (q.close < 0) return null;
  let i = tokenIndexAt(ctx.tokens, q.close + 1);
  const endsSentence = /[.!?]["”’'»]?$/.test(ctx.text.slice(q.end - 1, q.close + 1));
  let skipped = 0;
  while (i < paraEnd && skipped < 2 && /^[,—–-]$/.test(ctx.tokens[i]?.text ?? '')) {
    i++;
    skipped++;
  }
  const from = i;
  let comma = -1;
  for (let k = from; k < paraEnd && k - from < (comma < 0 ? AFTER_REACH : AFTER_REACH_APPOSITIVE); k++) {
    if (ctx.quoted[k] || isEnd(ctx, k)) break;
    if (comma < 0 && ctx.tokens[k]?.text === ',') comma = k;
    const hit = ctx.cueOf[k];
    if (hit === null || hit === undefined || hit.cue.frame === 'cognition' || hit.cue.frame === 'noun') continue;
    // '“…,” she laughed.' but not '“…!” She laughed at the idea of a deal and left the room.'
    if (hit.cue.beside === true && ctx.tokens[hit.last + 1]?.text !== ',' && !endsWithin(ctx, hit.last + 1, paraEnd, POSTPOSED_TAIL)) return null;
    let np: TokenRange | null;
    if (k > from) {
      // everything between the quote and the cue is the speaker: ", the State Department's readout of the meeting said"
      const last = skipAuxLeft(ctx, k - 1, from);
      // '“a violation” of the Charter, urging …': a phrase that opens with a preposition continues the sentence
      if ((NP_STOP.has(lower(ctx.tokens[from])) || lower(ctx.tokens[from]) === 'of') && ctx.mentionOf[from] === null) return null;
      np = speakerPhrase(ctx, from, last);
      if (np === null) return null;
      if (endsSentence && !shortSentence(ctx, hit.last + 1, paraEnd)) return null;
    } else {
      // '“…?” said X', '“…!” shouted X': a question or an exclamation ends the quote, not the sentence, before a lower-case cue
      const inverted = /[!?]["”’'»]?$/.test(ctx.text.slice(q.end - 1, q.close + 1)) && /^\p{Ll}/u.test(ctx.tokens[hit.first]?.text ?? '');
      if (endsSentence && !inverted) return null;
      // '“…,” dismissing X's complaints': a participle right after the quote has the clause's subject; what follows is its object
      if (/ing$/i.test(ctx.tokens[hit.first]?.text ?? '')) return null;
      np = appositiveName(ctx, npAfter(ctx, hit.last, paraEnd), paraEnd);
    }
    if (np === null) return null;
    return { speaker: speakerOf(ctx, np, 'explicit', 0.9, last?.entityId ?? null, last), cue: hit, rule: 'after', local: true };
  }
  return null;
}

/** '”, said the union's leader, Jane Doe.': the person named in the appositive after an inverted speaker. */
function appositiveName(ctx: QuoteContext, np: TokenRange | null, paraEnd: number): TokenRange | null {
  if (np === null) return np;
  // "said the spokesman for the ministry, Jane Doe": the name after the role's modifier
  let comma = np.last + 1;
  if (SPEAKER_POSTMODIFIERS.has(lower(ctx.tokens[comma]))) {
    while (comma < paraEnd && comma - np.last <= APPOSITIVE_MODIFIER_REACH && ctx.tokens[comma]?.text !== ',' && !ctx.quoted[comma] && !isEnd(ctx, comma)) comma++;
  }
  if (ctx.tokens[comma]?.text !== ',' || comma - np.last > APPOSITIVE_MODIFIER_REACH) return np;
  const m = ctx.mentionOf[comma + 1];
  if (m === null || m === undefined || m.type !== 'PERSON' || ctx.mentionOf[np.last] === m) return np;
  let e = comma + 1;
  while (e + 1 < paraEnd && ctx.mentionOf[e + 1] === m) e++;
  const next = ctx.tokens[e + 1]?.text ?? '.';
  return /^[,.;]$/.test(next) ? { first: comma + 1, last: e } : np;
}

/** Tokens a role's modifier may run before the name in apposition ("the spokesman for the foreign ministry, X"). */
const APPOSITIVE_MODIFIER_REACH = 8;

const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'or', 'its', 'his', 'her', 'their', 'one', 'who', 'which', 'whose', 'also']);

const isVerbWord = (ctx: QuoteContext, x: number): boolean => {
  const t = ctx.tokens[x] as Token;
  return t.tags.has('Verb') && !t.tags.has('Noun') && ctx.mentionOf[x] === null && !/^[\p{Lu}]/u.test(t.text);
};

/**
 * The speaker between a quote and its cue. Without commas the whole stretch
 * (no verb in it); with appositives (", X, a member of the delegation, told",
 * ", the African force, or AUMIS, said") the first comma-separated part, or
 * the first part that names a person ("the envoy, Jane Doe, said").
 */
function speakerPhrase(ctx: QuoteContext, from: number, last: number): TokenRange | null {
  const parts: TokenRange[] = [];
  let start = from;
  for (let x = from; x <= last + 1; x++) {
    const t = ctx.tokens[x];
    // "Jane Doe (D-Eastport) said": a parenthetical aside closes the part it follows
    const close = t?.text === '(' ? asideEnd(ctx, x, last) : -1;
    if (close > x) {
      if (x > start) parts.push({ first: start, last: x - 1 });
      x = close;
      start = close + 1;
      while (start <= last && ctx.tokens[start]?.text !== ',') start++;
      continue;
    }
    if (x === last + 1 || t?.text === ',') {
      if (x > start) parts.push({ first: start, last: x - 1 });
      start = x + 1;
      continue;
    }
    if (t !== undefined && /^[;:()"“”]$/.test(t.text)) return null;
  }
  const head = parts[0];
  if (head === undefined) return null;
  for (let x = head.first; x <= head.last; x++) if (isVerbWord(ctx, x)) return null;
  if (parts.length === 1) return head;
  // appositives only: the head names someone, every later part opens like a noun phrase or a relative clause
  const named = (p: TokenRange): boolean => {
    for (let x = p.first; x <= p.last; x++) if (ctx.mentionOf[x] !== null) return true;
    if (/^(he|she|they|it)$/.test(lower(ctx.tokens[p.first]))) return true;
    // a name the entity stage missed: capitalised words only ("Jane Doe, a member of …")
    for (let x = p.first; x <= p.last; x++) if (!/^\p{Lu}/u.test(ctx.tokens[x]?.text ?? '')) return false;
    return p.last > p.first;
  };
  const withPerson = parts.find((p) => {
    for (let x = p.first; x <= p.last; x++) if (ctx.mentionOf[x]?.type === 'PERSON' && !(x > p.first && isVerbWord(ctx, p.first))) return true;
    return false;
  });
  if (withPerson === undefined && !named(head)) return null;
  // "Carter, 54, said": an age between commas is the name's appositive
  const age = (p: TokenRange): boolean => p.first === p.last && /^\d{1,3}$/.test(ctx.tokens[p.first]?.text ?? '');
  if (parts.slice(1).some((p) => ctx.mentionOf[p.first] === null && !APPOSITIVE_OPENERS.has(lower(ctx.tokens[p.first])) && !age(p))) return null;
  if (withPerson !== undefined && withPerson !== head) {
    for (let x = withPerson.first; x <= withPerson.last; x++) if (isVerbWord(ctx, x)) return head;
    return withPerson;
  }
  return head;
}

/** The ")" closing the aside opened at `open`, not past `last`, or -1. */
function asideEnd(ctx: QuoteContext, open: number, last: number): number {
  for (let k = open + 1; k <= last; k++) {
    const w = ctx.tokens[k]?.text;
    if (w === '(' || ctx.quoted[k]) return -1;
    if (w === ')') return k;
  }
  return -1;
}

/** "X said." / "X said in a statement." — no clause of its own after the cue. */
function shortSentence(ctx: QuoteContext, from: number, paraEnd: number): boolean {
  const t = ctx.tokens[from];
  if (from >= paraEnd || t === undefined || isEnd(ctx, from) || ctx.quoted[from]) return true;
  const w = lower(t);
  if (w === 'that' || ctx.mentionOf[from] !== null || /^(he|she|it|they|we|i|the|a|an|this|his|her|their|its)$/.test(w)) return false;
  return !(/^\p{Lu}/u.test(t.text) && t.tags.has('Noun'));
}

function skipAuxLeft(ctx: QuoteContext, j: number, lo: number): number {
  while (j > lo && /^(has|have|had|also|then|later|again|quickly|simply)$/i.test(ctx.tokens[j]?.text ?? '')) j--;
  return j;
}

/** Longest sentence, in tokens, that attribution looks back over. */
const MAX_SENTENCE_TOKENS = 250;

/** First token of the sentence the token `i` is in (scanning back over unquoted sentence ends). */
function sentenceStart(ctx: QuoteContext, i: number, lo: number): number {
  // Bounded: a 'sentence' with no end in sight (one huge line) must not make every quote rescan it.
  const floor = Math.max(lo, i - MAX_SENTENCE_TOKENS);
  let k = i - 1;
  while (k >= floor && !isEnd(ctx, k)) k--;
  return k + 1;
}

/** Longest noun phrase, in tokens, between "with" and its participle. */
const WITH_REACH = 8;

/**
 * "X hit back, with its embassy on Monday calling for …": the noun phrase after
 * an absolute "with" is the agent of the participle, not the subject of the sentence.
 */
function withAgent(ctx: QuoteContext, cue: number, lo: number): TokenRange | null {
  const end = skipAuxLeft(ctx, cue - 1, lo);
  for (let k = end; k >= lo && cue - k <= WITH_REACH; k--) {
    const w = lower(ctx.tokens[k]);
    if (ctx.quoted[k] || w === ',' || isEnd(ctx, k)) return null;
    if (w !== 'with') continue;
    // only an absolute "with" that opens its clause ("…, with X calling"), not "agreed with X saying"
    if (k > lo && !/^(,|and|but|—|–)$/.test(lower(ctx.tokens[k - 1]))) return null;
    const np = agentBefore(ctx, cue, k + 1, false);
    return np !== null && np.first === k + 1 ? np : null;
  }
  return null;
}

/** The agent of a cue found at `hit`, with `lo` the start of its sentence. */
export function agentOf(ctx: QuoteContext, hit: CueHit, lo: number, hi: number): TokenRange | null {
  if (hit.cue.id === 'verb.according-to') return npAfter(ctx, hit.last, hi);
  const word = lower(ctx.tokens[hit.first]);
  const prev = lower(ctx.tokens[hit.first - 1]);
  // "the paper quoted X as saying", "citing X as saying": X speaks, not the one who quotes
  if (word === 'saying' && prev === 'as') {
    const np = npEndingAt(ctx, hit.first - 2, lo);
    if (np !== null && /^(quoted|quotes|quoting|cited|cites|citing)$/.test(lower(ctx.tokens[np.first - 1]))) return np;
  }
  if (hit.cue.frame !== 'noun' && PARTICIPLE.test(word)) {
    const np = withAgent(ctx, hit.first, lo);
    if (np !== null) return np;
  }
  if (hit.cue.frame !== 'noun' && (PARTICIPLE.test(word) || prev === 'and') && (prev === ',' || prev === 'and' || hit.first === lo)) {
    return governingSubject(ctx, lo, hit.first);
  }
  // "She turned down the offer saying …": a participle after a thing (not a person) reports the clause's subject
  // (not after a reporting noun: "X's comments suggesting …" are X's)
  const before = ctx.mentionOf[hit.first - 1];
  const nounCue = ctx.cueOf[hit.first - 1];
  if (hit.cue.frame !== 'noun' && PARTICIPLE.test(word) && hit.first > lo && (nounCue === null || nounCue === undefined) && (before === null || before === undefined || before.type !== 'PERSON') && ctx.tokens[hit.first - 1]?.tags.has('Noun') === true && !ctx.tokens[hit.first - 1]?.tags.has('Pronoun')) {
    const subject = governingSubject(ctx, lo, hit.first);
    if (subject !== null) return subject;
  }
  if (prev === ',' && hit.cue.frame !== 'noun') {
    // ", said X" inverted, or ", X, said" — try the appositive first
    const a = agentBefore(ctx, hit.first, lo, false);
    if (a !== null) return a;
    return npAfter(ctx, hit.last, hi);
  }
  return agentBefore(ctx, hit.first, lo, hit.cue.frame === 'noun') ?? (hit.cue.frame === 'noun' ? null : governingSubject(ctx, lo, hit.first));
}

function beforeQuote(ctx: QuoteContext, q: MarkedSpan, paraStart: number, paraEnd: number, last: Speaker | null): Attribution | null {
  const open = tokenIndexAt(ctx.tokens, q.open);
  const lo = sentenceStart(ctx, open, paraStart);
  let first: Attribution | null = null;
  for (let k = open - 1; k >= lo && open - k <= BEFORE_REACH; k--) {
    if (ctx.quoted[k]) continue;
    const hit = ctx.cueOf[k];
    if (hit === null || hit === undefined || hit.last >= open) continue;
    // "she shouted: “…”" but not "she laughed off the “rumours”"
    if (hit.cue.beside === true && open - hit.last > 2) continue;
    const np = agentOf(ctx, hit, lo, paraEnd);
    const speaker = np === null ? null : speakerOf(ctx, np, 'explicit', 0.8, last?.entityId ?? null, last);
    const found: Attribution = { speaker, cue: hit, rule: 'before', local: hit.cue.frame !== 'cognition' || open - hit.last <= 3 };
    // a reporting noun with no owner ("amid inflammatory comments") does not end the search for the verb that has one
    if (speaker !== null || hit.cue.frame !== 'noun') return speaker === null && first !== null ? first : found;
    first ??= found;
  }
  return first?.speaker != null ? first : (sentenceReporter(ctx, open, lo, last) ?? first);
}

/** How far into its sentence the reporting verb of a whole-sentence report stands ("X said …", "The minister told reporters …"). */
const MAIN_CUE_REACH = 8;
/** Tokens before the quote that beforeQuote looks over on its own; sentenceReporter looks further. */
const BEFORE_REACH = 30;

/**
 * A quote deep inside a sentence that reports someone's words from its start ("X said the government acted
 * in bad faith …, but that the country was being “prudent”"): the reporter of the sentence.
 */
function sentenceReporter(ctx: QuoteContext, open: number, lo: number, last: Speaker | null): Attribution | null {
  if (open - lo <= BEFORE_REACH) return null;
  for (let k = lo; k < lo + MAIN_CUE_REACH && k < open; k++) {
    const hit = ctx.cueOf[k];
    if (ctx.quoted[k] || hit === null || hit === undefined || hit.cue.frame !== 'speech' || PARTICIPLE.test(lower(ctx.tokens[k]))) continue;
    const np = agentBefore(ctx, k, lo, false);
    if (np === null || np.first !== lo) return null;
    const speaker = speakerOf(ctx, np, 'explicit', 0.6, last?.entityId ?? null, last);
    return speaker === null ? null : { speaker, cue: hit, rule: 'before', local: true };
  }
  return null;
}

/** Tokens a post-posed attribution may carry after its cue ("he said on Tuesday."). */
const POSTPOSED_TAIL = 5;

function endsWithin(ctx: QuoteContext, from: number, hi: number, n: number): boolean {
  for (let k = from; k < hi && k - from <= n; k++) if (isEnd(ctx, k)) return true;
  return false;
}

/**
 * The speaker of an earlier sentence of the same paragraph that reports
 * speech and quotes nothing ("They would fly north, he said. “We will map it
 * all.”"): the quote that follows continues them.
 */
function earlierInParagraph(ctx: QuoteContext, q: MarkedSpan, paraStart: number, last: Speaker | null): Attribution | null {
  const open = tokenIndexAt(ctx.tokens, q.open);
  const lo = sentenceStart(ctx, open, paraStart);
  for (let k = lo - 1; k >= paraStart; k--) {
    if (ctx.quoted[k]) return null;
    const hit = ctx.cueOf[k];
    if (hit === null || hit === undefined || hit.cue.frame !== 'speech') continue;
    // only a post-posed attribution ("…, he said."), whose sentence ends right after the cue
    if (!endsWithin(ctx, hit.last + 1, lo, POSTPOSED_TAIL)) return null;
    const from = sentenceStart(ctx, k, paraStart);
    const np = agentOf(ctx, hit, from, lo);
    const speaker = np === null ? null : speakerOf(ctx, np, 'context', 0.6, last?.entityId ?? null, last);
    return speaker === null ? null : { speaker, cue: hit, rule: 'same-paragraph', local: false };
  }
  return null;
}

/** The cue and agent of a paragraph that introduces a quote ("X issued the following statement:"). */
function introOf(ctx: QuoteContext, paraIndex: number): Attribution | null {
  const p = ctx.paragraphs[paraIndex];
  if (p === undefined || p.endToken <= p.firstToken) return null;
  const lastTok = ctx.tokens[p.endToken - 1] as Token;
  const colon = lastTok.text === ':';
  const lo = sentenceStart(ctx, p.endToken - 1, p.firstToken);
  for (let k = p.endToken - 1; k >= lo; k--) {
    if (ctx.quoted[k]) return null;
    const hit = ctx.cueOf[k];
    if (hit === null || hit === undefined || hit.cue.frame === 'cognition' || hit.cue.frame === 'describe') continue;
    const np = agentOf(ctx, hit, lo, p.endToken);
    if (np === null) continue;
    return { speaker: speakerOf(ctx, np, 'explicit', colon ? 0.75 : 0.6), cue: hit, rule: 'intro', local: false };
  }
  if (!colon) return null;
  const np = clauseSubject(ctx, lo, p.endToken - 1);
  return np === null ? null : { speaker: speakerOf(ctx, np, 'explicit', 0.6), cue: null, rule: 'intro', local: false };
}

/** Longest sub-heading, in words. */
const SUBHEADING_WORDS = 8;

/** A short paragraph with no sentence end of its own ("'Kremlin remains in control'"): a sub-heading a quoted speaker's words run across. */
function subheading(ctx: QuoteContext, paraIndex: number): boolean {
  const p = ctx.paragraphs[paraIndex];
  if (p === undefined) return false;
  if (p.end - p.start > SUBHEADING_WORDS * 20) return false;
  const text = ctx.text.slice(p.start, p.end).trim();
  const marks = '"“‘”’\'';
  let a = 0;
  let b = text.length;
  while (a < b && marks.includes(text[a] as string)) a++;
  while (b > a && marks.includes(text[b - 1] as string)) b--;
  const bare = text.slice(a, b);
  return bare.length > 0 && bare.split(/\s+/).length <= SUBHEADING_WORDS && !/[.!?:,;]$/.test(bare);
}

/** How many paragraphs back the previous quote's speaker stays in focus for a pronoun. */
const RECENT_PARAGRAPHS = 2;
/**
 * How many paragraphs back a cue-less quote still continues the previous quote's speaker: a speaker's quotes are
 * often two paragraphs of background apart ("“…,” X said.¶Background.¶More background.¶“…”").
 */
const CONTINUED_PARAGRAPHS = 3;

export interface PreviousQuote {
  readonly span: MarkedSpan;
  readonly attribution: Attribution;
}

export function attributeDirect(ctx: QuoteContext, q: MarkedSpan, previous: PreviousQuote | null, insidePost: boolean): Attribution {
  const para = paragraphOf(ctx, q.open);
  const paraStart = para?.firstToken ?? 0;
  const paraEnd = para?.endToken ?? ctx.tokens.length;
  const recent = previous !== null && q.paragraph - previous.span.paragraph <= RECENT_PARAGRAPHS ? previous.attribution.speaker : null;
  // candidates in the order a reader tries them: the cue right after the quote, the cue before it in its sentence
  const after = afterQuote(ctx, q, paraEnd, recent);
  if (after !== null && after.speaker !== null) return after;
  const before = beforeQuote(ctx, q, paraStart, paraEnd, recent);
  if (before !== null && before.speaker !== null) return before;
  const found = after ?? before;
  const prevSpeaker = previous?.attribution.speaker ?? null;
  if (previous !== null && prevSpeaker !== null && previous.span.paragraph === q.paragraph) {
    return { speaker: { ...prevSpeaker, method: 'context', confidence: 0.7 }, cue: previous.attribution.cue, rule: 'same-paragraph', local: found !== null };
  }
  if (found === null) {
    const earlier = earlierInParagraph(ctx, q, paraStart, recent);
    if (earlier !== null) return earlier;
  }
  const opensParagraph = para !== null && ctx.text.slice(para.start, q.open).trim() === '';
  if (opensParagraph && para !== null) {
    const prevPara = ctx.paragraphs.findIndex((p) => p.index === para.index) - 1;
    const continuing = previous !== null && prevSpeaker !== null && (previous.span.paragraph === para.index - 1 || (previous.span.paragraph === para.index - 2 && subheading(ctx, prevPara)));
    if (continuing && previous !== null && prevSpeaker !== null) {
      return { speaker: { ...prevSpeaker, method: 'context', confidence: previous.span.continued ? 0.8 : 0.6 }, cue: previous.attribution.cue, rule: 'continuation', local: false };
    }
    const intro = introOf(ctx, prevPara);
    if (intro !== null && intro.speaker !== null && (insidePost || intro.cue !== null || ctx.text.slice(0, q.open).trimEnd().endsWith(':'))) return intro;
  }
  return found ?? { speaker: null, cue: null, rule: 'none', local: false };
}

/** Tokens into its sentence a fallback subject may start (after an intro phrase). */
const FALLBACK_SUBJECT_REACH = 3;

/**
 * A quote no step attributes (nor a reported clause around it), as a reader takes it: the words of the person its
 * own sentence names as subject ("Ruiz is again pushing the line that “…”"), else of the
 * previous quote's speaker, within CONTINUED_PARAGRAPHS, else of the person the sentence before introduces.
 * Short quotes stay scare quotes (not local).
 */
export function fallback(ctx: QuoteContext, q: MarkedSpan, previous: PreviousQuote | null, found: Attribution, reported: readonly Quote[] = []): Attribution | null {
  const paraStart = paragraphOf(ctx, q.open)?.firstToken ?? 0;
  const open = tokenIndexAt(ctx.tokens, q.open);
  const lo = sentenceStart(ctx, open, paraStart);
  const np = lo < open ? clauseSubject(ctx, lo, open) : null;
  // "Asked about the closure, X was blunt: “…”": the subject after an opening phrase
  const opening = ctx.tokens[lo]?.tags.has('Preposition') === true || /^(asked|speaking|responding|addressing)$/.test(lower(ctx.tokens[lo]));
  if (np !== null && np.first - lo <= FALLBACK_SUBJECT_REACH + (opening ? 8 : 0)) {
    // a named person only: a pronoun here ("She is again repeating slogans such as “…”") is often the person
    // someone else's reported words are about, not the speaker in focus
    const speaker = ctx.mentionOf[np.last]?.type === 'PERSON' ? speakerOf(ctx, np, 'context', 0.5) : null;
    if (speaker !== null) return { speaker, cue: found.cue, rule: 'fallback', local: false };
  }
  const prev = previous?.attribution.speaker ?? null;
  // the person whose words the paragraph before (or this one) reports, when that is later than the previous quote
  const report = lastReport(ctx, q, reported, previous);
  if (report !== null) return { speaker: report, cue: found.cue, rule: 'fallback', local: false };
  if (previous !== null && prev !== null && q.paragraph - previous.span.paragraph <= CONTINUED_PARAGRAPHS) {
    return { speaker: { ...prev, method: 'context', confidence: 0.5 }, cue: found.cue, rule: 'fallback', local: false };
  }
  if (lo === open) {
    const intro = introducedBy(ctx, lo, paraStart);
    if (intro !== null) return { speaker: intro, cue: found.cue, rule: 'fallback', local: false };
  }
  return null;
}

/**
 * "X said the port would stay open through the winter. Firms welcomed it.¶“We will not close the port.”": the
 * named speaker of the last reported clause, in the quote's paragraph or the one before, after the previous quote.
 */
function lastReport(ctx: QuoteContext, q: MarkedSpan, reported: readonly Quote[], previous: PreviousQuote | null): Speaker | null {
  const para = paragraphOf(ctx, q.open);
  if (para === null) return null;
  const prevPara = ctx.paragraphs.find((p) => p.index === para.index - 1);
  const from = Math.max(prevPara?.start ?? para.start, previous === null ? 0 : previous.span.end);
  let best: Quote | null = null;
  for (const r of reported) {
    if (r.end > q.open || r.start < from || r.speaker === null || r.speaker.entityId === null) continue;
    if (best === null || r.start > best.start) best = r;
  }
  return best?.speaker == null ? null : { ...best.speaker, method: 'context', confidence: 0.5 };
}

/**
 * "Mayor Ana Ruiz was defiant on Tuesday. “We will not close the port.”": a quote that is a sentence of its own,
 * with no cue and no earlier quote, is the words of the person who opens the sentence before it as its subject
 * (in its paragraph, or the last sentence of the paragraph before when the quote opens its paragraph).
 */
function introducedBy(ctx: QuoteContext, lo: number, paraStart: number): Speaker | null {
  let end = lo - 1;
  if (end < 0 || ctx.quoted[end]) return null;
  if (lo === paraStart) {
    const p = paragraphOf(ctx, (ctx.tokens[end] as Token).start);
    if (p === null || p.endToken - p.firstToken < 3) return null;
    end = p.endToken - 1;
  }
  if (!isEnd(ctx, end)) return null;
  const from = sentenceStart(ctx, end, 0);
  for (let k = from; k < end; k++) if (ctx.quoted[k]) return null;
  const np = clauseSubject(ctx, from, end);
  if (np === null || np.first - from > FALLBACK_SUBJECT_REACH + (ctx.tokens[from]?.tags.has('Preposition') === true ? 8 : 0) || ctx.mentionOf[np.last]?.type !== 'PERSON') return null;
  return speakerOf(ctx, np, 'context', 0.5);
}
