import { describeBlindDates } from './news-blind-runner.js';
import { BLIND8 } from './news-blind8.table.js';

/** The eighth blind table of invented news passages (see its header), run by the shared blind date runner. */
describeBlindDates('dates: blind news table 8', 'blind8', BLIND8);
