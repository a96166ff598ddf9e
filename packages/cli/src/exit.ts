import { ConfigError } from '@atlas/config';
import { DatabaseAuthError, DatabaseUnavailableError } from '@atlas/graph';

/**
 * Ends a command-line process with `main`'s exit code. An expected failure (configuration, database password or
 * availability) prints its one-line message; anything else its stack, for a bug report.
 */
export function exitWith(main: Promise<number>): void {
  main.then(
    (code) => process.exit(code),
    (error) => {
      const known = [ConfigError, DatabaseAuthError, DatabaseUnavailableError].some((type) => error instanceof type);
      console.error(`✖ ${known ? error.message : (error.stack ?? error)}`);
      process.exit(1);
    },
  );
}
