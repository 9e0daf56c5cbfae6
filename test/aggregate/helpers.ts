/** Analyses built by hand from invented text, with `country` set: the aggregate is tested apart from the entity stage. */
import type { Analysis, DateMention, Entity, EntityType, Sentence, Stance, StanceLabel } from '../../src/types.js';

export interface EntitySpec {
  readonly name: string;
  readonly type: EntityType;
  readonly country?: string | null;
  readonly aliases?: readonly string[];
}

export interface EvidenceSpec {
  /** The passage; must occur in the text (the first occurrence is used, after `after`). */
  readonly text: string;
  /** The cue inside the passage. */
  readonly cue: string;
  readonly label?: StanceLabel;
}

export interface StanceSpec {
  /** An entity's name (linked to it), a group phrase, or `@author`. */
  readonly actor: string;
  readonly target?: string;
  readonly label: StanceLabel;
  readonly confidence?: number;
  readonly evidence: readonly EvidenceSpec[];
}

export interface ArticleSpec {
  readonly id?: string;
  readonly published?: string | null;
  /** Sentences, joined with one space. */
  readonly sentences: readonly string[];
  readonly entities?: readonly EntitySpec[];
  readonly dates?: readonly { readonly text: string; readonly value: string }[];
  readonly stances?: readonly StanceSpec[];
}

export type TestAnalysis = Analysis & { readonly id?: string };

function find(text: string, part: string, from = 0): number {
  const at = text.indexOf(part, from);
  if (at < 0) throw new Error(`not in the text: ${part}`);
  return at;
}

export function article(spec: ArticleSpec): TestAnalysis {
  const text = spec.sentences.join(' ');
  let offset = 0;
  const sentences: Sentence[] = spec.sentences.map((s, index) => {
    const start = offset;
    offset += s.length + 1;
    return { start, end: start + s.length, text: s, index, paragraph: 0 };
  });
  const entities: Entity[] = (spec.entities ?? []).map((e, i) => {
    const aliases = [e.name, ...(e.aliases ?? [])];
    const at = text.indexOf(e.name);
    const mentions = at < 0 ? [] : [{ start: at, end: at + e.name.length, text: e.name, entityId: `e${i + 1}`, type: e.type, form: 'name' as const, provenance: 'test' }];
    return { id: `e${i + 1}`, name: e.name, type: e.type, aliases, mentions, titles: [], handles: [], country: e.country ?? null, confidence: 0.9 };
  });
  const dates: DateMention[] = (spec.dates ?? []).map((d) => {
    const start = find(text, d.text);
    return { start, end: start + d.text.length, text: d.text, type: 'DATE', value: d.value, stated: ['month', 'day'], inferred: ['year'], provenance: 'test' };
  });
  const stances: Stance[] = (spec.stances ?? []).map((s) => {
    const entity = entities.find((e) => e.name === s.actor);
    return {
      actor: { name: s.actor, entityId: entity?.id ?? null },
      target: s.target ?? 'intervention',
      label: s.label,
      confidence: s.confidence ?? 0.8,
      evidence: s.evidence.map((ev) => {
        const start = find(text, ev.text);
        const cueAt = find(text, ev.cue, start);
        const sentence = sentences.findIndex((x) => x.start <= start && start < x.end);
        return {
          start,
          end: start + ev.text.length,
          text: ev.text,
          label: ev.label ?? s.label,
          cue: { start: cueAt, end: cueAt + ev.cue.length, text: ev.cue },
          quote: null,
          sentence,
          provenance: 'test',
        };
      }),
    };
  });
  return {
    ...(spec.id === undefined ? {} : { id: spec.id }),
    text,
    published: spec.published ?? null,
    sentences,
    entities,
    quotes: [],
    dates,
    stances,
    diagnostics: [],
  };
}

/** A small invented corpus: three countries, people, groups and the author, over three weeks. */
export function corpus(): TestAnalysis[] {
  return [
    article({
      id: 'n1',
      published: '2031-03-03',
      sentences: ['Norland rejected the foreign deployment on Friday.', 'Norlandic officials called it unacceptable.'],
      entities: [
        { name: 'Norland', type: 'GPE', country: 'NL' },
        { name: 'Norlandic', type: 'NORP', country: 'NL' },
      ],
      dates: [{ text: 'Friday', value: '2031-02-28' }],
      stances: [
        { actor: 'Norland', label: 'against', confidence: 0.9, evidence: [{ text: 'rejected the foreign deployment', cue: 'rejected' }] },
        { actor: 'Norlandic officials', label: 'against', confidence: 0.7, evidence: [{ text: 'called it unacceptable', cue: 'unacceptable' }] },
      ],
    }),
    article({
      id: 'n2',
      published: '2031-03-10',
      sentences: ['Senator Ada Brask welcomed the troops.', 'Port Verin officials opposed the plan.'],
      entities: [
        { name: 'Ada Brask', type: 'PERSON' },
        { name: 'Port Verin', type: 'GPE', country: 'NL' },
      ],
      stances: [
        { actor: 'Ada Brask', label: 'favor', confidence: 0.6, evidence: [{ text: 'welcomed the troops', cue: 'welcomed' }] },
        { actor: 'Port Verin', label: 'against', confidence: 0.5, evidence: [{ text: 'opposed the plan', cue: 'opposed' }] },
      ],
    }),
    article({
      id: 'n3',
      published: '2031-03-17',
      sentences: ['ada brask again backed the mission.', 'Security experts doubted it would help.', 'The deployment is a mistake.'],
      entities: [{ name: 'ada brask', type: 'PERSON' }],
      stances: [
        { actor: 'ada brask', label: 'favor', confidence: 0.8, evidence: [{ text: 'backed the mission', cue: 'backed' }] },
        { actor: 'Security experts', label: 'against', target: 'sovereignty', confidence: 0.4, evidence: [{ text: 'doubted it would help', cue: 'doubted' }] },
        { actor: '@author', label: 'against', confidence: 0.5, evidence: [{ text: 'is a mistake', cue: 'mistake' }] },
      ],
    }),
    article({
      id: 'n4',
      published: null,
      sentences: ['Ostmark said it supports the deployment.'],
      entities: [{ name: 'Ostmark', type: 'GPE', country: 'OM' }],
      stances: [{ actor: 'Ostmark', label: 'favor', evidence: [{ text: 'supports the deployment', cue: 'supports' }] }],
    }),
  ];
}
