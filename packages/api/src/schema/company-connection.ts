import type { Company } from '@atlas/domain';
import { builder } from '../builder';
import { CompanyRef } from './company';
import { encodeCursor, PageInfo } from './pagination';

/** A page of companies with the total; cursors are offsets (lists here are ranked, not keyed). */
export const CompanyConnection = builder
  .objectRef<{ nodes: Company[]; totalCount: number; offset: number }>('CompanyConnection')
  .implement({
    fields: (t) => ({
      nodes: t.field({ type: [CompanyRef], resolve: (c) => c.nodes }),
      totalCount: t.exposeInt('totalCount'),
      pageInfo: t.field({
        type: PageInfo,
        resolve: (c) => {
          const end = c.offset + c.nodes.length;
          return { hasNextPage: end < c.totalCount, endCursor: c.nodes.length ? encodeCursor({ offset: end }) : null };
        },
      }),
    }),
  });

export const isOffset = (v: unknown): v is { offset: number } =>
  typeof v === 'object' && v !== null && Number.isInteger((v as { offset?: unknown }).offset);
