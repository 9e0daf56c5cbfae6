/**
 * Dates inside names (GUIDELINES.md §4 annotates temporal noun phrases, not names): the year of
 * a statute title ("… Order 2026", "the Climate Change Act 2008") and a date naming a group
 * ("the May 9 Movement") or a place ("May 13 Square"). All are lexicon lists (STATUTE_HEADS, DATE_NAME_HEADS, DATE_PLACE_HEADS).
 */
import { DATE_NAME_HEADS, DATE_PLACE_HEADS, STATUTE_HEADS } from '../../lexicons/en/dates.js';
import type { View } from './context.js';
import { isCap, word } from './context.js';
import type { Found } from './select.js';

function statuteYear(v: View, f: Found): boolean {
  return f.cand.type === 'DATE' && f.cand.to === f.from + 1 && /^\d{4}$/.test(word(v, f.from))
    && isCap(v, f.from - 1) && STATUTE_HEADS.has(word(v, f.from - 1));
}

/** Only a day names a group this way: "the 2022 Party Congress" is held in its year. */
function groupName(v: View, f: Found): boolean {
  return f.cand.type === 'DATE' && f.cand.role === 'day' && word(v, f.from - 1) === 'the' && isCap(v, f.cand.to) && DATE_NAME_HEADS.has(word(v, f.cand.to));
}

/** "cheers from thousands in May 13 Square": a day naming a square, street or bridge, "the" or not. */
function placeName(v: View, f: Found): boolean {
  // (not after "on", which dates what follows: "On May 13 Park rangers closed the trail")
  return f.cand.type === 'DATE' && f.cand.role === 'day' && isCap(v, f.cand.to) && DATE_PLACE_HEADS.has(word(v, f.cand.to)) && word(v, f.from - 1) !== 'on';
}

/** The findings without dates that are part of a name. */
export function dropNamedDates(v: View, found: readonly Found[]): Found[] {
  return found.filter((f) => !statuteYear(v, f) && !groupName(v, f) && !placeName(v, f));
}
