/** Does the clause around a date point forward ("will", "scheduled for", "is set for")? */
import type { View } from './context.js';
import { superlativeAt, word } from './context.js';
import { pluralLike } from '../../pipeline/tokens.js';
import { FIGURE_REPORT_LEMMAS, REPORTED_FIGURES, RESCHEDULE_LEMMAS, SCHEDULE_THIRD_PERSON_ONLY, SCHEDULE_VERBS, SPEECH_LEMMAS, WEEKDAYS } from '../../lexicons/en/dates.js';

const FUTURE_CUES: ReadonlySet<string> = new Set(['will', 'shall', "'ll", 'scheduled', 'upcoming', 'due', 'set', 'slated', 'planned', 'plans', 'expected', 'going', 'prospect', 'prospects']);

const WINDOW = 8;
/** How far back a modal or future cue reaches a date: past a verb's object ("would hold an emergency meeting of foreign ministers at 11 a.m. on Friday"). */
const FORWARD_WINDOW = 12;

/** Modal verbs: the clause after one is not narrated past ("said he would call in a week"). */
const MODALS: ReadonlySet<string> = new Set(['would', 'will', 'could', 'can', 'may', 'might', 'should', 'must', "'ll", "'d"]);

/** "The board meets Friday", "the fair opens March 14": a present-tense verb of a timetable points forward. */
/** Verbs whose object takes a bare infinitive: "watched them leave", "made him return", "let the crowd march". */
const BARE_INFINITIVE_HEADS: ReadonlySet<string> = new Set(['see', 'watch', 'hear', 'feel', 'notice', 'make', 'let', 'help']);

/** Tags of the words an object noun phrase between such a verb and its infinitive is made of. */
const OBJECT_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON', 'DET', 'ADJ', 'NUM']);

/** "we watched more than 100,000 of our compatriots leave": the verb is the infinitive after a perception or causative verb's object. */
function bareInfinitive(v: View, i: number): boolean {
  for (let k = i - 1, seen = 0; k >= 0 && k >= i - CLAUSE_WINDOW; k--) {
    const t = v.toks[k];
    if (t === undefined) return false;
    if (BARE_INFINITIVE_HEADS.has(t.lemma) && t.pos === 'VERB') return seen > 0;
    const w = word(v, k);
    if (!OBJECT_POS.has(t.pos) && w !== 'of' && w !== 'than' && w !== ',') return false;
    seen++;
  }
  return false;
}

function scheduledVerb(v: View, i: number, from = -1): boolean {
  const t = v.toks[i];
  if (t === undefined || !SCHEDULE_VERBS.has(t.lemma) || bareInfinitive(v, i)) return false;
  if (SCHEDULE_THIRD_PERSON_ONLY.has(t.lemma) && !/s$/.test(word(v, i))) return false;
  // "did not lose a set this week": after a determiner the word is a noun, whatever the tagger says
  return (t.tags.has('Verb') && t.tags.has('PresentTense') && !t.tags.has('Gerund') && (!DETERMINERS.has(word(v, i - 1)) || relativeThat(v, i))) || ((weekdayAt(v, from) || word(v, from + 1) === 'weekend') && (subjectThenVerb(v, i) || bareVerbAfterSubject(v, i)));
}

/** "a summit that opens on Friday": a "that" after a noun, before a verb the tagger calls one, is a relative pronoun, not a determiner. */
function relativeThat(v: View, i: number): boolean {
  return word(v, i - 1) === 'that' && v.toks[i]?.pos === 'VERB' && (v.toks[i - 2]?.pos === 'NOUN' || v.toks[i - 2]?.pos === 'PROPN');
}

/**
 * "showers return at the weekend", "Pupils at Farrowdale Primary return from their break on Monday": a
 * schedule verb's base form that the tagger read as a noun, right after a noun (the subject) and right
 * before a preposition (or, after a plural, before a named or determined object: "The Pilots host
 * Carlton on Sunday"), is the present-tense verb of a plural subject ("their return on Monday" is not).
 * Only before a weekday or "the weekend": with a month it is as often a habit ("Frosts end in April").
 */
function bareVerbAfterSubject(v: View, i: number): boolean {
  const t = v.toks[i];
  const prev = v.toks[i - 1];
  const next = v.toks[i + 1];
  if (t === undefined || prev === undefined || next === undefined || t.text.toLowerCase() !== t.lemma) return false;
  // "Polls close at 8 p.m. on Tuesday": "close" read as an adjective after a plural subject, before a preposition
  if (t.pos === 'ADJ') return pluralSubject(v, i - 1) && next.pos === 'ADP';
  if (!t.tags.has('Noun') || !t.tags.has('Singular')) return false;
  // "… beat Ridgeway on Thursday and host Carlton on Sunday": a base form joined by "and", before its object
  if (word(v, i - 1) === 'and') return next.pos === 'PROPN' || next.pos === 'DET';
  return (prev.pos === 'NOUN' || prev.pos === 'PROPN') && !prev.tags.has('Possessive') && !prev.tags.has('Date')
    // "The Pilots host Carlton on Sunday": after a plural subject, the verb may take a named object first
    && (next.pos === 'ADP' || (pluralSubject(v, i - 1) && (next.pos === 'PROPN' || next.pos === 'DET')));
}

/**
 * A plural noun, or a word in -s the tagger called a singular name: a team-like "the Rams", or a plural
 * that opens its sentence ("Entries close at noon").
 */
function pluralSubject(v: View, i: number): boolean {
  const t = v.toks[i];
  if (t === undefined || !pluralLike(t)) return false;
  return t.tags.has('Plural') || word(v, i - 1) === 'the' || i === 0 || SENTENCE_OPENERS.has(word(v, i - 1));
}

/** A weekday starts the date at `from`, or ends its few tokens ("4 p.m. on Sunday"). */
function weekdayAt(v: View, from: number): boolean {
  for (let k = from; k >= 0 && k < from + 7; k++) if (WEEKDAYS.has(word(v, k))) return true;
  return false;
}

/** Tokens after which a word opens its sentence. */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(['.', '!', '?', '"', '“', '\n']);

const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'our', 'their', 'its', 'his', 'her']);

/**
 * "The plane lands at 4 p.m. on Sunday", "the fleet sails Sunday": before a weekday, a schedule verb's -s form that the tagger
 * read as a plural noun, right after a determiner and one word or a two-noun compound (the subject) and right before a
 * preposition or a date word, is the verb.
 */
function subjectThenVerb(v: View, i: number): boolean {
  const t = v.toks[i];
  if (t === undefined || !t.tags.has('Plural') || !t.text.endsWith('s')) return false;
  const singularWord = (k: number): boolean => v.toks[k]?.kind === 'word' && v.toks[k]?.tags.has('Plural') === false;
  // "The park café, open all weekend, returns …": the subject ends before an aside set off by commas
  const end = word(v, i - 1) === ',' ? asideStart(v, i - 1) - 1 : i - 1;
  // the subject is one word, or a compound of two ("The park café returns to normal hours from Monday")
  const subjectOk = DETERMINERS.has(word(v, end - 1)) ? singularWord(end) : DETERMINERS.has(word(v, end - 2)) && singularWord(end) && (v.toks[end - 1]?.pos === 'NOUN' || v.toks[end - 1]?.pos === 'PROPN');
  const next = v.toks[i + 1];
  return subjectOk && next !== undefined && (next.pos === 'ADP' || next.tags.has('Date'));
}

/** How far back an aside set off by commas may open. */
const ASIDE_REACH = 10;

/** Marks an aside set off by commas does not hold. */
const ASIDE_STOPS: ReadonlySet<string> = new Set(['.', ';', ':', '!', '?', '—', '–', '(', ')', '"', '“', '”']);

/** The comma that opens the aside closed by the comma at `close`, or -1 (no clause mark between them). */
function asideStart(v: View, close: number): number {
  for (let k = close - 1; k >= 0 && k >= close - ASIDE_REACH; k--) {
    if (word(v, k) === ',') return k;
    if (ASIDE_STOPS.has(word(v, k))) return -1;
  }
  return -1;
}

/** "is forecast to hit", "is likely to meet", "is poised to sign": a word that looks ahead before "to". */
const AHEAD_BEFORE_TO: ReadonlySet<string> = new Set(['forecast', 'projected', 'predicted', 'likely', 'poised', 'bound', 'about', 'unlikely', 'tipped']);

/** "have to be there at 9:15 on Wednesday", "needs to file by Friday": an obligation before "to" looks ahead. */
const OBLIGATION_BEFORE_TO: ReadonlySet<string> = new Set(['have', 'has', 'need', 'needs', 'got']);

/** "Forecasters expect snow by Saturday", "analysts predict a cut in March": a present verb of foreseeing looks ahead. */
const FORESEE_PRESENT: ReadonlySet<string> = new Set(['expect', 'expects', 'forecast', 'forecasts', 'predict', 'predicts', 'anticipate', 'anticipates', 'foresee', 'foresees']);

/** Future cues that look ahead only before "to" or "for" ("set to open", "is set for Friday"; not "set a record", "lose a set"). */
const CUES_BEFORE_TO: ReadonlySet<string> = new Set(['set']);

function futureCue(v: View, i: number, from = -1): boolean {
  const w = word(v, i);
  // "Let's do Tues instead": a suggestion looks ahead
  if (w === "'s" && word(v, i - 1) === 'let') return true;
  return (FUTURE_CUES.has(w) && (!CUES_BEFORE_TO.has(w) || word(v, i + 1) === 'to' || word(v, i + 1) === 'for')) || w.endsWith("'ll") || scheduledVerb(v, i, from) || prospectiveModal(v, i) || (AHEAD_BEFORE_TO.has(w) && word(v, i + 1) === 'to') ||
    (OBLIGATION_BEFORE_TO.has(w) && word(v, i + 1) === 'to') || (FORESEE_PRESENT.has(w) && v.toks[i]?.tags.has('PastTense') !== true);
}

/** Modals that look ahead from the time of the clause ("said it would vote on Thursday", "could meet Friday"). */
const PROSPECTIVE_MODALS: ReadonlySet<string> = new Set(['would', 'could', 'might', 'may', 'should', 'must', 'can', "'d"]);

/** A modal auxiliary that looks ahead: not a perfect one ("would have met on Monday" is the past). */
function prospectiveModal(v: View, i: number): boolean {
  if (!PROSPECTIVE_MODALS.has(word(v, i)) || v.toks[i]?.pos !== 'AUX') return false;
  const next = word(v, i + 1) === 'not' || word(v, i + 1) === "n't" ? i + 2 : i + 1;
  if (word(v, next) !== 'have' && word(v, next) !== "'ve") return true;
  // "would have a scan on Tuesday", "could have talks": "have" with an object is the main verb, not a perfect
  return HAVE_OBJECT_STARTS.has(word(v, next + 1));
}

/** Words that open the object of a main-verb "have" ("have a scan", "have talks with"), never a past participle. */
const HAVE_OBJECT_STARTS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'talks', 'surgery', 'lunch', 'dinner', 'breakfast', 'his', 'her', 'their', 'its', 'our', 'no', 'some', 'more', 'further']);

/** Verbs after which a past form is a participle or an adjective: "will remain closed", "would stay shut", "was closed". */
const LINKING_LEMMAS: ReadonlySet<string> = new Set(['be', 'remain', 'stay', 'get', 'become', 'seem', 'appear', 'keep']);

/** A finite past-tense verb ("said", "announced"), not a participle ("will be sworn", "will remain closed"). */
function pastVerb(v: View, i: number): boolean {
  const tags = v.toks[i]?.tags;
  if (tags === undefined || !tags.has('PastTense') || tags.has('Participle') || tags.has('Passive')) return false;
  const prev = v.toks[i - 1];
  return prev === undefined || !(LINKING_LEMMAS.has(prev.lemma) || MODALS.has(word(v, i - 1)));
}

/** A finite past-tense verb in the few tokens before `from` ("flew 1200km in 8 hours"). */
export function pastBefore(v: View, from: number, window = WINDOW): boolean {
  for (let k = from - 1; k >= 0 && k >= from - window; k--) {
    if (pastVerb(v, k)) return true;
    if (MODALS.has(word(v, k)) || futureCue(v, k)) return false; // "he said he would call back in a week"
  }
  return false;
}

/** A perfect ("have done", "has sold", "had built") in the few tokens before `from`, no modal nearer: "have done their shopping in four days" is a span. */
export function perfectBefore(v: View, from: number, window = WINDOW): boolean {
  for (let k = from - 1; k >= 1 && k >= from - window; k--) {
    if (MODALS.has(word(v, k)) || futureCue(v, k)) return false;
    const t = v.toks[k];
    const aux = word(v, k - 1) === 'not' || word(v, k - 1) === "n't" ? k - 2 : k - 1;
    if (t !== undefined && (t.tags.has('PastTense') || t.tags.has('Participle')) && t.pos === 'VERB' && PERFECT_AUX.has(word(v, aux))) return true;
  }
  return false;
}

const PERFECT_AUX: ReadonlySet<string> = new Set(['have', 'has', 'had', "'ve"]);

/** "The vote is on Thursday", "the deadline is December 10": a present copula right before the date (or its preposition). */
function copulaBefore(v: View, from: number): boolean {
  let k = DATE_PREPOSITIONS.has(word(v, from - 1)) ? from - 2 : from - 1;
  // "backup windows are available on Saturday", "the office is open on Monday": an adjective between (not a past participle)
  // (only before "on" and a day, and not a superlative: "planting is best in March" is no plan)
  if (k === from - 2 && word(v, from - 1) === 'on' && v.toks[k]?.pos === 'ADJ' && v.toks[k]?.tags.has('Participle') !== true && v.toks[k]?.tags.has('PastTense') !== true && !superlativeAt(v, k)) k--;
  // "the vote's on Saturday", "Gig's on Sat": a word's "'s" right before a preposition is "is" (a possessive wants its noun)
  if (k === from - 2 && word(v, k) === "'s" && v.toks[k - 1]?.kind === 'word') return true;
  const t = v.toks[k];
  return t !== undefined && t.tags.has('Copula') && t.tags.has('PresentTense') && word(v, k) !== 'be' && word(v, k) !== 'being';
}

const DATE_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'for', 'at']);

/** The clause before `from` narrates the past: a finite past verb within the sentence's last few words, no modal or future cue nearer. */
export function narratedBefore(v: View, from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - CLAUSE_WINDOW; k--) {
    if (pastVerb(v, k)) return true;
    if (MODALS.has(word(v, k)) || word(v, k) === ';') return false;
  }
  return false;
}

export const CLAUSE_WINDOW = 14;

/** "starting Monday", "effective April 1": a word that opens a period from the date on. */
const ONSET_WORDS: ReadonlySet<string> = new Set(['starting', 'beginning', 'effective']);

/** "The ministers are meeting on Friday": a present progressive right before the date (or its preposition) is an arrangement. */
function progressiveBefore(v: View, from: number): boolean {
  const k = DATE_PREPOSITIONS.has(word(v, from - 1)) ? from - 2 : from - 1;
  const aux = word(v, k - 1);
  return v.toks[k]?.tags.has('Gerund') === true && (aux === 'is' || aux === 'are' || aux === 'am' || aux === "'re" || aux === "'s");
}

/** Particles a participle may take before its date ("breaking up on Friday", "setting off on Monday"). */
const PARTICLES: ReadonlySet<string> = new Set(['up', 'off', 'out', 'down', 'in', 'back', 'away', 'over']);

/**
 * "is the worst moment, with schools breaking up on Friday": a participle after "with" and its subject, in a
 * sentence whose verb before it is present, tells what is coming ("with schools breaking up on Friday, roads
 * were busy" is past: the verb before it decides, and a sentence that opens with "with" is left alone).
 */
function withParticiple(v: View, from: number): boolean {
  let k = DATE_PREPOSITIONS.has(word(v, from - 1)) ? from - 2 : from - 1;
  if (PARTICLES.has(word(v, k))) k--;
  if (v.toks[k]?.tags.has('Gerund') !== true) return false;
  let w = k - 1;
  while (w > k - 4 && w >= 0 && word(v, w) !== 'with') w--;
  if (word(v, w) !== 'with' || w === k - 1) return false;
  for (let j = w - 1; j >= 0 && j >= w - WINDOW; j--) {
    const t = v.toks[j];
    if (t === undefined || pastVerb(v, j) || MODALS.has(word(v, j))) return false;
    if (t.tags.has('PresentTense') && (t.pos === 'VERB' || t.pos === 'AUX')) return true;
  }
  return false;
}

/** Prepositions that give the new date of a moved event ("moved to", "postponed until"). */
const GOAL_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'until', 'till', 'for']);

/**
 * "The meeting was moved to Sept. 30", "postponed the vote until March 3": the date a verb of
 * rescheduling moves an event to is ahead of the move, whatever the verb's tense.
 */
function rescheduledTo(v: View, from: number): boolean {
  // "put back to no earlier than Thursday", "moved to no later than June": the bound sits between the preposition and the date
  const bound = (word(v, from - 1) === 'than' && word(v, from - 3) === 'no' && (word(v, from - 2) === 'earlier' || word(v, from - 2) === 'later')) ? 3 : 0;
  const at = from - bound;
  if (!GOAL_PREPOSITIONS.has(word(v, at - 1))) return false;
  for (let k = at - 2; k >= 0 && k >= at - PAST_WINDOW; k--) {
    if (CLAUSE_BREAKS.has(word(v, k))) return false;
    const t = v.toks[k];
    if (t !== undefined && t.tags.has('Verb')) return RESCHEDULE_LEMMAS.has(t.lemma);
  }
  return false;
}

/** Prepositions of a deadline: "by December", "until Friday". */
const DEADLINE_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'before', 'until', 'till']);

/** Verbs that ask for something still to be done ("called for a review by December", "warned residents to stay away until Friday"). */
const DIRECTIVE_LEMMAS: ReadonlySet<string> = new Set(['call', 'urge', 'demand', 'ask', 'request', 'press', 'push', 'warn', 'order', 'advise', 'instruct', 'insist']);

/** How far back the verb asking for a deadline may be: past its object and an infinitive. */
const DIRECTIVE_WINDOW = 20;

/** A deadline in a clause that asks for something: the date is ahead of the asking, whatever its tense. */
function directedDeadline(v: View, from: number): boolean {
  if (!DEADLINE_PREPOSITIONS.has(word(v, from - 1))) return false;
  for (let k = from - 2; k >= 0 && k >= from - DIRECTIVE_WINDOW; k--) {
    const w = word(v, k);
    if (w === '.' || w === ';' || w === 'but') return false;
    const t = v.toks[k];
    if (t !== undefined && t.tags.has('Verb') && DIRECTIVE_LEMMAS.has(t.lemma)) return true;
  }
  return false;
}

/** Verbs whose object is told to do something still to come ("urged employers to let staff work from home on Friday"). */
const TELLING_LEMMAS: ReadonlySet<string> = new Set([...DIRECTIVE_LEMMAS, 'tell', 'encourage', 'invite', 'remind']);

/** Nouns of a message that carries a call ("in a post on Tuesday", "in a statement on Friday"). */
const MESSAGE_NOUNS: ReadonlySet<string> = new Set(['post', 'statement', 'message', 'letter', 'interview', 'speech', 'tweet', 'video', 'broadcast', 'briefing', 'address', 'posts', 'statements', 'messages', 'letters']);

/**
 * "urged employers to let staff work from home on Friday", "told jurors to report at 9 a.m. Tuesday": a date in the
 * infinitive a directive verb governs is ahead of the asking, whatever its tense ("told jurors on Friday to report"
 * dates the telling, before the infinitive, and stays as it is).
 */
function directedAct(v: View, from: number): boolean {
  let infinitive = false;
  for (let k = from - 1; k >= 0 && k >= from - DIRECTIVE_WINDOW; k--) {
    const w = word(v, k);
    if (w === '.' || w === ';' || w === 'but' || w === '"' || w === '“' || w === '”') return false;
    const t = v.toks[k];
    if (t === undefined) return false;
    // "called on supporters to come in a post on Tuesday": a date after the message that carried the call dates the call
    if (MESSAGE_NOUNS.has(w) && !infinitive) return false;
    if (w === 'to' && v.toks[k + 1]?.pos === 'VERB') infinitive = true;
    else if (t.tags.has('Verb') && TELLING_LEMMAS.has(t.lemma)) return infinitive;
  }
  return false;
}

/** Verbs that grant or ask a deadline: "gave the operator until Friday", "has until June", "needed until the autumn". */
const DEADLINE_GIVERS: ReadonlySet<string> = new Set(['give', 'have', 'get', 'allow', 'grant', 'need']);

/** How far after an "until" date its "to" + verb may come ("until 5 p.m. on Friday to respond"). */
const DEADLINE_ACT_REACH = 7;

/** "gave the operator until 5 p.m. Friday to respond", "has until June to decide": a deadline for an act still to do looks ahead. */
function deadlineForAct(v: View, from: number): boolean {
  if (!UNTIL.has(word(v, from - 1))) return false;
  let giver = false;
  // ("had sat until 11.47pm on Thursday to pass a bill": an auxiliary "had" before its participle gives no deadline)
  for (let k = from - 2; k >= 0 && k >= from - 5 && !giver; k--) giver = v.toks[k]?.tags.has('Verb') === true && DEADLINE_GIVERS.has(v.toks[k]?.lemma ?? '') && v.toks[k + 1]?.tags.has('Participle') !== true;
  if (!giver) return false;
  for (let k = from + 1; k < v.toks.length && k <= from + DEADLINE_ACT_REACH; k++) {
    const w = word(v, k);
    if (w === 'to') return v.toks[k + 1]?.tags.has('Verb') === true && v.toks[k + 1]?.tags.has('PastTense') !== true;
    // ("p.m." is two tokens, its period no sentence end)
    if (w === ',' || w === ';' || (w === '.' && v.toks[k]?.pos === 'PUNCT') || v.toks[k]?.tags.has('Verb') === true) return false;
  }
  return false;
}

/** "Customers can call Monday through Friday": "can" before a span of weekdays says when one may, a timetable, not a week ahead. */
export function abilityBefore(v: View, from: number): boolean {
  // clock times and numbers on the way count as nothing ("can call 1-888-… between 9 a.m. and 5 p.m. Monday through Friday")
  for (let k = from - 1, budget = WINDOW; k >= 0 && budget > 0; k--) {
    const w = word(v, k);
    if (w === ';' || (w === '.' && !CLOCK_PIECE.test(word(v, k - 1)))) return false;
    if (w === 'can') return true;
    if (!CLOCK_PIECE.test(w) && !NUMBER_PIECE.test(w)) budget--;
  }
  return false;
}

const NUMBER_PIECE = /^(?:\d+|-)$/;

/** Tokens of a written clock time: "9", "a.m", ".", "15:30". */
const CLOCK_PIECE = /^(?:\d{1,2}|[ap]\.?m|\.|:|\d{1,2}:\d{2})$/;

const PERIOD_UNITS: ReadonlySet<string> = new Set(['days', 'weeks', 'months', 'day', 'week', 'month']);

/** "proclaimed a week of mourning from Friday": a period counted from a day starts on or after its declaring. */
function periodFrom(v: View, from: number): boolean {
  if (word(v, from - 1) !== 'from') return false;
  for (let k = from - 2; k >= 0 && k >= from - 6; k--) {
    const w = word(v, k);
    if (w === ',' || w === '.' || w === ';') return false;
    if (!PERIOD_UNITS.has(w)) continue;
    // the period is what a verb of declaring sets: "proclaimed a week of mourning from Friday"
    for (let j = k - 1; j >= 0 && j >= k - 4; j--) if (DECLARING_LEMMAS.has(v.toks[j]?.lemma ?? '')) return true;
    return false;
  }
  return false;
}

const DECLARING_LEMMAS: ReadonlySet<string> = new Set(['declare', 'announce', 'order', 'impose', 'decree', 'proclaim']);

/** "The shop is open until Saturday", "rain till Mon.": a limit with no past verb before it is still ahead. */
const UNTIL: ReadonlySet<string> = new Set(['until', 'till', 'til', "'til"]);

/** Verbs whose "from"/"for" date is ahead of them in any tense: "warned of snow from Sunday night", "called a strike for Saturday". */
const AHEAD_GOVERNORS: ReadonlySet<string> = new Set(['warn', 'forecast', 'predict', 'expect', 'call', 'schedule', 'set', 'plan', 'announce', 'book', 'postpone', 'move']);

/**
 * "returns to normal hours from Monday", "called a strike for Saturday", "warned of heavy snow from Sunday night":
 * a date after "from" or "for" whose nearest verb before is one of AHEAD_GOVERNORS, or a present-simple verb (a
 * timetable), is ahead ("for Saturday's attack" is an event already named, not a date set).
 */
function aheadOfGovernor(v: View, from: number): boolean {
  const prep = word(v, from - 1);
  if ((prep !== 'from' && prep !== 'for') || word(v, from + 1) === "'s") return false;
  for (let k = from - 2; k >= 0 && k >= from - FORWARD_WINDOW; k--) {
    const t = v.toks[k];
    // "warned of more snow over the holiday, from Thursday through Sunday": a comma right before the preposition sets the span off, it ends no clause
    if (t === undefined || (word(v, k) === ',' && k !== from - 2) || word(v, k) === ';') return false;
    // "A warning is in force from Saturday", "the museum is closed from Monday": a present state that starts on that day
    if (PRESENT_COPULAS.has(word(v, k))) return true;
    if (t.pos !== 'VERB') continue;
    if (AHEAD_GOVERNORS.has(t.lemma)) return true;
    // a base form counts too ("The new rules apply from Monday"), but not after a past "did" ("did not apply from May")
    return t.tags.has('PresentTense') && !t.tags.has('PastTense') && !afterDid(v, k) && !LINKING_LEMMAS.has(t.lemma);
  }
  return false;
}

const PRESENT_COPULAS: ReadonlySet<string> = new Set(['is', 'are', "'s", "'re"]);

/** The bare verb at `k` follows a past "did" ("did lose", "did not apply", "didn't apply"). */
function afterDid(v: View, k: number): boolean {
  const aux = word(v, k - 1) === 'not' || word(v, k - 1) === "n't" ? k - 2 : k - 1;
  return word(v, aux) === 'did';
}

/** Tokens after which a date opens its clause, as at the start of a sentence ("… three days ago: Saturday we walk"). */
const HEAD_BREAKS: ReadonlySet<string> = new Set([':', '—', '“', '"', ';', 'and', 'but']);

/** The date at `from` (with an "on"/"by" before it) opens its sentence, or its clause after a colon, dash, quote mark, semicolon or "and"/"but" ("…, and on Thursday MPs will debate"). */
function atClauseHead(v: View, from: number): boolean {
  const lead = word(v, from - 1) === 'on' || word(v, from - 1) === 'by' ? from - 1 : from;
  return lead === 0 || HEAD_BREAKS.has(word(v, lead - 1));
}

/**
 * "Saturday we walk from the square", "On Monday, I fly home": a day at the head of its clause, then "we"/"I"
 * and a present verb, is a plan told by the one who makes it (narration would say "we walked").
 */
function firstPersonPresent(v: View, from: number): boolean {
  let k = from + 1;
  while (k < v.toks.length && k <= from + 2 && v.toks[k]?.kind !== 'word') k++;
  const w = word(v, k);
  if (w !== 'we' && w !== 'i') return false;
  const t = v.toks[k + 1];
  return t !== undefined && t.tags.has('Verb') && t.tags.has('PresentTense') && !t.tags.has('Gerund') && !t.tags.has('PastTense');
}

/**
 * "… asking the Assembly to condemn the bill, and on Monday the Assembly voted": a date at the head of its clause whose
 * own verb, after it and before any comma, is a finite past. What comes before the clause does not look ahead for it.
 */
function pastAfterClauseHead(v: View, from: number): boolean {
  for (let k = from + 1; k < v.toks.length && k <= from + WINDOW; k++) {
    const w = word(v, k);
    if (w === ',' || w === '.' || w === ';' || w === '?' || w === '!') return false;
    if (pastVerb(v, k)) return true;
    if (futureCue(v, k) || MODALS.has(w)) return false;
  }
  return false;
}

export function forwardAt(v: View, from: number): boolean {
  const head = atClauseHead(v, from);
  if (head && firstPersonPresent(v, from)) return true;
  if (head && pastAfterClauseHead(v, from)) return false;
  if (rescheduledTo(v, from) || directedDeadline(v, from) || directedAct(v, from) || aheadOfGovernor(v, from) || deadlineForAct(v, from)) return true;
  if (UNTIL.has(word(v, from - 1)) && !pastBefore(v, from - 1)) return true;
  if (periodFrom(v, from)) return true;
  if (copulaBefore(v, from) || progressiveBefore(v, from) || withParticiple(v, from) || ONSET_WORDS.has(word(v, from - 1))) return true;
  // clock times on the way count as nothing: "the sale runs from 9 a.m. to 5 p.m. on Saturday"
  let k = from - 1;
  for (let budget = FORWARD_WINDOW; k >= 0 && budget > 0; k--) {
    if (pastVerb(v, k)) return false;
    if (futureCue(v, k, from)) return true;
    if (!CLOCK_PIECE.test(word(v, k))) budget--;
  }
  // "Forecasters expect a dry start to June, with highs of 24C on Tuesday": a present verb of foreseeing governs its whole sentence
  for (; k >= 0; k--) {
    if (pastVerb(v, k) || MODALS.has(word(v, k))) break;
    if (FORESEE_PRESENT.has(word(v, k)) && v.toks[k]?.tags.has('PresentTense') === true) return true;
  }
  // "On Friday, Okafor will be sworn in": a date at the head of its clause, the verb after it.
  if (!head) return false;
  for (let k = from + 1; k < v.toks.length && k <= from + WINDOW; k++) {
    if (pastVerb(v, k)) return false;
    if (futureCue(v, k)) return true;
  }
  return false;
}

/** How far back "since" and a gerund may open the clause a date closes ("since taking office in October"). */
const SINCE_REACH = 5;

/** "since taking office in October", "since signing the deal in May": what a "since" clause starts from is past. */
export function sinceGerund(v: View, from: number): boolean {
  for (let k = from - 1; k >= 1 && from - k <= SINCE_REACH; k--) {
    const w = word(v, k);
    if (w === ',' || w === ';' || w === '.') return false;
    if (v.toks[k]?.tags.has('Gerund') === true) return word(v, k - 1) === 'since';
  }
  return false;
}

/** Tokens that end the clause a date sits in, looking back. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', ';', ':', 'that', 'and', 'but', '—', '–', '(']);

/**
 * The verb of the date's own clause is a finite past ("closed in March", "was held on April 1",
 * "had met in May"), not a speech verb whose report may look ahead ("said elections in April").
 * Looks back a few tokens to the nearest verb; infinitives and present verbs say no.
 */
export function pastClause(v: View, from: number): boolean {
  if (rescheduledTo(v, from)) return false;
  let crossed = false;
  for (let k = from - 1; k >= 0 && k >= from - PAST_WINDOW; k--) {
    const w = word(v, k);
    // "It was delayed twice, first in January", "closed in May and again in June": a segment with no verb of its own
    // goes on the clause before it (once)
    if (!crossed && ELLIPSIS_BREAKS.has(w) && verbless(v, k + 1, from)) {
      crossed = true;
      continue;
    }
    if (CLAUSE_BREAKS.has(w)) return false;
    const t = v.toks[k];
    // a word right after a determiner is a noun ("lose a set"), whatever the tagger says
    if (t === undefined || !t.tags.has('Verb') || (DETERMINERS.has(word(v, k - 1)) && !relativePronoun(v, k - 1))) continue;
    // a speech verb's report may look ahead ("said elections in April"), but a date right after it is the saying's ("said in February that …")
    if (t.tags.has('PastTense') && !t.tags.has('Participle') && !t.tags.has('Passive')) return !SPEECH_LEMMAS.has(t.lemma) || k === from - 1 || (k === from - 2 && DATE_PREPOSITIONS.has(word(v, from - 1))) || reportsData(v, k, from);
    if (t.tags.has('Participle') || t.tags.has('Passive') || t.tags.has('Gerund')) continue; // "was held", "had closed"
    // "returned to profit in the fourth quarter", "swung to growth": the word after a verb of change and "to" is the state reached
    if (word(v, k - 1) === 'to' && pastVerb(v, k - 2) && CHANGE_TO_STATE.has(v.toks[k - 2]?.lemma ?? '')) return true;
    // "did not lose a set this week": a bare verb after a past "did" narrates the past
    return afterDid(v, k);
  }
  return false;
}

/** How far back the verb of a date's clause may sit: "rejected foreign military bases in a referendum in November" (7 words). 6 missed that; 8 moved no other set. */
const PAST_WINDOW = 8;

/** "the army that ran from the town in May": a "that" the tagger reads as a pronoun opens a relative clause, its verb no noun. */
function relativePronoun(v: View, i: number): boolean {
  return word(v, i) === 'that' && v.toks[i]?.pos === 'PRON';
}

/** Breaks a verbless segment may follow: "was delayed twice, first in January", "in May and again in June". */
const ELLIPSIS_BREAKS: ReadonlySet<string> = new Set([',', 'and']);

/** No verb, auxiliary or quote mark among tokens [from, to). */
function verbless(v: View, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = v.toks[k];
    if (t === undefined || t.tags.has('Verb') || t.pos === 'VERB' || t.pos === 'AUX' || /^["“”]$/.test(t.text)) return false;
  }
  return true;
}

/**
 * "reported record sales for the fourth quarter", "announced a loss in the first half": a verb of
 * reporting whose object is the figures of a period (one of REPORTED_FIGURES before the date) tells
 * the past, not the report's future.
 */
function reportsData(v: View, verb: number, from: number): boolean {
  if (!FIGURE_REPORT_LEMMAS.has(v.toks[verb]?.lemma ?? '')) return false;
  for (let k = verb + 1; k < from; k++) if (REPORTED_FIGURES.has(word(v, k))) return true;
  return false;
}

/** Verbs of reaching a state, whose "to" takes a noun the tagger may read as a verb ("returned to profit", "swung to growth"). */
const CHANGE_TO_STATE: ReadonlySet<string> = new Set(['return', 'swing', 'turn', 'slip', 'slide', 'fall', 'rise', 'climb', 'switch']);

/** Tokens a subject noun phrase holding a date may run before it ("Ticket sales in the fourth quarter were up"). */
const SUBJECT_REACH = 6;

/** The date at `from` sits in the sentence's subject: no verb, clause break or quote before it. */
function inSubject(v: View, from: number): boolean {
  if (from > SUBJECT_REACH) return false;
  for (let k = 0; k < from; k++) {
    const t = v.toks[k];
    if (t === undefined || t.tags.has('Verb') || t.pos === 'VERB' || t.pos === 'AUX' || t.kind === 'punct') return false;
  }
  return true;
}

/**
 * "A first attempt to launch it, on Dec. 2, was stopped": a date set off by commas (an aside, with its preposition)
 * right before a finite past verb narrates the past.
 */
export function pastAfterAside(v: View, from: number, to: number): boolean {
  const lead = DATE_PREPOSITIONS.has(word(v, from - 1)) ? from - 1 : from;
  if (word(v, lead - 1) !== ',' || word(v, to) !== ',') return false;
  const t = v.toks[to + 1];
  return t !== undefined && (pastVerb(v, to + 1) || ((t.pos === 'AUX' || t.tags.has('Copula')) && t.tags.has('PastTense')));
}

/**
 * "In October, the deal collapsed": a date heading its sentence (after at most a preposition and
 * "early"/"late") narrates the past when the first finite verb after it is a past one.
 */
export function pastAfterHead(v: View, from: number): boolean {
  let h = 0;
  if (DATE_PREPOSITIONS.has(word(v, h)) || word(v, h) === 'by' || word(v, h) === 'during') h++;
  if (from > h + 1 && !inSubject(v, from)) return false;
  for (let k = from + 1; k < v.toks.length && k <= from + WINDOW; k++) {
    if (pastVerb(v, k)) return true;
    if (futureCue(v, k) || MODALS.has(word(v, k)) || v.toks[k]?.tags.has('PresentTense') === true) return false;
  }
  return false;
}
