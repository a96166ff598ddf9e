import type { Company } from '@atlas/domain';
import { builder } from '../builder';
import { figureOf } from '../read-scopes';
import { ChainSegmentRef, loadSegments } from './chain-segment';

export const CompanyRef = builder.objectRef<Company>('Company').implement({
  description: 'A firm: location, size, chain-leader flag; synthetic demo firms are marked.',
  fields: (t) => ({
    id: t.exposeID('id'),
    uscc: t.exposeString('uscc'),
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn', { nullable: true }),
    size: t.exposeString('size'),
    chainLeader: t.exposeBoolean('chainLeader'),
    country: t.exposeString('country'),
    province: t.exposeString('province'),
    city: t.exposeString('city', { nullable: true }),
    district: t.exposeString('district', { nullable: true }),
    park: t.exposeString('park', { nullable: true }),
    lat: t.exposeFloat('lat', { nullable: true }),
    lon: t.exposeFloat('lon', { nullable: true }),
    employees: t.exposeInt('employees', { nullable: true }),
    creditScore: t.exposeFloat('creditScore', {
      ...figureOf((c: Company) => [c.id]),
      description: 'Null unless it is your firm, or you are a promotion officer, analyst or admin.',
    }),
    synthetic: t.exposeBoolean('synthetic'),
    segmentIds: t.stringList({ resolve: (c, _args, { loaders }) => loaders.companySegmentIds.load(c.id) }),
    segments: t.field({
      type: [ChainSegmentRef],
      description: 'The segments it operates in, with their status in Jinshan.',
      resolve: async (c, _args, { loaders }) => loadSegments(loaders, await loaders.companySegmentIds.load(c.id)),
    }),
    certifications: t.stringList({ resolve: (c, _args, { loaders }) => loaders.companyCertifications.load(c.id) }),
  }),
});

builder.queryField('company', (t) =>
  t.field({
    type: CompanyRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, { loaders }) => loaders.company.load(String(id)),
  }),
);
