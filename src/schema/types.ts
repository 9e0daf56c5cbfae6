/**
 * The subset of JSON Schema (draft 2020-12) that newslens's schemas use, as
 * TypeScript types, and `Infer<S>`: the TypeScript type a schema describes.
 * The type tests compare `Infer<typeof ANALYSIS_SCHEMA>` with `Analysis`, so
 * the schema cannot drift from the types without a failing `tsc`.
 */

interface Annotated {
  readonly description?: string;
}

export interface StringSchema extends Annotated {
  readonly type: 'string';
  readonly enum?: readonly string[];
  /** A regular expression (ECMAScript syntax, as JSON Schema says), tested with `u`. */
  readonly pattern?: string;
}

export interface NumberSchema extends Annotated {
  readonly type: 'number' | 'integer';
  readonly minimum?: number;
  readonly maximum?: number;
}

export interface NullSchema extends Annotated {
  readonly type: 'null';
}

export interface BooleanSchema extends Annotated {
  readonly type: 'boolean';
}

export interface ArraySchema extends Annotated {
  readonly type: 'array';
  readonly items: JsonSchema;
  readonly minItems?: number;
  readonly maxItems?: number;
}

export interface ObjectSchema extends Annotated {
  readonly type: 'object';
  readonly properties: Readonly<Record<string, JsonSchema>>;
  readonly required: readonly string[];
  readonly additionalProperties: boolean;
}

export interface AnyOfSchema extends Annotated {
  readonly anyOf: readonly JsonSchema[];
}

/** A reference to a definition of the root schema: `#/$defs/Name`. */
export interface RefSchema extends Annotated {
  readonly $ref: `#/$defs/${string}`;
}

export type JsonSchema = StringSchema | NumberSchema | NullSchema | BooleanSchema | ArraySchema | ObjectSchema | AnyOfSchema | RefSchema;

/** A schema document: an object schema with its definitions. */
export interface RootSchema extends ObjectSchema {
  readonly $schema: 'https://json-schema.org/draft/2020-12/schema';
  readonly $id: string;
  readonly title: string;
  readonly $defs: Readonly<Record<string, JsonSchema>>;
}

type Simplify<T> = { [K in keyof T]: T[K] } & {};

type InferObject<P, R, D> = Simplify<
  { readonly [K in keyof P as K extends R ? K : never]: Infer<P[K], D> } & {
    readonly [K in keyof P as K extends R ? never : K]?: Infer<P[K], D>;
  }
>;

/** The TypeScript type of values that schema `S` accepts (`D`: the root's `$defs`). */
export type Infer<S, D = S extends { readonly $defs: infer X } ? X : Record<string, never>> = S extends { readonly $ref: `#/$defs/${infer K}` }
  ? K extends keyof D
    ? Infer<D[K], D>
    : never
  : S extends { readonly anyOf: readonly (infer A)[] }
    ? A extends unknown
      ? Infer<A, D>
      : never
    : S extends { readonly type: 'string'; readonly enum: readonly (infer E)[] }
      ? E
      : S extends { readonly type: 'string' }
        ? string
        : S extends { readonly type: 'number' | 'integer' }
          ? number
          : S extends { readonly type: 'boolean' }
            ? boolean
            : S extends { readonly type: 'null' }
              ? null
              : S extends { readonly type: 'array'; readonly items: infer I }
                ? readonly Infer<I, D>[]
                : S extends { readonly type: 'object'; readonly properties: infer P; readonly required: readonly (infer R)[] }
                  ? InferObject<P, R, D>
                  : never;
