import type { Entity, Quote, Speaker } from '../../types.js';
import { TITLES } from '../../lexicons/en/titles.js';
import type { ParagraphRange } from './marks.js';

/**
 * Interview and briefing transcripts: a paragraph that opens with a speaker
 * label is a direct quote by that speaker, even without quote marks. Labels in
 * the conventions real transcripts use:
 * - the questioner: "Q." / "Q:" / a bare "Q " before a capital (briefings), "A." / "A:" the interviewee
 *   (the person the intro names), both null when the text names nobody;
 * - an upper- or mixed-case name or role and a colon: "JANE OKAFOR:", "MR. McCLELLAN:",
 *   "SECRETARY O'NEILL:", "MS. DE LA CRUZ:", "THE MODERATOR:", "ANA RUIZ (Reporter):";
 * - a numbered speaker or a time-stamped name: "Speaker 1:", "[00:12:31] Ana Ruiz:";
 * - a title-case name the text knows as a person: "Ana Ruiz:".
 * A paragraph with no label between two labelled turns continues the turn
 * before it (one quote per paragraph). Only when a document has at least two
 * labelled turns, so a lone headline like "BREAKING: …" is not a transcript.
 * The speaker is the entity the label names; a surname-only label ("MR. McCLELLAN")
 * joins the full name when the text gives it.
 */
const TIMESTAMP = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+/;
const QUESTION = /^(?:([QA])[.:]\s+|(Q)\s+(?=[\p{Lu}"“]))/u;
const NUMBERED = /^(Speaker \d{1,2}|Participant \d{1,2}|Unidentified (?:Male|Female|Speaker)):\s+/i;
/** Words of a label: capitalised ("McCLELLAN", "O'NEILL", "Ana"), or a lower-case name particle ("de", "la"). */
const LABEL = /^(\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|de|la|del|da|van|von|der|al|bin|ibn)){0,4})(?: \(([^()\n]{1,40})\))?:\s+/u;

/** Honorifics and roles a label may start with ("MR.", "SECRETARY", "THE"). */
const LABEL_TITLES: ReadonlySet<string> = new Set([...TITLES, 'the', 'mr', 'mrs', 'ms', 'dr', 'prof', 'miss']);

type LabelKind = 'question' | 'answer' | 'name';

interface Turn {
  readonly paragraph: ParagraphRange;
  readonly label: string;
  readonly labelStart: number;
  readonly start: number;
  readonly kind: LabelKind;
  /** The label is a name in capitals, a numbered speaker or time-stamped: a label even if no entity matches. */
  readonly strong: boolean;
}

const upperShare = (s: string): number => {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters === '' ? 0 : letters.replace(/\P{Lu}/gu, '').length / letters.length;
};

function labelOf(text: string, p: ParagraphRange): Turn | null {
  const line = text.slice(p.start, p.end);
  const stamp = TIMESTAMP.exec(line);
  const offset = stamp === null ? 0 : stamp[0].length;
  const body = line.slice(offset);
  let m = QUESTION.exec(body);
  let kind: LabelKind = 'name';
  let strong = stamp !== null;
  if (m !== null) {
    kind = m[1] === 'A' ? 'answer' : 'question';
    strong = true;
  } else {
    m = NUMBERED.exec(body);
    if (m !== null) strong = true;
    else {
      m = LABEL.exec(body);
      if (m !== null && upperShare(m[1] as string) >= 0.6) strong = true;
    }
  }
  if (m === null) return null;
  const label = (m[1] ?? m[2]) as string;
  const rest = body.slice(m[0].length).trim();
  if (rest.split(/\s+/).length < (kind === 'name' ? 3 : 2)) return null;
  return { paragraph: p, label, labelStart: p.start + offset, start: p.start + offset + m[0].length, kind, strong };
}

const norm = (s: string): string => s.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();

/** The label without its honorifics: "MR. McCLELLAN" → "mcclellan", "THE MODERATOR" → "moderator". */
function bareName(label: string): string {
  const words = norm(label).split(' ');
  while (words.length > 1) {
    const two = `${words[0] as string} ${words[1] as string}`;
    if (words.length > 2 && LABEL_TITLES.has(two)) words.splice(0, 2);
    else if (LABEL_TITLES.has(words[0] as string) || LABEL_TITLES.has((words[0] as string).replace(/\.$/, ''))) words.shift();
    else break;
  }
  return words.join(' ');
}

/** The PERSON entity a label names: the full name or an alias, else the one person whose surname it is. */
function entityOf(label: string, entities: readonly Entity[]): Entity | null {
  const full = norm(label);
  const bare = bareName(label);
  const people = entities.filter((e) => e.type === 'PERSON');
  const exact = people.find((e) => [e.name, ...e.aliases].some((a) => norm(a) === full || norm(a) === bare));
  if (exact !== undefined) return exact;
  const bySurname = people.filter((e) => norm(e.name).split(' ').pop() === bare.split(' ').pop() && bare !== '');
  return bySurname.length === 1 ? (bySurname[0] as Entity) : null;
}

/** The interviewee of a Q/A transcript: the person the text before the first turn names most. */
function interviewee(entities: readonly Entity[], before: number): Entity | null {
  let best: Entity | null = null;
  let count = 0;
  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    const n = e.mentions.filter((m) => m.end <= before).length;
    if (n > count) {
      best = e;
      count = n;
    }
  }
  return best;
}

/** Where the run of "Q:" / "A:" turns that holds `turn` starts (a named turn before it ends the run). */
function blockStart(found: readonly Turn[], turn: Turn): number {
  let start = turn.labelStart;
  for (let i = found.indexOf(turn); i >= 0; i--) {
    const t = found[i] as Turn;
    if (t.kind === 'name') break;
    start = t.labelStart;
  }
  return start;
}

/**
 * "One of them, a nurse named Mira Kolen, agreed to answer a few questions. Q: … A: …": the person named last
 * before the run of questions and answers, within a few hundred characters; else null.
 */
function nearestBefore(entities: readonly Entity[], before: number): Entity | null {
  let best: Entity | null = null;
  let at = -1;
  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    for (const m of e.mentions) if (m.end <= before && m.start > at && before - m.end <= NEAR_INTRODUCTION) {
      best = e;
      at = m.start;
    }
  }
  return best;
}

const NEAR_INTRODUCTION = 400;

function speakerOf(turn: Turn, entities: readonly Entity[], answerer: Entity | null): Speaker | null {
  const span = { start: turn.labelStart, end: turn.labelStart + turn.label.length, text: turn.label };
  if (turn.kind === 'question') return null;
  if (turn.kind === 'answer') return answerer === null ? null : { name: answerer.name, entityId: answerer.id, method: 'label', confidence: 0.8, span };
  const entity = entityOf(turn.label, entities);
  if (entity !== null) return { name: entity.name, entityId: entity.id, method: 'label', confidence: 0.9, span };
  const name = /^the /i.test(turn.label) ? turn.label.toLowerCase() : turn.label.toLowerCase().replace(/(^|[\s'’-])\p{L}/gu, (c) => c.toUpperCase());
  return { name, entityId: null, method: 'label', confidence: 0.7, span };
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return end;
}

export function findTranscriptTurns(text: string, input: string, paragraphs: readonly ParagraphRange[], entities: readonly Entity[]): Quote[] {
  const labelled = paragraphs.map((p) => labelOf(text, p));
  // a title-case label counts only for a person the text knows ("Ana Ruiz:"), so "Update: …" is not a turn
  const turns = labelled.map((t) => (t !== null && !t.strong && entityOf(t.label, entities) === null ? null : t));
  const found = turns.filter((t): t is Turn => t !== null);
  if (found.length < 2) return [];
  const fallbackAnswerer = found.some((t) => t.kind === 'answer') ? interviewee(entities, (found[0] as Turn).labelStart) : null;
  const out: Quote[] = [];
  let current: { turn: Turn; speaker: Speaker | null } | null = null;
  const last = turns.reduce((acc, t, i) => (t === null ? acc : i), -1);
  for (let i = 0; i <= last; i++) {
    const t = turns[i];
    const p = paragraphs[i] as ParagraphRange;
    if (t !== null && t !== undefined) {
      const answerer = t.kind === 'answer' ? (nearestBefore(entities, blockStart(found, t)) ?? fallbackAnswerer) : fallbackAnswerer;
      current = { turn: t, speaker: speakerOf(t, entities, answerer) };
      const end = trimEnd(text, t.start, p.end);
      out.push({
        start: t.start, end, text: input.slice(t.start, end), kind: 'direct', speaker: current.speaker, cue: null, post: null,
        provenance: t.kind === 'name' ? 'transcript.name-label' : 'transcript.question-label',
      });
    } else if (current !== null) {
      // a turn that runs over several paragraphs: one quote per paragraph, same speaker
      let start = p.start;
      while (start < p.end && /\s/.test(text[start] as string)) start++;
      const end = trimEnd(text, start, p.end);
      if (end > start) {
        const speaker = current.speaker === null ? null : { ...current.speaker, method: 'context' as const, confidence: current.speaker.confidence * 0.9 };
        out.push({ start, end, text: input.slice(start, end), kind: 'direct', speaker, cue: null, post: null, provenance: 'transcript.continued-turn' });
      }
    }
  }
  return out;
}
