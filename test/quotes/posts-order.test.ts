import { describe, expect, it } from 'vitest';
import { quotesOf, spansHold } from './helpers.js';

const CAST = [{ name: 'Rita Vanterpool', aliases: ['Vanterpool'], handles: ['@RitaVReef'] }];

describe('posts scraped signature first', () => {
  it('the post-like line after the signature is the post when the line before is prose about the poster', () => {
    const text = [
      'On Tuesday, Vanterpool said she had surveyed 300km of reef.',
      '— Rita Vanterpool (@RitaVReef) March 22, 2016',
      'Day 1 of #reef surveys. 90 reefs along a 300km track, most of them bleached',
      'That was two days after the alert was raised.',
    ].join('\n\n');
    const { quotes } = quotesOf(text, CAST);
    expect(spansHold(text, quotes)).toBe(true);
    const posts = quotes.filter((q) => q.kind === 'post');
    expect(posts.map((q) => q.text)).toEqual(['Day 1 of #reef surveys. 90 reefs along a 300km track, most of them bleached']);
    expect(posts[0]?.speaker?.name).toBe('Rita Vanterpool');
  });

  it('the usual order is kept: the post before its signature', () => {
    const text = [
      'The scientist posted an update.',
      'Day 2: we flew 1200km in 8 hours! #reef',
      '— Rita Vanterpool (@RitaVReef) March 24, 2016',
      'Vanterpool later said the results were worse than feared.',
    ].join('\n\n');
    const posts = quotesOf(text, CAST).quotes.filter((q) => q.kind === 'post');
    expect(posts.map((q) => q.text)).toEqual(['Day 2: we flew 1200km in 8 hours! #reef']);
  });
});
