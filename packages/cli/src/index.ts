export type { Command } from './command';
export { COMMANDS } from './registry';
