import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/pipeline/document.js';
import { createResolver } from '../../src/stages/coref/index.js';
import { makeEntities, type EntitySpec } from '../quotes/helpers.js';

function resolverFor(text: string, specs: readonly EntitySpec[], exclude: { start: number; end: number }[] = []) {
  const doc = parseDocument(text);
  const entities = makeEntities(text, specs);
  return { resolver: createResolver(doc, entities, { exclude }), entities };
}

const at = (text: string, needle: string, from = 0): number => text.indexOf(needle, from);

describe('coref resolver', () => {
  const text = 'Claudia Sheinbaum met Donald Trump on Friday. She said no. He said yes. The president was angry.';
  const specs: EntitySpec[] = [
    { name: 'Claudia Sheinbaum', aliases: ['Sheinbaum'], titles: ['President'] },
    { name: 'Donald Trump', aliases: ['Trump'], titles: ['US President'] },
  ];

  it.each([
    ['she → the woman, skipping a nearer man', 'She', 'Claudia Sheinbaum', 'pronoun'],
    ['he → the man', 'He', 'Donald Trump', 'pronoun'],
    ['a role → the nearest entity with that title', 'The president', 'Donald Trump', 'role'],
  ])('%s', (_label, phrase, name, method) => {
    const { resolver } = resolverFor(text, specs);
    const pos = at(text, `${phrase} `);
    const a = resolver.resolve(pos, phrase);
    expect(a?.entity.name).toBe(name);
    expect(a?.method).toBe(method);
    expect(a?.mention.end).toBeLessThanOrEqual(pos);
  });

  it('knows genders from first names and titles', () => {
    const { resolver, entities } = resolverFor('Mrs Hale met Claudia Sheinbaum and Donald Trump.', [
      { name: 'Hale', titles: ['Mrs'] },
      { name: 'Claudia Sheinbaum' },
      { name: 'Donald Trump' },
    ]);
    expect(entities.map((e) => resolver.genderOf(e.id))).toEqual(['female', 'female', 'male']);
  });

  it('never looks forward, and returns null without a candidate', () => {
    const t = 'She arrived late. Claudia Sheinbaum spoke later.';
    const { resolver } = resolverFor(t, [{ name: 'Claudia Sheinbaum' }]);
    expect(resolver.resolve(0, 'She')).toBeNull();
    expect(resolver.resolve(0, 'the minister')).toBeNull();
  });

  it('focus: a pronoun prefers the entity in focus over a nearer bystander', () => {
    const t = 'Eric Tollan wrote about the day. He met Scott Varn near the river. He wrote again.';
    const { resolver, entities } = resolverFor(t, [{ name: 'Eric Tollan' }, { name: 'Scott Varn' }]);
    const pos = t.lastIndexOf('He');
    expect(resolver.resolve(pos, 'he')?.entity.name).toBe('Scott Varn');
    expect(resolver.resolve(pos, 'he', { focus: [entities[0]?.id ?? ''] })?.entity.name).toBe('Eric Tollan');
  });

  it('excluded spans (the inside of quotes) hold no antecedents', () => {
    const t = 'Claudia Sheinbaum spoke. “Donald Trump is serious,” she said. Then he left.';
    const q = { start: at(t, 'Donald'), end: at(t, 'serious') + 7 };
    expect(resolverFor(t, specs).resolver.resolve(at(t, 'he left'), 'he')?.entity.name).toBe('Donald Trump');
    expect(resolverFor(t, specs, [q]).resolver.resolve(at(t, 'he left'), 'he')).toBeNull();
  });

  it('"the company" → the nearest organisation; "it" → an organisation', () => {
    const t = 'Estee Lauder raised its guidance. The company said sales rose.';
    const { resolver } = resolverFor(t, [{ name: 'Estee Lauder', type: 'ORG' }]);
    expect(resolver.resolve(at(t, 'The company'), 'The company')?.entity.name).toBe('Estee Lauder');
    expect(resolver.resolve(at(t, 'The company'), 'it')?.entity.name).toBe('Estee Lauder');
  });

  it('"it" → the organisation, not the place that only locates it ("the Harbour Embassy in Lindholm")', () => {
    const t = 'The Harbour Embassy in Lindholm said the remarks were private, but it said more.';
    const { resolver } = resolverFor(t, [{ name: 'Harbour Embassy', type: 'ORG' }, { name: 'Lindholm', type: 'GPE' }]);
    expect(resolver.resolve(at(t, 'it said'), 'it')?.entity.name).toBe('Harbour Embassy');
  });

  it('"it" → a place named on its own', () => {
    const t = 'The Harbour Embassy closed. Lindholm protested, and it said more.';
    const { resolver } = resolverFor(t, [{ name: 'Harbour Embassy', type: 'ORG' }, { name: 'Lindholm', type: 'GPE' }]);
    expect(resolver.resolve(at(t, 'it said'), 'it')?.entity.name).toBe('Lindholm');
  });
});

describe('coref resolver: the subject of the same sentence beats the focus', () => {
  it.each([
    ['a subject named earlier in the sentence', 'Pedro Alves had this to say: “We stay,” he wrote.', 'he', 'Pedro Alves'],
    ['the first person in the sentence, not the nearest', 'Pedro Alves spoke, quoting Luis Moreno, who he called a genius.', 'he', 'Pedro Alves'],
  ])('%s', (_label, text, pronoun, name) => {
    const specs: EntitySpec[] = [{ name: 'Boris Volkov' }, { name: 'Pedro Alves' }, { name: 'Luis Moreno' }];
    const full = `Boris Volkov said he agreed. ${text}`;
    const doc = parseDocument(full);
    const entities = makeEntities(full, specs);
    const focus = entities.filter((e) => e.name === 'Boris Volkov').map((e) => e.id);
    const resolver = createResolver(doc, entities);
    const pos = full.lastIndexOf(` ${pronoun} `) + 1;
    expect(resolver.resolve(pos, pronoun, { focus })?.entity.name).toBe(name);
  });
});

describe('coref resolver: roles the text gives outside titles', () => {
  const specs: EntitySpec[] = [
    { name: 'Ana Ruiz', aliases: ['Ruiz'] },
    { name: 'Omar Haddad', aliases: ['Haddad'] },
    { name: 'Lena Brandt', aliases: ['Brandt'] },
  ];
  it.each([
    ['an appositive after the name', 'Ana Ruiz, the city’s mayor, spoke first. Omar Haddad spoke next. The mayor left early.', 'The mayor', 'Ana Ruiz'],
    ['an appositive before the name', 'The union leader, Omar Haddad, spoke first. Ana Ruiz spoke next. The union leader left early.', 'The union leader', 'Omar Haddad'],
    ['a lower-case title before the name', 'Veteran union leader Omar Haddad spoke first. Ana Ruiz spoke next. The leader left early.', 'The leader', 'Omar Haddad'],
  ])('%s', (_label, text, phrase, name) => {
    const { resolver } = resolverFor(text, specs);
    const pos = text.lastIndexOf(phrase);
    expect(resolver.resolve(pos, phrase)?.entity.name).toBe(name);
  });

  it('a role nobody is given resolves to nobody', () => {
    const text = 'Ana Ruiz, the city’s mayor, spoke first. Omar Haddad spoke next. The governor left early.';
    const { resolver } = resolverFor(text, specs);
    expect(resolver.resolve(text.indexOf('The governor'), 'The governor')).toBeNull();
  });
});
