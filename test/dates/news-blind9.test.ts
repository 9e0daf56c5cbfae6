import { describeBlindDates } from './news-blind-runner.js';
import { BLIND9 } from './news-blind9.table.js';

/** The ninth blind table of invented news passages (see its header), run by the shared blind date runner. */
describeBlindDates('dates: blind news table 9', 'blind9', BLIND9);
