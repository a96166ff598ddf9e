import type { Command } from './command';
import { bench } from './commands/bench';
import { benchLoad } from './commands/bench-load';
import { db } from './commands/db';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { seed } from './commands/seed';

export const COMMANDS: readonly Command[] = [db, importCommand, exportCommand, seed, benchLoad, bench];
