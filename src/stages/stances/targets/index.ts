import type { StanceTargetDefinition } from '../target.js';
import { INTERVENTION } from './intervention.js';
import { SOVEREIGNTY } from './sovereignty.js';

export { INTERVENTION, SOVEREIGNTY };

/** The built-in targets, in report order. */
export const BUILT_IN_TARGETS: readonly StanceTargetDefinition[] = Object.freeze([INTERVENTION, SOVEREIGNTY]);
