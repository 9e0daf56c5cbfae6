import { describeEverydayBlind } from './everyday-blind-runner.js';
import { BLIND5 } from './everyday-blind5.table.js';

/** The fifth blind everyday table (see its header), run by the shared everyday blind runner. */
describeEverydayBlind('dates: blind everyday table 5', 'blind5', BLIND5);
