import { describe, expect, it } from 'vitest';
import { STANCE_CUES, cueArguments } from '../../src/lexicons/en/stance.js';
import { INTERVENTION_AGAINST_ACTS, INTERVENTION_FAVOR_ACTS, INTERVENTION_TERMS } from '../../src/lexicons/en/intervention.js';

describe('stance cues as data', () => {
  it('have unique ids', () => {
    const ids = STANCE_CUES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('say what argument they govern; shadows govern none', () => {
    for (const c of STANCE_CUES) {
      if (c.id.startsWith('shadow.')) expect(cueArguments(c)).toEqual([]);
      else expect(cueArguments(c).length).toBeGreaterThan(0);
    }
    expect(cueArguments(STANCE_CUES.find((c) => c.id === 'favor.offer')!)).toEqual(['object', 'owner']);
    expect(cueArguments(STANCE_CUES.find((c) => c.id === 'judge.violation')!)).toEqual(['subject']);
  });

  it('use lemmas for verbs of the event lexicon', () => {
    for (const w of ['~deploy', '~station', '~host', '~invite', '~request']) expect(INTERVENTION_FAVOR_ACTS).toContain(w);
    for (const w of ['~expel', '~close', '~end']) expect(INTERVENTION_AGAINST_ACTS).toContain(w);
    for (const w of ['peacekeeper*', 'mercenar*', 'incursion*', 'blockade*', 'no-fly zone*', 'defence pact*', 'annex*']) expect(INTERVENTION_TERMS).toContain(w);
  });
});
