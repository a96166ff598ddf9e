import { readsEveryFigure } from '../auth/read-access';
import type { Decision, Principal } from '../auth/roles';

/**
 * Who reads what of the site inventory (SECURITY.md read matrix): the sites that fit a target are shown beside it
 * to everyone who sees the gap page, but land prices and rents are negotiating positions of the district, read by
 * the promotion office, analysts and admins only; the whole inventory (`sites`) is theirs too.
 */
export function mayReadSitePrices(viewer: Principal | null): boolean {
  return readsEveryFigure(viewer);
}

export function mayListSites(viewer: Principal | null): Decision {
  return readsEveryFigure(viewer)
    ? { allowed: true }
    : { allowed: false, reason: 'only promotion officers, analysts and admins read the site inventory' };
}

/** `sitesFor` near misses may include TAKEN sites only for the roles that read the whole inventory. */
export function maySeeTakenSites(viewer: Principal | null): boolean {
  return readsEveryFigure(viewer);
}
