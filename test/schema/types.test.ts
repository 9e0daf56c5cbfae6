/**
 * The schemas against the TypeScript types, checked by the compiler: `Infer`
 * turns a schema into the type it describes. A field added to `Analysis` (or
 * to a gold type) and not to the schema, or the other way round, makes `tsc`
 * fail here.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { Analysis, Entity, GoldDocument, GoldEntity, GoldQuote, GoldDate, GoldStance, Quote, Stance } from '../../src/index.js';
import { ANALYSIS_SCHEMA, GOLD_DOCUMENT_SCHEMA, type Infer } from '../../src/schema/index.js';

type InferredAnalysis = Infer<typeof ANALYSIS_SCHEMA>;
type InferredGold = Infer<typeof GOLD_DOCUMENT_SCHEMA>;
type Item<T> = T extends readonly (infer I)[] ? I : never;

describe('the Analysis schema is the Analysis type', () => {
  it('whole result, field for field (readonly, nullability, enums)', () => {
    expectTypeOf<InferredAnalysis>().toEqualTypeOf<Analysis>();
  });

  it('nested types one by one (for a readable failure)', () => {
    expectTypeOf<Item<InferredAnalysis['entities']>>().toEqualTypeOf<Entity>();
    expectTypeOf<Item<InferredAnalysis['quotes']>>().toEqualTypeOf<Quote>();
    expectTypeOf<Item<InferredAnalysis['stances']>>().toEqualTypeOf<Stance>();
  });
});

describe('the gold schema has every key of the gold types', () => {
  // The reader normalises (absent url -> null, null evidence -> ''), so the
  // input format is compared key by key, not type by type.
  it('documents', () => {
    expectTypeOf<keyof InferredGold>().toEqualTypeOf<keyof GoldDocument>();
  });

  it('entities, quotes, dates, stances', () => {
    expectTypeOf<keyof Item<InferredGold['entities']>>().toEqualTypeOf<keyof GoldEntity>();
    expectTypeOf<keyof Item<InferredGold['quotes']>>().toEqualTypeOf<keyof GoldQuote>();
    expectTypeOf<keyof Item<InferredGold['dates']>>().toEqualTypeOf<keyof GoldDate>();
    expectTypeOf<keyof Item<InferredGold['stances']>>().toEqualTypeOf<keyof GoldStance>();
  });

  it('a gold document as the scorer reads it is a valid input', () => {
    expectTypeOf<GoldDocument>().toMatchTypeOf<Omit<InferredGold, 'entities'>>();
    expectTypeOf<GoldQuote>().toEqualTypeOf<Item<InferredGold['quotes']>>();
    expectTypeOf<GoldDate>().toEqualTypeOf<Item<InferredGold['dates']>>();
  });
});
