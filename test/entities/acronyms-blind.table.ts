/**
 * A BLIND table of invented acronym definitions (GUIDELINES §2: one entity per real-world entity,
 * `name` its fullest form, `aliases` every surface form). Written from the guidelines and the
 * task alone, before the acronym-definition rule existed, and run once before any fix: rows that
 * failed then carry `gap`. Every name and sentence is made up. First run: 20 of 26 rows passed;
 * the six that failed (ARR, FLRF, MDCT, CANAFOR, AUFOR, DWP) pass since the acronym-definition rule
 * (src/stages/entities/acronyms.ts), so none is marked.
 *
 * A row names the long form the entity must be called, the acronym that must be one of its
 * aliases, and the type; a `none` row names a form that must not be an entity name or alias.
 */
import type { EntityType } from '../../src/index.js';

export interface AcronymRow {
  readonly text: string;
  /** The entity's expected name (its long form), or null for a `none` row. */
  readonly name: string | null;
  /** The acronym, an alias of that entity; for a `none` row, a form no entity may carry. */
  readonly acronym: string;
  readonly type?: EntityType;
  /** Failed on the first run. */
  readonly gap?: boolean;
}

export const ACRONYM_ROWS: readonly AcronymRow[] = [
  // initials in parentheses, with a place or an organisation inside the long form
  { text: 'The statement came from the Norland Maritime Safety Board (NMSB) on Friday.', name: 'Norland Maritime Safety Board', acronym: 'NMSB', type: 'ORG' },
  { text: 'Observers from the European Union Election Monitoring Team (EUEMT) arrived late.', name: 'European Union Election Monitoring Team', acronym: 'EUEMT', type: 'ORG' },
  { text: 'Fighters of the Kenya Coast Liberation Front (KCLF) attacked a convoy.', name: 'Kenya Coast Liberation Front', acronym: 'KCLF', type: 'ORG' },
  { text: 'A spokesman for the United Nations Drought Relief Office (UNDRO) said aid was delayed.', name: 'United Nations Drought Relief Office', acronym: 'UNDRO', type: 'ORG' },
  { text: 'The Peru Mining Workers Union (PMWU) called a strike.', name: 'Peru Mining Workers Union', acronym: 'PMWU', type: 'ORG' },
  // function words inside the long form, counted or not
  { text: 'She joined the Alliance for Rural Renewal (ARR) last year.', name: 'Alliance for Rural Renewal', acronym: 'ARR', type: 'ORG' },
  { text: 'The Council of Harbour Cities (CHC) will meet again in May.', name: 'Council of Harbour Cities', acronym: 'CHC', type: 'ORG' },
  { text: 'Delegates of the Federation of Lake and River Fishers (FLRF) walked out.', name: 'Federation of Lake and River Fishers', acronym: 'FLRF', type: 'ORG' },
  { text: 'Members of the League for the Defence of Farmers (LDF) marched.', name: 'League for the Defence of Farmers', acronym: 'LDF', type: 'ORG' },
  { text: 'The Movement for Democratic Change in Tessaly (MDCT) said it would boycott.', name: 'Movement for Democratic Change in Tessaly', acronym: 'MDCT', type: 'ORG' },
  // ", or ACR," and a syllabic acronym taken from the first letters of words
  { text: 'The Caspian Naval Force Kazakhstan, or CANAFOR, said it would patrol the coast.', name: 'Caspian Naval Force Kazakhstan', acronym: 'CANAFOR', type: 'ORG' },
  { text: 'The African Union Force Somalia, or AUFOR, said in a statement that troops had left.', name: 'African Union Force Somalia', acronym: 'AUFOR', type: 'ORG' },
  { text: 'The group, the National Salvation Front, or NSF, rejected the offer.', name: 'National Salvation Front', acronym: 'NSF', type: 'ORG' },
  { text: 'Officials at the Bureau of Inland Waterways, or BIW, declined to comment.', name: 'Bureau of Inland Waterways', acronym: 'BIW', type: 'ORG' },
  // the acronym used again later joins the same entity
  { text: 'The Highland Rescue Service (HRS) sent teams. Later, HRS said two hikers were found.', name: 'Highland Rescue Service', acronym: 'HRS', type: 'ORG' },
  { text: 'Troops of the Sahel Joint Task Force (SJTF) moved north. The SJTF denied any losses.', name: 'Sahel Joint Task Force', acronym: 'SJTF', type: 'ORG' },
  // an acronym whose first part names a body the gazetteer knows
  { text: 'A letter to the UN Water Commission (UNWC) asked for help.', name: 'UN Water Commission', acronym: 'UNWC', type: 'ORG' },
  { text: 'The EU Border Assistance Mission (EUBAM) extended its mandate.', name: 'EU Border Assistance Mission', acronym: 'EUBAM', type: 'ORG' },
  // hyphenated words give a letter per part
  { text: 'The Anti-Corruption Commission (ACC) opened an inquiry.', name: 'Anti-Corruption Commission', acronym: 'ACC', type: 'ORG' },
  // sentence-initial long form
  { text: 'National Farmers Alliance (NFA) leaders met the minister.', name: 'National Farmers Alliance', acronym: 'NFA', type: 'ORG' },
  { text: 'Democratic Workers Party (DWP) officials denied the report.', name: 'Democratic Workers Party', acronym: 'DWP', type: 'ORG' },
  // a country defined with its acronym keeps its type
  { text: 'Talks with the United Arab Emirates (UAE) resumed on Monday.', name: 'United Arab Emirates', acronym: 'UAE', type: 'GPE' },
  // not entities: treaties, programmes, concepts; the long form is not taken
  { text: 'Both sides signed the Coastal Fisheries Treaty (CFT) in June.', name: null, acronym: 'CFT' },
  { text: 'The Rural Roads Initiative (RRI) was launched in 2019.', name: null, acronym: 'RRI' },
  // a possessive before the long form stays outside it
  { text: "Norland's Rapid Border Forces (RBF) crossed the river.", name: 'Rapid Border Forces', acronym: 'RBF', type: 'ORG' },
  // a person before the name is not part of it
  { text: 'Jane Okafor, head of the Lagoon Ports Authority (LPA), resigned.', name: 'Lagoon Ports Authority', acronym: 'LPA', type: 'ORG' },
];
