import type { Entity, Quote, Speaker } from '../../types.js';
import type { ParagraphRange } from './marks.js';

/**
 * Interview transcripts: a paragraph that opens with a speaker label —
 * "Q." / "Q:" (an unnamed questioner) or an upper-case name and a colon
 * ("JANE OKAFOR:", "THE MODERATOR:") — is a direct quote by that speaker.
 * Only when a document has at least two labelled turns, so a lone headline
 * like "BREAKING: …" is not a transcript.
 */
const QUESTION = /^(Q|A)[.:]\s+/;
const NAME_LABEL = /^(\p{Lu}[\p{Lu}'’.-]*(?: \p{Lu}[\p{Lu}'’.-]*){0,3}):\s+/u;

interface Turn {
  readonly paragraph: ParagraphRange;
  readonly label: string;
  readonly labelStart: number;
  readonly start: number;
}

function labelOf(text: string, p: ParagraphRange): Turn | null {
  const line = text.slice(p.start, p.end);
  const m = QUESTION.exec(line) ?? NAME_LABEL.exec(line);
  if (m === null) return null;
  const label = m[1] as string;
  const rest = line.slice(m[0].length).trim();
  if (rest.split(/\s+/).length < 3) return null;
  return { paragraph: p, label, labelStart: p.start, start: p.start + m[0].length };
}

function speakerOf(turn: Turn, entities: readonly Entity[]): Speaker | null {
  const span = { start: turn.labelStart, end: turn.labelStart + turn.label.length, text: turn.label };
  if (turn.label === 'Q' || turn.label === 'A') return null;
  const key = turn.label.toLowerCase();
  const entity = entities.find((e) => e.name.toLowerCase() === key || e.aliases.some((a) => a.toLowerCase() === key));
  if (entity !== undefined) return { name: entity.name, entityId: entity.id, method: 'label', confidence: 0.9, span };
  const name = /^the /i.test(turn.label) ? turn.label.toLowerCase() : turn.label.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  return { name, entityId: null, method: 'label', confidence: 0.8, span: { ...span, text: turn.label } };
}

export function findTranscriptTurns(text: string, input: string, paragraphs: readonly ParagraphRange[], entities: readonly Entity[]): Quote[] {
  const turns = paragraphs.map((p) => labelOf(text, p)).filter((t): t is Turn => t !== null);
  if (turns.length < 2) return [];
  return turns.map((t) => {
    let end = t.paragraph.end;
    while (end > t.start && /\s/.test(text[end - 1] as string)) end--;
    return {
      start: t.start,
      end,
      text: input.slice(t.start, end),
      kind: 'direct' as const,
      speaker: speakerOf(t, entities),
      cue: null,
      post: null,
      provenance: t.label === 'Q' || t.label === 'A' ? 'transcript.question-label' : 'transcript.name-label',
    };
  });
}
