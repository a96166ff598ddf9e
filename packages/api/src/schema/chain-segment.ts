import { type ChainSegmentView, DEFAULT_RADIUS, type Radius } from '@atlas/domain';
import { builder } from '../builder';
import type { Loaders } from '../loaders';
import { linkedRecord } from '../require-record';
import { SegmentStatusEnum } from './enums';

export const ChainSegmentRef = builder.objectRef<ChainSegmentView>('ChainSegment').implement({
  description:
    'A segment (环节) with its status at a radius: leaves from their local firms, parents aggregated from their ' +
    'leaves (weakest status; distinct local firms).',
  fields: (t) => ({
    id: t.exposeID('id'),
    industryId: t.exposeID('industryId'),
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn'),
    tier: t.exposeString('tier'),
    status: t.field({ type: SegmentStatusEnum, resolve: (s) => s.status }),
    localCount: t.exposeInt('localCount'),
    parentId: t.exposeID('parentId', { nullable: true }),
    leaf: t.exposeBoolean('leaf', { description: 'Facts (firms, supplies) attach to leaf segments only.' }),
  }),
});

/** Segments by id at a radius through the request's DataLoader (one query per radius, not per item). */
export async function loadSegments(
  loaders: Loaders,
  ids: readonly string[],
  radius: Radius = DEFAULT_RADIUS,
): Promise<ChainSegmentView[]> {
  const found = await loaders.chainSegment.loadMany(ids.map((id) => ({ id, radius })));
  return found.filter((s): s is ChainSegmentView => s !== null && !(s instanceof Error));
}

/** A segment another record points at (a demand's, a gap's), at a radius; missing is an internal error. */
export const loadSegment = (loaders: Loaders, id: string, radius: Radius = DEFAULT_RADIUS) =>
  linkedRecord('segment', id, (key) => loaders.chainSegment.load({ id: key, radius }));
