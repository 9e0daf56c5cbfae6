import type { Token } from '../../pipeline/tokens.js';
import { normWord } from './phrases.js';

/** Irregular verb forms a cue may take (past, participle) → lemma. */
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['has', 'have'], ['had', 'have'], ['sent', 'send'], ['sought', 'seek'], ['withdrew', 'withdraw'], ['withdrawn', 'withdraw'], ['took', 'take'], ['taken', 'take'],
  ['struck', 'strike'], ['shot', 'shoot'], ['kept', 'keep'], ['held', 'hold'], ['brought', 'bring'], ['fought', 'fight'],
  ['threw', 'throw'], ['thrown', 'throw'], ['led', 'lead'], ['left', 'leave'], ['made', 'make'], ['chose', 'choose'],
  ['chosen', 'choose'], ['began', 'begin'], ['begun', 'begin'], ['stood', 'stand'], ['upheld', 'uphold'], ['overthrew', 'overthrow'],
  ['overthrown', 'overthrow'], ['undertook', 'undertake'], ['undertaken', 'undertake'], ['forbade', 'forbid'], ['forbidden', 'forbid'],
  ['drove', 'drive'], ['driven', 'drive'], ['gave', 'give'], ['given', 'give'], ['rode', 'ride'], ['bought', 'buy'], ['sold', 'sell'],
  ['won', 'win'], ['lost', 'lose'], ['met', 'meet'], ['ran', 'run'], ['broke', 'break'], ['broken', 'break'], ['spoke', 'speak'],
  ['spoken', 'speak'], ['went', 'go'], ['gone', 'go'], ['came', 'come'], ['told', 'tell'], ['said', 'say'], ['thought', 'think'],
  ['meant', 'mean'], ['felt', 'feel'], ['stuck', 'stick'], ['hid', 'hide'], ['hidden', 'hide'], ['wrote', 'write'], ['written', 'write'],
]);

const VOWEL = /[aeiou]/;

/**
 * Candidate lemmas of a lower-case word, the word itself first: a small
 * inflection table ("sent" → "send") and the regular endings, undone every
 * way they can be ("stationed" → "station", "invited" → "invite", "stopping"
 * → "stop", "allies" → "ally"). A lexicon lemma matches a word when it is
 * one of the candidates, so over-generating stems is harmless.
 */
export function lemmaCandidates(word: string): readonly string[] {
  const out = new Set<string>([word]);
  const irregular = IRREGULAR.get(word);
  if (irregular !== undefined) out.add(irregular);
  const undouble = (stem: string): void => {
    out.add(stem);
    out.add(`${stem}e`);
    const n = stem.length;
    if (n >= 3 && stem[n - 1] === stem[n - 2] && !VOWEL.test(stem[n - 1] as string)) out.add(stem.slice(0, -1));
  };
  if (word.length > 4 && word.endsWith('ies')) out.add(`${word.slice(0, -3)}y`);
  if (word.length > 4 && word.endsWith('ied')) out.add(`${word.slice(0, -3)}y`);
  if (word.length > 3 && word.endsWith('es')) out.add(word.slice(0, -2));
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) out.add(word.slice(0, -1));
  if (word.length > 4 && word.endsWith('ed')) undouble(word.slice(0, -2));
  if (word.length > 5 && word.endsWith('ing')) undouble(word.slice(0, -3));
  return [...out];
}

/**
 * The lemmas a token may have: the one switch point for cue matching by
 * lemma. A tagged token gives its word and the lemma of the parse (wink-nlp,
 * in context); an untagged one (`pos` "X": a table test's hand-made token, or
 * text the tagger never saw) falls back on `lemmaCandidates`.
 */
export function lemmaOf(token: Token): readonly string[] {
  const word = normWord(token.text);
  if (token.pos === 'X' || token.lemma === '') return lemmaCandidates(word);
  return token.lemma === word ? [word] : [word, token.lemma];
}
