import type { ChainSegmentView, Radius } from '@atlas/domain';
import { builder } from '../builder';
import type { Loaders } from '../loaders';
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
  radius: Radius = 'JINSHAN',
): Promise<ChainSegmentView[]> {
  const found = await loaders.chainSegment.loadMany(ids.map((id) => ({ id, radius })));
  return found.filter((s): s is ChainSegmentView => s !== null && !(s instanceof Error));
}

export async function loadSegment(loaders: Loaders, id: string, radius: Radius = 'JINSHAN') {
  const segment = await loaders.chainSegment.load({ id, radius });
  if (!segment) throw new Error(`segment ${id} vanished`);
  return segment;
}
