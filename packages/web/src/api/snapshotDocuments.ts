import { graphql } from './graphql';

/** GraphQL documents of snapshots and chain diffs (docs/snapshots.md). */
export const SNAPSHOTS = graphql(`
  query Snapshots($industryId: ID!, $radius: Radius) {
    snapshots(industryId: $industryId, radius: $radius) {
      id setId radius label createdAt kpis { coverage keyLinkCoverage localSupportRate missing weak strong }
    }
  }
`);

export const CHAIN_DIFF = graphql(`
  query ChainDiff($industryId: ID!, $from: ID!, $to: ID, $radius: Radius) {
    chainDiff(industryId: $industryId, from: $from, to: $to, radius: $radius) {
      radius
      from { id label createdAt }
      to { id label createdAt }
      segments { segmentId name nameEn tier from to fromCount toCount }
      gapsClosed { segmentId name nameEn status priority }
      gapsOpened { segmentId name nameEn status priority }
      kpis { kpi from to delta }
      firmCountsFrom { local all }
      firmCountsTo { local all }
      firmsArrived { count known firms { id name } }
      firmsLeft { count known firms { id name } }
    }
  }
`);

export const CREATE_SNAPSHOT = graphql(`
  mutation CreateSnapshot($industryId: ID!, $label: String) { createSnapshot(industryId: $industryId, label: $label) { id } }
`);
