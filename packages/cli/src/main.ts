#!/usr/bin/env -S npx tsx
import { loadDotEnv } from '@atlas/config';
import { exitWith } from './exit';
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

exitWith(main(process.argv.slice(2)));
