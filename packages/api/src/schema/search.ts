import { searchCompanies } from '@atlas/graph';
import { builder } from '../builder';
import { badInput } from '../errors';
import { CompanyConnection, isOffset } from './company-connection';
import { RadiusEnum } from './enums';
import { pageArgs, pageRequest } from './pagination';

builder.queryField('searchCompanies', (t) =>
  t.field({
    type: CompanyConnection,
    description: 'Full-text search over company names (Chinese and English), optionally within an industry and radius.',
    args: {
      query: t.arg.string({ required: true }),
      industryId: t.arg.id(),
      radius: t.arg({ type: RadiusEnum }),
      ...pageArgs(),
    },
    resolve: async (_root, args, { executor }) => {
      if (args.query.length > 100) throw badInput('query is at most 100 characters');
      const { first, after } = pageRequest(args, isOffset);
      const offset = after?.offset ?? 0;
      const { companies, total } = await searchCompanies(executor, {
        query: args.query,
        industryId: args.industryId ? String(args.industryId) : null,
        radius: args.radius ?? null,
        offset,
        first,
      });
      return { nodes: companies, totalCount: total, offset };
    },
  }),
);
