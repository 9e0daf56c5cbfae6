/**
 * The browser entry of newslens (`newslens/browser`, dist/browser.js): analyse
 * and render in a page, with compromise bundled in, so one ES module is all a
 * page needs. Nothing reachable from here imports a Node built-in
 * (test/package/browser-entry.test.ts walks the imports to make sure).
 */
import type { Analysis } from './types.js';
import { createAnalyzer, type Analyzer } from './pipeline/analyzer.js';
import type { AnalyzeOptions } from './pipeline/options.js';

export type * from './types.js';
export type { Analyzer } from './pipeline/analyzer.js';
export type { AnalyzeOptions, AnalyzerOptions } from './pipeline/options.js';
export type { StanceTargetDefinition } from './stages/stances/target.js';
export type { RenderOptions } from './report/index.js';
export type { SchemaIssue, ValidateOptions, JsonSchema, RootSchema, Infer } from './schema/index.js';
export { createAnalyzer } from './pipeline/analyzer.js';
export { render } from './report/index.js';
export { ANALYSIS_SCHEMA, GOLD_DOCUMENT_SCHEMA, validateSchema, validateAnalysis, validateGoldDocument } from './schema/index.js';

let defaultAnalyzer: Analyzer | null = null;

/** Analyses one article with the default analyser (built-in stance targets). */
export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  defaultAnalyzer ??= createAnalyzer();
  return defaultAnalyzer.analyze(text, options);
}
