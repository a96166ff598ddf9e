import { COMPANY_SIZES, companyRowSchema, mayUpsertCompany } from '@atlas/domain';
import { upsertCompanies } from '@atlas/graph';
import { Neo4jError } from 'neo4j-driver';
import { enforce, requireUser } from '../auth/guard';
import { builder } from '../builder';
import { badInput } from '../errors';
import { CompanyRef } from './company';

const CompanySizeEnum = builder.enumType('CompanySize', { values: COMPANY_SIZES });

const CompanyInput = builder.inputType('CompanyInput', {
  description: 'A firm as the importer and the firm itself maintain it; validated like an import row.',
  fields: (t) => ({
    id: t.id({ required: true }),
    uscc: t.string({ required: true }),
    name: t.string({ required: true }),
    nameEn: t.string(),
    size: t.field({ type: CompanySizeEnum, required: true }),
    chainLeader: t.boolean(),
    country: t.string(),
    province: t.string({ required: true }),
    city: t.string(),
    district: t.string(),
    park: t.string(),
    lat: t.float(),
    lon: t.float(),
    founded: t.int(),
    employees: t.int(),
    creditScore: t.float(),
  }),
});

builder.mutationField('upsertCompany', (t) =>
  t.field({
    type: CompanyRef,
    args: { input: t.arg({ type: CompanyInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const user = requireUser(context);
      const id = String(input.id);
      enforce(mayUpsertCompany(user, id));
      // Only admins and promotion officers decide who is a chain leader.
      const mayFlagLeader = user.role === 'ADMIN' || user.role === 'PROMOTION_OFFICER';
      const existing = await context.loaders.company.load(id);
      const parsed = companyRowSchema.safeParse({
        ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined)),
        id,
        chainLeader: mayFlagLeader
          ? (input.chainLeader ?? existing?.chainLeader ?? false)
          : (existing?.chainLeader ?? false),
        synthetic: existing?.synthetic ?? false,
        source: 'registry',
      });
      if (!parsed.success) {
        throw badInput(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      }
      try {
        await context.executor.writeTx('upsertCompany', (tx) => upsertCompanies(tx, [parsed.data]));
      } catch (error) {
        if (error instanceof Neo4jError && error.code.includes('ConstraintValidationFailed')) {
          throw badInput('another company already has this USCC');
        }
        throw error;
      }
      context.loaders.company.clear(id);
      return (await context.loaders.company.load(id)) ?? Promise.reject(new Error(`company ${id} not written`));
    },
  }),
);
