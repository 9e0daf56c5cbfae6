import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { quotesOf, spansHold } from './helpers.js';

const SEED = readFileSync(new URL('../../fixtures/seed/seed.txt', import.meta.url), 'utf8');

/** Seed facts with hand-made entities: independent of the entities stage. */
describe('seed article (hand-made entities)', () => {
  const { quotes } = quotesOf(SEED, [
    { name: 'Claudia Sheinbaum', aliases: ['Sheinbaum'], titles: ['President'] },
    { name: 'Donald Trump', aliases: ['Trump', 'Trumps'], titles: ['President'] },
    { name: 'April Sparks', handles: ['@AprilSpark1890'] },
    { name: 'Eric Daugherty', handles: ['@EricLDaugh'] },
  ]);

  it('all spans hold', () => {
    expect(spansHold(SEED, quotes)).toBe(true);
  });

  it('April Sparks’s post, without its pic.twitter.com link', () => {
    const post = quotes.find((q) => q.kind === 'post' && q.speaker?.name === 'April Sparks');
    expect(post?.text).toBe(
      'Mexico’s President Sheinbaum says no to US military assistance. She turned down President Trumps offer saying Mexico’s sovereignty is not for sale. Why wouldn’t an ally want our help to eradicate Mexico’s cartel problem?',
    );
    expect(post?.post).toMatchObject({ handle: '@AprilSpark1890', platform: 'twitter', date: '2025-05-05' });
  });

  it('Eric Daugherty’s post spans both of its lines', () => {
    const post = quotes.find((q) => q.kind === 'post' && q.speaker?.name === 'Eric Daugherty');
    expect(post?.text.startsWith('🚨 JUST IN: President Trump issues a new statement')).toBe(true);
    expect(post?.text.endsWith('she can\'t even think straight."')).toBe(true);
    expect(post?.post?.handle).toBe('@EricLDaugh');
  });

  it('the quote inside Eric Daugherty’s post is Donald Trump’s, cue "statement"', () => {
    const q = quotes.find((x) => x.kind === 'direct' && x.text.startsWith('[She] is a lovely woman'));
    expect(q?.text).toBe("[She] is a lovely woman, but she is so afraid of the cartels that she can't even think straight.");
    expect(q?.speaker?.name).toBe('Donald Trump');
    expect(q?.cue?.text).toBe('statement');
  });

  it('Sheinbaum’s reported "Mexico’s sovereignty remains non-negotiable…"', () => {
    const q = quotes.find((x) => x.kind === 'indirect' && x.text.startsWith('Mexico’s sovereignty remains non-negotiable'));
    expect(q?.speaker?.name).toBe('Claudia Sheinbaum');
    expect(q?.cue?.text).toBe('emphasizing');
  });
});

/** The same facts through analyze(), with the entities stage's own entities. */
describe('seed article (analyze)', () => {
  const { quotes } = analyze(SEED);

  it('finds both posts and attributes the quote in the second to Donald Trump, not to the poster', () => {
    expect(quotes.filter((q) => q.kind === 'post').map((q) => q.speaker?.name)).toEqual(['April Sparks', 'Eric Daugherty']);
    const q = quotes.find((x) => x.kind === 'direct' && x.text.startsWith('[She] is a lovely woman'));
    expect(q?.speaker?.name).toBe('Donald Trump');
    expect(q?.speaker?.entityId).not.toBeNull();
  });

  it('reports Sheinbaum’s position on sovereignty as indirect speech', () => {
    const q = quotes.find((x) => x.kind === 'indirect' && x.text.startsWith('Mexico’s sovereignty remains non-negotiable'));
    expect(q?.speaker?.name).toBe('Claudia Sheinbaum');
  });
});
