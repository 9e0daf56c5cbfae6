/**
 * The article text with its layers marked up: quotes (tinted by speaker),
 * stance evidence, entity mentions, dates and reporting cues. Spans of
 * different layers may cross; the text is cut at every span boundary and each
 * piece is wrapped in the spans covering it, outer layers first, keeping a
 * wrapper open across pieces while the same span goes on. Removing the tags
 * and unescaping gives back the text exactly.
 */
import type { Analysis } from '../types.js';
import { escapeHtml } from './escape.js';
import { speakerKey, UNATTRIBUTED_TINT } from './palette.js';

/** Layers from outermost to innermost. */
const LAYERS = ['quote', 'evidence', 'mention', 'date', 'cue'] as const;
type Layer = (typeof LAYERS)[number];

interface Mark {
  readonly layer: Layer;
  readonly start: number;
  readonly end: number;
  /** The opening tag, built once. */
  readonly open: string;
}

function tag(classes: string, title: string, style?: string): string {
  return `<span class="${escapeHtml(classes)}" title="${escapeHtml(title)}"${style === undefined ? '' : ` style="${style}"`}>`;
}

function marksOf(a: Analysis, tints: ReadonlyMap<string, string>): Mark[] {
  const marks: Mark[] = [];
  const entityName = new Map(a.entities.map((e) => [e.id, e.name]));
  for (const e of a.entities) {
    for (const m of e.mentions) {
      marks.push({ layer: 'mention', start: m.start, end: m.end, open: tag(`m m-${m.type}`, `${m.type} · ${entityName.get(m.entityId) ?? m.text}`) });
    }
  }
  for (const q of a.quotes) {
    const key = speakerKey(q);
    const tint = key === null ? UNATTRIBUTED_TINT : (tints.get(key) ?? UNATTRIBUTED_TINT);
    const who = q.speaker === null ? 'no speaker' : `${q.speaker.name} (${q.speaker.method})`;
    marks.push({ layer: 'quote', start: q.start, end: q.end, open: tag(`q q-${q.kind}`, `${q.kind} quote · ${who}`, `--tint:${tint}`) });
    if (q.cue !== null) marks.push({ layer: 'cue', start: q.cue.start, end: q.cue.end, open: tag('cue', `reporting cue of a ${q.kind} quote`) });
  }
  for (const d of a.dates) {
    marks.push({ layer: 'date', start: d.start, end: d.end, open: tag('d', `${d.type} ${d.value}`) });
  }
  for (const s of a.stances) {
    for (const ev of s.evidence) {
      marks.push({ layer: 'evidence', start: ev.start, end: ev.end, open: tag(`ev ev-${ev.label}`, `${s.actor.name}: ${ev.label} ${s.target}`) });
    }
  }
  const len = a.text.length;
  return marks.filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.start < m.end && m.end <= len);
}

/** The span a layer shows on a piece: the one that started last (the innermost), then the shortest. */
function pick(active: readonly Mark[]): Mark | undefined {
  let best: Mark | undefined;
  for (const m of active) {
    if (best === undefined || m.start > best.start || (m.start === best.start && m.end < best.end)) best = m;
  }
  return best;
}

/** The article as HTML (to go inside an element with `white-space: pre-wrap`). */
export function renderArticle(a: Analysis, tints: ReadonlyMap<string, string>): string {
  const text = a.text;
  const marks = marksOf(a, tints);
  const cuts = new Set<number>([0, text.length]);
  const startsAt = new Map<number, Mark[]>();
  for (const m of marks) {
    cuts.add(m.start);
    cuts.add(m.end);
    const list = startsAt.get(m.start);
    if (list === undefined) startsAt.set(m.start, [m]);
    else list.push(m);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const active = new Map<Layer, Mark[]>(LAYERS.map((l) => [l, []]));
  const open: Mark[] = [];
  const out: string[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    for (const layer of LAYERS) {
      const list = active.get(layer) as Mark[];
      const kept = list.filter((m) => m.end > from);
      if (kept.length !== list.length) active.set(layer, kept);
    }
    for (const m of startsAt.get(from) ?? []) (active.get(m.layer) as Mark[]).push(m);
    const wanted: Mark[] = [];
    for (const layer of LAYERS) {
      const m = pick(active.get(layer) as Mark[]);
      if (m !== undefined) wanted.push(m);
    }
    let same = 0;
    while (same < open.length && same < wanted.length && open[same] === wanted[same]) same++;
    for (let k = open.length; k > same; k--) out.push('</span>');
    open.length = same;
    for (const m of wanted.slice(same)) {
      out.push(m.open);
      open.push(m);
    }
    out.push(escapeHtml(text.slice(from, to)));
  }
  for (let k = open.length; k > 0; k--) out.push('</span>');
  return out.join('');
}
