import type { Analysis } from '../types.js';
import { parseDocument } from './document.js';
import { checkAnalyzeOptions, resolveAnalyzerOptions, type AnalyzeOptions, type AnalyzerOptions } from './options.js';
import { extractEntities } from '../stages/entities/index.js';
import { extractDates } from '../stages/dates/index.js';
import { extractQuotes } from '../stages/quotes/index.js';
import { extractStances, DEFAULT_TARGETS } from '../stages/stances/index.js';
import type { StanceTargetDefinition } from '../stages/stances/target.js';

/** A configured, frozen analyser. */
export interface Analyzer {
  /** Analyses one article. Throws only on bad arguments (TypeError/RangeError), never on odd content. */
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  /** The stance targets this analyser reports on. */
  readonly targets: readonly StanceTargetDefinition[];
}

/**
 * The default pipeline: normalise → sentences/tokens (one compromise pass) →
 * entities (with aliases and merging) → dates → quotes → stances → assemble.
 */
export function createAnalyzer(options?: AnalyzerOptions): Analyzer {
  const resolved = resolveAnalyzerOptions(options);
  const targets = Object.freeze([...(resolved.replaceDefaultTargets ? [] : DEFAULT_TARGETS), ...resolved.extraTargets]);
  const analyze = (text: string, callOptions?: AnalyzeOptions): Analysis => {
    if (typeof text !== 'string') {
      throw new TypeError(`newslens: analyze(text): text must be a string, got ${text === null ? 'null' : typeof text}`);
    }
    const published = checkAnalyzeOptions(callOptions);
    if (text.length > resolved.maxLength) {
      throw new RangeError(
        `newslens: analyze(text): text is ${text.length} characters, over the limit of ${resolved.maxLength} (createAnalyzer({ maxLength }) raises it)`,
      );
    }
    const doc = parseDocument(text);
    const entities = extractEntities(doc);
    const dates = extractDates(doc, published);
    const quotes = extractQuotes(doc, entities);
    const stances = extractStances(doc, entities, quotes, targets, resolved.stanceMinConfidence, resolved.stanceQuoteModel);
    return {
      text,
      published,
      sentences: doc.sentences,
      entities,
      quotes,
      dates,
      stances,
      diagnostics: doc.diagnostics,
    };
  };
  return Object.freeze({ analyze, targets });
}
