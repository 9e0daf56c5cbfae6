import { describeBlindDates } from './news-blind-runner.js';
import { BLIND7 } from './news-blind7.table.js';

/** The seventh blind table of invented news passages (see its header), run by the shared blind date runner. */
describeBlindDates('dates: blind news table 7', 'blind7', BLIND7);
