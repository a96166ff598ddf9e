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

/** How deep offset paging may go: SKIP n reads and drops n ranked rows, so a forged huge offset is real work. */
export const MAX_OFFSET = 10_000;

/** A cursor this API made: an integer offset in 0..MAX_OFFSET (negative or forged ones are BAD_USER_INPUT). */
export const isOffset = (v: unknown): v is { offset: number } => {
  const offset = typeof v === 'object' && v !== null ? (v as { offset?: unknown }).offset : undefined;
  return typeof offset === 'number' && Number.isInteger(offset) && offset >= 0 && offset <= MAX_OFFSET;
};
