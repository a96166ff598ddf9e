import { COMPANY_SIZES, companyRowSchema, mayEditCompanyFields, mayUpsertCompany } from '@atlas/domain';
import { UniqueConstraintError, upsertCompanies } from '@atlas/graph';
import { enforce, requireUser } from '../auth/guard';
import { builder } from '../builder';
import { badInput } from '../errors';
import { linkedRecord } from '../require-record';
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
      const existing = await context.loaders.company.load(id);
      const provided = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined));
      const changed = Object.keys(provided).filter(
        (field) => field !== 'id' && (existing?.[field as keyof typeof existing] ?? null) !== provided[field],
      );
      enforce(mayEditCompanyFields(user, changed));
      // A partial update keeps what it does not mention; self-reported facts are marked as survey data.
      const selfEdit = user.role === 'SME' || user.role === 'CHAIN_LEADER';
      const parsed = companyRowSchema.safeParse({
        ...(existing ?? {}),
        ...provided,
        id,
        chainLeader: (provided.chainLeader as boolean | undefined) ?? existing?.chainLeader ?? false,
        synthetic: existing?.synthetic ?? false,
        source: selfEdit ? 'survey' : 'registry',
      });
      if (!parsed.success) {
        throw badInput(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      }
      try {
        await context.executor.writeTx('upsertCompany', (tx) => upsertCompanies(tx, [parsed.data]));
      } catch (error) {
        if (error instanceof UniqueConstraintError) {
          throw badInput('another company already has this USCC');
        }
        throw error;
      }
      context.loaders.company.clear(id);
      return linkedRecord('company', id, context.loaders.company);
    },
  }),
);
