import type { Command } from './command';
import { db } from './commands/db';

export const COMMANDS: readonly Command[] = [db];
