import { describeBlindDates } from './news-blind-runner.js';
import { BLIND5 } from './news-blind5.table.js';

/** The fifth blind table of invented news passages (see its header), run by the shared blind date runner. */
describeBlindDates('dates: blind news table 5', 'blind5', BLIND5);
