import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { mapDriverError } from './errors';
import { toPlain } from './values';

export interface ConnectionSettings {
  uri: string;
  user: string;
  password: string;
  database?: string;
  /** Longest a read transaction may run before Neo4j aborts it (a runaway query must not hold the server). */
  readTimeoutMs?: number;
}

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

  constructor(settings: ConnectionSettings) {
    this.uri = settings.uri;
    this.database = settings.database;
    this.readTimeoutMs = settings.readTimeoutMs ?? 30_000;
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
    return this.withSession('READ', caller, work);
  }

  writeTx<T>(caller: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.withSession('WRITE', caller, work);
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async withSession<T>(
    mode: 'READ' | 'WRITE',
    caller: string,
    work: (tx: ManagedTransaction) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({
      ...(this.database ? { database: this.database } : {}),
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    // Reads are bounded; writes are not, since an import writes a whole file in one transaction.
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
