import type { PostInfo, Quote, Span, Speaker } from '../../types.js';
import type { Entity } from '../../types.js';
import type { ParagraphRange } from './marks.js';

/**
 * Embedded social-media posts. A post ends with a signature line,
 * "— Jane Doe (@janedoe) May 5, 2025" (Twitter/X embeds; also
 * glued to the post's last link) or "A post shared by Name (@handle)"
 * (Instagram). The post is the block of lines just before it: at least one
 * line, more while the block stays within a post's length (280 characters)
 * and does not reach another signature, a heading or a line that introduces
 * the post (ends with ":"), and while each earlier line reads like a post
 * (emoji, hashtags, links, first person, shouting …) or follows another post's
 * signature. Trailing pic.twitter.com links are not part of it.
 */
export interface FoundPost {
  readonly quote: Quote;
  /** The whole block the post occupies, signature included. */
  readonly block: { readonly start: number; readonly end: number };
}

interface Signature {
  readonly paragraph: number;
  /** Where the signature starts (its dash). */
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly handle: string;
  readonly date: string | null;
  readonly platform: PostInfo['platform'];
}

const MAX_POST = 280;
/** What article prose rarely has and posts often do: emoji, hashtags, handles, links, ! and ?, first and second person, shouting, a leading quote. */
const POST_LIKE = /[\u{1F300}-\u{1FAFF}\u2600-\u27BF]|#\w|@\w|https?:\/\/|[!?]|\b(?:I|we|our|us|my|you|your)\b|\b[A-Z]{2,} [A-Z]{2,}\b|\b[A-Z]{5,}\b|^\s*["“]/u;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const HANDLE_TAIL = /^\((@[A-Za-z0-9_]{1,30})\)(?:\s+on)?(?:\s*([A-Z][a-z]{2,8})\.? (\d{1,2}), (\d{4}))?\s*$/;
const HONORIFIC = /^(?:dr|mr|mrs|ms|prof|sir|dame|rev)\.?\s+/i;
/** Drops a trailing pic.twitter.com/… link (and the white space around it); a scan, not a regex, so it stays linear. */
function dropPicLink(s: string): string {
  const at = s.lastIndexOf('pic.twitter.com/');
  if (at < 0 || /\s/.test(s.slice(at).trimEnd())) return s;
  return s.slice(0, at).trimEnd();
}

function isoDate(month: string | undefined, day: string | undefined, year: string | undefined): string | null {
  if (month === undefined || day === undefined || year === undefined) return null;
  const m = MONTHS.findIndex((name) => name.startsWith(month.toLowerCase()));
  if (m < 0) return null;
  return `${year}-${String(m + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

function findSignature(text: string, p: ParagraphRange): Signature | null {
  const from = Math.max(p.start, p.end - 200);
  const at = text.lastIndexOf('(@', p.end);
  if (at < from) return null;
  const tail = HANDLE_TAIL.exec(text.slice(at, p.end));
  if (tail === null) return null;
  const head = text.slice(Math.max(p.start, at - 90), at);
  const shared = /A post shared by\s+(\S(?:.{0,78}\S)?)\s*$/.exec(head);
  let start: number;
  let name: string;
  let platform: PostInfo['platform'] = 'twitter';
  if (shared !== null) {
    start = at - head.length + shared.index;
    name = (shared[1] ?? '').trim();
    platform = 'instagram';
  } else {
    const dash = Math.max(head.lastIndexOf('—'), head.lastIndexOf('–'), head.lastIndexOf('--'), head.lastIndexOf(' - '));
    if (dash < 0) return null;
    start = at - head.length + dash;
    name = head.slice(dash).replace(/^[\s—–-]+/, '').trim();
    if (name.split(/\s+/).length > 6 || /[!?]|\.\s+\p{Ll}/u.test(name)) return null;
  }
  const handle = tail[1] as string;
  return { paragraph: p.index, start, end: p.end, name, handle, date: isoDate(tail[2], tail[3], tail[4]), platform };
}

function headingLike(line: string): boolean {
  const t = line.trim();
  if (/[.!?:"”’…)]$/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 12) return false;
  const caps = words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
  return caps / words.length >= 0.6 && words.length > 1;
}

function speakerFor(sig: Signature, entities: readonly Entity[], span: Span): Speaker {
  const handle = sig.handle.toLowerCase();
  const name = sig.name.replace(HONORIFIC, '').trim();
  const byHandle = entities.find((e) => e.handles.some((h) => h.toLowerCase() === handle) || e.aliases.some((a) => a.toLowerCase() === handle));
  const byName = name === '' ? undefined : entities.find((e) => e.type === 'PERSON' && e.aliases.some((a) => a === name));
  const entity = byHandle ?? byName;
  if (entity !== undefined) return { name: entity.name, entityId: entity.id, method: 'post', confidence: 0.95, span };
  return { name: name === '' ? sig.handle : name, entityId: null, method: 'post', confidence: 0.9, span };
}

/**
 * An embed scraped signature first: the line before the signature is the
 * article talking about the poster ("On Tuesday, Doe said he surveyed …",
 * naming them, reading like prose) and the line after it reads like a post
 * (hashtags, handles, emoji, first person, no quote marks): that line is the post.
 */
function postAfterSignature(text: string, paragraphs: readonly ParagraphRange[], sigs: readonly (Signature | null)[], pi: number, sig: Signature): { start: number; end: number } | null {
  const before = paragraphs[pi - 1];
  const next = paragraphs[pi + 1];
  if (before === undefined || next === undefined || sigs[pi - 1] !== null || sigs[pi + 1] !== null) return null;
  const surname = sig.name.replace(HONORIFIC, '').trim().split(/\s+/).pop() ?? '';
  const prose = text.slice(before.start, before.end).trim();
  if (surname.length < 3 || !prose.includes(surname) || POST_LIKE.test(prose) || !/[.]$/.test(prose)) return null;
  const line = dropPicLink(text.slice(next.start, next.end)).trim();
  if (line.length > MAX_POST || !POST_LIKE.test(line) || /["“”]/.test(line) || headingLike(line)) return null;
  return { start: next.start, end: next.end };
}

export function findPosts(text: string, input: string, paragraphs: readonly ParagraphRange[], entities: readonly Entity[]): FoundPost[] {
  const sigs = paragraphs.map((p) => findSignature(text, p));
  const out: FoundPost[] = [];
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const sig = sigs[pi];
    if (sig === null || sig === undefined) continue;
    const p = paragraphs[pi] as ParagraphRange;
    const segments: { start: number; end: number }[] = [];
    let total = 0;
    const glued = dropPicLink(text.slice(p.start, sig.start)).trim();
    if (glued !== '') {
      segments.push({ start: p.start, end: sig.start });
      total += glued.length;
    }
    const after = glued === '' ? postAfterSignature(text, paragraphs, sigs, pi, sig) : null;
    if (after !== null) segments.push(after);
    for (let k = pi - 1; k >= 0 && segments.length < 4 && after === null; k--) {
      if (sigs[k] !== null) break;
      const q = paragraphs[k] as ParagraphRange;
      const line = dropPicLink(text.slice(q.start, q.end));
      if (segments.length > 0) {
        if (headingLike(line) || /:\s*$/.test(line) || total + line.length + 1 > MAX_POST) break;
        // an earlier line joins the post when it reads like one, or when another post ends right above it
        if (!POST_LIKE.test(line) && !(k > 0 && sigs[k - 1] !== null)) break;
      }
      segments.unshift({ start: q.start, end: q.end });
      total += line.length + 1;
    }
    const first = segments[0];
    const last = segments[segments.length - 1];
    if (first === undefined || last === undefined) continue;
    const body = text.slice(first.start, last.end);
    const kept = dropPicLink(body).trimEnd();
    const start = first.start + (body.length - body.trimStart().length);
    const end = first.start + kept.length;
    if (end <= start) continue;
    const signature: Span = { start: sig.start, end: sig.end, text: input.slice(sig.start, sig.end) };
    const nameAt = input.indexOf(sig.name === '' ? sig.handle : sig.name, sig.start);
    const speakerSpan: Span =
      nameAt >= 0 && nameAt < sig.end
        ? { start: nameAt, end: nameAt + (sig.name === '' ? sig.handle : sig.name).length, text: sig.name === '' ? sig.handle : sig.name }
        : signature;
    out.push({
      quote: {
        start,
        end,
        text: input.slice(start, end),
        kind: 'post',
        speaker: speakerFor(sig, entities, speakerSpan),
        cue: null,
        post: { handle: sig.handle, platform: sig.platform, date: sig.date, signature },
        provenance: sig.platform === 'instagram' ? 'post.instagram-shared-by' : 'post.signature-line',
      },
      block: { start: Math.min(start, sig.start), end: Math.max(end, sig.end) },
    });
  }
  return out;
}
