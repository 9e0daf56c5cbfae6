import { describe, expect, it } from 'vitest';
import { stancesOf, summary } from './helpers.js';

/** The speaker of a quote owns the stance of what it says; hand-made quotes keep this apart from the quotes stage. */
describe('quote ownership', () => {
  it('first person in a direct quote is the speaker', () => {
    const text = '“Our sovereignty is not for sale,” Ana Ruiz said.';
    const { stances } = stancesOf({ text, entities: [{ name: 'Ana Ruiz' }], quotes: [{ text: 'Our sovereignty is not for sale,', speaker: 'Ana Ruiz' }] });
    expect(summary(stances)).toEqual(['Ana Ruiz|sovereignty|favor']);
    const e = stances[0]?.evidence[0];
    expect(e?.quote).toBe(0);
    expect(e?.cue?.text).toBe('not for sale');
    expect(e?.sentence).toBe(0);
  });

  it('a quote with no subject for the cue: the speaker holds it', () => {
    const text = 'Omar Haddad told reporters: “We will never accept the presence of foreign troops.”';
    const { stances } = stancesOf({
      text,
      entities: [{ name: 'Omar Haddad' }],
      quotes: [{ text: 'We will never accept the presence of foreign troops.', speaker: 'Omar Haddad' }],
    });
    expect(summary(stances)).toEqual(['Omar Haddad|intervention|against']);
  });

  it('a named person as subject inside a post holds the cue, not the poster', () => {
    const text = 'Ana Ruiz says no to US military assistance. Why wouldn’t an ally want our help?\n— Joe Blogs (@joeblogs) May 5, 2025';
    const { stances } = stancesOf({
      text,
      entities: [{ name: 'Ana Ruiz' }, { name: 'Joe Blogs' }, { name: 'US', type: 'GPE' }],
      quotes: [{ text: 'Ana Ruiz says no to US military assistance. Why wouldn’t an ally want our help?', kind: 'post', speaker: 'Joe Blogs' }],
    });
    // "help" is a context term: it counts once the text names intervention twice by strong terms ("military").
    expect(summary(stances)).toContain('Ana Ruiz|intervention|against');
  });

  it('a rhetorical question in a post: the poster favours what it asks about', () => {
    const text = 'Troops are massing. Ana Ruiz turned down the military offer. Why wouldn’t an ally want our military help?\n— Joe Blogs (@joeblogs) May 5, 2025';
    const { stances } = stancesOf({
      text,
      entities: [{ name: 'Ana Ruiz' }, { name: 'Joe Blogs' }],
      quotes: [{ text: 'Troops are massing. Ana Ruiz turned down the military offer. Why wouldn’t an ally want our military help?', kind: 'post', speaker: 'Joe Blogs' }],
    });
    expect(summary(stances)).toEqual(['Ana Ruiz|intervention|against', 'Joe Blogs|intervention|favor']);
    const joe = stances.find((s) => s.actor.name === 'Joe Blogs');
    expect(joe?.evidence[0]?.text).toBe('want our military');
    expect(joe?.evidence[0]?.sentence).toBe(2);
  });

  it('reported speech: "X said she had rejected …" is X’s', () => {
    const text = 'Ana Ruiz said that she had rejected an offer to send troops.';
    const { stances } = stancesOf({
      text,
      entities: [{ name: 'Ana Ruiz' }],
      quotes: [{ text: 'she had rejected an offer to send troops', kind: 'indirect', speaker: 'Ana Ruiz' }],
    });
    expect(summary(stances)).toEqual(['Ana Ruiz|intervention|against']);
  });

  it('reported framing: critics called it a pretext', () => {
    const text = 'Critics said the troop deployment was a pretext for annexation.';
    const { stances } = stancesOf({ text });
    expect(summary(stances)).toContain('Critics|intervention|against');
  });

  it('a group speaker of a quote is a group actor', () => {
    const text = 'Security experts note that military action alone cannot solve the problem.';
    const { stances } = stancesOf({ text, quotes: [{ text: 'military action alone cannot solve the problem', kind: 'indirect', speaker: 'Security experts' }] });
    expect(stances.map((s) => [s.actor.name, s.actor.entityId, s.label])).toEqual([['Security experts', null, 'against']]);
  });

  it('a quote under a negated report asserts nothing', () => {
    const text = 'Lena Berg did not say that troops should be sent.';
    const { stances } = stancesOf({
      text,
      entities: [{ name: 'Lena Berg' }],
      quotes: [{ text: 'troops should be sent', kind: 'indirect', speaker: 'Lena Berg' }],
    });
    expect(stances.filter((s) => s.actor.name === 'Lena Berg' && s.label === 'favor')).toEqual([]);
  });
});

describe('aggregation', () => {
  it('conflicting evidence lowers the confidence and stays visible', () => {
    const one = stancesOf({ text: 'Ana Ruiz rejected the deployment of foreign troops.', entities: [{ name: 'Ana Ruiz' }] }).stances[0];
    const text = 'Ana Ruiz rejected the deployment of foreign troops. Ana Ruiz condemned the airstrikes. Later Ana Ruiz praised the airstrikes.';
    const { stances } = stancesOf({ text, entities: [{ name: 'Ana Ruiz' }] });
    expect(stances).toHaveLength(1);
    const s = stances[0];
    expect(s?.label).toBe('against');
    expect(s?.evidence.map((e) => e.label)).toEqual(['against', 'against', 'favor']);
    expect(s?.evidence.map((e) => e.sentence)).toEqual([0, 1, 2]);
    expect(s?.confidence).toBeLessThan(one?.confidence ?? 0);
    expect(s?.confidence).toBeGreaterThan(0);
  });

  it('one stance per (actor, target), evidence in text order', () => {
    const text = 'Ana Ruiz condemned the airstrikes. Ana Ruiz also condemned the invasion.';
    const { stances } = stancesOf({ text, entities: [{ name: 'Ana Ruiz' }] });
    const intervention = stances.filter((s) => s.target === 'intervention');
    expect(intervention).toHaveLength(1);
    expect(intervention[0]?.evidence.map((e) => e.cue?.text)).toEqual(['condemned', 'condemned']);
  });
});
