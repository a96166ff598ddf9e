import { ConfigError } from '@atlas/config';
import neo4j from 'neo4j-driver';
import { isProcessAlive, sleep } from './processes';

/** What a Bolt endpoint answers to our credentials. */
export type ProbeAnswer = 'ready' | 'unauthorized' | 'unreachable';

const INITIAL_PASSWORD = 'neo4j';

export async function probe(uri: string, user: string, password: string): Promise<ProbeAnswer> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { connectionTimeout: 3_000, logging: undefined });
  try {
    await driver.verifyConnectivity();
    return 'ready';
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    return code.startsWith('Neo.ClientError.Security') ? 'unauthorized' : 'unreachable';
  } finally {
    await driver.close();
  }
}

/**
 * Waits until the server answers with our password. A brand-new store only knows neo4j/neo4j with a forced
 * change, so on first start we set our password through the system database.
 */
export async function waitUntilReady(uri: string, password: string, pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let refused = 0;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) throw new Error('Neo4j exited during startup');
    const answer = await probe(uri, 'neo4j', password);
    if (answer === 'ready') return;
    if (answer === 'unauthorized') {
      if (await setInitialPassword(uri, password)) continue;
      // Neither our password nor the initial one: the store was set up with another password. Waiting would
      // only get us locked out (Neo4j rate-limits failed logins), so say so after a few tries.
      if (++refused >= 3)
        throw new ConfigError(
          `Neo4j on ${uri} refused the password: its store was created with another one; ` +
            'set NEO4J_PASSWORD to that password, or stop Neo4j and delete the store to start fresh',
        );
    }
    await sleep(500);
  }
  throw new Error(`Neo4j did not answer on ${uri} within ${Math.round(timeoutMs / 1000)} s`);
}

/** Replaces a new store's initial password (neo4j/neo4j) with ours; false when the server does not take it. */
export async function setInitialPassword(uri: string, password: string): Promise<boolean> {
  if (password === INITIAL_PASSWORD) return false;
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', INITIAL_PASSWORD));
  const session = driver.session({ database: 'system' });
  try {
    await session.run('ALTER CURRENT USER SET PASSWORD FROM $old TO $new', { old: INITIAL_PASSWORD, new: password });
    return true;
  } catch {
    return false;
  } finally {
    await session.close();
    await driver.close();
  }
}
