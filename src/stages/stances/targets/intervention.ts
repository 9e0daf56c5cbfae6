import type { StanceTargetDefinition } from '../target.js';

/** Foreign military or security intervention: troops, strikes, operations, taking territory (GUIDELINES.md §5). */
export const INTERVENTION: StanceTargetDefinition = {
  id: 'intervention',
  description: 'Foreign military or security intervention in a country: troops, strikes, military operations, taking territory by force or pressure',
  terms: [
    'troop*', 'soldier*', 'army', 'armies', 'armed forces', 'military', 'militarily', 'military force*', 'use of force', 'warship*',
    'naval deployment', 'deployment', 'deployments', 'airstrike*', 'air strike*', 'drone strike*', 'missile strike*', 'drone operation*',
    'strike', 'strikes', 'bombing*', 'bombard*', 'invasion*', 'invade*', 'invading', 'intervention*', 'intervene*', 'intervening',
    'annex*', 'occupation', 'military base*', 'foreign base*', 'peacekeeping force*', 'peacekeepers', 'boots on the ground',
    'interference', 'meddling', 'take control', 'taking control', 'seize control', 'seizing control', 'retake*', 'retaking',
  ],
  contextTerms: [
    'force', 'forces', 'help', 'assistance', 'action', 'actions', 'operation', 'operations', 'mission', 'coalition',
    'pressure', 'attack', 'attacks', 'take over', 'taking over', 'took over', 'acquire', 'acquiring', 'reclaim*', 'seize', 'seizing',
    'seizure', 'base', 'bases', 'marines', 'navy', 'assets',
  ],
  favor: [
    'send', 'sends', 'sent', 'sending', 'deploy', 'deploys', 'deployed', 'deploying', 'launch', 'launches', 'launched', 'launching',
    'conduct', 'conducts', 'conducted', 'conducting', 'carry out', 'carries out', 'carried out', 'carrying out', 'use', 'uses', 'used',
    'using', 'order', 'orders', 'ordered', 'station', 'stationed', 'escalate', 'escalated', 'step up', 'stepped up', 'expand', 'expanded',
  ],
  against: ['expel', 'expels', 'expelled', 'evict', 'evicts', 'evicted'],
};
