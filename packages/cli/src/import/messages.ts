import { ImportFileError } from './errors';

/**
 * What the table imports (`atlas import <kind>`, `atlas import register`) say, in one place so they say it alike.
 * Each is one line naming the file and what to do.
 */

/** True when adding `step` rows took `total` past a multiple of `every`: time for a progress line. */
export const crossed = (total: number, step: number, every: number) =>
  Math.floor(total / every) > Math.floor((total - step) / every);

/** A row count as the messages print it: 12,345. */
export const thousands = (n: number) => n.toLocaleString('en-US');

/** `template`: where the user finds a file with the right header (a folder or one file in data/templates/). */
export const emptyFile = (file: string, template: string) =>
  new ImportFileError(`${file}: the file is empty; expected a header row (see ${template})`);

export const noRows = (file: string) => new ImportFileError(`${file}: no data rows below the header`);

export const badHeader = (file: string, line: number, error: string) =>
  new ImportFileError(`${file}:${line}: header: ${error}`);

/** The second pass (the write) found the file different from the validated one. */
export const changedSince = (file: string, why = 'its rows differ from the validated ones') =>
  new ImportFileError(`${file} changed while importing (${why}); nothing was written, run the import again`);
