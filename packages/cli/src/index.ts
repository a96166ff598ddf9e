// The commands; for `pnpm bench` (packages/bench) the product paths it times and the argument helpers it shares.
export { defineCommand, type OptionValues, parseOptions, UsageError } from './args';
export { type BulkImportReport, completeImport, importSyntheticSet } from './bulk-load';
export { classifyFile } from './classify/classify-file';
export type { Command } from './command';
export { exitWith } from './exit';
export { importRegister } from './import/register';
export { type GraphOpener, type OpenGraph, openGraph, withGraph } from './open-graph';
export { atMost, wholeNumberOption } from './option-parsers';
export { COMMANDS } from './registry';
export { describeSeed, openSeedTarget } from './seed-target';
