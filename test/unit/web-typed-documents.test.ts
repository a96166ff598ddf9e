import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';

// The web's documents are typed from packages/api/schema.graphql (gql.tada); `pnpm typecheck` runs
// `gql.tada check`, which is what turns a document the schema does not allow into a failed check.
const web = new URL('../../packages/web/', import.meta.url).pathname;
const run = promisify(execFile);
const gqlTada = (...args: string[]) =>
  run('npx', ['gql.tada', ...args], { cwd: web }).then(
    (out) => ({ code: 0, output: out.stdout + out.stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      output: error.stdout + error.stderr,
    }),
  );

/** What the test reads of a parsed document. */
interface ParsedDocument {
  definitions: ReadonlyArray<{ kind: string; operation?: string }>;
}

const scratch = mkdtempSync(join(tmpdir(), 'atlas-typed-documents-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('typed GraphQL documents of the web', () => {
  it('a misspelt field fails the document check, naming the field; the same document spelt right passes', async () => {
    // Inside the web package, so the fixture resolves `gql.tada` as the web's own files do (.tsbuild is ignored).
    const dir = join(web, '.tsbuild/typed-documents-fixture');
    mkdirSync(dir, { recursive: true });
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const document = (field: string) => `graphql(\`query Fixture($industryId: ID!) {
  chainMap(industryId: $industryId) { ${field} { id } }
}\`)`;
    writeFileSync(
      join(dir, 'fixture.ts'),
      `import { graphql } from '../../src/api/graphql';\n\nexport const RIGHT = ${document('segments')};\n\nexport const MISSPELT = ${document('segmentz')};\n`,
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'ESNext',
          moduleResolution: 'Bundler',
          target: 'ES2022',
          skipLibCheck: true,
          noEmit: true,
          plugins: [{ name: 'gql.tada/ts-plugin', schema: join(web, '../api/schema.graphql') }],
        },
        include: ['fixture.ts'],
      }),
    );
    const { code, output } = await gqlTada('check', '--tsconfig', join(dir, 'tsconfig.json'));
    expect(code, output).not.toBe(0);
    const errors = output.split('\n').filter((line) => /\berror\b/.test(line) && !/problems/.test(line));
    expect(errors, output).toHaveLength(1);
    expect(errors[0]).toMatch(/Cannot query field "segmentz" on type "ChainMap"/);
  }, 180_000);

  it('graphql-env.d.ts is generated from the current schema.graphql (pnpm --filter @atlas/web gql:env)', async () => {
    const fresh = join(scratch, 'graphql-env.d.ts');
    const { code, output } = await gqlTada('generate', 'output', '--output', fresh);
    expect(code, output).toBe(0);
    expect(readFileSync(join(web, 'src/api/graphql-env.d.ts'), 'utf8')).toBe(readFileSync(fresh, 'utf8'));
  }, 60_000);

  it('says what every mutation changes (api/invalidation.ts)', async () => {
    const api = join(web, 'src/api');
    const modules = await Promise.all(
      readdirSync(api)
        .filter((file) => /documents\.ts$/i.test(file))
        .map((file) => import(join(api, file)) as Promise<Record<string, unknown>>),
    );
    // Imported by path: the test project does not compile the web's sources.
    const { CHANGES, operationOf } = (await import(join(api, 'invalidation.ts'))) as {
      CHANGES: Record<string, readonly string[]>;
      operationOf(document: ParsedDocument): { name: string };
    };
    const mutations = modules
      .flatMap((module) => Object.values(module))
      .filter((value): value is ParsedDocument => typeof value === 'object' && value !== null && 'definitions' in value)
      .filter((document) => document.definitions.some((d) => (d as { operation?: string }).operation === 'mutation'))
      .map((document) => operationOf(document).name);
    expect(mutations.length).toBeGreaterThan(15);
    expect(mutations.filter((name) => !(name in CHANGES))).toEqual([]);
    expect(Object.keys(CHANGES).filter((name) => !mutations.includes(name))).toEqual([]);
  });
});
