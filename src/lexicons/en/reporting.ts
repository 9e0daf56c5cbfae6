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
 * ("urged Mexico to prepare …", "vowed to prevail …").
 */
export type CueFrame = 'speech' | 'cognition' | 'describe' | 'noun';

export interface ReportingCue {
  readonly id: string;
  readonly frame: CueFrame;
  /** Lower-case forms; a multi-word form is matched word by word. */
  readonly forms: readonly string[];
  readonly toClause?: boolean;
  /** Takes an indirect object before its clause ("told reporters that …"). */
  readonly object?: boolean;
}

const v = (id: string, forms: readonly string[], extra: Partial<Pick<ReportingCue, 'toClause' | 'object'>> = {}): ReportingCue => ({
  id: `verb.${id}`,
  frame: 'speech',
  forms,
  ...extra,
});
const c = (id: string, forms: readonly string[]): ReportingCue => ({ id: `cognition.${id}`, frame: 'cognition', forms });
const d = (id: string, forms: readonly string[]): ReportingCue => ({ id: `describe.${id}`, frame: 'describe', forms });
const n = (id: string, forms: readonly string[]): ReportingCue => ({ id: `noun.${id}`, frame: 'noun', forms });

export const REPORTING_CUES: readonly ReportingCue[] = [
  v('say', ['say', 'says', 'said', 'saying']),
  v('tell', ['tell', 'tells', 'told', 'telling'], { object: true, toClause: true }),
  v('add', ['add', 'adds', 'added', 'adding']),
  v('state', ['state', 'states', 'stated', 'stating']),
  v('declare', ['declare', 'declares', 'declared', 'declaring']),
  v('announce', ['announce', 'announces', 'announced', 'announcing']),
  v('warn', ['warn', 'warns', 'warned', 'warning'], { object: true }),
  v('insist', ['insist', 'insists', 'insisted', 'insisting']),
  v('argue', ['argue', 'argues', 'argued', 'arguing']),
  v('emphasize', ['emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'emphasise', 'emphasises', 'emphasised', 'emphasising']),
  v('stress', ['stress', 'stresses', 'stressed', 'stressing']),
  v('note', ['note', 'notes', 'noted', 'noting']),
  v('claim', ['claim', 'claims', 'claimed', 'claiming']),
  v('suggest', ['suggest', 'suggests', 'suggested', 'suggesting']),
  v('explain', ['explain', 'explains', 'explained', 'explaining']),
  v('confirm', ['confirm', 'confirms', 'confirmed', 'confirming']),
  v('acknowledge', ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging']),
  v('admit', ['admit', 'admits', 'admitted', 'admitting']),
  v('reiterate', ['reiterate', 'reiterates', 'reiterated', 'reiterating']),
  v('assert', ['assert', 'asserts', 'asserted', 'asserting']),
  v('report', ['report', 'reports', 'reported', 'reporting']),
  v('write', ['write', 'writes', 'wrote', 'writing']),
  v('post', ['posted']),
  v('tweet', ['tweet', 'tweets', 'tweeted', 'tweeting']),
  v('respond', ['respond', 'responds', 'responded', 'responding']),
  v('reply', ['reply', 'replies', 'replied', 'replying']),
  v('answer', ['answered']),
  v('ask', ['ask', 'asks', 'asked', 'asking']),
  v('comment', ['commented']),
  v('remark', ['remarked']),
  v('observe', ['observed']),
  v('deny', ['deny', 'denies', 'denied', 'denying']),
  v('allege', ['allege', 'alleges', 'alleged', 'alleging']),
  v('promise', ['promise', 'promises', 'promised', 'promising'], { toClause: true }),
  v('pledge', ['pledge', 'pledges', 'pledged', 'pledging'], { toClause: true }),
  v('vow', ['vow', 'vows', 'vowed', 'vowing'], { toClause: true }),
  v('urge', ['urge', 'urges', 'urged', 'urging'], { object: true, toClause: true }),
  v('advise', ['advise', 'advises', 'advised', 'advising'], { object: true, toClause: true }),
  v('caution', ['caution', 'cautions', 'cautioned', 'cautioning']),
  v('concede', ['concede', 'concedes', 'conceded', 'conceding']),
  v('contend', ['contend', 'contends', 'contended', 'contending']),
  v('complain', ['complained']),
  v('recall', ['recalled']),
  v('recount', ['recounted']),
  v('reveal', ['reveal', 'reveals', 'revealed', 'revealing']),
  v('disclose', ['disclose', 'discloses', 'disclosed', 'disclosing']),
  v('indicate', ['indicated']),
  v('point-out', ['pointed out']),
  v('underscore', ['underscore', 'underscores', 'underscored', 'underscoring', 'underlined']),
  v('repeat', ['repeated']),
  v('testify', ['testified']),
  v('inform', ['informed'], { object: true }),
  v('assure', ['assure', 'assures', 'assured', 'assuring'], { object: true }),
  v('remind', ['reminded'], { object: true }),
  v('boast', ['boast', 'boasts', 'boasted', 'boasting']),
  v('hint', ['hint', 'hints', 'hinted', 'hinting']),
  v('maintain', ['maintains', 'maintained']),
  v('predict', ['predicted']),
  v('conclude', ['concluded']),
  v('according-to', ['according to']),
  c('believe', ['believe', 'believes', 'believed', 'believing']),
  c('think', ['think', 'thinks', 'thought']),
  c('fear', ['fear', 'fears', 'feared']),
  c('feel', ['feel', 'feels', 'felt']),
  c('hope', ['hope', 'hopes', 'hoped']),
  c('expect', ['expect', 'expects', 'expected']),
  c('show', ['show', 'shows', 'showed', 'shown']),
  c('recognize', ['recognize', 'recognizes', 'recognized', 'recognizing', 'recognise', 'recognised', 'recognising']),
  c('agree', ['agree', 'agrees', 'agreed']),
  c('find', ['found', 'finds']),
  c('know', ['know', 'knows', 'knew']),
  d('call', ['call', 'calls', 'called', 'calling']),
  d('describe', ['describe', 'describes', 'described', 'describing']),
  d('label', ['label', 'labels', 'labelled', 'labeled', 'labelling', 'labeling']),
  d('term', ['termed']),
  d('dub', ['dubbed']),
  d('brand', ['branded']),
  d('accuse', ['accuse', 'accuses', 'accused', 'accusing']),
  d('condemn', ['condemn', 'condemns', 'condemned', 'condemning']),
  d('hail', ['hail', 'hails', 'hailed', 'hailing']),
  d('praise', ['praised']),
  d('marvel', ['marvel', 'marvels', 'marvelled', 'marveled', 'marvelling', 'marveling']),
  d('criticize', ['criticized', 'criticised']),
  d('point-to', ['pointed to']),
  d('flag', ['flagged']),
  d('dismiss', ['dismissed']),
  d('quote', ['quoted', 'quoting']),
  d('cite', ['cited', 'citing']),
  d('demand', ['demanded']),
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
]);

/** Heads that stand for a country's government: "the Australian government said" speaks as Australia. */
export const GOVERNMENT_NOUNS: ReadonlySet<string> = new Set(['government', 'cabinet', 'regime', 'junta']);
