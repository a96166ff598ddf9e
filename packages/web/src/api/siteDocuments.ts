import { FACTORS } from './documents';
import { graphql } from './graphql';

/** Documents of the land and floor inventory (docs/sites.md): the sites that fit an investment target. */
export const SITES_FOR = graphql(
  `
  query SitesFor($companyId: ID!, $segmentId: ID!) {
    sitesFor(companyId: $companyId, segmentId: $segmentId) {
      fits score factors { ...Factors }
      reasons { ok code text params { key value } }
      site { id name parkName chemicalPark kind area use floorLevel floorLoading energyQuota vocsQuota
        availability availableFrom landPrice rent synthetic }
    }
  }
`,
  [FACTORS],
);
