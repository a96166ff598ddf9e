import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from './config-error';
import { ENV_VARIABLES } from './env-schema';
import { withEnvTable } from './operations-table';
import { envValue } from './read-env';
import { repoRoot } from './repo-root';

/** Source files of every package (tests excluded: they set variables, they do not define them), and its configs. */
function productFiles(): string[] {
  const packages = join(repoRoot, 'packages');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(path);
      else if (entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) files.push(path);
    }
  };
  for (const pkg of readdirSync(packages)) {
    walk(join(packages, pkg, 'src'));
    for (const file of readdirSync(join(packages, pkg)))
      if (/\.config\.ts$/.test(file)) files.push(join(packages, pkg, file));
  }
  return files;
}

// `process.env.X`, `process.env['X']`, and `env.X` of the readers that take an env parameter (upper-case names).
const READ = /\b(?:process\.)?env(?:\.([A-Z][A-Z0-9_]+)|\[['"]([A-Z][A-Z0-9_]+)['"]\])/g;
const namesRead = (source: string) => [...source.matchAll(READ)].map((m) => (m[1] ?? m[2]) as string);
// The operating system's, passed through to child processes, not configuration of ours.
const SYSTEM = new Set(['PATH', 'HOME', 'NODE_ENV', 'CI', 'JAVA_HOME']);

describe('the environment schema', () => {
  it('holds every variable read in packages/*/src and the packages’ config files', () => {
    const files = productFiles();
    const read = new Map<string, string>();
    for (const file of files)
      for (const name of namesRead(readFileSync(file, 'utf8')))
        if (!SYSTEM.has(name)) read.set(name, relative(repoRoot, file));
    expect(files.length).toBeGreaterThan(100);
    // Vite's config reads its proxy target directly (it runs before any package is loaded): the grep sees it.
    expect(read.get('ATLAS_API')).toBe('packages/web/vite.config.ts');
    const missing = [...read].filter(([name]) => !(name in ENV_VARIABLES)).map(([n, file]) => `${n} (${file})`);
    expect(missing, 'add these to packages/config/src/env-schema.ts').toEqual([]);
  });

  it('the grep sees the three ways a variable is read', () => {
    const source = "process.env.ATLAS_X ?? env.NEO4J_Y; process.env['ATLAS_Z']; envValue('ATLAS_W')";
    expect(namesRead(source)).toEqual(['ATLAS_X', 'NEO4J_Y', 'ATLAS_Z']);
  });

  it('docs/OPERATIONS.md’s table is the schema’s (tsx packages/config/src/write-operations-table.ts rewrites it)', () => {
    const document = readFileSync(join(repoRoot, 'docs/OPERATIONS.md'), 'utf8');
    expect(withEnvTable(document), 'markers <!-- env:begin … --> and <!-- env:end --> in OPERATIONS.md').not.toBe(null);
    expect(withEnvTable(document)).toBe(document);
  });

  it('applies fallbacks, treats an empty value as unset, and names variable and value when it refuses one', () => {
    expect(envValue('ATLAS_LOG_LEVEL', {})).toBe('warn');
    expect(envValue('ATLAS_PORT', { ATLAS_PORT: '' })).toBe(4000);
    expect(envValue('ATLAS_DB_READ_QUEUE_MS', { ATLAS_DB_READ_QUEUE_MS: '1_000' })).toBe(1000);
    expect(envValue('NEO4J_URI', {})).toBeUndefined();
    expect(() => envValue('ATLAS_PORT', { ATLAS_PORT: '70000' })).toThrow(ConfigError);
    expect(() => envValue('ATLAS_RATE_LIMIT', { ATLAS_RATE_LIMIT: '1.5' })).toThrow(
      'ATLAS_RATE_LIMIT "1.5" must be a whole number',
    );
    expect(() => envValue('ATLAS_LOG_LEVEL', { ATLAS_LOG_LEVEL: 'loud' })).toThrow(/ATLAS_LOG_LEVEL "loud" must be/);
  });

  it('every fallback passes its own schema, and every variable says what it does', () => {
    for (const [name, spec] of Object.entries(ENV_VARIABLES)) {
      if ('fallback' in spec) expect(() => envValue(name as keyof typeof ENV_VARIABLES, {}), name).not.toThrow();
      else expect('shown' in spec, `${name} has neither fallback nor shown default`).toBe(true);
      expect(spec.meaning.length, name).toBeGreaterThan(10);
    }
  });
});
