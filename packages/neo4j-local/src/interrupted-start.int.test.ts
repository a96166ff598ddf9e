import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from './processes';
import { probe } from './readiness';
import { startLocalNeo4j, stopLocalNeo4j } from './server';
import { type LocalServerSettings, resolveTarget } from './settings';

/*
 * Found following docs/OPERATIONS.md "Going to production" (docs/production-walkthrough.md): a first `pnpm start`
 * stopped (Ctrl-C, SIGTERM) while Neo4j was starting leaves our server running with the store's initial password,
 * and the next start answered "refused our password: set NEO4J_PASSWORD to its password" — a password nobody chose.
 */
describe('a first start interrupted before our password was set', () => {
  let settings: LocalServerSettings | undefined;
  afterAll(async () => {
    if (!settings) return;
    await stopLocalNeo4j(settings);
    rmSync(dirname(settings.home), { recursive: true, force: true });
  }, 90_000);

  it('is finished by the next start, which sets our password and reuses the server', async () => {
    const target = resolveTarget({
      ATLAS_NEO4J_PORT: String(await freePort()),
      ATLAS_HOME: mkdtempSync(join(tmpdir(), 'atlas-interrupted-')),
    });
    if (target.kind !== 'local') throw new Error('expected a local target');
    settings = target.local;
    // Our server, pid file written, still on the initial password: the state the interrupted start leaves.
    const first = await startLocalNeo4j(settings, { password: 'neo4j' });
    const uri = first.uri;
    expect(await probe(uri, 'neo4j', 'walkthrough-password')).toBe('unauthorized');

    const second = await startLocalNeo4j(settings, { password: 'walkthrough-password' });
    expect(second).toMatchObject({ uri, pid: first.pid, started: false });
    expect(await probe(uri, 'neo4j', 'walkthrough-password')).toBe('ready');
  }, 180_000);
});
