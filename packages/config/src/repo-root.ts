import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository checkout: data/, .atlas/, bench-results/ and the docs are found from here. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Loads `.env` from the repository root once; real environment variables win. */
export function loadDotEnv(root = repoRoot): void {
  const file = join(root, '.env');
  if (!existsSync(file)) return;
  const before = { ...process.env };
  process.loadEnvFile(file);
  Object.assign(process.env, before);
}
