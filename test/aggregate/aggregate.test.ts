/** aggregate(): actors across articles, counts, dates, confidence, evidence, merging shards. */
import { describe, expect, it } from 'vitest';
import { aggregate, createAggregator, foldAggregate, mergeAggregates, validateAggregate } from '../../src/index.js';
import type { Aggregate, AggregateRow } from '../../src/index.js';
import { article, corpus } from './helpers.js';

const rowOf = (agg: Aggregate, actor: string, target: string, label: string): AggregateRow | undefined =>
  agg.rows.find((r) => r.actor === actor && r.target === target && r.label === label);

describe('actors merge across articles', () => {
  const agg = aggregate(corpus());

  it.each([
    ['a GPE with a country', 'country:NL', 'Norland'],
    ['a city with a country ("Port Verin")', 'country:NL', 'Port Verin'],
    ['an official body named by a demonym the article knows ("Norlandic officials")', 'country:NL', 'Norlandic officials'],
    ['a person, by normalised name ("Ada Brask", "ada brask")', 'name:ada brask', 'Ada Brask'],
    ['a group phrase', 'name:security experts', 'Security experts'],
    ['the articles’ own voice', 'author', '@author'],
    ['another country', 'country:OM', 'Ostmark'],
  ])('%s → %s', (_label, key, surface) => {
    const actor = agg.actors.find((a) => a.key === key);
    expect(actor?.names.map((n) => n.name)).toContain(surface);
  });

  it('a country actor has its code and its names by use; kinds say how the actor was found', () => {
    expect(agg.actors.map((a) => [a.key, a.kind, a.country])).toEqual([
      ['author', 'author', null],
      ['country:NL', 'country', 'NL'],
      ['country:OM', 'country', 'OM'],
      ['name:ada brask', 'entity', null],
      ['name:security experts', 'group', null],
    ]);
    const nl = agg.actors.find((a) => a.key === 'country:NL');
    expect(nl?.names).toEqual([
      { name: 'Norland', count: 1 },
      { name: 'Norlandic officials', count: 1 },
      { name: 'Port Verin', count: 1 },
    ]);
    expect(nl?.name).toBe('Norland');
  });

  it.each([
    ["possessive: Norland's government", "Norland's government", 'country:NL'],
    ['with a modifier: the Norlandic foreign ministry', 'the Norlandic foreign ministry', 'country:NL'],
    ['not an official body: Norlandic farmers', 'Norlandic farmers', 'name:norlandic farmers'],
    ['an unknown country: Eastlandic officials', 'Eastlandic officials', 'name:eastlandic officials'],
  ])('group phrase, %s', (_label, phrase, key) => {
    const a = article({
      id: 'x',
      sentences: [`Norland said no.`, `${phrase} opposed the plan.`],
      entities: [{ name: 'Norland', type: 'GPE', country: 'NL', aliases: ['Norlandic'] }],
      stances: [{ actor: phrase, label: 'against', evidence: [{ text: 'opposed the plan', cue: 'opposed' }] }],
    });
    expect(aggregate([a]).rows.map((r) => r.actor)).toEqual([key]);
  });

  it('an entity without a country (a PERSON) never becomes a country', () => {
    const a = article({
      sentences: ['Mira Holt opposed it.'],
      entities: [{ name: 'Mira Holt', type: 'PERSON', country: null }],
      stances: [{ actor: 'Mira Holt', label: 'against', evidence: [{ text: 'opposed it', cue: 'opposed' }] }],
    });
    expect(aggregate([a]).actors[0]).toMatchObject({ key: 'name:mira holt', kind: 'entity', country: null });
  });
});

describe('each (actor, target, label) row', () => {
  const agg = aggregate(corpus());

  it('counts stances, sums confidence exactly and averages it', () => {
    const nl = rowOf(agg, 'country:NL', 'intervention', 'against');
    expect(nl).toMatchObject({ count: 3, confidenceMicros: 2_100_000, meanConfidence: 0.7, evidenceCount: 3 });
    expect(rowOf(agg, 'name:ada brask', 'intervention', 'favor')).toMatchObject({ count: 2, meanConfidence: 0.7 });
    expect(agg.rows.map((r) => `${r.actor}/${r.target}/${r.label}`)).toEqual([
      'author/intervention/against',
      'country:NL/intervention/against',
      'country:OM/intervention/favor',
      'name:ada brask/intervention/favor',
      'name:security experts/sovereignty/against',
    ]);
  });

  it('dates: a full date stated in the sentence, else the publication date; first and last over the evidence', () => {
    const nl = rowOf(agg, 'country:NL', 'intervention', 'against');
    expect(nl?.evidence.map((e) => [e.article, e.date, e.dateSource])).toEqual([
      ['n1', '2031-02-28', 'sentence'],
      ['n1', '2031-03-03', 'published'],
      ['n2', '2031-03-10', 'published'],
    ]);
    expect([nl?.firstDate, nl?.lastDate]).toEqual(['2031-02-28', '2031-03-10']);
    expect(rowOf(agg, 'country:OM', 'intervention', 'favor')).toMatchObject({ firstDate: null, lastDate: null });
  });

  it.each([
    ['after publication: not the stance date', '2031-03-04', '2031-03-03', 'published'],
    ['more than 31 days before publication', '2031-01-20', '2031-03-03', 'published'],
    ['31 days before', '2031-01-31', '2031-01-31', 'sentence'],
  ])('a stated date %s', (_label, value, expected, source) => {
    const a = article({
      published: '2031-03-03',
      sentences: ['On that day Norland rejected the deal.'],
      entities: [{ name: 'Norland', type: 'GPE', country: 'NL' }],
      dates: [{ text: 'that day', value }],
      stances: [{ actor: 'Norland', label: 'against', evidence: [{ text: 'rejected the deal', cue: 'rejected' }] }],
    });
    expect(aggregate([a]).rows[0]?.evidence[0]).toMatchObject({ date: expected, dateSource: source });
  });

  it('evidence keeps article, range, cue, label and the sentence, and every range holds its cue', () => {
    const texts = new Map(corpus().map((a) => [a.id, a.text]));
    for (const row of agg.rows) {
      for (const ev of row.evidence) {
        const text = texts.get(ev.article) as string;
        expect(text.slice(ev.start, ev.end)).toBe(ev.text);
        expect(ev.cue).not.toBeNull();
        expect(ev.cue !== null && ev.cue.start >= ev.start && ev.cue.end <= ev.end && text.slice(ev.cue.start, ev.cue.end) === ev.cue.text).toBe(true);
        expect(ev.sentence).toContain(ev.text);
      }
    }
  });

  it('a passage two rolled-up actors of one article share is listed once, but both stances count', () => {
    const a = article({
      id: 'd',
      sentences: ['Norland and Norlandic officials rejected the plan.'],
      entities: [
        { name: 'Norland', type: 'GPE', country: 'NL' },
        { name: 'Norlandic', type: 'NORP', country: 'NL' },
      ],
      stances: [
        { actor: 'Norland', label: 'against', evidence: [{ text: 'rejected the plan', cue: 'rejected' }] },
        { actor: 'Norlandic officials', label: 'against', evidence: [{ text: 'rejected the plan', cue: 'rejected' }] },
      ],
    });
    expect(aggregate([a]).rows[0]).toMatchObject({ count: 2, evidenceCount: 1 });
  });

  it('maxEvidence keeps the first passages by article and offset, and the total', () => {
    const capped = aggregate(corpus(), { maxEvidence: 1 });
    const nl = rowOf(capped, 'country:NL', 'intervention', 'against');
    expect(nl?.evidence.map((e) => [e.article, e.start])).toEqual([['n1', 8]]);
    expect(nl?.evidenceCount).toBe(3);
    expect(capped.maxEvidence).toBe(1);
  });

  it('an analysis without an id is named by its position', () => {
    const [first] = corpus();
    const { id: _drop, ...noId } = first as NonNullable<typeof first>;
    expect(aggregate([noId, noId]).rows[0]?.evidence.map((e) => e.article)).toEqual(['#1', '#1', '#2', '#2']);
  });
});

describe('shards merge to the aggregate of the whole', () => {
  const all = corpus();
  const whole = aggregate(all);

  it.each([
    ['two shards, K + 2i', [all.filter((_a, i) => i % 2 === 0), all.filter((_a, i) => i % 2 === 1)]],
    ['in reverse order', [all.slice(2), all.slice(0, 2)]],
    ['one shard per article', all.map((a) => [a])],
    ['with an empty shard', [[], all]],
  ])('%s', (_label, shards) => {
    expect(mergeAggregates(shards.map((s) => aggregate(s)))).toEqual(whole);
  });

  it('with an evidence cap on every shard, the same as the capped whole', () => {
    const shards = [all.slice(0, 1), all.slice(1)].map((s) => aggregate(s, { maxEvidence: 1 }));
    expect(mergeAggregates(shards)).toEqual(aggregate(all, { maxEvidence: 1 }));
  });

  it('an aggregator goes on after a merge, and counts skips', () => {
    const agg = createAggregator();
    agg.merge(aggregate(all.slice(0, 3)));
    agg.add(all[3] as NonNullable<(typeof all)[3]>);
    agg.skip(2);
    expect(agg.result()).toEqual({ ...whole, skipped: 2 });
  });
});

describe('the result', () => {
  it('follows schema/aggregate.json, and so does an empty one', () => {
    expect(validateAggregate(JSON.parse(JSON.stringify(aggregate(corpus()))))).toEqual([]);
    expect(aggregate([])).toEqual({ format: 'newslens.aggregate/1', analyses: 0, skipped: 0, maxEvidence: null, actors: [], rows: [] });
    expect(validateAggregate(aggregate([]))).toEqual([]);
  });

  it.each([
    ['not iterable', () => aggregate(42 as never), /analyses must be an iterable/],
    ['an item that is not an analysis', () => aggregate([{ text: 'x' } as never]), /each item must be an analysis/],
    ['an unknown option', () => aggregate([], { cap: 1 } as never), /unknown option "cap"/],
    ['a negative cap', () => aggregate([], { maxEvidence: -1 }), /maxEvidence must be a whole number/],
    ['merging something else', () => mergeAggregates([{} as never]), /expected an aggregate/],
  ])('arguments are checked: %s', (_label, run, message) => {
    expect(run).toThrow(TypeError);
    expect(run).toThrow(message);
  });
});

describe('evidence that does not hold its cue', () => {
  it('is widened to the cue within its sentence', () => {
    const a = article({
      id: 'w',
      sentences: ['Norland confirmed the military offer today.'],
      entities: [{ name: 'Norland', type: 'GPE', country: 'NL' }],
      stances: [{ actor: 'Norland', label: 'favor', evidence: [{ text: 'military', cue: 'offer' }] }],
    });
    expect(aggregate([a]).rows[0]?.evidence[0]).toMatchObject({ start: 22, end: 36, text: 'military offer', cue: { start: 31, end: 36, text: 'offer' } });
  });
});

describe('a one-word person name links to the one full name it ends', () => {
  const said = (id: string, name: string, type: 'PERSON' | 'GPE' = 'PERSON') =>
    article({
      id,
      published: '2031-03-03',
      sentences: [`${name} opposed the plan.`],
      entities: [{ name, type }],
      stances: [{ actor: name, label: 'against', evidence: [{ text: 'opposed the plan', cue: 'opposed' }] }],
    });
  const linkOf = (agg: Aggregate, key: string): string | null | undefined => agg.actors.find((a) => a.key === key)?.mergedInto;

  it.each([
    ['one full name', ['Ada Brask', 'Brask'], 'name:brask', 'name:ada brask'],
    ['two full names end so: ambiguous', ['Ada Brask', 'Ole Brask', 'Brask'], 'name:brask', null],
    ['no full name', ['Brask'], 'name:brask', null],
    ['after a hyphen', ['Omar al-Rashid', 'Rashid'], 'name:rashid', 'name:omar al-rashid'],
    ['a full name never links', ['Ada Brask', 'Brask'], 'name:ada brask', null],
  ])('%s', (_label, names, key, expected) => {
    expect(linkOf(aggregate(names.map((n, i) => said(`a${i}`, n))), key)).toBe(expected);
  });

  it('only between persons', () => {
    expect(linkOf(aggregate([said('a', 'Port Verin', 'GPE'), said('b', 'Verin', 'GPE')]), 'name:verin')).toBeNull();
  });

  it('rows stay under their own key, so shards merge exactly; foldAggregate counts them under the full name', () => {
    const docs = [said('a', 'Ada Brask'), said('b', 'Brask'), said('c', 'Brask')];
    const whole = aggregate(docs);
    expect(mergeAggregates([aggregate(docs.slice(0, 1)), aggregate(docs.slice(1))])).toEqual(whole);
    expect(whole.rows.map((r) => [r.actor, r.count])).toEqual([['name:ada brask', 1], ['name:brask', 2]]);
    const folded = foldAggregate(whole);
    expect(folded.rows.map((r) => [r.actor, r.count, r.evidenceCount, r.evidence.map((e) => e.article)])).toEqual([['name:ada brask', 3, 3, ['a', 'b', 'c']]]);
    expect(folded.actors.map((a) => [a.key, a.names])).toEqual([['name:ada brask', [{ name: 'Brask', count: 2 }, { name: 'Ada Brask', count: 1 }]]]);
    expect(validateAggregate(folded)).toEqual([]);
  });
});
