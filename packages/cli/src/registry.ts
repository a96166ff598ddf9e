import type { Command } from './command';
import { classifyCommand } from './commands/classify';
import { db } from './commands/db';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { reportCommand } from './commands/report';
import { reviewCommand } from './commands/review';
import { seed } from './commands/seed';
import { snapshotCommand } from './commands/snapshot';
import { userCommand } from './commands/user';

export const COMMANDS: readonly Command[] = [
  db,
  importCommand,
  reviewCommand,
  snapshotCommand,
  exportCommand,
  reportCommand,
  seed,
  classifyCommand,
  userCommand,
];
