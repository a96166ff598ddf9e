import { INDUSTRIES } from '@atlas/domain';
import { builder } from '../builder';

interface IndustryModel {
  id: string;
  name: string;
  nameEn: string;
}

export const Industry = builder.objectRef<IndustryModel>('Industry').implement({
  description: 'One of the seven key industries (一业一亮点).',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn'),
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
