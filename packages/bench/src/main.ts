#!/usr/bin/env -S npx tsx
import { exitWith } from '@atlas/cli';
import { loadDotEnv } from '@atlas/config';
import { classifyBench } from './commands/classify';
import { loadBench } from './commands/load';
import { queryBench } from './commands/query';
import { registerBench } from './commands/register';

/** `pnpm bench [load|register|classify] …`: the query benchmark unless another one is named first. */
const BENCHMARKS = [queryBench, loadBench, registerBench, classifyBench];

async function main(argv: string[]): Promise<number> {
  loadDotEnv();
  // pnpm may pass its `--` through.
  const args = argv[0] === '--' ? argv.slice(1) : argv;
  if (args[0] === 'help' || args[0] === '--help') {
    console.log('usage: pnpm bench [load|register|classify] [options]\n');
    for (const b of BENCHMARKS) console.log(`  ${b.usage.padEnd(58)} ${b.summary}`);
    return 0;
  }
  const named = BENCHMARKS.find((b) => b.name === args[0] && b !== queryBench);
  return (named ?? queryBench).run(named ? args.slice(1) : args, (line) => console.log(line));
}

exitWith(main(process.argv.slice(2)));
