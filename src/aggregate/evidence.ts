/** Evidence of one stance as the aggregate keeps it: the passage, its sentence and its date. */
import type { Analysis, Sentence, StanceEvidence } from '../types.js';
import type { AggregateEvidence } from './types.js';
import type { AggregateInput } from './input.js';

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A date stated in the sentence dates the stance only if it is at most this many days before publication. */
const MAX_DAYS_BEFORE_PUBLICATION = 31;

function dayNumber(iso: string): number | null {
  const m = FULL_DATE.exec(iso);
  if (m === null) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : t / 86_400_000;
}

/** The first full date stated in the sentence that could be when the stance was taken, or `null`. */
function sentenceDate(dates: Analysis['dates'], start: number, end: number, published: string | null): string | null {
  const pub = published === null ? null : dayNumber(published);
  for (const d of dates) {
    if (d.start < start || d.end > end || d.type !== 'DATE') continue;
    const day = dayNumber(d.value);
    if (day === null) continue;
    if (pub === null || (day <= pub && day >= pub - MAX_DAYS_BEFORE_PUBLICATION)) return d.value;
  }
  return null;
}

/**
 * The passage, widened to take in its cue when the cue lies outside it in the
 * same sentence (the stance stage can anchor a passage on the object and the
 * cue next to it: "military" / "offer"), so an evidence range always holds its cue.
 */
function passage(ev: StanceEvidence, sentence: Sentence | undefined): { start: number; end: number; text: string } {
  const cue = ev.cue;
  if (cue === null || (cue.start >= ev.start && cue.end <= ev.end) || sentence === undefined) return { start: ev.start, end: ev.end, text: ev.text };
  const start = Math.min(ev.start, cue.start);
  const end = Math.max(ev.end, cue.end);
  if (start < sentence.start || end > sentence.end) return { start: ev.start, end: ev.end, text: ev.text };
  return { start, end, text: sentence.text.slice(start - sentence.start, end - sentence.start) };
}

export function toEvidence(ev: StanceEvidence, analysis: AggregateInput, article: string): AggregateEvidence {
  const sentence = analysis.sentences[ev.sentence];
  const span = passage(ev, sentence);
  const stated = sentence === undefined ? null : sentenceDate(analysis.dates, sentence.start, sentence.end, analysis.published);
  const date = stated ?? analysis.published;
  return {
    article,
    start: span.start,
    end: span.end,
    text: span.text,
    label: ev.label,
    cue: ev.cue === null ? null : { start: ev.cue.start, end: ev.cue.end, text: ev.cue.text },
    sentence: sentence?.text ?? '',
    date,
    dateSource: stated !== null ? 'sentence' : date !== null ? 'published' : null,
  };
}

/** Code-point order (not locale order): the same on every machine, so shards merge to the same bytes. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareEvidence(a: AggregateEvidence, b: AggregateEvidence): number {
  return compareStrings(a.article, b.article) || a.start - b.start || a.end - b.end || compareStrings(a.label, b.label);
}

export function sameEvidence(a: AggregateEvidence, b: AggregateEvidence): boolean {
  return compareEvidence(a, b) === 0;
}
