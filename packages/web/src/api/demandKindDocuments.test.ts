import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEMANDS, POST_DEMAND } from './demandDocuments';
import { DEMAND_MATCHES } from './demandKindDocuments';

// The web knows the API only through the printed schema: the kind documents, and the demand variants that ask for kinds.
const schema = buildSchema(readFileSync(new URL('../../../api/schema.graphql', import.meta.url), 'utf8'));
const problems = (document: string) => validate(schema, parse(document)).map((e) => e.message);

describe('demand-kind documents against packages/api/schema.graphql', () => {
  it('DEMAND_MATCHES is valid', () => expect(problems(DEMAND_MATCHES)).toEqual([]));
  it('the first DEMANDS and POST_DEMAND variants (with kinds) are valid', () => {
    expect(DEMANDS[0]).toContain('kind: $kind');
    expect(problems(DEMANDS[0] as string)).toEqual([]);
    expect(POST_DEMAND[0]).toContain('pilotSite');
    expect(problems(POST_DEMAND[0] as string)).toEqual([]);
  });
});
