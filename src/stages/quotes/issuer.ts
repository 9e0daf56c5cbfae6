import type { Token } from '../../pipeline/tokens.js';
import { ISSUE_VERBS } from '../../lexicons/en/reporting.js';
import type { QuoteContext } from './context.js';
import { agentBefore, lower, npAfter, npEndingAt, type TokenRange } from './speaker.js';

/**
 * The issuer of a document the text named earlier, for a definite document
 * phrase with no issuer of its own ("the statement said", "according to the
 * plan"): GUIDELINES section 3, a document speaks for its issuer when the text
 * names one. The nearest earlier mention of the same document noun is looked
 * at for an issuer:
 * - "X's (new) statement", "X's 20-point plan";
 * - "a statement from X", "a plan proposed by X", "the report published by X";
 * - "X issued / released a statement";
 * - "X said in a statement".
 * An earlier indefinite mention with no issuer ("a report found …") introduces
 * the document itself, and the search stops there.
 */

/** Tokens looked back over for the earlier mention of the document. */
const ISSUER_REACH = 400;
/** Tokens into the previous sentence its source and cue may stand ("According to State Department spokesperson X"). */
const SOURCE_REACH = 10;
/** Modifiers between a possessive or an issuing verb and the document noun ("its brief written statement"). */
const MODIFIER_REACH = 4;

const isPossessive = (t: Token | undefined): boolean => t !== undefined && /^['’]s$/i.test(t.text);

/** First token of the sentence token `k` is in, from the parse's sentence ranges (`k` itself when it is out of range). */
function sentenceFirst(ctx: QuoteContext, k: number): number {
  const s = ctx.tokens[k]?.sentence;
  return s === undefined ? k : (ctx.doc.sentenceTokens[s]?.[0] ?? k);
}

/** The token after the last one of the sentence token `k` is in. */
function sentenceEnd(ctx: QuoteContext, k: number): number {
  const s = ctx.tokens[k]?.sentence;
  return s === undefined ? k + 1 : (ctx.doc.sentenceTokens[s]?.[1] ?? k + 1);
}

/** A word that may stand between a determiner or possessive and the document noun. */
function modifier(t: Token | undefined): boolean {
  if (t === undefined || isPossessive(t)) return false;
  if (t.kind === 'punct') return t.text === '-';
  return t.tags.has('Adjective') || t.tags.has('Noun') || t.tags.has('Value') || /^[\d-]+/.test(t.text) || /-/.test(t.text);
}

/** The issuer named around the document noun at token `k`, or null. */
function issuerAt(ctx: QuoteContext, k: number): TokenRange | null {
  const lo = sentenceFirst(ctx, k);
  const hi = sentenceEnd(ctx, k);
  // "a statement from X", "a plan proposed by X", "the report released on Monday by X"
  let a = k + 1;
  if (ISSUE_VERBS.has((ctx.tokens[a] as Token | undefined)?.lemma ?? '')) a++;
  if (/^(from|by)$/.test(lower(ctx.tokens[a])) && !ctx.quoted[a]) {
    const np = npAfter(ctx, a, hi);
    if (np !== null) return np;
  }
  // "X's plan", "the ministry's new 20-point plan", "X issued a statement"
  let j = k - 1;
  for (let n = 0; n < MODIFIER_REACH && j > lo && modifier(ctx.tokens[j]) && ctx.mentionOf[j] === null; n++) j--;
  if (isPossessive(ctx.tokens[j])) return npEndingAt(ctx, j - 1, lo);
  const det = lower(ctx.tokens[j]);
  if (/^(a|an|the|its|his|her|their)$/.test(det)) {
    // ("handed him a protest note", "sent them a letter": a pronoun receiver between the verb and the document)
    const receiver = OBJECT_PRONOUNS.has(lower(ctx.tokens[j - 1])) ? 1 : 0;
    const verb = ctx.tokens[j - 1 - receiver];
    if (verb !== undefined && ISSUE_VERBS.has(verb.lemma) && verb.tags.has('Verb')) return agentBefore(ctx, j - 1 - receiver, lo, false);
    // "X said in a statement", "X told the paper in a written statement"
    if (lower(verb) === 'in') {
      for (let c = j - 2; c >= lo; c--) {
        const hit = ctx.cueOf[c];
        if (ctx.quoted[c] || hit === null || hit === undefined || hit.cue.frame !== 'speech') continue;
        return agentBefore(ctx, c, lo, false);
      }
    }
  }
  return null;
}

const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me']);

/**
 * The issuer of the document noun `head` at token `at`: named around this very mention ("X issued a statement
 * calling …", "handed him a protest note calling …"), else around its earlier mention; null when none is.
 */
export function documentIssuer(ctx: QuoteContext, at: number, head: string): TokenRange | null {
  const own = issuerAt(ctx, at);
  if (own !== null) return own;
  const lemma = ctx.tokens[at]?.lemma ?? head;
  let seen = false;
  for (let k = at - 1; k >= 0 && at - k <= ISSUER_REACH; k--) {
    const t = ctx.tokens[k] as Token;
    if (ctx.quoted[k] || (t.lemma !== lemma && lower(t) !== head)) continue;
    seen = true;
    const issuer = issuerAt(ctx, k);
    if (issuer !== null) return issuer;
    // "a report found …": the document itself was introduced here, with no issuer
    let j = k - 1;
    while (j > 0 && modifier(ctx.tokens[j]) && ctx.mentionOf[j] === null) j--;
    if (/^(a|an)$/.test(lower(ctx.tokens[j]))) return null;
  }
  return seen ? null : previousSource(ctx, at);
}

/**
 * "According to spokesperson X, the minister stressed … . “…,” the statement read.": a document the
 * text never introduced is what the source the sentence before it names put out — the named agent of
 * an "according to" or of a speech verb opening that sentence.
 */
function previousSource(ctx: QuoteContext, at: number): TokenRange | null {
  const here = sentenceFirst(ctx, at);
  if (here === 0) return null;
  const lo = sentenceFirst(ctx, here - 1);
  for (let c = lo; c < here && c - lo <= SOURCE_REACH; c++) {
    const hit = ctx.cueOf[c];
    if (ctx.quoted[c] || hit === null || hit === undefined) continue;
    const np = hit.cue.id === 'verb.according-to' ? npAfter(ctx, hit.last, here) : hit.cue.frame === 'speech' ? agentBefore(ctx, c, lo, false) : null;
    if (np === null) return null;
    for (let x = np.first; x <= np.last; x++) if (ctx.mentionOf[x] !== null) return np;
    return null;
  }
  return null;
}
