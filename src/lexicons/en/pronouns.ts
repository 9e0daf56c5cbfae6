/**
 * Personal pronouns and role nouns for the reference resolver (src/stages/coref).
 */
export type Gender = 'female' | 'male' | 'unknown';

export interface PronounInfo {
  readonly id: string;
  /** `person` pronouns refer to PERSON entities; `thing` ones to organisations and places. */
  readonly refers: 'person' | 'thing' | 'group';
  readonly gender: Gender;
}

export const PRONOUNS: ReadonlyMap<string, PronounInfo> = new Map<string, PronounInfo>([
  ['she', { id: 'pronoun.she', refers: 'person', gender: 'female' }],
  ['her', { id: 'pronoun.her', refers: 'person', gender: 'female' }],
  ['he', { id: 'pronoun.he', refers: 'person', gender: 'male' }],
  ['him', { id: 'pronoun.him', refers: 'person', gender: 'male' }],
  ['his', { id: 'pronoun.his', refers: 'person', gender: 'male' }],
  ['it', { id: 'pronoun.it', refers: 'thing', gender: 'unknown' }],
  ['its', { id: 'pronoun.its', refers: 'thing', gender: 'unknown' }],
  ['they', { id: 'pronoun.they', refers: 'group', gender: 'unknown' }],
  ['them', { id: 'pronoun.them', refers: 'group', gender: 'unknown' }],
]);

/** Titles and honorifics that tell a person's gender (lower case, without a final period). */
export const GENDERED_TITLES: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['madam', 'female'], ['queen', 'female'], ['princess', 'female'],
  ['dame', 'female'], ['lady', 'female'], ['spokeswoman', 'female'], ['chairwoman', 'female'], ['congresswoman', 'female'],
  ['first lady', 'female'], ['sister', 'female'],
  ['mr', 'male'], ['king', 'male'], ['prince', 'male'], ['sir', 'male'], ['lord', 'male'], ['spokesman', 'male'],
  ['chairman', 'male'], ['congressman', 'male'], ['father', 'male'], ['brother', 'male'], ['emir', 'male'], ['sheikh', 'male'],
]);

/**
 * Role nouns that can stand for a titled person, with the titles they match
 * ("the premier" → an entity titled "Prime Minister" or "Premier").
 */
export const ROLE_NOUNS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['president', ['president', 'president-elect']],
  ['president-elect', ['president-elect', 'president']],
  ['premier', ['premier', 'prime minister', 'pm']],
  ['prime minister', ['prime minister', 'premier', 'pm']],
  ['minister', ['minister']],
  ['chancellor', ['chancellor']],
  ['secretary', ['secretary']],
  ['governor', ['governor', 'gov.']],
  ['mayor', ['mayor']],
  ['senator', ['senator', 'sen.']],
  ['envoy', ['envoy', 'ambassador', 'special envoy']],
  ['ambassador', ['ambassador', 'envoy']],
  ['spokesman', ['spokesman', 'spokesperson']],
  ['spokeswoman', ['spokeswoman', 'spokesperson']],
  ['spokesperson', ['spokesperson', 'spokesman', 'spokeswoman']],
  ['judge', ['judge', 'justice']],
  ['chairman', ['chairman', 'chair']],
  ['ceo', ['ceo', 'chief executive', 'chief executive officer']],
  ['chief executive', ['chief executive', 'ceo', 'chief executive officer']],
  ['leader', ['leader']],
  ['king', ['king']],
  ['queen', ['queen']],
  ['general', ['general', 'gen.']],
  ['coach', ['coach', 'head coach']],
]);

/** Nouns that stand for an organisation ("the company said"). */
export const ORG_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'agency', 'ministry', 'department', 'government', 'administration', 'bank', 'chain',
  'retailer', 'organization', 'organisation', 'party', 'airline', 'maker', 'network', 'newspaper',
  'regulator', 'watchdog', 'insurer', 'startup', 'broadcaster', 'charity', 'club', 'union', 'carrier', 'operator', 'utility',
  'lender', 'carmaker', 'automaker', 'manufacturer', 'publisher', 'studio', 'league',
]);

/**
 * Nouns for a person other than the one named with them: "Haddad's brother said", "a friend of
 * Haddad said" are not Haddad. (A spokesperson or an office speaks *for* the person: PROXY_NOUNS.)
 */
export const RELATION_NOUNS: ReadonlySet<string> = new Set([
  'son', 'sons', 'daughter', 'daughters', 'brother', 'brothers', 'sister', 'sisters', 'mother', 'father', 'parents',
  'wife', 'husband', 'widow', 'widower', 'child', 'children', 'cousin', 'uncle', 'aunt', 'nephew', 'niece',
  'grandson', 'granddaughter', 'grandmother', 'grandfather', 'relative', 'relatives', 'family', 'friend', 'friends',
  'neighbour', 'neighbours', 'neighbor', 'neighbors', 'colleague', 'colleagues', 'classmate', 'girlfriend', 'boyfriend',
  'fiance', 'fiancé', 'fiancee', 'fiancée', 'deputy', 'successor', 'predecessor', 'rival', 'opponent', 'opponents',
  'critics', 'supporters', 'teammate', 'teammates', 'coach', 'mentor',
]);
