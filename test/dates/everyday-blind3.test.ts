import { describeEverydayBlind } from './everyday-blind-runner.js';
import { BLIND3 } from './everyday-blind3.table.js';

/** The third blind everyday table (see its header), run by the shared everyday blind runner. */
describeEverydayBlind('dates: blind everyday table 3', 'blind3', BLIND3);
