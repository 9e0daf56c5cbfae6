import type { Doc } from '../../pipeline/document.js';
import type { Token } from '../../pipeline/tokens.js';
import { GROUP_FOLLOWERS, GROUP_PRECEDERS, MEDIA_HEADS, ORG_PREFIXES } from '../../lexicons/en/organizations.js';
import { isCapitalised, isPersonish } from './words.js';

/**
 * Typing by context: the words around a name that say it is an organisation,
 * whatever the tagger thinks of the name itself. Returns the rule's id, or null.
 *   "the M23 rebels", "the Sinaloa cartel"      → a group word after the name
 *   "paramilitary group Wagner", "broadcasters DR" → a group word before it
 *   "PMC Wagner"                                → an organisation prefix
 *   "told the Chronicle"                        → a newspaper head after "the"
 */
/** "the Bolivarian militia": an adjective of a people or creed before a group word names no group of its own. */
const GROUP_ADJECTIVE = /(?:ian|ean|ese|ista?|ite)$/;

export function orgByContext(doc: Doc, first: number, last: number): string | null {
  const { tokens } = doc;
  const head = tokens[first] as Token;
  if (ORG_PREFIXES.has(head.text) && last > first) return 'org-prefix-word';
  const next = tokens[last + 1];
  const prev = tokens[first - 1];
  // "the Wagner group" but not "a group of", "X's group"
  if (next !== undefined && next.kind === 'word' && GROUP_FOLLOWERS.has(next.text) && tokens[last + 2]?.text !== 'of' && !(last === first && GROUP_ADJECTIVE.test(head.text))) {
    if (prev?.text.toLowerCase() === 'the' || last === first || !isPersonish(head)) return 'group-head-after';
  }
  // "the Sinaloa and Gulf cartels": each name before a plural group word is a group
  const after = tokens[last + 3];
  if (last === first && next?.text === 'and' && tokens[last + 2] !== undefined && isCapitalised(tokens[last + 2] as Token) && after !== undefined && GROUP_FOLLOWERS.has(after.text) && after.text.endsWith('s')) {
    return 'group-head-after';
  }
  if (prev !== undefined && prev.kind === 'word' && GROUP_PRECEDERS.has(prev.text) && (last === first || !isPersonish(head))) return 'group-head-before';
  if (last === first && prev?.text === 'the' && MEDIA_HEADS.has(head.text.toLowerCase())) return 'media-head';
  return null;
}

/** "the Bolivarian militia", "Sandinista fighters": a people's or creed's adjective before a group word is NORP. */
export function norpByContext(doc: Doc, first: number, last: number): boolean {
  const { tokens } = doc;
  const head = tokens[first] as Token;
  const next = tokens[last + 1];
  return last === first && GROUP_ADJECTIVE.test(head.text) && next !== undefined && GROUP_FOLLOWERS.has(next.text);
}
