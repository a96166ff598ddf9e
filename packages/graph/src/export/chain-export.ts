import type { ChainSegmentView, Flow, Radius } from '@atlas/domain';
import type { GraphExecutor } from '../executor';
import { chainMap } from '../queries/chain-map';
import { isLocalCypher, localityParams } from '../queries/locality';

export interface ExportFirm {
  segmentId: string;
  id: string;
  name: string;
  nameEn: string | null;
  size: string;
  chainLeader: boolean;
  district: string | null;
  /** Null when not recorded, or hidden from the viewer (redact.ts). */
  creditScore: number | null;
}

/** A SUPPLIES edge between two local firms of the industry; `annualValue` null when hidden (redact.ts). */
export interface ExportSupply {
  supplierId: string;
  buyerId: string;
  segmentId: string | null;
  annualValue: number | null;
}

/** What every export format carries (docs/design.md §5): segments with statuses, flows, and the local firms. */
export interface ChainExport {
  industry: { id: string; name: string; nameEn: string };
  radius: Radius;
  segments: ChainSegmentView[];
  flows: Flow[];
  firms: ExportFirm[];
  supplies: ExportSupply[];
}

/**
 * Reads one industry's chain map, its local firms at R and the SUPPLIES between them, with every figure: the same
 * for every viewer (so it can be cached per data version); `redactExport` blanks what a viewer may not read.
 * Null when the industry does not exist.
 */
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
            coalesce(c.chainLeader, false) AS chainLeader, c.district AS district, c.creditScore AS creditScore
     ORDER BY segmentId, id`,
    { industryId, ...localityParams(radius) },
  );
  const firmIds = [...new Set(firms.map((f) => f.id))];
  const supplies = await executor.read<ExportSupply>(
    'export.supplies',
    `UNWIND $firmIds AS id
     MATCH (s:Company {id: id})-[e:SUPPLIES]->(b:Company) WHERE b.id IN $firmIds
     RETURN s.id AS supplierId, b.id AS buyerId, e.segmentId AS segmentId, e.annualValue AS annualValue
     ORDER BY supplierId, buyerId, segmentId`,
    { firmIds },
  );
  return { industry, radius, segments: map.segments, flows: map.flows, firms, supplies };
}
