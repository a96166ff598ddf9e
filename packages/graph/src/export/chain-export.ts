import type { ChainSegmentView, Radius } from '@atlas/domain';
import type { GraphExecutor } from '../executor';
import { chainMap, type Flow } from '../queries/chain-map';
import { isLocalCypher, localityParams } from '../queries/locality';

export interface ExportFirm {
  segmentId: string;
  id: string;
  name: string;
  nameEn: string | null;
  size: string;
  chainLeader: boolean;
  district: string | null;
}

/** What every export format carries (DESIGN §5): segments with statuses, flows, and the local firms. */
export interface ChainExport {
  industry: { id: string; name: string; nameEn: string };
  radius: Radius;
  segments: ChainSegmentView[];
  flows: Flow[];
  firms: ExportFirm[];
}

/** Reads one industry's chain map and its local firms at R; null when the industry does not exist. */
export async function readChainExport(
  executor: GraphExecutor,
  industryId: string,
  radius: Radius,
): Promise<ChainExport | null> {
  const [industry] = await executor.read<ChainExport['industry']>(
    'export.industry',
    'MATCH (i:Industry {id: $industryId}) RETURN i.id AS id, i.name AS name, i.nameEn AS nameEn',
    { industryId },
  );
  if (!industry) return null;
  const map = await chainMap(executor, industryId, radius);
  const firms = await executor.read<ExportFirm>(
    'export.firms',
    `MATCH (s:Segment {industryId: $industryId})<-[:OPERATES_IN]-(c:Company)
     WHERE ${isLocalCypher('c')}
     RETURN s.id AS segmentId, c.id AS id, c.name AS name, c.nameEn AS nameEn, c.size AS size,
            coalesce(c.chainLeader, false) AS chainLeader, c.district AS district
     ORDER BY segmentId, id`,
    { industryId, ...localityParams(radius) },
  );
  return { industry, radius, segments: map.segments, flows: map.flows, firms };
}
