import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** In a fresh Node: production-mode.ts, then graphql; how graphql answers a type test on a look-alike object. */
function typeTestAfterProductionMode(env: NodeJS.ProcessEnv): string {
  const script = `await import(${JSON.stringify(here('./production-mode.ts'))});
    const { isObjectType } = await import('graphql');
    try { console.log(process.env.NODE_ENV, isObjectType({ [Symbol.toStringTag]: 'GraphQLObjectType' })); }
    catch (error) { console.log(process.env.NODE_ENV, error.message.split('\\n')[0]); }`;
  return execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: here('..'),
    env,
    encoding: 'utf8',
  }).trim();
}

describe('the server runs graphql in production mode (production-mode.ts)', () => {
  it('main.ts imports it before anything that could load graphql', () => {
    const firstImport = readFileSync(here('./main.ts'), 'utf8').match(/^import .*$/m)?.[0];
    expect(firstImport).toBe("import './production-mode';");
  });

  it('graphql loaded after it tests types with plain instanceof, without the development realm check', () => {
    const { NODE_ENV: _, ...env } = process.env;
    expect(typeTestAfterProductionMode(env)).toBe('production false');
  });

  it('an explicit NODE_ENV wins (tests keep the development checks)', () => {
    expect(typeTestAfterProductionMode({ ...process.env, NODE_ENV: 'test' })).toMatch(
      /^test Cannot use GraphQLObjectType .* from another module or realm/,
    );
  });
});
