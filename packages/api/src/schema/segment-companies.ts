import { companiesInSegment } from '@atlas/graph';
import { checkedMinConfidence, radiusOr } from '../arguments';
import { builder } from '../builder';
import { requireRecord } from '../require-record';
import { minConfidenceArgs, radiusArgs } from './analytics-args';
import { CompanyConnection, isOffset } from './company-connection';
import { pageArgs, pageRequest } from './pagination';

builder.queryField('segmentCompanies', (t) =>
  t.field({
    type: CompanyConnection,
    description:
      'Firms local at the radius operating in a segment (or its leaves): chain leaders and larger firms first.',
    args: {
      segmentId: t.arg.id({ required: true }),
      ...radiusArgs(),
      ...pageArgs(),
      ...minConfidenceArgs(),
    },
    resolve: async (_root, args, { executor, loaders }) => {
      const minConfidence = checkedMinConfidence(args.minConfidence);
      const radius = radiusOr(args.radius);
      const { first, after } = pageRequest(args, isOffset);
      const offset = after?.offset ?? 0;
      const segment = await requireRecord('segment', args.segmentId, (id) => loaders.chainSegment.load({ id, radius }));
      const { companies, total } = await companiesInSegment(executor, segment.id, radius, offset, first, minConfidence);
      return { nodes: companies, totalCount: total, offset };
    },
  }),
);
