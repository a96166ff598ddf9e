import type { Company, Radius } from '@atlas/domain';
import { type GraphExecutor, run } from '../executor';
import { COMPANY_PROJECTION, normalizeCompany } from './companies';
import { localityParams } from './locality';
import { confidenceParams, countsCypher } from './scenario';

/** One segment's firms for the chain map's firm overlay: the first `top` in list order, and how many there are. */
export interface SegmentFirms {
  segmentId: string;
  /** Distinct firms local at R operating in the segment itself (what `segmentCompanies` counts for a leaf). */
  firmCount: number;
  firms: Company[];
}

/** Firms per segment are capped here, whatever the caller asks: the overlay draws a handful per segment. */
export const MAX_SEGMENT_FIRMS_TOP = 50;

/**
 * Per segment of an industry, its local firms at R in `segmentCompanies` order (chain leaders, then larger firms,
 * then id) cut to the first `$top`, with their count. One range seek on the OPERATES_IN locality index (industryId,
 * ring ≤ R: load/operation-locality.ts) reads only the industry's local edges, as the chain map's counts do; only
 * segments × top firms are projected and sent, never every firm, so at a million firms the answer stays small.
 */
export const SEGMENT_FIRMS = `MATCH (c:Company)-[o:OPERATES_IN]->(t:Segment) USING INDEX o:OPERATES_IN(industryId, ring)
  WHERE o.industryId = $industryId AND o.ring <= $ring AND ${countsCypher('o')}
  WITH DISTINCT t, c
  WITH t, c, CASE WHEN coalesce(c.chainLeader, false) THEN 0 ELSE 1 END AS leader,
       CASE c.size WHEN 'large' THEN 0 WHEN 'medium' THEN 1 WHEN 'small' THEN 2 ELSE 3 END AS size
  ORDER BY leader, size, c.id
  WITH t, collect(c) AS firms
  RETURN t.id AS segmentId, size(firms) AS firmCount,
         [c IN firms[..toInteger($top)] | ${COMPANY_PROJECTION}] AS firms
  ORDER BY segmentId`;

export async function segmentFirms(
  executor: GraphExecutor,
  industryId: string,
  radius: Radius,
  top: number,
  minConfidence?: number,
): Promise<SegmentFirms[]> {
  const capped = Math.max(0, Math.min(MAX_SEGMENT_FIRMS_TOP, Math.floor(top)));
  const params = { industryId, top: capped, ...localityParams(radius), ...confidenceParams(minConfidence) };
  return executor.readTx('segmentFirms', async (tx) => {
    const rows = await run<SegmentFirms>(tx, SEGMENT_FIRMS, params);
    return rows.map((r) => ({ ...r, firms: r.firms.map(normalizeCompany) }));
  });
}
