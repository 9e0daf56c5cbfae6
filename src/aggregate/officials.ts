/**
 * Head nouns of a country's official bodies and representatives: a stance
 * holder "<country or demonym> <head>" ("Mexican officials", "Mexico's
 * government", "the Canadian foreign ministry") speaks for the country, so the
 * aggregate rolls it up to the country's code. General English, not tied to
 * any article. Lower case; matched against the phrase's last word.
 */
export const OFFICIAL_HEADS: ReadonlySet<string> = new Set([
  'government', 'governments', 'administration', 'authorities', 'officials', 'official', 'ministry', 'ministries',
  'minister', 'ministers', 'cabinet', 'embassy', 'consulate', 'diplomats', 'diplomat', 'delegation', 'negotiators',
  'lawmakers', 'legislators', 'legislature', 'parliament', 'congress', 'senate', 'senators', 'presidency', 'leadership',
  'leaders', 'state', 'regime', 'spokesperson', 'spokesman', 'spokeswoman', 'department', 'office', 'military', 'army',
]);

/** Words that may sit between the country and the head ("Mexico's foreign ministry", "US federal officials"). */
export const OFFICIAL_MODIFIERS: ReadonlySet<string> = new Set([
  'foreign', 'federal', 'national', 'central', 'interior', 'defense', 'defence', 'security', 'senior', 'top', 'high-ranking',
  'former', 'current', 'new', 'local', 'state', 'public', 'government', 'military', 'economy', 'finance', 'trade',
]);
