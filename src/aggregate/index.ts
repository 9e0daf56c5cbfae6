/** Corpus-level stances: `aggregate()`, shard merging, CSV and the dashboard. Browser-safe. */
export { aggregate, createAggregator, mergeAggregates, type AggregateOptions, type Aggregator } from './aggregator.js';
export { checkInput, type AggregateInput } from './input.js';
export { toCsv, CSV_COLUMNS } from './csv.js';
export { foldAggregate } from './fold.js';
export { renderDashboard, type DashboardOptions } from './dashboard/index.js';
export type * from './types.js';
