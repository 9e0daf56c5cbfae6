/**
 * Reporting cues: the verbs, nouns and phrases that introduce who said what.
 *
 * Each entry has a stable `id` (quotes carry it in their provenance) and lists
 * its surface forms in lower case. `frame` says what the cue can introduce:
 * - `speech`: a speech or writing verb; its content clause may come with or
 *   without "that" ("said [that] …", "…, she said"), and it attributes direct quotes;
 * - `cognition`: a belief or perception verb; a content clause only after "that"
 *   ("experts believe that …"), never a direct-quote attribution on its own;
 * - `describe`: a verb that frames a quoted label ("called it “a provocation”");
 *   it attributes short direct quotes but introduces no clause;
 * - `noun`: a reporting noun ("the claim that …", "issued a statement: “…”").
 * `toClause` marks verbs whose content may be a to-infinitive with its subject
 * ("urged Mexico to prepare …", "vowed to prevail …"); on a cognition verb with
 * `object` only the object form counts ("expect the deal to close", not "expect to win").
 */
export type CueFrame = 'speech' | 'cognition' | 'describe' | 'noun';

export interface ReportingCue {
  readonly id: string;
  readonly frame: CueFrame;
  /**
   * Lemmas: the cue is any word whose lemma (from the parse) is one of these
   * ("say" finds "said", "says", "saying"). Empty when only `forms` count.
   */
  readonly lemmas: readonly string[];
  /**
   * Lower-case surface forms, for cues that are only some inflections of a verb
   * ("posted", not the noun "post"; "found", not "finding") or several words
   * ("according to"), matched word by word.
   */
  readonly forms: readonly string[];
  readonly toClause?: boolean;
  /** Takes an indirect object before its clause ("told reporters that …"). */
  readonly object?: boolean;
  /** A manner of speaking ("quipped", "shot back"): attributes only a quote it stands right next to. */
  readonly beside?: boolean;
}

/** Every inflection of these lemmas (and spelling variants). */
interface Lemmas {
  readonly lemmas: readonly string[];
}
const lemma = (...lemmas: string[]): Lemmas => ({ lemmas });
type Words = readonly string[] | Lemmas;
const split = (w: Words): Pick<ReportingCue, 'lemmas' | 'forms'> => ('lemmas' in w ? { lemmas: w.lemmas, forms: [] } : { lemmas: [], forms: w });

const v = (id: string, words: Words, extra: Partial<Pick<ReportingCue, 'toClause' | 'object'>> = {}): ReportingCue => ({
  id: `verb.${id}`,
  frame: 'speech',
  ...split(words),
  ...extra,
});
const c = (id: string, words: Words, extra: Partial<Pick<ReportingCue, 'toClause' | 'object'>> = {}): ReportingCue => ({ id: `cognition.${id}`, frame: 'cognition', ...split(words), ...extra });
const d = (id: string, words: Words): ReportingCue => ({ id: `describe.${id}`, frame: 'describe', ...split(words) });
/** A manner-of-speaking verb: a direct quote's cue right next to it, never a clause (past and safe present forms only). */
const m = (id: string, forms: readonly string[]): ReportingCue => ({ id: `manner.${id}`, frame: 'describe', lemmas: [], forms, beside: true });
const n = (id: string, words: Words): ReportingCue => ({ id: `noun.${id}`, frame: 'noun', ...split(words) });

export const REPORTING_CUES: readonly ReportingCue[] = [
  v('say', lemma('say')),
  v('tell', lemma('tell'), { object: true, toClause: true }),
  v('add', lemma('add')),
  v('state', lemma('state')),
  v('declare', lemma('declare')),
  v('announce', lemma('announce')),
  v('warn', lemma('warn'), { object: true }),
  v('insist', lemma('insist')),
  v('argue', lemma('argue')),
  v('emphasize', lemma('emphasize', 'emphasise')),
  v('stress', lemma('stress')),
  v('note', lemma('note')),
  v('claim', lemma('claim'), { toClause: true }),
  v('suggest', lemma('suggest')),
  v('explain', lemma('explain')),
  v('confirm', lemma('confirm')),
  v('acknowledge', lemma('acknowledge')),
  v('admit', lemma('admit')),
  v('reiterate', lemma('reiterate')),
  v('assert', lemma('assert')),
  v('report', lemma('report')),
  v('write', lemma('write')),
  v('post', ['posted']),
  v('tweet', lemma('tweet')),
  v('respond', lemma('respond')),
  v('reply', lemma('reply')),
  v('answer', ['answered']),
  v('ask', lemma('ask'), { object: true, toClause: true }),
  v('call-on', ['call on', 'calls on', 'called on', 'calling on', 'call upon', 'calls upon', 'called upon', 'calling upon'], { object: true, toClause: true }),
  v('comment', ['commented']),
  v('remark', lemma('remark')),
  v('observe', ['observed']),
  v('deny', lemma('deny')),
  v('allege', lemma('allege')),
  v('promise', lemma('promise'), { toClause: true }),
  v('pledge', lemma('pledge'), { toClause: true }),
  v('vow', lemma('vow'), { toClause: true }),
  v('urge', lemma('urge'), { object: true, toClause: true }),
  v('advise', lemma('advise'), { object: true, toClause: true }),
  v('caution', lemma('caution')),
  v('concede', lemma('concede')),
  v('contend', lemma('contend')),
  v('complain', lemma('complain')),
  v('recall', lemma('recall')),
  v('recount', lemma('recount')),
  v('reveal', lemma('reveal')),
  v('disclose', lemma('disclose')),
  v('indicate', lemma('indicate')),
  v('point-out', ['point out', 'points out', 'pointed out', 'pointing out']),
  v('underscore', ['underscore', 'underscores', 'underscored', 'underscoring', 'underlined']),
  v('repeat', ['repeated']),
  v('testify', lemma('testify')),
  v('inform', ['informed'], { object: true }),
  v('assure', lemma('assure'), { object: true }),
  v('remind', ['reminded'], { object: true }),
  v('boast', lemma('boast')),
  v('hint', lemma('hint')),
  v('maintain', ['maintains', 'maintained']),
  v('predict', lemma('predict')),
  v('conclude', ['concluded']),
  v('make-clear', ['made clear', 'makes clear', 'make clear', 'making clear', 'made it clear', 'makes it clear', 'make it clear', 'making it clear']),
  v('according-to', ['according to']),
  c('believe', lemma('believe')),
  c('think', ['think', 'thinks', 'thought']),
  c('fear', ['fear', 'fears', 'feared']),
  c('feel', ['feel', 'feels', 'felt']),
  c('hope', ['hope', 'hopes', 'hoped']),
  // "expect the deal to close by June": an object and a to-infinitive are the expected state of affairs
  c('expect', ['expect', 'expects', 'expected'], { object: true, toClause: true }),
  c('show', ['show', 'shows', 'showed', 'shown']),
  c('recognize', lemma('recognize', 'recognise')),
  c('agree', ['agree', 'agrees', 'agreed']),
  c('find', ['found', 'finds']),
  c('know', ['know', 'knows', 'knew']),
  d('call', lemma('call')),
  d('describe', lemma('describe')),
  d('label', lemma('label')),
  d('term', ['termed']),
  d('dub', ['dubbed']),
  d('brand', ['branded']),
  d('accuse', lemma('accuse')),
  d('condemn', lemma('condemn')),
  d('hail', lemma('hail')),
  d('praise', lemma('praise')),
  d('marvel', lemma('marvel')),
  d('criticize', lemma('criticize', 'criticise')),
  d('point-to', ['pointed to']),
  d('blame', lemma('blame')),
  d('flag', ['flagged']),
  d('dismiss', lemma('dismiss')),
  d('quote', ['quoted', 'quoting']),
  d('cite', ['cited', 'citing']),
  d('demand', lemma('demand')),
  // '“…,” she quipped', '“…,” he shot back', '“…,” she continued': the way words were said
  m('retort', ['retorted', 'retorts']),
  m('quip', ['quipped', 'quips']),
  m('joke', ['joked']),
  m('exclaim', ['exclaimed', 'exclaims']),
  m('shout', ['shouted', 'yelled', 'screamed', 'cried']),
  m('whisper', ['whispered']),
  // crowds: '“…,” the protesters chanted'
  m('chant', ['chanted', 'chanting', 'sang', 'sung', 'sing']),
  m('lament', ['lamented', 'laments']),
  m('counter', ['countered']),
  m('continue', ['continued', 'continues', 'went on', 'goes on']),
  m('shoot-back', ['shot back', 'fired back', 'hit back', 'snapped']),
  m('chime-in', ['chimed in', 'interjected', 'interjects']),
  m('thunder', ['thundered', 'proclaimed', 'proclaims']),
  m('scoff', ['scoffed', 'scoffs']),
  m('message', ['texted', 'emailed', 'wrote back']),
  m('plead', ['pleaded', 'pleads']),
  m('wonder', ['wondered', 'wonders', 'mused', 'muses']),
  m('laugh', ['laughed', 'sighed']),
  m('protest', ['protested']),
  m('elaborate', ['elaborated', 'clarified']),
  // '“…,” the statement read': a document's words, never a clause ("he read the report")
  d('read', ['read', 'reads']),
  n('statement', ['statement', 'statements']),
  n('claim', ['claim', 'claims']),
  n('suggestion', ['suggestion']),
  n('announcement', ['announcement']),
  n('comment', ['comment', 'comments', 'remarks']),
  n('warning', ['warning']),
  n('assertion', ['assertion']),
  n('allegation', ['allegation', 'allegations']),
  n('insistence', ['insistence']),
  n('assurance', ['assurance', 'assurances']),
  n('promise', ['promise', 'pledge', 'vow']),
  n('belief', ['belief', 'view']),
  n('fear', ['fear', 'fears']),
  n('argument', ['argument']),
  n('rhetoric', ['rhetoric']),
  n('message', ['message']),
  n('call', ['call', 'calls', 'appeal']),
  n('readout', ['readout']),
  n('post', ['post', 'tweet']),
  n('report', ['report']),
];

/**
 * Words that may stand between a reporting verb and its content clause without
 * breaking it ("said Saturday that …", "said on Tuesday …").
 */
export const CLAUSE_LEAD_ADJUNCTS: ReadonlySet<string> = new Set([
  'on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  'tonight', 'earlier', 'later', 'last', 'this', 'week', 'month', 'year', 'morning', 'afternoon', 'evening',
  'night', 'late', 'early', 'again', 'also', 'previously', 'repeatedly', 'publicly', 'privately', 'recently', 'then', 'now',
]);

/**
 * Words that close the head of a speaker phrase and open a modifier after it:
 * "one source in the region" → "one source", "an account affiliated with X" →
 * "an account". Not "of": "the government of X", "the head of X" often
 * stand for the body itself, so an "of" phrase keeps its entity.
 */
export const SPEAKER_POSTMODIFIERS: ReadonlySet<string> = new Set([
  'in', 'for', 'at', 'from', 'with', 'on', 'within', 'inside', 'near', 'close', 'affiliated', 'linked', 'loyal', 'allied',
  'associated', 'attached', 'belonging', 'based', 'familiar',
]);

/** Heads of a speaker phrase that speak for the person who owns them ("his office said" → that person). */
export const PROXY_NOUNS: ReadonlySet<string> = new Set(['office', 'spokesperson', 'spokesman', 'spokeswoman', 'representative', 'press office', 'campaign']);

/** Heads of a speaker phrase that are documents: they speak for the issuer the phrase names ("a statement from X"). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'report', 'letter', 'readout', 'communique', 'communiqué', 'memo', 'notice', 'filing', 'release', 'post', 'message', 'document', 'bulletin',
  'plan', 'proposal', 'note', 'complaint',
]);

/**
 * Lemmas of verbs that make a document theirs: "X issued a statement", "a plan proposed by X". A later
 * "the statement said" speaks for that X (../../stages/quotes/issuer.ts).
 */
export const ISSUE_VERBS: ReadonlySet<string> = new Set([
  'issue', 'release', 'publish', 'propose', 'unveil', 'present', 'submit', 'file', 'draft', 'sign', 'send', 'circulate', 'deliver', 'adopt', 'write', 'pen', 'hand', 'lodge',
]);

/**
 * Heads of a group speaker phrase that are nouns for people even where the tagger reads them as verbs
 * ("according to people close to the talks").
 */
/** Heads of an unnamed person's description ("A Russian diplomat in Tripoli", "One elderly villager"), singular. */
export const PERSON_DESCRIPTION_HEADS: ReadonlySet<string> = new Set([
  'diplomat', 'official', 'source', 'analyst', 'man', 'woman', 'resident', 'witness', 'expert', 'observer', 'aide', 'lawmaker', 'soldier',
  'officer', 'commander', 'farmer', 'worker', 'student', 'teacher', 'activist', 'protester', 'protestor', 'member', 'politician', 'legislator',
  'veteran', 'fighter', 'villager', 'shopkeeper', 'trader', 'vendor', 'driver', 'engineer', 'doctor', 'nurse', 'journalist', 'researcher',
  'academic', 'professor', 'economist', 'businessman', 'businesswoman', 'mother', 'father', 'survivor', 'pilot', 'fisherman', 'herder',
  'pensioner', 'voter', 'deputy', 'senator', 'delegate', 'negotiator', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'insider',
]);

export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'military', 'people', 'sources', 'officials', 'residents', 'witnesses', 'experts', 'analysts', 'observers', 'diplomats', 'insiders', 'aides', 'lawmakers',
]);

/** Heads that stand for a country's government: "the Australian government said" speaks as Australia. */
export const GOVERNMENT_NOUNS: ReadonlySet<string> = new Set(['government', 'cabinet', 'regime', 'junta', 'rulers', 'authorities']);

/** Prepositions of where a speaker is, ending the body's phrase: "the embassy in Kessel said", "officials at the port". */
export const SPEAKER_LOCATIVES: ReadonlySet<string> = new Set(['in', 'at']);

/** Participles that place a document on a medium: "a statement read on state television", "a letter published in X". */
export const MEDIUM_PARTICIPLES: ReadonlySet<string> = new Set(['read', 'broadcast', 'aired', 'published', 'posted', 'carried', 'shown', 'televised', 'released', 'issued', 'printed']);

/** What protesters carry that "reads" (GUIDELINES: its words are a quote of whoever carries it). */
export const SIGN_NOUNS: ReadonlySet<string> = new Set(['banner', 'banners', 'placard', 'placards', 'sign', 'signs', 'poster', 'posters', 't-shirts', 'flag', 'flags']);

/** Verbs of carrying a sign ("holding a banner", "carried placards"). */
export const CARRY_VERBS: ReadonlySet<string> = new Set(['holding', 'held', 'hold', 'carrying', 'carried', 'carry', 'waving', 'waved', 'wave', 'raising', 'raised', 'bearing', 'bore', 'brandishing', 'brandished', 'unfurled', 'unfurling', 'wearing', 'wore']);

/** Kinds of organisation a definite description names ("the movement", "the group") when it points back to one that spoke. */
export const ORGANISATION_KINDS: ReadonlySet<string> = new Set(['movement', 'group', 'organisation', 'organization', 'party', 'alliance', 'coalition', 'front', 'militia', 'union', 'association', 'network', 'rebels']);

/** Words that open an indefinite description of a person ("A Russian diplomat", "One senior official"). */
export const INDEFINITE_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another']);
