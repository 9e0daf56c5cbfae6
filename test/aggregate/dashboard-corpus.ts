/**
 * A generated, invented corpus for the dashboard: four countries (through a
 * place, a city, a nationality or an official body), people and groups, two
 * targets, forty articles over twelve weeks. Deterministic (no randomness).
 */
import type { StanceLabel } from '../../src/types.js';
import { article, type EntitySpec, type TestAnalysis } from './helpers.js';

interface Holder {
  readonly actor: string;
  readonly entity: EntitySpec | null;
  /** Leans toward favor (1) or against (0) on intervention; sovereignty is the other way. */
  readonly lean: number;
}

const HOLDERS: readonly Holder[] = [
  { actor: 'Norland', entity: { name: 'Norland', type: 'GPE', country: 'NL' }, lean: 0.1 },
  { actor: 'Norlandic officials', entity: { name: 'Norlandic', type: 'NORP', country: 'NL' }, lean: 0.2 },
  { actor: 'Port Verin', entity: { name: 'Port Verin', type: 'GPE', country: 'NL' }, lean: 0.3 },
  { actor: 'Ostmark', entity: { name: 'Ostmark', type: 'GPE', country: 'OM' }, lean: 0.9 },
  { actor: 'Valdoria', entity: { name: 'Valdoria', type: 'GPE', country: 'VD' }, lean: 0.6 },
  { actor: 'Kestria', entity: { name: 'Kestria', type: 'GPE', country: 'KS' }, lean: 0.4 },
  { actor: 'Ada Brask', entity: { name: 'Ada Brask', type: 'PERSON' }, lean: 0.8 },
  { actor: 'Tomas Hale', entity: { name: 'Tomas Hale', type: 'PERSON' }, lean: 0.2 },
  { actor: 'Union of Dockworkers', entity: { name: 'Union of Dockworkers', type: 'ORG' }, lean: 0.3 },
  { actor: 'Security experts', entity: null, lean: 0.5 },
];

const FAVOR = ['welcomed the deployment', 'backed the mission', 'supports the plan'];
const AGAINST = ['rejected the deployment', 'opposed the mission', 'condemned the plan'];

function day(n: number): string {
  return new Date(Date.UTC(2031, 0, 5) + n * 86_400_000).toISOString().slice(0, 10);
}

export function dashboardCorpus(): TestAnalysis[] {
  const out: TestAnalysis[] = [];
  for (let i = 0; i < 40; i++) {
    const picked = [HOLDERS[i % HOLDERS.length], HOLDERS[(i * 3 + 1) % HOLDERS.length]].filter((h): h is Holder => h !== undefined);
    const sentences: string[] = [];
    const stances = picked.map((h, k) => {
      const target = (i + k) % 3 === 0 ? 'sovereignty' : 'intervention';
      const lean = target === 'intervention' ? h.lean : 1 - h.lean;
      const label: StanceLabel = ((i * 7 + k * 5) % 10) / 10 < lean ? 'favor' : 'against';
      const phrase = (label === 'favor' ? FAVOR : AGAINST)[(i + k) % 3] as string;
      sentences.push(`${h.actor} ${phrase} <at once> & "without delay".`);
      return { actor: h.actor, target, label, confidence: 0.5 + ((i + k) % 5) / 10, evidence: [{ text: phrase, cue: phrase.split(' ')[0] as string }] };
    });
    sentences.push('Talks continue next week.');
    out.push(
      article({
        id: `art-${String(i).padStart(3, '0')}`,
        published: day(Math.floor((i * 83) / 40)),
        sentences,
        entities: picked.flatMap((h) => (h.entity === null ? [] : [h.entity])).filter((e, k, all) => all.findIndex((x) => x.name === e.name) === k),
        stances,
      }),
    );
  }
  return out;
}
