import {
  type DirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  Kind,
  parse,
  type SelectionSetNode,
  visit,
} from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { ANALYTICS_PRICES } from '../cost/prices';

/** Analytics fields one operation may ask for (aliases count one each): each is seconds of Cypher at a million firms. */
export const MAX_ANALYTICS_PER_OPERATION = 3;
/** The same field (response key) at most this often in one selection set; more is an amplification attempt. */
export const MAX_SAME_FIELD = 3;

/**
 * Refuses, before GraphQL's own validation runs, documents made to multiply work or error output: unknown or
 * repeated directives (graphql-cop "directive overloading": otherwise one error per directive), a field repeated
 * many times in one selection ("field duplication": each copy is validated and merged), and more than
 * MAX_ANALYTICS_PER_OPERATION analytics fields in one operation. One error, code BAD_USER_INPUT.
 */
export function documentGuards(): Plugin {
  // Yoga's parser cache hands the same (immutable) document object back for the same query text, so the verdict is
  // worked out once per distinct document, not on every request.
  const verdicts = new WeakMap<DocumentNode, string | null>();
  return {
    onValidate({ params, setResult }) {
      let problem = verdicts.get(params.documentAST);
      if (problem === undefined) {
        problem = documentProblem(params.schema, params.documentAST);
        verdicts.set(params.documentAST, problem);
      }
      if (problem) setResult([createGraphQLError(problem, { extensions: { code: 'BAD_USER_INPUT' } })]);
    },
  };
}

/** The first reason to refuse `document` (a parsed document or its text), or null. */
export function documentProblem(schema: GraphQLSchema, source: DocumentNode | string): string | null {
  const document = typeof source === 'string' ? parse(source) : source;
  return directiveProblem(schema, document) ?? duplicateFieldProblem(document) ?? analyticsProblem(document);
}

function directiveProblem(schema: GraphQLSchema, document: DocumentNode): string | null {
  let problem: string | null = null;
  const check = (directives: readonly DirectiveNode[] | undefined) => {
    const seen = new Set<string>();
    for (const d of directives ?? []) {
      const name = d.name.value;
      if (!schema.getDirective(name)) problem ??= `unknown directive @${name}`;
      else if (seen.has(name) && !schema.getDirective(name)?.isRepeatable) problem ??= `directive @${name} repeated`;
      seen.add(name);
    }
  };
  visit(document, {
    enter(node) {
      if (problem) return false;
      if ('directives' in node) check(node.directives as readonly DirectiveNode[] | undefined);
      return undefined;
    },
  });
  return problem;
}

function duplicateFieldProblem(document: DocumentNode): string | null {
  let problem: string | null = null;
  visit(document, {
    SelectionSet(node) {
      if (problem) return false;
      const counts = new Map<string, number>();
      for (const s of node.selections) {
        if (s.kind !== Kind.FIELD) continue;
        const key = s.alias?.value ?? s.name.value;
        const count = (counts.get(key) ?? 0) + 1;
        counts.set(key, count);
        if (count > MAX_SAME_FIELD) {
          problem = `field "${key}" is selected more than ${MAX_SAME_FIELD} times in one selection`;
          return false;
        }
      }
      return undefined;
    },
  });
  return problem;
}

function analyticsProblem(document: DocumentNode): string | null {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  for (const operation of document.definitions) {
    if (operation.kind !== Kind.OPERATION_DEFINITION) continue;
    const count = countRootAnalytics(operation.selectionSet, fragments, new Set());
    if (count > MAX_ANALYTICS_PER_OPERATION)
      return `at most ${MAX_ANALYTICS_PER_OPERATION} analytics fields per operation (${count} asked); split the request`;
  }
  return null;
}

/** Root fields that are analytics, through inline fragments and fragment spreads (each spread expanded once). */
function countRootAnalytics(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  expanded: Set<string>,
): number {
  let count = 0;
  for (const s of selectionSet.selections) {
    if (s.kind === Kind.FIELD) {
      if (ANALYTICS_PRICES[s.name.value] !== undefined || s.name.value === 'blastRadius') count++;
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      count += countRootAnalytics(s.selectionSet, fragments, expanded);
    } else {
      const fragment = fragments.get(s.name.value);
      if (!fragment || expanded.has(s.name.value)) continue;
      expanded.add(s.name.value);
      count += countRootAnalytics(fragment.selectionSet, fragments, expanded);
    }
  }
  return count;
}
