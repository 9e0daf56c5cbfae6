import { describe, expect, it } from 'vitest';
import { spansHold, stancesOf, summary, type EntitySpec } from './helpers.js';

// Constructions of issue 14 (stances on unseen news), with invented text.
const P = (name: string, aliases: string[] = [], titles: string[] = []): EntitySpec => ({ name, aliases, titles });
const G = (name: string, aliases: string[] = []): EntitySpec => ({ name, type: 'GPE', aliases });
const O = (name: string, aliases: string[] = []): EntitySpec => ({ name, type: 'ORG', aliases });

interface Row {
  readonly label: string;
  readonly text: string;
  readonly entities: readonly EntitySpec[];
  /** `actor|target|label`, sorted. */
  readonly expected: readonly string[];
  /** The cue of the first evidence of the first expected stance, when checked. */
  readonly cue?: string;
}

/** A cue or target word inside a name is not a cue or a target. */
const NAMES: readonly Row[] = [
  { label: 'support inside a linked name', text: 'Ana Ruiz met the Rapid Support Forces near the port.', entities: [P('Ana Ruiz'), O('Rapid Support Forces')], expected: [] },
  { label: 'support inside an unlinked capitalised name', text: 'Officials said Norland kept supporting the Rapid Support Forces with trucks.', entities: [G('Norland')], expected: [] },
  { label: 'peace and defense inside names', text: 'Lena Berg praised the Peace Corps and the Defense Department.', entities: [P('Lena Berg')], expected: [] },
  { label: 'a strong term heading a name still counts', text: 'Ana Ruiz condemned the Norland Army for the raid.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'a weak term inside a name does not', text: 'Ana Ruiz praised the Coalition of the Willing for its troops.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|favor'] },
  { label: 'a sentence-initial capital is not a name', text: 'Supporting foreign troops, Omar Haddad said, was the only way.', entities: [P('Omar Haddad')], expected: ['Omar Haddad|intervention|favor'], cue: 'Supporting' },
  { label: 'a title-case headline keeps its cues', text: 'Ana Ruiz Rejects Offer To Send Foreign Troops', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'] },
];

describe.each([['names', NAMES]] as const)('%s', (_name, rows) => {
  it.each(rows.map((r) => [r.label, r] as const))('%s', (_label, row) => {
    const { stances } = stancesOf({ text: row.text, entities: row.entities });
    expect(summary(stances)).toEqual([...row.expected].sort());
    expect(spansHold(row.text, stances)).toBe(true);
    if (row.cue !== undefined) {
      const first = stances.find((s) => `${s.actor.name}|${s.target}|${s.label}` === row.expected[0]);
      expect(first?.evidence[0]?.cue?.text).toBe(row.cue);
    }
  });
});
