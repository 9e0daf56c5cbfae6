/** Vague references: "now", "currently", "soon", "the future", "recent months", "the coming months", "the past few years". */
import { VAGUE_PHRASES, VAGUE_UNIT_HEADS, VAGUE_COUNTS, UNITS, type VagueValue } from '../../../lexicons/en/dates.js';
import type { Cand, Parser } from '../context.js';
import { word } from '../context.js';
import { byFirstWord } from '../index-by-first.js';

const PHRASES = byFirstWord(VAGUE_PHRASES, (p) => p.words);

const vagueCand = (from: number, to: number, value: VagueValue, rule: string): Cand => ({
  from, to, type: 'DATE', rule, role: 'other', resolve: () => ({ value, stated: [], inferred: [] }),
});

/** Prepositions that make "the future" what is talked about ("a decision on the future"). */
const TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'about', 'over', 'regarding', 'concerning']);

/** Words after "shortly" that place a point near another one ("shortly after the vote", "shortly afterwards"). */
const NEAR_ANOTHER: ReadonlySet<string> = new Set(['after', 'before', 'thereafter', 'afterwards', 'afterward', 'beforehand']);

/** Words after which the phrase is not temporal: "as soon as", "the future of X", "the past decade" (another rule). */
function blocked(id: string, before: string, after: string, afterKind: string | undefined): boolean {
  if (id === 'vague.soon') return before === 'as' || after === 'as' || after === 'after';
  // "shortly after the vote", "shortly before noon": a point near another one, not the future.
  if (id === 'vague.shortly') return NEAR_ANOTHER.has(after) || before === 'only';
  // "the future of X", "a decision on the future", "talks about the future": the future as a topic, not a time.
  if (id === 'vague.future' || id === 'vague.near-future') return after === 'of' || TOPIC_PREPOSITIONS.has(before);
  // "at the moment of impact", "at the moment when": a point named by what follows, not the present.
  if (id === 'vague.at-the-moment') return after === 'of' || after === 'when' || after === 'that' || after === 'it' || after === 'he' || after === 'she' || after === 'they';
  // "the failures of the past": the past as what something belongs to, not a time
  if (id === 'vague.the-past') return (afterKind === 'word' && after !== 'and' && after !== 'or') || before === 'of';
  return false;
}

export const vaguePhrase: Parser = {
  id: 'vague.phrase',
  match(v, i) {
    for (const p of PHRASES.get(word(v, i)) ?? []) {
      if (!p.words.every((pw, k) => word(v, i + k) === pw)) continue;
      const to = i + p.words.length;
      if (blocked(p.id, word(v, i - 1), word(v, to), v.toks[to]?.kind)) return [];
      return [vagueCand(i, to, p.value, p.id)];
    }
    return [];
  },
};

/** Words before a bare "last" that make it the verb ("could last", "to last", "will last"). */
const VERB_LEADS: ReadonlySet<string> = new Set(['could', 'can', 'will', 'would', 'may', 'might', 'should', 'must', 'to', 'not', "'ll", 'usually', 'often', 'typically']);

/** "recent months", "the coming weeks", "the past few months", "in coming years". */
export const vagueUnits: Parser = {
  id: 'vague.units',
  match(v, i) {
    const the = word(v, i) === 'the' ? 1 : 0;
    const head = word(v, i + the);
    const value = VAGUE_UNIT_HEADS.get(head);
    if (value === undefined) return [];
    const few = word(v, i + the + 1) === 'few' || VAGUE_COUNTS.has(word(v, i + the + 1)) ? 1 : 0;
    const uw = word(v, i + the + 1 + few);
    if (!UNITS.has(uw) || !uw.endsWith('s')) return [];
    // "the last months" without "few" is rare and "next weeks" odd: keep to the clear heads
    if (few === 0 && head !== 'recent' && head !== 'coming' && head !== 'upcoming') return [];
    // "Deliberations could last several days", "expected to last a few weeks": the verb "last", then a span
    if (the === 0 && head === 'last' && VERB_LEADS.has(word(v, i - 1))) return [];
    return [vagueCand(i, i + the + 2 + few, value, `vague.${head}-units`)];
  },
};
