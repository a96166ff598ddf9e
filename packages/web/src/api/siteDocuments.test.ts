import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as documents from './siteDocuments';

// The web knows the API only through the printed schema; keeps the site documents in step with it.
const schema = buildSchema(readFileSync(new URL('../../../api/schema.graphql', import.meta.url), 'utf8'));
const all = Object.entries(documents as Record<string, unknown>).filter(
  (entry): entry is [string, string] => typeof entry[1] === 'string' && /^\s*(query|mutation)\b/.test(entry[1]),
);

describe('site documents against packages/api/schema.graphql', () => {
  it('finds the documents', () => expect(all.map(([name]) => name)).toEqual(['SITES_FOR']));
  it.each(all)('%s is valid', (_name, document) => {
    expect(validate(schema, parse(document)).map((e) => e.message)).toEqual([]);
  });
});
