import type { Company } from '@atlas/domain';
import { certificationsByCompanyIds, companiesByIds, type GraphExecutor, segmentIdsByCompanyIds } from '@atlas/graph';
import DataLoader from 'dataloader';

export type Loaders = ReturnType<typeof createLoaders>;

/** One set per request: each loader turns N lookups in a resolver pass into one Cypher query. */
export function createLoaders(executor: GraphExecutor) {
  return {
    company: new DataLoader<string, Company | null>(async (ids) => {
      const found = new Map((await companiesByIds(executor, ids)).map((c) => [c.id, c]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    companySegmentIds: new DataLoader<string, string[]>(async (ids) => {
      const found = await segmentIdsByCompanyIds(executor, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    companyCertifications: new DataLoader<string, string[]>(async (ids) => {
      const found = await certificationsByCompanyIds(executor, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
  };
}
