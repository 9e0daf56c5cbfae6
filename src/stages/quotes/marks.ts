/**
 * Quote-mark pairing: one left-to-right scan per paragraph with a stack, no
 * backtracking. Tells apostrophes (it’s, Mexico’s, ’90s, students’) from
 * single quote marks, straight quotes by which side they hug, keeps only the
 * outermost of nested quotes, and never lets a quote cross a paragraph.
 *
 * An opening mark left unclosed at the end of a paragraph is a quote to the
 * end of that paragraph when the next paragraph reopens a quote (a quote that
 * runs over paragraphs) or when it stands where quotes start (the paragraph's
 * start, after ": ", ", " or a finished sentence); otherwise it is a stray
 * mark and is ignored.
 */
export type MarkFamily = 'double' | 'single' | 'guillemet';

export interface MarkedSpan {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark, or -1 when the quote runs to the end of the paragraph. */
  readonly close: number;
  /** Content, without the marks and trimmed of white space. */
  readonly start: number;
  readonly end: number;
  readonly family: MarkFamily;
  readonly paragraph: number;
  /** Unclosed, and the next paragraph reopens a quote. */
  readonly continued: boolean;
}

export interface ParagraphRange {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

interface Open {
  readonly pos: number;
  readonly family: MarkFamily;
  readonly char: string;
}

const OPEN_CONTEXT = /[\s([{\u2014\u2013\-/“‘«„"'’:]/u;
const CLOSE_CONTEXT = /[\s.,;:!?)\]}\u2014\u2013\-/…”’»"']/u;
const WORD = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;

const opensBefore = (prev: string | undefined): boolean => prev === undefined || OPEN_CONTEXT.test(prev);
const closesAfter = (next: string | undefined): boolean => next === undefined || CLOSE_CONTEXT.test(next);
const isWord = (c: string | undefined): boolean => c !== undefined && WORD.test(c);

type Action = { kind: 'open'; family: MarkFamily } | { kind: 'close'; family: MarkFamily } | { kind: 'none' };

function classify(ch: string, prev: string | undefined, next: string | undefined, openCount: Readonly<Record<MarkFamily, number>>, top: Open | undefined): Action {
  switch (ch) {
    case '“':
      if (top?.char === '„') return { kind: 'close', family: 'double' };
      return { kind: 'open', family: 'double' };
    case '„':
      return { kind: 'open', family: 'double' };
    case '”':
      if (openCount.double > 0) return { kind: 'close', family: 'double' };
      return opensBefore(prev) && !closesAfter(next) ? { kind: 'open', family: 'double' } : { kind: 'none' };
    case '«':
      return { kind: 'open', family: 'guillemet' };
    case '»':
      return openCount.guillemet > 0 ? { kind: 'close', family: 'guillemet' } : { kind: 'none' };
    case '"': {
      const left = opensBefore(prev);
      const right = closesAfter(next);
      if (left && !right) return { kind: 'open', family: 'double' };
      if (openCount.double > 0 && (right || !left)) return { kind: 'close', family: 'double' };
      if (!left && !right) return { kind: 'open', family: 'double' }; // glued on both sides: "word"word
      return { kind: 'none' };
    }
    case '‘':
      if (isWord(prev)) return { kind: 'none' };
      if (next !== undefined && DIGIT.test(next)) return { kind: 'none' }; // ‘90s
      return { kind: 'open', family: 'single' };
    case '’':
    case "'": {
      if (isWord(prev) && isWord(next)) return { kind: 'none' }; // it’s, can't
      const left = opensBefore(prev);
      if (left && next !== undefined && DIGIT.test(next)) return { kind: 'none' }; // ’90s, '24
      if (left && isWord(next)) return { kind: 'open', family: 'single' };
      if (!left && closesAfter(next) && openCount.single > 0) return { kind: 'close', family: 'single' };
      return { kind: 'none' }; // students’, a stray mark
    }
    default:
      return { kind: 'none' };
  }
}

const QUOTE_CHARS = /["“”‘’'«»„]/g;

function firstMark(text: string, p: ParagraphRange | undefined): string | null {
  if (p === undefined) return null;
  let i = p.start;
  while (i < p.end && /[\s•*\-–—]/u.test(text[i] as string)) i++;
  const c = text[i];
  return c !== undefined && /["“‘'«„]/.test(c) ? c : null;
}

function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return [start, end];
}

/** Whether [start, end) holds at least `n` words (stops as soon as it has seen them). */
function hasWords(text: string, start: number, end: number, n: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const letter = WORD.test(text[i] as string);
    if (letter && !inWord && ++words >= n) return true;
    inWord = letter;
  }
  return false;
}

function familyOf(c: string): MarkFamily {
  if (c === '«') return 'guillemet';
  if (c === '‘' || c === "'") return 'single';
  return 'double';
}

/** Pairs the quote marks of each paragraph; returns the outermost quoted spans in text order. */
export function pairQuoteMarks(text: string, paragraphs: readonly ParagraphRange[]): MarkedSpan[] {
  const found: MarkedSpan[] = [];
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi] as ParagraphRange;
    const stack: Open[] = [];
    const count: Record<MarkFamily, number> = { double: 0, single: 0, guillemet: 0 };
    const spans: MarkedSpan[] = [];
    QUOTE_CHARS.lastIndex = p.start;
    let m: RegExpExecArray | null;
    while ((m = QUOTE_CHARS.exec(text)) !== null && m.index < p.end) {
      const i = m.index;
      const action = classify(m[0], text[i - 1], text[i + 1], count, stack[stack.length - 1]);
      if (action.kind === 'open') {
        stack.push({ pos: i, family: action.family, char: m[0] });
        count[action.family]++;
      } else if (action.kind === 'close') {
        // pop to the nearest opener of this family; openers above it were strays
        let top = stack.pop();
        while (top !== undefined && top.family !== action.family) {
          count[top.family]--;
          top = stack.pop();
        }
        if (top === undefined) continue;
        count[top.family]--;
        const [s, e] = trimmed(text, top.pos + 1, i);
        if (e > s) spans.push({ open: top.pos, close: i, start: s, end: e, family: top.family, paragraph: p.index, continued: false });
      }
    }
    // the bottom-most unclosed opener that looks like the start of a quote runs to the paragraph's end,
    // unless a closed quote of its family follows it (then it was a stray or doubled mark)
    const reopen = firstMark(text, paragraphs[pi + 1]);
    const lastOpen: Record<MarkFamily, number> = { double: -1, single: -1, guillemet: -1 };
    for (const x of spans) lastOpen[x.family] = Math.max(lastOpen[x.family], x.open);
    for (const o of stack) {
      if (lastOpen[o.family] > o.pos) break;
      const continued = reopen !== null && familyOf(reopen) === o.family;
      let b = o.pos - 1;
      while (b >= p.start && /\s/.test(text[b] as string)) b--;
      // where quotes start: the paragraph's start, after ": " or ", ", or after a finished sentence
      // ('… Ruiz said. “He signs …' whose closing mark the copy lost)
      const atStart = b < p.start || text[b] === ':' || text[b] === ',' || text[b] === '.' || text[b] === '!' || text[b] === '?';
      const [s, e] = trimmed(text, o.pos + 1, p.end);
      if ((continued || atStart) && hasWords(text, s, e, 3)) {
        spans.push({ open: o.pos, close: -1, start: s, end: e, family: o.family, paragraph: p.index, continued });
        break;
      }
    }
    // outermost only: spans are properly nested, so a sweep by start drops the inner ones
    spans.sort((a, b) => a.open - b.open);
    let reach = -1;
    for (const s of spans) {
      if (s.open < reach) continue;
      found.push(s);
      reach = s.close < 0 ? p.end : s.close;
    }
  }
  return found;
}
