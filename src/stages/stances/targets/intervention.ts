import type { StanceTargetDefinition } from '../target.js';
import {
  BACKING_TERMS,
  INTERVENTION_AGAINST_ACTS,
  INTERVENTION_CONTEXT_OPPOSITES,
  INTERVENTION_CONTEXT_TERMS,
  INTERVENTION_FAVOR_ACTS,
  INTERVENTION_NOT_TERMS,
  INTERVENTION_TERMS,
  NATIONAL_BASE_TERMS,
  STRIKE_TERMS,
  TERRITORY_TAKING_TERMS,
  TERRITORY_USE_DENIALS,
} from '../../../lexicons/en/intervention.js';

/** Foreign military or security intervention: troops, strikes, operations, taking territory (GUIDELINES.md §5). */
export const INTERVENTION: StanceTargetDefinition = {
  id: 'intervention',
  description: 'Foreign military or security intervention in a country: troops, strikes, military operations, taking territory by force or pressure',
  terms: [...INTERVENTION_TERMS, ...BACKING_TERMS, ...STRIKE_TERMS, ...NATIONAL_BASE_TERMS, ...TERRITORY_TAKING_TERMS],
  contextTerms: INTERVENTION_CONTEXT_TERMS,
  contextOpposites: INTERVENTION_CONTEXT_OPPOSITES,
  exclude: INTERVENTION_NOT_TERMS,
  favor: INTERVENTION_FAVOR_ACTS,
  foreignActs: true,
  against: INTERVENTION_AGAINST_ACTS,
  denials: TERRITORY_USE_DENIALS,
};
