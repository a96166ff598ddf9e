import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { AtlasContext } from './context';
import { COMPLEXITY_LIMIT, complexityError, fieldComplexity } from './cost/prices';
import { figureScopes } from './read-scopes';

export const builder = new SchemaBuilder<{
  Context: AtlasContext;
  DefaultFieldNullability: false;
  AuthScopes: {
    /** The figure belongs to these firms (supplier and buyer, the firm, the poster…): parties read it. */
    figureOf: ReadonlyArray<string | null | undefined>;
    /** A sum over other firms' links: the district-wide roles only. */
    aggregateOfOthers: boolean;
  };
}>({
  // Scope auth first, so no other plugin's wrapper runs a resolver the viewer may not read.
  plugins: [ScopeAuthPlugin, ComplexityPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: figureScopes,
    // A rule that throws is a denial, never a crash that reveals the value.
    treatErrorsAsUnauthorized: true,
  },
  complexity: { fieldComplexity, limit: { complexity: COMPLEXITY_LIMIT }, complexityError },
});

builder.queryType({});

builder.mutationType({});
