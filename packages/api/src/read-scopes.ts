import { mayReadAggregateOfOthers, mayReadFigure } from '@atlas/domain';
import type { AtlasContext } from './context';

/**
 * The scope loaders of `@pothos/plugin-scope-auth` (builder.ts): the pure rules of domain/auth/read-access.ts
 * applied to the signed-in user. Fields that carry a firm's figures name its parties (`figureField`).
 */
export function figureScopes(context: AtlasContext) {
  return {
    figureOf: (parties: ReadonlyArray<string | null | undefined>) => mayReadFigure(context.user, parties).allowed,
    aggregateOfOthers: mayReadAggregateOfOthers(context.user).allowed,
  };
}

/**
 * Field options for a figure: readable by its parties and the district-wide roles, `null` for everyone else.
 * Null rather than FORBIDDEN on purpose: a chain map or a supplier list stays one answer for every role (the link
 * is public, its value is not), and a client cannot tell "hidden" from "not recorded" — nor use the error as an
 * oracle of who trades with whom. The field must be nullable.
 */
export function figureOf<Parent>(parties: (parent: Parent) => ReadonlyArray<string | null | undefined>) {
  return {
    nullable: true as const,
    authScopes: (parent: Parent) => ({ figureOf: parties(parent) }),
    unauthorizedError: hidden,
    unauthorizedResolver: () => null,
  };
}

/**
 * The error scope-auth hands to `unauthorizedResolver`, which never throws it: one shared object, because by default
 * the plugin builds a ForbiddenError, stack trace and all, for every hidden figure of an answer (a supplier list
 * read anonymously hides one per firm) — most of what the API spent beyond the query on such lists.
 */
const HIDDEN = new Error('hidden figure');
const hidden = () => HIDDEN;

/** Field options for a sum over other firms' links: district-wide roles, `null` for everyone else. */
export const aggregateOfOthers = {
  nullable: true as const,
  authScopes: { aggregateOfOthers: true },
  unauthorizedError: hidden,
  unauthorizedResolver: () => null,
};
