import { crc32 } from 'node:zlib';
import yauzl from 'yauzl';
import { ImportFileError } from './errors';

/** What a workbook may expand to before we read it: well above any real register, far below a zip bomb. */
export const ZIP_LIMITS = {
  /** Entries in the archive (a workbook has a dozen or so; one per sheet, style, string table…). */
  maxEntries: 1_000,
  /** Σ uncompressed bytes of all entries. */
  maxUncompressedBytes: 512 * 1024 * 1024,
  /** Uncompressed ÷ compressed of one entry (XML compresses ~10–30×; bombs 1000× and more). */
  maxRatio: 200,
  /** Entries this small are not held to the ratio (tiny files compress oddly). */
  ratioFloorBytes: 1024 * 1024,
};

/**
 * Reads every entry of a ZIP (an .xlsx is one) through yauzl before ExcelJS's streaming reader sees it: caps the
 * entry count, the total uncompressed size and each entry's compression ratio (zip bombs), and checks each entry
 * inflates to its recorded size and CRC-32 — that reader loses the inflate error of a damaged entry and then waits
 * for ever, so a corrupted workbook would hang the import instead of failing it. Sizes are counted as the bytes
 * come out, not trusted from the directory.
 */
export async function assertIntactZip(path: string, limits = ZIP_LIMITS): Promise<void> {
  const unreadable = (why: string) => new ImportFileError(`${path}: not a readable .xlsx workbook (${why})`);
  const refused = (why: string) => new ImportFileError(`${path}: refused: ${why}`);
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(
      path,
      { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false },
      (e, z) => (e || !z ? reject(e) : resolve(z)),
    ),
  ).catch(() => {
    throw unreadable('no ZIP directory: the file is damaged or not an .xlsx');
  });
  try {
    if (zip.entryCount > limits.maxEntries)
      throw refused(`${zip.entryCount} entries in the archive, at most ${limits.maxEntries}`);
    let total = 0;
    for await (const entry of entries(zip)) {
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
        throw unreadable(`${entry.fileName}: unsupported compression`);
      const declared = entry.uncompressedSize;
      if (declared > limits.ratioFloorBytes && declared / Math.max(1, entry.compressedSize) > limits.maxRatio)
        throw refused(`${entry.fileName} expands more than ${limits.maxRatio}× (a zip bomb?)`);
      total += declared;
      if (total > limits.maxUncompressedBytes)
        throw refused(`the workbook expands to over ${limits.maxUncompressedBytes / 1024 / 1024} MB`);
      const ok = await entryIsIntact(zip, entry).catch(() => false);
      if (!ok) throw unreadable(`${entry.fileName} is damaged`);
    }
  } catch (error) {
    // A damaged central directory surfaces while entries are listed, as yauzl's own error.
    throw error instanceof ImportFileError
      ? error
      : unreadable(`its directory is damaged: ${(error as Error).message}`);
  } finally {
    zip.close();
  }
}

/** The entries one at a time (lazyEntries: the next is read only when asked for). */
async function* entries(zip: yauzl.ZipFile): AsyncGenerator<yauzl.Entry> {
  while (true) {
    const next = await new Promise<yauzl.Entry | null>((resolve, reject) => {
      const cleanup = () => {
        zip.off('entry', onEntry);
        zip.off('end', onEnd);
        zip.off('error', onError);
      };
      const onEntry = (entry: yauzl.Entry) => {
        cleanup();
        resolve(entry);
      };
      const onEnd = () => {
        cleanup();
        resolve(null);
      };
      const onError = (error: Error) => {
        cleanup();
        reject(error);
      };
      zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
      zip.readEntry();
    });
    if (!next) return;
    yield next;
  }
}

/** Inflates one entry: yauzl stops at its declared size (validateEntrySizes); the CRC-32 is ours to check. */
async function entryIsIntact(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<boolean> {
  const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
    zip.openReadStream(entry, (e, s) => (e || !s ? reject(e) : resolve(s))),
  );
  let crc = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) crc = crc32(chunk, crc);
  return crc === entry.crc32;
}
