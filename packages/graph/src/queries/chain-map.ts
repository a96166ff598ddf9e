import type { ChainMapData, Flow, Radius } from '@atlas/domain';
import { type GraphExecutor, run } from '../executor';
import { chainSegmentsTx, type StatusOptions } from './segment-status';

export const FLOWS_OF_INDUSTRY = `MATCH (a:Segment {industryId: $industryId})-[:FEEDS]->(b:Segment)
  RETURN a.id AS from, b.id AS to
  ORDER BY from, to`;

/** The chain map (产业链图谱): every segment with its status at R (parents aggregated), and the FEEDS flows. */
export function chainMap(
  executor: GraphExecutor,
  industryId: string,
  radius: Radius,
  options: StatusOptions = {},
): Promise<ChainMapData> {
  return executor.readTx('chainMap', async (tx) => ({
    segments: await chainSegmentsTx(tx, [industryId], radius, options),
    flows: await run<Flow>(tx, FLOWS_OF_INDUSTRY, { industryId }),
  }));
}
