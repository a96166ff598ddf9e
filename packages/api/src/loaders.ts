import type { Company, Demand, DemandInterest, SupplyLink } from '@atlas/domain';
import {
  certificationsByCompanyIds,
  companiesByIds,
  demandsByIds,
  type GraphExecutor,
  interestsByDemandIds,
  segmentIdsByCompanyIds,
  suppliersByCompanyIds,
} from '@atlas/graph';
import DataLoader from 'dataloader';
import type { RequestAnalytics } from './analytics-cache';
import { createAnalyticsLoaders } from './analytics-loaders';
import type { IndustryCatalogue } from './industry-catalogue';

export type Loaders = ReturnType<typeof createLoaders>;

/** One set per request: each loader turns N lookups in a resolver pass into one Cypher query. */
export function createLoaders(executor: GraphExecutor, analytics: RequestAnalytics, industries: IndustryCatalogue) {
  return {
    ...createAnalyticsLoaders(executor, analytics, industries),
    company: new DataLoader<string, Company | null>(async (ids) => {
      const found = new Map((await companiesByIds(executor, ids)).map((c) => [c.id, c]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    companySegmentIds: new DataLoader<string, string[]>(async (ids) => {
      const found = await segmentIdsByCompanyIds(executor, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    demand: new DataLoader<string, Demand | null>(async (ids) => {
      const found = new Map((await demandsByIds(executor, ids)).map((d) => [d.id, d]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    demandInterests: new DataLoader<string, DemandInterest[]>(async (ids) => {
      const found = await interestsByDemandIds(executor, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    companyCertifications: new DataLoader<string, string[]>(async (ids) => {
      const found = await certificationsByCompanyIds(executor, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    companySuppliers: new DataLoader<string, SupplyLink[]>(async (ids) => {
      const found = await suppliersByCompanyIds(executor, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
  };
}
