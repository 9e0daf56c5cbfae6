import { describeEverydayBlind } from './everyday-blind-runner.js';
import { BLIND4 } from './everyday-blind4.table.js';

/** The fourth blind everyday table (see its header), run by the shared everyday blind runner. */
describeEverydayBlind('dates: blind everyday table 4', 'blind4', BLIND4);
