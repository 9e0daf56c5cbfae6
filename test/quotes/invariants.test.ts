import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../src/index.js';
import type { Analysis } from '../../src/index.js';

/**
 * Speaker invariants (issue 17): a speaker is an entity (its name is that
 * entity's canonical name) or a short group phrase; never a date, a number,
 * a bare pronoun, quote marks or a clause-long fragment; it always keeps its
 * method, confidence and span.
 */
const DATE_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight)$/i;
const PRONOUN = /^(?:he|she|it|they|we|i|you|him|her|them|his|its|their|our)$/i;
const MAX_GROUP_WORDS = 8;

export function speakerViolations(text: string, a: Analysis): string[] {
  const out: string[] = [];
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  for (const q of a.quotes) {
    const s = q.speaker;
    if (s === null) continue;
    const where = `quote [${q.start}, ${q.end}) speaker "${s.name}"`;
    if (!(s.confidence >= 0 && s.confidence <= 1)) out.push(`${where}: confidence ${s.confidence}`);
    if (s.span === null) out.push(`${where}: no span`);
    else if (text.slice(s.span.start, s.span.end) !== s.span.text) out.push(`${where}: span text`);
    const words = s.name.trim().split(/\s+/);
    if (s.entityId !== null) {
      const e = byId.get(s.entityId);
      if (e === undefined || e.name !== s.name) out.push(`${where}: not the entity's canonical name`);
      continue;
    }
    if (PRONOUN.test(s.name.trim())) out.push(`${where}: a bare pronoun`);
    if (/["“”«»]/.test(s.name) || /(?:^|\s)['‘’]/.test(s.name)) out.push(`${where}: quote marks`);
    if (/^\d/.test(s.name)) out.push(`${where}: a number`);
    if (DATE_WORD.test(words[words.length - 1] ?? '')) out.push(`${where}: a date word`);
    if (words.length > MAX_GROUP_WORDS) out.push(`${where}: a fragment of ${words.length} words`);
  }
  return out;
}

// Invented names and phrases that put dates, numbers, pronouns and modifiers next to reporting cues.
const SUBJECTS = [
  'Ana Ruiz', 'Minister Ana Ruiz', 'City Councilwoman Ana Ruiz', 'Omar Haddad', 'Ambassador Omar Haddad', 'Jane Q. Public',
  'the minister', 'she', 'he', 'they', 'it', 'the Norvanian government', 'the government', 'one source in the region',
  'an account affiliated with the Fleet Union', 'his office', 'a spokesperson for the Harbour Authority', 'residents',
  'the report', 'a statement from the ministry', '2,000 soldiers', 'officials', 'Reuters',
];
const ADJUNCTS = ['', 'on Monday', 'Sunday', 'late Friday', 'yesterday', 'in a statement', 'again', 'on Wednesday over what it'];
const VERBS = ['said', 'told Reuters', 'added', 'warned', 'wrote', 'insisted', 'said in a statement'];
const CLAUSES = [
  'We will not accept this under any circumstances', 'The port stays closed until further notice', 'It is too early to tell',
  'Nobody expected the levees to hold this long', 'This is interference in our affairs',
];

const sentence = fc.tuple(fc.constantFrom(...SUBJECTS), fc.constantFrom(...ADJUNCTS), fc.constantFrom(...VERBS), fc.constantFrom(...CLAUSES), fc.integer({ min: 0, max: 4 })).map(([who, when, verb, what, shape]) => {
  const subject = `${who}${when === '' ? '' : ` ${when}`}`;
  switch (shape) {
    case 0: return `“${what},” ${subject} ${verb}.`;
    case 1: return `${subject.charAt(0).toUpperCase()}${subject.slice(1)} ${verb}: “${what}.”`;
    case 2: return `“${what},” ${verb} ${subject}.`;
    case 3: return `${subject.charAt(0).toUpperCase()}${subject.slice(1)} ${verb} the plan was “${what.toLowerCase()}”.`;
    default: return `“${what}.”`;
  }
});
const article = fc.array(fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' ')), { minLength: 1, maxLength: 6 }).map((p) => p.join('\n\n'));

describe('speaker invariants', () => {
  it('hold on random news-like text with dates, numbers and pronouns next to the cues', () => {
    fc.assert(
      fc.property(article, (text) => {
        expect(speakerViolations(text, analyze(text))).toEqual([]);
      }),
      { seed: 20261204, numRuns: 120 },
    );
  });

  it('hold on the seed fixture', () => {
    const text = readFileSync(new URL('../../fixtures/seed/seed.txt', import.meta.url), 'utf8');
    expect(speakerViolations(text, analyze(text))).toEqual([]);
  });

  it.each([
    ['a weekday after the name', 'Ambassador Omar Haddad Sunday issued a warning, accusing the port of a “grave breach” of the treaty.'],
    ['a weekday as the subject slot', 'The head of the union on Monday said the stoppage was “illegal and reckless”.'],
    ['a number phrase', 'The army said 2,000 soldiers told the villagers: “Leave before dark or stay inside.”'],
    ['a stray mark before a pronoun', "The council met. ' he said the vote was “a disgrace to the whole city” and left."],
  ])('hold: %s', (_label, text) => {
    expect(speakerViolations(text, analyze(text))).toEqual([]);
  });
});

describe('the last check on group speakers', () => {
  it.each([
    ['security experts', true],
    ['a spokesperson', true],
    ['Monday', false],
    ['the group Sunday', false],
    ['he', false],
    ["' he", false],
    ['000 soldiers', false],
    ['one two three four five six seven eight nine', false],
  ])('%s → %s', async (name, ok) => {
    const { isWellFormedGroup } = await import('../../src/stages/quotes/invariants.js');
    expect(isWellFormedGroup(name)).toBe(ok);
  });
});
