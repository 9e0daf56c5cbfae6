/**
 * A stance target as data. The built-in targets (`intervention`,
 * `sovereignty`) and user-defined ones share this shape.
 */
export interface StanceTargetDefinition {
  /** Id reported in `Stance.target` (lower-case, e.g. "tariffs"). */
  readonly id: string;
  /** One line saying what the target covers. */
  readonly description: string;
  /**
   * Words and phrases that refer to the target (lower case; a trailing `*`
   * matches any ending: "troop*" matches "troops"). A stance cue counts for the
   * target when one of these is in its scope.
   */
  readonly terms: readonly string[];
}
