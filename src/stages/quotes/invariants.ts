import type { Quote, Speaker } from '../../types.js';

/**
 * The last check every speaker passes (issue 17's invariants): a group phrase
 * (a speaker with no entity) is never a date word, a number, a bare pronoun,
 * quote marks or a clause-long fragment. Whatever rule produced such a phrase,
 * the quote keeps no speaker rather than a wrong one.
 */
const DATE_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight)$/i;
const PRONOUN = /^(?:he|she|it|they|we|i|you|him|her|them|his|its|their|our|us|me)$/i;
const QUOTE_MARK = /["“”«»]|(?:^|\s)['‘’]|['‘’](?:\s|$)/;
/** Longest group phrase, in words. */
const MAX_GROUP_WORDS = 8;

export function isWellFormedGroup(name: string): boolean {
  const words = name.trim().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (words.length === 0 || words.length > MAX_GROUP_WORDS) return false;
  if (PRONOUN.test(name.trim()) || QUOTE_MARK.test(name) || /^\d/.test(name.trim())) return false;
  return !DATE_WORD.test(last.replace(/[^\p{L}]/gu, ''));
}

export function checkedSpeaker(s: Speaker | null): Speaker | null {
  if (s === null || s.entityId !== null) return s;
  return isWellFormedGroup(s.name) ? s : null;
}

export function withCheckedSpeaker(q: Quote): Quote {
  const speaker = checkedSpeaker(q.speaker);
  return speaker === q.speaker ? q : { ...q, speaker };
}
