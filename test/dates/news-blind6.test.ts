import { describeBlindDates } from './news-blind-runner.js';
import { BLIND6 } from './news-blind6.table.js';

/** The sixth blind table of invented news passages (see its header), run by the shared blind date runner. */
describeBlindDates('dates: blind news table 6', 'blind6', BLIND6);
