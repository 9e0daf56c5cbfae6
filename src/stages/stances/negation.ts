import { DENIAL_NOUNS, DENIAL_REACH, NEGATORS, NEGATOR_PAIRS, RHETORICAL_OPENERS, SCOPE_BREAKS } from '../../lexicons/en/stance.js';

/** Verbs that negate the cue after them ("avoided ruling out" = did not rule out). */
const NEGATING_VERBS: ReadonlySet<string> = new Set(['avoid', 'avoids', 'avoided', 'avoiding', 'fail', 'fails', 'failed', 'failing']);

/** Reluctance that a negator before it turns into readiness ("did not hesitate to strike"). */
const RELUCTANCE: ReadonlySet<string> = new Set(['hesitate', 'hesitated', 'hesitating', 'flinch', 'shy', 'balk']);

/** Verbs a negator before them negates, not the term after ("I don't care whose soldiers stand there", "it doesn't matter whose troops"). */
const INDIFFERENCE: ReadonlySet<string> = new Set(['care', 'cares', 'cared', 'matter', 'matters', 'mattered', 'know', 'knows', 'knew']);

function isNegator(words: readonly string[], i: number): boolean {
  const w = words[i] as string;
  if (NEGATORS.has(w) || NEGATING_VERBS.has(w)) return true;
  if (w.endsWith("n't")) return true;
  const next = words[i + 1];
  return next !== undefined && NEGATOR_PAIRS.some(([a, b]) => a === w && b === next);
}

/**
 * Index of a negator in the three tokens before `at` (not before `floor`,
 * not across a clause break), or -1: "will never accept", "do not agree
 * with", "could no longer accept", "avoided ruling out".
 */
export function negatorBefore(words: readonly string[], at: number, floor: number): number {
  // "will not become anyone's naval base": a possessor before the term does not count against the reach
  let reach = 3;
  for (let i = at - 1; i >= floor && i >= at - reach; i--) {
    const w = words[i] as string;
    if (SCOPE_BREAKS.has(w) || w === ',') return -1;
    if (w === "'s" && reach === 3) reach += 2; // words are normalised: ’ is '
    // "Not one more foreign soldier", "not a single foreign base": the emphatic count does not count against the reach
    if ((w === 'single' || (w === 'more' && words[i - 1] === 'one')) && reach === 3) reach += 1;
    // "would not hesitate to use force": a denied reluctance affirms the act
    if (isNegator(words, i)) return RELUCTANCE.has(words[i + 1] ?? '') || INDIFFERENCE.has(words[i + 1] ?? '') ? -1 : i;
  }
  return negatedSubject(words, at, floor);
}

/** Words that open a clause before its subject. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', ',', ':', '“', '"', 'said', 'says', 'and']);
const SUBJECT_NEGATORS: ReadonlySet<string> = new Set(['no', 'nobody', 'none']);
const AUXILIARIES: ReadonlySet<string> = new Set(['had', 'has', 'have', 'can', 'could', 'should', 'will', 'would', 'may', 'might', 'must', 'is', 'was', 'are', 'were', 'gets', 'get', 'deserves']);

/**
 * "[No outside power] has the right to meddle", "nobody can decide for us": a negated subject opening the
 * clause denies its predicate. The index of the negator, or -1.
 */
function negatedSubject(words: readonly string[], at: number, floor: number): number {
  for (let i = at - 1; i >= floor && i >= at - 7; i--) {
    const w = words[i] as string;
    if (SCOPE_BREAKS.has(w) || (w === ',' && i < at - 1)) return -1;
    if (!SUBJECT_NEGATORS.has(w) || (i > floor && !CLAUSE_OPENERS.has(words[i - 1] as string))) continue;
    for (let k = i + 1; k < at; k++) if (AUXILIARIES.has(words[k] as string)) return i;
    return -1;
  }
  return -1;
}

/**
 * Whether a denied noun governs the clause that holds `at`: "there is no
 * chance [Norland would become …]", "there isn't a snowball's chance in hell
 * that …". Not across a clause break.
 */
export function deniedBefore(words: readonly string[], at: number, floor: number): boolean {
  for (let i = at - 2; i >= floor && i >= at - DENIAL_REACH; i--) {
    const w = words[i] as string;
    if (SCOPE_BREAKS.has(w)) return false;
    if (!DENIAL_NOUNS.has(w)) continue;
    const before = words[i - 1];
    if (i > floor && (before === 'no' || before === 'zero')) return true;
    for (let k = i - 1; k >= floor && k >= i - 4; k--) if (isNegator(words, k)) return true;
    return false;
  }
  return false;
}

export type QuestionKind = 'none' | 'rhetorical' | 'open';

/**
 * Whether the sentence `words[from, to)` is a question and of which kind: a
 * "why"/"how could" question asserts the opposite of its content ("Why
 * wouldn't an ally want our help?" favours the help); any other question
 * asserts nothing.
 */
export function questionKind(words: readonly string[], from: number, to: number): QuestionKind {
  let last = to - 1;
  while (last > from && (!/[\p{L}\p{N}?]/u.test(words[last] as string) || /^(?:https?:|www\.|pic\.twitter)/.test(words[last] as string))) last--;
  if (last < from || words[last] !== '?') return 'none';
  let first = from;
  while (first < last && !/\p{L}/u.test(words[first] as string)) first++;
  const one = words[first] as string;
  const two = `${one} ${words[first + 1] ?? ''}`;
  return RHETORICAL_OPENERS.has(one) || RHETORICAL_OPENERS.has(two) ? 'rhetorical' : 'open';
}
