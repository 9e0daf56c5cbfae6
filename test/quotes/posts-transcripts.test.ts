import { describe, expect, it } from 'vitest';
import { quotesOf, spansHold } from './helpers.js';

describe('embedded posts', () => {
  const text = [
    'The row escalated on Monday.',
    'Our answer is no. We will decide for ourselves! pic.twitter.com/7wJ8a2JRrn',
    '— Jane Roe (@JaneRoe1990) May 5, 2025',
    'Officials did not respond.',
  ].join('\n');

  it('the block before a signature line is a post by the account holder', () => {
    const { quotes } = quotesOf(text, [{ name: 'Jane Roe', handles: ['@JaneRoe1990'] }]);
    expect(spansHold(text, quotes)).toBe(true);
    const post = quotes.find((q) => q.kind === 'post');
    expect(post?.text).toBe('Our answer is no. We will decide for ourselves!');
    expect(post?.start).toBe(text.indexOf('Our answer'));
    expect(post?.speaker).toMatchObject({ name: 'Jane Roe', entityId: 'e1', method: 'post' });
    expect(post?.post).toMatchObject({ handle: '@JaneRoe1990', platform: 'twitter', date: '2025-05-05' });
    expect(post?.post?.signature?.text).toBe('— Jane Roe (@JaneRoe1990) May 5, 2025');
  });

  it('without an entity the speaker is the signature name, or the handle when there is none', () => {
    const t = 'this is unamerican\n— (@someone_else) October 29, 2023\nMore prose follows here.';
    const { quotes } = quotesOf(t);
    expect(quotes.find((q) => q.kind === 'post')?.speaker?.name).toBe('@someone_else');
    expect(quotesOf(text).quotes.find((q) => q.kind === 'post')?.speaker).toMatchObject({ name: 'Jane Roe', entityId: null });
  });

  it('a signature glued to the post’s last link, a title stripped from the name', () => {
    const t = 'A long day at the lab.\nWe will get there by the 2050s. Sign up: https://t.co/abc pic.twitter.com/NV5s2BWKOL— Dr. Ann Lee (@ann_lee) October 28, 2023';
    const post = quotesOf(t).quotes.find((q) => q.kind === 'post');
    expect(post?.text).toBe('We will get there by the 2050s. Sign up: https://t.co/abc');
    expect(post?.speaker?.name).toBe('Ann Lee');
  });

  it('a two-line post and a direct quote inside it with its own speaker', () => {
    const t = [
      'Security ties have been tested for months now, officials in both capitals concede privately.',
      '🚨 JUST IN: President Trump issues a new statement after Mexico DECLINED his offer.',
      '"[She] is a lovely woman, but she is so afraid."pic.twitter.com/QWHSTjFTgg',
      '— Eric Doe (@EricDoe) May 5, 2025',
    ].join('\n');
    const { quotes } = quotesOf(t, [
      { name: 'Donald Trump', aliases: ['Trump'], titles: ['President'] },
      { name: 'Eric Doe', handles: ['@EricDoe'] },
      { name: 'Mexico', type: 'GPE' },
    ]);
    expect(spansHold(t, quotes)).toBe(true);
    const post = quotes.find((q) => q.kind === 'post');
    expect(post?.text.startsWith('🚨 JUST IN')).toBe(true);
    expect(post?.text.endsWith('so afraid."')).toBe(true);
    expect(post?.speaker?.name).toBe('Eric Doe');
    const inner = quotes.find((q) => q.kind === 'direct');
    expect(inner?.text).toBe('[She] is a lovely woman, but she is so afraid.');
    expect(inner?.speaker?.name).toBe('Donald Trump');
    expect(inner?.cue?.text).toBe('statement');
  });

  it.each([
    ['a dash in prose', 'The talks — held in secret (@ the embassy) — failed.'],
    ['a handle in prose', 'She replied to (@JaneRoe1990) and to others in a thread about it.'],
  ])('no post: %s', (_label, t) => {
    expect(quotesOf(t).quotes.filter((q) => q.kind === 'post')).toEqual([]);
  });
});

describe('interview transcripts', () => {
  const text = [
    'THE MODERATOR: Our two guests will take questions now about the game.',
    'Q. Remy, what makes them a difficult match for you guys?',
    'REMY VASK: They are a very solid team with great shooters.',
  ].join('\n');

  it('each labelled turn is a direct quote by its speaker', () => {
    const { quotes } = quotesOf(text, [{ name: 'Remy Vask', aliases: ['REMY VASK', 'Remy'] }]);
    expect(spansHold(text, quotes)).toBe(true);
    const turns = quotes.filter((q) => q.kind === 'direct');
    expect(turns.map((q) => q.text)).toEqual([
      'Our two guests will take questions now about the game.',
      'Remy, what makes them a difficult match for you guys?',
      'They are a very solid team with great shooters.',
    ]);
    expect(turns.map((q) => q.speaker?.name ?? null)).toEqual(['the moderator', null, 'Remy Vask']);
    expect(turns[2]?.speaker?.method).toBe('label');
  });

  it('a lone upper-case headline with a colon is not a transcript', () => {
    const t = 'BREAKING NEWS: The talks have failed again tonight.\nOfficials said nothing more.';
    expect(quotesOf(t).quotes.filter((q) => q.kind === 'direct')).toEqual([]);
  });
});
