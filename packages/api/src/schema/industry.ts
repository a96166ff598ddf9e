import { INDUSTRIES, type IndustryRecord } from '@atlas/domain';
import { statusArgs } from '../arguments';
import { builder } from '../builder';
import { minConfidenceArgs, radiusArgs, thresholdArgs } from './analytics-args';
import { IndustryKpisRef } from './kpis';

export const Industry = builder.objectRef<IndustryRecord>('Industry').implement({
  description: 'One of the seven key industries (一业一亮点).',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn'),
    kpis: t.field({
      type: IndustryKpisRef,
      description: 'Coverage, key-link coverage, local supporting rate, missing and weak counts at a radius.',
      args: {
        ...radiusArgs(),
        ...thresholdArgs(),
        ...minConfidenceArgs(),
      },
      resolve: (industry, args, { loaders }) =>
        loaders.industryKpis.load({ industryId: industry.id, ...statusArgs(args) }),
    }),
  }),
});

builder.queryField('industries', (t) =>
  t.field({
    type: [Industry],
    resolve: () => INDUSTRIES.map((industry) => ({ ...industry })),
  }),
);

builder.queryField('industry', (t) =>
  t.field({
    type: Industry,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }) => INDUSTRIES.find((industry) => industry.id === String(id)) ?? null,
  }),
);
