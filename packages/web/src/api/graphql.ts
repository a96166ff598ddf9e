import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env';

/**
 * Typed GraphQL documents: `graphql('query …')` is checked against packages/api/schema.graphql by the type-checker
 * (through graphql-env.d.ts, which `pnpm --filter @atlas/web gql:env` regenerates from it), so a misspelt field or
 * argument fails `pnpm typecheck`, and the result type is the document's own.
 * Fragments are not masked: a page sees every field a fragment it spreads selects.
 */
export const graphql = initGraphQLTada<{ introspection: introspection; disableMasking: true }>();

export type { ResultOf, VariablesOf } from 'gql.tada';

/** The type of a schema enum or input object, e.g. `SchemaType<'Radius'>`. */
export type SchemaType<Name extends string> = ReturnType<typeof graphql.scalar<Name>>;
