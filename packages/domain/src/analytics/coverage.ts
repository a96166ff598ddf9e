import type { SegmentStatus } from './status';

interface Covered {
  status: SegmentStatus;
  keyLink: { criticality: number } | null;
}

/** Coverage rate (docs/design.md §4.2): share of the industry's leaf segments that are not MISSING; 0 when it has none. */
export function coverageRate(leaves: readonly Pick<Covered, 'status'>[]): number {
  if (leaves.length === 0) return 0;
  return leaves.filter((leaf) => leaf.status !== 'MISSING').length / leaves.length;
}

/**
 * Key-link coverage (docs/design.md §4.2): Σ criticality of key-link segments that are not MISSING ÷ Σ criticality of all
 * key-link segments; 0 when the industry has no key links.
 */
export function keyLinkCoverage(leaves: readonly Covered[]): number {
  let covered = 0;
  let total = 0;
  for (const leaf of leaves) {
    if (!leaf.keyLink) continue;
    total += leaf.keyLink.criticality;
    if (leaf.status !== 'MISSING') covered += leaf.keyLink.criticality;
  }
  return total > 0 ? covered / total : 0;
}

/** The KPI strip of an industry (GraphQL `Industry.kpis`). */
export interface IndustryKpis {
  coverage: number;
  keyLinkCoverage: number;
  localSupportRate: number | null;
  segments: number;
  missing: number;
  weak: number;
  strong: number;
}

export function industryKpis(leaves: readonly Covered[], localSupportRate: number | null): IndustryKpis {
  const count = (status: SegmentStatus) => leaves.filter((leaf) => leaf.status === status).length;
  return {
    coverage: coverageRate(leaves),
    keyLinkCoverage: keyLinkCoverage(leaves),
    localSupportRate,
    segments: leaves.length,
    missing: count('MISSING'),
    weak: count('WEAK'),
    strong: count('STRONG'),
  };
}
