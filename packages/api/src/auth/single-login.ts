import type { ASTVisitor, ValidationContext } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * At most one `login` field per request: aliases (`a: login(…) b: login(…)`), repeated fields and fragments
 * would otherwise try many passwords in one request, around the per-request rate limit. Counted over the whole
 * document, on the Mutation type, whatever operation is picked.
 */
export function singleLogin(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(oneLoginRule);
    },
  };
}

function oneLoginRule(context: ValidationContext): ASTVisitor {
  let logins = 0;
  return {
    Field(node) {
      if (node.name.value !== 'login' || context.getParentType()?.name !== 'Mutation') return;
      logins += 1;
      if (logins === 2)
        context.reportError(
          createGraphQLError('one login per request: send each sign-in as its own request', {
            nodes: [node],
            extensions: { code: 'BAD_USER_INPUT' },
          }),
        );
    },
  };
}
