/** Entity.country: the ISO 3166-1 alpha-2 code of the country a GPE, LOC or NORP entity names or lies in. */
import { describe, expect, it } from 'vitest';
import { analyze, render } from '../../src/index.js';
import { cityOf, countryCodeOf, fold } from '../../src/stages/entities/geo.js';
import { CITY_ROWS, COUNTRY_ROWS } from '../../src/data/geo.generated.js';

const CASES: { label: string; text: string; name: string; country: string | null }[] = [
  { label: 'a country by its name', text: 'Talks with Portugal resumed on Monday.', name: 'Portugal', country: 'PT' },
  { label: 'a country by its initials', text: 'Officials in the U.K. said little.', name: 'U.K.', country: 'GB' },
  { label: 'America is the United States', text: 'Farmers across America waited for rain.', name: 'America', country: 'US' },
  { label: 'a demonym carries its country', text: 'The Kenyan runner won the race.', name: 'Kenyan', country: 'KE' },
  { label: 'a plural demonym carries its country', text: 'Many Peruvians voted early.', name: 'Peruvians', country: 'PE' },
  { label: 'a capital from the world gazetteer', text: 'The delegation landed in Ouagadougou late.', name: 'Ouagadougou', country: 'BF' },
  { label: 'a city from the world gazetteer', text: 'Floods hit Mwanza after the storm.', name: 'Mwanza', country: 'TZ' },
  { label: 'a US state is in the US', text: 'Voters in Vermont went to the polls.', name: 'Vermont', country: 'US' },
  { label: 'a nation inside a state is coded as the state', text: 'Fans in Scotland cheered.', name: 'Scotland', country: 'GB' },
  { label: 'a province named after its city', text: 'Shelling hit Kherson Oblast overnight.', name: 'Kherson Oblast', country: 'UA' },
  { label: 'a religious group has no country', text: 'Local Buddhists held a vigil.', name: 'Buddhists', country: null },
  { label: 'a person has no country', text: 'Ana Ruiz of Peru spoke first.', name: 'Ana Ruiz', country: null },
  { label: 'a capital standing for its government is a GPE with its code', text: 'Talks stalled, and Bamako said the deal was dead.', name: 'Bamako', country: 'ML' },
];

describe('Entity.country', () => {
  it.each(CASES)('$label', ({ text, name, country }) => {
    const e = analyze(text).entities.find((x) => x.name === name);
    expect(e, `entity ${name}`).toBeDefined();
    expect(e?.country).toBe(country);
  });

  it('the spellings of one country share its code', () => {
    const a = analyze('The United States and the US are one. The U.S. agreed. Americans cheered.');
    expect(new Set(a.entities.map((e) => e.country))).toEqual(new Set(['US']));
  });
});

describe('the generated world gazetteer', () => {
  it('has every ISO country once, with a two-letter code', () => {
    const codes = COUNTRY_ROWS.split('\n').map((r) => r.slice(0, 3));
    expect(codes.length).toBeGreaterThan(230);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^[A-Z]{2}:$/);
  });

  it('marks capitals and finds cities without diacritics', () => {
    expect(CITY_ROWS).toContain('MX:*Mexico City|');
    expect(cityOf('Bogota')).toEqual({ name: 'Bogotá', country: 'CO', capital: true });
    expect(cityOf('bogotá')?.country).toBe('CO');
    expect(fold('São Tomé')).toBe('sao tome');
  });

  it('leaves out ordinary English words and city sections named after people', () => {
    for (const word of ['Mobile', 'Split', 'Nice', 'Reading', 'Most']) expect(cityOf(word), word).toBeUndefined();
  });

  it('codes countries, demonyms and states, and nothing else', () => {
    expect(countryCodeOf('Mexico')).toBe('MX');
    expect(countryCodeOf('Mexican')).toBe('MX');
    expect(countryCodeOf('Côte d’Ivoire') ?? countryCodeOf("Cote d'Ivoire")).toBe('CI');
    expect(countryCodeOf('Texas')).toBe('US');
    expect(countryCodeOf('Reuters')).toBeNull();
  });
});

describe('the HTML report shows the country', () => {
  it('in a column of the entity table', () => {
    const html = render(analyze('The Kenyan team met Ana Ruiz in Nairobi.'));
    const table = html.slice(html.indexOf('<section id="entities">'), html.indexOf('</section>', html.indexOf('<section id="entities">')));
    expect(table).toContain('<th>Country</th>');
    expect(table).toMatch(/Nairobi<\/td><td><span class="badge b-GPE">GPE<\/span><\/td><td class="country"><abbr[^>]*>KE<\/abbr>/);
    expect(table).toMatch(/Ana Ruiz<\/td><td><span class="badge b-PERSON">PERSON<\/span><\/td><td class="country"><span class="none">—<\/span>/);
  });
});
