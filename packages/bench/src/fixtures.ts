import { DEFAULT_TARGET_WEIGHTS } from '@atlas/domain';
import { type GraphExecutor, gaps, investmentTargets } from '@atlas/graph';

/** Arguments picked from the loaded data, so every query has real work to do at every size. */
export interface Fixtures {
  /** A few industries, with a MISSING segment of each and a what-if scenario on it. */
  industries: Array<{ id: string; missingSegmentId: string; attract: string[]; remove: string[] }>;
  /** Open demands (supplier matches). */
  demandIds: string[];
  /** Small firms in a segment some open demand needs (buyer matches). */
  smallFirmIds: string[];
}

const PREFERRED_INDUSTRIES = ['icv', 'bio', 'energy'];
const VARIANTS = 3;

export async function pickFixtures(executor: GraphExecutor): Promise<Fixtures> {
  const all = await executor.read<{ id: string }>('bench', 'MATCH (i:Industry) RETURN i.id AS id ORDER BY id');
  const ids = all.map((i) => i.id);
  const chosen = [...PREFERRED_INDUSTRIES.filter((id) => ids.includes(id)), ...ids].slice(0, VARIANTS);
  const industries: Fixtures['industries'] = [];
  for (const id of [...new Set(chosen)]) {
    const missing = (await gaps(executor, id, 'JINSHAN')).find((g) => g.status === 'MISSING');
    if (!missing) continue;
    const targets = await investmentTargets(executor, {
      segmentId: missing.segment.id,
      radius: 'JINSHAN',
      limit: 2,
      weights: DEFAULT_TARGET_WEIGHTS,
    });
    const [supplier] = await executor.read<{ id: string }>(
      'bench',
      `MATCH (s:Company)-[:SUPPLIES]->(:Company {chainLeader: true})-[:OPERATES_IN]->(:Segment {industryId: $id})
       WHERE s.district = '金山区' AND s.chainLeader = false
       RETURN DISTINCT s.id AS id ORDER BY id LIMIT 1`,
      { id },
    );
    industries.push({
      id,
      missingSegmentId: missing.segment.id,
      attract: (targets ?? []).map((t) => t.company.id),
      remove: supplier ? [supplier.id] : [],
    });
  }
  const demands = await executor.read<{ id: string }>(
    'bench',
    "MATCH (d:Demand {status: 'OPEN'}) RETURN d.id AS id ORDER BY id LIMIT toInteger($n)",
    { n: VARIANTS },
  );
  const firms = await executor.read<{ id: string }>(
    'bench',
    `MATCH (:Demand {status: 'OPEN'})-[:NEEDS]->(:Segment)<-[:OPERATES_IN]-(c:Company {size: 'small'})
     RETURN DISTINCT c.id AS id ORDER BY id LIMIT toInteger($n)`,
    { n: VARIANTS },
  );
  const fixtures = { industries, demandIds: demands.map((d) => d.id), smallFirmIds: firms.map((f) => f.id) };
  if (!industries.length || !fixtures.demandIds.length || !fixtures.smallFirmIds.length)
    throw new Error(`the data set lacks something the benchmark queries need: ${JSON.stringify(fixtures)}`);
  return fixtures;
}
