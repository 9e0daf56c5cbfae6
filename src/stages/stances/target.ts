/**
 * A stance target as data. The built-in targets (`intervention`,
 * `sovereignty`) and user-defined ones share this shape; everything in it is
 * plain, JSON-serialisable data.
 *
 * Phrase syntax (every list below): lower-case words separated by single
 * spaces; a trailing `*` on a word matches any ending ("troop*" matches
 * "troops", "annex*" matches "annexing"); a leading `~` matches by lemma
 * ("~deploy" matches "deploys", "deployed", "deploying"). Matching is word by
 * word over the document's tokens, case-insensitive, with ’ read as '.
 *
 * Example (see examples/custom-target.ts):
 * ```ts
 * {
 *   id: 'tariffs',
 *   description: 'Import tariffs and duties as a trade policy',
 *   terms: ['tariff*', 'import dut*', 'levies'],
 *   favor: ['impose*', 'imposing', 'slap*', 'raise*', 'hike*'],
 *   against: ['lift*', 'scrap*', 'remove*'],
 * }
 * ```
 */
export interface StanceTargetDefinition {
  /** Id reported in `Stance.target` (lower-case, e.g. "tariffs"). */
  readonly id: string;
  /** One line saying what the target covers. */
  readonly description: string;
  /**
   * Words and phrases that refer to the target. A stance cue counts for the
   * target when one of these is in its scope.
   */
  readonly terms: readonly string[];
  /**
   * Words and phrases that name the target's negation ("interference" and
   * "subordinate" for sovereignty): rejecting one of them favours the target.
   */
  readonly opposites?: readonly string[];
  /**
   * Words that refer to the target only in a document that names it at least
   * once by `terms` ("help", "assistance" for intervention in an article about troops).
   */
  readonly contextTerms?: readonly string[];
  /** Like `opposites`, but counting only where `contextTerms` count ("departure" in an article about troops). */
  readonly contextOpposites?: readonly string[];
  /**
   * Statements that favour the target by themselves, with no cue: whoever
   * says them holds the stance ("Norland belongs to its people", "our future
   * will be decided by us"). Their grammatical subject is what they are about,
   * not who holds them, so outside a quote they hold nothing of their own;
   * under a cue they are terms like any other ("rejected the claim that …").
   */
  readonly assertions?: readonly string[];
  /** Like `assertions`, but against the target by themselves ("Norland is not a real country"). */
  readonly denials?: readonly string[];
  /** Phrases that contain a term but do not name the target ("political base", "labour force"): the longer phrase wins and counts for nothing. */
  readonly exclude?: readonly string[];
  /** Target-specific cues: acting this way on a term shows favour ("impose" tariffs, "deploy" troops). */
  readonly favor?: readonly string[];
  /**
   * The target is something done to another country: a country's own `favor` act counts only in a sentence that
   * names another country's place, people or body, or says "foreign", "abroad" … ("Chad deployed troops to its
   * eastern border" is news about its own forces, not a stance toward intervention).
   */
  readonly foreignActs?: boolean;
  /** Target-specific cues: acting this way on a term shows opposition ("lift" tariffs). */
  readonly against?: readonly string[];
}
