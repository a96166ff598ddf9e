import { type DatabaseHealth, probeHealth } from '@atlas/graph';
import { builder } from '../builder';

const DatabaseStatus = builder.objectRef<DatabaseHealth>('DatabaseStatus').implement({
  description: 'The Neo4j server behind the API, as the health probe sees it.',
  fields: (t) => ({
    state: t.exposeString('state'),
    version: t.string({ nullable: true, resolve: (health) => (health.state === 'up' ? health.version : null) }),
    edition: t.string({ nullable: true, resolve: (health) => (health.state === 'up' ? health.edition : null) }),
  }),
});

builder.queryField('database', (t) =>
  t.field({ type: DatabaseStatus, resolve: (_root, _args, { executor }) => probeHealth(executor) }),
);
