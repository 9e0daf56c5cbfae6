import { describeBlindDates } from './news-blind-runner.js';
import { BLIND4 } from './news-blind4.table.js';

/** The fourth blind table of invented news passages (see its header), run by the shared blind date runner. */
describeBlindDates('dates: blind news table 4', 'blind4', BLIND4);
