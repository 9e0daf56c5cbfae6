import { describe, expect, it } from 'vitest';
import { quotesOf, spansHold, type EntitySpec } from './helpers.js';

/** Invented people, bodies and places: none of them is from the corpus. */
const CAST: EntitySpec[] = [
  { name: 'Ana Ruiz', aliases: ['Ruiz'], titles: ['Minister'] },
  { name: 'Omar Haddad', aliases: ['Haddad'], titles: ['Ambassador'] },
  { name: 'Lena Brandt', aliases: ['Brandt'] },
  { name: 'Norvania', type: 'GPE' },
  { name: 'Norvanian', type: 'NORP' },
  { name: 'Australia', type: 'GPE' },
  { name: 'Australian', type: 'NORP' },
  { name: 'Harbour Authority', type: 'ORG' },
  { name: 'Eastport', type: 'GPE' },
  { name: 'Fleet Union', type: 'ORG' },
  { name: 'Lowmarsh Court', type: 'ORG' },
  { name: 'Norvanian Embassy', type: 'ORG' },
  { name: 'Kessel', type: 'GPE' },
  { name: 'Brellan Foods', type: 'ORG' },
  { name: 'Burkina Faso', type: 'GPE', country: 'BF' },
  { name: 'Ouagadougou', type: 'GPE', country: 'BF' },
];

function direct(text: string) {
  const { quotes } = quotesOf(text, CAST);
  expect(spansHold(text, quotes)).toBe(true);
  return quotes.filter((q) => q.kind === 'direct');
}

function speakerOfQuote(text: string, quote: string): string | null | undefined {
  const found = direct(text).find((q) => q.text === quote);
  expect(found, `no direct quote "${quote}"`).toBeDefined();
  expect(found?.start).toBe(text.indexOf(quote));
  return found?.speaker?.name ?? null;
}

describe('speakers: the phrase after a quote', () => {
  it.each([
    ['a long title before the name', '“We will keep the port open,” Eastport Ambassador to the Harbour Authority Omar Haddad told the council.', 'We will keep the port open,', 'Omar Haddad'],
    ['a name with an appositive', '“The line will hold,” Haddad, a member of the delegation at the harbour summit in Eastport, told reporters.', 'The line will hold,', 'Omar Haddad'],
    ['a body with its acronym in an appositive', '“The inspection will take a week,” the Harbour Authority, or HA, said in a statement.', 'The inspection will take a week,', 'Harbour Authority'],
    ['quoted X as saying', 'The Eastport Herald quoted Omar Haddad as saying: “The port is finished.”', 'The port is finished.', 'Omar Haddad'],
    ['an age and a relative clause between the name and the cue', 'Ruiz, 54, who has led the city since 2019, added: “The money is gone.”', 'The money is gone.', 'Ana Ruiz'],
    ['an inverted role, then the name', 'Lena Brandt spoke first.\n“The strike will go on,” said Brandt’s deputy, Ana Ruiz.', 'The strike will go on,', 'Ana Ruiz'],
    ['an inverted role with an adjunct after the name', '“We will not stop,” said the union leader, Omar Haddad, at the rally.', 'We will not stop,', 'Omar Haddad'],
    ['a role, then the name', '“Nothing has been signed yet,” the minister, Ana Ruiz, said.', 'Nothing has been signed yet,', 'Ana Ruiz'],
    ['a body located in a city speaks, not the city', '“The visas are suspended,” the Norvanian Embassy in Kessel said on Monday.', 'The visas are suspended,', 'Norvanian Embassy'],
    ['an ambassador to a body speaks, not the body', 'Norvania’s ambassador to the Harbour Authority condemned the raid as “a blatant violation,” urging calm.', 'a blatant violation,', 'Norvania’s ambassador'],
    ['a phrase opening with "of" after a quote is no speaker', 'Ana Ruiz condemned the raid as “a blatant violation” of the Lowmarsh Court ruling, urging calm.', 'a blatant violation', 'Ana Ruiz'],
    ['a body\'s spokesperson speaks as the body', 'A Harbour Authority spokesperson said the berth “remains closed.”', 'remains closed.', 'Harbour Authority'],
    ['a name before ", who told" speaks', 'The plan was drawn up by Omar Haddad, who told the council that the port would “close by spring.”', 'close by spring.', 'Omar Haddad'],
    ['a name, its appositive, then ", who said"', 'The plan was welcomed by Omar Haddad, the harbour chief, who said the port would “close by spring.”', 'close by spring.', 'Omar Haddad'],
    ['"and who said" continues a relative clause on a name\'s appositive', 'The only backer is Omar Haddad, the harbour chief whose crews already work the night shift and who said the port would “close by spring.”', 'close by spring.', 'Omar Haddad'],
    ['a person of a body speaks, not the body', 'Lena Brandt of the Fleet Union said the port would stay “closed until May.”', 'closed until May.', 'Lena Brandt'],
    ['a person of a described body speaks, not the body', 'Lena Brandt of the opposition Fleet Union called the deal “a surrender.”', 'a surrender.', 'Lena Brandt'],
    ['… two words describing it', 'Lena Brandt of the small governing Fleet Union called the deal “a surrender.”', 'a surrender.', 'Lena Brandt'],
    ['a participle right after a quote is not followed by its speaker', 'Omar Haddad told reporters that the ships “will stay in port,” dismissing Eastport’s complaints.', 'will stay in port,', 'Omar Haddad'],
    ['a person at a place speaks, not the place', '“The talks are over,” Ana Ruiz in Kessel told reporters.', 'The talks are over,', 'Ana Ruiz'],
  ])('%s', (_label, text, quote, speaker) => {
    expect(speakerOfQuote(text, quote)).toBe(speaker);
  });

  it('"they" after a person named since the group is not the group', () => {
    const text = 'Protesters gathered at the port. Ana Ruiz and Omar Haddad met them. “We will talk,” they said.';
    expect(speakerOfQuote(text, 'We will talk,')).not.toBe('Protesters');
  });

  it('a clause that is not an appositive is not a speaker phrase', () => {
    const text = '“The talks have ended without any deal,” and in Eastport the mood was grim, residents said later.';
    expect(speakerOfQuote(text, 'The talks have ended without any deal,')).not.toBe('Eastport');
  });
});

describe('speakers: the head of a group phrase, not its modifier', () => {
  it.each([
    ['a source in a region', '“The convoy has left the city,” one security source in the northern region said.', 'The convoy has left the city,', 'one security source'],
    ['an account affiliated with a body', 'A messaging account affiliated with the Fleet Union said: “The strike is over for now.”', 'The strike is over for now.', 'A messaging account'],
    ['a spokesperson for a body that is not an entity', '“This is interference in our affairs,” a spokesperson for the city’s embassy in Eastport said.', 'This is interference in our affairs,', 'a spokesperson'],
    ['the leader of a named body is a person, not the body', 'Before the vote, the leader of the Fleet Union warned: “Anyone who crosses the picket line will regret it.”', 'Anyone who crosses the picket line will regret it.', 'the leader'],
    ['the president of a body, named in the next sentence', 'The president of the Fleet Union said the ruling was “unlawful”. Lena Brandt said that members had not been consulted.', 'unlawful', 'Lena Brandt'],
    ['the minister of a body, named earlier', 'Minister Ana Ruiz toured the docks in May. The minister of the Harbour Authority said the ruling was “unlawful”.', 'unlawful', 'Ana Ruiz'],
    ['a document that reads', '“The crossing will close at noon on Friday,” the notice read.', 'The crossing will close at noon on Friday,', 'the notice'],
    ['a motion on an agenda', 'The motion on the council agenda asked that members “accept the recommendation of the transport committee without changes.”', 'accept the recommendation of the transport committee without changes.', 'The motion'],
    ['"they" after a group named before: the group', 'Hundreds of dock workers marched through Eastport on Sunday. “The port is ours,” they chanted.', 'The port is ours,', 'workers'],
    ['a title the tagger reads as an adjective heads a speaker phrase', '“It is a permanent presence,” a retired general said.', 'It is a permanent presence,', 'a retired general'],
    ['"what X called" is X\'s quote, not the clause subject\'s', 'Critics warned of what a retired general called “a permanent presence by another name.”', 'a permanent presence by another name.', 'a retired general'],
    ['"what analysts called": the relative "what" is no part of the speaker', 'Critics warned of what analysts called “a permanent presence by another name.”', 'a permanent presence by another name.', 'analysts'],
    ['"they" after residents in the paragraph before', 'Residents fled the valley overnight.\n“We have nothing left,” they told reporters.', 'We have nothing left,', 'Residents'],
  ])('%s', (_label, text, quote, speaker) => {
    expect(speakerOfQuote(text, quote)).toBe(speaker);
  });

  it.each([
    ['a spokesperson for a named body speaks as the body', '“The inspection will take a week,” a spokesman for the Harbour Authority said.', 'The inspection will take a week,', 'Harbour Authority'],
    ['a statement from a named body speaks as the body', '“The port stays closed until further notice,” a statement from the Harbour Authority said.', 'The port stays closed until further notice,', 'Harbour Authority'],
    ['"his office" is the person', 'Haddad will visit the port on Friday “to meet the crews and review the damage,” his office said.', 'to meet the crews and review the damage,', 'Omar Haddad'],
  ])('%s', (_label, text, quote, speaker) => {
    expect(speakerOfQuote(text, quote)).toBe(speaker);
  });
});

describe('speakers: a government speaks as its country', () => {
  it.each([
    ['demonym government', 'The Norvanian government said it was “deeply troubled by the vote in the assembly”.', 'deeply troubled by the vote in the assembly', 'Norvania'],
    ['another demonym government', 'The Australian government said the deal could “harm trade across the whole region”.', 'harm trade across the whole region', 'Australia'],
    ['"the government in" a capital speaks as its country', 'Ghana borders Burkina Faso.\nThe military government in Ouagadougou said the drills were “an act of hostility”.', 'an act of hostility', 'Burkina Faso'],
    ['"X\'s government in" a city speaks as X', 'Norvania’s government in Eastport said the drills were “an act of hostility”.', 'an act of hostility', 'Norvania'],
    ['"the bloc" is the one union named before', 'The Fleet Union met on Monday.\nThe bloc said it “rejects the new levy”.', 'rejects the new levy', 'Fleet Union'],
    ['"the court" is the one body named before with that word', 'The Lowmarsh Court heard the case on Monday.\n“The hearing will resume in May,” the court said.', 'The hearing will resume in May,', 'Lowmarsh Court'],
    ['"its spokeswoman" speaks for the body "it" stands for', 'The Harbour Authority closed the pier on Monday.\nIts spokeswoman said the closure was “temporary.”', 'temporary.', 'Harbour Authority'],
    ['"the government\'s spokesman" speaks as the passage\'s country', 'Australia has closed three ports to the fleet.\nThe government\'s top spokesman said the navy was “ready.”', 'ready.', 'Australia'],
    ['"the movement" is the organisation that spoke just before', 'The Fleet Union said the strike would go on.\nThe movement, which has campaigned since 1975, said the port was “ours.”', 'ours.', 'Fleet Union'],
    ['"he said" after a sentence that opens with an unnamed person is that person', 'Lena Brandt rejected the comparison.\nA foreign diplomat in Eastport, who spoke on condition of anonymity, was blunter. “The port is finished,” he said.', 'The port is finished,', 'A foreign diplomat'],
    ['near miss: "she said" after "A man …" is not the man', 'Lena Brandt spoke first. A man in the crowd shouted. “The port is finished,” she said.', 'The port is finished,', 'Lena Brandt'],
    ['a banner speaks for who carries it', 'Dock workers carried a banner that read “The port is ours.”', 'The port is ours.', 'Dock workers'],
    ['near miss: a banner no one carries speaks for itself', 'A banner on the wall read “The port is ours.”', 'The port is ours.', 'A banner'],
    ['a participle\'s adjunct is not the speaker', 'Two officials speaking on condition of anonymity said the talks were “over.”', 'over.', 'Two officials'],
    ['a bare "the government" with none named before follows the passage\'s country', 'Australia has closed three ports to the fleet.\nThe government said the navy was “ready.”', 'ready.', 'Australia'],
    ['a bare "the government" follows the country named with one', 'The Norvanian government has raised the alarm.\nThe government said it would “seek answers from the shipping firms”.', 'seek answers from the shipping firms', 'Norvania'],
  ])('%s', (_label, text, quote, speaker) => {
    expect(speakerOfQuote(text, quote)).toBe(speaker);
  });

  it('a government with no country named anywhere stays a group phrase', () => {
    expect(speakerOfQuote('The government said it would “seek answers from the shipping firms”.', 'seek answers from the shipping firms')).toBe('The government');
  });
});

describe('speakers: never a date, a number or a quote mark', () => {
  it.each([
    ['a weekday between subject and verb', 'The head of the Fleet Union on Monday said the stoppage was “illegal and reckless”.', 'illegal and reckless'],
    ['a weekday alone before the verb', 'On the docks, Monday said nothing, but later Brandt said the plan was “a betrayal of every worker”.', 'a betrayal of every worker'],
  ])('%s', (_label, text, quote) => {
    const speaker = speakerOfQuote(text, quote);
    expect(speaker ?? '').not.toMatch(/monday/i);
  });
});

describe('speakers: a participle hangs on the reporting verb of its sentence', () => {
  it.each([
    ['after an object with a reduced relative', 'Norvania criticized the ban on strikes handed down by the Lowmarsh Court on Tuesday, calling it “politically motivated and void.”', 'politically motivated and void.', 'Norvania'],
    ['after a "that" clause with its own subject', 'Ruiz stressed that Eastport would not send its ships, noting that the city is “too close to the conflict”.', 'too close to the conflict', 'Ana Ruiz'],
    ['after a bare clause the participle is the clause subject’s', 'The paper reports Brandt rejected the plan last month, saying: “The harbour is not for sale.”', 'The harbour is not for sale.', 'Lena Brandt'],
  ])('%s', (_label, text, quote, speaker) => {
    expect(speakerOfQuote(text, quote)).toBe(speaker);
  });
});

describe('speakers: candidates beyond the nearest cue', () => {
  it.each([
    ['a reporting noun with no owner does not hide the verb', 'Ruiz said the port acted in bad faith, an apparent reference to earlier comments on the strike, but the city was being “prudent” about it.', 'prudent', 'Ana Ruiz'],
    ['a cue after the quote with no speaker does not hide the one before', 'Brandt on Wednesday condemned the strikes, calling them a “blatant violation” of the law and accusing Norvania of meddling.', 'blatant violation', 'Lena Brandt'],
    ['a quote deep inside a sentence its reporter opens', 'Ruiz said the port authority had acted in bad faith in how it handled the dispute over the night shifts with the dockers and their families in the press, in a long week of talks, but that the city was being “prudent” about it.', 'prudent', 'Ana Ruiz'],
    ['a quote paragraph continues its speaker across a sub-heading', '“The harbour stays open,” Haddad told reporters.\n\nA long night ahead\n\n“Every ship that is already here will be unloaded before the strike begins.”', 'Every ship that is already here will be unloaded before the strike begins.', 'Omar Haddad'],
    ['a post-posed attribution earlier in the paragraph', 'The crews would start from the north and work south, Haddad said. “We will map every berth in the harbour before winter.”', 'We will map every berth in the harbour before winter.', 'Omar Haddad'],
    ['the person who opens the previous paragraph is in focus before an older speaker', 'Brandt said the deal was “not worth the paper it is printed on.”\n\nHaddad, speaking at the harbour office, avoided ruling out new talks.\n\nWhen asked about the deal, he responded, “No, not this year at all.”', 'No, not this year at all.', 'Omar Haddad'],
  ])('%s', (_label, text, quote, speaker) => {
    expect(speakerOfQuote(text, quote)).toBe(speaker);
  });

  it('a sentence that reports a clause is not a post-posed attribution for the next quote', () => {
    const text = 'Ruiz said Brandt’s words attempt to rewrite history. She is again repeating slogans such as “the harbour belongs to the union alone” and worse.';
    expect(speakerOfQuote(text, 'the harbour belongs to the union alone')).not.toBe('Ana Ruiz');
  });

  it('a describing verb in the paragraph before does not introduce a quote', () => {
    const text = 'The union wants a new body called the Harbour Authority.\n\n“We urge every party to come to the table this week,” Haddad told the council after the vote.';
    expect(speakerOfQuote(text, 'We urge every party to come to the table this week,')).toBe('Omar Haddad');
  });
});

describe('speakers: a relative or associate named beside the speaker is not the speaker', () => {
  it.each([
    ['a possessive owner', 'Omar Haddad died on Monday.\n“He was a good man,” Haddad’s brother said.', 'He was a good man,', 'Haddad’s brother'],
    ['an "of" owner', 'Omar Haddad died on Monday.\n“He never gave up,” a friend of Haddad said.', 'He never gave up,', 'a friend of Haddad'],
    ['the named person with an associate appositive still speaks', 'Lena Brandt, a colleague of Haddad, said: “He built this union.”', 'He built this union.', 'Lena Brandt'],
    ['an office still speaks for its owner', '“The minister will not comment,” Ruiz’s office said.', 'The minister will not comment,', 'Ana Ruiz'],
  ])('%s', (_label, text, quote, speaker) => {
    expect(speakerOfQuote(text, quote)).toBe(speaker);
  });
});

describe('speakers: the previous quote as a candidate', () => {
  it('a pronoun right after a quote by a name the entity stage missed continues that name', () => {
    const text = 'Ambassador Omar Haddad spoke first.\n\n“The harbour is ours and will stay ours,” Kito Mbeki, a member of the delegation, told reporters.\n\n“It is a threat to the whole coast,” he said.';
    const { quotes } = quotesOf(text, [{ name: 'Omar Haddad', aliases: ['Haddad'], titles: ['Ambassador'] }]);
    expect(quotes.find((q) => q.text === 'It is a threat to the whole coast,')?.speaker).toMatchObject({ name: 'Kito Mbeki', method: 'pronoun' });
  });

  it('a role no entity carries goes to the previous speaker', () => {
    const text = '“The court must hear this case now,” Haddad said.\n\n“We were surprised when the ships arrived first, which worries everyone,” the union president said.';
    expect(speakerOfQuote(text, 'We were surprised when the ships arrived first, which worries everyone,')).toBe('Omar Haddad');
  });

  it('a role with no previous speaker stays a group phrase', () => {
    const text = 'The strike entered its third week.\n\n“We were surprised when the ships arrived first, which worries everyone,” the union president said.';
    expect(speakerOfQuote(text, 'We were surprised when the ships arrived first, which worries everyone,')).toBe('the union president');
  });

  it('a participle before the modifier’s noun: "the motion on the posted agenda"', () => {
    const text = 'The short motion on the posted agenda asked that members “accept the report of the transport committee in full.”';
    expect(speakerOfQuote(text, 'accept the report of the transport committee in full.')).toBe('The short motion');
  });
});

describe('speakers: quotes in a headline', () => {
  it.each([
    ['the entity before the quote', 'Norvania ‘deeply troubled’ by the harbour vote\n\nThe vote passed on Tuesday.', 'deeply troubled', 'Norvania'],
    ['the entity after the quote', '"Not a chance in the world" Haddad rejects the harbour deal\n\nThe deal was signed on Tuesday.', 'Not a chance in the world', 'Omar Haddad'],
    ['said again in the body by a named speaker', 'Harbour vote: ‘Our port is not for sale’\n\nThe vote passed on Tuesday. “Our port is not for sale to anyone,” Ruiz told reporters.', 'Our port is not for sale', 'Ana Ruiz'],
  ])('%s', (_label, text, quote, speaker) => {
    expect(speakerOfQuote(text, quote)).toBe(speaker);
  });

  it('a headline quote the body does not say again keeps no speaker', () => {
    const text = 'Harbour vote: ‘Our port will stay shut for good’\n\nThe vote passed on Tuesday. “We will keep the port open,” Ruiz said.';
    expect(speakerOfQuote(text, 'Our port will stay shut for good')).toBeNull();
  });

  it('a one-word or title-like quote in a headline is a label', () => {
    const text = 'Norvania ‘furious’ over the ‘Harbour Accord’ vote\n\nThe vote passed on Tuesday.';
    expect(direct(text)).toEqual([]);
  });
});

describe('speakers: coordinated and addressed', () => {
  it('coordinated speakers are given as the first one named', () => {
    const text = 'The foreign minister, Ana Ruiz, and the trade minister, Omar Haddad, said the port would “stay open to every ship that follows the rules”.';
    expect(speakerOfQuote(text, 'stay open to every ship that follows the rules')).toBe('Ana Ruiz');
  });

  it.each([
    ['before the quote', 'Ruiz told the Harbour Authority: “The port will reopen on time and on budget.”', 'The port will reopen on time and on budget.'],
    ['after the quote', '“The port will reopen on time and on budget,” Ruiz told the Harbour Authority.', 'The port will reopen on time and on budget,'],
  ])('"told X" makes X the hearer, not the speaker: %s', (_label, text, quote) => {
    expect(speakerOfQuote(text, quote)).toBe('Ana Ruiz');
  });
});

describe('speakers: documents and descriptions', () => {
  it.each([
    ['a document after its issuer entity', '“The port stays closed until further notice,” the Harbour Authority statement said.', 'The port stays closed until further notice,', 'Harbour Authority'],
    ['a document after a common-noun issuer', '“The port stays closed until further notice,” the ministry statement said.', 'The port stays closed until further notice,', 'the ministry'],
    ['a document with an adjective only stays the document', '“The port stays closed until further notice,” a joint statement said.', 'The port stays closed until further notice,', 'a joint statement'],
    ['an age description of a person already named', 'Lena Brandt, 73, arrived on Monday.\n“We will not be rushed into a bad deal,” the 73-year-old said.', 'We will not be rushed into a bad deal,', 'Lena Brandt'],
  ])('%s', (_label, text, quote, speaker) => {
    expect(speakerOfQuote(text, quote)).toBe(speaker);
  });
});

describe('speakers: a definite document speaks for the issuer named at its first mention', () => {
  it.each([
    ['issuer before the verb', 'The Harbour Authority issued a statement on Monday. “The port stays closed until further notice,” the statement said.', 'The port stays closed until further notice,', 'Harbour Authority'],
    ['said in a statement', 'Ruiz said in a statement that the port would close. “Nobody will be paid,” the statement read.', 'Nobody will be paid,', 'Ana Ruiz'],
    ['a plan proposed by a person', 'The council met to debate a plan proposed by Omar Haddad. According to the plan, ships would “pay a fee for every berth they use”.', 'pay a fee for every berth they use', 'Omar Haddad'],
    // the document's own mention names its issuer ("X issued a statement calling …", "handed him a note calling …")
    ['issued a statement calling', 'The Harbour Authority issued a statement calling the strike “a disgrace to the whole city.”', 'a disgrace to the whole city.', 'Harbour Authority'],
    ['handed him a protest note calling (a noun, not the verb "note")', 'The Harbour Authority summoned the envoy and handed him a protest note calling the blockade “an act of piracy.”', 'an act of piracy.', 'Harbour Authority'],
    ['handed him a note calling', 'The Harbour Authority summoned the envoy and handed him a note calling the blockade “an act of piracy.”', 'an act of piracy.', 'Harbour Authority'],
    ['a possessive with modifiers', 'Lena Brandt’s new five-point proposal was sent to the council. The proposal calls for “a ferry every hour, day and night”, it says.', 'a ferry every hour, day and night', 'Lena Brandt'],
  ])('%s', (_label, text, quote, speaker) => {
    expect(speakerOfQuote(text, quote)).toBe(speaker);
  });

  it.each([
    ['a document introduced with no issuer stays the document', 'A report found the port was unsafe. “The cranes are rusted through,” the report said.', 'The cranes are rusted through,', 'the report'],
    ['a different document is not the one meant', 'The Harbour Authority issued a statement on Monday. “The cranes are rusted through,” the report said.', 'The cranes are rusted through,', 'the report'],
  ])('near miss: %s', (_label, text, quote, speaker) => {
    expect(speakerOfQuote(text, quote)).toBe(speaker);
  });
});

describe('speakers: a parenthetical aside between the speaker and the cue', () => {
  it.each([
    ['after the quote', '“The port will reopen on time and on budget,” Ana Ruiz (D-Eastport) said on Monday.', 'The port will reopen on time and on budget,', 'Ana Ruiz'],
    ['before the quote, after an appositive', 'The head of the Fleet Union, Omar Haddad (a former docker) on Monday said the port was “a disgrace to the whole city”.', 'a disgrace to the whole city', 'Omar Haddad'],
    ['an acronym and an appositive after the quote', '“We will not be rushed into a bad deal,” the Harbour Authority (HA), the port’s owner, said.', 'We will not be rushed into a bad deal,', 'Harbour Authority'],
  ])('%s', (_label, text, quote, speaker) => {
    expect(speakerOfQuote(text, quote)).toBe(speaker);
  });

  it('near miss: a person named only inside the aside is not the speaker', () => {
    const text = 'The union (led by Omar Haddad) said the port was “a disgrace to the whole city”.';
    expect(speakerOfQuote(text, 'a disgrace to the whole city')).toBe('The union');
  });
});

describe('speakers: the agent of a participle after an absolute "with"', () => {
  it('", with X calling for …" is X’s call, not the sentence subject’s', () => {
    const text = 'Norvania hit back, with its embassy on Monday calling for “an end to the blockade of every harbour”.';
    expect(speakerOfQuote(text, 'an end to the blockade of every harbour')).toBe('its embassy');
  });

  it('near miss: "with" inside an object phrase before a comma leaves the subject the speaker', () => {
    const text = 'Ruiz opened the session with a speech, calling for “an end to the blockade of every harbour”.';
    expect(speakerOfQuote(text, 'an end to the blockade of every harbour')).toBe('Ana Ruiz');
  });
});

describe('speakers: cues matched by lemma, every inflection', () => {
  it.each([
    ['blamed', 'Ruiz blamed “the shipping lobby and its friends” for the delay.', 'the shipping lobby and its friends', 'Ana Ruiz'],
    ['indicating', 'The Harbour Authority raised the alert, indicating “severe regional flooding”.', 'severe regional flooding', 'Harbour Authority'],
    ['pointing out', 'Haddad spoke for an hour, pointing out that “nobody has been paid since March”.', 'nobody has been paid since March', 'Omar Haddad'],
    ['criticises', 'Brandt criticises the “reckless and costly” toll in her column.', 'reckless and costly', 'Lena Brandt'],
  ])('%s', (_label, text, quote, speaker) => {
    expect(speakerOfQuote(text, quote)).toBe(speaker);
  });

  it('near miss: a cue word after a determiner is a noun, not a cue ("the demands")', () => {
    const text = 'The demands “were read out at noon” by a clerk.';
    expect(direct(text).map((q) => q.speaker?.name ?? null)).toEqual([null]);
  });
});

describe('speakers: a participle after a subordinate clause', () => {
  it('with no named main-clause subject, the named subject of the subordinate clause', () => {
    const text = 'That was two days after the Harbour Authority raised the alert to its highest level, indicating “severe regional flooding”.';
    expect(speakerOfQuote(text, 'severe regional flooding')).toBe('Harbour Authority');
  });

  it('near miss: a named main-clause subject stays the agent', () => {
    const text = 'Ruiz spoke two days after the Harbour Authority raised the alert, calling it “severe regional flooding”.';
    expect(speakerOfQuote(text, 'severe regional flooding')).toBe('Ana Ruiz');
  });
});

describe('speakers: anonymous groups with a modifier after the head', () => {
  it.each([
    ['familiar with', 'The port will close, according to two diplomats familiar with the matter.', 'The port will close', 'two diplomats'],
    ['close to, with a head the tagger reads as a verb', 'According to people close to the talks, the port will close.', 'the port will close', 'people'],
    ['of after a noun for people', 'Residents of Norvania said the shelling continued overnight.', 'the shelling continued overnight', 'Residents'],
    ['in after a noun for people', 'Officials in Norvania said the talks had failed.', 'the talks had failed', 'Officials'],
  ])('%s', (_label, text, clause, speaker) => {
    const q = quotesOf(text, CAST).quotes.find((x) => x.kind === 'indirect' && x.text === clause);
    expect(q?.speaker?.name).toBe(speaker);
  });

  it('near miss: "the government of X" still speaks as X', () => {
    const q = quotesOf('The government of Norvania said the talks had failed.', CAST).quotes.find((x) => x.kind === 'indirect');
    expect(q?.speaker?.name).toBe('Norvania');
  });

  it('near miss: a named body after the modifier is not the speaker', () => {
    const q = quotesOf('According to people close to the Harbour Authority, the port will close.', CAST).quotes.find((x) => x.kind === 'indirect');
    expect(q?.speaker?.name).toBe('people');
  });
});

describe('speakers: a relative clause between a common-noun subject and its cue', () => {
  it('"The company, which employs 400 people, said" speaks as the company', () => {
    const text = 'The company, which employs 400 people, said in a filing that it “expects losses to widen.”';
    expect(speakerOfQuote(text, 'expects losses to widen.')).toBe('The company');
  });

  it('"A port official, speaking on condition of anonymity, said" speaks as the official, not as the clause after the cue', () => {
    const q = quotesOf('A port official, speaking on condition of anonymity, said no further sailings were scheduled.', CAST).quotes.find((x) => x.kind === 'indirect');
    expect(q?.speaker?.name).toBe('A port official');
  });

  it('"The Norland Harbour Board (NHB), which …, said" speaks as the board, not as a place inside the clause', () => {
    const q = quotesOf('The Norland Harbour Board (NHB), which has run the port in Kessel since 1990, said it would review the fees.', [...CAST, { name: 'Norland Harbour Board', type: 'ORG', aliases: ['NHB'] }]).quotes.find((x) => x.kind === 'indirect');
    expect(q?.speaker?.name).toBe('Norland Harbour Board');
  });

  it('"X summoned the envoy and, in a statement, condemned Y as “…”" speaks as X, not as the object', () => {
    const q = quotesOf('Norvania summoned the envoy on Thursday and, in a statement, condemned the strikes as “a flagrant violation of our sovereignty.”', CAST).quotes.find((x) => x.kind === 'direct');
    expect(q?.speaker?.name).toBe('Norvania');
  });

  it('"the regional bloc said" after a union of states speaks as that union', () => {
    const cast = [...CAST, { name: 'Economic Community of West African States', type: 'ORG' as const, aliases: ['ECOWAS'] }];
    const q = quotesOf('The Economic Community of West African States called for calm. In a statement, the regional bloc said the talks would go on.', cast).quotes.find((x) => x.kind === 'indirect');
    expect(q?.speaker?.name).toBe('Economic Community of West African States');
  });

  it('"A diplomatic source in Kessel, speaking on condition of anonymity, said" speaks as the source, not the place', () => {
    const q = quotesOf('A diplomatic source in Kessel, speaking on condition of anonymity, said the troops could be gone by Christmas.', CAST).quotes.find((x) => x.kind === 'indirect');
    expect(q?.speaker?.name).toBe('A diplomatic source');
  });

  it('near miss: the relative clause of a clause subject is not a speaker', () => {
    const q = quotesOf('The port, which opened in 1990, was closed, the union said.', CAST).quotes.find((x) => x.kind === 'indirect');
    expect(q?.speaker?.name).toBe('the union');
  });
});

describe('speakers: a quote no cue attributes, as a reader takes it', () => {
  it.each([
    ['the person its own sentence names as its subject', 'The council met late.\nRuiz is again pushing the line that “the port belongs to the people who work in it”.', 'the port belongs to the people who work in it', 'Ana Ruiz'],
    ['the previous quote’s speaker, a paragraph on', '“We will not reopen the port this year,” Haddad said.\nThe council met on Tuesday.\n“Nobody has asked us what the port needs.”', 'Nobody has asked us what the port needs.', 'Omar Haddad'],
  ])('%s', (_label, text, quote, speaker) => {
    expect(speakerOfQuote(text, quote)).toBe(speaker);
  });

  it('the fallback is an even chance, not a certainty', () => {
    const text = '“We will not reopen the port this year,” Haddad said.\nThe council met on Tuesday.\n“Nobody has asked us what the port needs.”';
    const q = direct(text).find((x) => x.text.startsWith('Nobody'));
    expect(q?.speaker?.confidence).toBe(0.5);
  });

  it('near miss: a short quote with no cue stays a scare quote, not a fallback quote', () => {
    const text = '“We will not reopen the port this year,” Haddad said.\nThe council passed the so-called “harbour tax” on Monday.';
    expect(direct(text).map((q) => q.text)).toEqual(['We will not reopen the port this year,']);
  });

  it('near miss: no earlier speaker within two paragraphs leaves the quote unattributed', () => {
    const text = '“We will not reopen the port this year,” Haddad said.\nOne.\nTwo.\nThree.\n“Nobody has asked us what the port needs.”';
    expect(speakerOfQuote(text, 'Nobody has asked us what the port needs.')).toBeNull();
  });
});

describe('speakers: a demonym owns a reporting noun', () => {
  it.each([
    ['rhetoric about a quoted phrase', 'Ruiz described recent Norvanian rhetoric about “protecting the fishermen” as a cover for the blockade.', 'protecting the fishermen', 'Norvania'],
    ['claims that', 'Ruiz rejected Norvanian claims that “the port was never closed to anyone”.', 'the port was never closed to anyone', 'Norvania'],
  ])('%s', (_label, text, quote, speaker) => {
    expect(speakerOfQuote(text, quote)).toBe(speaker);
  });

  it('near miss: a demonym inside a longer name before the noun is not the owner', () => {
    const text = 'The Norvanian Harbour Authority rhetoric was loud. Ruiz said: “The port was never closed to anyone.”';
    expect(speakerOfQuote(text, 'The port was never closed to anyone.')).toBe('Ana Ruiz');
  });
});

describe('speakers: a role-of phrase with a body named in apposition', () => {
  it.each([
    ['the role holder named in the next sentence', 'The president of the opposition party, the Fleet Union, said the toll was “illegal and unfair”.\nOmar Haddad said that the council should have been told.', 'illegal and unfair', 'Omar Haddad'],
    ['with an acronym aside and a date', 'The president of the main opposition party in Eastport, the Fleet Union (FU) on Monday said the toll was “illegal and unfair”.\nOmar Haddad said that the council should have been told.', 'illegal and unfair', 'Omar Haddad'],
  ])('%s', (_label, text, quote, speaker) => {
    expect(speakerOfQuote(text, quote)).toBe(speaker);
  });

  it('near miss: a body named in apposition to a plain noun speaks as itself', () => {
    const text = 'The opposition party, the Fleet Union, said the toll was “illegal and unfair”.';
    expect(speakerOfQuote(text, 'illegal and unfair')).toBe('Fleet Union');
  });
});

describe('speakers: an age between commas after the quote', () => {
  it.each([
    ['surname, age, cue', '“I never wanted any of this,” Brandt, 54, said in an interview.', 'I never wanted any of this,', 'Lena Brandt'],
    ['full name, age, cue with an adjunct', '“The docks were empty by noon,” Omar Haddad, 61, told the council on Friday.', 'The docks were empty by noon,', 'Omar Haddad'],
  ])('%s', (_label, text, quote, speaker) => {
    expect(speakerOfQuote(text, quote)).toBe(speaker);
  });

  it('a number that is not an appositive does not open a speaker phrase', () => {
    const { quotes } = quotesOf('“The docks were empty by noon,” Brandt, 54 people and the council said.', CAST);
    expect(quotes.find((q) => q.kind === 'direct')?.speaker?.name ?? null).not.toBe('Lena Brandt');
  });
});

describe('speakers: a role or a body a place owns is not the place', () => {
  it.each([
    ['an unnamed minister stays a phrase', '“We reject the ruling,” Norvania’s foreign minister said.', 'We reject the ruling,', 'Norvania’s foreign minister'],
    ['a ministry that is not an entity stays a phrase', '“We reject the ruling,” Norvania’s foreign ministry said on Monday.', 'We reject the ruling,', 'Norvania’s foreign ministry'],
    ['the minister named earlier', 'Minister Ana Ruiz flew in on Sunday.\n“We reject the ruling,” Norvania’s foreign minister said.', 'We reject the ruling,', 'Ana Ruiz'],
    ['a headline role, the holder named below', 'Norvania’s minister says “the ruling is void”\nMinister Ana Ruiz said on Monday that the court had overstepped.', 'the ruling is void', 'Ana Ruiz'],
  ])('%s', (_label, text, quote, speaker) => {
    expect(speakerOfQuote(text, quote)).toBe(speaker);
  });

  it('the place itself, or its spokesperson, still speaks as the place', () => {
    expect(speakerOfQuote('“We reject the ruling,” Norvania said in a note to the court.', 'We reject the ruling,')).toBe('Norvania');
    expect(speakerOfQuote('“We reject the ruling,” the Harbour Authority’s spokesman said.', 'We reject the ruling,')).toBe('Harbour Authority');
  });
});

describe('speakers: a document never introduced is what the source of the sentence before put out', () => {
  it.each([
    ['according to a spokesperson, then the statement', 'The talks ran late on Monday.\nAccording to Harbour Authority spokesperson Ana Ruiz, the minister stressed that the port would stay open.\n“No closure of any berth is planned this year,” the statement read.', 'No closure of any berth is planned this year,', 'Ana Ruiz'],
    ['a speech verb opening the sentence before', 'Omar Haddad said the port would stay open.\n“No closure of any berth is planned this year,” the statement said.', 'No closure of any berth is planned this year,', 'Omar Haddad'],
  ])('%s', (_label, text, quote, speaker) => {
    expect(speakerOfQuote(text, quote)).toBe(speaker);
  });

  it.each([
    ['the source two sentences back', 'According to Ana Ruiz, the minister stressed that the port would stay open. The meeting ran late.\n“No closure of any berth is planned this year,” the statement read.', 'No closure of any berth is planned this year,', 'the statement'],
    ['a sentence before with no source', 'The minister stressed that the port would stay open.\n“No closure of any berth is planned this year,” the statement read.', 'No closure of any berth is planned this year,', 'the statement'],
  ])('near miss: %s', (_label, text, quote, speaker) => {
    expect(speakerOfQuote(text, quote)).toBe(speaker);
  });
});

describe('speakers: a quote run over paragraphs takes the speaker its last paragraph names', () => {
  it('an unclosed paragraph continued by an attributed one', () => {
    const text = 'Minister Ana Ruiz spoke to the council on Tuesday.\n\n“We will not close the port. The berths are safe and the cranes are sound.\n\n“Every ship will be unloaded on time,” she added.';
    expect(speakerOfQuote(text, 'We will not close the port. The berths are safe and the cranes are sound.')).toBe('Ana Ruiz');
  });

  it('near miss: a closed quote in the paragraph before keeps its own (missing) speaker', () => {
    const text = 'The council met on Tuesday.\n\n“We will not close the port. The berths are safe and the cranes are sound.”\n\n“Every ship will be unloaded on time,” Ruiz added.';
    expect(speakerOfQuote(text, 'We will not close the port. The berths are safe and the cranes are sound.')).toBeNull();
  });
});

describe('speakers: a cue-less quote after a sentence that introduces its speaker', () => {
  it.each([
    ['the paragraph before ends with the person as subject', 'Minister Ana Ruiz was defiant on Tuesday.\n\n“We will not close the port, and nobody in the council can make us.”', 'We will not close the port, and nobody in the council can make us.', 'Ana Ruiz'],
    ['the sentence before, with an appositive', 'Omar Haddad, the harbour master, did not mince his words. “We will not close the port, and nobody in the council can make us.”', 'We will not close the port, and nobody in the council can make us.', 'Omar Haddad'],
    ['after an opening phrase', 'In her speech, Brandt struck a defiant tone. “We will not close the port, and nobody in the council can make us.”', 'We will not close the port, and nobody in the council can make us.', 'Lena Brandt'],
  ])('%s', (_label, text, quote, speaker) => {
    expect(speakerOfQuote(text, quote)).toBe(speaker);
  });

  it.each([
    ['a sentence before whose subject is not a person', 'The port was quiet on Tuesday as Ruiz arrived.\n\n“We will not close the port, and nobody in the council can make us.”', 'We will not close the port, and nobody in the council can make us.'],
    ['a quote inside its sentence, not a sentence of its own', 'Ruiz was defiant. The crowd chanted “we will not close the port, and nobody can make us” for an hour.', 'we will not close the port, and nobody can make us'],
  ])('near miss: %s', (_label, text, quote) => {
    expect(speakerOfQuote(text, quote)).not.toBe('Ana Ruiz');
  });
});

describe('speakers: an abbreviation closing a parenthetical aside does not end the sentence', () => {
  it.each([
    ['before the quote', 'Lena Brandt (D-Wash.) said: “This harbour bill is a disaster for the town.”', 'This harbour bill is a disaster for the town.', 'Lena Brandt'],
    ['after the quote', '“This harbour bill is a disaster for the town,” Lena Brandt (D-Wash.) said.', 'This harbour bill is a disaster for the town,', 'Lena Brandt'],
  ])('%s', (_label, text, quote, speaker) => {
    expect(speakerOfQuote(text, quote)).toBe(speaker);
  });

  it('near miss: a full stop after the aside still ends the sentence', () => {
    expect(speakerOfQuote('Lena Brandt spoke (briefly). “This harbour bill is a disaster for the town.”', 'This harbour bill is a disaster for the town.')).not.toBe('Omar Haddad');
    const { doc, quotes } = quotesOf('Lena Brandt left (D-Wash.). “This harbour bill is a disaster for the town,” Haddad said.', CAST);
    expect(doc.text.length).toBeGreaterThan(0);
    expect(quotes.find((q) => q.kind === 'direct')?.speaker?.name).toBe('Omar Haddad');
  });
});

describe('speakers: a definite member of a party or nationality describes the person named before', () => {
  const PARTY: EntitySpec[] = [...CAST, { name: 'Democrat', type: 'NORP' }, { name: 'Democrats', type: 'NORP' }];
  const speakerWith = (text: string, quote: string): string | null =>
    quotesOf(text, PARTY).quotes.find((q) => q.kind === 'direct' && q.text === quote)?.speaker?.name ?? null;

  it.each([
    ['a place before the member noun', '“We need a new harbour,” Brandt said. “And we need it this year,” the Eastport Democrat added.', 'And we need it this year,', 'Lena Brandt'],
    ['a bare member noun', '“We need a new harbour,” Haddad said. “And we need it this year,” the Democrat added.', 'And we need it this year,', 'Omar Haddad'],
  ])('%s', (_label, text, quote, speaker) => {
    expect(speakerWith(text, quote)).toBe(speaker);
  });

  it('near miss: the plural is the group, not the person', () => {
    expect(speakerWith('“We need a new harbour,” Brandt said. “And we need it this year,” the Democrats said.', 'And we need it this year,')).toBe('Democrats');
  });
});

describe('speakers: manner-of-speaking verbs next to a quote', () => {
  it.each([
    ['continued', '“The port will reopen next week,” Brandt continued.', 'The port will reopen next week,', 'Lena Brandt'],
    ['went on', '“The port will reopen next week,” Haddad went on.', 'The port will reopen next week,', 'Omar Haddad'],
    ['shot back', '“The port will reopen next week,” Ruiz shot back on Tuesday.', 'The port will reopen next week,', 'Ana Ruiz'],
    ['quipped, inverted', '“The port will reopen next week,” quipped Lena Brandt.', 'The port will reopen next week,', 'Lena Brandt'],
    ['shouted before a colon', 'Haddad shouted: “Get out of the harbour, all of you, right now!”', 'Get out of the harbour, all of you, right now!', 'Omar Haddad'],
  ])('%s', (_label, text, quote, speaker) => {
    expect(speakerOfQuote(text, quote)).toBe(speaker);
  });

  it('near miss: a manner verb far from a short quote does not make it a quote', () => {
    const { quotes } = quotesOf('Brandt laughed off questions from the press about the so-called “harbour plan”.', CAST);
    expect(quotes.filter((q) => q.kind === 'direct')).toEqual([]);
  });

  it('near miss: a manner verb opening a sentence of its own after the quote is not its cue', () => {
    const text = 'Ruiz spoke first. “Get out of the harbour, all of you, right now!” Haddad laughed at the idea of a deal with the council and left.';
    expect(speakerOfQuote(text, 'Get out of the harbour, all of you, right now!')).not.toBe('Omar Haddad');
  });
});

describe('speakers: "made clear" reports speech', () => {
  it('made clear that, with a partial quote', () => {
    expect(speakerOfQuote('Norvania made clear on Monday that the long negotiation “is not resolved yet”.', 'is not resolved yet')).toBe('Norvania');
  });
  it('an indirect clause after "made it clear"', () => {
    const { quotes } = quotesOf('Ana Ruiz made it clear that the port would stay open all winter.', CAST);
    expect(quotes.find((q) => q.kind === 'indirect')?.text).toBe('the port would stay open all winter');
  });
});

describe('speakers: a cue-less quote after reported speech takes the reported speaker', () => {
  it.each([
    ['the paragraph before reports the speaker in its first sentence', 'Ruiz said the port would stay open through the winter, despite the storms. Shipping firms have welcomed the move.\n\n“We will not close the port. The berths are safe and the cranes are sound.”', 'We will not close the port. The berths are safe and the cranes are sound.', 'Ana Ruiz'],
    ['an opening participle phrase before the subject', 'Asked about the closure, Ana Ruiz was blunt: “We will not close the port this winter.”', 'We will not close the port this winter.', 'Ana Ruiz'],
  ])('%s', (_label, text, quote, speaker) => {
    expect(speakerOfQuote(text, quote)).toBe(speaker);
  });

  it('near miss: a quote after the report keeps the later direct speaker', () => {
    const text = 'Ruiz said the port would stay open.\n\n“The cranes are sound,” Haddad said.\n\n“We will not close the port. The berths are safe and the cranes are sound.”';
    expect(speakerOfQuote(text, 'We will not close the port. The berths are safe and the cranes are sound.')).toBe('Omar Haddad');
  });
});

describe('speakers: bodies and roles with an owner or a modifier', () => {
  const BODIES: EntitySpec[] = [...CAST, { name: 'Marine Ministry', type: 'ORG' }];
  const speakerWith = (text: string, quote: string): string | null =>
    quotesOf(text, BODIES).quotes.find((q) => q.kind === 'direct' && q.text === quote)?.speaker?.name ?? null;

  it.each([
    ['a named body owned by a country speaks as itself', '“We oppose the new tariffs,” Norvania’s Marine Ministry said.', 'We oppose the new tariffs,', 'Marine Ministry'],
    ['the name after a role and its modifier', '“We oppose the new tariffs,” said the spokesman for the port board, Omar Haddad.', 'We oppose the new tariffs,', 'Omar Haddad'],
    ['a military the tagger reads as an adjective', '“We oppose the new tariffs,” the Norvanian military said.', 'We oppose the new tariffs,', 'the Norvanian military'],
  ])('%s', (_label, text, quote, speaker) => {
    expect(speakerWith(text, quote)).toBe(speaker);
  });

  it('near miss: a country alone still speaks as the country', () => {
    expect(speakerWith('“We oppose the new tariffs,” Norvania said on Monday.', 'We oppose the new tariffs,')).toBe('Norvania');
  });
});

describe('speakers: a cue-less quote continues the previous speaker across background paragraphs', () => {
  const QUOTE = 'We will not close the port this winter, whatever the council decides.';
  it('two paragraphs of background between the quotes', () => {
    const text = `“The cranes are sound,” Haddad said.\n\nThe port has been open since 1920.\n\nIts berths were rebuilt in 2004.\n\n“${QUOTE}”`;
    expect(speakerOfQuote(text, QUOTE)).toBe('Omar Haddad');
  });
  it('near miss: three paragraphs of background are too far', () => {
    const text = `“The cranes are sound,” Haddad said.\n\nThe port has been open since 1920.\n\nIts berths were rebuilt in 2004.\n\nThe ferries stopped in May.\n\n“${QUOTE}”`;
    expect(speakerOfQuote(text, QUOTE)).toBeNull();
  });
});

describe('speakers: quoted words inside reported speech', () => {
  it('a quote inside an indirect clause is the clause speaker\'s, not a name further off', () => {
    const text = 'Omar Haddad met the council on Monday. Ana Ruiz said the port would stay “closed until further notice” and that talks had failed.';
    expect(speakerOfQuote(text, 'closed until further notice')).toBe('Ana Ruiz');
  });
});

describe('speakers: pronouns the text has gendered', () => {
  it('"she" after a quote of someone the text called "he" is not that man, whatever the names say', () => {
    // names no first-name list genders, so only the text's own "he" can tell
    const text = 'Vesko Taru told the council the port would stay shut. “We will wait,” he said. “The port is ours.”\n\nNuri Halmet rejected that. “Every base starts small,” she said.';
    const { quotes } = quotesOf(text, [{ name: 'Vesko Taru', aliases: ['Taru'] }, { name: 'Nuri Halmet', aliases: ['Halmet'] }]);
    expect(quotes.find((q) => q.text === 'Every base starts small,')?.speaker?.name).toBe('Nuri Halmet');
  });
});

describe('speakers: quoted words inside a reported clause are the clause speaker’s', () => {
  it.each([
    ['a noun cue inside the clause does not take them', 'Haddad warned that Ruiz’s remarks risked “dragging Eastport into a war.”', 'dragging Eastport into a war.', 'Omar Haddad'],
    ['nor a verb of feeling inside it', 'Brandt said the harbour felt “like a front line again.”', 'like a front line again.', 'Lena Brandt'],
    ['nor a speaker after the clause', 'Brandt said that the ban had “outlived its purpose.” Haddad said in May that it was fine.', 'outlived its purpose.', 'Lena Brandt'],
    ['"her daughter" is the person introduced with that description', 'Her daughter, Lena Brandt, said the harbour was calm.\n\n“She wanted to see the boats,” her daughter said.', 'She wanted to see the boats,', 'Lena Brandt'],
    ['"the regulator" is the organisation named just before', 'Tarvik found a breach. The Harbour Authority said it was asking questions. A statement from the regulator said: “We will look closely.”', 'We will look closely.', 'Harbour Authority'],
    ['"the company" skips a public body that spoke in between', 'Brellan Foods found a breach. The Harbour Authority said it was asking questions. The company said the data was “never at risk”.', 'never at risk', 'Brellan Foods'],
    ['a question mark ends the quote, not the sentence, before "said X"', '“We stay. Why would we go?” said Lena Brandt, a pharmacist.', 'We stay. Why would we go?', 'Lena Brandt'],
    ['a comment after a dash is not the speaker', 'The Fleet Union said it “welcomes the new levy” — a position critics described as cynical.', 'welcomes the new levy', 'Fleet Union'],
    ['a speech verb inside the clause keeps its own subject', 'Brandt said that Haddad had called the ban “a disgrace”.', 'a disgrace', 'Omar Haddad'],
    ['the report\'s next "that" clause is the reporter\'s source\'s, past a verb of asking in the first', 'Brandt said Haddad had asked for help after the storm and that a new pier “would keep the boats safe.”', 'would keep the boats safe.', 'Lena Brandt'],
  ])('%s', (_label, text, quote, speaker) => {
    expect(speakerOfQuote(text, quote)).toBe(speaker);
  });
});

describe('speakers: a pronoun takes the subject named after the last speaker', () => {
  it.each([
    ['the subject named after a possessive opening', 'Haddad said the plan was fair.\n\nNorvania’s envoy to the court, Lena Brandt, rejected the idea. “The plan is unfair,” she told the court.', 'The plan is unfair,', 'Lena Brandt'],
    ['"he asked" after a subject who said nothing yet', 'Haddad warned that the ban would fail.\n\nRuiz, a retired judge, disagreed. “Does anyone believe the ban will last?” she asked.', 'Does anyone believe the ban will last?', 'Ana Ruiz'],
  ])('%s', (_label, text, quote, speaker) => {
    expect(speakerOfQuote(text, quote)).toBe(speaker);
  });
});

describe('speakers: places coordinated after a group noun', () => {
  it('"critics in X and Y" are the critics, not the second place', () => {
    const { quotes } = quotesOf('Critics in Eastport and Kessel warn that the levy will fail.', CAST);
    expect(quotes.find((q) => q.kind === 'indirect')?.speaker?.name).toBe('Critics');
  });
});

describe('speakers: a group before "of" speaks, not what it is of', () => {
  it.each([
    ['critics of a bill', 'Critics of the bill say the levy will fail.', 'Critics'],
    ['a sentence-opening plural the tagger calls a name', 'Supporters of the deal say the port is too small.', 'Supporters'],
    ['residents of a place', 'Residents of Eastport told reporters that the levy would fail.', 'Residents'],
    ['with a modifier', 'Many opponents of the levy said it would fail.', 'Many opponents'],
  ])('%s', (_label, text, speaker) => {
    const { quotes } = quotesOf(text, CAST);
    expect(quotes.find((q) => q.kind === 'indirect')?.speaker?.name).toBe(speaker);
  });
});

describe('speakers: an unnamed official named in the next sentence', () => {
  it.each([
    ['"The remarks by X" after "a senior official told …"', 'Norland summoned the envoy after a senior Sudrian official told a forum that the islands would “end up under our flag.” The remarks by Omar Haddad, the deputy minister, were made on Wednesday.', 'end up under our flag.', 'Omar Haddad'],
    ['"X\'s comments" after "an official said"', 'An official said the port “will close for good.” Omar Haddad’s comments drew protests.', 'will close for good.', 'Omar Haddad'],
    ['the next person quoted, whose appositive repeats the description', 'The port “will close for good,” a Norvanian diplomat said on Friday.\n\n“We have no choice,” Omar Haddad, a member of the Norvanian delegation, told reporters.', 'will close for good,', 'Omar Haddad'],
  ])('%s', (_label, text, quote, speaker) => {
    expect(speakerOfQuote(text, quote)).toBe(speaker);
  });

  it('near miss: the next person quoted with an appositive that shares no word is someone else', () => {
    const text = 'The port “will close for good,” a Norvanian diplomat said on Friday.\n\n“We have no choice,” Omar Haddad, the harbour chief, told reporters.';
    expect(speakerOfQuote(text, 'will close for good,')).not.toBe('Omar Haddad');
  });

  it('near miss: a name after the quote with no saying noun is not the speaker', () => {
    const text = 'A senior official told a forum that the islands would “end up under our flag.” Omar Haddad, the deputy minister, arrived on Wednesday.';
    expect(speakerOfQuote(text, 'end up under our flag.')).not.toBe('Omar Haddad');
  });
});

describe('speakers: offices of a role, and the source named after "according to"', () => {
  it('"the ambassador\'s office said" speaks as the ambassador', () => {
    const text = 'Ambassador Omar Haddad defended the plan. The ambassador’s office said he would “listen carefully” to the critics.';
    expect(speakerOfQuote(text, 'listen carefully')).toBe('Omar Haddad');
  });

  it('"she said" after "According to X, a researcher, …" is X, not the speaker before', () => {
    const text = '“We heard the explosions,” Mira Kolen said by telephone.\n\nAccording to Ana Ruiz, a researcher at the institute, the strikes put the council in a bind.\n\n“The council has to protest,” she said.';
    expect(speakerOfQuote(text, 'The council has to protest,')).toBe('Ana Ruiz');
  });

  it('a name before a title and a person\'s name modifies the title: "she" is the person', () => {
    const cast: EntitySpec[] = [...CAST, { name: 'Harlow Tide', aliases: ['Harlow'] }];
    const text = 'Harlow Tide lost again. Harlow coach Lena Brandt was less happy. “We gave the game away,” she said.';
    const q = quotesOf(text, cast).quotes.find((x) => x.kind === 'direct');
    expect(q?.speaker?.name).toBe('Lena Brandt');
  });

  it('the clause after "According to X, an appositive," starts after the appositive', () => {
    const q = quotesOf('According to Ana Ruiz, a researcher at the institute, the strikes put the council in a bind.', CAST).quotes.find((x) => x.kind === 'indirect');
    expect(q?.text).toBe('the strikes put the council in a bind');
  });
});
