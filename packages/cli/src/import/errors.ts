/** A file that cannot be imported as a whole (missing, wrong type, bad header, empty): one line, what to fix. */
export class ImportFileError extends Error {
  override name = 'ImportFileError';
}
