import type { Decision, Principal, Role } from './roles';

/**
 * Who may read a firm's commercial figures (docs/design.md §5, SECURITY.md "Read matrix"): supply values and volumes, credit
 * scores, demand budgets and quantities, and the interests in a demand. Everyone may see that a link, a firm or a
 * demand exists; its figures go to the firms party to it and to the roles whose work is the whole district.
 * Pure, so the matrix is tested without a server; the API applies it per field (scope-auth) and in exports.
 */

/** Roles that read every firm's figures: the promotion office, analysts and admins. */
export const FIGURE_READER_ROLES: readonly Role[] = ['ADMIN', 'PROMOTION_OFFICER', 'ANALYST'];

const allow: Decision = { allowed: true };

/** True for the roles that read every figure (anonymous demo readers never do). */
export function readsEveryFigure(viewer: Principal | null): boolean {
  return viewer !== null && FIGURE_READER_ROLES.includes(viewer.role);
}

/**
 * May `viewer` read a figure whose parties are `partyIds` (a SUPPLIES edge: supplier and buyer; a credit score:
 * the firm; a demand's budget: its poster; an interest: the poster and the interested firm)?
 */
export function mayReadFigure(viewer: Principal | null, partyIds: ReadonlyArray<string | null | undefined>): Decision {
  if (readsEveryFigure(viewer)) return allow;
  if (!viewer) return { allowed: false, reason: 'sign in to read firms’ figures' };
  if (viewer.companyId !== null && partyIds.includes(viewer.companyId)) return allow;
  return { allowed: false, reason: 'only the firms party to it, promotion officers, analysts and admins read this' };
}

/** Figures that sum over many firms' links (a blast radius's value at stake): the district-wide roles only. */
export function mayReadAggregateOfOthers(viewer: Principal | null): Decision {
  return readsEveryFigure(viewer)
    ? allow
    : { allowed: false, reason: 'only promotion officers, analysts and admins read sums over other firms’ links' };
}
