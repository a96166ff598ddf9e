import type { Site } from './site';
import type { SiteFitResult } from './site-fit';

/**
 * Which checked sites `sitesFor` shows (docs/sites.md, SECURITY.md): the fitting ones; when none fits, the few
 * closest non-fitting ones with their reasons, so the reader learns what is missing. The whole inventory stays the
 * district's (`sites`): a reader who is not district-wide never sees a TAKEN site, not even as a near miss.
 */
export const CLOSEST_NON_FITTING_SITES = 3;

export interface CheckedSite extends SiteFitResult {
  site: Site;
}

/** `checked` already ranked (fitting first, then fewest failed checks); `seesTaken`: a district-wide reader. */
export function siteShortlist<T extends CheckedSite>(checked: readonly T[], seesTaken: boolean): T[] {
  const visible = seesTaken ? checked : checked.filter((c) => c.site.availability !== 'TAKEN');
  const fitting = visible.filter((c) => c.fits);
  return fitting.length > 0 ? fitting : visible.slice(0, CLOSEST_NON_FITTING_SITES);
}
