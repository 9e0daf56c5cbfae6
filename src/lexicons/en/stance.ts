/**
 * Stance cues: words and phrases that show what their holder thinks of the
 * thing in their scope, as typed data with stable ids.
 *
 * Forms use the phrase syntax of stance targets (lower case, a trailing `*`
 * matches any ending, see src/stages/stances/target.ts).
 * - `object`: polarity toward a target term after the cue, in its object or
 *   complement ("rejected [an offer to send troops]": -1; "offer [to send troops]": +1).
 * - `subject`: polarity toward a target term before the cue, its subject
 *   ("[sovereignty] is non-negotiable": +1; "[the strikes] constitute a violation": -1).
 * - `reach`: for adjectives used attributively, how many tokens may sit
 *   between the cue and the term it governs ("unacceptable pressure": 0).
 * - `evaluative`: a judgement the article's own voice can hold (`@author`).
 * - `weight`: how much the cue counts in aggregation (default 1).
 * A cue with neither polarity shadows a longer or more specific reading
 * ("with respect to" is not "respect").
 */
export type Polarity = 1 | -1;

export interface StanceCue {
  readonly id: string;
  readonly forms: readonly string[];
  readonly object?: Polarity;
  readonly subject?: Polarity;
  readonly reach?: number;
  readonly evaluative?: boolean;
  readonly weight?: number;
  /** A noun whose owner ("X's offer", "the offer from X") holds its stance. */
  readonly noun?: boolean;
  /**
   * A judgement of its subject's act ("[the drills] violate [sovereignty]"):
   * as the outermost cue its holder is whoever asserts it (the quote's
   * speaker), who defends what is violated; inside a chain ("accused X of
   * violating …") it is the act of the one accused.
   */
  readonly asserted?: boolean;
  /**
   * Counts only when another cue governs it: "demanded that Norland withdraw its
   * troops" is against them, while "Norland will withdraw its troops" is news
   * about its own forces, not a stance.
   */
  readonly governed?: boolean;
  /**
   * Reports its holder's own plan ("announced", "unveiled"): a `governed` cue
   * under it is still news, not a stance ("announced that Norland would
   * withdraw its troops"), while a term under it is backed ("announced strikes").
   */
  readonly reports?: boolean;
  /**
   * Counts only with a complement after the term it governs: "asked the
   * peacekeepers [to leave]", "told the troops [to go home]"; "asked about the
   * troops" is no stance.
   */
  readonly complement?: boolean;
  /**
   * A request, offer or proposal: negated as the outermost cue it says nothing
   * ("did not call for strikes", "has not offered troops" deny the act, they do
   * not reject what it names), while a negated "want" or "support" is against.
   */
  readonly request?: boolean;
  /**
   * A name given to its subject ("an occupation"): counts only where the phrase names something, after a copula or
   * "as" or "to" ("is an occupation", "described as an occupation", "amounts to an occupation") or after the object
   * of a naming call ("called the base an occupation"), not as the object of any verb ("feared an invasion").
   */
  readonly naming?: boolean;
  /** Polarity toward one target's terms that differs from `object`: "threatened [sovereignty]" is against it, "threatened [airstrikes]" for them. */
  readonly objectFor?: Readonly<Record<string, Polarity>>;
}

const against = (id: string, forms: readonly string[], extra: Partial<StanceCue> = {}): StanceCue => ({ id: `against.${id}`, forms, object: -1, ...extra });
const favor = (id: string, forms: readonly string[], extra: Partial<StanceCue> = {}): StanceCue => ({ id: `favor.${id}`, forms, object: 1, ...extra });

export const STANCE_CUES: readonly StanceCue[] = [
  // rejecting, refusing, opposing
  // "Baghdad's protest over the shelling": the noun, whose owner holds it
  against('protest-over', ['protest over', 'protests over'], { noun: true, reach: 3 }),
  against('reject', ['reject', 'rejects', 'rejected', 'rejecting', '~rebuff', '~renounce', '~forswear']),
  // "would not take lessons on sovereignty from anyone": refusing a lecture on it holds to it as one's own
  favor('no-lessons', ['not take lessons on', "n't take lessons on", 'take no lessons on', 'not accept lessons on', 'not need lessons on', "n't need lessons on", 'need no lessons on', 'not be lectured on', 'refuse to be lectured on']),
  against('rejection', ['rejection of', 'rejections of'], { noun: true }),
  against('refuse', ['refuse', 'refuses', 'refused', 'refusing']),
  // the nouns of the verbs around them, whose owner holds them: "Portugal's refusal to let US tankers use the base"
  against('refusal', ['refusal of', 'refusal to'], { noun: true }),
  against('turn-down', ['turn down', 'turns down', 'turned down', 'turning down', 'turn it down', 'turned it down', 'turns it down', 'turning it down']),
  against('decline', ['decline', 'declines', 'declined', 'declining to']),
  against('oppose', ['oppose', 'opposes', 'opposed', 'opposing']),
  against('opposition', ['opposition to'], { noun: true }),
  against('condemn', ['condemn', 'condemns', 'condemned', 'condemning']),
  against('condemnation', ['condemnation of'], { noun: true }),
  against('denounce', ['denounce', 'denounces', 'denounced', 'denouncing']),
  against('denunciation', ['denunciation of'], { noun: true }),
  // "called the arrangement a back door for foreign bases", "a Trojan horse for foreign troops": a way in for what it names, blamed
  against('back-door', ['a back door for', 'a backdoor for', 'a back door to', 'a backdoor to', 'a trojan horse for', 'a trojan horse to', 'a foot in the door for'], { evaluative: true }),
  against('warn-against', ['warn against', 'warns against', 'warned against', 'warning against', 'warnings against', '~caution against', 'cautioned against', 'cautioning against']),
  // "warned Norland against sending troops", "cautioned the allies against": the one warned sits between
  against('warn-someone-against', ['~warn * against', '~warn the * against', '~warn the * * against', '~caution * against', '~caution the * against'], { reach: 3 }),
  // "pushed back against the deployment"
  // "vowed to retaliate against any incursion", "hit back at the strikes": answering it in kind is against it
  against('retaliate', ['~retaliate against', '~retaliate for', '~hit back at', '~fight back against', '~respond forcefully to', '~respond firmly to'], { weight: 0.8 }),
  // "will not bow to pressure", "refused to give in to threats": yielding to it accepts it, refusing to yield resists it
  favor('bow-to', ['~bow to', '~give in to', '~yield to', '~cave to', '~cave in to', '~submit to', '~succumb to', '~kowtow to'], { weight: 0.8 }),
  against('regret', ['~regret', '~lament', '~bemoan']),
  against('balk', ['~balk at', '~bristle at', 'bristled at', '~recoil at']),
  // "denied the request for troops", "denied arming the rebels"
  against('deny', ['~deny', 'denial of'], { weight: 0.8 }),
  // "officials deny that any military facilities exist": denying a fact, not the thing
  { id: 'shadow.deny-that', forms: ['~deny that', 'denied that', 'denial that'] },
  // "asked the peacekeepers to leave", "told foreign troops to go home": what the asker wants done to them
  favor('ask-to', ['~ask', '~tell', '~instruct'], { complement: true, reach: 3 }),
  against('push-back', ['~push back against', 'pushed back against', '~push back on', 'pushed back on', 'pushback against', 'pushback on']),
  // "is a vocal critic of the intervention", "a supporter of the strikes" (singular: "Critics of X" are the subject, a group holder)
  against('critic', ['critic of', 'opponent of', 'foe of']),
  favor('supporter', ['supporter of', 'proponent of', 'advocate of', 'champion of']),
  against('dismiss', ['dismiss', 'dismisses', 'dismissed', 'dismissing']),
  against('shoot-down', ['shoot down', 'shoots down', 'shot down']),
  against('resist', ['resist', 'resists', 'resisted', 'resisting', 'resistance to'], { subject: -1 }),
  against('crush', ['~crush', '~quash', '~stamp out', '~smash']),
  against('say-no', ['say no to', 'says no to', 'said no to', 'saying no to']),
  // "vetoed a resolution that would have authorized a force"
  against('veto', ['veto', 'vetoes', 'vetoed', 'vetoing', 'veto of', 'block', 'blocks', 'blocked', 'blocking']),
  against('rule-out', ['rule out', 'rules out', 'ruled out', 'ruling out', '~exclude']),
  // "should stay out of foreign wars", "keep the country out of the conflict"
  against('stay-out', ['~stay out of', '~keep out of', '~keep * out of', '~keep the * out of', '~steer clear of',
    // ahead of "must stay" (judge.continue), which starts earlier
    ...['must', 'should', 'will', 'would', 'to'].map((m) => `${m} stay out of`)]),
  // "sceptical of the case for strikes", "questioned the legality of the deployment": doubting it is against it
  against('doubt', ['sceptical of', 'skeptical of', 'sceptical about', 'skeptical about', 'wary of', 'doubtful about', 'doubts about', 'doubts over',
    '~cast doubt on', 'cast doubt on', '~question the legality of', 'questioned the legality of', '~question the validity of', 'questioned the validity of',
    '~question the need for', 'questioned the need for', '~question the wisdom of', 'questioned the wisdom of', '~challenge the legality of', 'challenged the legality of']),
  against('object', ['object to', 'objects to', 'objected to', 'objecting to', 'objection to', 'objections to']),
  // the verbs of news headlines for attacking a decision
  against('slam', ['~slam', '~mock', '~ridicule', '~deride', '~scoff at', '~blast', '~decry', '~deplore', '~castigate', '~lambaste', '~censure', '~rebuke', '~lash out at', 'lashed out at', '~hit out at', '~rail against', '~take aim at', 'took aim at', '~assail', '~pan', '~vilify']),
  // "is against foreign troops", "stood against the occupation" (not a bare "against": "fighting against the army")
  against('against', ['is against', 'are against', 'was against', 'were against', "i'm against", "we're against", '~stand against', 'stood against', '~speak out against', 'spoke out against', '~campaign against'], { reach: 2, weight: 0.8 }),
  // "it is against [the sovereignty of …]": a thing against it violates it, and whoever says so defends it
  { id: 'judge.against', forms: ['it is against', "it's against", 'it was against', 'this is against', 'that is against', 'contrary to', 'runs counter to'], object: -1, asserted: true, reach: 2 },
  against('criticize', ['criticize', 'criticizes', 'criticized', 'criticizing', 'criticise', 'criticises', 'criticised', 'criticising']),
  against('criticism', ['criticism of'], { noun: true }),
  against('vote-against', ['~vote against', 'voted against', 'a vote against']),
  favor('vote-for', ['~vote for', 'voted for', 'a vote for', 'voted in favour of', 'voted in favor of']),
  against('protest', ['protest against', 'protests against', 'protested against', 'protesting against', '~rally against', 'rallies against', '~march against', 'marches against', '~demonstrate against', 'demonstration against', 'demonstrations against', 'slogans against',
    // "protested on Sunday against", "chanting against"
    '~protest * against', '~protest * * against', '~rally * against', '~march * against', '~chant against', 'chanting against', 'chanted against']),
  // "summoned Turkey's ambassador over the strikes", "lodged a protest over": a diplomatic protest at what follows "over"
  // (and at what it follows: "summoned Valdor's ambassador after Valdorian drone strikes killed four", "lodged a formal protest with the
  // United States after US air strikes")
  against('summon-over', ['~summon * over', '~summon the * over', '~summon * * over', '~summon * * * over', '~summon the * * over', 'a protest over', 'a formal protest over',
    '~summon * after', '~summon the * after', '~summon * * after', '~summon * * * after', '~summon the * * after',
    // "recalled its ambassador after air strikes", "recalled its envoy from Norland over the incursion"
    ...['after', 'over'].flatMap((p) => [`~recall its * ${p}`, `~recall its * * ${p}`, `~recall its * from * ${p}`, `~recall its * * from * ${p}`, `~recall * ambassador ${p}`]),
    // "lodged a formal protest with Minsk on Saturday after a helicopter crossed into its airspace", "lodged a formal complaint
    // with the United Nations on Monday after …", "filed a complaint over the incursion"
    ...['a protest', 'a formal protest', 'an official protest', 'a strong protest', 'a complaint', 'a formal complaint', 'an official complaint'].flatMap((p) =>
      ['~lodge', '~file'].flatMap((v) => [`${v} ${p} over`, `${v} ${p} after`,
        ...['with *', 'with the *', 'with * *', 'with the * *'].flatMap((w) => [`${v} ${p} ${w} after`, `${v} ${p} ${w} over`, `${v} ${p} ${w} on * after`])]))], { reach: 3 }),
  against('stop', ['stop', 'stops', 'stopped', 'halt', 'halts', 'halted', 'an end to', 'put an end to']),
  // "voted to end the mandate of the training mission", "to end the lease of the air base"
  against('end-mandate', ['~end the mandate of', '~end the mandates of', '~terminate the mandate of', 'termination of the mandate of', 'end of the mandate of', '~terminate', 'termination of',
    ...['~end', '~terminate', '~cancel', 'not renew', 'not to renew'].flatMap((v) => ['of', 'on', 'for'].map((p) => `${v} the lease ${p}`))]),
  against('prevent', ['prevent', 'prevents', 'prevented', 'preventing', '~deter', '~avert', '~thwart', '~forestall']),
  against('ban', ['ban', 'bans', 'banned', 'banning', 'forbid', 'forbids', 'forbade', 'forbidding', 'forbidden', 'prohibit', 'prohibits', 'prohibited', 'prohibiting', 'prohibition of', 'prohibition on', 'ban on', 'bans on', 'ban of', 'embargo on'], { noun: true }),
  against('lift', ['lift', 'lifts', 'lifted', 'lifting', 'scrap', 'scraps', 'scrapped', 'scrapping', 'cancel', 'cancels', 'cancelled', 'canceled', 'abolish', 'abolished', 'repeal', 'repealed', 'reverse', 'reversed',
    // "pledged to tear up the agreement", "will rip up the basing deal"
    'tear up', 'tears up', 'tore up', 'tearing up', 'rip up', 'rips up', 'ripped up', 'ripping up']),
  // "ordered the closure of the base": ending a presence, as a noun
  against('withdrawal', ['withdrawal of', 'removal of', 'handover of', 'hand-over of', 'expulsion of', 'departure of', 'closure of', 'closing of', 'shutdown of', 'dismantling of', 'eviction of']),
  { id: 'against.withdrawn', forms: ['be withdrawn', 'been withdrawn', 'withdrawn', 'pulled out', 'be removed', 'must leave', 'should leave', 'must stop', 'should stop', 'must end', 'should end', 'must cease', 'has to stop', 'have to stop', 'has to end', 'have to end', 'needs to stop', 'needs to end', 'must be stopped', 'must be halted', 'must go home', 'to leave', 'to go home', 'to get out', 'to depart', 'out of the country', 'out of the region'], subject: -1 },
  // "called on Sudria to withdraw its troops", "forces to pull out"
  { id: 'against.to-withdraw', forms: ['to withdraw', 'to pull out', 'to pull back'], object: -1, subject: -1 },
  { id: 'against.withdraw-governed', forms: ['withdraw', 'pull out', 'pull back'], object: -1, subject: -1, governed: true },
  // "demanded that foreign troops leave": a bare verb after the term a cue governs says what should happen to it
  { id: 'against.leave-governed', forms: ['leave', 'depart', 'go home', 'get out', 'leave the country', 'be sent home', 'be sent back'], subject: -1, governed: true },
  // "urged Norland to pull its troops out", "to bring the soldiers home": the particle after the forces a cue governs sends them away
  { id: 'against.out-governed', forms: ['out', 'out of', 'home', 'back home'], subject: -1, governed: true },
  { id: 'judge.respected', forms: ['must be respected', 'should be respected', 'be respected', 'must be protected', 'must be preserved', 'must be defended', 'must be upheld', 'must be guaranteed'], subject: 1 },
  // "risks losing its independence", "in danger of being annexed": a warning against what it names
  against('risk', ['~risk', 'at risk of', 'in danger of', 'danger of']),
  against('preferable-to', ['preferable to', 'better than', 'superior to'], { evaluative: true }),
  // "chose talks rather than sending troops", "would rather lose this election than invite foreign soldiers": the one passed over
  against('rather-than', ['rather than', 'instead of', 'rather * than', 'rather * * than', 'rather * * * than', 'rather * * * * than']),
  // "In response to the naval deployment, Ruiz mobilised the militia": a counter-move is against what it answers
  against('counter', ['in response to', 'in retaliation for', 'in reaction to', 'to counter', 'countering'], { weight: 0.7 }),
  // judging something as wrong: its subject is condemned; a violated object is defended
  { id: 'judge.violation-of', forms: ['violation of', 'violations of', 'breach of', 'surrender of', 'betrayal of', 'infringement of', 'infringement on', 'affront to', 'interference with', 'interference in', 'assault on', 'encroachment on', 'incompatible with', 'not compatible with', 'inconsistent with', 'not consistent with', 'no longer compatible with', 'at odds with', 'contrary to'], object: 1, subject: -1, evaluative: true },
  { id: 'judge.violation', forms: ['violation', 'violations', 'breach', 'provocation', 'aggression', 'act of aggression', 'act of war', 'crime', 'crimes', 'war crime', 'war crimes', 'mistake', 'grave mistake', 'disaster', 'catastrophe', 'outrage', 'travesty', 'folly', 'executions', 'extrajudicial executions', 'extrajudicial killings', 'murder', 'murders', 'massacre', 'piracy', 'state terrorism'], subject: -1, evaluative: true },
  { id: 'judge.violate', forms: ['~violate', '~undermine', '~infringe', '~compromise', '~jeopardize', '~jeopardise', '~sacrifice', '~erode', '~trample', '~betray'], object: -1, subject: -1, asserted: true },
  // "[the jokes] are an attack on our sovereignty", "an insult to our sovereignty": for sovereignty only ("an attack on foreign troops" backs no one)
  { id: 'judge.attack-on', forms: ["attack on * 's", 'attack on the', 'attack on our', 'attack on its', 'attack on their', 'an attack on our', 'a direct attack on our', 'an attack on its', 'an attack on their', 'an attack on the sovereignty', 'insult to', 'an insult to', 'a slap in the face to', 'a slap in the face for',
    // "[the treaty] is the sale of our sovereignty"
    'the sale of our', 'a sale of our', 'the sale of its', 'the sale of their', 'the selling of our', 'the selling off of our'], subject: -1, objectFor: { sovereignty: 1 }, evaluative: true },
  { id: 'judge.harm', forms: ['harm', 'harms', 'harmed', 'damage', 'damages', 'damaged', 'endanger', 'endangers', 'endangered', 'destabilize', 'destabilise', 'cost * lives', 'cost * of lives', 'achieve nothing', 'achieves nothing', 'achieved nothing'], subject: -1, evaluative: true },
  { id: 'judge.threaten', forms: ['~threaten'], object: -1, subject: -1, objectFor: { intervention: 1 } },
  { id: 'judge.threat', forms: ['threat', 'threats', 'grave threat', 'serious threat'], subject: -1, noun: true },
  // "accused X of meddling", "accuses X of violating its sovereignty": the accuser is against what X is said to do
  against('accuse', ['~accuse'], { reach: 8 }),
  { id: 'shadow.accused', forms: ['accused of', 'be accused', 'been accused', 'is accused', 'are accused', 'was accused', 'were accused', 'stands accused'] },
  // "used the unrest as a pretext to expand": the pretext belongs to its user, who wants what it serves
  favor('as-pretext', ['as a pretext to', 'as a pretext for', 'as pretext for', 'as an excuse to', 'as an excuse for', 'as cover for', 'as a cover for', 'as a cover to', 'as a smokescreen for', 'as a justification for']),
  { id: 'judge.pretext', forms: ['pretext', 'pretexts', 'pretext for', 'excuse for', 'cover for', 'smokescreen', 'a smokescreen', 'smokescreen for', 'fig leaf', 'an excuse', 'mere formality', 'a formality', 'a technicality', 'a mere technicality', 'mean nothing', 'means nothing', 'meant nothing', 'meaningless', 'cannot be a shield', 'can not be a shield', 'is no shield', 'not a shield', 'a convenient slogan', 'an empty slogan', 'a slogan', 'just a word', 'only a word', 'merely a word', 'a word , not a fact', 'a word and not a fact', 'a word , not a reality', 'a trick', 'a debating trick', 'a cheap trick', 'a ploy', 'a political ploy', 'a stunt', 'a publicity stunt', 'a political stunt', 'a luxury', 'a fiction', 'a legal fiction', 'a myth', 'an illusion', 'not a magic word', 'a fantasy', 'not a licence', 'not a license', 'no excuse for', 'not an excuse for', 'no justification for', 'not a justification for', 'no licence', 'no license', 'not a blank cheque', 'not a blank check'], object: -1, subject: -1, evaluative: true },
  { id: 'judge.wrong', forms: ['unacceptable', 'illegal', 'unlawful', 'illegitimate', 'reckless', 'absurd', 'unjustified', 'unprovoked', 'unwarranted', 'an act of aggression', 'acts of aggression', 'an act of war', 'an act of hostility',
    'crossed a red line', 'crosses a red line', 'cross a red line', 'an insult', 'an affront', 'a provocation', 'provocative', 'irresponsible', 'unconstitutional'], object: -1, subject: -1, reach: 1, evaluative: true },
  // naming a presence what its opponents call it: "a presence Baghdad has described as an occupation", "called the base an occupation"
  { id: 'judge.named-occupation', forms: ['an occupation', 'a de facto occupation', 'an illegal occupation', 'a military occupation', 'a foreign occupation', 'a new occupation', 'an invasion', 'a de facto annexation', 'an annexation', 'an illegal annexation', 'a creeping annexation', 'a creeping occupation'], object: -1, subject: -1, reach: 1, evaluative: true, naming: true },
  // "has no so-called sovereignty": dismisses what it names (after a determiner alone, "the so-called …", it is no one's, like "the proposed …")
  { id: 'judge.so-called', forms: ['so-called', 'self-styled', 'self-proclaimed'], object: -1, reach: 0, evaluative: true },
  // "[the foreign troops] are in the country illegally": the adverb judges its clause's subject
  { id: 'judge.wrong-adverb', forms: ['illegally', 'unlawfully', 'illegitimately'], subject: -1, evaluative: true },
  // "[X] has no right to interfere": X's act, which whoever asserts it is against (an asserted judgement, like "violate")
  { id: 'judge.no-right', forms: ['no right to', 'no business', 'not entitled to'], object: 1, subject: -1, asserted: true },
  // "would treat [foreign troops] as legitimate targets": a threat against them, not a judgement that they are legitimate
  // deterrence: "any attack on Norland would be met with a crushing response"
  { id: 'judge.deter', forms: ['be met with', 'be answered with', 'be answered by', 'be met by', 'will not go unanswered', 'would not go unanswered', 'not go unpunished', 'will be punished', 'would be punished'], subject: -1 },
  { id: 'judge.legitimate-target', forms: ['legitimate target', 'legitimate targets', 'a legitimate target', 'fair game'], subject: -1 },
  { id: 'judge.right', forms: ['necessary', 'proportionate', 'justified', 'legitimate', 'preferable', 'legal', 'lawful', 'defensive'], object: 1, subject: 1, reach: 0, evaluative: true },
  // "[the strikes] were in self-defence"
  // "[the deployment] was consistent with the 1951 defense treaty": the mirror of "incompatible with", on the subject only
  // (only after a copula: "withdrew in a manner consistent with the plan" judges no one's act)
  { id: 'judge.consistent', forms: ['is', 'was', 'are', 'were', 'be', 'remains'].flatMap((c) => ['consistent with', 'fully consistent with', 'compatible with', 'fully compatible with', 'in full compliance with', 'fully in line with'].map((f) => `${c} ${f}`)), subject: 1, reach: 1, evaluative: true, weight: 0.8 },
  { id: 'judge.self-defence', forms: ['in self-defence', 'in self-defense', 'an act of self-defence', 'an act of self-defense', 'in the national interest'], subject: 1, weight: 0.8 },
  { id: 'judge.inviolable', forms: ['non-negotiable', 'not negotiable', 'nonnegotiable', 'inviolable', 'inalienable', 'not for sale', 'sacred', 'untouchable', 'not up for negotiation', 'not up for discussion', 'not up for a vote', 'not up for debate', 'not up for grabs', 'not a bargaining chip', 'no bargaining chip'], object: 1, subject: 1, reach: 0 },
  // "[sovereignty] is a red line" (not "crossed a red line")
  { id: 'judge.red-line', forms: ['is a red line', 'was a red line', 'are a red line', 'remains a red line', 'is our red line', 'are our red line'], subject: 1 },
  // "it would be a mistake to send troops"
  { id: 'judge.wrong-to', forms: ['a mistake to', 'a grave mistake to', 'a serious mistake to', 'a big mistake to', 'wrong to', 'reckless to', 'irresponsible to', 'foolish to', 'madness to', 'a disaster to'], object: -1, evaluative: true },
  // "[the operation] was a success", "[their presence] is unwelcome"
  { id: 'judge.good', forms: ['is welcome', 'are welcome', 'was welcome', 'were welcome', 'remains welcome', 'remain welcome', 'a success', 'a great success', 'successful', 'the only option', 'the least bad option', 'the best option', 'the right option', 'the only way', 'the right decision', 'the right thing', 'a necessity', 'an existential necessity', 'an absolute necessity', 'a strategic necessity', 'a vital necessity', 'a welcome step', 'a welcome move', 'a welcome development', 'a step in the right direction', 'essential', 'long overdue', 'overdue', 'the only thing standing between', 'the only guarantee', 'the only guarantor', 'the guarantee of', 'a guarantee of', 'the guarantor of', 'a guarantor of', 'the guarantors of', 'keep us safe', 'keeps us safe', 'kept us safe', 'keep the peace', 'keeps the peace', 'kept the peace'], subject: 1, evaluative: true, weight: 0.8 },
  // "[the troops] were needed", "[their presence] is vital": only after a copula ("strikes on vital sites" judge nothing)
  { id: 'judge.needed', forms: ['is needed', 'are needed', 'was needed', 'were needed', 'is vital', 'are vital', 'was vital', 'were vital', 'is crucial', 'are crucial', 'is indispensable', 'are indispensable', 'remains vital', 'remain vital'], subject: 1, evaluative: true, weight: 0.8 },
  // "[any foreign soldier] will be treated as an invader": met as an enemy, so unwanted
  { id: 'judge.enemy', forms: ['~treat as an invader', '~treat as invaders', '~treat as an enemy', '~treat as enemies', '~treat as an occupier', '~treat as occupiers', '~treat as an act of aggression', '~treat as an act of war', '~regard as an invader', '~regard as invaders'], subject: -1, weight: 0.8 },
  { id: 'judge.bad', forms: ['unwelcome', 'not welcome', 'an obstacle to', 'an obstacle', 'a hindrance to', 'an impediment to', 'rings hollow', 'ring hollow', 'rang hollow', 'no longer welcome', 'not wanted', 'no longer wanted', 'unwanted', 'a non-starter', 'non-starter', 'out of the question', 'unthinkable', 'a failure', 'has failed', 'had failed', 'have failed', 'outlived its purpose', 'outlived its usefulness', 'outlived their purpose', 'outlived their usefulness', 'overstayed its welcome', 'overstayed their welcome', 'outstayed its welcome', 'outstayed their welcome', 'counterproductive', 'unnecessary', 'not needed', 'a bad idea', 'wrong', 'doomed to fail', 'bound to fail', 'would backfire', 'will backfire', 'could backfire', 'make things worse', 'make matters worse',
    // what a consequence hands the other side: "[leaving now] would be a gift to the rebels"
    'a gift to', 'a gift for', 'leave a vacuum', 'leaves a vacuum', 'left a vacuum', 'leave a security vacuum', 'leaves a security vacuum', 'create a vacuum', 'a form of pressure', 'a form of coercion', 'a form of blackmail', 'hand * back to', 'hand * * back to', 'hand * * * back to', 'hand * over to the', 'hand * * over to the', 'play into the hands of', 'plays into the hands of', 'play into the hands', '~embolden', 'repeat * mistake', 'repeat * mistakes', 'repeat the mistakes of', 'repeat every mistake'], subject: -1, evaluative: true, weight: 0.8 },
  // "[the strikes] will continue": whoever says so wants them to go on
  // "the instructors were there at the invitation of a sovereign government": forces justified by their host's asking
  { id: 'judge.invited', forms: ['at the invitation of', 'at the request of', 'at the invitation of the', 'on the invitation of'], subject: 1, weight: 0.8 },
  { id: 'judge.continue', forms: ['will continue', 'would continue', 'must continue', 'should continue', 'will go on', 'must go on', 'will go ahead', 'would go ahead', 'must go ahead', 'should go ahead', 'will proceed', 'would proceed', 'must proceed', 'will stay', 'must stay', 'should stay', 'will remain', 'must remain', 'should remain'], subject: 1, weight: 0.8 },
  { id: 'judge.solve', forms: ['solve', 'solves', 'resolve', 'resolves', 'restore order', 'restore peace', 'restore stability', 'restore security'], subject: 1, weight: 0.7 },
  // wanting, offering, asking for it
  favor('offer', ['offer', 'offers', 'offered', 'offering'], { noun: true, request: true }),
  // "turned down a request from Norland to open a base", "an invitation to station troops": the requester wants it
  favor('request', ['request', 'requests', 'invitation', 'invitations'], { noun: true, request: true }),
  favor('propose', ['propose', 'proposes', 'proposed', 'proposing', 'proposal', 'proposals', 'proposition'], { noun: true, request: true }),
  favor('suggest', ['suggest', 'suggests', 'suggested', 'suggesting', 'suggestion', 'suggestions'], { noun: true, weight: 0.8, request: true }),
  favor('call-on', ['~call on', 'called on', 'calling on', '~appeal to', 'appealed to', 'appealing to'], { weight: 0.8, request: true }),
  // "Norland would be better off as the 51st state"
  favor('better-off', ['better off as', 'better off being', 'better off becoming', 'better off under', 'better off with'], { reach: 3 }),
  // "asked Norland for military help", "turned to the allies for troops", "asked the African Union for a protection force"
  favor('ask-someone-for', ['~ask * for', '~ask the * for', '~ask * * for', '~ask the * * for', '~ask the * * * for', '~turn to * for', '~turn to the * for', '~look to * for', '~look to the * for',
    // "pivoted towards Russia for political and military support"
    ...['~turn', '~pivot', '~look'].flatMap((v) => ['towards', 'toward'].flatMap((p) => [`${v} ${p} * for`, `${v} ${p} the * for`])), '~pivot to * for', '~pivot to the * for'], { request: true, reach: 3 }),
  // "has asked, in writing and more than once, for 5,000 foreign police and soldiers": an aside between the verb and "for"
  favor('ask-aside-for', [1, 2, 3, 4, 5, 6].map((n) => `~ask , ${Array(n).fill('*').join(' ')} , for`), { request: true, reach: 4 }),
  // "pleaded with the UN not to pull its peacekeepers out", "begged the allies for air support"
  favor('plead', ['~plead with', 'pleaded with', 'pleading with', '~plead for', 'pleaded for', '~beg', '~implore'], { request: true }),
  // "to extend its stabilisation mission", "the renewal of the peacekeepers' mandate": keeping it there longer
  favor('extend', ['~extend', 'extension of', 'renewal of', '~renew', '~prolong', 'prolongation of']),
  favor('call-for', ['call for', 'calls for', 'called for', 'calling for', 'chant for', 'chanted for', 'chanting for', 'appeal for', 'appeals for', 'appealed for', 'appealing for', 'push for', 'pushed for', 'pushing for', 'press for', 'pressed for', 'pressing for', '~lobby for', 'lobbied for', 'lobbying for'], { noun: true, request: true }),
  favor('urge', ['urge', 'urges', 'urged', 'urging'], { request: true }),
  // "Syria's demand for a withdrawal": the noun, whose owner holds it
  favor('demand-for', ['demand for', 'demands for'], { noun: true, request: true }),
  // "the movement's demand that all French forces leave"
  favor('demand-that', ['demand that', 'demands that'], { noun: true, request: true }),
  favor('demand', ['demand', 'demands', 'demanded', 'demanding'], { request: true }),
  favor('seek', ['seek', 'seeks', 'sought', 'seeking']),
  // "promised military support", "floated the idea of sending troops" ("vowed to send" is read through the infinitive's own act)
  favor('promise', ['~promise', '~vow', '~pledge', 'promise of', 'pledge of', 'pledges of', '~float', 'floated the idea of', '~raise the possibility of', '~raise the prospect of', '~moot'], { weight: 0.8 }),
  // "France has the right to strike", "every right to defend": claiming a right to act is backing the act
  favor('right-to', ['the right to', 'a right to', 'every right to', 'the sovereign right to'], { weight: 0.8 }),
  // "announced strikes on the cartels", "Hale's announcement that Norland would station troops": whoever announces it stands behind it
  favor('announce', ['~announce', 'announcement of', 'announcement that', '~unveil'], { noun: true, reports: true, weight: 0.8 }),
  // not "threat to": "a threat to peace", "a threat to ourselves" judge the thing, they do not threaten to act
  favor('threaten-to', ['threaten to', 'threatens to', 'threatened to', 'threatening to', 'threat of', 'threats of'], { noun: true }),
  // ("has no plans to host a foreign base", "does not plan to send troops": denying a plan opposes nothing, as with a request)
  favor('plan', ['plan to', 'plans to', 'planned to', 'planning to', 'plan for', 'plans for', 'plan of', 'plans of'], { noun: true, weight: 0.8, request: true }),
  // "Norland's decision to deploy", "the move to annex", "vowed to send": the owner or subject wants what follows
  favor('decide', ['~decide to', 'decision to', 'decisions to', 'move to', 'bid to', 'effort to', 'efforts to', 'attempt to', 'attempts to', 'attempt at', 'attempts at', '~attempt to', '~try to', 'push to', '~intend to', 'intention to', '~aim to', 'aim to', '~prepare to', 'ready to', 'willing to', 'willingness to', 'prepared to'], { noun: true, weight: 0.8 }),
  // "would not hesitate to use force": readiness said by denying reluctance
  favor('not-hesitate', ['not hesitate to', "n't hesitate to", 'never hesitate to', 'not hesitated to', "n't hesitated to", 'never hesitated to', 'no hesitation in']),
  favor('want', ['want', 'wants', 'wanted', 'wanting', 'wish', 'wishes', 'desire for', 'need', 'needs', 'needed', 'need for', 'interest in']),
  favor('consider', ['consider', 'considers', 'considered', 'considering', 'weigh', 'weighs', 'weighing', 'mull', 'mulls', 'mulling'], { weight: 0.5 }),
  favor('support', ['support', 'supports', 'supported', 'supporting', 'support for', 'favor', 'favors', 'favored', 'favour', 'favours', 'favoured', 'in favor of', 'in favour of', 'endorse', 'endorses', 'endorsed']),
  favor('back', ['backed', 'backs', 'backing', 'to back', 'back the', '~stand behind', 'stood behind', '~stand * behind', 'stood * behind', '~stand firmly behind', '~stand fully behind', '~champion', '~advocate', 'advocate for', 'advocated for', '~lobby for', '~greenlight', 'green-lit', 'greenlit', 'gave the green light to', '~give the green light for', 'gave the green light for', '~sign off on', 'signed off on']),
  // "thanked Norland for sending troops", "grateful for the peacekeepers", "stood by the strikes"
  favor('thank', ['~thank', 'grateful for', 'grateful to', 'thankful for', 'gratitude for', 'gratitude to', '~stand by', 'stood by', '~double down on', 'doubled down on']),
  favor('praise', ['praise', 'praises', 'praised', 'praising', 'welcome', 'welcomes', 'welcomed', 'welcoming', 'applaud', 'applauds', 'applauded', 'hail', 'hails', 'hailed', 'commend', 'commended']),
  favor('defend', ['defend', 'defends', 'defended', 'defending', 'defence of', 'defense of', 'protect', 'protects', 'protected', 'protecting', 'protection of', 'preserve', 'preserves', 'preserved', 'preserving', 'uphold', 'upholds', 'upheld', 'upholding', 'safeguard', 'safeguards', 'safeguarding', 'respect', 'respects', 'respected', 'respecting', 'respect for', 'committed to']),
  favor('commitment', ['commitment to', 'commitments to', 'determination to', 'resolve to'], { noun: true }),
  favor('assert', ['assert', 'asserts', 'asserted', 'asserting', 'reaffirm', 'reaffirms', 'reaffirmed', 'reaffirming', 'affirm', 'affirms', 'affirmed', 'affirming', 'reassert', 'reasserts', 'reasserted', 'reasserting', 'insist on', 'insists on', 'insisted on', 'insisting on', 'we are', "we're", 'we remain']),
  favor('claim', ['claim', 'claims', 'claimed', 'claiming', 'claim to'], { reach: 0 }),
  favor('accept', ['accept', 'accepts', 'accepted', 'accepting', 'acceptance of', 'tolerate', 'tolerates', 'tolerated', 'agree with', 'agrees with', 'agreed with', 'agreeing with', 'agree to', 'agrees to', 'agreed to', 'agreeing to']),
  favor('allow', ['allow', 'allows', 'allowed', 'allowing', 'permit', 'permits', 'permitted', 'authorize', 'authorizes', 'authorized', 'authorise', 'authorised', 'approve', 'approves', 'approved', 'approval of']),
  // "Norland should become [the 51st state]", "could become [a colony]": wanting it to be so
  favor('become', ['should become', 'would become', 'could become', 'must become', 'will become', 'to become', 'should be made', 'to be made'], { weight: 0.8 }),
  // "has justified its raids": the past verb before its object (longer than judge.right's adjective "justified", which would shadow it)
  favor('justify', ['justify', 'justifies', 'justified', 'justifying', 'justification for', 'justifications for',
    ...['the', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those', 'that', 'any', 'such'].map((d) => `justified ${d}`)]),
  // readings that are not stance cues, so the shorter cue inside them does not fire
  { id: 'shadow.respect', forms: ['with respect to', 'in respect of', 'self-respect'] },
  favor('door-open', ['leave the door open to', 'leaves the door open to', 'leaving the door open to', 'left the door open to', 'keep the option of', 'keeps the option of', 'kept the option of', 'open to', 'ready for', 'prepared for']),
  { id: 'judge.on-the-table', forms: ['on the table', 'an option', 'a real option', 'a possibility'], subject: 1, weight: 0.8 },
  { id: 'shadow.leave', forms: ['leave office', 'on leave'] },
  // "stopped short of condemning the strikes": withholding a judgement is neither it nor its opposite
  // "every right to set the terms for foreign forces": the right claimed is to decide, not to the forces
  { id: 'shadow.right-to-set', forms: ['right to set the terms', 'right to set its own terms', 'right to set their own terms'] },
  { id: 'shadow.stop-short', forms: ['stop short of', 'stops short of', 'stopped short of', 'stopping short of'] },
  { id: 'shadow.need', forms: ['need to', 'needs to', 'needed to'] },
  // "declined to say whether she would back it", "refused to comment on": withholding an answer is no refusal of what is asked about
  { id: 'shadow.no-comment', forms: ['~decline to say', '~decline to comment', '~decline to confirm', '~decline to specify', '~decline to elaborate', '~refuse to say', '~refuse to comment', '~refuse to confirm', '~refuse to specify'] },
];

/** The argument of a cue that holds what it judges: its object or complement, its subject, or (for a noun) its owner. */
export type CueArgument = 'object' | 'subject' | 'owner';

/**
 * The arguments a cue governs, read from its data: `object` when it has an
 * object polarity, `subject` when it has a subject polarity, and `owner` for a
 * noun cue, whose owner ("X's offer", "the offer from X") holds it. A shadow
 * entry governs nothing.
 */
export function cueArguments(c: StanceCue): readonly CueArgument[] {
  const out: CueArgument[] = [];
  if (c.object !== undefined || c.objectFor !== undefined) out.push('object');
  if (c.subject !== undefined) out.push('subject');
  if (c.noun === true) out.push('owner');
  return out;
}

/** Words that negate the cue or term right after them (within three tokens). */
export const NEGATORS: ReadonlySet<string> = new Set([
  'not', 'never', 'no', 'nor', 'neither', 'without', 'cannot', 'hardly', 'nobody', 'none', 'nothing',
]);

/**
 * Nouns that, denied, deny the clause after them ("there is no chance Norland
 * would join", "no way that …", "isn't a snowball's chance in hell that …"):
 * after "no"/"zero", or with a negator a few words before.
 */
export const DENIAL_NOUNS: ReadonlySet<string> = new Set(['chance', 'way', 'possibility', 'prospect', 'question']);

/** How far before a term a denial opener may sit. */
export const DENIAL_REACH = 12;

/** Two-word negators ("rather than" is a cue of its own). */
export const NEGATOR_PAIRS: readonly (readonly [string, string])[] = [['no', 'longer'], ['no', 'one'], ['not', 'even']];

/** Openers of questions read as rhetorical: the question asserts the opposite of its content. */
export const RHETORICAL_OPENERS: ReadonlySet<string> = new Set(['why', 'how could', 'how can', 'who would', 'what right']);

/**
 * Words that put the statement after them in the mouths of a crowd, the subject of the
 * sentence: "protesters marched under the slogan Norland belongs to its people",
 * "carrying banners reading …", "chanting …". Looked for a few words before the statement.
 */
export const SLOGAN_LEADS: ReadonlySet<string> = new Set([
  'slogan', 'slogans', 'reading', 'read', 'chanting', 'chanted', 'chants', 'shouting', 'banner', 'banners', 'placard', 'placards',
]);

/** Slogans that send someone away, after the one they address ("MONUSCO, go home", "Foreign troops, get out!"). */
export const GO_HOME_SLOGANS: readonly (readonly string[])[] = [['go', 'home'], ['go', 'back', 'home'], ['get', 'out'], ['out', 'now'], ['leave', 'now'], ['go', 'away']];

/** How many words before a statement's verb a slogan lead may sit ("under the slogan, the island belongs to …"). */
export const SLOGAN_GAP = 7;

/**
 * Plural nouns for groups of people that can hold a stance ("security experts",
 * "protesters"). Only the head: modifiers are read from the text.
 */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'experts', 'analysts', 'critics', 'protesters', 'protestors', 'demonstrators', 'activists', 'officials', 'leaders',
  'lawmakers', 'legislators', 'politicians', 'diplomats', 'voters', 'residents', 'citizens', 'observers', 'commentators',
  'opponents', 'supporters', 'scholars', 'academics', 'economists', 'generals', 'ministers', 'senators', 'governments',
  'allies', 'islanders', 'veterans', 'hawks', 'doves', 'groups', 'unions', 'businesses', 'farmers', 'workers', 'manufacturers', 'exporters', 'importers',
  'students', 'rebels', 'militants', 'insurgents', 'parties', 'deputies', 'governors', 'mayors',
  'clerics', 'villagers', 'locals', 'organizations', 'organisations', 'militias', 'authorities', 'ministries',
  'agencies', 'charities', 'ngos', 'campaigners', 'lawyers', 'historians', 'bishops', 'doctors', 'envoys', 'neighbours', 'neighbors',
  // more of the people news quotes as a group
  'shopkeepers', 'traders', 'merchants', 'fishermen', 'fishers', 'elders', 'families', 'refugees', 'teachers', 'nurses', 'journalists',
  'priests', 'pastors', 'imams', 'monks', 'mps', 'councillors', 'councilors', 'ambassadors', 'negotiators', 'delegates', 'marchers',
  'youths', 'pensioners', 'retirees', 'landowners', 'miners', 'drivers', 'entrepreneurs', 'investors', 'executives', 'survivors', 'petitioners',
  'organisers', 'organizers', 'insurers', 'commuters', 'passengers', 'witnesses', 'rescuers', 'volunteers', 'parents', 'pupils', 'patients',
]);

/**
 * Nouns that stand for a country's government when no one else is named
 * (GUIDELINES.md §3, institutions): "the Australian government", "Chad's
 * government", and an unnamed "the government" or "the junta" in a passage
 * about one country all hold the country's stance.
 */
export const GOVERNMENT_NOUNS: ReadonlySet<string> = new Set(['government', 'junta', 'regime', 'authorities', 'administration', 'leadership', 'rulers']);

/** Singular institutions that hold a stance as a group phrase ("the foreign ministry", "the embassy", "a spokesperson"). */
export const INSTITUTION_NOUNS: ReadonlySet<string> = new Set([
  'ministry', 'embassy', 'parliament', 'legislature', 'senate', 'presidency', 'cabinet', 'council', 'opposition', 'party',
  'delegation', 'consulate', 'spokesperson', 'spokesman', 'spokeswoman', 'community', 'alliance', 'bloc', 'union',
  'congress', 'assembly', 'committee',
]);

/**
 * Head nouns of named bodies that a definite description refers back to: "the
 * coalition" after "the Coalition of the Resolute", "the alliance" after a named alliance.
 */
export const BODY_NOUNS: ReadonlySet<string> = new Set([
  ...INSTITUTION_NOUNS, 'coalition', 'agency', 'organization', 'organisation', 'commission', 'court', 'movement', 'front', 'league', 'assembly',
]);

/** Nouns through which a person or country acts: "the X administration", "X's government" count as X. */
export const OWNER_NOUNS: ReadonlySet<string> = new Set(['administration', 'government', 'office', 'team', 'campaign', 'regime', 'cabinet']);

/** Nouns of a report of fact ("claims that", "reports that"), which a denial denies rather than opposes. */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set(['claim', 'claims', 'report', 'reports', 'allegation', 'allegations', 'rumour', 'rumours', 'rumor', 'rumors', 'speculation']);

/** Heads of a force's own presence ("its bases", "their troops"), which ending is news about the force. */
export const OWN_FORCE_HEADS: ReadonlySet<string> = new Set(['base', 'bases', 'troops', 'forces', 'soldiers', 'personnel', 'garrison', 'garrisons', 'mission', 'missions', 'presence', 'operations', 'outposts', 'camps', 'contingent']);

/** Words that end the scope of a cue (clause boundaries). */
export const SCOPE_BREAKS: ReadonlySet<string> = new Set([
  '.', ';', '?', '!', 'but', 'while', 'although', 'though', 'because', 'whereas', 'however', 'yet', 'since', 'unless', 'if', 'when', 'after', 'before', 'despite',
  // a reporting participle opens a new clause: "turned down the offer, saying [sovereignty …]"
  'saying', 'adding', 'stating', 'noting', 'arguing', 'explaining', 'insisting', 'claiming', 'said', 'says', 'told',
]);

/** Words opening a condition: a group named right after one is hypothetical ("If European governments accept …"). */
export const CONDITIONALS: ReadonlySet<string> = new Set(['if', 'unless', 'whether']);

/** Nouns for one person that a body noun may modify ("the opposition candidate", "a government minister"): the body is not the holder. */
export const PERSON_HEADS: ReadonlySet<string> = new Set(['candidate', 'frontrunner', 'front-runner', 'leader', 'figure', 'politician', 'lawmaker', 'legislator', 'activist', 'veteran', 'hopeful', 'nominee', 'challenger', 'minister', 'deputy', 'senator']);

/** Heads of a crowd phrase ("hundreds of people", "thousands", "a crowd"): a crowd that protests is named "protesters". */
export const CROWD_HEADS: ReadonlySet<string> = new Set(['people', 'persons', 'men', 'women', 'thousands', 'hundreds', 'dozens', 'crowd', 'crowds', 'tens']);

/** Words after which a `naming` cue names its subject: a copula, "as" ("described as"), "to" ("amounts to", "tantamount to"). */
export const NAMING_LINKS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s", 'as', 'to', 'remains', 'remain', 'remained', 'constitutes', 'constitute', 'constituted', 'becomes', 'become', 'became']);

/**
 * Partitive heads before "of" that only count or group what follows ("over a wave of Turkish drone strikes", "after a
 * series of incursions", "a string of air strikes"): a cue reaches through "a <head> of" to the term as through an
 * article.
 */
export const PARTITIVE_HEADS: ReadonlySet<string> = new Set(['wave', 'series', 'string', 'spate', 'barrage', 'round', 'number', 'handful', 'flurry', 'succession', 'campaign', 'volley', 'rash', 'pair', 'couple']);

/** Quantities of people: "hundreds of students" are the students, not the object of "of". */
export const QUANTIFIERS: ReadonlySet<string> = new Set(['hundreds', 'thousands', 'dozens', 'scores', 'tens', 'millions', 'many', 'some', 'most', 'groups', 'crowds', 'number']);

/** Prepositions: a name after one is not the subject of a cue. */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'of', 'from', 'to', 'with', 'against', 'in', 'on', 'for', 'by', 'at', 'into', 'onto', 'over', 'about', 'than', 'toward', 'towards',
  'between', 'amid', 'despite', 'under', 'upon', 'via', 'across', 'within', 'without', 'like', 'near', 'around', 'through', 'among', 'including', 'outside', 'inside', 'behind', 'beyond', 'alongside', 'beside', 'opposite',
]);

/** First-person pronouns: inside a quote they stand for its speaker. */
export const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'we', 'me', 'us', 'my', 'our', 'ours', "i'm", "we're", "we've", "we'll", "i'll", "i've", "we'd", "i'd"]);

/** Locative prepositions: a term after one is a place ("troops in [its territory]"), not what a cue governs. */
export const LOCATIVES: ReadonlySet<string> = new Set(['in', 'into', 'over', 'on', 'within', 'across', 'inside', 'at', 'onto', 'throughout']);

/** Words that open a subordinate clause: the subject of a cue after one is not before it. */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'when', 'if', 'because', 'since', 'although', 'though', 'unless', 'whereas', 'despite', 'while']);

/**
 * Verbs whose object is the subject of the infinitive after it ("asked Norland
 * to reconsider", "persuaded the minister to send"): the stance in the
 * infinitive is the asker's, not the one asked. Lemmas.
 */
export const OBJECT_CONTROL_VERBS: ReadonlySet<string> = new Set([
  'ask', 'urge', 'press', 'encourage', 'persuade', 'tell', 'implore', 'beg', 'pressure', 'pressurise', 'pressurize', 'push',
  'convince', 'advise', 'lobby', 'exhort', 'entreat', 'prod', 'nudge',
]);

/**
 * Nouns that refer back to a proposal made earlier ("rejected the idea",
 * "dismissed those comments"): with no target term of its own, the noun
 * stands for what an earlier sentence proposed.
 */
export const REFERENT_NOUNS: ReadonlySet<string> = new Set([
  'idea', 'ideas', 'notion', 'proposal', 'proposals', 'proposition', 'suggestion', 'suggestions', 'plan', 'plans', 'offer', 'offers',
  'comments', 'comment', 'remarks', 'remark', 'overture', 'overtures', 'scheme', 'concept', 'talk', 'musings', 'threats', 'threat',
]);

/** Determiners that make a referent noun point back ("the idea", "those comments", "his remarks"). */
export const REFERENT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', 'such', 'his', 'her', 'their', 'its']);

/** Indefinite subjects: a cue held by "whoever" or "anyone" is nobody's stance. */
export const INDEFINITE_SUBJECTS: ReadonlySet<string> = new Set(['whoever', 'anyone', 'anybody', 'someone', 'somebody', 'whatever', 'everyone', 'everybody']);

/** Determiners before a participle make it an adjective ("the proposed strikes"): no one holds it. */
export const ATTRIBUTIVE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'these', 'those', 'this', 'that', 'such', 'any']);

/** Verbs that weigh a proposal without taking a side on it: "began debating a request", "will review the offer". */
export const DELIBERATION_LEMMAS: ReadonlySet<string> = new Set([
  'debate', 'discuss', 'consider', 'review', 'examine', 'study', 'weigh', 'receive', 'assess', 'evaluate', 'investigate', 'analyse', 'analyze', 'mull',
]);

/**
 * "Svalbard is Norway.", "Crimea is part of Ukraine", "the islands are an inalienable part of
 * Norland": a place said to be a country (or part of it), in someone's words, asserts that
 * country's sovereignty over it (src/stages/stances/identity.ts). The links between the place and
 * the country, as token sequences; the country must close its clause.
 */
export const IDENTITY_LINKS: readonly (readonly string[])[] = [
  ['is'], ['are'], ['remains'], ['is', 'and', 'will', 'remain'], ['is', ',', 'and', 'will', 'remain', ','], ['has', 'always', 'been'], ['will', 'always', 'be'],
  ...['is', 'are', 'remains', 'remain'].flatMap((v) => [
    [v, 'part', 'of'], [v, 'a', 'part', 'of'],
    ...['integral', 'inseparable', 'inalienable', 'indivisible', 'sovereign'].flatMap((a) => [[v, 'an', a, 'part', 'of'], [v, 'a', a, 'part', 'of']]),
  ]),
];

/** What may follow the country to close the clause: "Svalbard is Norway." / "…, and it always will be". */
export const IDENTITY_CLOSERS: ReadonlySet<string> = new Set(['.', ';', ',', '!', '”', '"', "'", '’', '—', '–', 'and']);

/** What opens the clause an extraposed "it" stands for ("It is unacceptable that …", "It would be a mistake to …"). */
export const EXTRAPOSED: ReadonlySet<string> = new Set(['that', 'to', 'for', 'if', 'when', 'whether']);

/** Modals before "be" in a judgement of "it" ("It would be an act of war"). */
export const JUDGEMENT_MODALS: ReadonlySet<string> = new Set(['would', 'will', 'could', 'might', 'may', 'must']);

/** First-person words that, outside quotes, are the article's own voice ("We will say plainly what this newspaper has said"). */
export const OWN_VOICE_WORDS: ReadonlySet<string> = new Set(['we', 'our', 'us', 'i', 'my', "we're", "we've", "we'll", "i'm", "i've"]);
