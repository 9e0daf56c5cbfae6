/**
 * Name normalisation, GUIDELINES.md section 6 "Names", applied in the order the
 * guidelines give:
 *
 * 1. Unicode NFKC; 2. lower case; 3. runs of white space to one space, trim;
 * 4. strip leading and trailing white space, quote marks (`" ' “ ” ‘ ’ « »`),
 *    brackets (`( ) [ ]`), `. , ; : ! ?` and dashes (`— – -`);
 * 5. strip a leading `the `;
 * 6. drop a trailing `'s` / `’s`, and turn a trailing `s'` / `s’` into `s`.
 *
 * Step 6's second half can only fire on input that step 4 left alone, which is
 * none (step 4 already strips a trailing `'`/`’`); it is kept for fidelity.
 * Trimming is done with loops, not regexes, so every step is linear.
 */

const QUOTE_MARKS = '"\'“”‘’«»';
const EDGE_CHARS = new Set([...QUOTE_MARKS, '(', ')', '[', ']', '.', ',', ';', ':', '!', '?', '—', '–', '-']);

function isEdge(ch: string): boolean {
  return EDGE_CHARS.has(ch) || /\s/u.test(ch);
}

function stripEdges(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isEdge(s[start] as string)) start++;
  while (end > start && isEdge(s[end - 1] as string)) end--;
  return s.slice(start, end);
}

/** Normalises a name (speaker, actor, alias, entity name) for comparison. */
export function normalizeName(name: string): string {
  let s = name.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
  s = stripEdges(s);
  if (s.startsWith('the ')) s = s.slice(4);
  if (s.endsWith("'s") || s.endsWith('’s')) s = s.slice(0, -2);
  else if (s.endsWith("s'") || s.endsWith('s’')) s = s.slice(0, -1);
  return s;
}

/** Last word of a normalised group phrase with one trailing `s` removed ("security experts" → "expert"). */
export function groupHead(normalized: string): string {
  const space = normalized.lastIndexOf(' ');
  const last = space < 0 ? normalized : normalized.slice(space + 1);
  return last.endsWith('s') ? last.slice(0, -1) : last;
}

/** Quote marks trimmed from quote ranges (section 6, `quotes`), plus white space. */
export function isQuoteTrimChar(ch: string): boolean {
  return QUOTE_MARKS.includes(ch) || /\s/u.test(ch);
}
