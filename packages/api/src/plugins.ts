import { DatabaseBusyError, DatabaseUnavailableError } from '@atlas/graph';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { type DocumentNode, Kind, NoSchemaIntrospectionCustomRule, type OperationDefinitionNode } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import type { AtlasContext } from './context';
import { apiError, unauthenticated } from './errors';

/**
 * Depth, alias, token and directive limits (hostile queries get a coded error, the server keeps serving). The cost
 * limit is not armor's flat per-depth estimate but the per-field prices of cost/prices.ts (Pothos complexity),
 * which know what an analytic costs and read page sizes from the variables.
 */
export const armor = (): Plugin =>
  EnvelopArmorPlugin({
    maxDepth: { n: 12 },
    // Armor leaves aliases of __typename uncounted by default; 101 of them is graphql-cop's "alias overloading".
    maxAliases: { n: 30, allowList: [] },
    maxTokens: { n: 2_000 },
    maxDirectives: { n: 20 },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  });

/** Production mode: every operation but `login` needs a signed-in user, and introspection is off. */
export function productionGate(): Plugin<AtlasContext> {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
    onExecute({ args }) {
      const context = args.contextValue as AtlasContext;
      if (!context.user && !isLoginOnly(args.document, args.operationName)) throw unauthenticated();
    },
  };
}

function isLoginOnly(document: DocumentNode, operationName: string | null | undefined): boolean {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  return (
    operation?.operation === 'mutation' &&
    operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value === 'login')
  );
}

/**
 * GraphQL's own errors (parse, validation, variables) and our coded errors pass through; a database outage becomes
 * DB_UNAVAILABLE; anything else a resolver threw is masked as "Unexpected error" (and logged by `errorLogging`).
 */
export function maskError(error: unknown, message: string): Error {
  const original = isGraphQLError(error) ? (error as { originalError?: unknown }).originalError : error;
  if (isGraphQLError(error) && (!original || isGraphQLError(original))) return error as Error;
  if (hasCause(original, DatabaseBusyError)) {
    return apiError('DB_UNAVAILABLE', 'the graph database is busy; try again in a few seconds');
  }
  if (hasCause(original, DatabaseUnavailableError)) {
    return apiError('DB_UNAVAILABLE', 'the graph database is unavailable; try again in a few seconds');
  }
  return createGraphQLError(message, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

/** Duck-typed: graphql may be loaded twice (CJS and ESM), so `instanceof GraphQLError` is unreliable. */
function isGraphQLError(error: unknown): boolean {
  return Object.prototype.toString.call(error) === '[object GraphQLError]';
}

function hasCause(error: unknown, type: new (...args: never[]) => Error): boolean {
  let current: unknown = error;
  for (let i = 0; i < 5 && current; i++) {
    if (current instanceof type) return true;
    current = (current as { cause?: unknown }).cause ?? (current as { originalError?: unknown }).originalError;
  }
  return false;
}

/** Logs every unexpected error with its stack and the request id (the client sees only the masked message). */
export function errorLogging(): Plugin<AtlasContext> {
  return {
    onExecute({ args }) {
      const context = args.contextValue as AtlasContext;
      return {
        onExecuteDone({ result }) {
          const errors = 'errors' in result ? (result.errors ?? []) : [];
          for (const error of errors) {
            if (error.extensions?.code) continue;
            context.logger.error({ err: error.originalError ?? error, path: error.path }, 'unexpected GraphQL error');
          }
        },
      };
    },
  };
}
