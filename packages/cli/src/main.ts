#!/usr/bin/env -S npx tsx
import { ConfigError, loadDotEnv } from '@atlas/config';
import { DatabaseAuthError, DatabaseUnavailableError } from '@atlas/graph';
import { COMMANDS } from './registry';

async function main(argv: string[]): Promise<number> {
  loadDotEnv();
  const [name, ...args] = argv;
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.log('usage: pnpm atlas <command>\n');
    for (const c of COMMANDS) console.log(`  ${c.usage.padEnd(58)} ${c.summary}`);
    return name && name !== 'help' && name !== '--help' ? 2 : 0;
  }
  return command.run(args, (line) => console.log(line));
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    const known = [ConfigError, DatabaseAuthError, DatabaseUnavailableError].some((type) => error instanceof type);
    console.error(`✖ ${known ? error.message : (error.stack ?? error)}`);
    process.exit(1);
  },
);
