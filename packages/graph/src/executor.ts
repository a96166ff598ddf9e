import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { BUMP_DATA_VERSION } from './data-version';
import { mapDriverError } from './errors';
import { ReadGate } from './read-gate';
import { toPlain } from './values';

export interface ConnectionSettings {
  uri: string;
  user: string;
  password: string;
  database?: string;
  /** Longest a read transaction may run before Neo4j aborts it (a runaway query must not hold the server). */
  readTimeoutMs?: number;
  /** Reads sent to Neo4j at once; more wait in a queue (ReadGate). */
  maxConcurrentReads?: number;
  /** Longest a read waits in that queue before failing as busy. */
  readQueueMs?: number;
}

export const DEFAULT_READ_LIMITS = { readTimeoutMs: 30_000, maxConcurrentReads: 8, readQueueMs: 60_000 } as const;

type Params = Record<string, unknown>;

/**
 * Owns the driver: every read goes through executeRead and every write through executeWrite (so a cluster
 * routes them), sessions close in `finally`, transactions carry metadata naming the caller, and records come back
 * as plain objects with Neo4j integers converted.
 */
export class GraphExecutor {
  readonly uri: string;
  private readonly driver: Driver;
  private readonly database: string | undefined;
  private readonly readTimeoutMs: number;
  private readonly readGate: ReadGate;

  constructor(settings: ConnectionSettings) {
    this.uri = settings.uri;
    this.database = settings.database;
    this.readTimeoutMs = settings.readTimeoutMs ?? DEFAULT_READ_LIMITS.readTimeoutMs;
    this.readGate = new ReadGate(
      settings.maxConcurrentReads ?? DEFAULT_READ_LIMITS.maxConcurrentReads,
      settings.readQueueMs ?? DEFAULT_READ_LIMITS.readQueueMs,
    );
    this.driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
      disableLosslessIntegers: false,
    });
  }

  /** Fails with a one-line, actionable error when the server is unreachable or refuses us. */
  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity(this.database ? { database: this.database } : {});
    } catch (error) {
      throw mapDriverError(error, this.uri);
    }
  }

  read<T = Record<string, unknown>>(caller: string, cypher: string, params: Params = {}): Promise<T[]> {
    return this.readTx(caller, (tx) => run<T>(tx, cypher, params));
  }

  write<T = Record<string, unknown>>(caller: string, cypher: string, params: Params = {}): Promise<T[]> {
    return this.writeTx(caller, (tx) => run<T>(tx, cypher, params));
  }

  readTx<T>(caller: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.readGate.run(() => this.withSession('READ', caller, work));
  }

  /** Every write transaction ends by replacing the data version (see data-version.ts), so caches see it. */
  writeTx<T>(caller: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.withSession('WRITE', caller, async (tx) => {
      const result = await work(tx);
      await tx.run(BUMP_DATA_VERSION);
      return result;
    });
  }

  /**
   * A statement that commits in batches itself (`CALL { … } IN TRANSACTIONS`), so it runs outside a managed
   * transaction and cannot be retried as a whole; then the data version is replaced like any write's.
   */
  async writeInBatches<T = Record<string, unknown>>(caller: string, cypher: string, params: Params = {}): Promise<T[]> {
    const session = this.openSession('WRITE');
    try {
      const result = await session.run(cypher, params, { metadata: { app: 'chain-atlas', caller } });
      const rows = result.records.map((record) => toPlain(record.toObject()) as T);
      await session.executeWrite((tx) => tx.run(BUMP_DATA_VERSION));
      return rows;
    } catch (error) {
      throw mapDriverError(error, this.uri);
    } finally {
      await session.close();
    }
  }

  /** A schema statement (constraint, index): its own transaction, which may not also write data. */
  async schema(caller: string, cypher: string): Promise<void> {
    await this.withSession('WRITE', caller, (tx) => tx.run(cypher));
  }

  /** A tiny read (one index seek) that must not wait behind queued analytics: health, the data version. */
  peek<T = Record<string, unknown>>(caller: string, cypher: string, params: Params = {}): Promise<T[]> {
    return this.withSession('READ', caller, (tx) => run<T>(tx, cypher, params));
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private openSession(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      ...(this.database ? { database: this.database } : {}),
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  private async withSession<T>(
    mode: 'READ' | 'WRITE',
    caller: string,
    work: (tx: ManagedTransaction) => Promise<T>,
  ): Promise<T> {
    const session = this.openSession(mode);
    // Reads are bounded (and queued, see readTx); writes are not, since an import writes a whole file in one transaction.
    const config = {
      metadata: { app: 'chain-atlas', caller },
      ...(mode === 'READ' ? { timeout: this.readTimeoutMs } : {}),
    };
    try {
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (error) {
      throw mapDriverError(error, this.uri);
    } finally {
      await session.close();
    }
  }
}

/** Runs one statement inside a transaction and returns plain rows. */
export async function run<T>(tx: ManagedTransaction, cypher: string, params: Params = {}): Promise<T[]> {
  const result = await tx.run(cypher, params);
  return result.records.map((record) => toPlain(record.toObject()) as T);
}
