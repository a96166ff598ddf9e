import type { SegmentFirms } from '@atlas/domain';
import { MAX_SEGMENT_FIRMS_TOP, segmentFirms } from '@atlas/graph';
import { builder } from '../builder';
import { badInput } from '../errors';
import { ChainMapRef } from './chain-map';
import { CompanyRef } from './company';

export const DEFAULT_SEGMENT_FIRMS_TOP = 12;

const SegmentFirmsRef = builder.objectRef<SegmentFirms>('SegmentFirms').implement({
  description:
    "One segment's firms for the chain map's firm overlay: the first few local firms (chain leaders, then larger " +
    'firms) and how many there are; the rest are paged with `segmentCompanies`.',
  fields: (t) => ({
    segmentId: t.exposeID('segmentId'),
    firmCount: t.exposeInt('firmCount', {
      description: 'Distinct firms local at the radius operating in the segment itself.',
    }),
    firms: t.field({ type: [CompanyRef], resolve: (s) => s.firms }),
  }),
});

builder.objectField(ChainMapRef, 'segmentFirms', (t) =>
  t.field({
    type: [SegmentFirmsRef],
    description:
      "The map's segments that have local firms at its radius, each with its top firms (at most `top`, " +
      `${MAX_SEGMENT_FIRMS_TOP} at most) and its firm count: bounded by segments × top however many firms there are.`,
    args: { top: t.arg.int({ defaultValue: DEFAULT_SEGMENT_FIRMS_TOP }) },
    resolve: (map, args, { executor, analytics }) => {
      const top = args.top ?? DEFAULT_SEGMENT_FIRMS_TOP;
      if (!Number.isInteger(top) || top < 0 || top > MAX_SEGMENT_FIRMS_TOP)
        throw badInput(`top must be an integer from 0 to ${MAX_SEGMENT_FIRMS_TOP}, got ${top}`);
      const { radius, minConfidence } = map;
      return analytics.cached('segmentFirms', { id: map.industry.id, radius, minConfidence, top }, () =>
        segmentFirms(executor, map.industry.id, radius, top, minConfidence),
      );
    },
  }),
);
