import type { Site } from './site';
import type { SiteFitResult } from './site-fit';

/** A site with how well it fits a firm's needs (the backing type of GraphQL `SiteFit`). */
export interface SiteFitView extends SiteFitResult {
  site: Site;
}
