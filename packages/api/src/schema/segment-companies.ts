import { companiesInSegment } from '@atlas/graph';
import { builder } from '../builder';
import { notFound } from '../errors';
import { checkedMinConfidence, minConfidenceArgs } from './analytics-args';
import { CompanyConnection, isOffset } from './company-connection';
import { RadiusEnum } from './enums';
import { decodeCursor, pageSize } from './pagination';

builder.queryField('segmentCompanies', (t) =>
  t.field({
    type: CompanyConnection,
    description:
      'Firms local at the radius operating in a segment (or its leaves): chain leaders and larger firms first.',
    args: {
      segmentId: t.arg.id({ required: true }),
      radius: t.arg({ type: RadiusEnum, defaultValue: 'JINSHAN' }),
      first: t.arg.int(),
      after: t.arg.string(),
      ...minConfidenceArgs(),
    },
    resolve: async (_root, args, { executor, loaders }) => {
      const minConfidence = checkedMinConfidence(args.minConfidence);
      const segmentId = String(args.segmentId);
      const radius = args.radius ?? 'JINSHAN';
      if (!(await loaders.chainSegment.load({ id: segmentId, radius }))) throw notFound('segment', segmentId);
      const offset = decodeCursor(args.after, isOffset)?.offset ?? 0;
      const { companies, total } = await companiesInSegment(
        executor,
        segmentId,
        radius,
        offset,
        pageSize(args.first),
        minConfidence,
      );
      return { nodes: companies, totalCount: total, offset };
    },
  }),
);
