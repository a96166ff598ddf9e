import { Neo4jError } from 'neo4j-driver';

/** The database cannot be reached right now; the API maps this to `DB_UNAVAILABLE`. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/**
 * Neo4j is up but overloaded: a read ran past the read timeout, or waited too long for a turn (ReadGate). Also
 * DB_UNAVAILABLE to API clients, with a message that says to retry rather than that the server is down.
 */
export class DatabaseBusyError extends DatabaseUnavailableError {
  override name = 'DatabaseBusyError';
}

/** Neo4j refused our credentials. */
export class DatabaseAuthError extends Error {
  override name = 'DatabaseAuthError';
}

/** A write broke a uniqueness constraint (an id or USCC that another node already has). */
export class UniqueConstraintError extends Error {
  override name = 'UniqueConstraintError';
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/** Driver errors are mapped once, here, so callers see our error family only. */
export function mapDriverError(error: unknown, uri: string): unknown {
  if (!(error instanceof Neo4jError)) return error;
  // A pool with no free connection for the whole acquisition timeout means the server cannot serve us right now.
  const unavailable = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|Connection acquisition timed out/;
  if (UNAVAILABLE_CODES.has(error.code) || unavailable.test(error.message)) {
    return new DatabaseUnavailableError(`Neo4j at ${uri} is unavailable: ${firstLine(error.message)}`, {
      cause: error,
    });
  }
  if (TIMEOUT_CODES.has(error.code)) {
    return new DatabaseBusyError(`Neo4j at ${uri} is busy: ${firstLine(error.message)}`, { cause: error });
  }
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new UniqueConstraintError(firstLine(error.message), { cause: error });
  }
  if (error.code.startsWith('Neo.ClientError.Security.')) {
    return new DatabaseAuthError(
      `Neo4j at ${uri} refused the credentials: check NEO4J_USER and NEO4J_PASSWORD (${error.code})`,
      { cause: error },
    );
  }
  return error;
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
