/** The aggregate schema is the Aggregate type, checked by the compiler (like test/schema/types.test.ts for Analysis). */
import { describe, expectTypeOf, it } from 'vitest';
import type { Aggregate, AggregateActor, AggregateEvidence, AggregateRow } from '../../src/index.js';
import { aggregate, createAggregator, mergeAggregates } from '../../src/index.js';
import { AGGREGATE_SCHEMA, type Infer } from '../../src/schema/index.js';

type Inferred = Infer<typeof AGGREGATE_SCHEMA>;
type Item<T> = T extends readonly (infer I)[] ? I : never;

describe('the Aggregate schema is the Aggregate type', () => {
  it('whole result, field for field', () => {
    expectTypeOf<Inferred>().toEqualTypeOf<Aggregate>();
  });

  it('nested types one by one', () => {
    expectTypeOf<Item<Inferred['actors']>>().toEqualTypeOf<AggregateActor>();
    expectTypeOf<Item<Inferred['rows']>>().toEqualTypeOf<AggregateRow>();
    expectTypeOf<Item<Item<Inferred['rows']>['evidence']>>().toEqualTypeOf<AggregateEvidence>();
  });

  it('the API returns it', () => {
    expectTypeOf(aggregate).returns.toEqualTypeOf<Aggregate>();
    expectTypeOf(mergeAggregates).returns.toEqualTypeOf<Aggregate>();
    expectTypeOf(createAggregator().result).returns.toEqualTypeOf<Aggregate>();
  });
});
