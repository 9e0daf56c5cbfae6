import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import type { Analysis, Stance } from '../../src/types.js';
import { fixture } from '../helpers.js';
import { spansHold, stancesOf, summary } from './helpers.js';

const SEED = fixture('seed/seed.txt');

const ENTITIES = [
  { name: 'Claudia Sheinbaum', aliases: ['Sheinbaum'], titles: ['President'] },
  { name: 'Donald Trump', aliases: ['Trump', 'Trumps'], titles: ['President'] },
  { name: 'April Sparks', aliases: ['@AprilSpark1890'] },
  { name: 'Eric Daugherty', aliases: ['@EricLDaugh'] },
  { name: 'United States', type: 'GPE' as const, aliases: ['US', 'U.S.'] },
  { name: 'Mexico', type: 'GPE' as const },
];

function find(stances: readonly Stance[], actor: string, target: string): Stance | undefined {
  return stances.find((s) => s.actor.name === actor && s.target === target);
}

/** The sentence text each evidence points at. */
function sentencesOf(a: Pick<Analysis, 'sentences'>, s: Stance | undefined): string[] {
  return (s?.evidence ?? []).map((e) => a.sentences[e.sentence]?.text ?? '');
}

describe('seed article, whole pipeline (entities and quotes stages)', () => {
  const a = analyze(SEED);

  it('Claudia Sheinbaum: against intervention, from the rejection of the offer', () => {
    const s = find(a.stances, 'Claudia Sheinbaum', 'intervention');
    expect(s?.label).toBe('against');
    expect(s?.evidence.some((e) => e.text.startsWith('rejected an offer') && e.cue?.text === 'rejected')).toBe(true);
    expect(sentencesOf(a, s).some((t) => t.startsWith('Mexican President Claudia Sheinbaum has firmly rejected an offer'))).toBe(true);
  });

  it('Claudia Sheinbaum: for sovereignty, from "non-negotiable"', () => {
    const s = find(a.stances, 'Claudia Sheinbaum', 'sovereignty');
    expect(s?.label).toBe('favor');
    expect(s?.evidence.some((e) => e.cue?.text === 'non-negotiable')).toBe(true);
    expect(sentencesOf(a, s).some((t) => t.includes('sovereignty remains non-negotiable'))).toBe(true);
  });

  it('Donald Trump: for intervention, as the one who offered troops', () => {
    const s = find(a.stances, 'Donald Trump', 'intervention');
    expect(s?.label).toBe('favor');
    expect(s?.evidence.some((e) => e.text === 'offer from US President Donald Trump to send American troops')).toBe(true);
    expect(sentencesOf(a, s).some((t) => t.startsWith('Trump confirmed the military offer'))).toBe(true);
  });

  it('April Sparks: for intervention, from the rhetorical question in her post', () => {
    const s = find(a.stances, 'April Sparks', 'intervention');
    expect(s?.label).toBe('favor');
    const e = s?.evidence[0];
    expect(e?.cue?.text).toBe('want');
    expect(e?.quote).not.toBeNull();
    expect(a.quotes[e?.quote ?? -1]?.kind).toBe('post');
    expect(a.sentences[e?.sentence ?? -1]?.text).toContain('Why wouldn’t an ally want our help');
  });

  it('security experts: against intervention; the article’s voice too', () => {
    expect(find(a.stances, 'Security experts', 'intervention')?.label).toBe('against');
    expect(find(a.stances, '@author', 'intervention')?.label).toBe('against');
  });

  it('every evidence span and cue is the input slice it claims to be', () => {
    expect(spansHold(SEED, a.stances)).toBe(true);
    for (const s of a.stances) for (const e of s.evidence) expect(a.sentences[e.sentence]!.start <= e.start && e.end <= a.sentences[e.sentence]!.end).toBe(true);
  });
});

describe('seed article, hand-made entities (no quotes): the narration alone', () => {
  const { stances } = stancesOf({ text: SEED, entities: ENTITIES });

  it('gives the four required stances', () => {
    const got = summary(stances);
    for (const want of ['Claudia Sheinbaum|intervention|against', 'Claudia Sheinbaum|sovereignty|favor', 'Donald Trump|intervention|favor']) {
      expect(got).toContain(want);
    }
  });
});
