import type { SegmentStatus } from './status';

/**
 * A leaf as coverage counts it: present (at least one local firm at R) or not, and its key link. Coverage needs no
 * more than that, so the supporting rate reads presence (queries/leaf-presence.ts) rather than every leaf's count.
 */
export interface CoveredLeaf {
  present: boolean;
  keyLink: { criticality: number } | null;
}

interface Covered {
  status: SegmentStatus;
  keyLink: { criticality: number } | null;
}

/** A chain segment as coverage sees it: present unless MISSING. */
export function coveredLeaf(leaf: Covered): CoveredLeaf {
  return { present: leaf.status !== 'MISSING', keyLink: leaf.keyLink };
}

/** Coverage rate (docs/design.md §4.2): share of the industry's leaf segments that are not MISSING; 0 when it has none. */
export function coverageRate(leaves: readonly Pick<CoveredLeaf, 'present'>[]): number {
  if (leaves.length === 0) return 0;
  return leaves.filter((leaf) => leaf.present).length / leaves.length;
}

/**
 * Key-link coverage (docs/design.md §4.2): Σ criticality of key-link segments that are not MISSING ÷ Σ criticality of all
 * key-link segments; 0 when the industry has no key links.
 */
export function keyLinkCoverage(leaves: readonly CoveredLeaf[]): number {
  let covered = 0;
  let total = 0;
  for (const leaf of leaves) {
    if (!leaf.keyLink) continue;
    total += leaf.keyLink.criticality;
    if (leaf.present) covered += leaf.keyLink.criticality;
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
  const covered = leaves.map(coveredLeaf);
  return {
    coverage: coverageRate(covered),
    keyLinkCoverage: keyLinkCoverage(covered),
    localSupportRate,
    segments: leaves.length,
    missing: count('MISSING'),
    weak: count('WEAK'),
    strong: count('STRONG'),
  };
}
