import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as demandDocuments from './demandDocuments';
import * as documents from './documents';
import * as eventDocuments from './eventDocuments';
import * as userDocuments from './userDocuments';

// The web knows the API only through the printed schema (docs/design.md §3); these tests keep the documents in step with it.
const schema = buildSchema(readFileSync(new URL('../../../api/schema.graphql', import.meta.url), 'utf8'));

/** Documents for fields beyond the docs/design.md §5 contract: the UI copes when the server lacks them. */
const BEYOND_CONTRACT = new Set(['SEGMENT_COMPANIES']);

const exported: Array<[string, unknown]> = Object.entries({
  ...documents,
  ...demandDocuments,
  ...userDocuments,
  ...eventDocuments,
});
const isDocument = (value: unknown) => typeof value === 'string' && /^\s*(query|mutation)\b/.test(value);
const all = exported.filter(
  (entry): entry is [string, string | string[]] =>
    isDocument(entry[1]) || (Array.isArray(entry[1]) && entry[1].every(isDocument)),
);

const problems = (document: string) => validate(schema, parse(document)).map((e) => e.message);

describe('GraphQL documents against packages/api/schema.graphql', () => {
  it.each(all.filter(([name]) => !BEYOND_CONTRACT.has(name)))('%s is valid (one of its variants)', (_name, docs) => {
    const variants = typeof docs === 'string' ? [docs] : docs;
    const results = variants.map(problems);
    expect(
      results.some((r) => r.length === 0),
      results.flat().join('\n'),
    ).toBe(true);
  });

  it.for([...BEYOND_CONTRACT])('%s is valid once the server offers it', (name, context) => {
    const document = all.find(([n]) => n === name)?.[1] as string;
    const found = problems(document);
    if (found.some((m) => m.startsWith('Cannot query field'))) return context.skip();
    expect(found).toEqual([]);
  });
});
