import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { REPORTING_CUES } from '../../src/lexicons/en/reporting.js';

describe('reporting cues by lemma', () => {
  it('lists lemmas, not inflections, where a lemma does the job', () => {
    const say = REPORTING_CUES.find((c) => c.id === 'verb.say');
    expect(say?.lemmas).toEqual(['say']);
    expect(say?.forms).toEqual([]);
  });

  it.each([
    ['Officials have been insisting that the talks will go on.', 'insisting', 'the talks will go on'],
    ['The minister told reporters that the border was closed.', 'told', 'the border was closed'],
    ['The envoy wrote that the deal was dead.', 'wrote', 'the deal was dead'],
    ['The ministry denies that troops crossed the river.', 'denies', 'troops crossed the river'],
    ['The mayor emphasised that the port stays open.', 'emphasised', 'the port stays open'],
  ])('%s', (text, cue, clause) => {
    const q = analyze(text).quotes.find((x) => x.kind === 'indirect');
    expect(q?.cue?.text).toBe(cue);
    expect(q?.text).toBe(clause);
  });

  it('a cue kept to some forms does not match the others ("posted", not the noun "post")', () => {
    const post = REPORTING_CUES.find((c) => c.id === 'verb.post');
    expect(post?.lemmas).toEqual([]);
    expect(post?.forms).toEqual(['posted']);
  });
});
