import type { Quote } from '../../types.js';
import { pluralLike, type Token } from '../../pipeline/tokens.js';
import { CLAUSE_LEAD_ADJUNCTS } from '../../lexicons/en/reporting.js';
import type { CueHit, QuoteContext } from './context.js';
import { agentOf } from './attribution.js';
import { cueSpan, governingSubject, lower, npAfter, npEndingAt, speakerOf } from './speaker.js';

/**
 * Reported speech: the content clause of a reporting verb or noun.
 * - `X said [that] CLAUSE`, `X told Y [that] CLAUSE`, `X urged Y to …`, `X vowed to …`;
 * - `…, X said, CLAUSE` (parenthetical) and `CLAUSE, X said.` (post-posed);
 * - `according to X, CLAUSE` / `CLAUSE, according to X`;
 * - cognition verbs and reporting nouns only with "that" (`experts note that …`,
 *   `the minister's claim that …`).
 * The clause runs to the end of the sentence, or to ";", a dash, or a comma
 * before another participle cue (", adding …").
 */
const CLAUSE_OPENERS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'there', 'no', 'all', 'any', 'some', 'both', 'such', 'every', 'more', 'most', 'only',
  // a counted subject: "said nearly 40 people died", "said several villages were hit", "said thousands had fled"
  'nearly', 'almost', 'roughly', 'fewer', 'several', 'many', 'dozens', 'hundreds', 'thousands']);
/** Question words open the clause of "asked" only ("asked whether …"). */
const QUESTION_OPENERS = new Set(['if', 'whether', 'how', 'what', 'why', 'when', 'who']);
/** Words that end a content clause once it has its verb ("… amid threats", "… despite …"). */
const CLAUSE_BREAKERS = new Set(['after', 'amid', 'despite', 'while', 'before', 'as']);

/** The breakers that also end a to-infinitive clause ("urged X to stay despite …"). */
const CIRCUMSTANCE_BREAKERS = new Set(['amid', 'despite']);
const INTRO_WORDS = new Set(['after', 'before', 'when', 'while', 'in', 'on', 'during', 'following', 'since', 'upon', 'without', 'despite', 'to', 'beyond', 'under', 'speaking', 'responding', 'asked']);
/** Cognition verbs that may drop "that" ("did not believe the US would …"). */
const BARE_COGNITION = new Set(['cognition.believe', 'cognition.think', 'cognition.fear', 'cognition.hope', 'cognition.feel']);
const SENTENCE_END = new Set(['.', '!', '?']);

export interface IndirectQuote {
  readonly quote: Quote;
  readonly cue: CueHit;
  readonly firstToken: number;
  readonly lastToken: number;
}

interface Sentence {
  readonly first: number;
  readonly end: number;
}

const word = (ctx: QuoteContext, i: number): string => lower(ctx.tokens[i]);

/** How far after "as the" a clause's verb must come for "as" to open a clause ("as the talks stalled"). */
const AS_CLAUSE_REACH = 4;

/**
 * "better off as the 51st state": "as the …" with no verb before the sentence
 * ends or AS_CLAUSE_REACH words pass is a prepositional phrase, not a clause.
 */
function asPhrase(ctx: QuoteContext, k: number, end: number): boolean {
  if (word(ctx, k + 1) !== 'the') return false;
  for (let i = k + 2; i < end && i <= k + 1 + AS_CLAUSE_REACH; i++) {
    const t = ctx.tokens[i];
    if (t === undefined || /^[.,;:!?]$/.test(t.text)) return true;
    if (t.tags.has('Verb') || t.tags.has('Auxiliary')) return false;
  }
  return false;
}
const isOpenMark = (t: Token | undefined): boolean => t !== undefined && /^["“‘'«„]$/.test(t.text);

function skipAdjuncts(ctx: QuoteContext, i: number, end: number): number {
  while (i < end && CLAUSE_LEAD_ADJUNCTS.has(word(ctx, i)) && ctx.mentionOf[i] === null) i++;
  return i;
}

/** "that" within the next few tokens, across adjuncts and prepositional phrases but not across a verb or a comma. */
function thatAhead(ctx: QuoteContext, i: number, end: number, reach: number): number {
  for (let k = i; k < end && k - i <= reach; k++) {
    const t = ctx.tokens[k] as Token;
    if (ctx.quoted[k]) continue; // a quoted name: told "Fox & Friends" that …
    if (word(ctx, k) === 'that') {
      // "a video that appeared to …" is a relative clause, not a content clause
      return relativeThat(ctx, k) ? -1 : k;
    }
    // "a crowd of some 5,000 people that …": the comma of a number is no clause break
    const digitGroup = t.text === ',' && /^\d+$/.test(ctx.tokens[k - 1]?.text ?? '') && /^\d{3}$/.test(ctx.tokens[k + 1]?.text ?? '');
    if (t.kind === 'punct' && !/^['’]s$/i.test(t.text) && !digitGroup) return -1;
    if (t.tags.has('Verb') && !t.tags.has('Noun') && ctx.mentionOf[k] === null && !CLAUSE_LEAD_ADJUNCTS.has(word(ctx, k))) return -1;
  }
  return -1;
}

/** "a video that appeared to …": a verb right after "that" (and not a noun before a modal, "that strokes can …"). */
function relativeThat(ctx: QuoteContext, that: number): boolean {
  const n = ctx.tokens[that + 1];
  if (n === undefined || !n.tags.has('Verb') || n.tags.has('Noun') || n.tags.has('Pronoun') || ctx.mentionOf[that + 1] !== null) return false;
  // "said that sending troops would be a mistake": a gerund opens the clause's subject, no relative clause's verb
  if (n.tags.has('Gerund')) return false;
  const after = ctx.tokens[that + 2];
  return !(after !== undefined && (after.tags.has('Modal') || after.tags.has('Auxiliary') || after.tags.has('Copula')));
}

const isFinite = (ctx: QuoteContext, k: number): boolean => {
  const t = ctx.tokens[k] as Token;
  if (!t.tags.has('Verb') || ctx.mentionOf[k] !== null || ctx.quoted[k]) return false;
  if (t.tags.has('Gerund') || t.tags.has('Infinitive') && word(ctx, k - 1) === 'to') return false;
  return word(ctx, k - 1) !== 'to' && !/ing$/i.test(t.text);
};

/** A finite verb before the first comma, quote or subordinator: the clause has a predicate of its own. */
function hasVerb(ctx: QuoteContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = word(ctx, k);
    // 'said the presence of the soldiers “no longer corresponds to …”': the quote opens on the clause's predicate
    if (k > from && isOpenMark(ctx.tokens[k])) return quoteOpensOnVerb(ctx, k + 1, to);
    if (k > from && (w === ',' || CLAUSE_BREAKERS.has(w))) return false;
    if (isFinite(ctx, k)) return true;
  }
  return false;
}

/** A reporting verb (not inside quote marks) at token `k`. */
function isCueVerb(ctx: QuoteContext, k: number): boolean {
  const hit = ctx.cueOf[k];
  return hit !== null && hit !== undefined && !ctx.quoted[k] && hit.cue.frame !== 'noun';
}

/** Where the clause starting at `start` ends (exclusive token index); `stop` bounds it (an intro phrase's comma). */
function clauseEnd(ctx: QuoteContext, start: number, end: number, stop = end, subject = false): number {
  let verb = false;
  let toVerb = false;
  for (let k = start; k < end; k++) {
    if (k >= stop) return k;
    const t = word(ctx, k);
    const hit = ctx.cueOf[k];
    // ", adding …" / ",” adding …": a new participle cue
    if (hit !== null && hit !== undefined && !ctx.quoted[k] && (/ing$/.test(t) || hit.cue.id === 'verb.according-to') && k > start) {
      let p = k - 1;
      while (p > start && ctx.quoted[p] && /^["”’'»]$/.test(ctx.tokens[p]?.text ?? '')) p--;
      if (word(ctx, p) === ',') return ctx.quoted[p] ? k : p;
    }
    if (ctx.quoted[k]) {
      // 'such measures "would not resolve anything" amid …': a quoted predicate is the clause's verb
      if (quotedPredicate(ctx, k)) verb = true;
      continue;
    }
    if (t === ';') return k;
    if ((t === '—' || t === '–') && k > start + 2) {
      // "military action alone—whether A or B—cannot solve …": a pair of dashes sets off an aside
      let close = k + 1;
      while (close < end && word(ctx, close) !== t && word(ctx, close) !== ';') close++;
      if (close < end && word(ctx, close) === t && close - k <= 12) {
        k = close;
        continue;
      }
      return k;
    }
    // "…, with Ruiz calling the idea an insult": an absolute clause after the report is the writer's, not the speaker's
    if (verb && t === 'with' && word(ctx, k - 1) === ',' && absoluteClause(ctx, k + 1, end)) return k - 1;
    // "the mission, known as HARBOR, had cleared …": "known as" names what comes before it, inside the clause
    const namingAs = t === 'as' && NAMING_PARTICIPLES.has(word(ctx, k - 1));
    if (namingAs) verb = false;
    if (verb && CLAUSE_BREAKERS.has(t) && !(t === 'as' && (/^(well|much|many|long|soon|far|a|an|part)$/.test(word(ctx, k + 1)) || asPhrase(ctx, k, end)))) return k;
    // "urged X to stay despite …" ends there; "asked X to reopen it before winter" goes on
    if (toVerb && CIRCUMSTANCE_BREAKERS.has(t)) return k;
    // "…, but said it was …", "… and warned that …": the reporter's next predicate. Not "…, but that …"
    // (the same report goes on), "not only … but also …", nor "asked how … and suggested sending …".
    const nextWord = word(ctx, k + 1);
    const contrast = t === 'but' && nextWord !== 'that' && nextWord !== 'also';
    const nextReport = t === 'and' && isCueVerb(ctx, k + 1) && (word(ctx, k + 2) === 'that' || isOpenMark(ctx.tokens[k + 2]));
    if (verb && k > start && (contrast || nextReport)) return word(ctx, k - 1) === ',' ? k - 1 : k;
    // "Y's announcement that X would act is the latest …": a clause in subject position ends at the sentence's verb
    if (subject && verb && isFinite(ctx, k) && endsSubject(ctx, k - 1)) return k;
    if (isFinite(ctx, k)) verb = true;
    else if (infinitive(ctx, k)) toVerb = true;
  }
  return end;
}

/** A gerund within a few words after "with", its subject before it: "with [the premier] calling …". */
function absoluteClause(ctx: QuoteContext, from: number, end: number): boolean {
  for (let j = from + 1; j < end && j <= from + 5; j++) {
    const t = ctx.tokens[j];
    if (t === undefined || t.kind !== 'word') return false;
    if (/..ing$/.test(t.text) && t.tags.has('Verb')) return true;
  }
  return false;
}

/** Participles before "as" that name what comes before them: "known as", "dubbed as". */
const NAMING_PARTICIPLES: ReadonlySet<string> = new Set(['known', 'dubbed', 'nicknamed', 'styled', 'billed']);

/** Adverbs and negators a quoted predicate may open with ("“no longer corresponds”", "“simply refuses”"). */
const PREDICATE_LEADS_MAX = 2;

/** Whether the quoted words from token `k` open with a finite verb, after an adverb or two. */
function quoteOpensOnVerb(ctx: QuoteContext, k: number, to: number): boolean {
  for (let j = k; j < to && j - k <= PREDICATE_LEADS_MAX && ctx.quoted[j]; j++) {
    if (quotedPredicate(ctx, j) && word(ctx, j - 1) !== 'to') return true;
    const t = ctx.tokens[j] as Token;
    if (!t.tags.has('Adverb') && !/^(?:no|not|never)$/.test(word(ctx, j))) return false;
  }
  return false;
}

/** A verb inside quote marks, not a gerund: the quoted words carry the clause's predicate. */
function quotedPredicate(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens[k] as Token;
  return t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Gerund') && !/ing$/i.test(t.text);
}

/** "to remain British despite …": the verb of a to-infinitive clause. */
function infinitive(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens[k] as Token;
  return word(ctx, k - 1) === 'to' && t.tags.has('Verb') && !t.tags.has('Noun') && ctx.mentionOf[k] === null && !ctx.quoted[k];
}

/** A word a subject noun phrase may end with before its verb (a noun, a name, a number; not a verb, an adverb or a joining word). */
function endsSubject(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (t === undefined || ctx.quoted[k] || t.kind === 'punct') return false;
  if (ctx.mentionOf[k] !== null) return true;
  if (NP_STOP_WORDS.has(word(ctx, k)) || t.tags.has('Pronoun') || t.tags.has('Adverb')) return false;
  // "… it won't happen is …": a full verb with no auxiliary after it ends the clause's own predicate
  if (t.tags.has('Verb')) return !(t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Copula') || t.tags.has('Noun'));
  return t.tags.has('Noun') || t.kind === 'number';
}

const NP_STOP_WORDS = new Set(['that', 'which', 'who', 'and', 'or', 'but', 'it', 'they', 'he', 'she', 'this', 'there']);

/**
 * Whether a cue stands in the subject of its sentence: a reporting noun or a gerund with no finite verb before
 * it ("Y's announcement that …", "Saying it won't happen is …").
 */
function inSubject(ctx: QuoteContext, hit: CueHit, lo: number): boolean {
  if (hit.cue.frame !== 'noun' && !/ing$/i.test(ctx.tokens[hit.first]?.text ?? '')) return false;
  for (let k = lo; k < hit.first; k++) if (isFinite(ctx, k)) return false;
  return true;
}

function makeQuote(ctx: QuoteContext, from: number, to: number, hit: CueHit, lo: number, hi: number, rule: string): IndirectQuote | null {
  if (to - from < 2) return null;
  let start = (ctx.tokens[from] as Token).start;
  let end = (ctx.tokens[to - 1] as Token).end;
  while (end > start && /[\s.,;:!?]/.test(ctx.text[end - 1] as string)) end--;
  while (start < end && /\s/.test(ctx.text[start] as string)) start++;
  if (end - start < 4) return null;
  // "X, speaking in the capital, Valdor City, said the troops were …": the clause's own subject after the cue is not who says it
  const after = agentOf(ctx, hit, lo, hi);
  const np = after !== null && from > hit.last && after.first >= from ? governingSubject(ctx, lo, hit.first) : after;
  const speaker = np === null ? null : speakerOf(ctx, np, 'explicit', 0.75);
  return {
    quote: { start, end, text: ctx.doc.input.slice(start, end), kind: 'indirect', speaker, cue: cueSpan(ctx, hit.first, hit.last), post: null, provenance: `indirect.${rule}:${hit.cue.id}` },
    cue: hit,
    firstToken: from,
    lastToken: to - 1,
  };
}

/** The comma closing an intro phrase ("After telling X that …, the hiker asked") the cue is in, or `hi`. */
function introStop(ctx: QuoteContext, s: Sentence, cue: number): number {
  if (!INTRO_WORDS.has(word(ctx, s.first))) return s.end;
  for (let k = s.first; k < s.end; k++) {
    if (word(ctx, k) === ',' && !ctx.quoted[k]) return k > cue ? k : s.end;
  }
  return s.end;
}

/** Whether the text introduces a direct quote with a cue of its own ("he confirmed, “…”"). */
function introducesQuote(ctx: QuoteContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const hit = ctx.cueOf[k];
    if (hit === null || hit === undefined || ctx.quoted[k]) continue;
    const n = hit.last + 1;
    if (isOpenMark(ctx.tokens[n]) || (/^[,:]$/.test(word(ctx, n)) && isOpenMark(ctx.tokens[n + 1]))) return true;
  }
  return false;
}

/** Longest appositive, in tokens, between a source's name and its clause. */
const APPOSITIVE_REACH = 15;

/**
 * The comma closing an appositive that opens right after the comma at `comma` ("X, [a researcher at the Andes
 * group], the strikes …"): an article or a noun first, no finite verb before the next comma. Null when there is none.
 */
function appositiveEnd(ctx: QuoteContext, comma: number, hi: number): number | null {
  const first = ctx.tokens[comma + 1];
  if (first === undefined || !(/^(?:a|an|the)$/i.test(first.text) || (first.tags.has('Noun') && !first.tags.has('Verb')))) return null;
  for (let k = comma + 2; k < hi && k - comma <= APPOSITIVE_REACH; k++) {
    const t = ctx.tokens[k] as Token;
    if (ctx.quoted[k]) return null;
    if (t.text === ',') return k + 1 < hi ? k : null;
    if (t.tags.has('Verb') && !t.tags.has('Participle') && !t.tags.has('Gerund') && !t.tags.has('Noun')) return null;
  }
  return null;
}

function fromCue(ctx: QuoteContext, hit: CueHit, s: Sentence): IndirectQuote | null {
  const after = hit.last + 1;
  const { first: lo, end: hi } = s;
  const stop = introStop(ctx, s, hit.first);
  if (hit.cue.id === 'verb.according-to') {
    const np = npAfter(ctx, hit.last, hi);
    if (np === null) return null;
    const beforeText = ctx.tokens.slice(lo, hit.first).filter((t) => t.kind !== 'punct').length;
    if (beforeText <= 1) {
      let comma = np.last + 1;
      while (comma < hi && word(ctx, comma) !== ',') comma++;
      if (comma >= hi) return null;
      // "According to X, a researcher at Y, the strikes …": the clause starts after the source's appositive
      comma = appositiveEnd(ctx, comma, hi) ?? comma;
      const end = clauseEnd(ctx, comma + 1, hi);
      return introducesQuote(ctx, comma + 1, end) ? null : makeQuote(ctx, comma + 1, end, hit, lo, hi, 'according-to-first');
    }
    if (word(ctx, hit.first - 1) !== ',' || introducesQuote(ctx, lo, hit.first)) return null;
    return makeQuote(ctx, lo, hit.first - 1, hit, lo, hi, 'according-to-last');
  }
  const frame = hit.cue.frame;
  if (frame === 'describe') return null;
  if (frame === 'noun' || frame === 'cognition') {
    const that = frame === 'noun' ? (word(ctx, after) === 'that' ? after : -1) : thatAhead(ctx, skipAdjuncts(ctx, after, hi), hi, 4);
    if (that < 0) {
      if (frame === 'cognition' && hit.cue.object === true && hit.cue.toClause === true) {
        const i = skipAdjuncts(ctx, after, hi);
        const obj = objectEnd(ctx, i, hi);
        return obj > i && toAfterObject(ctx, obj, hi) >= 0 ? makeQuote(ctx, i, clauseEnd(ctx, i, hi, stop), hit, lo, hi, 'object-to') : null;
      }
      if (!BARE_COGNITION.has(hit.cue.id)) return null;
      return bareClause(ctx, skipAdjuncts(ctx, after, hi), hit, s, stop);
    }
    if (that + 1 >= hi || relativeThat(ctx, that)) return null;
    const q = makeQuote(ctx, that + 1, clauseEnd(ctx, that + 1, hi, stop, inSubject(ctx, hit, lo)), hit, lo, hi, 'that');
    // "amid reports that …": a reporting noun with no owner reports nobody's words
    return frame === 'noun' && q !== null && q.quote.speaker === null ? null : q;
  }
  // speech verbs
  const next = ctx.tokens[after];
  if (next === undefined || after >= hi) return postPosed(ctx, hit, s);
  if (next.text === ':' || isOpenMark(next) || (next.text === ',' && isOpenMark(ctx.tokens[after + 1]))) return null;
  const that = thatAhead(ctx, after, hi, 12);
  if (that >= 0) return makeQuote(ctx, that + 1, clauseEnd(ctx, that + 1, hi, stop, inSubject(ctx, hit, lo)), hit, lo, hi, 'that');
  const i = skipAdjuncts(ctx, after, hi);
  // "asked whether …" is a question, not an object ("asked the council to …")
  if (hit.cue.object === true && !QUESTION_OPENERS.has(word(ctx, i))) {
    const obj = objectEnd(ctx, i, hi);
    if (obj > i && toAfterObject(ctx, obj, hi) >= 0 && hit.cue.toClause === true) return makeQuote(ctx, i, clauseEnd(ctx, i, hi, stop), hit, lo, hi, 'object-to');
    // "told reporters he planned to …": a that-less clause after the object
    if (obj > i) return bareClause(ctx, obj, hit, s, stop) ?? postPosed(ctx, hit, s);
  }
  if (word(ctx, i) === 'to') return hit.cue.toClause === true ? makeQuote(ctx, i, clauseEnd(ctx, i, hi, stop), hit, lo, hi, 'to') : null;
  if (word(ctx, i) === ',') {
    // ", X said, CLAUSE" (parenthetical) or "CLAUSE, X said, after …" (post-posed)
    const subject = subjectStart(ctx, hit, lo);
    const n = word(ctx, i + 1);
    const parenthetical = subject > lo && word(ctx, subject - 1) === ',' && !hasVerb(ctx, lo, subject - 1) && !CLAUSE_BREAKERS.has(n) && !/ing$/.test(n);
    if (!parenthetical) return postPosed(ctx, hit, s);
    if (isOpenMark(ctx.tokens[i + 1])) return null;
    // "Valdor, they said, could be using …": the parenthetical splits the clause's subject from its predicate,
    // and the clause is the whole sentence; after an intro phrase ("During the call, X said, …") it is what follows
    const from = subjectBefore(ctx, lo, subject - 1) ? lo : i + 1;
    return makeQuote(ctx, from, clauseEnd(ctx, i + 1, hi), hit, lo, hi, 'parenthetical');
  }
  return bareClause(ctx, i, hit, s, stop) ?? postPosed(ctx, hit, s);
}

/** Whether tokens `[from, comma)` are a bare noun phrase (a clause's subject), not an intro phrase ("During the call"). */
function subjectBefore(ctx: QuoteContext, from: number, comma: number): boolean {
  if (comma - from < 1 || comma - from > 6 || INTRO_WORDS.has(word(ctx, from))) return false;
  const first = ctx.tokens[from] as Token;
  if (first.tags.has('Preposition') || first.tags.has('Adverb') || first.tags.has('Conjunction')) return false;
  for (let k = from; k < comma; k++) if (ctx.quoted[k] || (ctx.tokens[k] as Token).kind === 'punct') return false;
  return ctx.mentionOf[from] !== null || first.tags.has('Noun') || first.tags.has('Determiner') || CLAUSE_OPENERS.has(word(ctx, from));
}

/** "said [that-less] the country would …": a clause that opens right after the cue and has a verb. */
function bareClause(ctx: QuoteContext, i: number, hit: CueHit, s: Sentence, stop: number): IndirectQuote | null {
  const t = ctx.tokens[i];
  if (t === undefined || i >= s.end || SENTENCE_END.has(t.text)) return null;
  const w = word(ctx, i);
  const question = QUESTION_OPENERS.has(w);
  if (question && hit.cue.id !== 'verb.ask') return null;
  if (t.tags.has('Adjective') && !t.tags.has('Noun') && ctx.mentionOf[i] === null && !CLAUSE_OPENERS.has(w)) return null;
  // ("said at least 40 people died": "at least" opens a count, "said at the meeting" is no clause)
  const next = ctx.tokens[i + 1];
  const count = (t.tags.has('Value') && next !== undefined && next.kind === 'word' && pluralLike(next)) || (w === 'at' && word(ctx, i + 1) === 'least');
  if (!(question || ctx.mentionOf[i] !== null || CLAUSE_OPENERS.has(w) || t.kind === 'number' || count || t.tags.has('Noun') || isOpenMark(t))) return null;
  const endTok = clauseEnd(ctx, i, s.end, stop, inSubject(ctx, hit, s.first));
  if (!question && !hasVerb(ctx, i, endTok)) return null;
  return makeQuote(ctx, i, endTok, hit, s.first, s.end, 'bare');
}

/** First token of the cue's subject ("the judge said" → "the"), or the cue itself for ", said X". */
function subjectStart(ctx: QuoteContext, hit: CueHit, lo: number): number {
  if (word(ctx, hit.first - 1) === ',') return hit.first;
  const np = npEndingAt(ctx, hit.first - 1, lo);
  return np === null ? hit.first : np.first;
}

/** End of an object noun phrase after a verb ("told reporters", "urged Mexico"). */
function objectEnd(ctx: QuoteContext, i: number, hi: number): number {
  const np = npAfter(ctx, i - 1, hi);
  if (np === null) return i;
  for (let k = np.first; k <= np.last; k++) {
    if (word(ctx, k) === 'to') return k;
    // "told reporters he would …": the object ends where the clause's subject pronoun starts
    if (k > np.first && /^(he|she|it|they|we|i)$/.test(word(ctx, k))) return k;
  }
  return np.last - np.first < OBJECT_WORDS ? np.last + 1 : i;
}

/** Longest object phrase, in tokens, before a to-infinitive or a that-less clause ("urged Eastport mayor Jane Doe to …"). */
const OBJECT_WORDS = 7;
/** Tokens between an object and its "to" ('urged X “respectfully” to …'). */
const OBJECT_TO_GAP = 4;

/** The "to" after an object, across quote marks and adverbs ('urged X “respectfully” to reconsider'), or -1. */
function toAfterObject(ctx: QuoteContext, obj: number, hi: number): number {
  for (let k = obj; k < hi && k - obj <= OBJECT_TO_GAP; k++) {
    const t = ctx.tokens[k] as Token;
    if (word(ctx, k) === 'to' && !ctx.quoted[k]) return k;
    if (!(ctx.quoted[k] || (t.tags.has('Adverb') && !t.tags.has('Noun')))) return -1;
  }
  return -1;
}


const ADJUNCT_PREPOSITIONS = new Set(['in', 'on', 'at', 'to', 'during', 'after', 'from', 'with', 'via', 'for', 'late', 'early']);

/** `CLAUSE, X said (adjuncts).` — the clause before the attribution. */
function postPosed(ctx: QuoteContext, hit: CueHit, s: Sentence): IndirectQuote | null {
  const { first: lo, end: hi } = s;
  // after the cue: the end, an adjunct ("on Thursday", "in a statement") or an object name ("tells UN")
  const a = skipAdjuncts(ctx, hit.last + 1, hi);
  const n = ctx.tokens[a];
  // a date ("said on Sept. 5 at the forum") is an adjunct too
  const date = n !== undefined && ctx.mentionOf[a] === null && (n.tags.has('Date') || n.kind === 'number');
  if (a < hi && n !== undefined && !date && !SENTENCE_END.has(n.text) && n.text !== ',' && !ADJUNCT_PREPOSITIONS.has(word(ctx, a)) && !(hit.cue.object === true && ctx.mentionOf[a] !== null)) return null;
  const subject = modifiersBefore(ctx, subjectStart(ctx, hit, lo), lo);
  let comma = subject - 1;
  let end = comma;
  if (ctx.quoted[comma] && /^["”’'»]$/.test(ctx.tokens[comma]?.text ?? '') && word(ctx, comma - 1) === ',') {
    end = comma + 1; // ‘…,” X said’: the clause ends with a partial quote
    comma--;
  }
  if (word(ctx, comma) !== ',' || comma - lo < 3) return null;
  if (ctx.quoted[lo] || INTRO_WORDS.has(word(ctx, lo)) || !hasVerbAnywhere(ctx, lo, comma)) return null;
  return makeQuote(ctx, lo, end, hit, lo, hi, 'post-posed');
}

/** Words a post-posed subject may open with before its name: "exiled opposition leader X said", "diplomatic and security sources said". */
const SUBJECT_MODIFIER_REACH = 6;

/**
 * The start of the subject's pre-modifiers ("exiled Belarusian opposition leader", "Kremlin spokesperson")
 * left of `subject`, when a comma closes them off: nouns, adjectives, names and "and", no verb.
 */
function modifiersBefore(ctx: QuoteContext, subject: number, lo: number): number {
  if (word(ctx, subject - 1) === ',') return subject;
  for (let k = subject - 1; k > lo && subject - k <= SUBJECT_MODIFIER_REACH; k--) {
    const t = ctx.tokens[k] as Token;
    if (ctx.quoted[k]) return subject;
    if (word(ctx, k - 1) === ',' && !ctx.quoted[k - 1]) return k;
    const modifier = ctx.mentionOf[k] !== null || word(ctx, k) === 'and' || (word(ctx, k) === 'of' && /^\p{Lu}/u.test(ctx.tokens[k - 1]?.text ?? '')) || ((t.tags.has('Noun') || t.tags.has('Adjective')) && !isFinite(ctx, k) && !t.tags.has('Pronoun'));
    if (!modifier) return subject;
  }
  return subject;
}

function hasVerbAnywhere(ctx: QuoteContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isFinite(ctx, k) || (ctx.quoted[k] && ctx.tokens[k]?.tags.has('Verb') === true)) return true;
  return false;
}

/** Speech verbs a transcript turn may report with ("Q. Foreign Minister X said on Monday that …"). */
const TURN_REPORT_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'stated', 'announced', 'insisted', 'warned', 'added', 'argued', 'wrote']);

/**
 * Inside an interview turn, "Q. Foreign Minister Christos Economides said on Monday that …": a named speaker's report
 * in a statement (not a question) is reported speech within the turn (GUIDELINES: a reported clause inside a quote is
 * annotated too); other cues in a turn ("has to show that …", "Is X asking Y to …") are the turn's own words.
 */
function namedReportInTurn(ctx: QuoteContext, i: number, s: Sentence): boolean {
  if (!TURN_REPORT_VERBS.has(word(ctx, i)) || ctx.tokens[s.end - 1]?.text === '?') return false;
  const m = ctx.mentionOf[i - 1];
  return m !== null && m !== undefined && m.type !== 'NORP';
}

export function findIndirect(ctx: QuoteContext, blocked: (pos: number) => boolean): IndirectQuote[] {
  const out: IndirectQuote[] = [];
  for (let si = 0; si < ctx.doc.sentences.length; si++) {
    const range = ctx.doc.sentenceTokens[si];
    if (range === undefined) continue;
    const [first, end] = range;
    const s: Sentence = { first, end };
    for (let i = first; i < end; i++) {
      const hit = ctx.cueOf[i];
      if (hit === null || hit === undefined || ctx.quoted[i] || (blocked((ctx.tokens[i] as Token).start) && !namedReportInTurn(ctx, i, s))) continue;
      const tok = ctx.tokens[i] as Token;
      if (tok.tags.has('Adjective') && !tok.tags.has('Verb')) continue; // "an alleged drug boat"

      const q = fromCue(ctx, hit, s);
      if (q !== null && !out.some((o) => o.quote.start === q.quote.start && o.quote.end === q.quote.end)) out.push(q);
    }
  }
  // "according to X" around a clause that has a reporting verb of its own: keep the inner one
  return out.filter((q) => {
    if (!q.cue.cue.id.endsWith('according-to')) return true;
    return !out.some((o) => o !== q && o.quote.start >= q.quote.start && o.quote.end <= q.quote.end && (o.quote.end - o.quote.start) * 2 >= q.quote.end - q.quote.start);
  });
}
