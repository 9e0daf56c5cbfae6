/**
 * Looks up predictions by id while reading a `.jsonl` stream only as far as
 * needed. When predictions come in gold order (the usual case) nothing is
 * buffered; out-of-order predictions are kept until their gold document asks.
 */
import { isPredictionErrorRecord, type PredictionDocument, type PredictionErrorRecord } from './predictions.js';

export interface PredictionLookup {
  /** The prediction with this id, or `null` when the stream has none or an error record (each id is handed out once). */
  take(id: string): Promise<PredictionDocument | null>;
  /** Error records read so far: documents `newslens analyze` could not analyse, scored as predicting nothing. */
  readonly errorRecords: number;
}

export function createPredictionLookup(
  lines: AsyncIterable<string>,
  parse: (raw: string, lineNo: number) => PredictionDocument | PredictionErrorRecord,
): PredictionLookup {
  const iterator = lines[Symbol.asyncIterator]();
  const buffered = new Map<string, PredictionDocument>();
  const seen = new Set<string>();
  let lineNo = 0;
  let done = false;
  let errorRecords = 0;
  return {
    get errorRecords() {
      return errorRecords;
    },
    async take(id: string): Promise<PredictionDocument | null> {
      const hit = buffered.get(id);
      if (hit !== undefined) {
        buffered.delete(id);
        return hit;
      }
      while (!done) {
        const next = await iterator.next();
        if (next.done === true) {
          done = true;
          break;
        }
        lineNo++;
        if (next.value.trim() === '') continue;
        const doc = parse(next.value, lineNo);
        if (isPredictionErrorRecord(doc)) {
          errorRecords++;
          if (doc.id === id) return null;
          continue;
        }
        if (seen.has(doc.id)) throw new Error(`line ${lineNo}: a prediction with id "${doc.id}" came earlier`);
        seen.add(doc.id);
        if (doc.id === id) return doc;
        buffered.set(doc.id, doc);
      }
      return null;
    },
  };
}
