import { describe, expect, inject, it } from 'vitest';
import { testExecutor, testScope } from '../../../test/helpers/graph';
import { readDataVersion } from './data-version';
import { DatabaseAuthError, DatabaseBusyError, DatabaseUnavailableError } from './errors';
import { GraphExecutor } from './executor';

describe('GraphExecutor against the real Neo4j', () => {
  const executor = testExecutor();

  it('talks to a real Neo4j 5.26 kernel through neo4j-driver', async () => {
    const rows = await executor.read<{ name: string; versions: string[]; edition: string }>(
      'test',
      'CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition',
    );
    expect(rows[0]?.name).toBe('Neo4j Kernel');
    expect(rows[0]?.versions[0]).toMatch(/^5\.26\.\d+$/);
  });

  it('writes in one transaction, reads back plain numbers, and rolls back a failed transaction', async () => {
    const scope = testScope('executor');
    await executor.write('test', 'CREATE (:Probe {id: $id, n: 41 + 1})', { id: scope.id('a') });
    const [row] = await executor.read<{ n: number }>('test', 'MATCH (p:Probe {id: $id}) RETURN p.n AS n', {
      id: scope.id('a'),
    });
    expect(row?.n).toBe(42);

    await expect(
      executor.writeTx('test', async (tx) => {
        await tx.run('CREATE (:Probe {id: $id})', { id: scope.id('b') });
        throw new Error('boom after the first write');
      }),
    ).rejects.toThrow('boom');
    const left = await executor.read<{ c: number }>('test', 'MATCH (p:Probe {id: $id}) RETURN count(p) AS c', {
      id: scope.id('b'),
    });
    expect(left[0]?.c).toBe(0);
    await scope.cleanup(executor);
  });

  it('says in one line when the password is wrong', async () => {
    const { uri, user } = inject('neo4j');
    const wrong = new GraphExecutor({ uri, user, password: 'not-the-password' });
    const error = await wrong.verify().catch((e: unknown) => e);
    await wrong.close();
    expect(error).toBeInstanceOf(DatabaseAuthError);
    expect((error as Error).message).toMatch(/check NEO4J_USER and NEO4J_PASSWORD/);
  });

  it('says in one line when nothing answers at the URI', async () => {
    const nowhere = new GraphExecutor({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' });
    const error = await nowhere.verify().catch((e: unknown) => e);
    await nowhere.close();
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect((error as Error).message).toMatch(/^Neo4j at bolt:\/\/127\.0\.0\.1:1 is unavailable/);
  });

  it('reports a read that outruns the read timeout as busy (DB_UNAVAILABLE), not as an unexpected error', async () => {
    const { uri, user, password } = inject('neo4j');
    const impatient = new GraphExecutor({ uri, user, password, readTimeoutMs: 200 });
    const error = await impatient
      .read('test-timeout', 'UNWIND range(1, 1000000000) AS x RETURN sum(x) AS total')
      .catch((e: unknown) => e);
    await impatient.close();
    expect(error).toBeInstanceOf(DatabaseBusyError);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect((error as Error).message).toMatch(/is busy/);
  });

  it('gives every committed write a new data version', async () => {
    const scope = testScope('data-version');
    const before = await readDataVersion(executor);
    await executor.write('test', 'CREATE (:Probe {id: $id})', { id: scope.id('a') });
    const after = await readDataVersion(executor);
    expect(after).not.toBe(before);
    await scope.cleanup(executor);
  });
});
