import { readFileSync } from 'node:fs';
import { printedSchema } from '@atlas/api/print-schema';
import { expect, it } from 'vitest';

it('packages/api/schema.graphql is the printed schema (run `pnpm --filter @atlas/api print-schema` when this fails)', () => {
  const committed = readFileSync(new URL('../../packages/api/schema.graphql', import.meta.url), 'utf8');
  expect(committed).toBe(printedSchema());
});
