import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from './config-error';
import { TABLE_BEGIN, TABLE_END, withEnvTable } from './operations-table';
import { repoRoot } from './repo-root';

/** `tsx packages/config/src/write-operations-table.ts`: rewrites the configuration table of docs/OPERATIONS.md. */
const file = join(repoRoot, 'docs/OPERATIONS.md');
const updated = withEnvTable(readFileSync(file, 'utf8'));
if (updated === null) throw new ConfigError(`${file}: no ${TABLE_BEGIN} … ${TABLE_END} markers`);
writeFileSync(file, updated);
console.log(`Rewrote the configuration table of ${file}.`);
